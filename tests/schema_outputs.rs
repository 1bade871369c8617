//! Writes the parser's output for every fixture and for a few hundred generated résumé-like
//! inputs to `target/tmp/schema-outputs/`, where `tests/schema/validate.mjs` checks each one
//! against the official JSON Resume schema (`@jsonresume/schema`). `scripts/test-core.sh`
//! runs both; this test alone checks the files are written and are JSON objects.

mod common;

use std::path::{Path, PathBuf};

const FRAGMENTS: &[&str] = &[
    "Jane Doe\n", "张伟\n", "Senior Engineer\n", "jane@example.com\n", "+1 (555) 010-2030\n", "github.com/jane\n", "https://jane.dev\n",
    "Experience\n", "工作经历\n", "Education\n", "教育背景\n", "Skills\n", "专业技能\n", "Projects\n", "Awards\n", "Languages\n",
    "Acme Corp   Jan 2020 - Present\n", "Engineer\n", "- Built the thing.\n", "• 负责系统设计。\n", "2019.09-2023.06 清华大学 硕士\n",
    "MIT, BSc Computer Science, 2014 - 2018\n", "Go, Rust, SQL\n", "English (Native), 中文（母语）\n", "Best Paper, ACL, 2021\n",
    "<b>bold</b> &amp; <a href=\"javascript:alert(1)\">x</a>\n", "**Title** [Co](https://co.example)\n", "2024-\n", "(2025.06 - )\n",
    "Sept 2022 - Current\n", "2023年9月至今\n", "Certified Kubernetes Administrator, CNCF, 2022\n", "Volunteer\nMentor @ Code Club 2018 - 2019\n",
    "Interests\nChess, Running\n", "\n", "   ", "\t", "ﬁ", "⼯作", "😀", "\u{0}", "|", "---\n",
];

fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("schema-outputs")
}

fn write(dir: &Path, name: &str, text: &str) {
    let json = resume_parser::parse(text).to_json_pretty();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value.is_object(), "{name}: output is not an object");
    std::fs::write(dir.join(format!("{name}.json")), json).unwrap();
}

#[test]
fn write_outputs_for_schema_validation() {
    let dir = out_dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut count = 0;
    for f in common::fixtures() {
        let group = f.parent().and_then(|p| p.file_name()).unwrap().to_string_lossy().into_owned();
        let name = format!("fixture-{group}-{}", f.file_stem().unwrap().to_string_lossy());
        write(&dir, &name, &std::fs::read_to_string(&f).unwrap());
        count += 1;
    }
    // Deterministic pseudo-random mixtures of fragments (a small LCG: no extra crate).
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for n in 0..300 {
        let mut text = String::new();
        let len = 5 + (n % 40);
        for _ in 0..len {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(FRAGMENTS[(state >> 33) as usize % FRAGMENTS.len()]);
        }
        write(&dir, &format!("generated-{n:03}"), &text);
        count += 1;
    }
    assert!(count > 300);
}
