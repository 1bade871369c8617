//! Cutting a work/education/project section into entries.
//!
//! Most entries are anchored by a date line. The lines around the anchor that look like
//! header lines (short, not list items, not sentences) are the entry's header; how many of
//! them come before and after the date is learned from the first entry of the section and
//! applied to the others, because a résumé repeats one layout for every entry. Sections
//! without dates fall back to their structure: sub-headings, top-level bullets with nested
//! ones, or blank-line separated blocks.

use crate::strs::{Search, Spaces};
use crate::chars::{is_alnum, with_lowercase, InlineChars};
use super::dates::{first_range, DateRange};
use super::Doc;
use crate::lines::Line;
use crate::sections::Section;

#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Header line indices in document order (the date line included).
    pub header: Vec<usize>,
    /// The date line and the range found in its text.
    pub date: Option<(usize, DateRange)>,
    /// Body line indices (non-blank), in order.
    pub body: Vec<usize>,
}

impl Entry {
    pub fn first(&self) -> usize {
        self.header.first().or(self.body.first()).copied().unwrap_or(0)
    }
    pub fn last(&self) -> usize {
        self.body.last().or(self.header.last()).copied().unwrap_or(0)
    }
}

/// Labels of detail lines inside an entry ("Tech stack: …"), which are never header lines.
const DETAIL_KEYS: &[&str] = &[
    "tech stack", "technologies", "technology", "tools", "environment", "stack", "skills", "keywords", "responsibilities",
    "achievements", "description", "summary", "link", "links", "url", "website", "github", "courses", "coursework",
    "relevant coursework", "technical stack", "技术栈", "技术", "职责", "工作内容", "项目描述", "项目职责", "描述", "主要工作",
    "项目内容", "工作职责", "使用技术", "技术要点", "成果", "业绩", "主修课程", "相关课程", "课程",
];

const LONGEST_DETAIL_KEY: usize = crate::strs::longest(DETAIL_KEYS);

/// Labels that stand alone on a line inside an entry ("Highlights", "Responsibilities:").
pub fn is_label_line(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let t = text.trim_ws().trim_end_matches([':', '：']);
    // The English labels are 7 to 16 letters long; lower-casing keeps an ASCII text's length.
    // Any other text lower-cases to a Chinese label only when it is one (6 or 12 bytes), or
    // to "key achievements" when its k is the Kelvin sign (18 bytes): the one non-ASCII
    // character whose lower case is ASCII. Other lengths are not lower-cased.
    let possible = if t.is_ascii() { (7..=16).contains(&t.len()) } else { matches!(t.len(), 6 | 12 | 18) };
    if !possible {
        return false;
    }
    with_lowercase(t, |t| matches!(t, "highlights" | "responsibilities" | "accomplishments" | "achievements" | "key achievements" | "summary" | "description" | "主要工作" | "工作内容" | "职责" | "工作职责" | "主要职责" | "项目描述" | "项目职责" | "成果"))
}

fn detail_key(text: &str) -> bool {
    if is_label_line(text) {
        return true;
    }
    // The colon after a key comes early: only the head of a long line is searched.
    let mut head_end = text.len().min(LONGEST_DETAIL_KEY + 8);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    match crate::strs::find_colon(&text[..head_end]) {
        Some(k) => with_lowercase(text[..k].trim_ws(), |key| DETAIL_KEYS.contains(&key)),
        None => false,
    }
}

/// `dates::first_range` of the lines of a section, each worked out on first use: the
/// education pass reads the dates of a section before it may split it into entries.
pub struct FirstRanges<'a> {
    lines: &'a [Line<'a>],
    from: usize,
    /// `None` for a line not dated yet.
    found: Vec<std::cell::Cell<Option<Option<DateRange>>>>,
}

impl<'a> FirstRanges<'a> {
    pub fn new(lines: &'a [Line], section: &Section) -> FirstRanges<'a> {
        FirstRanges { lines, from: section.body.start, found: section.body.clone().map(|_| std::cell::Cell::new(None)).collect() }
    }

    /// Dates worked out on every use, not kept: for a single pass over the lines.
    fn uncached(lines: &'a [Line]) -> FirstRanges<'a> {
        FirstRanges { lines, from: 0, found: Vec::new() }
    }

    /// `first_range` of line `i` (a line of the section).
    pub fn of(&self, i: usize) -> Option<DateRange> {
        let Some(known) = self.found.get(i.wrapping_sub(self.from)) else {
            return first_range(&self.lines[i].text);
        };
        if let Some(dr) = known.get() {
            return dr;
        }
        let dr = first_range(&self.lines[i].text);
        known.set(Some(dr));
        dr
    }
}

/// A date that marks an entry: at the start or end of a short line, or a range in one.
/// A detail line (`detail_key`) has no anchor. (Most lines have no date: the date is
/// looked for before the line is asked whether it is a detail line, and before its
/// characters are counted.)
fn anchor_date(line: &Line, first_range: impl FnOnce() -> Option<DateRange>) -> Option<DateRange> {
    let text = line.text.as_str();
    // (A line of 160 bytes or fewer has 160 characters at most.)
    if text.len() > 160 && text.chars().count() > 160 {
        return None;
    }
    let dr = first_range()?;
    if detail_key(text) {
        return None;
    }
    let chars = char_count_for_limits(text);
    let before = text[..dr.from].trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '（' | '【' | '|' | ',' | '，' | ':' | '：' | '-' | '–' | '—' | '*'));
    let after = text[dr.to..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '）' | '】' | '|' | ',' | '，' | '.' | ':' | '：' | '*'));
    let at_edge = before.is_empty() || after.is_empty() || text[..dr.from].ends_with(crate::lines::GAP) || text[dr.to..].starts_with(crate::lines::GAP);
    let after_is_duration = after.starts_with(|c: char| c.is_ascii_digit()) && (after.contains_str("month") || after.contains_str("year") || after.contains_str("mos") || after.contains_str("yr"));
    let ok = if dr.is_range() {
        at_edge || after_is_duration || chars <= 90
    } else {
        (at_edge && chars <= 90) || chars <= 40
    };
    // A date inside a list item is an anchor only at the item's start (`- 2022.03 - Now Title @ Co`).
    if line.is_bullet() && !before.is_empty() && !(after.is_empty() && chars <= 100) {
        return None;
    }
    ok.then_some(dr)
}

/// The number of characters of `text`, for tests against limits of 40 or more: a text of 40
/// bytes or fewer is within all of them, and its byte length is given without counting.
fn char_count_for_limits(text: &str) -> usize {
    if text.len() <= 40 {
        text.len()
    } else {
        text.chars().count()
    }
}

/// A line that is only contact details (an email, a labelled phone).
fn is_contact_line(text: &str) -> bool {
    let t = text.trim_ws();
    // Only a line with an '@' can hold an email: most lines are ruled out without a search.
    let first = t.as_bytes().first().copied().unwrap_or(0);
    let labelled_phone = ["phone", "mobile", "tel", "电话", "手机"].iter().any(|k| k.as_bytes()[0] == first.to_ascii_lowercase() && crate::strs::starts_with_ignore_case(t, k));
    // (The '@' looked for eight bytes at a time: std's search goes byte by byte in short texts.)
    (crate::swar::find_either(t.as_bytes(), b'@', b'@').is_some() && super::contact::find_email(t).is_some() && t.words().count() <= 4) || labelled_phone || could_be_phone_line(t) && super::contact::find_phone(t, false).is_some_and(|(a, b)| b - a + 6 >= t.len())
}

/// Whether `t` could be a phone number with at most 6 other bytes: the number `find_phone`
/// finds (unlabelled) has 7 or more digits and only digits, spaces and `-.()+` between them.
/// Most lines fail this one pass over their bytes and are not searched for a number.
fn could_be_phone_line(t: &str) -> bool {
    let (mut digits, mut other) = (0, 0);
    for &b in t.as_bytes() {
        if b.is_ascii_digit() {
            digits += 1;
        } else if !matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'+') {
            other += 1;
            if other > 6 {
                return false;
            }
        }
    }
    digits >= 7
}

/// "Engineer @ Acme", "Engineer at Acme": a line that names a title and an employer.
fn states_roles(text: &str) -> bool {
    text.contains_str(" @ ") || text.contains_str(" at ") && text.chars().count() <= 80
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_ws();
    t.ends_with(['.', '。', '!', '！', '?', '？', ';', '；']) && !t.ends_with("Inc.") && !t.ends_with("Ltd.") && !t.ends_with("Co.") && !t.ends_with("Corp.") && !t.ends_with("L.P.") && !t.ends_with("etc.")
}

/// Whether `s` holds a letter or a digit (what trimming everything else would leave).
fn has_alnum(s: &str) -> bool {
    s.chars_inline().any(is_alnum)
}

/// Whether nothing but the date `d` in `t` has a letter or digit (both sides looked at, not
/// joined).
fn only_date(t: &str, d: &DateRange) -> bool {
    !has_alnum(&t[..d.from]) && !has_alnum(&t[d.to..])
}

/// Could this line be part of an entry header?
fn header_like(line: &Line, top_bullet_indent: Option<usize>) -> bool {
    !line.is_blank() && !detail_key(&line.text) && header_shaped(line, top_bullet_indent)
}

/// `header_like` for a line known to be neither blank nor a detail line.
fn header_shaped(line: &Line, top_bullet_indent: Option<usize>) -> bool {
    if line.heading > 0 {
        return true;
    }
    let chars = char_count_for_limits(&line.text);
    // "260+ commits", "1.2k stars": a figure about the entry, not a name.
    let t = line.text.trim_ws();
    // (Three words at most: a fourth is looked for, not all of a long line's words counted.)
    let figure = t.starts_with(|c: char| c.is_ascii_digit()) && t.words().nth(1).is_some_and(|w| w.starts_with(char::is_lowercase)) && t.words().nth(3).is_none();
    if figure {
        return false;
    }
    if line.is_bullet() {
        // Top-level items with nested items under them name the entries; so may a short
        // item that is not a sentence ("• Tencent").
        let short_name = chars <= 60 && crate::strs::find_colon(&line.text).is_none() && !crate::strs::contains_spaces(&line.text, crate::lines::GAP.len());
        return (top_bullet_indent.is_some_and(|ind| line.indent <= ind) && chars <= 80 || short_name) && !ends_sentence(&line.text);
    }
    // Headers neither end a sentence nor continue one from the line before ("execution plans."),
    // though a degree may be written in lower case ("bachelor of Medicine").
    // Some names are written in lower case too: "eBay", "n2N Commerce", "visual assault, llc".
    // (The cheap tests first: long lines and sentences are ruled out before a degree is sought.)
    if chars > 100 || ends_sentence(&line.text) {
        return false;
    }
    let name_like = || {
        let first_word = line.text.words().next().unwrap_or("");
        first_word.chars_inline().skip(1).any(char::is_uppercase) || chars <= 40 && super::fields::has_word(&line.text, &super::lookup::ORGS)
    };
    let continuation = line.text.starts_with(char::is_lowercase) && super::fields::split_degree(&line.text).is_none() && !name_like();
    !continuation
}

pub fn split_entries(doc: &Doc, section: &Section) -> Vec<Entry> {
    // (Each line is dated once at most in one split: nothing to keep.)
    split_entries_dated(doc, section, &FirstRanges::uncached(doc.lines))
}

/// What `split_entries_dated` knows of a line of the section: the facts about each line in
/// one vector, rather than a vector per fact.
#[derive(Clone, Copy)]
struct Row {
    /// The line's index.
    i: usize,
    /// A detail line ("Tech stack: …"), which is neither an anchor nor a header line.
    /// (Worked out, like `hl`, only for the lines near an anchor: no other line is asked.)
    detail: bool,
    /// Whether the line could be a header line.
    hl: bool,
    /// Whether the line holds an anchor date.
    anchor: bool,
}

/// How far from an anchor (in rows) the header of its entry is looked for: up to three
/// lines before the date and three after.
const HEADER_REACH: usize = 3;

/// `split_entries`, with the dates of the section's lines as far as they are known.
pub fn split_entries_dated(doc: &Doc, section: &Section, dates: &FirstRanges) -> Vec<Entry> {
    let lines = doc.lines;
    // Contact lines that strayed into a section (an email under the school) are not part of
    // any entry.
    // (Sized once for every line of the section, not regrown.)
    let mut rows: Vec<Row> = Vec::with_capacity(section.body.len());
    rows.extend(
        section
            .body
            .clone()
            .filter(|&i| !lines[i].is_blank() && lines[i].kind != crate::lines::LineKind::Rule && !is_contact_line(&lines[i].text))
            .map(|i| Row { i, detail: false, hl: false, anchor: false }),
    );
    if rows.is_empty() {
        return Vec::new();
    }
    // Bullets at two indent levels: the outer ones may be entry headers.
    let bullet_indents = || rows.iter().filter(|r| lines[r.i].is_bullet()).map(|r| lines[r.i].indent);
    let min_b = bullet_indents().min();
    let nested = min_b.is_some_and(|m| bullet_indents().any(|b| b >= m + 2));
    let top_bullet_indent = if nested { min_b } else { None };

    // The anchors: position in `rows`, date, and whether the date is alone on its line.
    let mut anchors: Vec<(usize, DateRange, bool)> = rows
        .iter()
        .enumerate()
        .filter_map(|(k, r)| anchor_date(&lines[r.i], || dates.of(r.i)).map(|d| (k, d, only_date(&lines[r.i].text, &d))))
        .collect();
    // Where entries carry ranges, a lone date inside a line of text ("M.S., expected May 2020")
    // is a detail, not a new entry.
    if anchors.iter().any(|a| a.1.is_range()) {
        anchors.retain(|(_, d, alone)| d.is_range() || *alone);
    }
    if anchors.is_empty() {
        // A flat list of items in a projects section: one project per item.
        let flat_list = section.kind == crate::sections::SectionKind::Projects && rows.iter().all(|r| lines[r.i].is_bullet() && Some(lines[r.i].indent) == min_b);
        if flat_list {
            return rows.iter().map(|r| Entry { header: vec![r.i], date: None, body: Vec::new() }).collect();
        }
        return structural_entries(doc, &rows, top_bullet_indent, section.kind);
    }
    for a in &anchors {
        rows[a.0].anchor = true;
    }
    // Only the lines within reach of an anchor are ever asked whether they are header lines
    // (by `learn`, `header_start`, `post_line` and the lone-date rule below); the others,
    // mostly an entry's items, are not looked at. (An anchor is no detail line.)
    let mut next_unknown = 0;
    for a in &anchors {
        let reach = a.0.saturating_sub(HEADER_REACH).max(next_unknown)..(a.0 + HEADER_REACH + 1).min(rows.len());
        next_unknown = reach.end;
        for r in &mut rows[reach] {
            r.detail = !r.anchor && detail_key(&lines[r.i].text);
            r.hl = !r.detail && header_shaped(&lines[r.i], top_bullet_indent);
        }
    }
    // Nothing continues a line that is only a date: a short line after one is a header
    // even in lower case ("12 October 2019" / "pkgplay").
    for &(k, _, alone) in &anchors {
        if alone && k + 1 < rows.len() && !rows[k + 1].hl {
            let next = &lines[rows[k + 1].i];
            rows[k + 1].hl = !next.is_blank() && !next.is_bullet() && char_count_for_limits(&next.text) <= 40 && !ends_sentence(&next.text) && !rows[k + 1].detail;
        }
    }
    let rows = &rows;
    let is_anchor = |k: usize| rows[k].anchor;

    // Each kind of anchor (date alone, date in a header line) learns its layout from its
    // first occurrence, because a résumé repeats one layout per kind of entry: a date alone
    // on its line needs header lines around it; a date inside a header line does not.
    // A list item right under the date can still be the entry's title line ("● Engineer @ Co").
    let post_line = |p: usize| rows[p].hl && (!lines[rows[p].i].is_bullet() || states_roles(&lines[rows[p].i].text));
    let learn = |n: usize| -> (usize, usize) {
        let a = anchors[n].0;
        let floor = if n == 0 { 0 } else { anchors[n - 1].0 + 1 };
        let mut pre = 0;
        while pre < 3 && a - pre > floor && rows[a - 1 - pre].hl && !is_anchor(a - 1 - pre) {
            pre += 1;
            if lines[rows[a - pre].i].heading > 0 {
                break;
            }
        }
        // Lines after the date up to where the next entry's header would begin.
        let post_limit = anchors.get(n + 1).map(|b| b.0.saturating_sub(pre)).unwrap_or(rows.len()).max(a + 1);
        let mut post = 0;
        while post < 3 && a + 1 + post < post_limit && post_line(a + 1 + post) {
            post += 1;
        }
        (pre, post)
    };
    let first_of = |kind: bool| anchors.iter().position(|a| a.2 == kind);
    let layout_date_only = first_of(true).map(learn).unwrap_or((0, 0));
    let layout_inline = first_of(false).map(learn).unwrap_or((0, 0));
    let layout = |alone: bool| if alone { layout_date_only } else { layout_inline };

    // Where the header of anchor `n` starts (a position in `rows`): up to its layout's
    // number of header lines before the date, none of them claimed by the anchor before.
    let header_start = |n: usize| {
        let (k, _, alone) = anchors[n];
        let (pre, _) = layout(alone);
        let prev_end = if n == 0 { 0 } else { anchors[n - 1].0 + 1 };
        let mut s = k;
        while k - s < pre && s > prev_end && rows[s - 1].hl && !is_anchor(s - 1) {
            s -= 1;
        }
        s
    };
    let mut entries = Vec::with_capacity(anchors.len());
    let mut start = header_start(0);
    for (n, &(k, dr, alone)) in anchors.iter().enumerate() {
        let (_, post) = layout(alone);
        let next_start = (n + 1 < anchors.len()).then(|| header_start(n + 1));
        let limit = next_start.unwrap_or(rows.len());
        let mut e = k + 1;
        while e - (k + 1) < post && e < limit && post_line(e) {
            e += 1;
        }
        let header: Vec<usize> = rows[start..e].iter().map(|r| r.i).collect();
        let body: Vec<usize> = rows[e..limit].iter().map(|r| r.i).collect();
        entries.push(Entry { header, date: Some((rows[k].i, dr)), body });
        start = next_start.unwrap_or(limit);
    }
    entries
}

fn structural_entries(doc: &Doc, rows: &[Row], top_bullet_indent: Option<usize>, kind: crate::sections::SectionKind) -> Vec<Entry> {
    let lines = doc.lines;
    let has_subheadings = rows.iter().any(|r| lines[r.i].heading > 0);
    let mut entries: Vec<Entry> = Vec::new();
    let mut prev: Option<usize> = None;
    for &Row { i, .. } in rows {
        let line = &lines[i];
        let starts = if has_subheadings {
            line.heading > 0
        } else if let Some(top) = top_bullet_indent {
            line.is_bullet() && line.indent <= top || !line.is_bullet() && header_like(line, None) && prev.is_none_or(|p| lines[p].is_bullet() || p + 1 < i)
        } else {
            // Blank-line separated blocks; in education, each school line at the margin.
            let school_line = kind == crate::sections::SectionKind::Education && line.indent == 0 && !line.is_bullet() && super::lookup::SCHOOLS.matches(&line.text);
            (prev.is_none_or(|p| (p + 1..i).any(|b| lines[b].is_blank())) || school_line) && header_like(line, None)
        };
        if starts || entries.is_empty() {
            entries.push(Entry { header: vec![i], date: None, body: Vec::new() });
        } else if let Some(e) = entries.last_mut() {
            e.body.push(i);
        }
        prev = Some(i);
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_ranges_agree_with_first_range() {
        let lines = crate::lines::split_lines("Education\nMIT\nB.S. 2016 - 2020\n\nSep. 2021 – Present\nno date here\n");
        let section = Section { kind: crate::sections::SectionKind::Education, heading: String::new(), heading_line: Some(0), body: 1..lines.len(), is_header: false, entry_name: None };
        let dates = FirstRanges::new(&lines, &section);
        let uncached = FirstRanges::uncached(&lines);
        for i in (1..lines.len()).rev().chain(1..lines.len()) {
            assert_eq!(format!("{:?}", dates.of(i)), format!("{:?}", first_range(&lines[i].text)), "line {i}");
            assert_eq!(format!("{:?}", uncached.of(i)), format!("{:?}", first_range(&lines[i].text)), "line {i}");
        }
    }

    #[test]
    fn only_the_kelvin_sign_lower_cases_to_ascii() {
        // is_label_line's length test for non-ASCII text rests on this.
        let to_ascii: Vec<char> = (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|c| !c.is_ascii() && c.to_lowercase().all(|l| l.is_ascii())).collect();
        assert_eq!(to_ascii, ['\u{212A}']);
        assert!(is_label_line("\u{212A}ey achievements:"));
        assert!(is_label_line("工作职责："));
        assert!(is_label_line("成果"));
        assert!(!is_label_line("北京大学计算机系"));
    }
}
