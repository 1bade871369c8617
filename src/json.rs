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
        self.out.push('"');
        // Runs of bytes that need no escape are copied whole; only ASCII bytes are escaped,
        // so every cut falls on a character boundary.
        let mut run = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            self.out.push_str(&s[run..i]);
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
        self.out.push_str(&s[run..]);
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

    proptest::proptest! {
        #[test]
        fn any_string_agrees_with_serde_json(s in "\\PC*|[\u{0}-\u{1F}\"\\\\a-zé张]{0,20}") {
            proptest::prop_assert_eq!(to_string(&s.as_str(), false), serde_json::to_string(&s).unwrap());
        }
    }
}
