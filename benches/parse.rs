//! Time per résumé and throughput of `parse` (native). Run with `cargo bench`, or all
//! measurements at once with `bash scripts/bench.sh`.

// The native allocator: see Cargo.toml.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

#[path = "inputs.rs"]
mod inputs;

fn per_resume(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for (label, text) in inputs::resumes() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&label), &text, |b, t| b.iter(|| resume_parser::parse(black_box(t))));
    }
    group.finish();
}

criterion_group!(benches, per_resume);
criterion_main!(benches);
