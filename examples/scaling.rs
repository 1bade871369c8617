//! Measures how parse time grows with input size (10 KB .. 10 MB, English and Chinese fixtures
//! mixed) and prints the time per size and the ratio to the previous size. Linear cost gives
//! ratios near 10. Run: `cargo run --release --example scaling`.

// The native allocator: see Cargo.toml.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

#[path = "../benches/inputs.rs"]
mod inputs;

fn main() {
    let mut pieces = inputs::english_pieces();
    pieces.extend(inputs::chinese_pieces());
    println!("{:>10} {:>12} {:>10} {:>8}", "size", "time", "MB/s", "ratio");
    let mut previous: Option<f64> = None;
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let text = inputs::grow(&pieces, size);
        let runs = (2_000_000 / size).clamp(1, 50);
        let _ = resume_parser::parse(&text); // warm-up
        let start = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(resume_parser::parse(std::hint::black_box(&text)));
        }
        let secs = start.elapsed().as_secs_f64() / runs as f64;
        let ratio = previous.map(|p| format!("{:.1}", secs / p)).unwrap_or_else(|| "-".into());
        println!("{:>10} {:>10.3}ms {:>10.1} {:>8}", text.len(), secs * 1e3, text.len() as f64 / secs / 1e6, ratio);
        previous = Some(secs);
    }
}
