//! The WebAssembly boundary: the only file that names `wasm_bindgen` or `js_sys`.
//!
//! `parse(text, options?)` returns the JSON Resume document as a plain JS object, with every
//! span converted to UTF-16 code-unit offsets (the unit JS strings are indexed in), unless
//! `options.spanUnits === "utf8"`. Errors become JS exceptions with a message.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

fn span_units(options: &JsValue) -> Result<bool, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(true);
    }
    if !options.is_object() {
        return Err(JsError::new("parse(text, options): options must be an object"));
    }
    let units = js_sys::Reflect::get(options, &JsValue::from_str("spanUnits")).map_err(|_| JsError::new("cannot read options.spanUnits"))?;
    match units.as_string().as_deref() {
        None if units.is_undefined() => Ok(true),
        Some("utf16") => Ok(true),
        Some("utf8") => Ok(false),
        _ => Err(JsError::new("options.spanUnits must be \"utf16\" or \"utf8\"")),
    }
}

/// Parses résumé text into a JSON Resume object.
#[wasm_bindgen]
pub fn parse(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let Some(text) = text.as_string() else {
        return Err(JsError::new("parse(text): text must be a string"));
    };
    let utf16 = span_units(&options)?;
    let mut resume = crate::parse(&text);
    if utf16 {
        resume.spans_to_utf16(&text);
    }
    // One JSON string out and the engine's JSON.parse: much quicker than building the
    // object field by field across the boundary.
    js_sys::JSON::parse(&resume.to_json()).map_err(|_| JsError::new("could not build the result"))
}

/// For benchmarks: parses `text` `iterations` times inside wasm (one string copy in), so the
/// parse can be timed apart from the cost of crossing the JS boundary. Returns a checksum.
#[wasm_bindgen(js_name = benchParse)]
pub fn bench_parse(text: &str, iterations: u32) -> u32 {
    (0..iterations).map(|_| crate::parse(text).meta.sections.len() as u32).sum()
}

/// Traps on purpose, as a Rust panic would. It exists so the tests can check that a trap
/// inside WebAssembly does not break the next call (the package's JS entries start a fresh
/// instance after one). A bare `unreachable` rather than `panic!`, which would pull the
/// panic-formatting code into the module.
#[wasm_bindgen(js_name = __panicForTests)]
pub fn panic_for_tests() {
    core::arch::wasm32::unreachable()
}
