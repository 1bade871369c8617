//! Character classes and lower-casing that are quick for the two kinds of text a résumé is
//! made of: ASCII and CJK ideographs. The standard library answers both by searching Unicode
//! tables for every non-ASCII character; an ideograph has no case and is always a letter, so
//! it is answered here by a range check.

/// A CJK ideograph (the unified blocks and their extensions).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// Whether `s` holds a CJK ideograph (`chars().any(is_cjk)`), decoding only the characters
/// whose first byte can start one: most lines are ASCII, and the rest mostly ideographs.
pub fn has_cjk(s: &str) -> bool {
    // An ASCII line, the most common kind, is told a word at a time.
    if s.is_ascii() {
        return false;
    }
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        // U+5000..U+9FFF, all ideographs.
        0xE5..=0xE9 => true,
        // U+3000..U+4FFF, U+F000..U+FFFF and U+10000..U+3FFFF hold the others.
        0xE3 | 0xE4 | 0xEF | 0xF0 => decode(bytes, i).is_some_and(|(c, _)| is_cjk(c)),
        _ => false,
    })
}

/// `char::is_whitespace`, answered inline for ASCII (the standard one is a call in the
/// size-optimised build).
#[inline(always)]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        c.is_whitespace()
    }
}

/// `char::is_alphanumeric`, quick for ASCII and ideographs.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_cjk(c) || c.is_alphanumeric()
    }
}

/// `char::is_alphabetic`, quick for ASCII and ideographs.
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_cjk(c) || c.is_alphabetic()
    }
}

/// `str::to_lowercase` with no table search for ASCII and ideographs. (Final sigma is
/// lower-cased like any other sigma; no table key depends on it.)
pub trait Lowercase {
    fn lowercase(&self) -> String;
}

impl Lowercase for str {
    fn lowercase(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(self.len());
        push_lowercase(&mut out, self);
        out
    }
}

/// Calls `f` with `s` lower-cased, on the stack when `s` is short ASCII (most table lookups
/// are of single words) and in place when nothing in it has case, so a comparison costs no
/// allocation.
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    // The work is done in `lowercase_into`, once for all callers: this part is copied into
    // each of them.
    let (mut buf, mut owned) = ([0u8; 48], String::new());
    f(lowercase_into(s, &mut buf, &mut owned))
}

/// `s` lower-cased: written into `buf` when it is short ASCII, `s` itself when nothing in it
/// has case, else written into `owned`.
fn lowercase_into<'a>(s: &'a str, buf: &'a mut [u8; 48], owned: &'a mut String) -> &'a str {
    if s.len() <= buf.len() && s.is_ascii() {
        let buf = &mut buf[..s.len()];
        for (to, &b) in buf.iter_mut().zip(s.as_bytes()) {
            *to = b.to_ascii_lowercase();
        }
        // Lower-cased ASCII is still ASCII.
        std::str::from_utf8(buf).unwrap_or_default()
    } else if iter(s).all(is_own_lowercase) {
        // Chinese text (with lower-case ASCII) is its own lower case.
        s
    } else {
        *owned = s.lowercase();
        owned
    }
}

/// A character lower-casing leaves alone, known without the Unicode tables: ASCII other than
/// capitals, and ideographs (which have no case).
fn is_own_lowercase(c: char) -> bool {
    if c.is_ascii() {
        !c.is_ascii_uppercase()
    } else {
        is_cjk(c)
    }
}

/// Appends `s` lower-cased to `out`, as [`Lowercase::lowercase`] would write it.
pub fn push_lowercase(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    // Runs of characters that lower-casing leaves alone are copied whole.
    let bytes = s.as_bytes();
    let mut run_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Lead bytes E4 to E9 start U+4000..U+9FFF: ideographs and symbols without case,
        // passed over undecoded.
        if matches!(bytes[i], 0xE4..=0xE9) {
            i += 3;
            continue;
        }
        let Some((c, len)) = decode(bytes, i) else { break };
        if is_own_lowercase(c) {
            i += len;
            continue;
        }
        out.push_str(&s[run_start..i]);
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
        i += len;
        run_start = i;
    }
    out.push_str(&s[run_start..]);
}

/// `str::char_indices`, decoded inline. The size-optimised wasm build calls the standard
/// iterator's `next` (and its decoder) for every character instead of inlining it; in the
/// loops that look at every character of every line that is most of their cost.
#[derive(Clone)]
pub struct CharIndices<'a> {
    bytes: &'a [u8],
    at: usize,
}

#[inline(always)]
fn indices(s: &str) -> CharIndices<'_> {
    CharIndices { bytes: s.as_bytes(), at: 0 }
}

/// `chars()`, `char_indices()` and `split(predicate)` decoded inline, as methods.
pub trait InlineChars {
    fn chars_inline(&self) -> Chars<'_>;
    fn char_indices_inline(&self) -> CharIndices<'_>;
    fn split_inline<F: Fn(char) -> bool>(&self, separator: F) -> SplitBy<'_, F>;
}

impl InlineChars for str {
    fn chars_inline(&self) -> Chars<'_> {
        iter(self)
    }

    fn char_indices_inline(&self) -> CharIndices<'_> {
        indices(self)
    }

    fn split_inline<F: Fn(char) -> bool>(&self, separator: F) -> SplitBy<'_, F> {
        SplitBy { text: self, from: Some(0), separator }
    }
}

impl Iterator for CharIndices<'_> {
    type Item = (usize, char);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, char)> {
        let at = self.at;
        let (c, len) = decode(self.bytes, at)?;
        self.at = at + len;
        Some((at, c))
    }
}

/// `str::chars`, decoded inline (see [`CharIndices`]).
#[derive(Clone)]
pub struct Chars<'a>(CharIndices<'a>);

#[inline(always)]
fn iter(s: &str) -> Chars<'_> {
    Chars(indices(s))
}

impl Iterator for Chars<'_> {
    type Item = char;

    #[inline(always)]
    fn next(&mut self) -> Option<char> {
        self.0.next().map(|(_, c)| c)
    }
}

/// `str::split` with a predicate, decoded inline: every piece, empty ones included.
pub struct SplitBy<'a, F> {
    text: &'a str,
    from: Option<usize>,
    separator: F,
}

impl<'a, F: Fn(char) -> bool> Iterator for SplitBy<'a, F> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.from?;
        let mut rest = CharIndices { bytes: self.text.as_bytes(), at: start };
        for (i, c) in &mut rest {
            if (self.separator)(c) {
                self.from = Some(rest.at);
                return Some(&self.text[start..i]);
            }
        }
        self.from = None;
        Some(&self.text[start..])
    }
}

/// The character that starts at byte `at` of valid UTF-8, and its length.
#[inline(always)]
pub(crate) fn decode(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let lead = u32::from(*bytes.get(at)?);
    if lead < 0x80 {
        return Some((lead as u8 as char, 1));
    }
    Some(decode_multibyte(bytes, at, lead))
}

/// Kept out of line in wasm: inlining it at every loop made the module 2 % larger for little
/// speed there. Natively it is inlined, as the standard decoder is.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn decode_multibyte(bytes: &[u8], at: usize, lead: u32) -> (char, usize) {
    let next = |k: usize| bytes.get(at + k).map_or(0, |&b| u32::from(b & 0x3F));
    let (code, len) = if lead < 0xE0 {
        (((lead & 0x1F) << 6) | next(1), 2)
    } else if lead < 0xF0 {
        (((lead & 0x0F) << 12) | (next(1) << 6) | next(2), 3)
    } else {
        (((lead & 0x07) << 18) | (next(1) << 12) | (next(2) << 6) | next(3), 4)
    };
    (char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER), len)
}

/// Where the character that ends at byte `end` (a character boundary above 0) starts.
pub fn char_start_before(s: &str, end: usize) -> usize {
    let bytes = s.as_bytes();
    let mut start = end - 1;
    // Continuation bytes are 0b10xx_xxxx; any other byte starts a character.
    while start > 0 && bytes[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    start
}

/// `str::trim_matches(trimmed)`, decoding inline.
pub fn trim_by(s: &str, trimmed: impl Fn(char) -> bool) -> &str {
    let bytes = s.as_bytes();
    let start = indices(s).find(|&(_, c)| !trimmed(c)).map_or(s.len(), |(i, _)| i);
    let mut end = s.len();
    while end > start {
        let lead = char_start_before(s, end);
        match decode(bytes, lead) {
            Some((c, _)) if trimmed(c) => end = lead,
            _ => break,
        }
    }
    &s[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_agrees_with_the_standard_library() {
        for s in ["", "a", "é", "北京 Beijing", "𠀀😀x", "\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "ÉCOLE, 工作经历：2020"] {
            assert_eq!(indices(s).collect::<Vec<_>>(), s.char_indices().collect::<Vec<_>>(), "{s}");
            assert_eq!(iter(s).collect::<String>(), s, "{s}");
            let junk = |c: char| c.is_whitespace() || matches!(c, ':' | '：' | '【' | '】' | '😀');
            assert_eq!(trim_by(s, junk), s.trim_matches(junk), "{s}");
            assert_eq!(s.split_inline(junk).collect::<Vec<_>>(), s.split(junk).collect::<Vec<_>>(), "{s}");
        }
    }

    #[test]
    fn ideographs_found_by_lead_byte() {
        for c in (0x2FFF..=0xA000).chain(0xF800..=0x10000).chain(0x1FFFF..=0x30000).filter_map(char::from_u32) {
            assert_eq!(has_cjk(&format!("a{c}b")), is_cjk(c), "{c:?}");
        }
    }

    #[test]
    fn agrees_with_the_standard_library() {
        for s in ["Senior ENGINEER", "北京大学 Peking University", "ÉCOLE Polytechnique", "İstanbul", "Straße", "", "ＡＢＣ"] {
            assert_eq!(s.lowercase(), s.to_lowercase(), "{s}");
        }
        // push_lowercase passes over U+4000..U+9FFF undecoded: nothing there has case.
        for c in ('\u{4000}'..='\u{9FFF}').chain(['\u{3FFF}', '\u{A000}']) {
            let s = format!("A{c}b");
            assert_eq!(s.lowercase(), s.to_lowercase(), "{c:?}");
        }
        for s in ["Dublin", "MIXED case words", "北京 Beijing", "北京大学 ai", "ÉCOLE Polytechnique", "", &"A".repeat(48), &"A".repeat(60)] {
            assert_eq!(with_lowercase(s, str::to_string), s.to_lowercase());
        }
        for c in (0..=0x3100u32).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
        }
        for c in ['a', 'Z', '9', '_', ' ', '中', '𠀀', 'é', 'ß', '١', '・', '，', '😀'] {
            assert_eq!(has_cjk(&format!("x{c}")), is_cjk(c), "{c}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c}");
        }
    }
}
