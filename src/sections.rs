//! Pass 2: find the section headings and cut the lines into sections.
//!
//! A line is a heading when its text, stripped of numbering, decoration and a trailing colon,
//! is a known heading (`rules::headings`), or is short and heading-shaped and holds a heading
//! word. Markdown headings deeper than the section headings stay inside their section (they
//! name jobs, schools or skill groups); an unknown heading at section level starts a section of
//! kind `Other`, whose text is kept. Lines before the first heading form the header.

use crate::strs::{FindChars, Search, Spaces};
use crate::chars::{is_alnum, is_alpha, InlineChars};
use crate::lines::{is_cjk, Line};
use crate::rules::headings::{CHINESE_HEADING_WORDS, HEADINGS, HEADING_WORDS, NAMED_ENTRY_HEADINGS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// The header before the first heading, and contact/personal-information sections.
    Basics,
    Summary,
    Work,
    Education,
    Projects,
    Skills,
    Publications,
    Awards,
    Certificates,
    Languages,
    Volunteer,
    Interests,
    References,
    Other,
}

impl SectionKind {
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Basics => "basics",
            SectionKind::Summary => "summary",
            SectionKind::Work => "work",
            SectionKind::Education => "education",
            SectionKind::Projects => "projects",
            SectionKind::Skills => "skills",
            SectionKind::Publications => "publications",
            SectionKind::Awards => "awards",
            SectionKind::Certificates => "certificates",
            SectionKind::Languages => "languages",
            SectionKind::Volunteer => "volunteer",
            SectionKind::Interests => "interests",
            SectionKind::References => "references",
            SectionKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub kind: SectionKind,
    /// Heading text as written; empty for the header.
    pub heading: String,
    /// Index of the heading line, if any.
    pub heading_line: Option<usize>,
    /// Body lines: indices `body.start..body.end` into the line list.
    pub body: std::ops::Range<usize>,
    /// True for the text before the first heading.
    pub is_header: bool,
    /// For a heading that names its one entry ("公司项目：Acme SDK"), that name.
    pub entry_name: Option<String>,
}

/// The normalised lookup key of a heading candidate.
pub fn heading_key(text: &str) -> String {
    key_within(text, usize::MAX).unwrap_or_default()
}

/// [`heading_key`], or `None` as soon as the key is known to be longer than `limit` bytes:
/// most lines are far longer than any heading, and their keys are not built.
fn key_within(text: &str, limit: usize) -> Option<String> {
    build_key(key_span(text), limit)
}

/// The part of `text` a heading key is made of: without white space, numbering and
/// decorations at its ends, or a count after it.
fn key_span(text: &str) -> &str {
    let mut s = text.trim_ws();
    // Leading numbering: `1.`, `1、`, `一、`, `II.`, and decorations such as `【 】`.
    // (Looked for only after a digit or a lead byte of the numerals 一 to 十, E4 or E5.)
    let may_be_numbered = matches!(s.as_bytes().first(), Some(b'0'..=b'9' | 0xE4 | 0xE5));
    let numeral_len = if !may_be_numbered { 0 } else { s.chars_inline().take_while(|c| c.is_ascii_digit() || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')).map(char::len_utf8).sum::<usize>() };
    if numeral_len > 0 {
        let rest = &s[numeral_len..];
        if let Some(r) = rest.strip_prefix(['.', '、', ')', ' ']) {
            s = r.trim_start_ws();
        }
    }
    // Roman numbering (tried only before a line starting with one of its letters).
    if matches!(s.as_bytes().first(), Some(b'I' | b'V' | b'X')) {
        for roman in ["I. ", "II. ", "III. ", "IV. ", "V. ", "VI. ", "VII. ", "VIII. ", "IX. ", "X. "] {
            if let Some(r) = s.strip_prefix(roman) {
                s = r;
            }
        }
    }
    // Decorations around the text. Most texts start and end with a letter, a digit or an
    // ideograph of U+5000..U+9FFF (lead bytes E5 to E9), which are kept: nothing to trim.
    let kept = |b: u8| b.is_ascii_alphanumeric() || matches!(b, 0xE5..=0xE9);
    let plain_ends = match s.as_bytes() {
        [first, .., last] if last.is_ascii() => kept(*first) && kept(*last),
        [first, .., lead, _, _] => kept(*first) && matches!(lead, 0xE5..=0xE9),
        _ => false,
    };
    let s = if plain_ends {
        s
    } else {
        crate::chars::trim_by(s, |c: char| {
            crate::chars::is_space(c) || matches!(c, ':' | '：' | '【' | '】' | '[' | ']' | '■' | '=' | '-' | '|' | '/' | '#' | '*' | '>' | '<' | '«' | '»' | '《' | '》' | '•')
                || !(is_alnum(c) || c.is_ascii_punctuation() || is_cjk(c))
        })
    };
    // A count after the heading: "WORK EXPERIENCE(5)".
    // (Only a text ending in a bracket or a digit can end in one; most lines are not searched.)
    let counted = s.ends_with(|c: char| matches!(c, ')' | '）' | '(' | '（') || c.is_ascii_digit());
    match if counted { s.rfind_chars(&['(', '（']) } else { None } {
        Some(k) if s[k..].trim_end_matches([')', '）']).chars_inline().skip(1).all(|c| c.is_ascii_digit()) && k > 0 => s[..k].trim_end_ws(),
        _ => s,
    }
}

/// The key of a [`key_span`]: its words lower-cased with single spaces between them, or `None`
/// as soon as it is known to be longer than `limit` bytes.
fn build_key(s: &str, limit: usize) -> Option<String> {
    let mut key = String::with_capacity(s.len().min(limit.saturating_add(8)));
    build_key_into(s, limit, &mut key).then_some(key)
}

/// Calls `f` with the key [`build_key`] makes of `span`, built in a buffer kept from call to
/// call: the heading passes build a key for most short lines, and so allocate once. Should `f`
/// ever build a key itself, the inner call gets a buffer of its own instead of a panic.
fn with_key<R>(span: &str, limit: usize, f: impl FnOnce(&str) -> Option<R>) -> Option<R> {
    thread_local! {
        static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    KEY.with(|cell| match cell.try_borrow_mut() {
        Ok(mut key) => if build_key_into(span, limit, &mut key) { f(&key) } else { None },
        Err(_) => f(&build_key(span, limit)?),
    })
}

/// [`build_key`] written into `key` (which is cleared first); false where that gives `None`.
fn build_key_into(s: &str, limit: usize, key: &mut String) -> bool {
    // The words with single spaces between them, lower-cased at the end in one go: a word
    // is found by bytes and copied whole.
    let bytes = s.as_bytes();
    key.clear();
    let mut single_chars = true;
    let mut spaces = 0;
    // Whether the words hold only ASCII and ideographs, lower-cased by ASCII rules.
    let mut ascii_case_only = true;
    let mut i = 0;
    while i < bytes.len() {
        // `s` is trimmed, and the spaces after a word are passed over: a word starts at `i`.
        let mut end = i;
        let mut chars = 0;
        while end < bytes.len() {
            // Printable ASCII and ideographs, most of a key, are passed over without the
            // general test.
            let len = match bytes[end] {
                b'!'..=b'~' => 1,
                0xE4..=0xE9 => 3,
                _ => 0,
            };
            if len > 0 {
                end += len;
                chars += 1;
                continue;
            }
            let (space, len, caseless) = space_at(bytes, end);
            if space {
                break;
            }
            end += len;
            chars += 1;
            ascii_case_only &= caseless;
        }
        // Every byte of a word counts against the limit, spaced or not: a key is given up as
        // soon as a word is too long for it, before that word is copied.
        if end - i > limit.saturating_sub(key.len() - spaces) {
            return false;
        }
        if !key.is_empty() {
            key.push(' ');
            spaces += 1;
        }
        key.push_str(&s[i..end]);
        single_chars &= chars == 1;
        // Letter-spaced keys lose their spaces below: they do not count against the limit.
        if key.len() - if single_chars { spaces } else { 0 } > limit {
            return false;
        }
        i = end;
        while i < bytes.len() {
            let (space, len, _) = space_at(bytes, i);
            if !space {
                break;
            }
            i += len;
        }
    }
    if ascii_case_only {
        key.make_ascii_lowercase();
    } else {
        *key = crate::chars::Lowercase::lowercase(key.as_str());
    }
    // Chinese headings are sometimes letter-spaced too: `工 作 经 历`.
    if single_chars && crate::chars::has_cjk(key) {
        key.retain(|c| c != ' ');
    }
    true
}

/// Whether the character at byte `i` of `bytes` (a character boundary) is white space, its
/// length, and whether it is ASCII or an ideograph (U+4000..U+9FFF, lead bytes E4 to E9),
/// which have no case but ASCII's: these are answered without decoding.
#[inline(always)]
fn space_at(bytes: &[u8], i: usize) -> (bool, usize, bool) {
    match bytes[i] {
        b' ' | b'\t'..=b'\r' => (true, 1, true),
        0..=0x7F => (false, 1, true),
        0xE4..=0xE9 => (false, 3, true),
        _ => crate::chars::decode(bytes, i).map_or((false, 1, false), |(c, len)| (crate::chars::is_space(c), len, false)),
    }
}

/// The section kind a short label names, by the heading tables ("爱好" → interests).
pub fn heading_kind_of_text(text: &str) -> Option<SectionKind> {
    with_key(key_span(text), usize::MAX, |key| {
        // Only a short key is searched for a Chinese heading word (counted once, not per word).
        lookup(key).or_else(|| {
            let short = key.chars_inline().count() <= 6;
            short.then(|| chinese_heading_word(key)).flatten()
        })
    })
}

/// The heading table as a map: `heading_kind` asks it about almost every line. It maps a key
/// to its kind's place in `KINDS`: a map of the word tables' type (`lookup::WordSet`), whose
/// code the wasm build then holds once.
type HeadingMap = std::collections::HashMap<&'static str, u8, crate::strs::FnvBuild>;

/// Every kind, in the order of its declaration (`kind as u8` is its place).
const KINDS: [SectionKind; 14] = {
    use SectionKind::*;
    [Basics, Summary, Work, Education, Projects, Skills, Publications, Awards, Certificates, Languages, Volunteer, Interests, References, Other]
};

static HEADING_MAP: std::sync::LazyLock<HeadingMap> = std::sync::LazyLock::new(|| {
    let mut map = HeadingMap::default();
    for &(key, kind) in HEADINGS {
        map.entry(key).or_insert(kind as u8); // the first entry of a key wins, as in a linear search
    }
    map
});

fn lookup(key: &str) -> Option<SectionKind> {
    // A key longer than every heading is not hashed.
    if key.len() > HEADING_KEY_MAX {
        return None;
    }
    HEADING_MAP.get(key).map(|&k| KINDS[usize::from(k)])
}

/// The length in bytes of the longest key of a table.
const fn longest_key(table: &[(&str, SectionKind)]) -> usize {
    let mut max = 0;
    let mut k = 0;
    while k < table.len() {
        if table[k].0.len() > max {
            max = table[k].0.len();
        }
        k += 1;
    }
    max
}

const HEADING_KEY_MAX: usize = longest_key(HEADINGS);

/// `lookup(&heading_key(text))`, without building the key of a text too long to be one or
/// with a mark no heading has.
fn known_heading(text: &str) -> Option<SectionKind> {
    let span = key_span(text);
    if marked(span) {
        return None;
    }
    with_key(span, HEADING_KEY_MAX, lookup)
}

/// Whether the key of a [`key_span`] would hold a digit or one of `@ , . ， 。`, which no heading
/// key holds (a test says so): most lines that get as far as a key have one, and are
/// rejected before it is built.
fn marked(span: &str) -> bool {
    let b = span.as_bytes();
    (0..b.len()).any(|i| match b[i] {
        b'0'..=b'9' | b'@' | b',' | b'.' => true,
        // '，' is EF BC 8C, '。' E3 80 82.
        0xEF => b[i + 1..].starts_with(&[0xBC, 0x8C]),
        0xE3 => b[i + 1..].starts_with(&[0x80, 0x82]),
        _ => false,
    })
}

/// Words of two or more letters or digits, not counting numbering ("1.", "一、", "a)").
fn has_more_than_four_words(text: &str) -> bool {
    // One pass by bytes, which runs on almost every line: printable ASCII and ideographs
    // (lead bytes E5 to E9, all letters) are told from their first byte, and once a word has
    // two letters or digits the rest of it is only passed over. Other characters are decoded.
    let bytes = text.as_bytes();
    // Numbering ends in '.', ')' or '、' (E3 80 81).
    let counts = |word: &[u8]| !matches!(word, [.., b'.' | b')'] | [.., 0xE3, 0x80, 0x81]);
    let mut words = 0;
    let mut start = 0; // where the current word starts
    let mut alnum = 0; // letters and digits in the current word
    let mut i = 0;
    while i < bytes.len() {
        let (len, letter, space) = match bytes[i] {
            b' ' => (1, false, true),
            b @ b'!'..=b'~' => (1, b.is_ascii_alphanumeric(), false),
            0xE5..=0xE9 => (3, true, false),
            _ => {
                let (c, len) = crate::chars::decode(bytes, i).unwrap_or(('\0', 1));
                // White space as `words()` has it, but for U+000B in an ASCII text, which
                // `u8::is_ascii_whitespace` (the reading of ASCII lines) does not count.
                (len, is_alnum(c), crate::chars::is_space(c) && (c != '\u{B}' || !text.is_ascii()))
            }
        };
        i += len;
        if space {
            words += usize::from(alnum >= 2 && counts(&bytes[start..i - len]));
            if words > 4 {
                return true;
            }
            start = i;
            // Most words start with two ASCII letters or digits: both are passed over at once.
            alnum = 0;
            if matches!(bytes.get(i..i + 2), Some([a, b]) if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric()) {
                (alnum, i) = (2, i + 2);
            }
        } else {
            alnum += usize::from(letter);
        }
        if alnum == 2 {
            // The word counts, unless it is numbering: its end is all that is left to find.
            i = word_stop(bytes, i);
        }
    }
    words += usize::from(alnum >= 2 && counts(&bytes[start..]));
    words > 4
}

/// The first byte from `i` on that may start white space: an ASCII control byte or space, or
/// one of the lead bytes C0 to E3 (those of U+0085, U+00A0, U+1680, U+2000.. and U+3000, and
/// of other characters); `bytes.len()` if none. Printable ASCII, continuation bytes and the
/// lead bytes of ideographs are passed over eight at a time. `i` is a character boundary, and
/// so is the answer.
fn word_stop(bytes: &[u8], mut i: usize) -> usize {
    use crate::swar::{ascii_below, first_flagged, low_bits_below, word8};
    while let Some(x) = word8(bytes, i) {
        // Bits 7 and 6 set: C0 and up; low seven bits below 64: up to E3.
        let stops = ascii_below(x, 0x21) | x & x << 1 & low_bits_below(x, 0x64);
        if stops != 0 {
            return i + first_flagged(stops);
        }
        i += 8;
    }
    i + bytes[i..].iter().position(|&b| matches!(b, 0..=0x20 | 0xC0..=0xE3)).unwrap_or(bytes.len() - i)
}

/// The kind of heading `line` would be, judged from its text alone. Worked out once per line:
/// the field passes ask again about lines this pass has seen.
pub fn heading_kind(line: &Line) -> Option<SectionKind> {
    *line.heading_kind.get_or_init(|| judge_heading(line))
}

fn judge_heading(line: &Line) -> Option<SectionKind> {
    // Headings are short; most lines are rejected here before any allocation.
    if line.text.is_empty() || line.text.len() > 120 {
        return None;
    }
    let text = line.text.as_str();
    // No heading has more than four words (letter-spaced ones are single letters, numbering
    // and separators are not words); a longer line is rejected before its key is built.
    if has_more_than_four_words(text) {
        return None;
    }
    if line.is_bullet() && !line.icon {
        // A list item is a heading only when it is a whole known heading.
        return if line.numbered { None } else { known_heading(text) };
    }
    // `Skills: Rust, Go` is content, not a heading; `Skills:` alone is a heading.
    if let Some(colon) = crate::strs::find_colon(text) {
        // "Technology Stack :-" has only punctuation after its colon.
        if text[colon..].chars_inline().any(is_alnum) {
            return None;
        }
    }
    let span = key_span(text);
    if marked(span) {
        return None;
    }
    with_key(span, KEY_MAX, |key| judge_key(line, key))
}

/// The longest key a line that is no known heading can be judged a heading by.
const KEY_MAX: usize = 48;

/// [`judge_heading`] once the line's key is built.
fn judge_key(line: &Line, key: &str) -> Option<SectionKind> {
    let text = line.text.as_str();
    if key.is_empty() || key.len() > KEY_MAX {
        return None;
    }
    if let Some(kind) = lookup(key) {
        return Some(kind);
    }
    let key_has_cjk = crate::chars::has_cjk(key);
    let heading_shaped = if key_has_cjk {
        // "C++ 科研项目" names a project's kind, not a section.
        key.chars().count() <= 8 && !key.chars_inline().any(|c| c.is_ascii_alphanumeric())
    } else {
        // At most four words, each capitalised or a small word.
        text.words().enumerate().all(|(n, w)| {
            let c = w.chars_inline().next().unwrap_or(' ');
            n < 4 && (c.is_uppercase() || !is_alpha(c) || matches!(w, "and" | "of" | "&" | "in" | "the"))
        })
    };
    if !heading_shaped {
        return None;
    }
    // A Chinese key holds a Chinese heading word anywhere; the English words are not asked.
    if key_has_cjk {
        return chinese_heading_word(key);
    }
    // Whole words only, and not parts of compounds: "Project-Based Program" is no heading.
    // (A key of up to KEY_MAX bytes has at most half as many words, kept on the stack.)
    let mut words = [""; KEY_MAX / 2];
    let mut count = 0;
    for (slot, w) in words.iter_mut().zip(key.split_inline(|c: char| crate::chars::is_space(c) || matches!(c, '&' | '/' | ',' | '(' | ')')).filter(|w| !w.is_empty() && !w.contains('-'))) {
        *slot = w;
        count += 1;
    }
    let words = &words[..count];
    let last = words.last().copied().unwrap_or("");
    let emphatic = || line.heading > 0 || text.chars_inline().filter(|c| is_alpha(*c)).all(|c| c.is_uppercase());
    // The first bytes of the words: a heading word that starts none of them is passed over.
    let mut firsts = crate::strs::ByteSet::default();
    for w in words {
        firsts.insert(w.as_bytes()[0]);
    }
    let starts_a_word = |w: &str| words.iter().any(|x| x.starts_with(w));
    HEADING_WORDS
        .iter()
        .find(|&&(w, _)| {
            if !firsts.contains(w.as_bytes()[0]) || !starts_a_word(w) {
                false
            } else if matches!(w, "experience" | "employment" | "interests" | "summary") && !emphatic() {
                // These name a section only as the last word of a plain heading:
                // "User Experience Design" is not a heading; "Relevant Experience" is.
                last.starts_with(w) && !key.contains('(')
            } else {
                true
            }
        })
        .map(|&(_, kind)| kind)
}

/// The kind of the first Chinese heading word (`CHINESE_HEADING_WORDS`) that `key` holds.
/// Only words whose first character's last byte the key has after a lead byte of three are
/// searched for (by the low six bits of that byte): most keys hold a few of them.
fn chinese_heading_word(key: &str) -> Option<SectionKind> {
    let b = key.as_bytes();
    let mut third_bytes = 0u64;
    for i in 0..b.len().saturating_sub(2) {
        if b[i] >= 0xE0 {
            third_bytes |= 1 << (b[i + 2] & 63);
        }
    }
    CHINESE_HEADING_WORDS.iter().find(|(w, _)| third_bytes >> (w.as_bytes()[2] & 63) & 1 != 0 && crate::strs::contains(key, w)).map(|&(_, kind)| kind)
}

// `chinese_heading_word` takes every Chinese heading word to start with a character of three bytes.
const _: () = {
    let mut n = 0;
    while n < CHINESE_HEADING_WORDS.len() {
        assert!(matches!(CHINESE_HEADING_WORDS[n].0.as_bytes()[0], 0xE0..=0xEF));
        n += 1;
    }
};

pub fn detect_sections(lines: &[Line]) -> Vec<Section> {
    let mut sections = Vec::new();
    let mut current = Section { kind: SectionKind::Basics, heading: String::new(), heading_line: None, body: 0..0, is_header: true, entry_name: None };
    // Markdown level of the headings that start sections, learned from the first one.
    let mut section_level: Option<u8> = None;
    for (i, line) in lines.iter().enumerate() {
        let named = named_heading(line);
        let mut kind = named.as_ref().map(|n| n.0).or_else(|| heading_kind(line));
        // A narrow sidebar wraps a heading: "Programming" / "Languages" is one skills heading.
        let wrapped_kind = if kind.is_some() && named.is_none() && line.heading == 0 && i > current.body.start { wrapped_heading(&lines[i - 1], line) } else { None };
        let wrapped = wrapped_kind.is_some();
        if wrapped {
            kind = wrapped_kind;
        }
        let starts = match kind {
            _ if named.is_some() => true,
            // Inside a section that is one named entry, its own sub-headings stay in it.
            Some(kind) if current.entry_name.is_some() && (kind == current.kind || line.heading > 0 && section_level.is_some_and(|lvl| line.heading > lvl)) => false,
            _ if deeper_than_named(&current, lines, line) => false,
            // "开发经历：" inside "个人项目：X" labels a part of that project.
            // So is a line indented under that heading ("       参与项目重构").
            Some(_) if current.entry_name.is_some() && line.heading == 0 && (line.text.trim_end_ws().ends_with([':', '：']) || current.heading_line.is_some_and(|h| line.indent >= lines[h].indent + 3)) => false,
            Some(kind) => {
                // A deeper Markdown heading inside a section names an entry or a group.
                let deeper = matches!(section_level, Some(lvl) if line.heading > lvl);
                // "Soft Skills" inside Skills is a group name, not a new section.
                let same_kind_group = kind == current.kind && !current.is_header && known_heading(&line.text).is_none();
                let group_in_skills = current.kind == SectionKind::Skills && kind == SectionKind::Languages && line.heading == 0 && !followed_by_languages(lines, i);
                !deeper && !same_kind_group && !group_in_skills
            }
            None if !current.is_header && current.kind != SectionKind::Basics && second_header(lines, i) => {
                kind = Some(SectionKind::Basics);
                true
            }
            None => {
                // An unknown Markdown heading at section level starts an `Other` section.
                line.heading > 0 && section_level.is_some_and(|lvl| line.heading <= lvl)
            }
        };
        if !starts {
            continue;
        }
        if section_level.is_none() && line.heading > 0 && kind.is_some() {
            section_level = Some(line.heading);
        }
        let heading_at = if wrapped { i - 1 } else { i };
        current.body.end = heading_at;
        sections.push(current);
        current = Section {
            kind: kind.unwrap_or(SectionKind::Other),
            heading: if wrapped { format!("{} {}", lines[i - 1].text.trim_ws(), line.text.trim_ws()) } else { line.text.as_str().to_owned() },
            heading_line: Some(heading_at),
            body: i + 1..i + 1,
            is_header: false,
            entry_name: named.map(|n| n.1),
        };
    }
    current.body.end = lines.len();
    sections.push(current);
    split_untitled_experience(lines, &mut sections);
    sections
}

/// The header of a second copy of the résumé (the same résumé in Chinese, pasted after the
/// English one): a person's name with contact details right under it.
fn second_header(lines: &[Line], i: usize) -> bool {
    let line = &lines[i];
    // Only a Chinese name (checked against the surname table): a Latin "name" there is too
    // often a school, a place or a column of a PDF layout.
    if line.is_bullet() || line.text.len() > 40 || !crate::chars::has_cjk(&line.text) || !crate::extract::contact::looks_like_name(&line.text) {
        return false;
    }
    lines[i + 1..].iter().filter(|l| !l.is_blank()).take(2).any(|l| {
        let t = l.text.trim_ws();
        let only_link = !t.contains(' ') && (t.contains_str("://") || t.starts_with("www."));
        only_link || crate::extract::contact::find_email(t).is_some_and(|(a, b)| b - a + 2 >= t.len())
    })
}

/// A Markdown heading deeper than the heading of the one-entry section it is in
/// ("## 个人项目：X" / "### 主要内容："): part of that entry.
fn deeper_than_named(current: &Section, lines: &[Line], line: &Line) -> bool {
    current.entry_name.is_some() && line.heading > 0 && current.heading_line.is_some_and(|h| lines[h].heading > 0 && line.heading > lines[h].heading)
}

/// The kind of the heading that a one-word line and the heading line under it make together.
fn wrapped_heading(prev: &Line, line: &Line) -> Option<SectionKind> {
    let first = prev.text.trim_ws();
    if prev.is_blank() || prev.is_bullet() || prev.heading > 0 || first.contains(char::is_whitespace) || first.len() > 20 {
        return None;
    }
    known_heading(&format!("{first} {}", line.text.trim_ws()))
}

const NAMED_KEY_MAX: usize = longest_key(NAMED_ENTRY_HEADINGS);

/// A heading that names the one entry of its section: "公司项目：Acme SDK" (a key from
/// `NAMED_ENTRY_HEADINGS`, a colon, a short name).
fn named_heading(line: &Line) -> Option<(SectionKind, String)> {
    if line.is_bullet() || line.text.len() > 200 {
        return None;
    }
    // A key is at most 40 bytes: its colon (up to 3 bytes) is within the first 43, and the
    // rest of a long line is not searched.
    let text = line.text.as_str();
    let mut cut = text.len().min(43);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let colon = crate::strs::find_colon(&text[..cut])?;
    let key = &text[..colon];
    if key.len() > 40 {
        return None;
    }
    let value = &text[colon + if text.as_bytes()[colon] == b':' { 1 } else { '：'.len_utf8() }..];
    // A key longer than every named one is not built in full.
    let kind = with_key(key_span(key), NAMED_KEY_MAX, |key| NAMED_ENTRY_HEADINGS.iter().find(|(k, _)| *k == key).map(|&(_, kind)| kind))?;
    let name = crate::strs::split(value, crate::lines::GAP).map(str::trim).find(|p| !p.is_empty())?;
    (name.chars().count() <= 60).then(|| (kind, name.to_string()))
}

/// A résumé pasted without its first heading can open with dated entries: from the first of
/// them on, the header is an experience section.
fn split_untitled_experience(lines: &[Line], sections: &mut Vec<Section>) {
    let Some(header) = sections.first() else { return };
    if !header.is_header {
        return;
    }
    let dated: Vec<usize> = header
        .body
        .clone()
        .filter(|&i| !lines[i].is_blank() && lines[i].text.chars().count() <= 60)
        .filter(|&i| crate::extract::dates::first_range(&lines[i].text).is_some_and(|d| d.is_range()))
        .collect();
    if dated.len() < 2 {
        return;
    }
    let at = dated[0];
    let end = header.body.end;
    sections[0].body.end = at;
    let work = Section { kind: SectionKind::Work, heading: String::new(), heading_line: None, body: at..end, is_header: false, entry_name: None };
    sections.insert(1, work);
}

/// Whether the lines after a "Languages" line look like spoken languages (so it is a real
/// Languages section even inside Skills) rather than a programming-language group.
fn followed_by_languages(lines: &[Line], i: usize) -> bool {
    lines[i + 1..]
        .iter()
        .filter(|l| !l.is_blank())
        .take(2)
        .any(|l| crate::extract::languages::mentions_spoken_language(&l.text))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn kinds(text: &str) -> Vec<(SectionKind, String)> {
        let mut store = String::new();
        let lines = crate::lines::split_lines_in(text, &mut store);
        detect_sections(&lines).into_iter().map(|s| (s.kind, s.heading)).collect()
    }

    /// `key_span` looks for leading numbering only after the first bytes its numerals start with.
    #[test]
    fn numerals_start_with_the_bytes_looked_for() {
        for c in ('0'..='9').chain("一二三四五六七八九十".chars()) {
            let mut buf = [0; 4];
            assert!(matches!(c.encode_utf8(&mut buf).as_bytes()[0], b'0'..=b'9' | 0xE4 | 0xE5), "{c}");
        }
    }

    /// `chinese_heading_word`, searching only for some words, finds what searching for each does.
    #[test]
    fn chinese_heading_word_as_searched() {
        let plain = |key: &str| CHINESE_HEADING_WORDS.iter().find(|(w, _)| key.contains(w)).map(|&(_, kind)| kind);
        let mut alphabet: Vec<char> = CHINESE_HEADING_WORDS.iter().flat_map(|(w, _)| w.chars()).collect();
        alphabet.extend(['a', ' ', '的', '与', '（', '：', 'é', '学', '历']);
        let mut seed = 7u64;
        for _ in 0..200_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = (seed >> 60) as usize;
            let key: String = (0..len).map(|k| alphabet[(seed >> (k * 3 % 56)) as usize % alphabet.len()]).collect();
            assert_eq!(chinese_heading_word(&key), plain(&key), "{key}");
        }
    }

    /// The reading `has_more_than_four_words` replaced: a word-iterator one for non-ASCII
    /// texts, ASCII white space for ASCII ones.
    fn more_than_four_words_by_iterator(text: &str) -> bool {
        if text.is_ascii() {
            let words = text.split(|c: char| c.is_ascii_whitespace()).filter(|w| w.bytes().filter(u8::is_ascii_alphanumeric).count() >= 2 && !w.ends_with(['.', ')']));
            return words.count() > 4;
        }
        let word = |w: &&str| w.chars().filter(|c| c.is_alphanumeric()).nth(1).is_some() && !w.ends_with(['.', ')', '、']);
        text.split_whitespace().filter(word).nth(4).is_some()
    }

    #[test]
    fn marks_agree_with_a_byte_by_byte_search() {
        let plain = |t: &str| t.contains(|c: char| c.is_ascii_digit() || matches!(c, '@' | ',' | '.' | '，' | '。'));
        // Every character of one to four bytes around the marks, at every place of a text
        // longer than the eight bytes read at a time.
        let chars = (0x20..0x80).chain(0x3000..0x3010).chain(0xFF00..0xFF10).chain([0xE9, 0x4E2D, 0x1F600]).filter_map(char::from_u32);
        for c in chars {
            for at in 0..12 {
                let mut t: String = "abcdefghijk".chars().take(at).collect();
                t.push(c);
                t.push_str("xyz");
                assert_eq!(marked(&t), plain(&t), "{t:?}");
            }
        }
    }

    #[test]
    fn word_stops_agree_with_a_byte_by_byte_search() {
        // Every byte value at every place of a 20-byte text, and from every start before it.
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut bytes = [b'x'; 20];
                bytes[at] = b;
                for from in 0..=at {
                    let plain = (from..20).find(|&k| matches!(bytes[k], 0..=0x20 | 0xC0..=0xE3)).unwrap_or(20);
                    assert_eq!(word_stop(&bytes, from), plain, "{b:#x} at {at} from {from}");
                }
            }
        }
    }

    #[test]
    fn word_count_agrees_with_a_word_iterator() {
        let atoms = ["a", "Z", "7", "ab", ".", ")", "、", " ", "  ", "\t", "\u{B}", "\u{A0}", "\u{3000}", "北京", "\u{4DC0}", "é", "–", "-", "1.", "，"];
        // Every text of up to four atoms, and longer ones picked by a small generator.
        let mut texts: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts.iter().flat_map(|t| atoms.iter().map(move |a| format!("{t}{a}"))).collect();
            texts.extend(longer);
        }
        let mut seed = 0x2545_f491_u64;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..(seed % 24) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                t.push_str(atoms[(seed >> 33) as usize % atoms.len()]);
            }
            texts.push(t);
        }
        for t in &texts {
            assert_eq!(has_more_than_four_words(t), more_than_four_words_by_iterator(t), "{t:?}");
        }
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(heading_key("  WORK  EXPERIENCE: "), "work experience");
        assert_eq!(heading_key("一、教育背景"), "教育背景");
        assert_eq!(heading_key("【项目经历】"), "项目经历");
        assert_eq!(heading_key("工 作 经 历"), "工作经历");
        // U+4DC0 (lead byte E4) is a symbol, not an ideograph: it is trimmed.
        assert_eq!(heading_key("\u{4DC0}技能\u{4DC0}"), "技能");
        assert_eq!(heading_key("技能:"), "技能");
        assert_eq!(heading_key("Skills •"), "skills");
        assert_eq!(key_span(" 1. Work  Experience (3)"), "Work  Experience");
        assert_eq!(key_span("II. 【Skills】:"), "Skills");
    }

    #[test]
    fn keys_agree_with_a_plain_reading() {
        // Words lower-cased and joined by single spaces; letter-spaced Chinese loses them;
        // a key longer than the limit (not counting those spaces) is none.
        let plain = |t: &str, limit: usize| {
            let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
            let single = words.iter().all(|w| w.chars().count() == 1);
            let key = words.join(if single && words.iter().any(|w| w.chars().any(is_cjk)) { "" } else { " " });
            let measure = if single { words.iter().map(String::len).sum() } else { key.len() };
            (measure <= limit).then_some(key)
        };
        let texts = ["Work   Experience", "S K I L L S", "工 作 经 历", "ÉTUDES\u{3000}Supérieures", "a\u{A0}b\u{2003}C", "x\u{0B}y\tZ", "İstanbul Office", "技能 Skills", "教育背景", "Ab", "A b", "北", "Senior Backend Engineer   Orbita Travel"];
        for t in texts {
            for limit in [0, 1, 2, 5, 8, 12, 20, usize::MAX] {
                assert_eq!(key_within(t, limit), plain(t, limit), "{t:?} {limit}");
                // The kept buffer holds no trace of the key before.
                assert_eq!(with_key(key_span(t), limit, |k| Some(k.to_string())), plain(t, limit), "{t:?} {limit}");
            }
        }
    }

    #[test]
    fn a_key_built_inside_another_gets_its_own_buffer() {
        let both = with_key("Work  Experience", 48, |outer| with_key("工 作 经 历", 48, |inner| Some(format!("{outer}|{inner}"))));
        assert_eq!(both.as_deref(), Some("work experience|工作经历"));
    }

    #[test]
    fn table_keys_are_normalised_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for (k, _) in HEADINGS {
            assert_eq!(heading_key(k), *k, "key {k} is not normalised");
            // A key with one of these is rejected before it is looked up.
            assert!(!marked(k) && !k.contains(|c: char| c.is_ascii_digit() || matches!(c, '@' | ',' | '，' | '.' | '。')), "{k}");
            assert!(seen.insert(*k), "duplicate key {k}");
        }
        use SectionKind::*;
        for kind in [Basics, Summary, Work, Education, Projects, Skills, Publications, Awards, Certificates, Languages, Volunteer, Interests, References] {
            assert!(HEADINGS.iter().any(|&(_, k)| k == kind), "no heading for {kind:?}");
        }
    }

    #[test]
    fn heading_words_are_english_or_chinese() {
        for (w, _) in HEADING_WORDS {
            assert!(!w.is_empty() && w.is_ascii(), "{w}");
        }
        for (w, _) in CHINESE_HEADING_WORDS {
            assert!(!w.is_empty() && w.chars().all(is_cjk), "{w}");
        }
    }

    #[test]
    fn kinds_in_order() {
        for (n, kind) in KINDS.iter().enumerate() {
            assert_eq!(*kind as usize, n, "{kind:?}");
        }
        for &(key, kind) in HEADINGS {
            assert_eq!(lookup(key), Some(kind), "{key}");
        }
    }

    #[test]
    fn longest_keys() {
        assert_eq!(NAMED_KEY_MAX, NAMED_ENTRY_HEADINGS.iter().map(|(k, _)| k.len()).max().unwrap());
        assert_eq!(HEADING_KEY_MAX, HEADINGS.iter().map(|(k, _)| k.len()).max().unwrap());
    }

    #[test]
    fn finds_english_and_chinese_headings() {
        let found = kinds("Jane Doe\n\nEXPERIENCE\nAcme\n\n教育背景\n清华大学\n\nHonors & Scholarships\nx\n\nSkills: Rust\n");
        let k: Vec<SectionKind> = found.iter().map(|f| f.0).collect();
        assert_eq!(k, vec![SectionKind::Basics, SectionKind::Work, SectionKind::Education, SectionKind::Awards]);
    }

    #[test]
    fn headings_wrapped_in_a_sidebar() {
        let k = kinds("Jane Doe\n\nEducation\nUniversity of Leeds\nProgramming\nLanguages\n\nRust Go\n");
        assert_eq!(k.last().unwrap(), &(SectionKind::Skills, "Programming Languages".to_string()));
    }

    #[test]
    fn deeper_markdown_headings_stay_inside() {
        let found = kinds("# Jane\n## Experience\n### Acme\nx\n## Hobbies & Other Things\ny\n## Side Quests\nz");
        let k: Vec<SectionKind> = found.iter().map(|f| f.0).collect();
        assert_eq!(k, vec![SectionKind::Basics, SectionKind::Work, SectionKind::Interests, SectionKind::Other]);
    }

    #[test]
    fn sentences_are_not_headings() {
        let found = kinds("Jane\nI have experience in many projects and skills.\nMy education was great");
        assert_eq!(found.len(), 1);
    }
}
