//! The core compiled to WebAssembly: the same parse in Node and in headless Chromium
//! (`scripts/test-web.sh` runs both).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

const SAMPLE: &str = "张伟\nzhang.wei@example.com | +86 138-0013-8000\n\n工作经历\n2021.03 - 至今   星河科技有限公司   高级工程师\n• 负责订单系统。\n";

#[wasm_bindgen_test]
fn parses_inside_wasm() {
    let r = resume_parser::parse(SAMPLE);
    assert_eq!(r.basics.name.as_deref(), Some("张伟"));
    assert_eq!(r.basics.email.as_deref(), Some("zhang.wei@example.com"));
    let w = &r.work[0];
    assert_eq!(w.start_date.as_deref(), Some("2021-03"));
    assert!(w.current);
}

#[wasm_bindgen_test]
fn spans_convert_to_utf16() {
    let mut r = resume_parser::parse(SAMPLE);
    r.spans_to_utf16(SAMPLE);
    let units: Vec<u16> = SAMPLE.encode_utf16().collect();
    let email = r.basics.spans.iter().find(|s| s.field == "email").unwrap().span;
    assert_eq!(String::from_utf16(&units[email.start..email.end]).unwrap(), "zhang.wei@example.com");
}

#[wasm_bindgen_test]
fn hostile_input_does_not_trap() {
    let big = "<div>".repeat(20_000) + &"- x\n".repeat(20_000);
    let r = resume_parser::parse(&big);
    assert!(r.work.is_empty());
    assert!(resume_parser::parse("").basics.is_empty());
}
