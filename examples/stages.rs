//! Time per pipeline stage, to see where parse time goes. Input: the fixtures grown to SIZE
//! bytes (default 1 MB), English, Chinese or both (`en`, `zh`, default both).
//! Run: `cargo run --release --example stages [SIZE] [en|zh|both] [RUNS]`.

// The native allocator: see Cargo.toml.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use resume_parser::{extract, layout, lines, markup, normalize, sections, text};

#[path = "../benches/inputs.rs"]
mod inputs;

fn main() {
    let size: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let mut pieces = inputs::english_pieces();
    if std::env::args().nth(2).as_deref() == Some("zh") {
        pieces = inputs::chinese_pieces();
    } else if std::env::args().nth(2).as_deref() != Some("en") {
        pieces.extend(inputs::chinese_pieces());
    }
    let input = inputs::grow(&pieces, size);
    let runs = std::env::args().nth(3).and_then(|a| a.parse().ok()).unwrap_or((20_000_000 / size).clamp(20, 4000));
    let mut totals = [0f64; 7];
    for _ in 0..runs {
        let mut clock = Instant::now();
        let mut lap = |slot: usize| {
            totals[slot] += clock.elapsed().as_secs_f64();
            clock = Instant::now();
        };
        let mapped = text::MappedText::identity(&input);
        lap(0);
        let normalized = normalize::normalize(&mapped);
        lap(1);
        let split = layout::split_columns(&normalized);
        let single_column = split.as_ref().unwrap_or(&normalized);
        lap(2);
        let stripped = markup::strip_markup(single_column);
        lap(3);
        let mut tidied = String::new();
        let lines = lines::split_lines_in(&stripped.text.text, &mut tidied);
        lap(4);
        let sections = sections::detect_sections(&lines);
        lap(5);
        let doc = extract::Doc { clean: &stripped.text, lines: &lines, links: &stripped.links, sections: &sections };
        std::hint::black_box(extract::extract(&doc));
        lap(6);
    }
    let names = ["identity", "normalize", "layout", "markup", "lines", "sections", "extract"];
    let sum: f64 = totals.iter().sum();
    for (name, t) in names.iter().zip(totals) {
        println!("{name:>10} {:>8.2} ms {:>5.1}%", t / runs as f64 * 1e3, t / sum * 100.0);
    }
    println!("{:>10} {:>8.2} ms ({:.1} MB/s)", "total", sum / runs as f64 * 1e3, input.len() as f64 / (sum / runs as f64) / 1e6);
}
