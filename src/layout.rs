//! Two-column page layouts (`pdftotext -layout` of a résumé with a sidebar) → one column.
//!
//! A sidebar layout shows up as many lines whose second text run starts at the same
//! character column, with nothing crossing that column. When such a column is found, the
//! lines of that region are re-emitted as the left column's lines followed by the right
//! column's, so each column reads as a continuous stream. Offsets keep pointing at the input.

use crate::text::{Builder, MappedText};

/// A run of text within a line: character columns and byte offsets (in the line's text).
#[derive(Debug, Clone, Copy)]
struct Run {
    col: usize,
    col_end: usize,
    start: usize,
    end: usize,
}

/// Appends the runs, separated by 3+ spaces, of the line of `text` that starts at byte `start`
/// to `out`, and returns where the line ends (its `\n` or the end of the text): the line's end
/// is found in the same pass. Offsets are in the line; columns count characters, and the line
/// is read a word at a time (a UTF-8 continuation byte only extends the current word).
fn push_line_runs(text: &str, start: usize, out: &mut Vec<Run>) -> usize {
    let bytes = &text.as_bytes()[start..];
    let mut col = 0;
    let mut cur: Option<Run> = None;
    let mut spaces = 0;
    let mut b = 0;
    while b < bytes.len() {
        match bytes[b] {
            b' ' => {
                spaces += 1;
                col += 1;
                b += 1;
                continue;
            }
            b'\n' => break,
            _ => {}
        }
        // A word at a time, up to the next space or line break: its characters are its bytes
        // less the continuation bytes.
        let mut end = b;
        let mut chars = 0;
        while end < bytes.len() {
            let c = bytes[end];
            // One comparison for most bytes: both ends of a word are control characters or a space.
            if c <= b' ' && (c == b' ' || c == b'\n') {
                break;
            }
            chars += usize::from(c & 0xC0 != 0x80);
            end += 1;
        }
        match cur.as_mut() {
            Some(r) if spaces < 3 => {
                r.col_end = col + chars;
                r.end = end;
            }
            _ => {
                out.extend(cur.take());
                cur = Some(Run { col, col_end: col + chars, start: b, end });
            }
        }
        spaces = 0;
        col += chars;
        b = end;
    }
    out.extend(cur);
    start + b
}

const MIN_COLUMN: usize = 12;
const MAX_COLUMN: usize = 60;

/// The text with a two-column region re-emitted one column after the other, or `None` when
/// the text has no such region (the usual case, which costs no copy).
pub fn split_columns(input: &MappedText) -> Option<MappedText> {
    let text = input.text.as_str();
    // A column start needs a wide gap or indent before it: no three spaces, no columns.
    if !crate::strs::contains(text, "   ") {
        return None;
    }
    // The lines' bounds and one list of runs for the whole text, sliced per line.
    // Room for a line (and a run) per 16 bytes, as in `lines::split_lines`: no regrowing in most texts.
    let guess = text.len() / 16 + 1;
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(guess);
    let mut all_runs = Vec::with_capacity(guess);
    let mut line_ranges = Vec::with_capacity(guess);
    let mut s = 0;
    loop {
        let from = all_runs.len();
        let e = push_line_runs(text, s, &mut all_runs);
        // A very long line is no column layout's.
        if e - s > 2000 {
            all_runs.truncate(from);
        }
        bounds.push((s, e));
        line_ranges.push(from..all_runs.len());
        if e == text.len() {
            break;
        }
        s = e + 1;
    }
    let line_runs: Vec<&[Run]> = line_ranges.into_iter().map(|r| &all_runs[r]).collect();
    // Votes for a column: a run starting there after a gap or after a wide indent.
    let mut votes = [0usize; MAX_COLUMN + 2];
    for rs in &line_runs {
        for r in rs.iter() {
            if (MIN_COLUMN..=MAX_COLUMN).contains(&r.col) {
                votes[r.col] += 1;
            }
        }
    }
    let c = (MIN_COLUMN..=MAX_COLUMN).max_by_key(|&c| votes[c] + votes[c - 1] / 2 + votes[c + 1] / 2)?;
    let at_c = |r: &Run| r.col + 1 >= c && r.col <= c + 1;
    let c_lines: Vec<usize> = (0..line_runs.len()).filter(|&i| line_runs[i].iter().any(at_c)).collect();
    // Both columns must hold text: lines with a left run and a right run at c.
    let two_sided = c_lines.iter().filter(|&&i| line_runs[i].len() >= 2 && line_runs[i][0].col < c.saturating_sub(2)).count();
    if c_lines.len() < 6 || two_sided < 3 {
        return None;
    }
    let first = c_lines[0];
    let crosses = |i: usize| line_runs[i].iter().any(|r| r.col + 1 < c && r.col_end > c + 1);
    // The region runs from the first line at c to the end, unless wide lines say otherwise.
    let mut last = *c_lines.last().unwrap_or(&first);
    while last + 1 < line_runs.len() && !crosses(last + 1) {
        last += 1;
    }
    // Lines above the first one at c belong to the columns too if nothing crosses c.
    let mut first = first;
    while first > 0 && !crosses(first - 1) {
        first -= 1;
    }
    let region_lines = (first..=last).filter(|&i| !line_runs[i].is_empty()).count();
    let crossing = (first..=last).filter(|&i| crosses(i)).count();
    if crossing * 5 > region_lines {
        return None;
    }
    let mut out = Builder::new(input);
    // Lines outside the region, with the line breaks between them, in one piece.
    let copy_lines = |out: &mut Builder, lines: std::ops::Range<usize>| {
        if !lines.is_empty() {
            let e = bounds[lines.end - 1].1;
            out.copy(bounds[lines.start].0, e);
            out.put_char('\n', e);
        }
    };
    copy_lines(&mut out, 0..first);
    // Left column, then right column; a crossing line stays whole in the left stream. When
    // the right column opens with the name and the left with a heading (LinkedIn's export),
    // the right column is the main one and goes first.
    let column_start = |left: bool| -> Option<String> {
        (first..=last).find_map(|i| {
            let rs: Vec<&Run> = line_runs[i].iter().filter(|r| (r.col + 1 < c) == left).collect();
            let r = rs.first()?;
            Some(text[bounds[i].0 + r.start..bounds[i].0 + r.end].to_string())
        })
    };
    let is_heading = |t: Option<String>| t.is_some_and(|t| crate::lines::split_lines(&t).first().and_then(crate::sections::heading_kind).is_some());
    let right_first = is_heading(column_start(true)) && !is_heading(column_start(false));
    let mut order = [true, false];
    if right_first {
        order.reverse();
    }
    for left_pass in order {
        emit_column(&mut out, text, &bounds, &line_runs, first, last, c, left_pass);
    }
    copy_lines(&mut out, last + 1..bounds.len());
    Some(out.finish())
}

#[allow(clippy::too_many_arguments)]
fn emit_column(out: &mut Builder, text: &str, bounds: &[(usize, usize)], line_runs: &[&[Run]], first: usize, last: usize, c: usize, left_pass: bool) {
    let _ = text;
    let crosses = |i: usize| line_runs[i].iter().any(|r| r.col + 1 < c && r.col_end > c + 1);
    if left_pass {
        for i in first..=last {
        let (s, _) = bounds[i];
        let left: Vec<&Run> = line_runs[i].iter().filter(|r| r.col + 1 < c || crosses(i)).collect();
        if left.is_empty() {
            out.put_char('\n', s);
            continue;
        }
        let (a, b) = (left[0].start, left[left.len() - 1].end);
        out.put(&" ".repeat(left[0].col), s + a);
        out.copy(s + a, s + b);
        out.put_char('\n', s + b);
        }
        return;
    }
    for i in first..=last {
        let (s, _) = bounds[i];
        let right: Vec<&Run> = if crosses(i) { Vec::new() } else { line_runs[i].iter().filter(|r| r.col + 1 >= c).collect() };
        if right.is_empty() {
            out.put_char('\n', s);
            continue;
        }
        let (a, b) = (right[0].start, right[right.len() - 1].end);
        out.put(&" ".repeat(right[0].col - c.min(right[0].col)), s + a);
        out.copy(s + a, s + b);
        out.put_char('\n', s + b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidebar_becomes_two_streams() {
        let page = "Jane Doe\n\
                    Contact              Summary\n\
                    jane@x.io            Builds reliable systems.\n\
                    +1 555 0100          More text here.\n\
                    \n\
                    Skills               Experience\n\
                    Rust                 Acme   2020 - Now\n\
                    Go                   Engineer\n\
                    SQL                  Did things.\n";
        let out = split_columns(&MappedText::identity(page)).expect("two columns").text;
        let left_end = out.find("SQL").unwrap();
        let right_start = out.find("Summary").unwrap();
        assert!(left_end < right_start, "{out}");
        assert!(out.contains("Acme   2020 - Now"));
    }

    /// The byte-at-a-time reading push_line_runs replaced.
    fn runs_by_byte(line: &str) -> Vec<(usize, usize, usize, usize)> {
        let (mut out, mut col, mut cur, mut spaces): (Vec<Run>, usize, Option<Run>, usize) = (Vec::new(), 0, None, 0);
        for (b, &byte) in line.as_bytes().iter().enumerate() {
            if byte & 0xC0 == 0x80 {
                if let Some(r) = cur.as_mut() {
                    r.end = b + 1;
                }
                continue;
            }
            if byte == b' ' {
                spaces += 1;
            } else {
                if spaces >= 3 || cur.is_none() {
                    out.extend(cur.take());
                    cur = Some(Run { col, col_end: col + 1, start: b, end: b + 1 });
                } else if let Some(r) = cur.as_mut() {
                    r.col_end = col + 1;
                    r.end = b + 1;
                }
                spaces = 0;
            }
            col += 1;
        }
        out.extend(cur);
        out.iter().map(|r| (r.col, r.col_end, r.start, r.end)).collect()
    }

    #[test]
    fn runs_by_word_agree_with_runs_by_byte() {
        for line in ["", " ", "   a", "Acme Corp     2020 - Now", "北京  大学   2019", "é   ü x  y   z ", "a\tb    c", "  工作经历      Skills"] {
            let mut runs = Vec::new();
            assert_eq!(push_line_runs(&format!("{line}\nnext"), 0, &mut runs), line.len());
            let got: Vec<_> = runs.iter().map(|r| (r.col, r.col_end, r.start, r.end)).collect();
            assert_eq!(got, runs_by_byte(line), "{line:?}");
        }
    }

    #[test]
    fn single_column_text_is_unchanged() {
        let page = "Jane Doe\nAcme Corp                                   2020 - Now\nEngineer\n- Built things\n";
        assert!(split_columns(&MappedText::identity(page)).is_none());
    }
}
