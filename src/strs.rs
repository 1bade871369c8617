//! Substring search for the short, fixed needles the passes look for (`"   "`, `" / "`,
//! `"https://"`). `str::find(&str)` prepares a Two-Way searcher on every call, which costs more
//! than the search itself on a line of text; scanning for the needle's first byte and comparing
//! there is quicker, and linear since needles are a few bytes long. Also the hash the word
//! and heading tables are looked up with.

/// Byte offset of the first occurrence of `needle` in `hay`.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return Some(0) };
    let last_start = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last_start {
        i += h[i..=last_start].iter().position(|&b| b == first)?;
        if h[i..].starts_with(n) {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `hay.split(separator)` for a non-empty separator.
pub fn split<'a>(hay: &'a str, separator: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut rest = Some(hay);
    std::iter::from_fn(move || {
        let r = rest?;
        match find(r, separator).filter(|_| !separator.is_empty()) {
            Some(k) => {
                rest = Some(&r[k + separator.len()..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Whether `s` starts with `prefix`, ASCII letters compared without case ("HTTPS://", "Phone").
pub fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// `hay.split_once(separator)`.
pub fn split_once<'a>(hay: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    find(hay, separator).map(|k| (&hay[..k], &hay[k + separator.len()..]))
}

/// `str::find` and `str::contains` for a small set of characters (`[':', '：']`), scanning
/// bytes for the sets' first bytes rather than decoding every character.
pub trait FindChars {
    fn find_chars(&self, set: &[char]) -> Option<usize>;
    fn contains_chars(&self, set: &[char]) -> bool {
        self.find_chars(set).is_some()
    }
}

impl FindChars for str {
    fn find_chars(&self, set: &[char]) -> Option<usize> {
        let mut leads = [0u8; 8];
        if set.len() > leads.len() {
            return self.find(set);
        }
        for (lead, c) in leads.iter_mut().zip(set) {
            *lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
        }
        let leads = &leads[..set.len()];
        let bytes = self.as_bytes();
        let mut from = 0;
        // A first byte of a character never occurs inside another one: every hit is a
        // character boundary.
        while let Some(k) = bytes[from..].iter().position(|b| leads.contains(b)) {
            let i = from + k;
            if set.iter().any(|&c| self[i..].starts_with(c)) {
                return Some(i);
            }
            from = i + 1;
        }
        None
    }
}

/// FNV-1a: the tables are fixed, so their hash needs no defence against chosen keys, and
/// this one is quicker than the standard one for short words.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        let hays = ["", "a", "   ", "Acme   Boston   2020", "x / y / z", "北京   上海", "aaa", "ab ab  ab   ", "https://x.io", "HTTPS://X.io"];
        let needles = ["   ", " / ", "a", "ab", "https://", "上海", "aaaa", "  "];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(split(h, n).collect::<Vec<_>>(), h.split(n).collect::<Vec<_>>(), "{h:?} {n:?}");
                assert_eq!(split_once(h, n), h.split_once(n), "{h:?} {n:?}");
                assert_eq!(starts_with_ignore_case(h, n), h.to_ascii_lowercase().starts_with(&n.to_ascii_lowercase()), "{h:?} {n:?}");
            }
            for set in [&[':', '：'][..], &['，', ',', '、'], &['x'], &['上', 'b', '/']] {
                assert_eq!(h.find_chars(set), h.find(set), "{h:?} {set:?}");
            }
        }
    }
}
