//! Parses the typical (5 KB) English or Chinese benchmark résumé RUNS times, for instruction
//! counts under callgrind (`scripts/native-instructions.sh`).
//! Run: `cargo run --release --example typical [en|zh] [RUNS]`.

// The native allocator: see Cargo.toml.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/inputs.rs"]
mod inputs;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let runs: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let pieces = if lang == "zh" { inputs::chinese_pieces() } else { inputs::english_pieces() };
    let text = inputs::grow(&pieces, 5_000);
    for _ in 0..runs {
        std::hint::black_box(resume_parser::parse(std::hint::black_box(&text)));
    }
}
