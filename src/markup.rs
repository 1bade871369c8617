//! Markdown, HTML and LaTeX leftovers → plain lines, keeping the text and dropping the markup.
//!
//! Block structure is kept in a plain form the line pass understands: HTML headings become
//! `#` headings, `<li>` becomes a `- ` bullet, block tags and `<br>` become line breaks,
//! table cells become wide gaps. Inline markup (emphasis, code, tags we do not know such as
//! `<datetime>`) is removed and its text kept. Link targets are taken out of the text, so that
//! `[Acme](https://acme.com)` reads "Acme", and kept aside as [`Link`]s for the contact pass.
//! Nothing here is executed or rendered: the result is only ever treated as text.

use crate::chars::InlineChars;
use crate::strs::{FindChars, Search, Spaces};
use crate::text::{Builder, MappedText};

/// A link target found in markup, with the clean-text range of its visible text.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub url: String,
    pub start: usize,
    pub end: usize,
}

pub struct Stripped {
    pub text: MappedText,
    pub links: Vec<Link>,
}

/// Bytes that may start markup; everything between them is copied in one piece. 0xE2
/// leads "†" (a superscript marker), so it is looked at too. A table: this is asked of
/// every byte of the text.
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"<&![*_`^\\$\xE2";
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// Longest tag we try to recognise; a `<` with no `>` within this many bytes is text.
const MAX_TAG_LEN: usize = 2000;

pub fn strip_markup(input: &MappedText) -> Stripped {
    let src = input.text.as_str();
    let bytes = src.as_bytes();
    let mut out = Builder::new(input);
    let mut links = Vec::new();
    // Open `[` of Markdown links: clean offset where the link text starts.
    let mut i = 0;
    let special = |b: u8| SPECIAL[usize::from(b)];
    // Closing braces of LaTeX commands whose argument is kept (`\textbf{X}` → `X`).
    let mut closing_braces: Vec<usize> = Vec::new();
    while i < bytes.len() {
        let b = bytes[i];
        if !closing_braces.is_empty() {
            // Braces passed over (inside a tag, say) are forgotten, so the list stays short.
            closing_braces.retain(|&k| k >= i);
            if let Some(at) = closing_braces.iter().position(|&k| k == i) {
                closing_braces.swap_remove(at);
                i += 1;
                continue;
            }
        }
        if !special(b) {
            let mut run = next_special(bytes, i);
            if let Some(&close) = closing_braces.iter().filter(|&&k| k > i).min() {
                run = run.min(close);
            }
            out.copy(i, run);
            i = run;
            continue;
        }
        match b {
            b'<' => {
                if let Some(end) = tag_end(bytes, i) {
                    i = html_tag(src, i, end, &mut out, &mut links);
                    continue;
                }
            }
            b'&' => {
                if let Some((decoded, len)) = entity(&src[i..]) {
                    out.put_char(decoded, i);
                    i += len;
                    continue;
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                // Markdown image: drop `![alt](src)` whole.
                if let Some(close) = find_link_end(src, i + 1) {
                    i = close;
                    continue;
                }
            }
            b'[' => {
                if let Some(close) = find_link_end(src, i) {
                    // `[text](url)`: emit the text through the normal loop by recursion on the slice.
                    let text_end = src[i..close].find_str("](").map(|k| i + k).unwrap_or(i);
                    let url = src[text_end + 2..close - 1].trim_ws();
                    if out.ends_with(' ') {
                        out.put("  ", i); // a link after other text is a field of its own
                    }
                    let start = out_len(&out);
                    let inner = &src[i + 1..text_end];
                    if inner.bytes().any(special) {
                        let stripped = strip_markup(&MappedText::identity(inner));
                        // Copy the stripped inner text with origins pointing into this source.
                        out.put_mapped(&stripped.text, i + 1);
                    } else {
                        // Plain text (most links' text), which the stripping would give back unchanged.
                        out.copy_chars(i + 1, text_end);
                    }
                    let end = out_len(&out);
                    let url = url.words().next().unwrap_or("");
                    if !url.is_empty() {
                        links.push(Link { url: unescape_md(url), start, end });
                    }
                    i = close;
                    continue;
                }
            }
            b'*' => {
                // Keep a list marker (`* ` at the start of a line); drop emphasis stars.
                if is_line_start(bytes, i) && bytes.get(i + 1) == Some(&b' ') {
                    out.copy(i, i + 1);
                } else if closes_emphasis(bytes, i) {
                    // `**Title** Company`: the emphasis marked a field; keep that as a gap.
                    out.put("  ", i);
                }
                i += 1;
                continue;
            }
            b'_' => {
                let prev_word = i > 0 && is_word_byte(bytes[i - 1]);
                let next_word = bytes.get(i + 1).is_some_and(|&n| is_word_byte(n));
                // Inside a word (snake_case, URLs) it is text; at a word edge it is `_emphasis_`.
                if prev_word && next_word {
                    out.copy(i, i + 1);
                } else if closes_emphasis(bytes, i) {
                    out.put("  ", i);
                }
                i += 1;
                continue;
            }
            b'`' => {
                i += 1;
                continue;
            }
            b'^' => {
                // `^†^`-style superscript markers: drop short `^..^` groups.
                let window = &bytes[i + 1..bytes.len().min(i + 10)];
                if let Some(k) = window.iter().position(|&c| c == b'^') {
                    if !window[..k].iter().any(|&c| c == b'\n' || c == b' ') {
                        i += k + 2;
                        continue;
                    }
                }
            }
            b'\\' => {
                if let Some(skip) = latex_or_escape(src, i, &mut out) {
                    i = skip;
                    // `{` right after a command: drop it and its partner on the same line.
                    if bytes.get(i) == Some(&b'{') && bytes[i - 1].is_ascii_alphabetic() {
                        if let Some(close) = matching_brace(bytes, i) {
                            closing_braces.push(close);
                            i += 1;
                        }
                    }
                    continue;
                }
            }
            b'$' if is_math_delimiter(bytes, i) => {
                i += 1;
                continue;
            }
            b'$' if src[i..].starts_with("$\\bullet$") || src[i..].starts_with("$\\cdot$") => {
                out.put_char('•', i);
                i += if src[i..].starts_with("$\\bullet$") { 9 } else { 7 };
                continue;
            }
            _ => {}
        }
        let len = utf8_len(b);
        let end = (i + len).min(bytes.len());
        if src.is_char_boundary(end) {
            if &src[i..end] == "†" {
                i = end;
                continue;
            }
            out.copy(i, end);
        }
        i = end;
    }
    Stripped { text: out.finish(), links }
}

/// The first byte at or after `from` that may start markup (`SPECIAL`), or `bytes.len()`.
fn next_special(bytes: &[u8], from: usize) -> usize {
    // Eight bytes at a time without a branch per byte: most of a text is not markup, and
    // the per-byte search costs a test and a jump for every byte.
    let mut k = from;
    while let Some(chunk) = bytes.get(k..k + 8) {
        if chunk.iter().fold(false, |any, &b| any | SPECIAL[usize::from(b)]) {
            break;
        }
        k += 8;
    }
    bytes[k..].iter().position(|&b| SPECIAL[usize::from(b)]).map_or(bytes.len(), |p| k + p)
}

fn out_len(out: &Builder) -> usize {
    out.len()
}

/// The `}` closing the `{` at `open`, on the same line and within 300 bytes.
fn matching_brace(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &b) in bytes.iter().enumerate().take(bytes.len().min(open + 300)).skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

/// A `$` that opens or closes LaTeX math around words (`$Researcher,\ NLP\ Group$`), as
/// opposed to a currency sign (`$2M`). Bullets `$\bullet$` are handled separately.
fn is_math_delimiter(bytes: &[u8], i: usize) -> bool {
    // Look at most 400 bytes either way: math spans are short, and long lines stay linear.
    let from = i.saturating_sub(400);
    let line_start = bytes[from..i].iter().rposition(|&b| b == b'\n').map_or(from, |p| from + p + 1);
    let to = bytes.len().min(i + 400);
    let line_end = bytes[i..to].iter().position(|&b| b == b'\n').map_or(to, |p| i + p);
    let line = &bytes[line_start..line_end];
    if line.len() > 400 || line.iter().filter(|&&b| b == b'$').count() != 2 || !line.windows(2).any(|w| w == b"\\ ") {
        return false;
    }
    !bytes[i..].starts_with(b"$\\bullet$") && !bytes[i..].starts_with(b"$\\cdot$")
}

/// The last `*`/`_` of an emphasis closer followed by a space: `**Title** Acme`.
fn closes_emphasis(bytes: &[u8], i: usize) -> bool {
    let marker = bytes[i];
    let after = bytes.get(i + 1);
    let mut k = i;
    while k > 0 && bytes[k - 1] == marker {
        k -= 1;
    }
    after == Some(&b' ') && k > 0 && !matches!(bytes[k - 1], b' ' | b'\n' | b'\t')
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// True if only spaces precede `i` on its line (looking back a bounded distance, so a long
/// line of `*` stays linear).
fn is_line_start(bytes: &[u8], i: usize) -> bool {
    for k in (i.saturating_sub(64)..i).rev() {
        match bytes[k] {
            b'\n' => return true,
            b' ' => {}
            _ => return false,
        }
    }
    i < 64
}

/// For `[` at `open`, the offset just past `)` of a `[text](url)` link on the same line.
fn find_link_end(src: &str, open: usize) -> Option<usize> {
    let rest = &src.as_bytes()[open..];
    // Links are short and on one line; bounding the look-ahead keeps `[[[[...` linear.
    let window = &rest[..rest.len().min(2000)];
    let mut cut = window.iter().position(|&b| b == b'\n').unwrap_or(window.len());
    while !src.is_char_boundary(open + cut) {
        cut -= 1;
    }
    let line = &src[open..open + cut];
    let mid = line.find_str("](")?;
    if line[1..mid].contains('[') && !line[1..mid].contains(']') {
        return None;
    }
    let after = &line[mid + 2..];
    // URLs may hold balanced parentheses (Wikipedia style); count them.
    let mut depth = 0;
    for (k, c) in after.char_indices_inline() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(open + mid + 2 + k + 1),
            ')' => depth -= 1,
            ' ' if k > 0 && !after[k..].trim_start_ws().starts_with('"') => return None,
            _ => {}
        }
    }
    None
}

fn unescape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // The text between backslashes is copied a run at a time.
    let mut rest = s;
    while let Some(k) = rest.as_bytes().iter().position(|&b| b == b'\\') {
        out.push_str(&rest[..k]);
        let after = &rest[k + 1..];
        match after.as_bytes().first() {
            // An escaped punctuation character stands for itself.
            Some(&n) if n.is_ascii_punctuation() => {
                out.push(char::from(n));
                rest = &after[1..];
            }
            _ => {
                out.push('\\');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // The text between the leading `<`s and the trailing `>`s (`<url>`), copied again only
    // when there are leading ones.
    while out.ends_with('>') {
        out.pop();
    }
    if out.starts_with('<') {
        return out.trim_start_matches('<').to_string();
    }
    out
}

/// Handles a backslash at `i`: Markdown escapes (`\*` → `*`) and the LaTeX commands that
/// survive into pasted text. Returns the offset to continue from, or None to copy as text.
fn latex_or_escape(src: &str, i: usize, out: &mut Builder) -> Option<usize> {
    let rest = &src[i + 1..];
    let next = rest.chars_inline().next()?;
    if next == ' ' {
        out.put_char(' ', i); // LaTeX control space `\ `
        return Some(i + 2);
    }
    if next.is_ascii_punctuation() {
        if next == '\\' {
            // LaTeX line break `\\` or an escaped backslash: a line break is the safe reading.
            out.put_char('\n', i);
        } else {
            out.put_char(next, i + 1);
        }
        return Some(i + 2);
    }
    let name_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if name_len == 0 {
        return None;
    }
    let name = &rest[..name_len];
    let after = i + 1 + name_len;
    match name {
        "item" => {
            out.put("- ", i);
            Some(after)
        }
        "bullet" | "cdot" | "textbullet" => {
            out.put_char('•', i);
            Some(after)
        }
        "textbf" | "textit" | "emph" | "underline" | "textsc" | "texttt" | "section" | "subsection" | "href" | "url" | "text" | "textrm" | "textnormal" | "mathrm" | "mathbf" => {
            // Drop the command and its braces; the argument text stays.
            let mut j = after;
            if src[j..].starts_with('*') {
                j += 1;
            }
            Some(j)
        }
        "hfill" | "quad" | "qquad" | "vspace" | "hspace" | "newline" | "par" | "noindent" | "small" | "large" | "Large" | "LARGE" | "huge" | "normalsize" | "footnotesize" => {
            out.put("   ", i);
            Some(after)
        }
        _ => None,
    }
}

/// For `<` at `i`, the offset just past the closing `>` if this looks like a tag
/// (`<name`, `</name`, `<!--`, `<!doctype`), or None if the `<` is plain text.
fn tag_end(bytes: &[u8], i: usize) -> Option<usize> {
    let next = *bytes.get(i + 1)?;
    let looks_like_tag = next.is_ascii_alphabetic() || next == b'/' || next == b'!';
    if !looks_like_tag {
        return None;
    }
    if bytes[i..].starts_with(b"<!--") {
        // An unclosed comment runs to the limit, which must not cut a character.
        let mut limit = bytes.len().min(i + 100_000);
        while bytes.get(limit).is_some_and(|&b| b & 0xC0 == 0x80) {
            limit -= 1;
        }
        return find(bytes, i + 4, limit, b"-->").map(|k| k + 3).or(Some(limit));
    }
    let limit = bytes.len().min(i + MAX_TAG_LEN);
    let mut quote = 0u8;
    for (k, &b) in bytes.iter().enumerate().take(limit).skip(i + 1) {
        match b {
            b'"' | b'\'' if quote == 0 => quote = b,
            q if q == quote && quote != 0 => quote = 0,
            b'>' if quote == 0 => return Some(k + 1),
            b'<' if quote == 0 => return None,
            _ => {}
        }
    }
    None
}

fn find(hay: &[u8], from: usize, limit: usize, needle: &[u8]) -> Option<usize> {
    if from >= limit {
        return None;
    }
    hay[from..limit].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// Emits the plain-text equivalent of the tag `src[start..end]`; returns where to continue.
fn html_tag(src: &str, start: usize, end: usize, out: &mut Builder, links: &mut Vec<Link>) -> usize {
    // A comment or doctype is dropped whole (an unclosed comment has no '>' to cut off).
    if src.as_bytes().get(start + 1) == Some(&b'!') {
        return end;
    }
    let tag = &src[start + 1..end - 1];
    let closing = tag.starts_with('/');
    let body = tag.trim_start_matches('/');
    let name_len = body.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_' || *b == b':').count();
    // Lower-cased on the stack: the names looked for are short, and a longer one, cut to the
    // buffer's 16 bytes, is none of them either.
    let mut buf = [0u8; 16];
    for (lower, b) in buf.iter_mut().zip(body.bytes().take(name_len)) {
        *lower = b.to_ascii_lowercase();
    }
    let name = std::str::from_utf8(&buf[..name_len.min(buf.len())]).unwrap_or("");
    // `<https://x.y>` / `<me@x.y>` autolinks: the content is the text.
    if !body.contains_chars(&[' ', '=', '"']) && (body.contains_str("://") || body.contains('@')) {
        let inner = &src[start + 1..end - 1];
        out.copy(start + 1, start + 1 + inner.len());
        return end;
    }
    match name {
        "script" | "style" | "template" | "noscript" | "svg" | "head" if !closing => {
            // Skip to the matching close tag; its content is never résumé text.
            let close = format!("</{name}");
            let lower_from = end;
            let hay = &src.as_bytes()[lower_from..];
            let pos = hay.windows(close.len()).position(|w| w.eq_ignore_ascii_case(close.as_bytes()));
            match pos {
                Some(p) => {
                    let after = lower_from + p;
                    tag_end(src.as_bytes(), after).unwrap_or(src.len())
                }
                None => src.len(),
            }
        }
        "br" | "hr" => {
            out.put_char('\n', start);
            end
        }
        "li" if !closing => {
            out.trim_end_spaces();
            if !out.is_empty() && !out.ends_with('\n') {
                out.put_char('\n', start);
            }
            out.put("- ", start);
            end
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            if !out.is_empty() && !out.ends_with('\n') {
                out.put_char('\n', start);
            }
            if !closing {
                let level = name.as_bytes()[1] - b'0';
                for _ in 0..level {
                    out.put_char('#', start);
                }
                out.put_char(' ', start);
            }
            end
        }
        "p" | "div" | "tr" | "ul" | "ol" | "li" | "table" | "tbody" | "thead" | "section" | "header" | "footer" | "article"
        | "main" | "nav" | "aside" | "blockquote" | "dl" | "dt" | "dd" | "pre" | "center" | "address" | "figure"
        | "figcaption" | "form" | "fieldset" | "details" | "summary" | "body" | "html" => {
            if !out.is_empty() && !out.ends_with('\n') {
                out.put_char('\n', start);
            }
            end
        }
        "td" | "th" => {
            if !closing {
                out.put("   ", start);
            }
            end
        }
        "a" if !closing => {
            if let Some(href) = attribute(body, "href") {
                let at = out.len();
                links.push(Link { url: href, start: at, end: at });
                // The link text follows; its end is fixed when `</a>` arrives.
            }
            end
        }
        "a" => {
            let at = out.len();
            if let Some(last) = links.last_mut() {
                if last.end == last.start {
                    last.end = at;
                }
            }
            end
        }
        "img" | "input" | "button" | "select" | "option" | "textarea" | "iframe" | "object" | "embed" | "video" | "audio" => end,
        "b" | "strong" | "i" | "em" | "span" | "font" | "u" | "small" | "big" | "sup" | "sub" | "code" | "mark" | "s" | "strike" | "abbr"
        | "time" | "label" | "kbd" | "var" | "cite" | "q" | "wbr" => end,
        _ => {
            // Unknown tags (`<to_right>`, `<datetime>`) wrap fields: keep them apart.
            let next_is_space = src.as_bytes().get(end).is_some_and(|b| b.is_ascii_whitespace());
            if !(out.is_empty() || out.ends_with(' ') || out.ends_with('\n') || closing && next_is_space) {
                out.put("   ", start);
            }
            end
        }
    }
}

/// The value of attribute `name` in a tag body, unquoted and entity-decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find_str(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = tag[at + name.len()..].trim_start_ws();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start_ws();
        let value = if let Some(r) = rest.strip_prefix('"') {
            &r[..r.find('"').unwrap_or(r.len())]
        } else if let Some(r) = rest.strip_prefix('\'') {
            &r[..r.find('\'').unwrap_or(r.len())]
        } else {
            &rest[..rest.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(rest.len())]
        };
        // Entities start with '&': the text between them is copied a run at a time.
        let mut decoded = String::with_capacity(value.len());
        let mut rest = value;
        while let Some(p) = rest.as_bytes().iter().position(|&b| b == b'&') {
            decoded.push_str(&rest[..p]);
            let (c, len) = entity(&rest[p..]).unwrap_or(('&', 1));
            decoded.push(c);
            rest = &rest[p + len..];
        }
        decoded.push_str(rest);
        return Some(decoded);
    }
    None
}

/// Decodes an HTML entity at the start of `s`: (character, bytes consumed).
fn entity(s: &str) -> Option<(char, usize)> {
    if !s.starts_with('&') {
        return None;
    }
    let semi = s.as_bytes().iter().take(12).position(|&b| b == b';').filter(|&p| p >= 2)?;
    let name = &s[1..semi];
    if !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#') {
        return None;
    }
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        match char::from_u32(code)? {
            '\u{A0}' => ' ',
            c if c.is_control() && c != '\n' => ' ',
            c => c,
        }
    } else {
        match name {
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "middot" => '·',
            "bull" => '•',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "copy" => '©',
            "reg" => '®',
            "laquo" => '«',
            "raquo" => '»',
            "rsquo" | "lsquo" => '\'',
            "rdquo" | "ldquo" => '"',
            "times" => '×',
            "deg" => '°',
            "eacute" => 'é',
            "egrave" => 'è',
            "aacute" => 'á',
            "oacute" => 'ó',
            "uuml" => 'ü',
            "ouml" => 'ö',
            "auml" => 'ä',
            "ccedil" => 'ç',
            "ntilde" => 'ñ',
            _ => return None,
        }
    };
    Some((c, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_names_match_in_any_case_and_long_ones_are_unknown() {
        assert_eq!(strip("a<BR>b<Div>c"), "a\nb\nc");
        assert_eq!(strip("a<averyveryverylongtagname>b"), "a   b");
    }

    #[test]
    fn unescaping_agrees_with_a_char_by_char_reading() {
        let by_char = |s: &str| {
            let mut out = String::new();
            let mut it = s.chars().peekable();
            while let Some(c) = it.next() {
                match it.peek() {
                    Some(&n) if c == '\\' && n.is_ascii_punctuation() => {
                        out.push(n);
                        it.next();
                    }
                    _ => out.push(c),
                }
            }
            out.trim_start_matches('<').trim_end_matches('>').to_string()
        };
        for s in ["", "\\", "a\\*b\\", "\\\\\\", "x\\é\\_y", "<https://x.io/a\\_b>", "\\北京", "no escapes", "<", "<>", "<<>>", "><", "\\<x\\>", "<a>b>"] {
            assert_eq!(unescape_md(s), by_char(s), "{s:?}");
        }
    }

    #[test]
    fn next_special_agrees_with_position() {
        let text = "plain text, then <b>bold</b> & **stars**, a_b, `code`, $x$, \\cmd, † and ![i](u) [l](v) ^1^ end".as_bytes();
        for from in 0..=text.len() {
            let want = text[from..].iter().position(|&b| SPECIAL[usize::from(b)]).map_or(text.len(), |p| from + p);
            assert_eq!(next_special(text, from), want, "from {from}");
        }
    }

    fn strip(s: &str) -> String {
        strip_markup(&MappedText::identity(s)).text.text
    }

    #[test]
    fn html_tags_become_plain_lines() {
        assert_eq!(strip("<b>Acme</b> &amp; Co<br>next"), "Acme & Co\nnext");
        assert_eq!(strip("<ul><li>one</li><li>two</li></ul>"), "- one\n- two\n");
        assert_eq!(strip("<h2>Skills</h2>x"), "## Skills\nx");
        assert_eq!(strip("<datetime>2020</datetime> - now"), "2020 - now");
        assert_eq!(strip("a<script>alert(1)</script>b"), "ab");
        assert_eq!(strip("x <!-- note --> y"), "x  y");
    }

    #[test]
    fn dashes_and_bullets_are_text_and_daggers_go() {
        let input = "Acme – Boston • 2020 —x†y “q”†z b –";
        let m = strip_markup(&MappedText::identity(input)).text;
        assert_eq!(m.text, "Acme – Boston • 2020 —xy “q”z b –");
        // Every byte kept maps to the input byte it was copied from.
        let kept: Vec<usize> = input.char_indices().filter(|&(_, c)| c != '†').flat_map(|(k, c)| k..k + c.len_utf8()).collect();
        assert_eq!((0..m.text.len()).map(|k| m.origin(k)).collect::<Vec<_>>(), kept);
    }

    #[test]
    fn plain_angle_brackets_stay() {
        assert_eq!(strip("a < b and c > d"), "a < b and c > d");
        assert_eq!(strip("<3 love"), "<3 love");
        assert_eq!(strip("mail <me@x.org>"), "mail me@x.org");
    }

    #[test]
    fn markdown_links_keep_text_and_record_url() {
        let s = strip_markup(&MappedText::identity("Engineer [Acme](https://acme.com) ok"));
        // The link is set off by a field gap: in headers it is a field of its own.
        assert_eq!(s.text.text, "Engineer   Acme ok");
        assert_eq!(s.links, vec![Link { url: "https://acme.com".into(), start: 11, end: 15 }]);
        assert_eq!(strip("![logo](a.png)Name"), "Name");
    }

    #[test]
    fn emphasis_and_escapes() {
        // A closing emphasis marker before a space becomes a field gap ("**Title** Acme").
        assert_eq!(strip("**Bold** and *it* and snake_case"), "Bold   and it   and snake_case");
        assert_eq!(strip("a **b**, c"), "ab, c".replace("ab", "a b"));
        assert_eq!(strip("* item"), "* item");
        assert_eq!(strip("[Java](https://java.com)^†^"), "Java");
        assert_eq!(strip("\\*Note"), "*Note");
        assert_eq!(strip("$\\bullet$ x"), "• x");
        assert_eq!(strip("\\textbf{Coursera} : \\text{Deep {Learning}}; x{y}"), "Coursera : Deep {Learning}; x{y}");
    }

    #[test]
    fn html_links_are_recorded() {
        let s = strip_markup(&MappedText::identity("<a href=\"https://github.com/me\">GitHub</a>"));
        assert_eq!(s.text.text, "GitHub");
        assert_eq!(s.links[0].url, "https://github.com/me");
        assert_eq!((s.links[0].start, s.links[0].end), (0, 6));
    }

    #[test]
    fn attribute_values_with_semicolons() {
        // Found by the fuzzer: a ';' at the start of what follows a character in an attribute.
        let s = strip_markup(&MappedText::identity("<a href=\"mailto:a;b.com\">x</a> &; &a;"));
        assert_eq!(s.links[0].url, "mailto:a;b.com");
        assert_eq!(s.text.text, "x &; &a;");
    }

    #[test]
    fn unclosed_tags_do_not_hang_or_eat_text() {
        let s = "<div>".repeat(10_000) + "text";
        assert!(strip(&s).ends_with("text"));
        assert_eq!(strip("<a href=\"x"), "<a href=\"x");
    }
}
