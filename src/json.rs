//! JSON text for the output model, compact or pretty-printed.
//!
//! Written by hand rather than derived through serde: the document is a fixed tree of strings,
//! numbers and flags, and a direct writer is several times quicker in the size-optimised wasm
//! build (where serialising took a tenth of a parse) and smaller. The layout is the common
//! one: compact with no spaces, or pretty with two-space indentation and `"key": value`.
//! Strings are escaped as JSON requires and no further: quotes, backslashes and control
//! characters; everything else, non-ASCII included, is written as is.

/// A value that can write itself as JSON.
pub trait ToJson {
    fn write_json(&self, w: &mut Writer);
}

/// Writes `value` as JSON: compact, or pretty-printed.
pub fn to_string(value: &impl ToJson, pretty: bool) -> String {
    let mut w = Writer { out: String::with_capacity(4096), pretty, depth: 0 };
    value.write_json(&mut w);
    w.out
}

pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
}

impl Writer {
    /// An object whose members `body` writes through [`Members`].
    pub fn object(&mut self, body: impl FnOnce(&mut Members)) {
        // Compact, the brace goes out with the first key, as one piece (see `Members::key`).
        if self.pretty {
            self.out.push('{');
        }
        self.depth += 1;
        let mut members = Members { w: self, empty: true };
        body(&mut members);
        let empty = members.empty;
        self.depth -= 1;
        if empty && !self.pretty {
            self.out.push_str("{}");
            return;
        }
        if !empty {
            self.newline();
        }
        self.out.push('}');
    }

    pub fn array<T: ToJson>(&mut self, items: &[T]) {
        self.out.push('[');
        self.depth += 1;
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                self.out.push(',');
            }
            self.newline();
            item.write_json(self);
        }
        self.depth -= 1;
        if !items.is_empty() {
            self.newline();
        }
        self.out.push(']');
    }

    pub fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.out.reserve(bytes.len() + 2);
        self.out.push('"');
        // Runs of bytes that need no escape are copied whole; only ASCII bytes are escaped,
        // so every cut falls on a character boundary.
        let mut run = 0;
        loop {
            let i = next_to_escape(bytes, run);
            self.out.push_str(&s[run..i]);
            let Some(&b) = bytes.get(i) else { break };
            match b {
                b'"' => self.out.push_str("\\\""),
                b'\\' => self.out.push_str("\\\\"),
                b'\n' => self.out.push_str("\\n"),
                b'\r' => self.out.push_str("\\r"),
                b'\t' => self.out.push_str("\\t"),
                0x08 => self.out.push_str("\\b"),
                0x0C => self.out.push_str("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[usize::from(b >> 4)]));
                    self.out.push(char::from(HEX[usize::from(b & 0xF)]));
                }
            }
            run = i + 1;
        }
        self.out.push('"');
    }

    pub fn number(&mut self, n: usize) {
        crate::strs::push_decimal(&mut self.out, n, 1);
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }
}

/// Whether a JSON string escapes byte `b`: a quote, a backslash or a control character.
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The position of the first byte at or after `from` that [`escaped`] says a JSON string
/// escapes, or `bytes.len()`; eight bytes to a step. In a word, `(x - n…) & !x & 0x80…` flags
/// bytes below `n` (for `n <= 0x80`), and the lowest flag is always a true one: a borrow
/// only reaches bytes above a flagged one. A zero byte of `x ^ c…` is a byte equal to `c`.
fn next_to_escape(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS;
    let flags = |x: u64| below(x, 0x20) | below(x ^ (ONES * u64::from(b'"')), 1) | below(x ^ (ONES * u64::from(b'\\')), 1);
    let word_at = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
    let mut at = from;
    while at + 8 <= bytes.len() {
        let found = flags(word_at(at));
        if found != 0 {
            return at + found.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    if at == bytes.len() {
        return at;
    }
    // The last eight bytes as one more word, when a word was read: those before `at` were
    // looked at and need no escape, so the first flagged is at or after `at`.
    if at > from {
        let last = bytes.len() - 8;
        let found = flags(word_at(last));
        return if found == 0 { bytes.len() } else { last + found.trailing_zeros() as usize / 8 };
    }
    bytes[at..].iter().position(|&b| escaped(b)).map_or(bytes.len(), |k| at + k)
}

/// The members of an object being written. Each method says when a member is left out, as
/// the output model wants: absent values, empty lists and false flags are not written.
pub struct Members<'a> {
    w: &'a mut Writer,
    empty: bool,
}

impl Members<'_> {
    fn key(&mut self, name: &str) {
        let first = core::mem::replace(&mut self.empty, false);
        if self.w.pretty {
            if !first {
                self.w.out.push(',');
            }
            self.w.newline();
            self.w.out.push('"');
        } else if first {
            self.w.out.push_str("{\"");
        } else {
            // One constant piece rather than two pushes, each a call in the size-optimised build.
            self.w.out.push_str(",\"");
        }
        // Keys are the model's own field names: nothing to escape.
        self.w.out.push_str(name);
        // Constant pieces: a copy of a length known at compile time needs no call to memcpy.
        self.w.out.push_str("\":");
        if self.w.pretty {
            self.w.out.push(' ');
        }
    }

    /// Always written.
    pub fn value(&mut self, name: &str, value: &(impl ToJson + ?Sized)) {
        self.key(name);
        value.write_json(self.w);
    }

    /// Written when present.
    pub fn opt(&mut self, name: &str, value: &Option<impl ToJson>) {
        if let Some(v) = value {
            self.value(name, v);
        }
    }

    /// Written when not empty.
    pub fn text(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.value(name, value);
        }
    }

    /// Written when not empty.
    pub fn list(&mut self, name: &str, items: &[impl ToJson]) {
        if !items.is_empty() {
            self.key(name);
            self.w.array(items);
        }
    }

    /// Written (as `true`) when set.
    pub fn flag(&mut self, name: &str, set: bool) {
        if set {
            self.key(name);
            self.w.out.push_str("true");
        }
    }
}

impl ToJson for str {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl ToJson for usize {
    fn write_json(&self, w: &mut Writer) {
        w.number(*self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, w: &mut Writer) {
        (**self).write_json(w);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Sample {
        name: Option<String>,
        tags: Vec<String>,
        empty: Vec<String>,
        count: usize,
        on: bool,
        off: bool,
    }

    impl ToJson for Sample {
        fn write_json(&self, w: &mut Writer) {
            w.object(|o| {
                o.opt("name", &self.name);
                o.list("tags", &self.tags);
                o.list("empty", &self.empty);
                o.value("count", &self.count);
                o.flag("on", self.on);
                o.flag("off", self.off);
                o.value("nested", &Nothing);
            });
        }
    }

    struct Nothing;

    impl ToJson for Nothing {
        fn write_json(&self, w: &mut Writer) {
            w.object(|_| {});
        }
    }

    fn sample() -> Sample {
        Sample { name: Some("Zoë \"Z\" 张".into()), tags: vec!["a\\b".into(), "c\nd".into()], empty: vec![], count: 1_234_567, on: true, off: false }
    }

    #[test]
    fn compact_layout() {
        assert_eq!(to_string(&sample(), false), r#"{"name":"Zoë \"Z\" 张","tags":["a\\b","c\nd"],"count":1234567,"on":true,"nested":{}}"#);
    }

    #[test]
    fn pretty_layout() {
        let want = "{\n  \"name\": \"Zoë \\\"Z\\\" 张\",\n  \"tags\": [\n    \"a\\\\b\",\n    \"c\\nd\"\n  ],\n  \"count\": 1234567,\n  \"on\": true,\n  \"nested\": {}\n}";
        assert_eq!(to_string(&sample(), true), want);
    }

    #[test]
    fn numbers() {
        for n in [0usize, 7, 10, 99, 100, 4_294_967_295, usize::MAX] {
            assert_eq!(to_string(&n, false), n.to_string());
        }
    }

    #[test]
    fn strings_agree_with_serde_json() {
        let mut every_control: String = (0u8..0x20).map(char::from).collect();
        every_control.push_str("\u{7F}\u{80}\u{2028}/'😀");
        for s in ["", "plain", "\"quoted\"", "back\\slash", "tab\there", &every_control] {
            assert_eq!(to_string(&s, false), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    fn next_to_escape_plain(bytes: &[u8], from: usize) -> usize {
        bytes[from..].iter().position(|&b| escaped(b)).map_or(bytes.len(), |k| from + k)
    }

    #[test]
    fn next_to_escape_agrees_with_plain_scan() {
        let check = |bytes: &[u8]| {
            for from in 0..=bytes.len() {
                assert_eq!(next_to_escape(bytes, from), next_to_escape_plain(bytes, from), "{bytes:?} from {from}");
            }
        };
        // Every byte value at every position of texts of every length up to 20, on a
        // background of bytes that need no escape (below, above and between the escaped ones).
        for background in [b'a', 0x21, 0x5D, 0xFF, 0x80] {
            for len in 0..=20 {
                for at in 0..len {
                    for b in 0..=255u8 {
                        let mut bytes = vec![background; len];
                        bytes[at] = b;
                        check(&bytes);
                    }
                }
            }
        }
        // Pseudo-random texts rich in escaped bytes and their neighbours.
        let pool = [0u8, 0x1F, 0x20, 0x21, b'"', b'#', b'[', b'\\', b']', b'a', 0x7F, 0x80, 0xE5, 0xFF, b'\n'];
        let mut seed = 7u32;
        for len in 0..200 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    pool[(seed >> 16) as usize % pool.len()]
                })
                .collect();
            check(&bytes);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_agrees_with_serde_json(s in "\\PC*|[\u{0}-\u{1F}\"\\\\a-zé张]{0,20}") {
            proptest::prop_assert_eq!(to_string(&s.as_str(), false), serde_json::to_string(&s).unwrap());
        }
    }
}
