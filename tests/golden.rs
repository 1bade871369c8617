//! Snapshot of the full JSON output for every fixture, in `tests/golden/<path>.json`.
//!
//! A difference fails with the first differing line. After reviewing a change in output,
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the snapshots.

mod common;

use common::fixtures;
use std::path::Path;


#[test]
fn outputs_match_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for fixture in fixtures() {
        let rel = fixture.strip_prefix(root.join("tests/fixtures")).unwrap();
        let snapshot = root.join("tests/golden").join(rel).with_extension("json");
        let input = std::fs::read_to_string(&fixture).unwrap();
        let actual = resume_parser::parse(&input).to_json_pretty() + "\n";
        if update {
            std::fs::create_dir_all(snapshot.parent().unwrap()).unwrap();
            std::fs::write(&snapshot, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if expected != actual {
            let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(expected.lines().count().min(actual.lines().count()));
            failures.push(format!(
                "{}: first difference at line {}:\n  snapshot: {}\n  output:   {}",
                rel.display(),
                line + 1,
                expected.lines().nth(line).unwrap_or("<end>"),
                actual.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "{} snapshot(s) differ (review, then UPDATE_GOLDEN=1 cargo test --test golden):\n{}", failures.len(), failures.join("\n"));
}
