//! Inputs that once broke the parser (most found by `scripts/fuzz.sh`), replayed on every run:
//! each must parse without panicking, with spans inside the input on character boundaries.

#[test]
fn replay_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let mut resume = resume_parser::parse(&text);
        resume.for_each_span_mut(|s| {
            assert!(s.start <= s.end && s.end <= text.len(), "{}: span {s:?}", path.display());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{}: span {s:?}", path.display());
        });
        count += 1;
    }
    assert!(count >= 2);
}
