//! Dates and date ranges in a line of text, in the forms résumés use:
//! `2022.03 - Now`, `09/2023-present`, `Sep. 2019 – May. 2022`, `2018 - 2019`,
//! `2025.03 - 现在`, `2023年9月至今`, `(2025.06 - )`, `Aug 04, 2018`, `Summer 2021`.
//!
//! Hand-written (no date crate): we only recognise and normalise, never compute with dates,
//! and "Present" stays an open end rather than today's date.

use crate::chars::{is_alnum, is_alpha, InlineChars, Lowercase};
use crate::strs::Spaces;
use crate::rules::dates::{MONTHS, PRESENT_WORDS, RANGE_JOINERS, SEASONS};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// ISO 8601 at the precision written: `2022`, `2022-03`, `2022-03-15`.
    pub fn iso(&self) -> String {
        // Written digit by digit: `format!` costs several times as much (a dozen calls a parse).
        let mut out = String::with_capacity(10);
        crate::strs::push_decimal(&mut out, self.year.into(), 4);
        if let Some(m) = self.month {
            out.push('-');
            crate::strs::push_decimal(&mut out, m.into(), 2);
            if let Some(d) = self.day {
                out.push('-');
                crate::strs::push_decimal(&mut out, d.into(), 2);
            }
        }
        out
    }
}


#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// A single date, not a range.
    None,
    Date(Date),
    /// "Present", "至今", or an open range such as `2024-`.
    Present,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub start: Date,
    pub end: End,
    /// Byte range of the whole date expression within the searched text.
    pub from: usize,
    pub to: usize,
}

impl DateRange {
    pub fn is_range(&self) -> bool {
        self.end != End::None
    }
}

#[derive(Debug, Clone, Copy)]
enum TokKind {
    Date(Date),
    Present,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    kind: TokKind,
    from: usize,
    to: usize,
}

fn plausible_year(y: u32) -> bool {
    (1950..=2099).contains(&y)
}

fn digits_at(b: &[u8], i: usize) -> usize {
    b[i..].iter().take_while(|c| c.is_ascii_digit()).count()
}

fn num(b: &[u8], i: usize, n: usize) -> u32 {
    b[i..i + n].iter().fold(0u32, |acc, &d| acc * 10 + (d - b'0') as u32)
}

/// After a year ending at `i`: `.MM`, `/MM`, `-MM` (and a day), or `年M月(D日)`.
fn month_after_year(s: &str, i: usize) -> (Option<u8>, Option<u8>, usize) {
    let b = s.as_bytes();
    if i < b.len() && matches!(b[i], b'.' | b'/' | b'-') {
        let sep = b[i];
        let n = digits_at(b, i + 1);
        if (1..=2).contains(&n) {
            let m = num(b, i + 1, n);
            if (1..=12).contains(&m) {
                let end = i + 1 + n;
                // A day, with the same separator: 2022-03-15.
                if end < b.len() && b[end] == sep {
                    let dn = digits_at(b, end + 1);
                    if (1..=2).contains(&dn) {
                        let d = num(b, end + 1, dn);
                        if (1..=31).contains(&d) {
                            return (Some(m as u8), Some(d as u8), end + 1 + dn);
                        }
                    }
                }
                return (Some(m as u8), None, end);
            }
        }
        return (None, None, i);
    }
    let mut i = i;
    // "2016 年 9 月": PDF text puts spaces around the characters.
    if s[i..].starts_with(" 年") {
        i += 1;
    }
    if s[i..].starts_with('年') {
        let mut j = i + '年'.len_utf8();
        while s[j..].starts_with(' ') {
            j += 1;
        }
        let n = digits_at(b, j);
        let gap = usize::from(s[j + n..].starts_with(" 月"));
        if (1..=2).contains(&n) && s[j + n + gap..].starts_with('月') {
            let j = j + gap;
            let m = num(b, j - gap, n);
            if (1..=12).contains(&m) {
                let mut end = j - gap + n + gap + '月'.len_utf8();
                let dn = digits_at(b, end);
                if (1..=2).contains(&dn) && (s[end + dn..].starts_with('日') || s[end + dn..].starts_with('号')) {
                    let d = num(b, end, dn);
                    end += dn + 3;
                    return (Some(m as u8), Some(d as u8), end);
                }
                return (Some(m as u8), None, end);
            }
        }
        return (None, None, i + '年'.len_utf8());
    }
    (None, None, i)
}

/// For each letter a to z, the entries of `MONTHS` (as bits) whose key starts with it: an
/// ASCII word is compared with those few keys only.
const MONTHS_BY_LETTER: [u64; 26] = {
    assert!(MONTHS.len() <= 64);
    let mut sets = [0u64; 26];
    let mut k = 0;
    while k < MONTHS.len() {
        let first = MONTHS[k].0.as_bytes()[0];
        assert!(first.is_ascii_lowercase());
        sets[(first - b'a') as usize] |= 1 << k;
        k += 1;
    }
    sets
};

pub(crate) fn month_word(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    // Month names are 3 to 10 bytes long; most words are ruled out before any comparison.
    if !(3..=10).contains(&w.len()) {
        return None;
    }
    if w.is_ascii() {
        let first = w.as_bytes()[0].to_ascii_lowercase();
        let mut set = if first.is_ascii_lowercase() { MONTHS_BY_LETTER[(first - b'a') as usize] } else { 0 };
        while set != 0 {
            let (key, month) = MONTHS[set.trailing_zeros() as usize];
            if key.eq_ignore_ascii_case(w) {
                return Some(month);
            }
            set &= set - 1;
        }
        return None;
    }
    let w = w.lowercase();
    MONTHS.iter().find(|(k, _)| *k == w).map(|&(_, m)| m)
}

/// A year (possibly after `,`/`.`/`'`/spaces and a day) following a month word that ended at `i`.
fn year_after_month(s: &str, mut i: usize) -> Option<(u32, Option<u8>, usize)> {
    let b = s.as_bytes();
    let skip = |i: &mut usize| {
        while *i < b.len() && matches!(b[*i], b'.' | b',' | b' ') {
            *i += 1;
        }
    };
    skip(&mut i);
    // Most words are followed by another word: no digit, no year.
    if !b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut day = None;
    let n = digits_at(b, i);
    if (1..=2).contains(&n) {
        // `Aug 04, 2018`
        let d = num(b, i, n);
        let mut j = i + n;
        if s[j..].starts_with("st") || s[j..].starts_with("nd") || s[j..].starts_with("rd") || s[j..].starts_with("th") {
            j += 2;
        }
        if j < b.len() && matches!(b[j], b',' | b' ') && (1..=31).contains(&d) {
            day = Some(d as u8);
            i = j;
            skip(&mut i);
        } else {
            return None;
        }
    }
    let n = digits_at(b, i);
    if n == 4 || (n > 4 && duration_follows(s, i + n)) {
        let y = num(b, i, 4);
        if plausible_year(y) {
            return Some((y, day, i + 4));
        }
    }
    if n == 2 && i > 0 && b[i - 1] == b'\'' {
        return None;
    }
    None
}

/// The JSON Resume "elegant" theme prints `Dec, 20234 months`: a duration glued to the year.
fn duration_follows(s: &str, i: usize) -> bool {
    let rest = s[i..].trim_start_ws().to_ascii_lowercase();
    ["month", "year", "yr", "mo"].iter().any(|w| rest.starts_with(w))
}

/// For each letter a to z, the ASCII words of `PRESENT_WORDS` (as bits) that start with it:
/// most words of a line start with none of them, and the others are compared with a few.
const PRESENT_BY_LETTER: [u32; 26] = {
    assert!(PRESENT_WORDS.len() <= 32);
    let mut sets = [0u32; 26];
    let mut k = 0;
    while k < PRESENT_WORDS.len() {
        let first = PRESENT_WORDS[k].as_bytes()[0];
        if first.is_ascii() {
            assert!(first.is_ascii_lowercase());
            sets[(first - b'a') as usize] |= 1 << k;
        }
        k += 1;
    }
    sets
};

/// Whether `word`, which starts with an ASCII letter, is one of `PRESENT_WORDS` in any case.
fn is_present_word(word: &str) -> bool {
    let first = word.as_bytes()[0].to_ascii_lowercase();
    let mut set = if first.is_ascii_lowercase() { PRESENT_BY_LETTER[(first - b'a') as usize] } else { 0 };
    while set != 0 {
        if PRESENT_WORDS[set.trailing_zeros() as usize].eq_ignore_ascii_case(word) {
            return true;
        }
        set &= set - 1;
    }
    false
}

/// The second bytes (their low six bits, as bits of a mask) of the non-ASCII words for
/// "present" (至今, 现在, ...): most characters of a Chinese line have a second byte that
/// starts none of them, and are passed over undecoded with one test.
const PRESENT_SECOND_BYTES: u64 = {
    let mut bits = 0u64;
    let mut k = 0;
    while k < PRESENT_WORDS.len() {
        let w = PRESENT_WORDS[k].as_bytes();
        if !w[0].is_ascii() {
            bits |= 1 << (w[1] & 63);
        }
        k += 1;
    }
    bits
};

/// Whether the non-ASCII character starting at `i` may start a non-ASCII word for "present".
fn may_start_present(b: &[u8], i: usize) -> bool {
    b.get(i + 1).is_some_and(|&second| PRESENT_SECOND_BYTES >> (second & 63) & 1 != 0)
}

/// The length of the word of letters (`is_alpha`) that starts at `i`: ASCII letters by bytes,
/// and the characters from the first non-ASCII one on decoded.
fn word_len(s: &str, i: usize) -> usize {
    let ascii = s.as_bytes()[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let rest = &s[i + ascii..];
    if rest.as_bytes().first().is_none_or(u8::is_ascii) {
        return ascii;
    }
    ascii + rest.char_indices_inline().find(|&(_, ch)| !is_alpha(ch)).map_or(rest.len(), |(k, _)| k)
}

/// The date and "present" tokens of a text, in order, each found as it is asked for.
struct Tokens<'a> {
    s: &'a str,
    /// Where the search goes on.
    i: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let s = self.s;
        let b = s.as_bytes();
        let mut i = self.i;
        while i < b.len() {
            let c = b[i];
            // A token starts with an ASCII letter or digit or a non-ASCII character: the
            // spaces and marks between are passed over with one test each.
            if c.is_ascii() && !c.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            // Only ASCII letters and digits count here, and the last byte of any other character
            // is not one: the byte before is enough.
            let prev_byte = i.checked_sub(1).map(|k| b[k]);
            let prev_word = prev_byte.is_some_and(|p| p.is_ascii_alphanumeric());
            // "Devoteam2025-03": a full year-month glued to a word (some themes print that).
            let glued_iso = prev_byte.is_some_and(|p| p.is_ascii_alphabetic()) && digits_at(b, i) == 4 && b.get(i + 4) == Some(&b'-') && digits_at(b, (i + 5).min(b.len())) == 2;
            if c.is_ascii_digit() && (!prev_word || glued_iso) {
                let n = digits_at(b, i);
                let glued_duration = n > 4 && n <= 6 && duration_follows(s, i + n);
                if n == 4 || glued_duration {
                    let y = num(b, i, 4);
                    if plausible_year(y) {
                        let (month, day, end) = if glued_duration { (None, None, i + 4) } else { month_after_year(s, i + 4) };
                        let next_is_digit = b.get(end).is_some_and(|d| d.is_ascii_digit()) && !glued_duration;
                        if !next_is_digit {
                            self.i = if glued_duration { i + n } else { end };
                            return Some(Tok { kind: TokKind::Date(Date { year: y as u16, month, day }), from: i, to: end });
                        }
                    }
                } else if (1..=2).contains(&n) && i + n < b.len() && matches!(b[i + n], b'/' | b'.' | b'-') {
                    // MM/YYYY, MM.YYYY
                    let yn = digits_at(b, i + n + 1);
                    let m = num(b, i, n);
                    if yn == 4 && (1..=12).contains(&m) && !b.get(i + n + 5).is_some_and(|d| d.is_ascii_digit()) {
                        let y = num(b, i + n + 1, 4);
                        if plausible_year(y) {
                            self.i = i + n + 5;
                            return Some(Tok { kind: TokKind::Date(Date { year: y as u16, month: Some(m as u8), day: None }), from: i, to: i + n + 5 });
                        }
                    }
                }
                i += n;
                continue;
            }
            if c.is_ascii_alphabetic() && !prev_word {
                let wlen = word_len(s, i);
                let word = &s[i..i + wlen];
                // A month or season word counts only before a year: look for the year first.
                let year_after = year_after_month(s, i + wlen);
                if let Some(m) = year_after.and_then(|_| month_word(word)) {
                    if let Some((y, mut day, end)) = year_after {
                        // "01 April 2018", "3rd May 2021": the day before the month.
                        let mut from = i;
                        if day.is_none() {
                            let head = s[..i].trim_end_matches(' ');
                            let head = ["st", "nd", "rd", "th"].iter().find_map(|x| head.strip_suffix(x)).unwrap_or(head);
                            let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                            // (The day and what stands before it are read only after one or two digits.)
                            if (1..=2).contains(&digits) && head.len() < i {
                                let d = num(head.as_bytes(), head.len() - digits, digits);
                                let alone = !head[..head.len() - digits].ends_with(|c: char| is_alnum(c) || c == '.' || c == '/');
                                if (1..=31).contains(&d) && alone {
                                    day = Some(d as u8);
                                    from = head.len() - digits;
                                }
                            }
                        }
                        let date = Date { year: y as u16, month: Some(m), day };
                        self.i = end;
                        return Some(Tok { kind: TokKind::Date(date), from, to: end });
                    }
                }
                if let Some((y, None, end)) = year_after {
                    if SEASONS.iter().any(|k| k.eq_ignore_ascii_case(word)) {
                        self.i = end;
                        return Some(Tok { kind: TokKind::Date(Date { year: y as u16, month: None, day: None }), from: i, to: end });
                    }
                }
                if is_present_word(word) {
                    self.i = i + wlen;
                    return Some(Tok { kind: TokKind::Present, from: i, to: i + wlen });
                }
                i += wlen.max(1);
                continue;
            }
            if !c.is_ascii() && may_start_present(b, i) {
                // (A word whose first byte is `c` is not ASCII.)
                if let Some(w) = PRESENT_WORDS.iter().find(|w| w.as_bytes()[0] == c && b[i..].starts_with(w.as_bytes())) {
                    self.i = i + w.len();
                    return Some(Tok { kind: TokKind::Present, from: i, to: i + w.len() });
                }
            }
            // The length of the character, from its first byte.
            i += match c {
                0..=0x7F => 1,
                0x80..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
        }
        self.i = i;
        None
    }
}

/// Is `between` (the text between two dates) a range joiner such as ` - `, `至`, ` to `?
fn is_joiner(between: &str) -> bool {
    let t = between.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ',');
    RANGE_JOINERS.iter().any(|j| t.eq_ignore_ascii_case(j)) || t == "--" || t == "——"
}

/// Whether what follows a date is an open-range marker: `2024-`, `(2025.06 - )`, `2025.03 —`.
fn open_end(after: &str) -> Option<usize> {
    let trimmed = after.trim_start_ws();
    let lead = after.len() - trimmed.len();
    // (The joiners that are words, "to" and "until", do not count; a joiner is asked that
    // only once it begins the text.)
    let joiner = RANGE_JOINERS.iter().chain(["--", "——"].iter()).find(|j| trimmed.starts_with(**j) && !j.chars_inline().all(is_alpha))?;
    let rest = &trimmed[joiner.len()..];
    let rest_trim = rest.trim_start_ws();
    let closes = rest_trim.is_empty() || rest_trim.starts_with([')', '）', ']', '|', '】']) || rest_trim.starts_with(crate::lines::GAP);
    let consumed = lead + joiner.len() + (rest.len() - rest_trim.len());
    closes.then_some(consumed)
}

/// `- 9 月` after a date: an end month in the same year.
fn month_only_end(after: &str) -> Option<(u8, usize)> {
    let t = after.trim_start_ws();
    let joiner = ["-", "–", "—", "~", "至"].iter().find(|j| t.starts_with(**j))?;
    let rest = t[joiner.len()..].trim_start_ws();
    let n = digits_at(rest.as_bytes(), 0);
    let tail = &rest[n..];
    let tail_trim = tail.trim_start_ws();
    if !(1..=2).contains(&n) || !tail_trim.starts_with('月') {
        return None;
    }
    let m = num(rest.as_bytes(), 0, n);
    let used = after.len() - tail_trim.len() + '月'.len_utf8();
    (1..=12).contains(&m).then_some((m as u8, used))
}

/// Whether `b` holds a run of four ASCII digits.
fn has_four_digits(b: &[u8]) -> bool {
    // Any such run covers one of the bytes 3, 7, 11, …: only those are tested, and the run
    // through a digit found there is measured (three digits either side are enough).
    let mut i = 3;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let (mut from, mut to) = (i, i + 1);
            while from > 0 && i - from < 3 && b[from - 1].is_ascii_digit() {
                from -= 1;
            }
            while to < b.len() && to - from < 4 && b[to].is_ascii_digit() {
                to += 1;
            }
            if to - from >= 4 {
                return true;
            }
        }
        i += 4;
    }
    false
}

/// The dates and ranges of a text, in order, each worked out as it is asked for, with one
/// token read ahead: `first_range` stops at the first range, and neither allocates.
struct Dates<'a> {
    s: &'a str,
    toks: Tokens<'a>,
    /// The token after the last one used, read ahead and not part of a range.
    ahead: Option<Tok>,
    /// Whether no token has been taken yet.
    at_first: bool,
}

/// The dates and ranges of `s` (see `find_dates`).
fn dates(s: &str) -> Dates<'_> {
    // Every date has a year of four digits: most lines are rejected without tokenising (the
    // search starts at the end).
    let i = if has_four_digits(s.as_bytes()) { 0 } else { s.len() };
    Dates { s, toks: Tokens { s, i }, ahead: None, at_first: true }
}

impl Iterator for Dates<'_> {
    type Item = DateRange;

    fn next(&mut self) -> Option<DateRange> {
        let s = self.s;
        loop {
            let t = match self.ahead.take() {
                Some(t) => t,
                None => self.toks.next()?,
            };
            let first = std::mem::replace(&mut self.at_first, false);
            let TokKind::Date(start) = t.kind else {
                continue;
            };
            let next = self.toks.next();
            if let Some(next) = next {
                let between = &s[t.to..next.from];
                // Next to "present" across nothing but white space; or, "2019.7 ---- 2021.5":
                // leader dashes became a wide gap, and a later date across a gap is the end
                // of the range.
                let across_space = || between.trim_ws().is_empty() && (matches!(next.kind, TokKind::Present) || between.len() >= 3 && matches!(next.kind, TokKind::Date(d) if d >= start));
                if is_joiner(between) || across_space() {
                    let end = match next.kind {
                        TokKind::Date(d) => End::Date(d),
                        TokKind::Present => End::Present,
                    };
                    return Some(DateRange { start, end, from: t.from, to: next.to });
                }
            }
            self.ahead = next;
            if let Some((month, len)) = month_only_end(&s[t.to..]) {
                let end = Date { year: start.year, month: Some(month), day: None };
                return Some(DateRange { start, end: End::Date(end), from: t.from, to: t.to + len });
            }
            // "2024.06 - Fine-tuning LLMs": a date opening a line, then a dash, then the title,
            // is an open range in résumé shorthand (when it is the line's only token).
            let at_line_start = s[..t.from].trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '(' | '[')).is_empty();
            if at_line_start && first {
                let after = &s[t.to..];
                let trimmed = after.trim_start_ws();
                if let Some(j) = ["- ", "– ", "— "].iter().find(|j| trimmed.starts_with(**j)) {
                    let rest = trimmed[j.len()..].trim_start_ws();
                    if rest.starts_with(|c: char| is_alpha(c)) && !rest.starts_with(|c: char| c.is_lowercase()) && self.ahead.is_none() {
                        let consumed = after.len() - trimmed.len() + j.len();
                        return Some(DateRange { start, end: End::Present, from: t.from, to: t.to + consumed });
                    }
                }
            }
            return Some(match open_end(&s[t.to..]) {
                Some(n) => DateRange { start, end: End::Present, from: t.from, to: t.to + n },
                None => DateRange { start, end: End::None, from: t.from, to: t.to },
            });
        }
    }
}

/// All dates and ranges in `s`, in order. An open range (`2024-`) ends in `Present`.
pub fn find_dates(s: &str) -> Vec<DateRange> {
    let mut out = Vec::new();
    for d in dates(s) {
        out.push(d);
    }
    out
}

/// Whether `s` holds a date or range: `!find_dates(s).is_empty()`, without collecting them.
pub fn has_date(s: &str) -> bool {
    dates(s).next().is_some()
}

/// The first range in `s`, or the first single date.
pub fn first_range(s: &str) -> Option<DateRange> {
    let mut all = dates(s);
    let first = all.next()?;
    if first.is_range() {
        return Some(first);
    }
    for d in all {
        if d.is_range() {
            return Some(d);
        }
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lengths_agree_with_decoding() {
        for s in ["", "a", "May", "May 2020", "abc1", "é", "aé", "Mayé ", "ab北京x 1", "a\u{A0}b", "ab-cd", "Zürich2020", "x\u{3000}"] {
            for i in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                let plain = s[i..].char_indices().find(|&(_, ch)| !is_alpha(ch)).map_or(s.len() - i, |(k, _)| k);
                assert_eq!(word_len(s, i), plain, "{s:?} {i}");
            }
        }
    }

    fn iso(s: &str) -> (String, String) {
        let r = first_range(s).unwrap_or_else(|| panic!("no date in {s:?}"));
        let end = match r.end {
            End::None => String::new(),
            End::Present => "present".into(),
            End::Date(d) => d.iso(),
        };
        (r.start.iso(), end)
    }

    #[test]
    fn table_of_forms() {
        let cases = [
            ("2022.03 - Now", "2022-03", "present"),
            ("09/2023-present", "2023-09", "present"),
            ("Sep. 2019 – May. 2022", "2019-09", "2022-05"),
            ("Sept 2022 - Current", "2022-09", "present"),
            ("2018 - 2019", "2018", "2019"),
            ("2025.03 - 现在", "2025-03", "present"),
            ("2023年9月至今", "2023-09", "present"),
            ("2021年11月 ~ 现在", "2021-11", "present"),
            ("2024-", "2024", "present"),
            ("(2025.06 - )", "2025-06", "present"),
            ("2018/10 - 至今", "2018-10", "present"),
            ("（2018-10 ~）", "2018-10", "present"),
            ("2019.09-2023.06", "2019-09", "2023-06"),
            ("Aug, 2023 - Dec, 20234 months", "2023-08", "2023-12"),
            ("January 2022 - Present (7 months)", "2022-01", "present"),
            ("Awarded on: Aug 04, 2018", "2018-08-04", ""),
            ("Summer 2021", "2021", ""),
            ("2020-01-15 to 2021-02-01", "2020-01-15", "2021-02-01"),
            ("Jun. 2016 - Sept. 2016", "2016-06", "2016-09"),
            ("2014年9月-2018年6月", "2014-09", "2018-06"),
            ("03/2025 - Present", "2025-03", "present"),
            ("2019 — 2021", "2019", "2021"),
            ("2016.09 至 2019.06", "2016-09", "2019-06"),
            ("2016 年 9 月 – 至今", "2016-09", "present"),
            ("2016 年 6 月 - 9 月", "2016-06", "2016-09"),
            ("2019.7   2021.5", "2019-07", "2021-05"),
            ("01 April 2018", "2018-04-01", ""),
            ("3rd May 2021 - 12 June 2022", "2021-05-03", "2022-06-12"),
            ("Released 12 October 2019", "2019-10-12", ""),
        ];
        for (text, start, end) in cases {
            assert_eq!(iso(text), (start.to_string(), end.to_string()), "{text}");
        }
    }

    #[test]
    fn first_range_is_the_first_range_of_all_dates() {
        for s in ["2018 - 2019 and Summer 2021", "Summer 2021, then 2018 - 2019", "Acme 2019 Jan 2020 - Present", "2024.06 - Fine-tuning LLMs", "2024.06 - Fine-tuning 2025", "no date", "v1.2.3 3074-3078", "Jan 2021", ""] {
            let all = find_dates(s);
            assert_eq!(first_range(s), all.iter().find(|d| d.is_range()).or(all.first()).copied(), "{s}");
            assert_eq!(has_date(s), !all.is_empty(), "{s}");
        }
    }

    #[test]
    fn four_digit_runs_found_as_by_counting() {
        let counted = |s: &str| {
            let mut digits = 0;
            s.bytes().any(|b| {
                digits = if b.is_ascii_digit() { digits + 1 } else { 0 };
                digits == 4
            })
        };
        for s in ["", "1", "123", "1234", "a1234", "ab1234", "abc1234", "12a34", "123 4567", "x123456789", "2016 - 2018", "+34 612 345 678", "0142", "abcdefg123", "abcdefg1234", "年2023年", "1a2b3c4d", "12345"] {
            assert_eq!(has_four_digits(s.as_bytes()), counted(s), "{s}");
        }
        for n in 0..12 {
            for k in 0..6 {
                let s = format!("{}{}{}", "x".repeat(n), "7".repeat(k), "y".repeat(n % 3));
                assert_eq!(has_four_digits(s.as_bytes()), counted(&s), "{s}");
            }
        }
    }

    #[test]
    fn month_words_found_as_by_searching_the_table() {
        let searched = |w: &str| {
            let w = w.trim_end_matches('.');
            let l = w.to_lowercase();
            MONTHS.iter().find(|(k, _)| (3..=10).contains(&w.len()) && *k == l).map(|&(_, m)| m)
        };
        let words = MONTHS.iter().flat_map(|(k, _)| [k.to_string(), k.to_uppercase(), format!("{k}."), k[..k.len() - 1].to_string()]);
        for w in words.chain(["Sept.", "MAY", "Mayo", "x", "", "Present", "Summer", "1", "Ümlaut", "Décembre", "Zebra", "{abc"].map(String::from)) {
            assert_eq!(month_word(&w), searched(&w), "{w}");
        }
    }

    #[test]
    fn present_words_by_letter_agree_with_a_search() {
        let words = PRESENT_WORDS.iter().filter(|k| k.is_ascii()).flat_map(|k| [k.to_string(), k.to_uppercase(), k[..k.len() - 1].to_string(), format!("{k}s")]);
        for w in words.chain(["Present", "NOW", "a", "Z", "nowhere", "May", "t"].map(String::from)).filter(|w| w.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)) {
            assert_eq!(is_present_word(&w), PRESENT_WORDS.iter().any(|k| k.eq_ignore_ascii_case(&w)), "{w}");
        }
    }

    #[test]
    fn present_words_pass_the_second_byte_test() {
        for w in PRESENT_WORDS.iter().filter(|w| !w.is_ascii()) {
            assert!(may_start_present(w.as_bytes(), 0), "{w}");
        }
        // Most ideographs do not: "年" (E5 B9 B4), "月" (E6 9C 88).
        assert!(!may_start_present("年".as_bytes(), 0) && !may_start_present("月".as_bytes(), 0));
    }

    #[test]
    fn not_dates() {
        for s in ["+86 134-010-76331", "pages 3074-3078", "v1.2.3", "100% growth", "ISO 9001", "12345678"] {
            assert!(find_dates(s).iter().all(|d| !d.is_range()), "{s}: {:?}", find_dates(s));
        }
        assert!(find_dates("3074").is_empty());
    }

    #[test]
    fn spans_cover_the_expression() {
        let s = "Acme Corp   Jan 2020 - Present";
        let r = first_range(s).unwrap();
        assert_eq!(&s[r.from..r.to], "Jan 2020 - Present");
    }
}
