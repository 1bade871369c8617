//! basics: name, label, email, phone, url, profiles, location, summary.
//!
//! Contact details are looked for first in the header (text before the first heading) and
//! in contact/personal-information sections, then anywhere. Emails, phones and URLs are
//! recognised by hand-written scanners (no regex crate in the core: size matters in wasm).

use crate::chars::{is_alnum, is_alpha, with_lowercase, InlineChars};
use crate::strs::{FindChars, Search, Spaces};
use super::{clean_value, Doc};
use crate::lines::{is_cjk, GAP};
use crate::model::{FieldSpan, Profile, Resume, Span};
use super::lookup::PLACE_SET;
use crate::rules::words::{CHINESE_MUNICIPALITIES, CHINESE_PROVINCES, NETWORKS, US_STATE_CODES};
use crate::sections::{heading_kind, Section, SectionKind};

/// Line indices where contact details are expected: the header and contact sections.
fn contact_lines(doc: &Doc) -> Vec<usize> {
    let mut out = Vec::new();
    for s in doc.sections {
        if s.is_header || s.kind == SectionKind::Basics {
            out.extend(s.body.clone().filter(|&i| !doc.lines[i].is_blank()));
        }
    }
    // An "About" section can hold the contact details too (sidebars of PDF layouts).
    for s in doc.sections.iter().filter(|s| s.kind == SectionKind::Summary) {
        out.extend(s.body.clone().filter(|&i| !doc.lines[i].is_blank() && doc.lines[i].text.chars().count() <= 60));
    }
    // A PDF's right-hand contact column can land under the first heading: a line near the top
    // that is nothing but a link is a contact detail wherever it is.
    let top = doc.lines.iter().enumerate().filter(|(_, l)| !l.is_blank()).take(15).map(|(i, _)| i);
    let lone_links: Vec<usize> = top
        .filter(|&i| {
            let t = doc.lines[i].text.trim_ws();
            // A bare domain ("Gong.io") may be an employer's name; a link has a scheme or a path.
            let link_like = t.contains_str("://") || t.starts_with("www.") || t.trim_end_matches('/').contains('/');
            !out.contains(&i) && link_like && find_urls(t).first().is_some_and(|&(s, e)| s == 0 && e == t.len())
        })
        .collect();
    out.extend(lone_links);
    out
}

fn is_email_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

/// The first email address in `s`, with its byte range.
pub fn find_email(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut search = 0;
    while let Some(rel) = b[search..].iter().position(|&c| c == b'@') {
        let at = search + rel;
        search = at + 1;
        let mut st = at;
        while st > 0 && is_email_char(b[st - 1] as char) && at - st < 64 {
            st -= 1;
        }
        let mut en = at + 1;
        while en < b.len() && is_email_char(b[en] as char) && en - at < 255 {
            en += 1;
        }
        while en > at && matches!(b[en - 1], b'.' | b'-') {
            en -= 1;
        }
        while st < at && matches!(b[st], b'.' | b'-') {
            st += 1;
        }
        let local = &s[st..at];
        let domain = &s[at + 1..en];
        let tld_ok = domain.rsplit('.').next().is_some_and(|t| t.len() >= 2 && t.chars_inline().all(|c| c.is_ascii_alphabetic()));
        if !local.is_empty() && domain.contains('.') && tld_ok && !domain.contains_str("..") {
            return Some((st, en));
        }
    }
    None
}

/// The first phone number in `s`: 7–15 digits with the usual separators, a `+` or `(`
/// allowed in front; masked digits (`1xx-xxxx`) only when `labelled`.
pub fn find_phone(s: &str, labelled: bool) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let starts = (c == b'+' || c == b'(' || c.is_ascii_digit()) && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'.' | b'_' | b'@' | b'/')));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut digits = 0;
        let mut masked = 0;
        let mut groups_ok = true;
        while j < b.len() {
            let d = b[j];
            if d.is_ascii_digit() {
                digits += 1;
            } else if (d == b'x' || d == b'X' || d == b'*') && labelled && digits > 0 {
                masked += 1;
            } else if matches!(d, b' ' | b'-' | b'.' | b'(' | b')' | b'+') {
                if d == b' ' && b.get(j + 1) == Some(&b' ') {
                    break;
                }
                if d == b'+' && !(j == i || (j == i + 1 && b[i] == b'(')) {
                    groups_ok = false;
                }
            } else {
                break;
            }
            j += 1;
        }
        let mut end = j;
        while end > i && !(b[end - 1].is_ascii_digit() || matches!(b[end - 1], b'x' | b'X' | b'*' | b')')) {
            end -= 1;
        }
        let total = digits + masked;
        // Digits of an email address or a URL are not a phone number.
        let glued = j > 0 && b[j - 1] != b' ';
        if glued && (matches!(b.get(j), Some(b'@' | b'/' | b'_')) || s[j..].starts_with(|c: char| c.is_ascii_alphabetic())) {
            i = j.max(i + 1);
            continue;
        }
        let text = &s[i..end];
        let looks_like_date = || super::dates::find_dates(text).iter().any(|d| d.is_range()) || text.matches('.').count() >= 2 && !text.contains(' ');
        if groups_ok && (7..=16).contains(&total) && digits >= 3 && !looks_like_date() {
            return Some((i, end));
        }
        i = j.max(i + 1);
    }
    None
}

/// The tokens of `s` (between white space, brackets, quotes, `|`, `，`, `、`) that hold a '.'
/// or ':', with their offsets. Every URL has a dot in its host or a scheme's colon, and most
/// words have neither: only the tokens around those bytes are cut out, not every character
/// of the line decoded.
fn tokens_with_dot_or_colon(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_separator = |c: char| crate::chars::is_space(c) || matches!(c, '<' | '>' | '"' | '\'' | '|' | '，' | '、' | '(' | ')' | '（' | '）' | '[' | ']');
    let mut from = 0;
    std::iter::from_fn(move || {
        let p = from + crate::swar::find_either(&s.as_bytes()[from..], b'.', b':')?;
        let start = s[..p].char_indices().rev().find(|&(_, c)| is_separator(c)).map_or(0, |(k, c)| k + c.len_utf8());
        let end = s[p..].char_indices_inline().find(|&(_, c)| is_separator(c)).map_or(s.len(), |(k, _)| p + k);
        from = end;
        Some((start, &s[start..end]))
    })
}

/// URL-ish tokens: `https://…`, `www.…`, or `domain.tld/path`.
pub fn find_urls(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (off, token) in tokens_with_dot_or_colon(s) {
        // "博客:https://…": the URL may start inside the token.
        let inner = ["https://", "http://", "www."].iter().filter_map(|p| crate::strs::find(token, p)).min().unwrap_or(0);
        let token = &token[inner..];
        let off = off + inner;
        let t = token.trim_end_matches(['.', ',', ';', ':']);
        let t = t.trim_start_matches([':', '：']);
        let lead = token.len() - token.trim_start_matches([':', '：']).len();
        if t.is_empty() || t.contains('@') && !t.contains('/') {
            continue;
        }
        let starts = |p: &str| crate::strs::starts_with_ignore_case(t, p);
        let is_url = starts("http://") || starts("https://") || starts("www.") || {
            let host = t.split('/').next().unwrap_or("");
            let tld = host.rsplit('.').next().unwrap_or("");
            const TLDS: &[&str] = &["com", "io", "org", "net", "dev", "me", "cn", "co", "ai", "app", "xyz", "site", "tech", "info", "page"];
            host.contains('.')
                && host.chars_inline().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                && TLDS.iter().any(|d| d.eq_ignore_ascii_case(tld))
                && !host.starts_with('.')
        };
        if is_url {
            out.push((off + lead, off + lead + t.len()));
        }
    }
    out
}

fn with_scheme(url: &str) -> String {
    let u = url.trim_ws();
    if u.starts_with("http://") || u.starts_with("https://") {
        u.to_string()
    } else {
        ["https://", u].concat()
    }
}

fn profile_for(url: &str) -> Option<Profile> {
    // ASCII lower-casing keeps byte offsets, so `rest` indexes `url` too.
    let url = url.trim_ws();
    let lower = url.to_ascii_lowercase();
    // (`trim_start_matches` with a string sets up a searcher per call.)
    fn trim<'a>(mut s: &'a str, prefix: &str) -> &'a str {
        while let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
        }
        s
    }
    let rest = trim(trim(trim(&lower, "https://"), "http://"), "www.");
    let host = rest.split_once('/').map_or(rest, |(host, _)| host);
    let &(_, network) = NETWORKS.iter().find(|(d, _)| host.strip_suffix(d).is_some_and(|sub| sub.is_empty() || sub.ends_with('.')))?;
    // Username: the first path segment, or the one after /in/ on LinkedIn.
    let raw_rest = &url[url.len() - rest.len()..];
    let raw_path = raw_rest.split_once('/').map(|x| x.1).unwrap_or("");
    let segs: Vec<&str> = raw_path.split(['/', '?', '#']).filter(|s| !s.is_empty()).collect();
    let username = match network {
        "LinkedIn" => segs.iter().position(|s| *s == "in" || *s == "pub").and_then(|k| segs.get(k + 1)).copied(),
        _ => segs.first().copied(),
    }
    .map(|u| u.trim_start_matches('@').to_string());
    Some(Profile { network: network.to_string(), username, url: Some(with_scheme(url)), span: Span::default() })
}

/// Label words in front of contact values: `Email:`, `电话：`.
fn strip_label(s: &str) -> &str {
    match crate::strs::find_colon(s) {
        Some(k) if k < 30 && !s[..k].contains_str("http") => s[k..].trim_start_matches([':', '：']).trim_ws(),
        _ => s.trim_ws(),
    }
}

/// Calls `f` with the label before a colon in `s`, lower-cased (on the stack when short), or
/// with "" when there is none.
fn with_label<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    match crate::strs::find_colon(s) {
        Some(k) if k < 30 => with_lowercase(s[..k].trim_ws(), f),
        _ => f(""),
    }
}

const NAME_KEYS: &[&str] = &["name", "姓名", "名字", "full name"];
const LABEL_KEYS: &[&str] = &["applying for", "target role", "意向职位", "期望职位", "职位", "求职意向", "应聘职位", "目标职位", "position", "title", "desired position", "求职岗位", "意向岗位"];
const LOCATION_KEYS: &[&str] = &["location", "address", "city", "现居", "现居地", "所在地", "地址", "居住地", "城市", "所在城市", "坐标", "base"];
const PHONE_KEYS: &[&str] = &["phone", "tel", "mobile", "cell", "电话", "手机", "手机号", "联系电话", "手机号码", "电话号码"];

pub(crate) fn looks_like_name(s: &str) -> bool {
    let t = s.trim_ws();
    // One pass over the characters: no digits or punctuation a name never has, at most 40
    // characters, and how many are ideographs.
    let (mut chars, mut cjk) = (0, 0);
    for c in t.chars_inline() {
        if c.is_ascii_digit() || matches!(c, '@' | ':' | '：' | '/' | '|' | '(' | ')' | ',') {
            return false;
        }
        chars += 1;
        cjk += usize::from(is_cjk(c));
    }
    if chars == 0 || chars > 40 {
        return false;
    }
    if cjk > 0 {
        let n = t.chars_inline().filter(|c| !c.is_whitespace() && *c != '·').count();
        return cjk == n && (2..=4).contains(&n) && {
            let compact: String = t.chars_inline().filter(|c| !c.is_whitespace()).collect();
            crate::rules::surnames::starts_with_surname(&compact)
        };
    }
    let words: Vec<&str> = t.words().collect();
    if !(1..=5).contains(&words.len()) {
        return false;
    }
    // The shape first: the table look-ups cost more.
    let shaped = words.iter().all(|w| w.chars_inline().all(|c| is_alpha(c) || matches!(c, '-' | '\'' | '.' | '’')))
        && (words.len() >= 2 || words[0].chars_inline().next().is_some_and(char::is_uppercase));
    shaped && !(super::lookup::TITLES.matches(t) || super::lookup::PLACE_SET.matches(t) && words.len() < 2) && !with_lowercase(t, |l| PAGE_CHROME.contains(&l))
}

pub fn basics(doc: &Doc, resume: &mut Resume) {
    let lines = doc.lines;
    let contact = contact_lines(doc);
    // (Sized for every line at once: a filter's collect grows the list step by step.)
    let mut all: Vec<usize> = Vec::with_capacity(lines.len());
    all.extend((0..lines.len()).filter(|&i| !lines[i].is_blank()));
    let b = &mut resume.basics;
    let mut spans: Vec<FieldSpan> = Vec::new();
    let mut used: Vec<usize> = Vec::new(); // lines holding contact values, never the name or label

    // Email: contact area first, then anywhere (including mailto: links).
    for &i in contact.iter().chain(all.iter()) {
        let t = &lines[i].text;
        if let Some((s, e)) = find_email(t) {
            b.email = Some(t[s..e].to_string());
            spans.push(FieldSpan { field: "email", span: doc.clean.span(lines[i].start + s, lines[i].start + e) });
            used.push(i);
            break;
        }
    }
    // A narrow sidebar can break an address over two lines: "name@prot" / "onmail.com".
    if b.email.is_none() {
        for &i in contact.iter().chain(all.iter()) {
            let t = lines[i].text.trim_ws();
            let Some(next) = lines.get(i + 1).map(|l| l.text.trim_ws()) else { continue };
            if t.contains('@') && !t.contains(' ') && !next.contains(' ') && !next.is_empty() {
                let joined = [t, next].concat();
                if let Some((s, e)) = find_email(&joined).filter(|&(s, e)| s == 0 && e == joined.len()) {
                    b.email = Some(joined[s..e].to_string());
                    spans.push(FieldSpan { field: "email", span: doc.span_of_lines(i, i + 1) });
                    break;
                }
            }
        }
    }
    // Phone: only in the contact area or on a labelled line, so figures in highlights are not phones.
    // Unlabelled numbers count near the top (sidebars of PDF layouts end up further down).
    // (Read only when the lines before it hold no phone.)
    let top = all.iter().copied().filter(|&i| lines[i].text.chars().count() <= 40).take(30);
    let labelled_lines = all.iter().copied().filter(|&i| {
        with_label(&lines[i].text, |label| PHONE_KEYS.iter().any(|k| label.contains_str(k)))
    });
    for i in contact.iter().copied().chain(labelled_lines).chain(top) {
        let t = &lines[i].text;
        if super::dates::find_dates(t).iter().any(|d| d.is_range()) {
            continue;
        }
        let labelled = t.contains('+') || with_lowercase(t, |lower| PHONE_KEYS.iter().any(|k| lower.contains_str(k)));
        for piece in crate::strs::split(t, GAP) {
            let off = piece.as_ptr() as usize - t.as_ptr() as usize;
            if let Some((s, e)) = find_phone(piece, labelled) {
                b.phone = Some(piece[s..e].trim_ws().to_string());
                spans.push(FieldSpan { field: "phone", span: doc.clean.span(lines[i].start + off + s, lines[i].start + off + e) });
                used.push(i);
                break;
            }
        }
        if b.phone.is_some() {
            break;
        }
    }
    // URLs and profiles: text and link targets in the contact area.
    let mut urls: Vec<(String, usize)> = Vec::new();
    for &i in &contact {
        let t = &lines[i].text;
        for (s, e) in find_urls(t) {
            let mut url = t[s..e].to_string();
            // A narrow column breaks long URLs: "linkedin.com/in/jane-doe-" / "a6831 (LinkedIn)".
            if e == t.trim_end_ws().len() && url.ends_with(['-', '/', '_']) {
                // Not a heading or a capitalised word: "site.dev/" over "Languages" is two lines.
                let next_line = lines.get(i + 1).filter(|l| heading_kind(l).is_none());
                if let Some(rest) = next_line.and_then(|l| l.text.words().next()).filter(|r| !r.starts_with(char::is_uppercase)) {
                    if rest.chars_inline().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/')) {
                        url.push_str(rest);
                    }
                }
            }
            urls.push((url, i));
        }
        for l in doc.links_on_line(i) {
            if !l.url.starts_with("mailto:") && !l.url.starts_with("tel:") && !l.url.starts_with('#') {
                urls.push((l.url.clone(), i));
            }
        }
    }
    for (url, i) in urls {
        let trimmed = url.trim_end_matches('/');
        let host = crate::strs::split(trimmed, "://").last().unwrap_or("").split('/').next().unwrap_or("");
        if !host.contains('.') || host.starts_with('.') || !host.chars_inline().any(|c| c.is_ascii_alphabetic()) {
            continue; // relative links such as ./resume-en.md
        }
        if trimmed.contains('@') && !trimmed.contains_str("://") {
            continue;
        }
        if let Some(mut p) = profile_for(&url) {
            if b.profiles.iter().any(|q| q.network == p.network && q.username == p.username) {
                continue;
            }
            p.span = doc.line_span(i);
            b.profiles.push(p);
            used.push(i);
        } else if b.url.is_none() {
            b.url = Some(with_scheme(&url));
            spans.push(FieldSpan { field: "url", span: doc.line_span(i) });
            used.push(i);
        }
    }

    // "GitHub" on one line and the handle on the next, or "GitHub: handle", with no URL.
    for (n, &i) in contact.iter().enumerate() {
        let t = lines[i].text.trim_ws();
        let (label, value) = match super::split_colon(t) {
            Some((l, v)) if !v.trim_ws().is_empty() && !v.contains('/') => (l.trim_ws(), v.trim_ws().to_string()),
            Some(_) => continue,
            None => match contact.get(n + 1) {
                Some(&j) if j == i + 1 || j == i + 2 => (t, lines[j].text.trim_ws().to_string()),
                _ => continue,
            },
        };
        let Some(&(_, network)) = NETWORKS.iter().find(|(_, name)| name.eq_ignore_ascii_case(label)) else { continue };
        let handle = value.trim_start_matches('@');
        if handle.is_empty() || handle.contains_chars(&[' ', '/', '@']) || handle.chars().count() > 60 || b.profiles.iter().any(|p| p.network == network) {
            continue;
        }
        // No URL is made up from the handle: the text did not give one.
        b.profiles.push(Profile { network: network.to_string(), username: Some(handle.to_string()), url: None, span: doc.line_span(i) });
        used.push(i);
        if crate::strs::find_colon(t).is_none() {
            used.push(i + 1);
            if let Some(&j) = contact.get(n + 1) {
                used.push(j);
            }
        }
    }

    // Key-value header lines: 姓名：张三, 意向职位：…, Location: ….
    for &i in &contact {
        let t = &lines[i].text;
        // Which kinds of key the label is, read from one lower-cased copy.
        let Some((name_key, label_key, location_key)) = with_label(t, |key| (!key.is_empty()).then(|| (NAME_KEYS.contains(&key), LABEL_KEYS.contains(&key), LOCATION_KEYS.contains(&key)))) else {
            continue;
        };
        let value = clean_value(crate::strs::split(strip_label(t), GAP).next().unwrap_or(""));
        if value.is_empty() {
            continue;
        }
        if b.name.is_none() && name_key {
            b.name = Some(value);
            spans.push(FieldSpan { field: "name", span: doc.line_span(i) });
        } else if b.label.is_none() && label_key {
            b.label = Some(value);
            spans.push(FieldSpan { field: "label", span: doc.line_span(i) });
        } else if b.location.is_empty() && location_key {
            match chinese_place(&value) {
                Some((region, city)) => {
                    b.location.region = region;
                    b.location.city = Some(city);
                }
                None => b.location.city = Some(value),
            }
            spans.push(FieldSpan { field: "location", span: doc.line_span(i) });
        }
        used.push(i);
    }

    // Name: a level-1 heading in the header, else the first name-shaped line near the top.
    let mut name_line = None;
    if b.name.is_none() {
        let candidates: Vec<usize> = contact.iter().copied().take(16).collect();
        let piece_name = |i: usize| -> Option<String> {
            if heading_kind(&lines[i]).is_some() && lines[i].heading == 0 {
                return None;
            }
            // A line that is one link ("[简体中文](./resume-zh.md)") is navigation, not a name.
            if doc.links_on_line(i).any(|l| l.start <= lines[i].start && l.end >= lines[i].end) {
                return None;
            }
            crate::strs::split(&lines[i].text, GAP).map(name_text).find(|p| looks_like_name(p))
        };
        let named = |i: usize| piece_name(i).map(|name| (i, name));
        let by_heading = candidates.iter().copied().filter(|&i| lines[i].heading == 1).find_map(named);
        let pick = by_heading.or_else(|| candidates.iter().copied().find_map(named));
        if let Some((i, name)) = pick {
            b.name = Some(name);
            spans.push(FieldSpan { field: "name", span: doc.line_span(i) });
            name_line = Some(i);
        }
    }
    // Label: the headline right under the name.
    if b.label.is_none() {
        if let Some(n) = name_line {
            // The headline is the line under the name, or the first field of it when contact
            // details share the line ("Product Designer · me@x.com · (415) 555-0199").
            let next = contact.iter().copied().find(|&i| i > n);
            if let Some(i) = next {
                let t = crate::strs::split(&lines[i].text, GAP).next().unwrap_or("").trim_ws();
                let t = if t.contains('@') || find_phone(t, false).is_some() { first_field(t) } else { t };
                let t = t.to_string();
                let ok = t.chars().count() <= 90
                    && !t.contains('@')
                    && find_phone(&t, false).is_none()
                    && find_urls(&t).is_empty()
                    && super::dates::find_dates(&lines[i].text).is_empty()
                    && !super::lookup::SCHOOLS.matches(&t)
                    && !is_location(&t)
                    && heading_kind(&lines[i]).is_none()
                    && !t.ends_with(['.', '。']);
                if ok && !t.is_empty() {
                    b.label = Some(clean_value(&t));
                    spans.push(FieldSpan { field: "label", span: doc.line_span(i) });
                    used.push(i);
                }
            }
        }
    }
    // Location: a place-shaped piece of a header line.
    if b.location.is_empty() {
        'outer: for &i in contact.iter().take(20) {
            for piece in crate::strs::split(&lines[i].text, GAP).flat_map(|p| p.split_inline(|c| matches!(c, '|' | '·' | '•'))) {
                // "Dublin, Ireland (Eligible to work)": the note is not part of the place,
                // but "Nice, (FR)" puts the country in parentheses.
                let code_in_parens = piece.trim_end_ws().ends_with(')') && piece.contains_str(", (");
                let piece = if code_in_parens { clean_value(&piece.replace(['(', ')'], "")) } else { clean_value(piece.find_chars(&['(', '（']).map_or(piece, |k| &piece[..k])) };
                if b.name.as_deref() == Some(piece.as_str()) {
                    continue;
                }
                if let Some((region, city)) = chinese_place(&piece) {
                    b.location.region = region;
                    b.location.city = Some(city);
                    spans.push(FieldSpan { field: "location", span: doc.line_span(i) });
                    break 'outer;
                }
                let spaced = (!piece.contains(',')).then(|| spaced_place(&piece)).flatten();
                if is_location(&piece) || spaced.is_some() {
                    let parts: Vec<String> = match spaced {
                        Some(p) => {
                            b.location.address = p.address;
                            b.location.postal_code = p.postal_code;
                            p.parts
                        }
                        None => piece.split([',', '，']).map(clean_value).filter(|p| !p.is_empty()).collect(),
                    };
                    b.location.city = parts.first().cloned();
                    if parts.len() == 2 {
                        // "Austin, TX" names a state; "Nice, FR" and "Pune, (IN)" a country.
                        if !code_in_parens && US_STATE_CODES.contains(&parts[1].as_str()) {
                            b.location.region = Some(parts[1].clone());
                        } else {
                            b.location.country_code = Some(parts[1].clone());
                        }
                    } else if parts.len() >= 3 {
                        b.location.region = Some(parts[1].clone());
                        b.location.country_code = parts.last().cloned();
                    }
                    spans.push(FieldSpan { field: "location", span: doc.line_span(i) });
                    break 'outer;
                }
            }
        }
    }
    // A bare handle among the contact details ("· 0xPoe ·", or alone on a line) is a profile
    // whose network the text does not name.
    for &i in contact.iter().take(20) {
        if Some(i) == name_line {
            continue;
        }
        let t = &lines[i].text;
        // Whether the line holds an email or a phone is asked only of a handle-shaped piece.
        let mut contact_line = None;
        for piece in crate::strs::split(t, GAP).flat_map(|p| p.split_inline(|c| matches!(c, '|' | '·' | '•'))) {
            let piece = piece.trim_ws();
            let known = |u: &str| b.profiles.iter().any(|p| p.username.as_deref().is_some_and(|v| v.trim_start_matches('@').eq_ignore_ascii_case(u)));
            let on_contact_line = || *contact_line.get_or_insert_with(|| find_email(t).is_some() || find_phone(t, false).is_some());
            if looks_like_handle(piece, on_contact_line) && !known(piece.trim_start_matches('@')) && b.name.as_deref() != Some(piece) {
                b.profiles.push(Profile { network: String::new(), username: Some(piece.to_string()), url: None, span: doc.line_span(i) });
            }
        }
    }
    b.spans = spans;
}

/// A user name as people print it beside their contact details: one token with a digit,
/// an underscore or a leading `@` ("0xPoe", "@jane_doe"), or, on a line that also holds an
/// email or phone, a joined-up name ("MarcWong").
fn looks_like_handle(s: &str, on_contact_line: impl FnOnce() -> bool) -> bool {
    let h = s.strip_prefix('@').unwrap_or(s);
    let n = h.len();
    if !(3..=39).contains(&n)
        || !h.chars_inline().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        || !h.starts_with(|c: char| c.is_ascii_alphanumeric())
        || h.chars_inline().filter(char::is_ascii_alphabetic).count() < 2
    {
        return false;
    }
    if NETWORKS.iter().any(|(_, name)| name.eq_ignore_ascii_case(h)) || super::lookup::TITLES.matches(h) {
        return false;
    }
    // "HTML5", "Web3", "ES6": a word with a version number is a technology.
    let alpha_end = h.trim_end_matches(|c: char| c.is_ascii_digit());
    let versioned = alpha_end.chars_inline().all(|c| c.is_ascii_alphabetic()) && alpha_end.chars_inline().any(|c| c.is_ascii_uppercase()) && n - alpha_end.len() <= 2;
    let digit = h.chars_inline().any(|c| c.is_ascii_digit()) && !versioned;
    let b = h.as_bytes();
    let camel = || b[0].is_ascii_uppercase() && b.iter().all(u8::is_ascii_alphabetic) && b.windows(2).filter(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()).count() == 1 && on_contact_line();
    s.starts_with('@') || digit || h.contains('_') || camel()
}

/// Text before the first field separator (` · `, ` | `, ` • `, a wide gap).
fn first_field(t: &str) -> &str {
    let end = [GAP, " · ", " | ", " • "].iter().filter_map(|sep| crate::strs::find(t, sep)).min().unwrap_or(t.len());
    t[..end].trim_ws()
}

fn name_text(s: &str) -> String {
    // Emoji or icons before a name ("🧑‍💻赵勇臻") are decoration.
    let first = crate::strs::split(s, GAP).next().unwrap_or("");
    clean_value(first.trim_matches(|c: char| !(is_alnum(c) || c == '.' || c == '\'')))
}

/// Lines a web page copy brings along that are never the person's name.
const PAGE_CHROME: &[&str] = &["skip to content", "skip to main content", "menu", "home", "resume", "cv", "curriculum vitae", "简历", "个人简历", "download pdf", "print"];

/// A place written with spaces only: "Somerville Massachusetts 02143 US",
/// "Upon request Dallas Texas US".
pub struct SpacedPlace {
    /// Words before the city (a street, or a theme's "Upon request").
    pub address: Option<String>,
    /// The city, then the known region and country words.
    pub parts: Vec<String>,
    pub postal_code: Option<String>,
}

pub fn spaced_place(s: &str) -> Option<SpacedPlace> {
    // The shape test first: it rules out short lower-case words without a table look-up.
    let known = |w: &str| (w.len() > 2 || w.chars_inline().all(|c| c.is_ascii_uppercase())) && PLACE_SET.contains_any_case(w);
    let is_postal = |w: &str| (4..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // The place ends the text (before a postal code): most texts are ruled out by their last
    // word, before anything is collected.
    let (before, last) = split_last_word(s)?;
    if !known(if is_postal(last) { split_last_word(before)?.1 } else { last }) {
        return None;
    }
    let words: Vec<&str> = s.words().collect();
    if !(2..=8).contains(&words.len()) {
        return None;
    }
    let postal_at = words.iter().position(|w| is_postal(w));
    let rest: Vec<&str> = words.iter().enumerate().filter(|&(k, _)| Some(k) != postal_at).map(|(_, w)| *w).collect();
    if rest.iter().any(|w| w.chars_inline().any(|c| c.is_ascii_digit())) {
        return None;
    }
    let first_known = rest.iter().position(|w| known(w))?;
    if first_known == 0 || !rest[first_known..].iter().all(|w| known(w)) {
        return None;
    }
    // The city is the capitalised words right before the region; what comes before is address.
    let city_len = rest[..first_known].iter().rev().take_while(|w| w.starts_with(char::is_uppercase) && w.chars_inline().all(|c| is_alpha(c) || matches!(c, '-' | '.' | '\''))).count().min(3);
    if city_len == 0 {
        return None;
    }
    let split = first_known - city_len;
    let mut parts = vec![rest[split..first_known].join(" ")];
    parts.extend(rest[first_known..].iter().map(|w| w.to_string()));
    Some(SpacedPlace { address: (split > 0).then(|| rest[..split].join(" ")), parts, postal_code: postal_at.map(|k| words[k].to_string()) })
}

/// The longest last word [`split_last_word`] gives: lower-casing shrinks a character to no
/// less than a third of its bytes (the Kelvin sign's three to 'k'), so a longer word is no key
/// of the PLACES table, and no postal code.
const LAST_WORD_MAX: usize = 3 * PLACE_MAX;

/// `s` before its last word, and that word (`s.words().next_back()`), found by bytes when `s`
/// is ASCII; `None` when there is no word or the last one is longer than [`LAST_WORD_MAX`].
fn split_last_word(s: &str) -> Option<(&str, &str)> {
    if !s.is_ascii() {
        // Only the tail is read: a long line of Chinese is one word, decoded backwards. The
        // tail starts a byte or more before a word short enough, so it holds the space before it.
        let t = s.trim_end_ws();
        let mut from = t.len().saturating_sub(LAST_WORD_MAX + 1);
        while !t.is_char_boundary(from) {
            from -= 1;
        }
        let last = t[from..].words().next_back()?;
        let start = last.as_ptr() as usize - s.as_ptr() as usize;
        return (last.len() <= LAST_WORD_MAX).then(|| (&s[..start], last));
    }
    // ASCII white space as `char::is_whitespace` has it.
    let space = |b: &u8| matches!(b, b' ' | b'\t'..=b'\r');
    let b = s.as_bytes();
    let end = b.iter().rposition(|c| !space(c))? + 1;
    let start = b[..end].iter().rposition(space).map_or(0, |k| k + 1);
    (end - start <= LAST_WORD_MAX).then(|| (&s[..start], &s[start..end]))
}

/// A spaced place that is nothing but the place: "Somerville MA USA", "Austin Texas US".
pub fn spaced_location(s: &str) -> Option<Vec<String>> {
    spaced_place(s).filter(|p| p.address.is_none() && p.postal_code.is_none() && s.words().nth(5).is_none()).map(|p| p.parts)
}

/// "陕西宝鸡", "广东省深圳市" → (province, city); "上海" → (None, city).
fn chinese_place(s: &str) -> Option<(Option<String>, String)> {
    let n = s.chars().count();
    if !(2..=10).contains(&n) || !s.chars_inline().all(is_cjk) {
        return None;
    }
    // "北京大学" and "上海某某科技有限公司" start with a place but name a school or a company.
    if super::lookup::SCHOOLS.matches(s) || super::lookup::ORGS.matches(s) {
        return None;
    }
    let province = CHINESE_PROVINCES.iter().find(|p| s.starts_with(*p))?;
    let rest = s[province.len()..].trim_start_matches("自治区").trim_start_matches('省').trim_start_matches('市');
    let city = rest.trim_end_matches('市');
    if city.is_empty() {
        return CHINESE_MUNICIPALITIES.contains(province).then(|| (None, province.to_string()));
    }
    (2..=4).contains(&city.chars().count()).then(|| (Some(province.to_string()), city.to_string()))
}

/// The length in bytes of the longest key of the PLACES table.
const PLACE_MAX: usize = crate::strs::longest(crate::rules::words::PLACES);

/// Whether the lower-cased `l` is short enough to be a key of the PLACES table: a longer text
/// (most pieces of a header) is not hashed and looked up.
pub(super) fn could_be_place(l: &str) -> bool {
    l.len() <= PLACE_MAX
}

/// Whether `s`, in any case, is a key of the PLACES table, and whether it has two bytes
/// lower-cased (a code such as "TX").
pub(super) fn known_place(s: &str) -> (bool, bool) {
    // ASCII keeps its length when lower-cased; most texts are then rejected by the table's
    // bits without being lower-cased.
    if s.is_ascii() {
        (could_be_place(s) && PLACE_SET.contains_any_case(s), s.len() == 2)
    } else {
        with_lowercase(s, |l| (could_be_place(l) && PLACE_SET.contains(l), l.len() == 2))
    }
}

/// "Dublin, Ireland", "Austin, TX", "北京": a place the PLACES table knows, possibly after a city.
pub fn is_location(s: &str) -> bool {
    // (Sixty bytes or fewer are sixty characters or fewer: not counted.)
    if s.len() > 4 * 60 || s.len() > 60 && s.chars().count() > 60 || s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Comma-separated parts, each short; all known places, or a known one and a last part
    // that is known or a two-letter code ("Austin, TX").
    let (mut parts, mut known, mut last_fits) = (0, 0, false);
    for part in super::fields::split_at_leads(s, *b",\xEF", super::fields::comma_len) {
        let part = crate::chars::trim_by(part.trim_ws(), |c| c == '(' || c == ')');
        if part.is_empty() {
            continue;
        }
        parts += 1;
        if parts > 4 || part.words().nth(3).is_some() {
            return false;
        }
        let (is_known, two_letters) = known_place(part);
        known += usize::from(is_known);
        last_fits = is_known || two_letters;
    }
    parts > 0 && (known == parts || parts >= 2 && known >= 1 && last_fits)
}

/// The summary: a section's paragraphs, lines joined.
pub fn summary(doc: &Doc, section: &Section, resume: &mut Resume) {
    if resume.basics.summary.is_some() {
        return;
    }
    let mut text = String::new();
    let mut prev: Option<usize> = None;
    let mut first = None;
    let mut last = 0;
    // An "About" block of a sidebar holds contact details and short labels beside the
    // summary: only prose goes into the summary.
    let is_prose = |t: &str| crate::chars::has_cjk(t) || t.words().nth(3).is_some();
    let is_contact = |t: &str| find_email(t).is_some() || find_phone(t, false).is_some_and(|(a, b)| b - a + 6 >= t.trim_ws().len()) || !t.trim_ws().contains(' ') && !find_urls(t).is_empty() || is_location(t.trim_ws()) || spaced_place(t.trim_ws()).is_some();
    for i in section.body.clone() {
        let line = &doc.lines[i];
        if line.is_blank() || is_contact(&line.text) || !is_prose(&line.text) && prev.is_none_or(|p| p + 1 < i) {
            continue;
        }
        if prev.is_some_and(|p| p + 1 < i) {
            text.push('\n');
        } else if !text.is_empty() {
            let cjk = text.chars().next_back().is_some_and(is_cjk) && line.text.starts_with(is_cjk);
            if !cjk {
                text.push(' ');
            }
        }
        text.push_str(&super::flat(&line.text));
        prev = Some(i);
        first.get_or_insert(i);
        last = i;
    }
    if let Some(f) = first {
        resume.basics.summary = Some(text);
        resume.basics.spans.push(FieldSpan { field: "summary", span: doc.span_of_lines(f, last) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_as_by_splitting() {
        for s in ["", ".", "a b", "see https://x.io/a, www.y.com.", "博客:https://a.cn（主页）", "a.b\u{3000}c:d|e.f", "x . y", "<a.b>\"c.d\"", "é.ü 、ä:ö"] {
            let want: Vec<(usize, &str)> = s
                .split(|c: char| crate::chars::is_space(c) || matches!(c, '<' | '>' | '"' | '\'' | '|' | '，' | '、' | '(' | ')' | '（' | '）' | '[' | ']'))
                .filter(|t| t.contains(['.', ':']))
                .map(|t| (t.as_ptr() as usize - s.as_ptr() as usize, t))
                .collect();
            assert_eq!(tokens_with_dot_or_colon(s).collect::<Vec<_>>(), want, "{s}");
        }
    }

    #[test]
    fn chinese_places() {
        assert_eq!(chinese_place("陕西宝鸡"), Some((Some("陕西".into()), "宝鸡".into())));
        assert_eq!(chinese_place("广东省深圳市"), Some((Some("广东".into()), "深圳".into())));
        assert_eq!(chinese_place("上海"), Some((None, "上海".into())));
        assert_eq!(chinese_place("浙江"), None);
        assert_eq!(chinese_place("北京大学"), None);
        assert_eq!(chinese_place("上海交通大学"), None);
    }

    #[test]
    fn every_place_key_could_be_a_place() {
        assert!(crate::rules::words::PLACES.iter().all(|p| could_be_place(p)));
        assert!(!could_be_place("senior backend engineer"));
    }

    #[test]
    fn known_places_in_any_case() {
        for s in ["Texas", "TX", "tx", "New York", "NEW YORK", "Engineer", "İstanbul", "北京", "Zürich", "", "a-very-long-text-that-is-no-place-at-all-anywhere"] {
            let l = s.to_lowercase();
            assert_eq!(known_place(s), (crate::rules::words::PLACES.contains(&l.as_str()), l.len() == 2), "{s}");
        }
    }

    #[test]
    fn last_words_as_words_finds_them() {
        for s in ["", "  ", "Austin", "Austin Texas US ", "Somerville MA\t02143", "a\x0Bb", "x\x1Fy", "北京 上海", "Zürich  CH", "a\u{3000}b"] {
            let want = s.words().next_back().map(|w| (&s[..w.as_ptr() as usize - s.as_ptr() as usize], w));
            assert_eq!(split_last_word(s), want, "{s:?}");
        }
        // Last words about as long as the bound, after spaces of one to three bytes, in ASCII
        // and not: the longer ones are not given.
        for sep in [" ", "\u{A0}", "\u{3000}"] {
            for n in LAST_WORD_MAX - 4..LAST_WORD_MAX + 4 {
                for word in ["a".repeat(n), "工".repeat(n / 3) + &"a".repeat(n % 3), "é".repeat(n / 2) + &"a".repeat(n % 2)] {
                    for s in [format!("x{sep}{word}"), format!("工{sep}{word} "), word.clone()] {
                        let want = s.words().next_back().filter(|w| w.len() <= LAST_WORD_MAX).map(|w| (&s[..w.as_ptr() as usize - s.as_ptr() as usize], w));
                        assert_eq!(split_last_word(&s), want, "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn bare_handles() {
        assert!(looks_like_handle("0xPoe", || false));
        assert!(looks_like_handle("@jane", || false));
        assert!(looks_like_handle("jane_doe", || false));
        assert!(looks_like_handle("MarcWong", || true));
        assert!(!looks_like_handle("MarcWong", || false));
        assert!(!looks_like_handle("GitHub", || true));
        assert!(!looks_like_handle("HTML5", || false));
        assert!(!looks_like_handle("Web3", || false));
        assert!(!looks_like_handle("2024", || false));
        assert!(!looks_like_handle("jane.dev", || false));
        assert!(looks_like_handle("mpopescu7", || true));
    }

    #[test]
    fn emails() {
        let s = "mail: jane.doe+cv@example.co.uk.";
        let (a, b) = find_email(s).unwrap();
        assert_eq!(&s[a..b], "jane.doe+cv@example.co.uk");
        assert!(find_email("@handle and a@b").is_none());
    }

    #[test]
    fn phones() {
        for (s, want) in [
            ("Phone: +86 138-0013-8000", "+86 138-0013-8000"),
            ("(555) 123-4567 | x", "(555) 123-4567"),
            ("+44 20 7946 0958", "+44 20 7946 0958"),
            ("手机：13800138000", "13800138000"),
            ("(+86) 134-010-76331", "(+86) 134-010-76331"),
            ("Mobile: +1734-272-2163 / +86176-9577-6683", "+1734-272-2163"),
        ] {
            let (a, b) = find_phone(s, true).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(&s[a..b], want);
        }
        assert!(find_phone("2019.08 - 2021.12", false).is_none());
        assert!(find_phone("+86 1xx-xxxx-xxxx", true).is_some());
    }

    #[test]
    fn urls_and_profiles() {
        let s = "github.com/jane · https://jane.dev/ · www.linkedin.com/in/jane-doe-123";
        let found: Vec<&str> = find_urls(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(found, vec!["github.com/jane", "https://jane.dev/", "www.linkedin.com/in/jane-doe-123"]);
        let p = profile_for("www.linkedin.com/in/jane-doe-123").unwrap();
        assert_eq!((p.network.as_str(), p.username.as_deref()), ("LinkedIn", Some("jane-doe-123")));
        assert_eq!(p.url.as_deref(), Some("https://www.linkedin.com/in/jane-doe-123"));
    }

    #[test]
    fn profile_urls_with_surrounding_space() {
        // Found by the fuzzer: a link target with spaces around it.
        let p = profile_for(" https://github.com/jane ").unwrap();
        assert_eq!(p.username.as_deref(), Some("jane"));
        assert!(profile_for("  ").is_none());
    }

    #[test]
    fn names() {
        for s in ["Jane Doe", "wang yao", "José Álvarez-Núñez", "张三", "欧阳娜娜"] {
            assert!(looks_like_name(s), "{s}");
        }
        for s in ["Software Engineer", "Curriculum Vitae", "jane@x.com", "2020 - 2021", "工作经历经历经历"] {
            assert!(!looks_like_name(s), "{s}");
        }
    }
}
