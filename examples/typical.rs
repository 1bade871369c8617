//! Parses a benchmark résumé RUNS times, for instruction counts under callgrind
//! (`scripts/native-instructions.sh`): the typical (5 KB) English or Chinese one, or `mixed`,
//! the 10 KB English-and-Chinese text of `examples/scaling`. With `--json` each parse is also
//! turned into the output the wasm `parse()` hands to JS (UTF-16 spans, JSON text).
//! Run: `cargo run --release --example typical [en|zh|mixed] [RUNS] [--json]`.

// The native allocator: see Cargo.toml.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/inputs.rs"]
mod inputs;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let runs: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let json = std::env::args().any(|a| a == "--json");
    let text = match lang.as_str() {
        "zh" => inputs::grow(&inputs::chinese_pieces(), 5_000),
        "mixed" => {
            let mut pieces = inputs::english_pieces();
            pieces.extend(inputs::chinese_pieces());
            inputs::grow(&pieces, 10_000)
        }
        _ => inputs::grow(&inputs::english_pieces(), 5_000),
    };
    for _ in 0..runs {
        let mut resume = resume_parser::parse(std::hint::black_box(&text));
        if json {
            resume.spans_to_utf16(&text);
            std::hint::black_box(resume.to_json());
        }
        std::hint::black_box(resume);
    }
}
