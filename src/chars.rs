//! Character classes and lower-casing that are quick for the two kinds of text a résumé is
//! made of: ASCII and CJK ideographs. The standard library answers both by searching Unicode
//! tables for every non-ASCII character; an ideograph has no case and is always a letter, so
//! it is answered here by a range check.

/// A CJK ideograph (the unified blocks and their extensions).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
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
    let mut buf = [0u8; 48];
    if s.len() <= buf.len() && s.is_ascii() {
        let buf = &mut buf[..s.len()];
        buf.copy_from_slice(s.as_bytes());
        buf.make_ascii_lowercase();
        // Lower-cased ASCII is still ASCII.
        f(std::str::from_utf8(buf).unwrap_or_default())
    } else if s.chars().all(is_own_lowercase) {
        // Chinese text (with lower-case ASCII) is its own lower case.
        f(s)
    } else {
        f(&s.lowercase())
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
    let mut run_start = 0;
    for (i, c) in s.char_indices() {
        if is_own_lowercase(c) {
            continue;
        }
        out.push_str(&s[run_start..i]);
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
        run_start = i + c.len_utf8();
    }
    out.push_str(&s[run_start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        for s in ["Senior ENGINEER", "北京大学 Peking University", "ÉCOLE Polytechnique", "İstanbul", "Straße", "", "ＡＢＣ"] {
            assert_eq!(s.lowercase(), s.to_lowercase(), "{s}");
        }
        for s in ["Dublin", "MIXED case words", "北京 Beijing", &"A".repeat(60)] {
            assert_eq!(with_lowercase(s, str::to_string), s.to_lowercase());
        }
        for c in ['a', 'Z', '9', '_', ' ', '中', '𠀀', 'é', 'ß', '١', '・', '，', '😀'] {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c}");
        }
    }
}
