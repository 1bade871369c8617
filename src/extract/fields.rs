//! Entry fields for work, volunteer, education and projects: which piece of a header is the
//! organisation, the title, the place, the school, the degree; and the highlights.

use crate::chars::{is_alnum, is_alpha, with_lowercase, InlineChars, Lowercase};
use crate::strs::{FindChars, Search, Spaces};
use super::dates::{DateRange, End};
use super::entries::{split_entries, split_entries_dated, Entry, FirstRanges};
use super::{clean_value, opt, Doc};
use crate::lines::{is_cjk, GAP};
use crate::model::{Education, Project, Volunteer, Work};
use super::lookup::{ORGS, SCHOOLS, TITLES};
use crate::rules::words::{DEGREES, TITLE_HEADS, TITLE_WORDS};
use crate::sections::Section;
use crate::strs;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Title,
    Org,
    Place,
    Unknown,
}

/// Lower-case words of `s` (letters, digits, `&`, `'`, `-`, `.` kept inside words).
fn words(s: &str) -> Vec<String> {
    s.split_inline(|c: char| !(is_alnum(c) || matches!(c, '&' | '\'' | '-' | '.')))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches('.').lowercase())
        .collect()
}

pub fn has_word(s: &str, table: &super::lookup::WordSet) -> bool {
    table.matches(s)
}

/// Every comma-separated part (one at least) is a known place or a two-letter code.
fn is_place(s: &str) -> bool {
    // Split and trimmed with the inline decoders: the standard ones are calls per character
    // in the size-optimised build.
    let mut any = false;
    for p in split_at_leads(s, *b",\xEF", comma_len) {
        let p = p.trim_ws();
        if p.is_empty() {
            continue;
        }
        if !(super::contact::known_place(p).0 || p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase())) {
            return false;
        }
        any = true;
    }
    any
}

fn classify(s: &str) -> Class {
    // "Austin Texas US" is a place; "University College Dublin" only ends with one.
    // (A spaced place has two words at least: a one-word Chinese piece is not looked up again.)
    let spaced_place = || (s.is_ascii() || s.words().nth(1).is_some()) && super::contact::spaced_location(s).is_some();
    if is_place(s) || spaced_place() && !has_word(s, &SCHOOLS) && !has_word(s, &ORGS) {
        return Class::Place;
    }
    // "DevOps Engineer - Devoteam": the part before the dash says what the piece is.
    if let Some(k) = s.find_str(" - ") {
        let left = classify(&s[..k]);
        if left == Class::Title || left == Class::Org {
            return left;
        }
    }
    match super::lookup::matches_each([&*TITLES, &*ORGS], s) {
        [true, false] => Class::Title,
        [false, true] => Class::Org,
        [true, true] => {
            // "Software Engineer, Samsung R&D" was split already; here both kinds of word
            // sit in one piece: the last word decides ("Research Engineer" vs "AI Research Lab").
            // A note in parentheses after it does not count: "Research Assistant (Part-time)".
            let base = match s.rfind_chars(&['(', '（']) {
                Some(k) if k > 0 && s.trim_end_ws().ends_with([')', '）']) => &s[..k],
                _ => s,
            };
            let last = words(base).pop().unwrap_or_default();
            if TITLE_WORDS.contains(&last.as_str()) || !s.is_ascii() && TITLE_WORDS.iter().any(|t| t.chars_inline().any(is_cjk) && s.ends_with(t)) {
                Class::Title
            } else {
                Class::Org
            }
        }
        [false, false] => Class::Unknown,
    }
}

/// Suffixes that belong to the organisation before them: "Nara Logics, Inc".
pub(super) fn is_org_suffix(s: &str) -> bool {
    // Up to the first parenthesis, found by bytes; lower-cased on the stack, not allocated.
    let s = s.find_chars(&['(', '（']).map_or(s, |k| &s[..k]);
    with_lowercase(s.trim_ws().trim_end_matches('.'), |l| matches!(l, "inc" | "llc" | "ltd" | "l.p" | "lp" | "llp" | "gmbh" | "ag" | "sa" | "plc" | "co" | "corp" | "s.a" | "co.,ltd" | "limited"))
}

/// Removes the date expression and duration notes such as "(7 months)" from a header line.
/// (Borrowed when nothing is removed, as from most header lines.)
fn without_date<'a>(text: &'a str, dr: Option<&DateRange>) -> Cow<'a, str> {
    let mut t = match dr {
        // A line that is only the date leaves white space at most: nothing, and no copy.
        // (Blank when it is blank from its start: only one end of each side is read.)
        Some(d) if text[..d.from].trim_start_ws().is_empty() && text[d.to..].trim_start_ws().is_empty() => return Cow::Borrowed(""),
        Some(d) => Cow::Owned([&text[..d.from], GAP, &text[d.to..]].concat()),
        None => Cow::Borrowed(text),
    };
    // "(7 months)", "3 years 4 months" right after the date.
    // (Parentheses found by bytes, eight at a time.)
    if let Some(open) = crate::swar::find_either(t.as_bytes(), b'(', b'(') {
        let inside = &t[open..];
        if let Some(close) = crate::swar::find_either(inside.as_bytes(), b')', b')') {
            // (Lower-cased on the stack, and only after a digit.)
            let body = &inside[1..close];
            let duration = || with_lowercase(body, |b| b.contains_str("month") || b.contains_str("year") || b.contains_str("yr"));
            if body.starts_with(|c: char| c.is_ascii_digit()) && duration() || body.trim_ws().is_empty() {
                t.to_mut().replace_range(open..open + close + 1, "");
            }
        }
    }
    // (The digits and spaces before are ASCII: counted by bytes.)
    let trimmed = &t[t.bytes().take_while(|&b| b.is_ascii_digit() || b == b' ').count()..];
    if trimmed.len() < t.len() && (trimmed.starts_with("month") || trimmed.starts_with("year")) {
        return Cow::Borrowed("");
    }
    t
}

/// Pieces of a header line: split at wide gaps and at `|`, `·`, `•`, `∙`, ` — `.
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in strs::split(text, GAP) {
        for p in split_at_marks(chunk) {
            for q in strs::split(p, " — ") {
                let v = clean_value(q);
                if !v.is_empty() && !is_url(&v) {
                    out.push(v);
                }
            }
        }
    }
    out
}

/// The length of the mark that separates pieces ('|', '·', '•', '∙', '｜', '‧') starting at
/// byte `k` of `b`, or 0. (Their first bytes never occur inside another character.)
fn mark_len(b: &[u8], k: usize) -> usize {
    // (The bytes after are read only after a lead byte of a mark.)
    match b[k] {
        b'|' => 1,
        0xC2 if b.get(k + 1) == Some(&0xB7) => 2,
        0xE2 if matches!(b.get(k + 1..k + 3), Some([0x80, 0xA2 | 0xA7] | [0x88, 0x99])) => 3,
        0xEF if b.get(k + 1..k + 3) == Some(&[0xBD, 0x9C]) => 3,
        _ => 0,
    }
}

/// `s.split(|c| matches!(c, '|' | '·' | '•' | '∙' | '｜' | '‧'))`, scanning bytes rather than
/// decoding every character.
fn split_at_marks(s: &str) -> impl Iterator<Item = &str> {
    split_at_leads(s, *b"|\xC2\xE2\xEF", mark_len)
}

/// The length of a comma (',' or '，', EF BC 8C) starting at byte `k` of `b`, or 0.
pub(super) fn comma_len(b: &[u8], k: usize) -> usize {
    match (b[k], b.get(k + 1..k + 3)) {
        (b',', _) => 1,
        (0xEF, Some([0xBC, 0x8C])) => 3,
        _ => 0,
    }
}

/// `s.split` at the separators that `separator_len` finds (its length at a byte, or 0): a
/// scan of bytes rather than a decoding of every character. The separators must start with
/// a byte that never occurs inside another character.
pub(super) fn split_by_bytes(s: &str, separator_len: impl Fn(&[u8], usize) -> usize) -> impl Iterator<Item = &str> {
    split_scanning(s, |_, k| k, separator_len)
}

/// [`split_by_bytes`] for separators that start with one of the bytes `leads`: the bytes
/// between are passed over eight at a time. (`separator_len` is asked only at those bytes:
/// a function pointer costs little there, and saves a copy of the code per separator in the
/// size-optimised build.)
pub(super) fn split_at_leads<const N: usize>(s: &str, leads: [u8; N], separator_len: fn(&[u8], usize) -> usize) -> impl Iterator<Item = &str> {
    split_scanning(s, move |b, k| crate::swar::find_any(b, k, leads).unwrap_or(b.len()), separator_len)
}

/// [`split_by_bytes`], asking `separator_len` only at the bytes `next_candidate` finds: the
/// first byte at or after a position that may start a separator (or the text's length).
fn split_scanning(s: &str, next_candidate: impl Fn(&[u8], usize) -> usize, separator_len: impl Fn(&[u8], usize) -> usize) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let (mut start, mut k) = (Some(0), 0);
    std::iter::from_fn(move || {
        let from = start?;
        while k < b.len() {
            let at = next_candidate(b, k);
            if at >= b.len() {
                break;
            }
            let len = separator_len(b, at);
            if len > 0 {
                k = at + len;
                start = Some(k);
                return Some(&s[from..at]);
            }
            k = at + 1;
        }
        start = None;
        Some(&s[from..])
    })
}

fn is_url(s: &str) -> bool {
    let starts = |p: &str| strs::starts_with_ignore_case(s, p);
    starts("http://") || starts("https://") || starts("www.") || !s.as_bytes().contains(&b' ') && has_dot_com_slash(s)
}

/// `s.to_ascii_lowercase().contains(".com/")`, without the lower-cased copy.
fn has_dot_com_slash(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(4)).any(|i| b[i] == b'.' && b[i + 1..i + 5].eq_ignore_ascii_case(b"com/"))
}

/// Splits a piece at commas into classified chunks, merging chunks that belong together.
fn chunks(piece: &str) -> Vec<(Class, String)> {
    let mut out = Vec::new();
    push_chunks(piece.to_string(), &mut out);
    out
}

/// [`chunks`] of `piece` (a piece as [`pieces`] gives it: cleaned), added to `all` after the
/// chunks already there (which are left as they are): a header's chunks are collected in one
/// vector, not a vector per piece.
fn push_chunks(piece: String, all: &mut Vec<(Class, String)>) {
    let start = all.len();
    // A piece that is one part, as most are, is its own chunk: clean already (`clean_value`
    // leaves a clean value as it is), it is kept rather than copied. (Only the first part can
    // be the whole piece.)
    let mut subs = split_commas(&piece);
    let mut whole = false;
    for sub in &mut subs {
        whole = sub.len() == piece.len();
        if whole {
            break;
        }
        push_chunk(all, start, clean_value(sub));
    }
    drop(subs);
    if whole {
        push_chunk(all, start, piece);
    }
    // "Nagpur, Maharashtra, India": places around an unknown region are one place.
    let out = &all[start..];
    let n = out.len();
    if n >= 3 && out[0].0 == Class::Place && out[n - 1].0 == Class::Place && out[1..n - 1].iter().all(|c| c.0 == Class::Unknown && c.1.words().count() <= 2) {
        let joined = out.iter().map(|c| c.1.as_str()).collect::<Vec<_>>().join(", ");
        all.truncate(start);
        all.push((Class::Place, joined));
        return;
    }
    // "San Diego, California": an unknown town right before a known region is part of the
    // place ("Brightline Health, San Francisco, CA" keeps its first chunk).
    if n >= 2 && out[n - 1].0 == Class::Place && !out[n - 1].1.contains(',') && out[n - 2].0 == Class::Unknown && !out[n - 2].1.chars_inline().any(is_cjk) && out[n - 2].1.words().count() <= 3 {
        let place = all.pop().map(|c| c.1).unwrap_or_default();
        if let Some(town) = all.last_mut() {
            town.1 = [town.1.as_str(), ", ", &place].concat();
            town.0 = Class::Place;
        }
    }
}

/// Adds the cleaned part `sub` of a piece to its chunks (those of `out` from `start` on):
/// classified, or merged with the chunk before.
fn push_chunk(out: &mut Vec<(Class, String)>, start: usize, sub: String) {
    if sub.is_empty() {
        return;
    }
    // "腾讯实习生": an organisation with the intern title glued on.
    const INTERN_KINDS: &[&str] = &["研究", "科研", "算法", "开发", "产品", "运营", "技术", "前端", "后端", "测试", "数据", "暑期", "日常", "软件", "设计"];
    if let Some(org) = sub.strip_suffix("实习生").filter(|o| o.chars().count() >= 2 && !has_word(o, &TITLES) && !INTERN_KINDS.iter().any(|k| o.ends_with(k))) {
        out.push((classify(org), org.trim_ws().to_string()));
        out.push((Class::Title, "实习生".to_string()));
        return;
    }
    let class = classify(&sub);
    if let Some(last) = out[start..].last_mut() {
        let org_suffix = is_org_suffix(&sub);
        let merge = org_suffix || (class == Class::Place && last.0 == Class::Place) || (class == Class::Title && last.0 == Class::Title);
        if merge {
            last.1 = [last.1.as_str(), ", ", &sub].concat();
            if org_suffix {
                last.0 = Class::Org;
            }
            return;
        }
    }
    out.push((class, sub));
}

/// Splits at `, ` and `，` but not inside parentheses and not in "Co.,Ltd.". (Lazily: the
/// parts are mostly only looped over, and a Vec per piece was a regrowing allocation.)
fn split_commas(s: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0i32;
    let (mut start, mut k) = (Some(0), 0);
    // By bytes: the characters looked at are ASCII or full-width forms (lead byte EF, never
    // inside another character), and most bytes are none of them.
    let b = s.as_bytes();
    std::iter::from_fn(move || {
        let from = start?;
        while k < b.len() {
            let at = crate::swar::find_any(b, k, *b"([)],\xEF").unwrap_or(b.len());
            if at >= b.len() {
                break;
            }
            k = at + 1;
            // (The change of depth, and the length of a comma.)
            let (delta, comma) = match b[at] {
                b'(' | b'[' => (1, 0),
                b')' | b']' => (-1, 0),
                b',' => (0, 1),
                // '（' EF BC 88, '）' EF BC 89, '，' EF BC 8C
                0xEF => match b.get(at + 1..at + 3) {
                    Some([0xBC, 0x88]) => (1, 0),
                    Some([0xBC, 0x89]) => (-1, 0),
                    Some([0xBC, 0x8C]) => (0, 3),
                    _ => continue,
                },
                _ => continue,
            };
            depth += delta;
            // "Morningstar, Inc." is one name: no cut before a company-form suffix. (What follows
            // is sliced only at a comma.)
            let split = depth <= 0 && (comma == 3 || comma == 1 && {
                let after = &s[at + 1..];
                after.starts_with(char::is_whitespace) && !org_suffix_follows(after)
            });
            if split {
                start = Some(at + comma);
                return Some(&s[from..at]);
            }
        }
        start = None;
        Some(&s[from..])
    })
}

/// Whether the word right after a comma (within its next 11 characters) is a company form.
fn org_suffix_follows(after: &str) -> bool {
    let window = after.char_indices_inline().nth(11).map_or(after, |(i, _)| &after[..i]);
    let rest = window.trim_start_ws();
    let word_end = rest.find(|c: char| !(is_alnum(c) || c == '.')).unwrap_or(rest.len());
    is_org_suffix(&rest[..word_end])
}

fn split_dashes(s: &str) -> Vec<String> {
    s.split(" - ").flat_map(|p| p.split(" – ")).map(|p| p.trim_ws().to_string()).filter(|p| !p.is_empty()).collect()
}

/// Strips "Manager: Jane Roe", "Advisor: …" notes from a title (a slice: most titles have
/// none, and are not copied).
fn strip_supervisor(s: &str) -> &str {
    if crate::strs::find_colon(s).is_none() {
        return s;
    }
    for key in [" Manager", " Advisor", " Supervisor", " Mentor", " Reporting to", " 导师", " 指导老师", " 主管", " 上级", "导师", "指导老师"] {
        if let Some(k) = s.find_str(key) {
            let rest = s[k + key.len()..].trim_start_ws();
            if rest.starts_with([':', '：']) && k > 0 {
                return s[..k].trim_ws();
            }
        }
    }
    s
}

fn split_at_sign(text: &str) -> Option<(&str, &str)> {
    // Most header lines have no '@': one search for it rules out three of the separators.
    let seps: &[&str] = if text.as_bytes().contains(&b'@') { &[" @ ", "@ ", " @", " at ", "＠"] } else { &[" at ", "＠"] };
    for &sep in seps {
        if let Some(k) = strs::find(text, sep) {
            let (l, r) = (&text[..k], &text[k + sep.len()..]);
            if !l.trim_ws().is_empty() && !r.trim_ws().is_empty() && !r.trim_start_ws().starts_with(|c: char| c.is_ascii_digit()) {
                return Some((l, r));
            }
        }
    }
    None
}

struct Roles {
    org: Option<String>,
    title: Option<String>,
    place: Option<String>,
}

/// "Senior Mobile Engineer Railyatra" → ("Senior Mobile Engineer", "Railyatra"): capitalised
/// words after the noun that ends a title, when they are not part of a title themselves.
fn split_title_name(t: &str) -> Option<(String, String)> {
    let words: Vec<&str> = t.words().collect();
    let head = words.iter().rposition(|w| TITLE_HEADS.contains(&w.trim_matches(|c: char| !is_alnum(c) && c != '-').lowercase().as_str()))?;
    if words[head].ends_with([':', '：']) {
        return None; // "Manager: Jane Doe" names a person
    }
    let rest = &words[head + 1..];
    let level = |w: &str| matches!(w, "I" | "II" | "III" | "IV" | "V") || w.len() <= 3 && w.starts_with('L') && w[1..].chars_inline().all(|c| c.is_ascii_digit());
    let name = rest.join(" ");
    let ok = (1..=4).contains(&rest.len())
        && rest.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && !level(w))
        && !rest[0].starts_with('(')
        && !has_word(&name, &TITLES)
        && !is_place(&name);
    ok.then(|| (words[..=head].join(" "), name))
}

fn assign_roles(lines: &[Cow<str>]) -> Roles {
    let mut r = Roles { org: None, title: None, place: None };
    // "Title @ Company" / "Title at Company" states the roles outright.
    for line in lines {
        if let Some((l, right)) = split_at_sign(line) {
            let right_pieces = pieces(right);
            let mut org_chunks = right_pieces.first().map(|p| chunks(p)).unwrap_or_default();
            if org_chunks.len() > 1 && org_chunks.last().is_some_and(|c| c.0 == Class::Place) {
                r.place = org_chunks.pop().map(|c| c.1);
            }
            let org = org_chunks.iter().map(|c| c.1.as_str()).collect::<Vec<_>>().join(", ");
            let left_pieces = pieces(l);
            let title = left_pieces.last().cloned().unwrap_or_default();
            let title_chunks = chunks(&title);
            let title = title_chunks.iter().find(|c| c.0 == Class::Title).map(|c| c.1.clone()).unwrap_or(title);
            r.org = opt(org);
            r.title = opt(strip_supervisor(&title).to_string());
            return r;
        }
    }
    let mut all: Vec<(Class, String)> = Vec::new();
    for line in lines {
        for p in pieces(line) {
            push_chunks(p, &mut all);
        }
    }
    let mut taken = vec![false; all.len()];
    if let Some(k) = all.iter().position(|c| c.0 == Class::Place) {
        r.place = Some(all[k].1.clone());
        taken[k] = true;
    }
    // The first organisation-like piece: companies come before their departments
    // ("腾讯   OMG   视频产品技术部", "Tencent … Jizhi HPC Team, Engineering Group").
    if let Some(k) = all.iter().position(|c| c.0 == Class::Org || c.0 == Class::Unknown) {
        r.org = Some(all[k].1.clone());
        taken[k] = true;
    }
    // "CROWDSTRIKE Senior SE": an upper-case name before the title.
    if !all.iter().any(|c| c.0 == Class::Org || c.0 == Class::Unknown) {
        if let Some(k) = all.iter().position(|c| c.0 == Class::Title) {
            let text = all[k].1.clone();
            let words: Vec<&str> = text.words().collect();
            let caps = words.iter().take_while(|w| w.len() >= 3 && w.chars_inline().all(|c| c.is_ascii_uppercase() || c == '&') && !TITLE_WORDS.contains(&w.lowercase().as_str())).count();
            if caps > 0 && caps < words.len() {
                all.insert(k, (Class::Org, words[..caps].join(" ")));
                all[k + 1].1 = words[caps..].join(" ");
                taken.insert(k, false);
            }
        }
    }
    if r.org.is_none() {
        if let Some(k) = all.iter().position(|c| c.0 == Class::Org) {
            r.org = Some(all[k].1.clone());
            taken[k] = true;
        }
    }
    if let Some(k) = all.iter().position(|c| c.0 == Class::Title) {
        let t = all[k].1.as_str();
        // "Backend Engineer (Freelance) Daylight": a name after the closing parenthesis.
        // (By bytes: std's string search sets up a searcher per call.)
        match t.as_bytes().windows(2).rposition(|w| w == b") ") {
            Some(p) if r.org.is_none() && t[p + 2..].starts_with(char::is_uppercase) && !has_word(&t[p + 2..], &TITLES) => {
                r.title = Some(t[..p + 1].to_string());
                r.org = Some(t[p + 2..].trim_ws().to_string());
            }
            _ => match (r.org.is_none()).then(|| split_title_name(strip_supervisor(t))).flatten() {
                Some((title, org)) => {
                    r.title = Some(title);
                    r.org = Some(org);
                }
                None => r.title = Some(strip_supervisor(t).to_string()),
            },
        }
        taken[k] = true;
    }
    // "腾讯 - CSIG - 后端开发", "PingCAP Inc. - Database - Kernel R&D": organisation, unit
    // and title in one dashed piece, when no other piece names them.
    if r.org.is_none() || r.title.is_none() {
        if let Some(k) = (0..all.len()).find(|&k| all[k].0 != Class::Place && split_dashes(&all[k].1).len() >= 2) {
            let parts = split_dashes(&all[k].1);
            let whole = all[k].1.clone();
            if r.org.is_none() || r.org.as_deref() == Some(whole.as_str()) {
                if let Some(o) = parts.iter().find(|p| classify(p) != Class::Title) {
                    r.org = Some(o.clone());
                    let title = parts.iter().rev().find(|p| classify(p) == Class::Title).or(parts.last().filter(|l| *l != o));
                    if r.title.is_none() || r.title.as_deref() == Some(whole.as_str()) {
                        r.title = title.cloned();
                    }
                    taken[k] = true;
                }
            }
        }
    }
    let unknown: Vec<usize> = (0..all.len()).filter(|&k| !taken[k] && all[k].0 == Class::Unknown).collect();
    let mut unknown = unknown.into_iter();
    if r.org.is_none() {
        if let Some(k) = unknown.next() {
            r.org = Some(all[k].1.clone());
        }
    }
    if r.title.is_none() {
        if let Some(k) = unknown.next() {
            r.title = Some(strip_supervisor(&all[k].1).to_string());
        }
    }
    // A short capitalised name left over once employer and title are known is the place
    // ("Gong.io / Ramat Gan / Front End Developer").
    if r.place.is_none() && r.org.is_some() && r.title.is_some() {
        if let Some(k) = unknown.next() {
            let t = &all[k].1;
            let words: Vec<&str> = t.words().collect();
            if (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars_inline().all(|c| is_alpha(c) || c == '.')) {
                r.place = Some(t.clone());
            }
        }
    }
    r
}

fn header_lines<'a>(doc: &Doc<'a>, e: &Entry) -> Vec<Cow<'a, str>> {
    e.header
        .iter()
        .map(|&i| {
            let dr = e.date.as_ref().filter(|(l, _)| *l == i).map(|(_, d)| d);
            without_date(&doc.lines[i].text, dr)
        })
        .filter(|t| !t.trim_start_ws().is_empty())
        .collect()
}

fn date_fields(e: &Entry) -> (Option<String>, Option<String>, bool) {
    match e.date {
        Some((_, d)) => match d.end {
            End::None => (Some(d.start.iso()), None, false),
            End::Present => (Some(d.start.iso()), None, true),
            End::Date(end) => (Some(d.start.iso()), Some(end.iso()), false),
        },
        None => (None, None, false),
    }
}

/// Joins a line to the text before it: no space between CJK characters.
fn join(a: &mut String, b: &str) {
    let a_cjk = a.chars().next_back().is_some_and(is_cjk);
    let b_cjk = b.chars_inline().next().is_some_and(is_cjk);
    if a.ends_with('-') && a.chars().rev().nth(1).is_some_and(is_alpha) && b.starts_with(|c: char| c.is_lowercase()) {
        a.pop(); // hyphenated line break
    } else if !(a.is_empty() || a_cjk && b_cjk) {
        a.push(' ');
    }
    a.push_str(b.trim_ws());
}

/// The highlights of an entry: its list items (with their wrapped continuation lines); or,
/// where the entry has no list items at all, its separate lines, which is how list items
/// arrive from PDFs and web pages that lost the bullet glyphs.
pub fn highlights(doc: &Doc, e: &Entry) -> Vec<String> {
    let lines = doc.lines;
    let body = &e.body;
    if body.is_empty() {
        return Vec::new();
    }
    let any_bullets = body.iter().any(|&i| lines[i].is_bullet());
    let body = if any_bullets { &body[..] } else { &body[description_lines(lines, body)..] };
    // Widths as a page lays them out: a Chinese character takes two columns.
    // (An ASCII line, as most are, is as wide as it is long.)
    let width = |t: &str| if t.is_ascii() { t.len() } else { t.chars_inline().map(|c| if is_cjk(c) { 2 } else { 1 }).sum::<usize>() };
    // (Needed only for lines without list glyphs.)
    let max_len = if any_bullets { 0 } else { body.iter().map(|&i| width(&lines[i].text)).max().unwrap_or(0) };
    // A run of adjacent lines whose last line ends a sentence is wrapped prose; a run where no
    // line ends one is a list of items that lost their glyphs (web-page copies).
    // (By position in `body`.)
    // (Needed only for lines without list glyphs.)
    let mut run_ends_sentence = Vec::new();
    if !any_bullets {
        run_ends_sentence.resize(body.len(), false);
        let mut run_start = 0;
        for (k, &i) in body.iter().enumerate() {
            if body.get(k + 1).is_none_or(|&n| n != i + 1) {
                let ends = ends_item(&lines[i].text);
                run_ends_sentence[run_start..=k].fill(ends);
                run_start = k + 1;
            }
        }
    }
    // At most one item a line: sized once, not regrown.
    let mut out: Vec<String> = Vec::with_capacity(body.len());
    let mut open = false; // whether the last item may continue on the next line
    let mut prev: Option<usize> = None;
    for (k, &i) in body.iter().enumerate() {
        let line = &lines[i];
        if super::entries::is_label_line(&line.text) {
            open = false;
            prev = None;
            continue;
        }
        let adjacent = prev.is_some_and(|p| p + 1 == i);
        if line.is_bullet() {
            out.push(line.text.trim_ws().to_string());
            open = true;
        } else if any_bullets {
            let continues = open && adjacent && !out.is_empty() && (line.indent > 0 || !ends_item(out.last().map(String::as_str).unwrap_or("")));
            if continues {
                if let Some(last) = out.last_mut() {
                    join(last, &line.text);
                }
            } else {
                open = false; // a paragraph between lists is a description, not an item
            }
        } else {
            // (The previous line is measured only when the cheaper tests leave it open.)
            let prev_line_len = || prev.map(|p| width(&lines[p].text)).unwrap_or(0);
            let wrapped = adjacent
                && !out.is_empty()
                && !ends_item(out.last().map(String::as_str).unwrap_or(""))
                // A page-width line (PDF text wraps near ~100 characters; pasted web text does
                // not wrap at all) continues on the next one.
                && (line.text.starts_with(|c: char| c.is_lowercase())
                    || (50..=130).contains(&max_len) && run_ends_sentence[k] && prev_line_len() * 10 >= max_len * 7);
            if wrapped && out.last().is_some_and(|s| !s.is_empty()) {
                if let Some(last) = out.last_mut() {
                    join(last, &line.text);
                }
            } else {
                out.push(line.text.trim_ws().to_string());
            }
        }
        prev = Some(i);
    }
    // An item with no letters or digits ("-" left by a nested bullet) says nothing.
    out.retain(|s| s.chars_inline().any(is_alnum));
    // Without list glyphs, a single paragraph is the entry's description, not a list.
    if !any_bullets && out.len() == 1 {
        return Vec::new();
    }
    // Most items are flat already: they are kept, not copied.
    for h in &mut out {
        if !strs::is_flat(h) {
            *h = super::flat(h);
        }
    }
    out
}

/// The entry's plain paragraphs that are not highlights, joined: JSON Resume's `summary`.
fn description(doc: &Doc, e: &Entry, highlights: &[String]) -> Option<String> {
    let mut text = String::new();
    for &i in &e.body {
        let line = &doc.lines[i];
        if line.is_bullet() {
            continue;
        }
        // (Borrowed when the line is flat already, as most are.)
        let t: std::borrow::Cow<str> = if strs::is_flat(&line.text) { line.text.as_str().into() } else { super::flat(&line.text).into() };
        if super::entries::is_label_line(&t) || highlights.iter().any(|h| h.contains_str(&t)) {
            continue;
        }
        join(&mut text, &t);
    }
    opt(text)
}

/// Without list glyphs, an entry's first paragraph is its description, not an item, when
/// it is one line apart from the rest and the items that follow look different: a separate
/// block of several lines, or items that end without a full stop after a description that
/// ends with one. How many lines of `body` (in order, without blank lines) that takes: 1 or 0.
fn description_lines(lines: &[crate::lines::Line], body: &[usize]) -> usize {
    // The first block of adjacent lines is one line, and a second block follows.
    if body.len() < 2 || body[1] == body[0] + 1 {
        return 0;
    }
    let next_is_list = body.get(2).is_some_and(|&i| i == body[1] + 1);
    let first_ends = || ends_item(&lines[body[0]].text);
    let rest_unended = || body[1..].iter().all(|&i| !ends_item(&lines[i].text));
    usize::from(next_is_list || first_ends() && rest_unended())
}

fn ends_item(s: &str) -> bool {
    s.trim_end_ws().ends_with(['.', '。', '!', '！', '?', '？', ';', '；'])
}

pub fn work(doc: &Doc, section: &Section) -> Vec<Work> {
    let mut out = Vec::new();
    for e in split_entries(doc, section) {
        let lines = header_lines(doc, &e);
        let roles = assign_roles(&lines);
        let (start_date, end_date, current) = date_fields(&e);
        let highlights = highlights(doc, &e);
        let w = Work {
            name: roles.org,
            position: roles.title,
            location: roles.place,
            start_date,
            end_date,
            current,
            summary: description(doc, &e, &highlights),
            highlights,
            span: doc.span_of_lines(e.first(), e.last()),
            ..Work::default()
        };
        if w.name.is_some() || w.position.is_some() || w.start_date.is_some() {
            out.push(w);
        }
    }
    out
}

/// Projects named inside a job: a short nested list item with its own items under it
/// ("* Acme Corp (2018 ~)" / "  * Payments platform" / "    * Built …"). The job keeps
/// them as highlights; the project list gets them too, named, with their items.
pub fn projects_within_work(doc: &Doc, section: &Section) -> Vec<Project> {
    let lines = doc.lines;
    let body: Vec<usize> = section.body.clone().filter(|&i| !lines[i].is_blank()).collect();
    let Some(top) = body.iter().filter(|&&i| lines[i].is_bullet()).map(|&i| lines[i].indent).min() else { return Vec::new() };
    let mut out = Vec::new();
    for (n, &i) in body.iter().enumerate() {
        let line = &lines[i];
        let has_children = body.get(n + 1).is_some_and(|&j| lines[j].is_bullet() && lines[j].indent > line.indent);
        // The line's place in the list first: most lines are ruled out before their text is read.
        if !line.is_bullet() || line.indent <= top || !has_children {
            continue;
        }
        let t = line.text.trim_ws();
        let title_like = t.chars().count() <= 30
            && !t.contains_chars(&['，', '。', ',', '；', ';', ':', '：'])
            && !t.ends_with('.')
            && !super::entries::is_label_line(t)
            && !super::dates::has_date(t);
        if !title_like {
            continue;
        }
        // Directly under a dated job item: "* Acme (2018-10 ~)" / "  * Payments platform".
        // The search back is bounded: a job's own list is not hundreds of lines long.
        let parent = body[n.saturating_sub(200)..n].iter().rev().find(|&&j| lines[j].indent < line.indent);
        let under_job = parent.is_some_and(|&j| lines[j].is_bullet() && lines[j].indent == top && super::dates::has_date(&lines[j].text));
        if !under_job {
            continue;
        }
        let children: Vec<usize> = body[n + 1..].iter().copied().take_while(|&j| lines[j].indent > line.indent).collect();
        let last = children.last().copied().unwrap_or(i);
        out.push(Project {
            name: Some(clean_value(t)),
            highlights: children.iter().map(|&j| clean_value(&lines[j].text)).collect(),
            span: doc.span_of_lines(i, last),
            ..Project::default()
        });
    }
    out
}

/// A section whose heading names its one project ("个人项目：LoL Camera"): the project.
pub fn named_project(doc: &Doc, section: &Section) -> Vec<Project> {
    named_work(doc, section)
        .into_iter()
        .map(|w| Project { name: w.name, start_date: w.start_date, end_date: w.end_date, current: w.current, highlights: w.highlights, span: w.span, ..Project::default() })
        .collect()
}

/// A section that is one named entry ("公司项目：Acme SDK"): the name from the heading, the
/// first date range in the body, every list item (sub-items included) as a highlight; without
/// list glyphs, every plain line that is not a label or the date.
pub fn named_work(doc: &Doc, section: &Section) -> Vec<Work> {
    let lines = doc.lines;
    let body: Vec<usize> = section.body.clone().filter(|&i| !lines[i].is_blank() && lines[i].kind != crate::lines::LineKind::Rule).collect();
    let date = body.iter().find_map(|&i| super::dates::first_range(&lines[i].text).filter(|d| d.is_range()).map(|d| (i, d)));
    let any_bullets = body.iter().any(|&i| lines[i].is_bullet());
    let is_date_line = |i: usize| date.is_some_and(|(d, _)| d == i);
    let highlights: Vec<String> = body
        .iter()
        .copied()
        .filter(|&i| !is_date_line(i) && lines[i].heading == 0 && !lines[i].text.trim_end_ws().ends_with([':', '：']))
        .filter(|&i| !any_bullets || lines[i].is_bullet())
        .map(|i| super::flat(&lines[i].text))
        .collect();
    let e = Entry { header: section.heading_line.into_iter().collect(), date, body: body.clone() };
    let (start_date, end_date, current) = date_fields(&e);
    let first = section.heading_line.unwrap_or(section.body.start);
    let last = body.last().copied().unwrap_or(first);
    vec![Work {
        name: section.entry_name.as_deref().map(clean_value).and_then(opt),
        start_date,
        end_date,
        current,
        highlights,
        span: doc.span_of_lines(first, last),
        ..Work::default()
    }]
}

pub fn volunteer(doc: &Doc, section: &Section) -> Vec<Volunteer> {
    work(doc, section)
        .into_iter()
        .map(|w| Volunteer {
            organization: w.name,
            position: w.position,
            start_date: w.start_date,
            end_date: w.end_date,
            current: w.current,
            highlights: w.highlights,
            span: w.span,
            ..Volunteer::default()
        })
        .collect()
}

/// The leading degree phrase of `s` and the rest: "Bachelor of Science in CS" →
/// ("Bachelor of Science", "CS"); "MSc Web Science" → ("MSc", "Web Science").
/// The Chinese entries of `DEGREES`, in table order.
static CHINESE_DEGREES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| DEGREES.iter().copied().filter(|d| d.chars_inline().any(is_cjk)).collect());

/// `DEGREES` as a hash set: most words looked up are not degrees, and a miss would compare
/// against every entry of the table.
static DEGREE_SET: std::sync::LazyLock<std::collections::HashSet<&'static str, strs::FnvBuild>> = std::sync::LazyLock::new(|| DEGREES.iter().copied().collect());

fn is_degree(key: &str) -> bool {
    DEGREE_SET.contains(key)
}

pub fn split_degree(s: &str) -> Option<(String, String)> {
    let t = s.trim_ws();
    if !t.is_ascii() && crate::chars::has_cjk(t) {
        for d in CHINESE_DEGREES.iter() {
            if t == *d {
                return Some((t.to_string(), String::new()));
            }
            if let Some(rest) = t.strip_suffix(d) {
                return Some((d.to_string(), rest.trim_ws().trim_end_matches(['(', '（']).to_string()));
            }
            if let Some(rest) = t.strip_prefix(d) {
                // "本科毕业生", "硕士在读": a status, not a field of study.
                let rest = rest.trim_ws();
                let status = ["毕业生", "毕业", "在读", "学生", "在校", "应届生"].contains(&rest);
                return Some((d.to_string(), if status { String::new() } else { rest.to_string() }));
            }
        }
        return None;
    }
    with_words(t, split_degree_words)
}

/// Calls `f` with the words of `s`, kept on the stack when there are a few (as in most
/// pieces of a header), else collected.
fn with_words<'a, R>(s: &'a str, f: impl FnOnce(&[&'a str]) -> R) -> R {
    let mut head = [""; 8];
    let mut count = 0;
    for w in s.words().take(head.len()) {
        head[count] = w;
        count += 1;
    }
    if count < head.len() {
        f(&head[..count])
    } else {
        f(&s.words().collect::<Vec<_>>())
    }
}

/// [`split_degree`] of a text without ideographs, given its words.
fn split_degree_words(ws: &[&str]) -> Option<(String, String)> {
    if !with_degree_key(ws.first()?, is_degree) {
        // "Software Engineering Bachelor's Degree": the field, then a spelled-out degree.
        const SPELLED: &[&str] = &["bachelor", "bachelors", "bachelor's", "master", "masters", "master's", "doctorate", "diploma", "associate"];
        // Only words that start like one of them are keyed.
        let could_be = |w: &str| w.bytes().next().is_some_and(|b| SPELLED.iter().any(|s| s.as_bytes()[0] == b.to_ascii_lowercase()));
        let k = ws.iter().position(|w| could_be(w) && with_degree_key(w, |key| SPELLED.contains(&key)))?;
        if k == 0 || ws.len() - k > 4 || ws[..k].iter().any(|w| w.ends_with(',')) {
            return None;
        }
        return Some((ws[k..].join(" "), ws[..k].join(" ")));
    }
    let mut n = 1;
    // "Bachelor of Science", "Master of Engineering - MEng", "Bachelor's degree"
    if ws.len() > n + 1 && ws[n].eq_ignore_ascii_case("of") && matches!(ws[n + 1], "Science" | "Arts" | "Engineering" | "Business" | "Laws" | "Philosophy" | "Fine" | "Technology" | "Education" | "Medicine" | "Applied") {
        n += 2;
        if ws.len() > n && matches!(ws[n], "Administration" | "Arts" | "Technology") {
            n += 1;
        }
    }
    if ws.len() > n && ws[n].eq_ignore_ascii_case("degree") {
        n += 1;
    }
    if ws.len() > n + 1 && ws[n] == "-" && ws[n + 1].chars_inline().all(|c| c.is_ascii_uppercase() || c == '.') {
        n += 2;
    }
    let mut degree = ws[..n].join(" ");
    degree.truncate(degree.trim_end_matches(',').len());
    let mut rest: &[&str] = &ws[n..];
    if rest.first().is_some_and(|w| with_lowercase(w, |l| matches!(l, "in" | "of" | "-" | "–" | ":"))) {
        rest = &rest[1..];
    }
    Some((degree, rest.join(" ")))
}

fn is_score(s: &str) -> bool {
    with_lowercase(s, |l| is_score_lower(s, l))
}

fn is_score_lower(s: &str, l: &str) -> bool {
    // ("cgpa" contains "gpa".)
    crate::strs::contains_any(l, &["gpa", "绩点", "grade", "排名", "rank"])
        || crate::strs::starts_with_any(l, &["distinction", "merit", "first class", "first-class", "second class", "upper second", "honours", "honors", "cum laude", "magna cum laude", "summa cum laude", "2:1", "优异", "一等荣誉", "二等荣誉", "优秀"])
        || (s.contains('/') && s.chars_inline().filter(|c| c.is_ascii_digit()).count() >= 2 && s.chars_inline().all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | ' ')))
}

/// The number after "GPA" anywhere in `s`: "… latin honors (GPA: 3.92/4)" → "3.92/4".
fn gpa_in(s: &str) -> Option<String> {
    let lower = s.lowercase();
    let k = ["gpa", "绩点", "grade"].iter().filter_map(|key| lower.find_str(key).map(|k| k + key.len())).min()?;
    let rest = s.get(k..)?.trim_start_matches([':', ' ', '：']);
    let n: String = rest.chars_inline().take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | ' ')).collect();
    let n = n.trim_ws().trim_end_matches(['/', '.']).trim_ws().to_string();
    n.chars_inline().any(|c| c.is_ascii_digit()).then_some(n)
}

/// A leading label such as "Major degree:", "专业：", "Double degree:".
fn strip_degree_label(s: &str) -> &str {
    match super::split_colon(s) {
        Some((label, rest)) if label.words().count() <= 3 && !rest.trim_ws().is_empty() => {
            let l = label.lowercase();
            if ["degree", "major", "minor", "专业", "学位", "学历", "program"].iter().any(|k| l.contains_str(k)) {
                rest.trim_ws()
            } else {
                s
            }
        }
        _ => s,
    }
}

/// "Software Engineering (SIL) University of Strasbourg" → ("Software Engineering (SIL)",
/// "University of Strasbourg"): where a school name begins inside a piece.
fn split_school(s: &str) -> Option<(String, String)> {
    with_words(s, split_school_words)
}

fn split_school_words(ws: &[&str]) -> Option<(String, String)> {
    let k = ws.iter().position(|w| with_lowercase(w, |l| SCHOOLS.contains(l.trim_end_matches(','))))?;
    let start = if ws.get(k + 1).is_some_and(|n| matches!(*n, "of" | "de" | "del" | "da" | "di")) {
        k
    } else {
        let mut st = k;
        while st > 0 && k - st < 3 && ws[st - 1].starts_with(char::is_uppercase) && !ws[st - 1].ends_with([')', ',']) {
            st -= 1;
        }
        st
    };
    let before = ws[..start].join(" ");
    // "Technion - Israel Institute of Technology" is one name.
    if before.ends_with(" -") || before.ends_with(" –") || before.contains_str(" - ") {
        return None;
    }
    (start > 0).then(|| (before, ws[start..].join(" ")))
}

fn score_value(s: &str) -> String {
    if let Some(g) = gpa_in(s) {
        return g;
    }
    let t = s.trim_ws();
    for key in ["GPA", "gpa", "CGPA", "Gpa", "绩点", "Grade", "grade"] {
        if let Some(rest) = t.strip_prefix(key) {
            return rest.trim_start_matches([':', '：', ' ']).trim_ws().to_string();
        }
    }
    t.to_string()
}

/// A school on its own line over several dated degree lines ("UC San Diego" / "B.S. in …
/// 09/2016-06/2020" / "M.S. in … 09/2020-12/2021"): one entry per degree, each with the
/// school. `None` unless the whole section has that shape.
fn degrees_under_one_school(doc: &Doc, section: &Section, dates: &FirstRanges) -> Option<Vec<Entry>> {
    let lines = doc.lines;
    let mut out: Vec<Entry> = Vec::new();
    let mut school: Option<usize> = None;
    let mut under_school = 0;
    let mut shared = false;
    for i in section.body.clone().filter(|&i| !lines[i].is_blank()) {
        let t = lines[i].text.as_str();
        let date = dates.of(i).filter(|d| d.is_range());
        match date {
            None if has_word(t, &SCHOOLS) && t.chars().count() <= 80 && !t.contains_str(GAP) => {
                school = Some(i);
                under_school = 0;
            }
            // A dated line before any school line rules the shape out, unread.
            Some(_) if school.is_none() => return None,
            Some(d) => {
                let rest = without_date(t, Some(&d));
                let names_degree = |p: &str| split_degree(strip_degree_label(p)).is_some() || degree_in_parentheses(p).is_some();
                // The line must open with the degree: "MIT, B.S. …" names its own school.
                let opens_with_degree = pieces(&rest).first().and_then(|p| split_commas(p).next()).is_some_and(names_degree);
                if school.is_none() || !opens_with_degree {
                    return None;
                }
                under_school += 1;
                shared |= under_school >= 2;
                out.push(Entry { header: vec![school?, i], date: Some((i, d)), body: Vec::new() });
            }
            None => {}
        }
    }
    shared.then_some(out)
}

/// "计算机科学(B.S)" → the degree named in parentheses after the field.
fn degree_in_parentheses(s: &str) -> Option<String> {
    let open = s.find('(')?;
    let close = open + s[open..].find(')')?;
    let inner = s[open + 1..close].trim_ws();
    let key = inner.lowercase().replace('.', "");
    (is_degree(&key) && open > 0).then(|| inner.to_string())
}

/// Notes in parentheses that are a degree or a score, taken out of a piece: "(GPA: 3.9/4)".
fn take_parenthesised<'a>(piece: &'a str, ed: &mut Education) -> Cow<'a, str> {
    // Copied only when something is taken out.
    let mut out = Cow::Borrowed(piece);
    while let Some(open) = crate::swar::find_either(out.as_bytes(), b'(', b'(') {
        let Some(close) = crate::swar::find_either(&out.as_bytes()[open..], b')', b')').map(|k| open + k) else { break };
        let inner = out[open + 1..close].trim_ws().to_string();
        let key = inner.lowercase().replace('.', "");
        if is_score(&inner) && gpa_in(&inner).is_some() {
            ed.score.get_or_insert(score_value(&inner));
        } else if is_degree(&key) && open > 0 {
            ed.study_type.get_or_insert(inner);
        } else {
            break;
        }
        out.to_mut().replace_range(open..=close, "");
    }
    out
}

pub fn education(doc: &Doc, section: &Section) -> Vec<Education> {
    let dates = FirstRanges::new(doc.lines, section);
    let entries = degrees_under_one_school(doc, section, &dates).unwrap_or_else(|| split_entries_dated(doc, section, &dates));
    entries.iter().filter_map(|e| education_entry(doc, e)).collect()
}

/// "电子科技大学  计算机科学与工程  2018年  本科毕业生" in the header: the education of a
/// résumé that has no education section.
pub fn education_in_header(doc: &Doc, section: &Section) -> Option<Education> {
    let lines = doc.lines;
    section.body.clone().filter(|&i| !lines[i].is_blank()).find_map(|i| {
        let t = lines[i].text.as_str();
        let names_degree = DEGREES.iter().any(|d| if d.is_ascii() { has_degree_word(t, d) } else { t.contains(d) });
        if !has_word(t, &SCHOOLS) || !names_degree || t.contains_chars(&['@', ':', '：']) || t.chars().count() > 80 {
            return None;
        }
        let date = super::dates::first_range(t).map(|d| (i, d));
        let mut ed = education_entry(doc, &Entry { header: vec![i], date, body: Vec::new() })?;
        // "2018年 本科毕业生": a single date beside "graduate" is when the degree ended.
        let lower = t.lowercase();
        if ed.end_date.is_none() && !ed.current && (t.contains_str("毕业") || lower.contains_str("graduat")) {
            ed.end_date = ed.start_date.take();
        }
        Some(ed)
    })
}

fn has_degree_word(t: &str, degree: &str) -> bool {
    t.split_inline(|c: char| !is_alnum(c) && c != '\'' && c != '.').any(|w| degree_key(w) == degree)
}

/// A word as the degree table writes it: lower case, no dots, a plain apostrophe, no
/// trailing comma ("B.Sc.," → "bsc", "Bachelor’s" → "bachelor's").
/// Calls `f` with [`degree_key`] of `w`, made on the stack when `w` is short ASCII (most
/// words asked about are).
fn with_degree_key<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() > buf.len() || !w.is_ascii() {
        return f(&degree_key(w));
    }
    let mut n = 0;
    for &b in w.as_bytes().iter().filter(|&&b| b != b'.') {
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    // Lower-cased ASCII is still ASCII.
    f(std::str::from_utf8(&buf[..n]).unwrap_or_default().trim_end_matches(','))
}

fn degree_key(w: &str) -> String {
    let mut key = String::with_capacity(w.len());
    for c in w.chars_inline() {
        match c {
            '.' => {}
            '’' => key.push('\''),
            c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            c => key.extend(c.to_lowercase()),
        }
    }
    key.truncate(key.trim_end_matches(',').len());
    key
}

/// `line` with " @ ", "@" and semicolons as field gaps, as
/// `line.replace(" @ ", GAP).replace('@', GAP).replace([';', '；'], GAP)` writes it, in one pass.
fn separators_as_gaps(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while let Some(k) = crate::strs::find_with_wide(rest, *b"@;\xEF", 0x9B) {
        let c = rest[k..].chars().next().unwrap_or('@');
        // " @ " is one separator: its spaces go with it.
        let spaced = c == '@' && rest[..k].ends_with(' ') && rest[k + 1..].starts_with(' ');
        out.push_str(if spaced { &rest[..k - 1] } else { &rest[..k] });
        out.push_str(GAP);
        rest = &rest[k + c.len_utf8() + usize::from(spaced)..];
    }
    out.push_str(rest);
    out
}

/// What a cleaned part `sub` of an education header says: a score, the school, the degree (and
/// field), or something `unknown` yet.
fn add_education_part(ed: &mut Education, unknown: &mut Vec<String>, sub: String) {
    // One lower-cased copy answers both questions.
    let (status, score) = with_lowercase(&sub, |l| {
        let status = l.starts_with("expected") || l.starts_with("graduat");
        (status, !status && is_score_lower(&sub, l))
    });
    if sub.is_empty() || status || sub.starts_with("预计") {
        return;
    }
    if score {
        ed.score.get_or_insert(score_value(&sub));
    } else if ed.institution.is_none() && has_word(&sub, &SCHOOLS) {
        // A degree and the school in one piece: "Master's Degree Software Science University of Strasbourg".
        let (before, school) = match split_degree(&sub) {
            Some((degree, rest)) if ed.study_type.is_none() && !rest.is_empty() => {
                ed.study_type = Some(degree);
                match split_school(&rest) {
                    Some((area, school)) => (Some(area), school),
                    None => (None, rest),
                }
            }
            _ => match split_school(&sub).filter(|(a, _)| !has_word(a, &SCHOOLS) && a.words().count() >= 2) {
                Some((area, school)) => (Some(area), school),
                None => (None, sub),
            },
        };
        if let Some(a) = before.filter(|a| !a.is_empty()) {
            ed.area.get_or_insert(clean_value(&a));
        }
        let mut school = school;
        school.truncate(school.trim_end_matches(['*', ' ']).len());
        // "(保研)" and other notes in Chinese parentheses are not part of the name.
        let school = match school.rfind('(') {
            Some(k) if school.ends_with(')') && school[k..].chars_inline().any(is_cjk) => school[..k].trim_ws().to_string(),
            _ => school,
        };
        ed.institution = Some(school);
    } else if let Some((degree, area)) = ed.study_type.is_none().then(|| split_degree(&sub)).flatten() {
        ed.study_type = Some(degree);
        if !area.is_empty() && ed.area.is_none() {
            ed.area = Some(clean_value(&area));
        }
    } else if is_place(&sub) {
    } else {
        unknown.push(sub);
    }
}

/// One education entry from its header lines, items and date.
fn education_entry(doc: &Doc, e: &Entry) -> Option<Education> {
    let lines = header_lines(doc, e);
    let mut ed = Education { span: doc.span_of_lines(e.first(), e.last()), ..Education::default() };
    let (start, end, current) = date_fields(e);
    ed.start_date = start;
    ed.end_date = end;
    ed.current = current;
    let mut unknown: Vec<String> = Vec::new();
    for line in &lines {
        let separated;
        let line: &str = if crate::strs::find_with_wide(line, *b"@;\xEF", 0x9B).is_some() {
            separated = separators_as_gaps(line);
            &separated
        } else {
            line
        };
        let line = take_parenthesised(line, &mut ed);
        for piece in pieces(&line) {
            // "Cairo, Egypt" is where, not what; "Peking University, Beijing" is the school.
            if super::contact::is_location(&piece) && !has_word(&piece, &SCHOOLS) {
                continue;
            }
            let part = strip_degree_label(&piece);
            // Chinese parts are split at spaces too.
            let cjk = crate::chars::has_cjk(part);
            // A piece that is one part, as many are, is kept as it is (clean already), not
            // copied, as in `push_chunks`.
            let mut subs = split_commas(part).flat_map(|p| split_by_bytes(p, move |b, k| usize::from(cjk && b[k] == b' ')));
            let mut whole = false;
            for sub in &mut subs {
                whole = sub.len() == piece.len();
                if whole {
                    break;
                }
                add_education_part(&mut ed, &mut unknown, clean_value(sub));
            }
            drop(subs);
            if whole {
                add_education_part(&mut ed, &mut unknown, piece);
            }
        }
    }
    for u in unknown {
        if ed.area.is_none() {
            ed.area = Some(u);
        } else if ed.institution.is_none() {
            ed.institution = Some(u);
        }
    }
    // "• Chongqing University of Technology" as an item under the degree.
    if ed.institution.is_none() {
        ed.institution = e.body.iter().map(|&i| doc.lines[i].text.trim_ws()).find(|t| t.chars().count() <= 80 && has_word(t, &SCHOOLS) && !t.ends_with('.')).map(clean_value);
    }
    // "• B.S.E. in Computer Science." as an item under the school.
    if ed.study_type.is_none() {
        if let Some((degree, area)) = e.body.iter().find_map(|&i| split_degree(doc.lines[i].text.trim_end_matches('.'))) {
            ed.study_type = Some(degree);
            if ed.area.is_none() && !area.is_empty() {
                ed.area = Some(clean_value(&area));
            }
        }
    }
    // "• GPA 3.8/4.0" under the degree line.
    if ed.score.is_none() {
        ed.score = e.body.iter().find_map(|&i| gpa_in(&doc.lines[i].text).filter(|_| doc.lines[i].text.chars().count() <= 60));
    }
    if let Some(a) = &ed.area {
        // An area that is really a place after the school ("Sylhet") is dropped above;
        // one in parentheses keeps them: "Computer Science (CS)".
        if a.eq_ignore_ascii_case("expected") {
            ed.area = None;
        }
    }
    (ed.institution.is_some() || ed.study_type.is_some()).then_some(ed)
}

/// A project's name from its header text: without numbering ("1. "), a trailing role
/// ("MechSuit VR, Unity Developer", "Cargo - Maintainer") or a description after a colon.
fn project_name(s: &str) -> String {
    let mut t = s.trim_ws().trim_start_matches("(Ongoing)").trim_ws();
    let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    if (1..=2).contains(&digits) {
        if let Some(rest) = t[digits..].strip_prefix(['.', '、', ')']) {
            t = rest.trim_start_ws();
        }
    }
    if let Some((name, _)) = super::split_colon(t).filter(|(n, d)| n.chars().count() <= 60 && !d.trim_ws().is_empty() && !n.contains_str("http")) {
        t = name.trim_ws();
    }
    for sep in [", ", " - ", " – ", " | "] {
        if let Some((name, role)) = t.rsplit_once(sep) {
            if classify(role) == Class::Title && !name.is_empty() {
                t = name.trim_ws();
            }
        }
    }
    // "Cargo(Rust)", "crates.io(Rust/JS)": the languages glued after the name are not part of it.
    if let Some(open) = t.find('(').filter(|&k| k > 0 && t.ends_with(')') && !t[..k].ends_with(' ')) {
        let inner = &t[open + 1..t.len() - 1];
        if !inner.is_empty() && inner.chars_inline().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '+' | '#' | '.' | ' ' | ',')) {
            t = &t[..open];
        }
    }
    t.to_string()
}

/// "crates.io(Rust/JS) - Previous Maintainer": a project name with the holder's role after it.
fn names_project_with_role(text: &str) -> bool {
    let t = text.trim_ws();
    t.chars().count() <= 80 && [" - ", " – ", " | "].iter().any(|sep| t.rsplit_once(sep).is_some_and(|(name, role)| !name.trim_ws().is_empty() && classify(role) == Class::Title))
}

/// Entries whose header and body lines are all "Name - Role" lines list several projects
/// without details: each line is a project.
fn split_role_lines(doc: &Doc, entries: Vec<Entry>) -> Vec<Entry> {
    let mut out = Vec::new();
    for e in entries {
        let all: Vec<usize> = e.header.iter().chain(e.body.iter()).copied().collect();
        let run = all.iter().take_while(|&&i| !doc.lines[i].is_bullet() && names_project_with_role(&doc.lines[i].text)).count();
        if e.date.is_none() && e.header.len() == 1 && run >= 2 {
            for (k, &i) in all[..run].iter().enumerate() {
                // Lines after the run stay with the last project named.
                let body = if k + 1 == run { all[run..].to_vec() } else { Vec::new() };
                out.push(Entry { header: vec![i], date: None, body });
            }
        } else {
            out.push(e);
        }
    }
    out
}

pub fn projects(doc: &Doc, section: &Section) -> Vec<Project> {
    let mut out = Vec::new();
    for e in split_role_lines(doc, split_entries(doc, section)) {
        let lines = header_lines(doc, &e);
        let first = lines.first().map_or("", |l| l);
        let first = match split_at_sign(first) {
            Some((l, _)) => l,
            None => first,
        };
        let name = pieces(first).into_iter().find(|p| !p.is_empty());
        let name = name.map(|n| project_name(&n));
        let url = e.header.iter().flat_map(|&i| doc.links_on_line(i)).map(|l| l.url.clone()).find(|u| u.starts_with("http"));
        let (start_date, end_date, current) = date_fields(&e);
        let p = Project {
            name: name.and_then(opt),
            url,
            start_date,
            end_date,
            current,
            highlights: highlights(doc, &e),
            span: doc.span_of_lines(e.first(), e.last()),
            ..Project::default()
        };
        if p.name.is_some() {
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// `split_commas` as it read character by character.
    fn split_commas_by_chars(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut depth = 0i32;
        let mut start = 0;
        for (k, c) in s.char_indices() {
            match c {
                '(' | '（' | '[' => depth += 1,
                ')' | '）' | ']' => depth -= 1,
                _ => {}
            }
            let split = depth <= 0 && (c == '，' || c == ',' && {
                let after = &s[k + 1..];
                after.starts_with(char::is_whitespace) && !super::org_suffix_follows(after)
            });
            if split {
                out.push(&s[start..k]);
                start = k + c.len_utf8();
            }
        }
        out.push(&s[start..]);
        out
    }

    #[test]
    fn commas_split_as_by_characters() {
        for s in ["", ",", "a, b", "a,b", "Acme, Inc., Boston", "腾讯，北京", "x (a, b), c", "（北京，上海），深圳", "[a, b] c, d", "a)) , b, (c", "Morningstar, Inc.", "Co.,Ltd., x", "ａ，ｂ（ｃ）", "a,\u{3000}b", "é, ü", "Senior Software Engineer (Platform, Infra), Acme Corporation, San Francisco, CA", "北京大学（985，211），计算机科学与技术，本科，2016年9月", "a long piece with no comma at all in it"] {
            assert_eq!(super::split_commas(s).collect::<Vec<_>>(), split_commas_by_chars(s), "{s}");
        }
    }

    #[test]
    fn marks_split_as_by_characters() {
        for s in ["", ",", "a, b，c", "，，", "北京，上海", "a\u{FF0B}b,", "|", "a | b", "Acme · Boston • 2020", "x∙y｜z‧w", "a||b", "é·ü", "·", "北京｜上海", "a\u{B6}b\u{2021}c\u{FF5B}", "Software Engineer | Acme Corporation · San Francisco, CA • 2020", "北京字节跳动科技有限公司｜后端开发工程师，北京", "Ｆｕｌｌ－ｗｉｄｔｈ，ｔｅｘｔ｜here"] {
            let want: Vec<&str> = s.split(['|', '·', '•', '∙', '｜', '‧']).collect();
            assert_eq!(super::split_at_marks(s).collect::<Vec<_>>(), want, "{s}");
            let want: Vec<&str> = s.split([',', '，']).collect();
            assert_eq!(super::split_by_bytes(s, super::comma_len).collect::<Vec<_>>(), want, "{s}");
            assert_eq!(super::split_at_leads(s, *b",\xEF", super::comma_len).collect::<Vec<_>>(), want, "{s}");
        }
    }

    /// What `description_lines` replaced: the body cut into blocks of adjacent lines.
    fn without_description_by_blocks(lines: &[crate::lines::Line], body: &[usize]) -> Vec<usize> {
        let mut blocks: Vec<Vec<usize>> = Vec::new();
        for &i in body {
            match blocks.last_mut() {
                Some(b) if b.last().is_some_and(|&p| p + 1 == i) => b.push(i),
                _ => blocks.push(vec![i]),
            }
        }
        if blocks.len() < 2 || blocks[0].len() != 1 {
            return body.to_vec();
        }
        let first_ends = super::ends_item(&lines[blocks[0][0]].text);
        let rest_unended = blocks[1..].iter().flatten().all(|&i| !super::ends_item(&lines[i].text));
        if first_ends && rest_unended || blocks[1].len() >= 2 {
            body[1..].to_vec()
        } else {
            body.to_vec()
        }
    }

    #[test]
    fn description_lines_agree_with_the_blocks() {
        let lines = crate::lines::split_lines("Built a thing.\nItem one\nItem two.\nItem three\nLast line\nAnother.\nx");
        let bodies: [&[usize]; 10] = [&[], &[0], &[0, 1], &[0, 2], &[0, 2, 3], &[0, 3], &[0, 3, 5], &[1, 3, 4], &[0, 2, 4, 6], &[3, 5]];
        for body in bodies {
            let skip = super::description_lines(&lines, body);
            assert_eq!(body[skip..].to_vec(), without_description_by_blocks(&lines, body), "{body:?}");
        }
    }

    /// `push_chunks` and `education_entry` keep a piece that is one part as it is, relying on
    /// this.
    #[test]
    fn clean_value_leaves_a_clean_value_as_it_is() {
        let parts = ["a", "Z9", " ", "   ", "\t", "(", ")", ",", ";", "|", "·", "•", "-", "–", "—", ":", "@", "/", "、", "，", "∙", "*", "北", "é", "\u{3000}", "\u{A0}", ".", "（", "）", "𠀀", "K"];
        // Every text of up to three parts, and longer ones picked by a xorshift generator.
        let mut texts: Vec<String> = Vec::new();
        for a in parts {
            for b in parts {
                texts.extend(parts.iter().map(|c| [a, b, c].concat()));
            }
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..3 + x % 6 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(parts[(x % parts.len() as u64) as usize]);
            }
            texts.push(s);
        }
        for s in texts {
            let once = super::clean_value(&s);
            assert_eq!(super::clean_value(&once), once, "{s:?}");
        }
    }

    #[test]
    fn dot_com_slash_agrees_with_the_lower_cased_search() {
        for s in ["", ".com/", ".COM/x", "a.Com", "acme.com/jobs", "x.co/m", "é.CoM/ü", "..com/", ".com", "com/", "ü.com/"] {
            assert_eq!(super::has_dot_com_slash(s), s.to_ascii_lowercase().contains(".com/"), "{s}");
        }
    }
}

#[cfg(test)]
mod education_tests {
    use super::*;

    #[test]
    fn degree_keys_on_the_stack_agree_with_degree_key() {
        for w in ["", "B.Sc.,", "Bachelor’s", "MSc", "M.S.", "bachelor's,,", "Ph.D", "İstanbul", "a-very-long-word-that-does-not-fit-the-buffer.,", ".,.", "硕士"] {
            assert_eq!(with_degree_key(w, str::to_string), degree_key(w), "{w}");
        }
    }

    #[test]
    fn words_on_the_stack_or_collected() {
        for s in ["", " a ", "one two three four five six seven", "one two three four five six seven eight", "1 2 3 4 5 6 7 8 9 10", "a\u{3000}b  c"] {
            assert_eq!(with_words(s, |ws| ws.to_vec()), s.split_whitespace().collect::<Vec<_>>(), "{s}");
        }
    }

    #[test]
    fn separators_become_gaps_as_by_replace() {
        for s in ["", "a @ b", "a@b", " @ @ x", "x @@ y", "a; b；c", "@", " @", "@ ", "a  @  b", "é @ ü;", "a @ ;b"] {
            assert_eq!(separators_as_gaps(s), s.replace(" @ ", GAP).replace('@', GAP).replace([';', '；'], GAP), "{s:?}");
        }
    }

    #[test]
    fn degrees_split_as_before() {
        // What the version that collected every word answered.
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("MSc in Computer Science", Some(("MSc", "Computer Science"))),
            ("Bachelor of Science in  Computer   Science", Some(("Bachelor of Science", "Computer Science"))),
            ("Master of Business Administration, Finance", Some(("Master of Business", "Administration, Finance"))),
            ("Master of Business Administration in Finance", Some(("Master of Business Administration", "Finance"))),
            ("Master of Engineering - MEng", Some(("Master of Engineering", "MEng"))),
            ("Master of Engineering - MEng in  AI  x", Some(("Master of Engineering", "MEng in AI x"))),
            ("Bachelor of Fine Arts degree - BFA of Design  and more words here", Some(("Bachelor of Fine Arts degree - BFA", "Design and more words here"))),
            ("B.Sc., Physics", Some(("B.Sc.", "Physics"))),
            ("Bachelor's degree", Some(("Bachelor's degree", ""))),
            ("Software Engineering Bachelor’s Degree", Some(("Bachelor’s Degree", "Software Engineering"))),
            ("Software Engineering, Bachelor's Degree", None),
            ("Physics Master of Science in Applied Physics", None),
            ("Universidad Politécnica de Madrid", None),
            ("   ", None),
            ("MSc", Some(("MSc", ""))),
            ("MSc,", Some(("MSc", ""))),
            ("BEng Software Engineering", Some(("BEng", "Software Engineering"))),
            ("Computer  Science   Master's   in x", Some(("Master's in x", "Computer Science"))),
            ("Bachelor of Engineering", Some(("Bachelor of Engineering", ""))),
        ];
        for &(s, want) in cases {
            let got = split_degree(s);
            assert_eq!(got.as_ref().map(|(d, r)| (d.as_str(), r.as_str())), want, "{s}");
        }
    }
}
