//! Substring search for the short, fixed needles the passes look for (`"   "`, `" / "`,
//! `"https://"`). `str::find(&str)` prepares a Two-Way searcher on every call, which costs more
//! than the search itself on a line of text; scanning for the needle's first byte and comparing
//! there is quicker, and linear since needles are a few bytes long.

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

/// `hay.split_once(separator)`.
pub fn split_once<'a>(hay: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    find(hay, separator).map(|k| (&hay[..k], &hay[k + separator.len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        let hays = ["", "a", "   ", "Acme   Boston   2020", "x / y / z", "北京   上海", "aaa", "ab ab  ab   ", "https://x.io"];
        let needles = ["   ", " / ", "a", "ab", "https://", "上海", "aaaa", "  "];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(split(h, n).collect::<Vec<_>>(), h.split(n).collect::<Vec<_>>(), "{h:?} {n:?}");
                assert_eq!(split_once(h, n), h.split_once(n), "{h:?} {n:?}");
            }
        }
    }
}
