//! Measures how parse time grows with input size (10 KB .. 10 MB, English and Chinese fixtures
//! mixed) and prints the time per size and the ratio to the previous size. Linear cost gives
//! ratios near 10. Run: `cargo run --release --example scaling`.
//!
//! Each size is timed in several batches and the median batch is reported (with the fastest
//! beside it): on a shared machine one batch can land in a busy moment and halve the figure.

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
    println!("{:>10} {:>12} {:>10} {:>8} {:>12}", "size", "median", "MB/s", "ratio", "fastest MB/s");
    let mut previous: Option<f64> = None;
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let text = inputs::grow(&pieces, size);
        // About 5 MB of text per batch, and at least one parse.
        let runs = (5_000_000 / size).max(1);
        let batches = if size >= 10_000_000 { 3 } else { 7 };
        let _ = resume_parser::parse(&text); // warm-up
        let mut times: Vec<f64> = (0..batches)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..runs {
                    std::hint::black_box(resume_parser::parse(std::hint::black_box(&text)));
                }
                start.elapsed().as_secs_f64() / runs as f64
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let (median, fastest) = (times[times.len() / 2], times[0]);
        let ratio = previous.map(|p| format!("{:.1}", median / p)).unwrap_or_else(|| "-".into());
        let mb_per_s = |secs: f64| text.len() as f64 / secs / 1e6;
        println!("{:>10} {:>10.3}ms {:>10.1} {:>8} {:>12.1}", text.len(), median * 1e3, mb_per_s(median), ratio, mb_per_s(fastest));
        previous = Some(median);
    }
}
