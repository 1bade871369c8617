//! Pass 0: character-level clean-up of pasted text.
//!
//! Line endings become `\n`; exotic spaces become ASCII spaces and tabs a wide gap (tabs
//! separate columns in pasted tables); zero-width and control characters go; PDF ligatures
//! are split (`ﬁ` → `fi`); CJK radical code points that PDF extraction emits are mapped
//! to the ideographs they stand for (`⼯` → `工`); full-width ASCII is folded (`：` → `:`)
//! so later passes see one punctuation set; private-use icon glyphs become spaces, or a
//! are kept at the start of a line, where word processors put bullets and icon fonts put
//! icons before headings (the line pass tells which).
//!
//! Hand-written rather than `unicode-normalization` (+63 KB of wasm): we need only these
//! few folds, not all of NFKC.

use crate::rules::radicals::RADICAL_TO_IDEOGRAPH;
use crate::text::{Builder, MappedText};

pub fn normalize(input: &MappedText) -> MappedText {
    let src = &input.text;
    let mut out = Builder::new(input);
    let mut at_line_start = true;
    let bytes = src.as_bytes();
    // Runs of characters that need no change are copied in one piece.
    let mut run_start: Option<usize> = None;
    let mut pos = 0;
    while pos < bytes.len() {
        let i = pos;
        // Printable ASCII, most of any text, is looked at as bytes, a run at a time, without
        // decoding; so are line breaks, which need no change either, and the lines after them.
        let b = bytes[i];
        if matches!(b, b' '..=b'~' | b'\n') {
            run_start.get_or_insert(i);
            let mut from = i;
            loop {
                let end = printable_run_end(bytes, from);
                at_line_start = at_line_start && bytes[from..end].iter().all(|&b| b == b' ');
                if bytes.get(end) != Some(&b'\n') {
                    pos = end;
                    break;
                }
                at_line_start = true;
                from = end + 1;
            }
            continue;
        }
        // So are ideographs, most of Chinese text: lead bytes E4 to E9 start the three-byte
        // characters U+4000..U+9FFF, none of which changes.
        if matches!(b, 0xE4..=0xE9) {
            let mut end = i + 3;
            while matches!(bytes.get(end), Some(0xE4..=0xE9)) {
                end += 3;
            }
            run_start.get_or_insert(i);
            at_line_start = false;
            pos = end;
            continue;
        }
        let c = src[i..].chars().next().unwrap_or('\0');
        let next = i + c.len_utf8();
        pos = next;
        if !c.is_ascii() && is_plain_non_ascii(c) {
            run_start.get_or_insert(i);
            at_line_start = false;
            continue;
        }
        if let Some(st) = run_start.take() {
            out.copy(st, i);
            if !out.is_empty() && !out.ends_with('\n') {
                at_line_start = out.ends_with(' ') && at_line_start;
            }
        }
        match c {
            '\r' => {
                if bytes.get(next) == Some(&b'\n') {
                    continue; // the \n that follows ends the line
                }
                out.put_char('\n', i);
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' => out.put_char('\n', i),
            '\t' => out.put("   ", i),
            '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{1680}' => out.put_char(' ', i),
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' => {}
            '\u{FB00}' => out.put("ff", i),
            '\u{FB01}' => out.put("fi", i),
            '\u{FB02}' => out.put("fl", i),
            '\u{FB03}' => out.put("ffi", i),
            '\u{FB04}' => out.put("ffl", i),
            '\u{FB05}' | '\u{FB06}' => out.put("st", i),
            '\u{2E80}'..='\u{2FDF}' => match RADICAL_TO_IDEOGRAPH.binary_search_by_key(&(c as u32), |&(r, _)| u32::from(r)) {
                // (Every ideograph of the table is a character: tested below.)
                Ok(k) => out.put_char(char::from_u32(u32::from(RADICAL_TO_IDEOGRAPH[k].1)).unwrap_or(c), i),
                Err(_) => out.copy(i, next),
            },
            '\u{FF01}'..='\u{FF5E}' => {
                // Full-width ASCII block maps 1:1 onto U+0021..U+007E.
                let folded = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
                out.put_char(folded, i);
            }
            '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' => {
                if at_line_start {
                    // Kept: the line pass reads it as a bullet or an icon before a heading.
                    out.copy(i, next);
                } else {
                    out.put_char(' ', i);
                }
            }
            c if c.is_control() => {}
            _ => out.copy(i, next),
        }
        at_line_start = out.ends_with('\n') || (at_line_start && matches!(c, ' ' | '\t' | '\u{3000}' | '\u{A0}'));
        if out.is_empty() {
            at_line_start = true;
        }
    }
    if let Some(st) = run_start {
        out.copy(st, src.len());
    }
    out.finish()
}

/// The end of the run of printable ASCII (`' '..='~'`) that starts at `from`, eight bytes to a
/// step: the run ends at a byte at or above 0x80 (bit 7 set), below 0x20, or 0x7F. One more
/// than a byte's low seven bits (at most 0x80, so no carry leaves the byte) is below 0x21 for
/// those below 0x20 and is 0x80 for 0x7F: both are "low seven bits below 0x21".
fn printable_run_end(bytes: &[u8], from: usize) -> usize {
    use crate::swar::{first_flagged, low_bits_below, word8, HIGHS, ONES};
    let mut k = from;
    while let Some(x) = word8(bytes, k) {
        let flags = x & HIGHS | low_bits_below((x & !HIGHS) + ONES, 0x21);
        if flags != 0 {
            return k + first_flagged(flags);
        }
        k += 8;
    }
    bytes[k..].iter().position(|&b| !matches!(b, b' '..=b'~')).map_or(bytes.len(), |p| k + p)
}

/// Non-ASCII characters that pass through unchanged (most CJK and Latin text).
fn is_plain_non_ascii(c: char) -> bool {
    !matches!(c,
        '\u{A0}' | '\u{AD}' | '\u{1680}' | '\u{2000}'..='\u{200F}' | '\u{2028}'..='\u{202F}' | '\u{205F}' | '\u{2060}'
        | '\u{3000}' | '\u{FEFF}' | '\u{FB00}'..='\u{FB06}' | '\u{2E80}'..='\u{2FDF}' | '\u{FF01}'..='\u{FF5E}'
        | '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}')
        && !c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(&MappedText::identity(s)).text
    }

    #[test]
    fn folds_line_endings_spaces_and_ligatures() {
        assert_eq!(norm("a\r\nb\rc\u{2028}d"), "a\nb\nc\nd");
        assert_eq!(norm("of\u{FB01}ce \u{FB02}ow"), "office flow");
        assert_eq!(norm("a\u{A0}b\u{3000}c\u{200B}d"), "a b cd");
        assert_eq!(norm("a\tb"), "a   b");
    }

    #[test]
    fn maps_radicals_and_full_width() {
        assert_eq!(norm("\u{2F2F}作经历"), "工作经历");
        assert_eq!(norm("姓名：张三（男）"), "姓名:张三(男)");
    }

    #[test]
    fn private_use_icons_become_bullets_or_spaces() {
        assert_eq!(norm("\u{F0B7} item"), "\u{F0B7} item");
        assert_eq!(norm("mail \u{F0E0} x@y.z"), "mail   x@y.z");
    }

    #[test]
    fn offsets_map_back_to_input() {
        let input = "ﬁx\r\nok";
        let m = normalize(&MappedText::identity(input));
        assert_eq!(m.text, "fix\nok");
        assert_eq!(m.origin(2), 3); // 'x' follows the 3-byte ligature
        assert_eq!(m.origin(4), 6); // 'o' after \r\n
        let span = m.span(4, 6);
        assert_eq!(&input[span.start..span.end], "ok");
    }

    #[test]
    fn ideographs_pass_through() {
        // What the byte-level run of lead bytes E4 to E9 takes for granted.
        assert!(('\u{4000}'..='\u{9FFF}').all(is_plain_non_ascii));
        assert_eq!(norm("工作经历：\u{2F2F}程师 2020"), "工作经历:工程师 2020");
    }

    #[test]
    fn printable_runs_end_as_by_bytes() {
        // Every byte value at every place of a word, after printable bytes and before others.
        for bad in 0..=255u8 {
            for at in 0..20 {
                for fill in [b' ', b'~', b'a', 0x1F + 1] {
                    let mut bytes = vec![fill; 20];
                    bytes[at] = bad;
                    if at + 1 < bytes.len() {
                        bytes[at + 1] = bad.wrapping_add(1);
                    }
                    for from in [0, 1, 7, at.min(19)] {
                        let want = bytes[from..].iter().position(|&b| !matches!(b, b' '..=b'~')).map_or(bytes.len(), |p| from + p);
                        assert_eq!(printable_run_end(&bytes, from), want, "{bad:#x} at {at} from {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn radical_table_is_sorted() {
        assert!(RADICAL_TO_IDEOGRAPH.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(RADICAL_TO_IDEOGRAPH.iter().all(|&(r, i)| (0x2E80..=0x2FDF).contains(&r) && char::from_u32(u32::from(i)).is_some_and(crate::chars::is_cjk)));
    }
}
