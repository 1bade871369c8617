//! Pass 1: the clean text as classified lines.
//!
//! Each line knows its indentation, whether it is a list item (any bullet glyph PDFs and
//! editors produce, or a number), a Markdown heading (and its level), a rule (`----`), or blank.
//! The content has its markers removed, runs of spaces squeezed to one — except wide gaps
//! (3+ spaces or a tab, the column gaps of `pdftotext -layout`), kept as [`GAP`] — and
//! letter-spaced words (`E X P E R I E N C E`) joined.

use std::borrow::Cow;

use crate::chars::{is_alpha, InlineChars};
use crate::strs::Spaces;

/// How wide gaps inside a line are written in `Line::text`.
pub const GAP: &str = "   ";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    Text,
    Bullet,
    Rule,
}

#[derive(Debug, Clone)]
pub struct Line<'a> {
    pub kind: LineKind,
    /// Clean-text byte range of the content (markers excluded).
    pub start: usize,
    pub end: usize,
    /// Leading spaces (a tab counts as three).
    pub indent: usize,
    /// Markdown heading level (`#` count, or from a setext underline); 0 if none.
    pub heading: u8,
    /// Whether the bullet was a number (`1.`, `(2)`): numbered lists are still list items.
    pub numbered: bool,
    /// Whether the marker was a private-use glyph: a word-processor bullet or an icon font's
    /// icon, which PDFs put before headings too.
    pub icon: bool,
    pub text: LineText<'a>,
    /// What `sections::heading_kind` makes of this line, kept on first use (the line is
    /// final by then: `split_lines_in` is done with it).
    pub heading_kind: std::cell::OnceCell<Option<crate::sections::SectionKind>>,
}

/// A line's content as tidied: most lines need no tidying, and are their slice of the clean
/// text; the others are in the store `split_lines_in` is given. Reads as a `str`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LineText<'a>(&'a str);

impl LineText<'_> {
    pub fn as_str(&self) -> &str {
        self.0
    }
}

impl std::ops::Deref for LineText<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<&str> for LineText<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for LineText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.kind == LineKind::Blank
    }
    pub fn is_bullet(&self) -> bool {
        self.kind == LineKind::Bullet
    }
}

/// Bullet glyphs seen in pasted résumés; a glyph needs no space after it.
fn is_bullet_glyph(c: char) -> bool {
    matches!(
        c,
        '•' | '●' | '○' | '◦' | '▪' | '▫' | '■' | '□' | '◆' | '◇' | '►' | '▸' | '▶' | '▹' | '➤' | '➢' | '➣' | '➔' | '→'
            | '✓' | '✔' | '✗' | '❖' | '❯' | '‣' | '⁃' | '∙' | '⦿' | '⚫' | '⚬' | '★' | '☆' | '♦' | '◉' | '◎' | '※'
            | '・' | '‧' | '·' | '⋅'
    )
}

/// The lines of `text`. Texts that tidying changed are written to `store` (appended), and
/// the lines' texts borrow them from there.
pub fn split_lines_in<'a>(text: &'a str, store: &'a mut String) -> Vec<Line<'a>> {
    // Résumé lines average well over 16 bytes: room for them all, without regrowing, in most texts.
    let mut lines: Vec<Line> = Vec::with_capacity(text.len() / 16 + 1);
    // The few lines whose text is not their slice of `text`, with their texts (see `text_of`).
    let mut changed: Changed = Vec::with_capacity(lines.capacity());
    for (start, end) in crate::strs::line_ranges(text) {
        let (mut line, tidied) = classify(&text[start..end], start);
        match tidied {
            Cow::Borrowed(t) => {
                line.text = LineText(t);
                changed.push(None);
            }
            Cow::Owned(t) => changed.push(Some(t)),
        }
        lines.push(line);
    }
    blank_front_matter(&mut lines, &mut changed);
    mark_setext_headings(&mut lines, &changed);
    join_broken_ranges(&mut lines, &mut changed);
    // The changed texts in one piece, then their lines' texts set.
    let mut at = store.len();
    store.reserve(changed.iter().flatten().map(String::len).sum());
    for t in changed.iter().flatten() {
        store.push_str(t);
    }
    let store: &'a str = store;
    for (line, t) in lines.iter_mut().zip(&changed) {
        if let Some(t) = t {
            line.text = LineText(&store[at..at + t.len()]);
            at += t.len();
        }
    }
    lines
}

/// For each line (by index), its text if tidying or joining changed it; such a line's `text`
/// is empty until `split_lines_in` is done. One slot per line, so that finding a line's text
/// stays constant-time on texts where every line changes.
type Changed = Vec<Option<String>>;

/// The text of line `i` while `split_lines_in` works on the lines.
fn text_of<'s>(lines: &'s [Line], changed: &'s Changed, i: usize) -> &'s str {
    changed[i].as_deref().unwrap_or(lines[i].text.as_str())
}

/// [`split_lines_in`] for tests, on a literal: the store lives for the rest of the run.
#[cfg(test)]
pub fn split_lines(text: &'static str) -> Vec<Line<'static>> {
    split_lines_in(text, Box::leak(Box::default()))
}

/// A PDF line can break inside a date range: "Engineer  June 2019 – July" / "2020". The year
/// alone on the next line goes back to the range it ends.
fn join_broken_ranges(lines: &mut [Line], changed: &mut Changed) {
    for i in 1..lines.len() {
        let year = text_of(lines, changed, i); // line texts are trimmed
        let is_year = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && matches!(&year[..2], "19" | "20");
        if !is_year || lines[i - 1].kind != LineKind::Text && lines[i - 1].kind != LineKind::Bullet {
            continue;
        }
        let prev = text_of(lines, changed, i - 1).trim_end_ws();
        let Some((before, last_word)) = prev.rsplit_once(' ') else { continue };
        let after_joiner = ["–", "-", "—", "to", "~"].iter().any(|j| before.trim_end_ws().ends_with(j));
        if after_joiner && crate::extract::dates::month_word(last_word).is_some() {
            let joined = format!("{prev} {year}");
            changed[i - 1] = Some(joined);
            changed[i] = None;
            lines[i - 1].text = LineText::default();
            lines[i - 1].end = lines[i].end;
            lines[i].kind = LineKind::Blank;
            lines[i].text = LineText::default();
        }
    }
}

/// YAML front matter of a Markdown file (`---` / `title: …` / `---` at the top) is metadata
/// for a site generator, not résumé text.
fn blank_front_matter(lines: &mut [Line], changed: &mut Changed) {
    let Some(first) = lines.iter().position(|l| !l.is_blank()) else { return };
    // The opening `---` is sometimes lost in a paste; the keyed lines and the closing rule remain.
    let opened = lines[first].kind == LineKind::Rule && lines[first].text.starts_with("---");
    let Some(close) = (first + 1..lines.len().min(first + 20)).find(|&k| lines[k].kind == LineKind::Rule && lines[k].text.starts_with("---")) else { return };
    let body = if opened { first + 1..close } else { first..close };
    // Without the opening rule, only keys site generators use, so a "name: …" header stays.
    const SITE_KEYS: &[&str] = &["title", "layout", "permalink", "date", "description", "tags", "categories", "lang", "sidebar", "toc", "draft", "slug", "weight", "template"];
    let is_key_line = |t: &str| {
        t.split_once(':').is_some_and(|(key, _)| {
            !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-') && (opened || SITE_KEYS.contains(&key))
        })
    };
    let keyed = body.clone().all(|k| lines[k].is_blank() || is_key_line(text_of(lines, changed, k))) && (opened || body.clone().filter(|&k| !lines[k].is_blank()).count() >= 2);
    if keyed {
        for line in &mut lines[first..=close] {
            line.kind = LineKind::Blank;
            line.heading = 0;
            line.text = LineText::default();
        }
        changed[first..=close].fill(None);
    }
}

/// The line of `raw`, and its tidied text (the line's own `text` is left empty).
fn classify(raw: &str, offset: usize) -> (Line<'_>, Cow<'_, str>) {
    let indent_bytes = raw.len() - raw.trim_start_ws().len();
    let indent = raw[..indent_bytes].chars_inline().map(|c| if c == '\t' { 3 } else { 1 }).sum();
    let mut body = raw[indent_bytes..].trim_end_ws();
    let mut start = offset + indent_bytes;
    let blank = Line { kind: LineKind::Blank, start, end: start, indent, heading: 0, numbered: false, icon: false, text: LineText::default(), heading_kind: std::cell::OnceCell::new() };
    if body.is_empty() || is_page_marker(body) {
        return (blank, Cow::Borrowed(""));
    }
    if is_rule(body) {
        return (Line { kind: LineKind::Rule, ..blank }, Cow::Borrowed(body));
    }
    let mut kind = LineKind::Text;
    let mut heading = 0u8;
    let mut numbered = false;
    let mut icon = false;
    // Markdown heading `## Title` (also `##Title`, which some editors allow).
    let hashes = body.bytes().take_while(|&b| b == b'#').count();
    if matches!(hashes, 1..=6) && body[hashes..].chars_inline().next().is_none_or(|c| c == ' ' || !c.is_ascii_punctuation()) {
        heading = hashes as u8;
        body = body[hashes..].trim_start_ws();
        body = body.trim_end_matches('#').trim_end_ws();
    } else if let Some(marker) = bullet_marker_len(body) {
        kind = LineKind::Bullet;
        numbered = body.as_bytes()[0].is_ascii_digit() || body.as_bytes()[0] == b'(';
        icon = body.starts_with(is_private_use);
        body = body[marker..].trim_start_ws();
        // Nested markers such as `- • item` or a blockquote around a list.
        if let Some(m2) = bullet_marker_len(body) {
            if !body.as_bytes()[0].is_ascii_digit() {
                body = body[m2..].trim_start_ws();
            }
        }
    } else if body.as_bytes()[0] == b'>' {
        body = body[1..].trim_start_ws();
        if let Some(m) = bullet_marker_len(body) {
            kind = LineKind::Bullet;
            body = body[m..].trim_start_ws();
        }
    }
    start = offset + (body.as_ptr() as usize - raw.as_ptr() as usize);
    let end = start + body.len();
    if body.is_empty() {
        // A lone bullet glyph: treat as blank so it does not start an empty item.
        return (Line { kind: if heading > 0 { LineKind::Text } else { LineKind::Blank }, start, end, heading, ..blank }, Cow::Borrowed(""));
    }
    (Line { kind, start, end, indent, heading, numbered, icon, ..blank }, tidy(body))
}

/// Byte length of a list marker at the start of `s` (including the space after it), if any.
fn bullet_marker_len(s: &str) -> Option<usize> {
    // Most lines start with a letter or an ideograph (lead bytes E4 to E9), which no marker
    // does but the Wingdings letters: rejected before decoding.
    let first = *s.as_bytes().first()?;
    if first.is_ascii_alphabetic() && !matches!(first, b'o' | b'v' | b'q') || matches!(first, 0xE4..=0xE9) {
        return None;
    }
    let mut chars = s.char_indices_inline();
    let (_, c) = chars.next()?;
    let after = chars.next();
    match c {
        '-' | '*' | '+' => match after {
            Some((k, ' ')) => Some(k + 1),
            _ => None,
        },
        '–' | '—' => match after {
            Some((k, ' ')) => Some(k + 1),
            _ => None,
        },
        'o' | 'v' | 'q' | 'Ø' | '§' => match (after, s.get(2..3)) {
            // PDF exports of Wingdings bullets: `o Item`, `v Item`; only before a capital.
            (Some((1, ' ')), Some(n)) if n.chars_inline().next().is_some_and(|n| n.is_uppercase()) => Some(2),
            _ => None,
        },
        c if is_bullet_glyph(c) || is_private_use(c) => {
            // `·` doubles as a separator inside lines; at the start it is a bullet.
            Some(c.len_utf8())
        }
        '0'..='9' => {
            let digits = s.bytes().take_while(|b| b.is_ascii_digit()).count();
            if digits > 2 {
                return None;
            }
            let rest = &s[digits..];
            let mut it = rest.chars_inline();
            match (it.next(), it.next()) {
                (Some('.' | ')' | '、'), Some(' ')) => Some(digits + 2),
                (Some('、'), Some(n)) if !n.is_ascii_digit() => Some(digits + '、'.len_utf8()),
                (Some('.' | ')'), Some(n)) if is_cjk(n) => Some(digits + 1),
                _ => None,
            }
        }
        '(' => {
            let inner = s[1..].bytes().take_while(|b| b.is_ascii_digit()).count();
            if (1..=2).contains(&inner) && s[1 + inner..].starts_with(") ") {
                Some(inner + 3)
            } else {
                None
            }
        }
        '①'..='⑳' => Some(c.len_utf8()),
        _ => None,
    }
}

fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}')
}

pub use crate::chars::is_cjk;

/// Page furniture from PDF text: "Page 2 of 3", "- 2 -", "2 / 3", "第 2 页", a lone page number.
/// `s` is trimmed.
fn is_page_marker(s: &str) -> bool {
    // Each form starts with a digit, white space, "page" or "第", or ends with a digit or
    // white space (a print header's date), or is two bytes at most: most lines are none of
    // these, which their two ends tell.
    let edge = |c: char| matches!(c, '-' | '–' | ' ');
    let solid = |c: char| !c.is_ascii_digit() && !crate::chars::is_space(c);
    let plain_ends = |t: &str| {
        if t.len() <= 2 {
            return false;
        }
        // Most lines start with a letter and end with a letter or a mark, told from two bytes.
        let (a, z) = (t.as_bytes()[0], t.as_bytes()[t.len() - 1]);
        if a.is_ascii_alphabetic() && !matches!(a, b'p' | b'P') && z.is_ascii_graphic() && !z.is_ascii_digit() && z != b'-' {
            return true;
        }
        let first = t.chars_inline().next().unwrap_or(' ');
        let last = t[crate::chars::char_start_before(t, t.len())..].chars_inline().next().unwrap_or(' ');
        solid(first) && !matches!(first, 'p' | 'P' | '第') && solid(last) && !edge(first) && !edge(last)
    };
    // Looked at before trimming: a line whose ends are no dash is its own trimmed text.
    if plain_ends(s) {
        return false;
    }
    let t = crate::chars::trim_by(s, edge);
    // Page furniture is short: a longer line is content, decided without allocating.
    if t.len() > 120 || plain_ends(t) {
        return false;
    }
    let is_num = |x: &str| !x.is_empty() && x.len() <= 3 && x.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = crate::strs::starts_with_ignore_case(t, "page ").then(|| &t[5..]) {
        let mut words = rest.words();
        return match (words.next(), words.next(), words.next(), words.next()) {
            (Some(a), None, _, _) => is_num(a),
            (Some(a), Some(of), Some(b), None) => is_num(a) && of.eq_ignore_ascii_case("of") && is_num(b),
            _ => false,
        };
    }
    // The forms with a slash are looked for only in a line that has one.
    let slash = t.as_bytes().contains(&b'/');
    // "2 / 3": two numbers of up to three digits around a slash, so a short line.
    let split = || {
        let spaced = if t.len() <= 16 { crate::strs::split_once(t, " / ") } else { None };
        spaced.or_else(|| t.split_once('/').filter(|_| !t.contains(' ')))
    };
    if let Some((a, b)) = slash.then(split).flatten() {
        return is_num(a.trim_ws()) && is_num(b.trim_ws()) && a.trim_ws().parse::<u16>().ok() <= b.trim_ws().parse::<u16>().ok();
    }
    // (Compared as bytes first: a char pattern is encoded on every call.)
    if let Some(rest) = t.as_bytes().starts_with("第".as_bytes()).then(|| t.strip_prefix('第').and_then(|r| r.strip_suffix('页'))).flatten() {
        return is_num(rest.trim_ws());
    }
    // A browser's print header or footer: "resume.md      5/17/2021".
    if slash && t.contains('.') {
        let mut parts = crate::strs::split(t, GAP).map(str::trim).filter(|p| !p.is_empty());
        if let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) {
            let file = |x: &str| !x.contains(' ') && [".md", ".html", ".htm", ".pdf"].iter().any(|e| x.len() > e.len() && x.is_char_boundary(x.len() - e.len()) && x[x.len() - e.len()..].eq_ignore_ascii_case(e));
            let date = |x: &str| {
                let n: Vec<&str> = x.split('/').collect();
                n.len() == 3 && n.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
            };
            if file(a) && date(b) || date(a) && file(b) {
                return true;
            }
        }
    }
    t.len() <= 2 && is_num(t) && (s == t || framed(s))
}

/// "- 2 -": a page number between dashes.
fn framed(s: &str) -> bool {
    s.trim_ws().starts_with(['-', '–']) && s.trim_ws().ends_with(['-', '–'])
}

fn is_rule(s: &str) -> bool {
    let mut count = 0;
    for c in s.chars_inline() {
        match c {
            '-' | '=' | '_' | '*' | '~' | '─' | '━' | '═' | '—' | '–' | '|' | ':' | ' ' | '+' => count += 1,
            _ => return false,
        }
    }
    count >= 3
}

/// `Title` followed by `=====` or `-----` is a heading (levels 1 and 2).
fn mark_setext_headings(lines: &mut [Line], changed: &Changed) {
    for i in 1..lines.len() {
        if lines[i].kind != LineKind::Rule || lines[i - 1].kind != LineKind::Text || lines[i - 1].heading > 0 {
            continue;
        }
        if text_of(lines, changed, i - 1).chars().count() > 60 {
            continue;
        }
        lines[i - 1].heading = if lines[i].text.starts_with('=') { 1 } else { 2 };
    }
}

/// Squeezes spaces, keeps wide gaps as [`GAP`], joins letter-spaced words. Most lines need
/// none of this, and come back as they are, without a copy.
fn tidy(s: &str) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    // Allocated at the first change.
    let mut out = String::new();
    // `s[from..]` is not written yet; text up to a gap is written in one piece, so words
    // separated by single spaces cost nothing of their own.
    let mut from = 0;
    let mut k = 0;
    while let Some(p) = bytes[k..].iter().position(|&b| b == b' ') {
        let gap_start = k + p;
        // Most spaces are single, before a word that is no leader: they stay in the text.
        if gap_start > 0 && bytes.get(gap_start + 1).is_some_and(|&b| b != b' ' && !may_start_leader(b)) {
            k = gap_start + 1;
            continue;
        }
        // The spaces, and leaders between columns ("Acme ------- Boston", "Skills ....... Rust"),
        // up to the next word.
        let mut end = gap_start;
        let mut wide = false;
        loop {
            let spaces = bytes[end..].iter().take_while(|&&b| b == b' ').count();
            end += spaces;
            wide |= spaces >= 2;
            if !bytes.get(end).is_some_and(|&b| may_start_leader(b)) {
                break;
            }
            let Some(after) = leader_end(s, end) else { break };
            wide = true;
            end = after;
        }
        k = end;
        // One space between words stays as it is (past the start, where text is written).
        if !wide && gap_start > 0 && end < bytes.len() {
            continue;
        }
        if out.capacity() == 0 {
            out.reserve(s.len());
        }
        out.push_str(&s[from..gap_start]);
        // Two or more spaces separate fields in pasted headers ("Title  Company"); spaces at
        // either end go.
        if end < bytes.len() && !out.is_empty() {
            out.push_str(if wide { GAP } else { " " });
        }
        from = end;
    }
    // Nothing written: the line is its own tidy text.
    let out = if from == 0 {
        Cow::Borrowed(s)
    } else {
        out.push_str(&s[from..]);
        Cow::Owned(out)
    };
    match unspace_letters(&out) {
        Some(joined) => Cow::Owned(joined),
        None => out,
    }
}

/// Whether a leader ([`leader_end`]) can start with byte `b`: the first byte of `-`, `.`, `_`,
/// `·` (C2 B7) or `…` (E2 80 A6).
fn may_start_leader(b: u8) -> bool {
    matches!(b, b'-' | b'.' | b'_' | 0xC2 | 0xE2)
}

/// The end of a leader at `k` (three or more of `-`, `.`, `_`, `·`, `…` followed by a space
/// or the end of the line).
fn leader_end(s: &str, k: usize) -> Option<usize> {
    let c = s[k..].chars_inline().next().filter(|c| matches!(c, '-' | '.' | '_' | '·' | '…'))?;
    let run = s[k..].chars_inline().take_while(|&d| d == c).count();
    let after = k + run * c.len_utf8();
    (run >= 3 && s[after..].chars_inline().next().is_none_or(|n| n == ' ')).then_some(after)
}

/// `E X P E R I E N C E` → `EXPERIENCE`; `W O R K  H I S T O R Y` → `WORK HISTORY`.
fn unspace_letters(s: &str) -> Option<String> {
    // Most lines start with a word of two or more letters: no list of tokens for them.
    let first = s.chars_inline().next().unwrap_or(' ');
    if first != ' ' && s.as_bytes().get(first.len_utf8()).is_some_and(|&b| b != b' ') {
        return None;
    }
    // Every piece between single spaces is one letter (or empty, within a wider gap).
    let mut singles = 0;
    for t in s.split(' ') {
        let mut chars = t.chars_inline();
        match (chars.next(), chars.next()) {
            (None, _) => {}
            (Some(c), None) if is_alpha(c) => singles += 1,
            _ => return None,
        }
    }
    if singles < 4 {
        return None;
    }
    // The letters joined, a gap between words becoming one space.
    let mut out = String::with_capacity(s.len());
    for t in s.split(' ') {
        if !t.is_empty() {
            out.push_str(t);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &'static str) -> Line<'static> {
        split_lines(s).remove(0)
    }

    #[test]
    fn bullets_of_many_kinds() {
        for s in ["- item", "* item", "• item", "●item", "➤ item", "o Item", "1. item", "2) item", "(3) item", "‧ item"] {
            let l = one(s);
            assert_eq!(l.kind, LineKind::Bullet, "{s}");
            assert!(l.text.eq_ignore_ascii_case("item"), "{s} -> {}", l.text);
        }
        for s in ["-item", "2019.08 - 2021.12", "o my", "100. x"] {
            assert_eq!(one(s).kind, LineKind::Text, "{s}");
        }
    }

    #[test]
    fn lines_are_cut_at_every_line_break() {
        // A break at every place of a text longer than the eight bytes searched at a time.
        for at in 0..=20 {
            let mut text = "abcdefghij klmnopqrst".to_string();
            text.insert(at, '\n');
            let text: &'static str = Box::leak(text.into_boxed_str());
            let texts: Vec<&str> = split_lines(text).iter().map(|l| &text[l.start..l.end]).collect();
            assert_eq!(texts, text.split('\n').map(str::trim).collect::<Vec<_>>(), "{text:?}");
        }
        for text in ["", "\n", "a\n", "\n\n", "a\nb\n\nc"] {
            assert_eq!(split_lines(text).len(), text.split('\n').count(), "{text:?}");
        }
    }

    #[test]
    fn ranges_broken_before_the_year_are_joined() {
        let lines = split_lines("Acme Inc. - Engineer June 2019 – July\n2020\nBuilt things.\n2021\n");
        assert_eq!(lines[0].text, "Acme Inc. - Engineer June 2019 – July 2020");
        assert!(lines[1].is_blank());
        assert_eq!(lines[3].text, "2021");
        // A line tidying changed (its text in the store) is joined too.
        let lines = split_lines("Acme  Inc. - Engineer June 2019 – July\n2020\nR u s t  code\n");
        assert_eq!(lines[0].text, "Acme   Inc. - Engineer June 2019 – July 2020");
        assert!(lines[1].is_blank() && lines[1].text.is_empty());
        assert_eq!(lines[2].text, "R u s t   code");
    }

    #[test]
    fn page_furniture_is_blank() {
        for s in ["Page 2 of 3", "PAGE 2 OF 3", "page 4", "- 2 -", "2 / 3", "2/3", "第 2 页", "7", "resume-zh.md                 5/17/2021", "5/17/2021   CV.PDF", "-\u{2003}2/3"] {
            assert!(is_page_marker(s), "{s}");
        }
        for s in ["3/2", "3.92/4", "2018", "notes.md", "GPA 3/4", "Python", "CV.md   5/17/2021 x", "x 5/17/2021   CV.md"] {
            assert!(!is_page_marker(s), "{s}");
        }
    }

    #[test]
    fn headings_rules_and_gaps() {
        let l = one("## Work Experience");
        assert_eq!((l.heading, l.text.as_str()), (2, "Work Experience"));
        assert_eq!(one("-----").kind, LineKind::Rule);
        assert_eq!(one("Acme      Jan 2020 - Now").text, "Acme   Jan 2020 - Now");
        assert_eq!(one("Acme ------ Boston").text, "Acme   Boston");
        assert_eq!(one("E X P E R I E N C E").text, "EXPERIENCE");
        let lines = split_lines("Skills\n------\nRust");
        assert_eq!(lines[0].heading, 2);
    }

    #[test]
    fn front_matter_is_not_content() {
        let kinds = |s: &'static str| split_lines(s).iter().map(|l| l.is_blank()).collect::<Vec<_>>();
        assert_eq!(kinds("---\ntitle: CV\n---\nJane"), vec![true, true, true, false]);
        assert_eq!(kinds("title: \"简历\"\nlayout: \"resume\"\n---\nJane"), vec![true, true, true, false]);
        // A header of its own keys stays.
        assert_eq!(kinds("name: Jane\nemail: j@x.io\n---\n"), vec![false, false, false, true]);
    }

    /// The word-at-a-time reading `tidy` replaced.
    fn tidy_by_word(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = String::new();
        let (mut spaces, mut k) = (0, 0);
        while k < bytes.len() {
            if bytes[k] == b' ' {
                spaces += 1;
                k += 1;
                continue;
            }
            if spaces > 0 {
                if let Some(after) = leader_end(s, k) {
                    spaces = 3;
                    k = after;
                    continue;
                }
                if !out.is_empty() {
                    out.push_str(if spaces >= 2 { GAP } else { " " });
                }
                spaces = 0;
            }
            let word_end = bytes[k..].iter().position(|&b| b == b' ').map_or(bytes.len(), |n| k + n);
            out.push_str(&s[k..word_end]);
            k = word_end;
        }
        unspace_letters(&out).unwrap_or(out)
    }

    #[test]
    fn every_leader_character_starts_with_a_leader_byte() {
        for c in ['-', '.', '_', '·', '…'] {
            let run = c.to_string().repeat(3);
            assert_eq!(leader_end(&run, 0), Some(run.len()), "{c}");
            assert!(may_start_leader(run.as_bytes()[0]), "{c}");
        }
    }

    #[test]
    fn tidy_agrees_with_a_word_by_word_reading() {
        for s in [
            "", " ", "a", "  a", "a  ", "a b", "a  b", "a     b c", "Acme ------ Boston", "Acme ---", "--- x", " --- x", "a --- --- b",
            "a ...b", "a ... ...", "a ..-- b", "Skills ·········· Rust", "x …… y", "x … y", "a _____ b", "a __ b", "a - b", "a -- b",
            "E X P E R I E N C E", "W O R K  H I S T O R Y", "A B C", "a b c d", "北京  大学 2019", "é ü", "a\u{2003}  b",
        ] {
            assert_eq!(tidy(s), tidy_by_word(s), "{s:?}");
        }
    }

    /// The token-list reading `unspace_letters` replaced.
    fn unspace_by_tokens(s: &str) -> Option<String> {
        let tokens: Vec<&str> = s.split(' ').collect();
        let singles = tokens.iter().filter(|t| t.chars().count() == 1 && t.chars().all(char::is_alphabetic)).count();
        let empties = tokens.iter().filter(|t| t.is_empty()).count();
        if tokens.len() < 4 || singles + empties != tokens.len() || singles < 4 {
            return None;
        }
        let mut out = String::new();
        for t in tokens {
            if t.is_empty() {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push_str(t);
            }
        }
        Some(out.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    #[test]
    fn unspacing_agrees_with_a_token_list() {
        for s in ["", "a", "A B C", "A B C D", " A B C D", "A B C D ", "E X P E R I E N C E", "W O R K   H I S T O R Y", "A B C D1", "A B CD E F", "工 作 经 历", "É C O L E", "A   B   C   D", "A  B"] {
            assert_eq!(unspace_letters(s), unspace_by_tokens(s), "{s:?}");
        }
    }

    #[test]
    fn spans_point_at_content() {
        let text = "  - Built things\n";
        let l = one(text);
        assert_eq!(&text[l.start..l.end], "Built things");
        assert_eq!(l.indent, 2);
    }
}
