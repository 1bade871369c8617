// Benchmark inputs built from the project's own fixtures (tests/fixtures), never from the
// evaluation corpus: a short résumé, a typical ~5 KB one and a long ~30 KB one per language,
// and inputs of 10 KB .. 10 MB for the scaling measurement.

use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)).expect(rel)
}

pub fn english_pieces() -> Vec<String> {
    ["en/markdown-basic.md", "en/pdf-layout-two-column.txt", "en/pdf-plain-ligatures.txt", "en/web-theme-copy.txt", "en/mdhtml-centered-header.md"].iter().map(|p| read(p)).collect()
}

pub fn chinese_pieces() -> Vec<String> {
    ["zh/markdown-nested-bullets.md", "zh/pdf-radicals-kv.txt", "zh/latex-pdf-spaced-dates.txt", "mixed/chinese-with-english-headings.md"].iter().map(|p| read(p)).collect()
}

/// Concatenates the pieces in turn until the text is at least `size` bytes.
pub fn grow(pieces: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size + 4096);
    let mut k = 0;
    while out.len() < size {
        out.push_str(&pieces[k % pieces.len()]);
        out.push('\n');
        k += 1;
    }
    out
}

/// (label, text) for the per-résumé measurements.
#[allow(dead_code)]
pub fn resumes() -> Vec<(String, String)> {
    let en = english_pieces();
    let zh = chinese_pieces();
    vec![
        ("en/short".into(), en[0].clone()),
        ("en/typical-5k".into(), grow(&en, 5_000)),
        ("en/long-30k".into(), grow(&en, 30_000)),
        ("zh/short".into(), zh[0].clone()),
        ("zh/typical-5k".into(), grow(&zh, 5_000)),
        ("zh/long-30k".into(), grow(&zh, 30_000)),
    ]
}
