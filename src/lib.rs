//! # resume-parser
//!
//! Turns the text of a résumé — pasted from a PDF, Markdown, HTML or a web page, in English,
//! Simplified Chinese or both — into a [JSON Resume](https://jsonresume.org/schema) document.
//!
//! ```
//! let resume = resume_parser::parse("Jane Doe\njane@example.com\n\nExperience\nAcme Corp  2020 - Present\nEngineer\n- Built things");
//! assert_eq!(resume.basics.email.as_deref(), Some("jane@example.com"));
//! ```
//!
//! The core is pure Rust with no I/O and no clock; the CLI (`src/main.rs`) and the wasm
//! boundary (`src/wasm.rs`) are thin clients of [`parse`].

pub mod chars;
pub mod extract;
pub mod json;
pub mod layout;
pub mod lines;
pub mod markup;
pub mod model;
pub mod normalize;
pub mod rules;
pub mod sections;
pub mod strs;
pub mod swar;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use model::*;

/// The crate version, also written to `meta.generator`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Parses résumé text into a JSON Resume document. Never panics; empty input gives an empty résumé.
///
/// The pipeline: [`normalize`] (characters) → [`layout`] (two columns to one) → [`markup`] (Markdown/HTML to plain lines) →
/// [`lines`] (classified lines) → [`sections`] (headings) → [`extract`] (fields).
pub fn parse(text: &str) -> Resume {
    let input = text::MappedText::identity(text);
    let normalized = normalize::normalize(&input);
    let split = layout::split_columns(&normalized);
    let stripped = markup::strip_markup(split.as_ref().unwrap_or(&normalized));
    // The texts of lines that tidying changed (most lines are slices of the clean text).
    let mut tidied = String::new();
    let lines = lines::split_lines_in(&stripped.text.text, &mut tidied);
    let sections = sections::detect_sections(&lines);
    let doc = extract::Doc { clean: &stripped.text, lines: &lines, links: &stripped.links, sections: &sections };
    let mut resume = extract::extract(&doc);
    // A replaced character (a folded full-width colon, a radical) maps its output bytes to
    // the start of its input character; widen every span to whole input characters.
    resume.for_each_span_mut(|span| {
        span.end = span.end.min(text.len());
        span.start = span.start.min(span.end);
        while !text.is_char_boundary(span.start) {
            span.start -= 1;
        }
        while !text.is_char_boundary(span.end) {
            span.end += 1;
        }
    });
    resume
}
