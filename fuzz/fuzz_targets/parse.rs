//! Fuzzes `parse` with arbitrary UTF-8: it must never panic, and every span must lie inside
//! the input on character boundaries. Seeds: the project's fixtures (scripts/fuzz.sh).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut resume = resume_parser::parse(text);
    resume.for_each_span_mut(|span| {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    });
});
