//! Properties that hold for every input: no panic, spans in bounds and on character
//! boundaries, deterministic output, ISO dates, `current` entries without an end date.
//! Plus hostile inputs that must finish (in linear time) with a result.

use proptest::prelude::*;
use resume_parser::{parse, Resume};

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let year = |b: &[u8]| b.len() == 4 && b.iter().all(u8::is_ascii_digit) && (b[0] == b'1' || b[0] == b'2');
    let two = |b: &[u8], max0: u8| b.len() == 2 && b.iter().all(u8::is_ascii_digit) && b[0] <= max0;
    match b.len() {
        4 => year(b),
        7 => year(&b[..4]) && b[4] == b'-' && two(&b[5..7], b'1'),
        10 => year(&b[..4]) && b[4] == b'-' && two(&b[5..7], b'1') && b[7] == b'-' && two(&b[8..10], b'3'),
        _ => false,
    }
}

fn check_invariants(text: &str, r: &Resume) {
    let mut r2 = r.clone();
    r2.for_each_span_mut(|span| {
        assert!(span.start <= span.end, "span {span:?} is reversed");
        assert!(span.end <= text.len(), "span {span:?} past the end ({})", text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "span {span:?} splits a character");
    });
    let json = serde_json::from_str::<serde_json::Value>(&r.to_json()).unwrap();
    let mut dates = Vec::new();
    collect_dates(&json, &mut dates);
    for d in dates {
        assert!(is_iso_date(&d), "date {d:?} is not ISO 8601");
    }
    for w in &r.work {
        assert!(!(w.current && w.end_date.is_some()), "current entry with an end date: {w:?}");
    }
    for e in &r.education {
        assert!(!(e.current && e.end_date.is_some()));
    }
    if let Some(email) = &r.basics.email {
        assert!(email.contains('@') && !email.contains(char::is_whitespace), "email {email:?}");
    }
    for url in r.basics.url.iter().chain(r.basics.profiles.iter().filter_map(|p| p.url.as_ref())) {
        assert!(url.starts_with("https://") || url.starts_with("http://"), "url without scheme {url:?}");
        assert!(!url.contains(char::is_whitespace), "url with spaces {url:?}");
    }
}

fn collect_dates(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                if matches!(k.as_str(), "startDate" | "endDate" | "date" | "releaseDate") {
                    out.push(v.as_str().unwrap_or("<not a string>").to_string());
                } else {
                    collect_dates(v, out);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_dates(x, out)),
        _ => {}
    }
}

/// Pieces résumés are made of, so generated inputs reach deep into the parser.
const FRAGMENTS: &[&str] = &[
    "Experience\n", "## Work Experience\n", "工作经历\n", "教育背景\n", "Skills: Rust, Go\n", "- ", "• ", "● ", "1. ", "  ",
    "2022.03 - Now ", "09/2023-present", "Sep. 2019 – May. 2022", "2023年9月至今", "2024-", "(2025.06 - )", "2016 年 6 月 - 9 月",
    "Engineer @ Acme\n", "高级工程师 @ 星河科技\n", "jane@example.com", "+86 138-0013-8000", "https://github.com/jane", "www.x.io",
    "<b>", "</b>", "<li>", "<br>", "&amp;", "&#x4e2d;", "**", "[link](http://a.b)", "![i](x)", "<script>alert(1)</script>",
    "\r\n", "\r", "\n\n", "\t", "\u{0}", "\u{200B}", "\u{202E}", "שלום", "😀", "ﬁ", "⼯", "\u{F0B7}", "E X P E R I E N C E",
    "University of Somewhere", "BSc Computer Science", "GPA: 3.9/4.0", "清华大学 硕士", "Languages\nEnglish (Native)\n",
    "$\\bullet$", "\\textbf{x}", "`", "^†^", "|", "---\n", "Page 1 of 2\n", "@", "(", ")", "（", "）", "：", ":",
];

fn fragment_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string_parses(text in any::<String>()) {
        let r = parse(&text);
        check_invariants(&text, &r);
    }

    #[test]
    fn resume_shaped_text_parses(text in fragment_text()) {
        let r = parse(&text);
        check_invariants(&text, &r);
        prop_assert_eq!(&r, &parse(&text), "parsing twice differs");
    }

    #[test]
    fn fragments_mixed_with_noise_parse(parts in prop::collection::vec((fragment_text(), "\\PC{0,12}"), 0..8)) {
        let text: String = parts.into_iter().map(|(a, b)| a + &b).collect();
        let r = parse(&text);
        check_invariants(&text, &r);
    }
}

fn hostile(text: &str) -> Resume {
    let r = parse(text);
    check_invariants(text, &r);
    r
}

#[test]
fn empty_and_blank_inputs_give_empty_resumes() {
    for t in ["", " ", "\n\n\n", "\t \r\n \u{3000}"] {
        let r = hostile(t);
        assert!(r.basics.is_empty() && r.work.is_empty() && r.education.is_empty(), "{t:?}");
    }
}

#[test]
fn one_megabyte_line() {
    hostile(&"word ".repeat(200_000));
}

#[test]
fn many_blank_lines_and_bullets() {
    hostile(&"\n".repeat(200_000));
    hostile(&"- item\n".repeat(20_000));
    hostile(&"Experience\n2020 - 2021\nEngineer @ Acme\n- did\n".repeat(2_000));
}

#[test]
fn binary_garbage_and_nul_bytes() {
    let garbage: String = (0..100_000u32).map(|i| char::from_u32((i * 7919) % 0x2FFFF).unwrap_or('\u{0}')).collect();
    hostile(&garbage);
    hostile(&"\u{0}".repeat(10_000));
}

#[test]
fn unclosed_and_nested_html() {
    hostile(&"<div>".repeat(50_000));
    hostile(&format!("{}text", "<a href=\"".repeat(5_000)));
    hostile(&"<!--".repeat(10_000));
    hostile(&"[".repeat(50_000));
    hostile(&"<script>".repeat(5_000));
}

#[test]
fn shapes_with_their_own_passes() {
    // A theme's skill line that lost its separators, at length.
    hostile(&format!("Jane Doe\nSKILLS\nFrontend\nAdvanced\n{}\n", "VueNuxtReact".repeat(20_000)));
    // Thousands of items nested under one dated job.
    hostile(&format!("## Work\n* Acme (2018-10 ~)\n{}", "  * item\n    * detail\n".repeat(10_000)));
    // LaTeX commands whose braces fall inside HTML tags.
    hostile(&"<i title=\"\\textbf{x}\">\\text{y</i> z} ".repeat(10_000));
    // Name-like Chinese lines, each followed by many blank lines.
    hostile(&format!("Jane Doe\n\nExperience\n{}", format!("王小明\n{}", "\n".repeat(50)).repeat(5_000)));
    // A language item that never closes its parenthesis.
    hostile(&format!("Languages\nEnglish (fluent\n{}", "and more\n".repeat(100_000)));
    // Company-form suffixes after commas, on one long line.
    hostile(&format!("Experience\n{}2019 - 2020\n", "Acme, Inc. - Engineer, ".repeat(10_000)));
    // Every line one that tidying changes (its text kept apart from the clean text), and PDF
    // date ranges broken before their year on every other line.
    hostile(&"word  word\n".repeat(100_000));
    hostile(&"Engineer  June 2019 – July\n2020\n".repeat(50_000));
}

#[test]
fn long_email_like_and_url_tokens() {
    hostile(&"a".repeat(1_000_000));
    hostile(&format!("https://example.com/{}", "x".repeat(500_000)));
    hostile(&"@".repeat(100_000));
    hostile(&"1".repeat(100_000));
}

#[test]
fn mixed_line_endings_and_odd_scripts() {
    let r = hostile("Jane Doe\rjane@example.com\r\nExperience\r2020 - 2021\nEngineer @ Acme\r\n");
    assert_eq!(r.basics.email.as_deref(), Some("jane@example.com"));
    hostile("مرحبا\u{202E}עולם 😀\u{200D}👩‍💻 \u{FEFF}");
}

#[test]
fn hostile_html_is_kept_as_text_not_markup() {
    let r = hostile("<img src=x onerror=alert(1)>Jane Doe\n<script>alert('x')</script>\njane@example.com");
    let json = r.to_json();
    assert!(!json.contains("<script"), "{json}");
    assert!(!json.contains("onerror"), "{json}");
}
