//! Shared by the integration tests: the project's own fixture résumés.

use std::path::{Path, PathBuf};

/// Every file under `tests/fixtures/<group>/`, sorted.
pub fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(&root).expect("tests/fixtures") {
        let dir = dir.unwrap().path();
        if dir.is_dir() {
            out.extend(std::fs::read_dir(&dir).unwrap().map(|f| f.unwrap().path()));
        }
    }
    out.sort();
    out
}
