//! Hand-written expectations for every fixture, compared field by field.
//!
//! `tests/expected/<path>.json` holds what a careful reader extracts from
//! `tests/fixtures/<path>.*` (written by hand, not copied from the parser). Values are
//! compared leniently (case, spacing, end punctuation; phones by digits; "present" ⇔
//! `current: true`), entries are paired by their key fields, and the test reports every
//! mismatch and fails when the overall F1 drops below `MIN_F1` or any field of a
//! `must` list is wrong. `EXPECT_VERBOSE=1` prints the per-fixture report even on success.

use serde_json::{Map, Value};
mod common;

use common::fixtures;
use std::path::{Path, PathBuf};

/// Raised as the parser improves; a drop means a regression.
const MIN_F1: f64 = 0.97;

const SECTIONS: &[(&str, &[&str], &[&str])] = &[
    // (section, fields, key fields used to pair entries)
    ("work", &["name", "position", "location", "startDate", "endDate"], &["name", "position"]),
    ("education", &["institution", "area", "studyType", "startDate", "endDate", "score"], &["institution"]),
    ("projects", &["name", "startDate", "endDate"], &["name"]),
    ("publications", &["name", "publisher", "releaseDate"], &["name"]),
    ("awards", &["title", "date", "awarder"], &["title"]),
    ("certificates", &["name", "date", "issuer"], &["name"]),
    ("skills", &["name"], &["name"]),
    ("languages", &["language", "fluency"], &["language"]),
    ("volunteer", &["organization", "position", "startDate", "endDate"], &["organization"]),
];


fn expected_path(fixture: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rel = fixture.strip_prefix(root.join("tests/fixtures")).unwrap();
    root.join("tests/expected").join(rel).with_extension("json")
}

/// Lower case, full-width folded, whitespace collapsed, punctuation trimmed at both ends.
fn norm(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    let words: Vec<String> = folded.split_whitespace().map(str::to_lowercase).collect();
    words.join(" ").trim_matches(|c: char| c.is_ascii_punctuation() || "。，；：、".contains(c)).to_string()
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn same(field: &str, want: &str, got: &str) -> bool {
    match field {
        "phone" => {
            let (a, b) = (digits(want), digits(got));
            a == b || (a.len() > 7 && b.ends_with(&a)) || (b.len() > 7 && a.ends_with(&b))
        }
        "url" => norm(want).trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/') == norm(got).trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/'),
        _ => norm(want) == norm(got),
    }
}

fn str_field(v: &Value, field: &str) -> Option<String> {
    match v.get(field) {
        Some(Value::String(s)) => Some(s.clone()),
        _ if field == "endDate" && v.get("current") == Some(&Value::Bool(true)) => Some("present".into()),
        _ => None,
    }
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    report: Vec<String>,
}

impl Tally {
    fn field(&mut self, label: &str, field: &str, want: Option<String>, got: Option<String>) {
        match (want, got) {
            (Some(w), Some(g)) if same(field, &w, &g) => self.tp += 1,
            (Some(w), Some(g)) => {
                self.fp += 1;
                self.fn_ += 1;
                self.report.push(format!("  {label}: want {w:?}, got {g:?}"));
            }
            (Some(w), None) => {
                self.fn_ += 1;
                self.report.push(format!("  {label}: want {w:?}, got nothing"));
            }
            (None, Some(g)) => {
                self.fp += 1;
                self.report.push(format!("  {label}: unexpected {g:?}"));
            }
            (None, None) => {}
        }
    }

    /// Items compared as sets (highlights, keywords).
    fn items(&mut self, label: &str, want: &[String], got: &[String]) {
        let mut unused: Vec<&String> = got.iter().collect();
        for w in want {
            match unused.iter().position(|g| norm(g) == norm(w)) {
                Some(k) => {
                    unused.remove(k);
                    self.tp += 1;
                }
                None => {
                    self.fn_ += 1;
                    self.report.push(format!("  {label}: missing {w:?}"));
                }
            }
        }
        for g in unused {
            self.fp += 1;
            self.report.push(format!("  {label}: unexpected {g:?}"));
        }
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array).map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default()
}

fn key_similarity(a: &Value, b: &Value, keys: &[&str]) -> usize {
    keys.iter().filter(|k| matches!((str_field(a, k), str_field(b, k)), (Some(x), Some(y)) if norm(&x) == norm(&y))).count()
}

fn compare(want: &Value, got: &Value, t: &mut Tally) {
    let empty = Value::Object(Map::new());
    let wb = want.get("basics").unwrap_or(&empty);
    let gb = got.get("basics").unwrap_or(&empty);
    for f in ["name", "label", "email", "phone", "url", "summary"] {
        t.field(&format!("basics.{f}"), f, str_field(wb, f), str_field(gb, f));
    }
    let wl = wb.get("location").unwrap_or(&empty);
    let gl = gb.get("location").unwrap_or(&empty);
    for f in ["city", "region", "countryCode"] {
        t.field(&format!("basics.location.{f}"), f, str_field(wl, f), str_field(gl, f));
    }
    let profiles = |v: &Value| -> Vec<String> {
        v.get("profiles").and_then(Value::as_array).map(|a| a.iter().map(|p| format!("{}/{}", str_field(p, "network").unwrap_or_default(), str_field(p, "username").unwrap_or_default())).collect()).unwrap_or_default()
    };
    t.items("basics.profiles", &profiles(wb), &profiles(gb));

    let mut want_kw = Vec::new();
    let mut got_kw = Vec::new();
    for (section, fields, keys) in SECTIONS {
        let w: Vec<Value> = want.get(*section).and_then(Value::as_array).cloned().unwrap_or_default();
        let g: Vec<Value> = got.get(*section).and_then(Value::as_array).cloned().unwrap_or_default();
        if *section == "skills" {
            want_kw.extend(w.iter().flat_map(|s| strings(s.get("keywords"))));
            got_kw.extend(g.iter().flat_map(|s| strings(s.get("keywords"))));
        }
        let mut taken = vec![false; g.len()];
        for (n, we) in w.iter().enumerate() {
            // Key fields first; the other fields break ties (two degrees at one school), then order.
            let score = |k: usize| (key_similarity(we, &g[k], keys), key_similarity(we, &g[k], fields), std::cmp::Reverse(k));
            let best = (0..g.len()).filter(|&k| !taken[k]).max_by_key(|&k| score(k));
            let pair = best.filter(|&k| key_similarity(we, &g[k], keys) > 0 || (w.len() == 1 && g.len() == 1));
            let ge = pair.map(|k| {
                taken[k] = true;
                &g[k]
            });
            for f in *fields {
                t.field(&format!("{section}[{n}].{f}"), f, str_field(we, f), ge.and_then(|e| str_field(e, f)));
            }
            if *section == "work" {
                t.items(&format!("work[{n}].highlights"), &strings(we.get("highlights")), &ge.map(|e| strings(e.get("highlights"))).unwrap_or_default());
            }
        }
        for (k, ge) in g.iter().enumerate() {
            if !taken[k] {
                for f in *fields {
                    t.field(&format!("{section}[extra].{f}"), f, None, str_field(ge, f));
                }
            }
        }
    }
    t.items("skills.keywords", &want_kw, &got_kw);
}

#[test]
fn fixtures_match_hand_written_expectations() {
    let verbose = std::env::var_os("EXPECT_VERBOSE").is_some();
    let mut total = Tally::default();
    let mut missing = Vec::new();
    for fixture in fixtures() {
        let exp = expected_path(&fixture);
        let Ok(text) = std::fs::read_to_string(&exp) else {
            missing.push(exp.display().to_string());
            continue;
        };
        let want: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", exp.display()));
        let input = std::fs::read_to_string(&fixture).unwrap();
        let got = serde_json::from_str::<Value>(&resume_parser::parse(&input).to_json()).unwrap();
        let mut t = Tally::default();
        compare(&want, &got, &mut t);
        let f1 = 2.0 * t.tp as f64 / (2 * t.tp + t.fp + t.fn_).max(1) as f64;
        if verbose || !t.report.is_empty() {
            println!("{} (F1 {f1:.3})", fixture.display());
            for line in &t.report {
                println!("{line}");
            }
        }
        total.tp += t.tp;
        total.fp += t.fp;
        total.fn_ += t.fn_;
    }
    assert!(missing.is_empty(), "fixtures without an expectation file: {missing:?}");
    let f1 = 2.0 * total.tp as f64 / (2 * total.tp + total.fp + total.fn_).max(1) as f64;
    println!("overall: tp {} fp {} fn {} F1 {f1:.3}", total.tp, total.fp, total.fn_);
    assert!(f1 >= MIN_F1, "fixture F1 {f1:.3} fell below {MIN_F1} (run with --nocapture to see the mismatches)");
}
