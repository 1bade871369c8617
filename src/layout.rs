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
/// is found in the same pass. Offsets are in the line; columns count characters. The line is
/// read a stretch of words at a time ([`stretch_at`]), most lines in one.
fn push_line_runs(text: &str, start: usize, out: &mut Vec<Run>) -> usize {
    let bytes = &text.as_bytes()[start..];
    let mut col = 0;
    let mut cur: Option<Run> = None;
    let mut b = 0;
    loop {
        let spaces = bytes[b..].iter().take_while(|&&c| c == b' ').count();
        col += spaces;
        b += spaces;
        if bytes.get(b).is_none_or(|&c| c == b'\n') {
            break;
        }
        let (mut len, mut chars) = stretch_at(&bytes[b..]);
        // A stretch may end in a space or two (before a line break, say): they are no part of a run.
        while bytes[b + len - 1] == b' ' {
            len -= 1;
            chars -= 1;
        }
        let end = b + len;
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
        col += chars;
        b = end;
    }
    out.extend(cur);
    start + b
}

/// The length in bytes of a stretch of words that starts `bytes` (with a character that is no
/// space or line break), and its number of characters. The stretch ends before a space or a
/// line break or at the end of the text, and holds no line break and no three spaces in a row:
/// it ends at the first line break or two spaces in a row that lie within one of the steps of
/// eight bytes it is read in. Characters are the bytes less the UTF-8 continuation bytes
/// (10xxxxxx).
fn stretch_at(bytes: &[u8]) -> (usize, usize) {
    use crate::swar::{bytes_equal, first_flagged, sum_bytes, HIGHS};
    let (mut at, mut continuations) = (0, 0);
    loop {
        let word = u64::from_le_bytes(match bytes.get(at..at + 8) {
            Some(eight) => eight.try_into().unwrap_or_default(),
            None => {
                // The last step reads the rest of the text followed by line breaks.
                let rest = bytes.get(at..).unwrap_or_default();
                let mut chunk = [b'\n'; 8];
                let n = rest.len().min(8);
                chunk[..n].copy_from_slice(&rest[..n]);
                chunk
            }
        });
        let spaces = bytes_equal(word, b' ');
        let stop = spaces & (spaces >> 8) | bytes_equal(word, b'\n');
        // The bits below the first stop (all of them when there is none).
        let before = (stop & stop.wrapping_neg()).wrapping_sub(1);
        // Bit 7 of each continuation byte: set, with bit 6 (shifted up to it) clear.
        let cont = word & !(word << 1) & HIGHS & before;
        continuations += sum_bytes(cont >> 7);
        if stop != 0 {
            let len = at + first_flagged(stop);
            return (len, len - continuations);
        }
        at += 8;
    }
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
    let column_start = |left: bool| -> Option<&str> {
        (first..=last).find_map(|i| {
            let r = line_runs[i].iter().find(|r| (r.col + 1 < c) == left)?;
            Some(&text[bounds[i].0 + r.start..bounds[i].0 + r.end])
        })
    };
    let is_heading = |t: Option<&str>| t.is_some_and(|t| crate::lines::split_lines_in(t, &mut String::new()).first().and_then(crate::sections::heading_kind).is_some());
    let right_first = is_heading(column_start(true)) && !is_heading(column_start(false));
    let mut order = [true, false];
    if right_first {
        order.reverse();
    }
    for left_pass in order {
        emit_column(&mut out, &bounds, &line_runs, first, last, c, left_pass);
    }
    copy_lines(&mut out, last + 1..bounds.len());
    Some(out.finish())
}

/// Writes the left column's or the right column's text of lines `first..=last`, a line each.
fn emit_column(out: &mut Builder, bounds: &[(usize, usize)], line_runs: &[&[Run]], first: usize, last: usize, c: usize, left_pass: bool) {
    for i in first..=last {
        let s = bounds[i].0;
        let crosses = line_runs[i].iter().any(|r| r.col + 1 < c && r.col_end > c + 1);
        // A crossing line stays whole in the left stream.
        let mut kept = line_runs[i].iter().filter(|r| if left_pass { crosses || r.col + 1 < c } else { !crosses && r.col + 1 >= c });
        let Some(head) = kept.next() else {
            out.put_char('\n', s);
            continue;
        };
        let end = kept.next_back().unwrap_or(head).end;
        let indent = if left_pass { head.col } else { head.col - c.min(head.col) };
        out.put(&" ".repeat(indent), s + head.start);
        out.copy(s + head.start, s + end);
        out.put_char('\n', s + end);
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
    fn stretches_keep_to_their_contract() {
        let texts = ["a", "abcdefgh", "abcdefghij klm", "été\nx", "工作经历工作经历 x", "é", "1234567\u{E9}8", "abcdefg\n", "a !!b  c", "ab\u{4E2D}\u{6587}\u{5B57}\u{4E2D}\u{6587}\u{5B57}", "x \n", "abcdefg  hij   k", "abcdefghijklmn   o", "a b c d e f g h i\nj"];
        for text in texts {
            let (len, chars) = stretch_at(text.as_bytes());
            let (stretch, rest) = text.split_at(len);
            assert_eq!(chars, stretch.chars().count(), "{text:?}");
            assert!(len > 0 && !stretch.contains('\n') && !stretch.contains("   "), "{text:?}");
            assert!(rest.is_empty() || rest.starts_with([' ', '\n']), "{text:?}");
        }
        // Read whole where nothing stops it.
        assert_eq!(stretch_at("Acme Corp, Senior Software Engineer\n".as_bytes()).0, 35);
    }

    #[test]
    fn runs_by_word_agree_with_runs_by_byte() {
        for line in ["", " ", "   a", "Acme Corp     2020 - Now", "北京  大学   2019", "é   ü x  y   z ", "a\tb    c", "  工作经历      Skills", "abcdefg   hijklmn  opqrstu    v  ", "Senior Software Engineer at Acme  Corp", "x ! y  !  z   !"] {
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
