//! Skills: explicit lists only. `Group: a, b, c` lines, sub-headings over item lists, and
//! plain lists. Sentences ("熟悉 …，了解 …", "I have worked with …") are not keyword lists.

use crate::chars::{is_alpha, with_lowercase, InlineChars, Lowercase};
use crate::strs::{FindChars, Search, Spaces};
use super::languages::{each_item, mentions_spoken_language, parse_item};
use super::{clean_value, Doc};
use crate::lines::{is_cjk, GAP};
use crate::model::{Language, Resume, Skill, Span};
use crate::rules::words::{CAMEL_CASE_NAMES, SKILL_GROUP_NAMES};
use crate::sections::{heading_key, Section, SectionKind};

/// Verbs that make a line a sentence about skills rather than a list of them.
const PROSE_MARKERS: &[&str] = &["熟悉", "熟练", "了解", "掌握", "精通", "具备", "能够", "擅长", "有较", "负责"];

fn is_prose(text: &str) -> bool {
    let t = text.trim_ws();
    let chars = t.chars().count();
    if t.ends_with(['.', '。']) && chars > 30 {
        return true;
    }
    // The markers are Chinese: a line without ideographs is not searched for them.
    let cjk = crate::chars::has_cjk(t);
    if cjk && (PROSE_MARKERS.iter().any(|m| t.starts_with(m)) || (chars > 25 && PROSE_MARKERS.iter().any(|m| t.contains_str(m)))) {
        return true;
    }
    let words = t.words().count();
    words > 12 && {
        let mut separators = crate::strs::split(t, GAP).count() - 1;
        let mut rest = t;
        while let Some((_, after)) = rest.split_once_chars(&[',', '，', '、', ';', '|']) {
            separators += 1;
            rest = after;
        }
        separators * 4 < words
    } && !cjk
}

/// Splits a keyword list at commas, semicolons, `|`, `、`, wide gaps, outside parentheses.
fn keywords(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_item(s, |k| {
        let k = clean_value(k.trim_end_matches(['.', '。']));
        // "Go and Rust" at the end of a list.
        let k = match k.strip_prefix("and ") {
            Some(rest) => rest.to_string(),
            None => k,
        };
        if !k.is_empty() && k.chars().count() <= 60 && !k.starts_with("http://") && !k.starts_with("https://") && !super::dates::has_date(&k) {
            out.push(k);
        }
    });
    out
}

/// Cuts names printed without separators ("VueNuxtNext.jsTypeScript") where a lower-case
/// letter meets a capital or a run of capitals meets a capitalised word, then joins pieces
/// back where they make a known camel-case name. Anything that does not read as such a
/// run of names comes back whole.
fn split_glued(s: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = s.char_indices_inline().collect();
    let mut cuts = Vec::new();
    for k in 1..chars.len() {
        let (prev, cur) = (chars[k - 1].1, chars[k].1);
        let next = chars.get(k + 1).map(|c| c.1);
        let after = chars.get(k + 2).map(|c| c.1);
        let camel = (prev.is_lowercase() || prev.is_ascii_digit()) && cur.is_uppercase();
        // "CSSShadCN" → "CSS" | "ShadCN", but "APIs" is a plural, not "AP" | "Is".
        let plural = next == Some('s') && !after.is_some_and(is_alpha);
        let acronym_end = prev.is_uppercase() && cur.is_uppercase() && next.is_some_and(char::is_lowercase) && !plural;
        if camel || acronym_end {
            cuts.push(chars[k].0);
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut at = 0;
    while at < s.len() {
        let rest = &s[at..];
        // A known name is one piece; it ends there when a capital follows ("MongoDBREST").
        let known = CAMEL_CASE_NAMES.iter().filter(|n| rest.starts_with(*n)).map(|n| n.len()).max();
        // Cuts are in order: the next one at or after a position, by binary search.
        let cut_from = |pos: usize| cuts.get(cuts.partition_point(|&c| c < pos)).copied().unwrap_or(s.len());
        let end = match known {
            Some(n) if rest[n..].starts_with(char::is_uppercase) => at + n,
            Some(n) => cut_from(at + n + 1),
            // A piece is never one letter ("iOS", "PhD" stay whole).
            None => cut_from(at + 2),
        };
        out.push(s[at..end].trim_ws().to_string());
        at = end;
    }
    out.retain(|p| !p.is_empty());
    let long_pair = out.len() == 2 && s.len() >= 14 && out.iter().all(|p| p.chars().count() >= 4);
    if out.len() >= 3 || long_pair { out } else { vec![s.to_string()] }
}

/// `Group: items` (or `Group<gap>items`) → (group, items) when the group part is short.
fn group_line(text: &str) -> Option<(String, String)> {
    // "DBMS - Mysql, Oracle", "ML Frameworks - TensorFlow": a short name, a dash, the items.
    let dash = || {
        crate::strs::find(text, " - ").filter(|&k| {
            let (key, rest) = (&text[..k], &text[k + 3..]);
            !key.contains(',') && (rest.contains(',') || key.words().count() <= 3 && key.starts_with(char::is_uppercase) && rest.words().count() <= 4)
        })
    };
    let (key, rest) = match crate::strs::find_colon(text).or_else(dash) {
        Some(k) => (text[..k].trim_ws(), text[k..].trim_start_matches([':', '：', '-', ' ']).trim_ws()),
        None => {
            let (k, r) = crate::strs::split_once(text, GAP)?;
            if !r.contains_chars(&[',', '，', '、', ';']) {
                return None;
            }
            (k.trim_ws(), r.trim_ws())
        }
    };
    // The cheap tests first: none of them has an effect.
    if key.is_empty() || rest.is_empty() {
        return None;
    }
    let key_chars = key.chars().count();
    let key_is_prose = crate::chars::has_cjk(key) && PROSE_MARKERS.iter().any(|m| key.contains_str(m)) || key.contains_chars(&['；', ';', '。']);
    let list_like = || rest.contains_chars(&[',', '，', '、', ';', '；']);
    let key_ok = !key_is_prose && key_chars <= 40 && (!key.contains_chars(&[',', '，']) || key_chars <= 30 && list_like());
    // (No character outside ASCII lower-cases to "http": comparing bytes, case aside, answers
    // as the lower-cased key would.)
    if !key_ok || crate::strs::starts_with_ignore_case(key, "http") {
        return None;
    }
    Some((clean_value(key), rest.to_string()))
}

/// Whether the lower-cased `key` may be a heading of interests to `sections::heading_kind_of_text`:
/// every such heading holds one of these words (a test says so), and most keys none.
fn may_name_interests(key: &str) -> bool {
    // '爱' alone: a letter-spaced "爱 好" is a heading too.
    key.contains_str("interests") || key.contains_str("hobbies") || key.contains_str("爱")
}

/// Verbs that open a sentence about skills, removed to leave the list they introduce.
const LIST_LEADS: &[&str] = &["熟练掌握", "熟练使用", "扎实掌握", "深入理解", "熟悉使用", "熟悉", "掌握", "了解", "精通", "熟练", "使用", "proficient in", "proficient with", "familiar with", "experienced in", "experienced with", "experience with", "knowledge of", "skilled in"];

/// The list inside a sentence: "熟练掌握 Java, Python，具备…" → "Java, Python".
fn list_in_sentence(rest: &str) -> String {
    let mut t = rest.trim_ws();
    // "… tools like Git, GitHub", "… such as Docker": the list follows the marker.
    for marker in [" like ", " such as ", " including ", "包括", "例如"] {
        if let Some(k) = t.find_str(marker) {
            t = &t[k + marker.len()..];
            break;
        }
    }
    for lead in LIST_LEADS {
        if t.get(..lead.len()).is_some_and(|head| head.eq_ignore_ascii_case(lead)) {
            t = t[lead.len()..].trim_start_ws();
            break;
        }
    }
    // Up to the end of the first clause that holds the list.
    let mut end = t.len();
    for (k, c) in t.char_indices_inline() {
        if matches!(c, '。' | '；' | ';') || (c == ',' && t[k + 1..].starts_with(|n: char| is_cjk(n))) {
            end = k;
            break;
        }
    }
    let mut t = &t[..end];
    if let Some(k) = t.find('等') {
        t = &t[..k];
    }
    let t = t.trim_ws().trim_end_matches("框架").trim_ws().trim_end_matches("etc.").trim_end_matches("etc").trim_ws().trim_end_matches(',');
    // "Github Actions and Jira" closes the list with "and"; "Go/Rust/TypeScript" lists by slashes.
    t.replace(" and ", ", ")
        .split(", ")
        .map(|item| if item.matches('/').count() >= 2 && !item.contains(' ') { item.replace('/', ", ") } else { item.to_string() })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Splits a space-separated line of tool names ("HTML CSS Angular 2+ React"), keeping
/// version numbers and parenthesised notes with the name before them.
fn space_separated(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut depth = 0i32;
    // In a line of capitalised names, a lower-case word continues the name before it
    // ("Web performance", "Responsive design"); in a lower-case line ("docker linux") it does not.
    // (A word takes two bytes or more with its space: room for all at once.)
    let mut tokens: Vec<&str> = Vec::with_capacity(text.len() / 2 + 1);
    tokens.extend(text.words());
    let capitalised = tokens.iter().filter(|t| t.starts_with(char::is_uppercase)).count();
    let mostly_capitalised = capitalised * 3 >= tokens.len() * 2;
    let mut prev_capitalised = false;
    for tok in tokens {
        let lower_word = tok.starts_with(char::is_lowercase) && tok.chars_inline().all(|c| is_alpha(c) || c == '-');
        // Only after a capitalised word ("Web performance"), not after an acronym ("REST microservices").
        let continues_phrase = mostly_capitalised && lower_word && prev_capitalised;
        prev_capitalised = tok.starts_with(char::is_uppercase) && tok.chars_inline().skip(1).any(char::is_lowercase);
        let attach = depth > 0 || tok.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '&' | '+')) || tok == "&" || tok == "and" || continues_phrase;
        // Parentheses counted as bytes (ASCII, so never inside another character).
        depth += tok.bytes().map(|b| i32::from(b == b'(') - i32::from(b == b')')).sum::<i32>();
        match out.last_mut() {
            Some(last) if attach => {
                last.push(' ');
                last.push_str(tok);
            }
            _ => out.push(tok.to_string()),
        }
    }
    out
}

/// "Name (i.e., a, b, c)" or "Name (e.g. a, b)" → (name, items).
fn parenthesised_group(text: &str) -> Option<(String, String)> {
    let open = text.find('(')?;
    let inner = text[open + 1..].strip_suffix([')', '.'])?.trim_end_matches(')');
    let name = clean_value(&text[..open]);
    if name.is_empty() || name.words().count() > 3 || !inner.contains(',') || text[..open].contains_chars(&[':', '：', ',']) {
        return None;
    }
    let inner = ["i.e.,", "i.e.", "e.g.,", "e.g.", "eg.", "ie."].iter().find_map(|p| inner.trim_start_ws().strip_prefix(p)).unwrap_or(inner);
    Some((name, inner.trim_ws().to_string()))
}

/// Whether a separator-less line reads as names of tools rather than a phrase.
fn looks_like_tool_names(text: &str) -> bool {
    // One pass over the words, none collected: their number, whether "and" is among them,
    // and how many are long lower-case words ('.', '-' and '/' compared as bytes).
    let (mut words, mut and, mut lower) = (0, false, 0);
    for w in text.words() {
        // "Familiar with JavaScript" is a phrase: no need to read on.
        if matches!(w, "with" | "of" | "for" | "in" | "to" | "the") {
            return false;
        }
        words += 1;
        and |= w == "and";
        lower += usize::from(w.starts_with(char::is_lowercase) && w.len() > 3 && !w.bytes().any(|b| matches!(b, b'.' | b'-' | b'/')));
    }
    // "Algorithms and Data Structures" is a phrase too.
    let phrase = words <= 4 && and;
    words >= 3 && !phrase && !crate::chars::has_cjk(text) && lower * 3 <= words + 1
}

/// Skill levels that JSON Resume themes print under a group name ("Frontend / Advanced / …").
const LEVEL_WORDS: &[&str] = &["master", "expert", "advanced", "proficient", "intermediate", "beginner", "basic", "novice", "familiar", "精通", "熟练", "熟悉", "了解", "掌握"];

pub fn is_level_line(text: &str) -> bool {
    let t = text.trim_ws();
    // As `LEVEL_WORDS.contains(&t.to_lowercase())`, with no lower-cased copy: no character
    // outside ASCII lower-cases to letters of these words (the Kelvin sign gives a 'k', 'İ'
    // an 'i' and a combining dot), and ideographs have no case.
    LEVEL_WORDS.iter().any(|w| t.as_bytes().eq_ignore_ascii_case(w.as_bytes()))
}

pub fn skills(doc: &Doc, section: &Section, resume: &mut Resume) {
    let lines = doc.lines;
    let before = resume.skills.len();
    let mut group: Option<(String, Vec<String>, Span)> = None;
    let mut level: Option<String> = None;
    let mut gap_keyed = false;
    let mut level_mode = false;
    let flush = |group: &mut Option<(String, Vec<String>, Span)>, level: &mut Option<String>, resume: &mut Resume| {
        if let Some((name, kws, span)) = group.take() {
            if !kws.is_empty() {
                resume.skills.push(Skill { name: (!name.is_empty()).then_some(name), level: level.take(), keywords: kws, span });
            }
        }
        *level = None;
    };
    let body: Vec<usize> = section.body.clone().filter(|&i| !lines[i].is_blank()).collect();
    // PDF sidebars set each group as a short name, a blank line, then lines of names
    // packed to the column width ("Databases" / "" / "PostgreSQL SQLite" / "Kafka"). Themes
    // that put a blank line after every item are not that.
    let is_blank = |i: usize| lines.get(i).is_none_or(|l| l.is_blank());
    let block_name = |i: usize| {
        let t = lines[i].text.trim_ws();
        // The blank lines first: they rule out most lines without reading the text.
        // Two blank lines before the name, one after, then a packed block.
        (i == section.body.start || is_blank(i - 1) && (i - 1 == section.body.start || is_blank(i - 2)))
            && is_blank(i + 1)
            && !is_blank(i + 2)
            && !is_blank(i + 3)
            && i + 3 < section.body.end
            && !lines[i].is_bullet()
            && lines[i].heading == 0
            && t.words().count() <= 3
            && t.chars().count() <= 30
            && !t.contains_chars(&[',', '，', '、', ';', '|', ':', '：'])
    };
    let blank_named = body.iter().filter(|&&i| block_name(i)).count() >= 2;
    // Themes that set every item on its own line between blank lines: a line is one item,
    // however many words it has ("iOS Application Development").
    let isolated = |i: usize| is_blank(i + 1);
    let one_per_line = body.len() >= 4 && body.iter().filter(|&&i| isolated(i)).count() * 2 >= body.len();
    // Wrapped list items: a plain line right after an item continues it.
    let joined: Vec<String> = {
        let mut out: Vec<String> = Vec::new();
        for (n, &i) in body.iter().enumerate() {
            let continues = n > 0 && body[n - 1] + 1 == i && !lines[i].is_bullet() && lines[body[n - 1]].is_bullet() && lines[i].heading == 0 && crate::strs::find_colon(&lines[i].text).is_none();
            if continues {
                if let Some(last) = out.last_mut() {
                    last.push(' ');
                    last.push_str(lines[i].text.trim_ws());
                }
            }
            out.push(if continues { String::new() } else { lines[i].text.trim_ws().to_string() });
        }
        out
    };
    for (n, &i) in body.iter().enumerate() {
        let line = &lines[i];
        let text = joined[n].as_str();
        if text.is_empty() {
            continue;
        }
        let next = body.get(n + 1).map(|&j| &lines[j]);
        if is_level_line(text) {
            level = Some(text.to_string());
            // A level right under the section heading names its first group after the heading.
            if group.is_none() && !section.heading.is_empty() {
                group = Some((clean_value(section.heading.trim_end_matches([':', '：'])), Vec::new(), doc.line_span(i)));
            }
            level_mode = true;
            continue;
        }
        // "Frontend" over "Advanced": a group name with its level under it.
        if next.is_some_and(|l| is_level_line(&l.text)) && text.chars().count() <= 40 {
            flush(&mut group, &mut level, resume);
            group = Some((clean_value(text), Vec::new(), doc.line_span(i)));
            continue;
        }
        // Themes that print levels list one skill per line, verbatim ("HTML5, HTML").
        if level_mode && !line.is_bullet() && line.heading == 0 {
            if let Some((_, list, span)) = group.as_mut() {
                // Some themes print a group's names with no separator at all.
                // A list that lost its separators keeps commas only inside its last item
                // ("…AWSVitest, Mocha/Sinon"), so the glued part is before the first comma.
                let text = clean_value(text);
                let (glued, tail) = crate::strs::split_once(&text, ", ").map_or((text.as_str(), None), |(a, b)| (a, Some(b)));
                let mut names = split_glued(glued);
                match (tail, names.len() >= 3) {
                    (None, _) => list.extend(names),
                    (Some(tail), true) => {
                        if let Some(last) = names.last_mut() {
                            last.push_str(", ");
                            last.push_str(tail);
                        }
                        list.extend(names);
                    }
                    (Some(_), false) => list.push(text.clone()),
                }
                *span = span.cover(doc.line_span(i));
                continue;
            }
        }
        // Looked for once: the first wide gap.
        let gap = crate::strs::find(text, GAP);
        // "Languages  TypeScript Go Rust" with wrapped lines indented under the items.
        let gap_keyed_line = gap.map(|k| (&text[..k], &text[k + GAP.len()..])).filter(|(k, r)| !line.is_bullet() && k.words().count() <= 2 && !k.contains_chars(&[':', '：', ',']) && !r.contains_chars(&[',', '，', '、', ';']) && looks_like_tool_names(r));
        if let Some((key, rest)) = gap_keyed_line {
            flush(&mut group, &mut level, resume);
            group = Some((clean_value(key), space_separated(rest), doc.line_span(i)));
            gap_keyed = true;
            continue;
        }
        if line.indent >= 4 && !line.is_bullet() && group.as_ref().is_some_and(|g| !g.1.is_empty()) && looks_like_tool_names(text) {
            if let Some((_, list, span)) = group.as_mut() {
                let mut items = space_separated(text).into_iter();
                // A wrapped name goes on: "… User-centered" / "design Responsive design …".
                if text.starts_with(char::is_lowercase) {
                    let first = text.words().next().unwrap_or("");
                    if let Some(last) = list.last_mut() {
                        last.push(' ');
                        last.push_str(first);
                    }
                    items = space_separated(text[first.len()..].trim_start_ws()).into_iter();
                }
                list.extend(items);
                *span = span.cover(doc.line_span(i));
            }
            continue;
        }
        // In a block of "Name  items" lines with indented continuations, a line at the margin
        // starts the next group even with a single space after its name.
        if line.indent == 0 && gap_keyed && !line.is_bullet() && !text.contains_chars(&[',', ':', '：']) && looks_like_tool_names(text) {
            if let Some((key, rest)) = text.split_once(' ') {
                flush(&mut group, &mut level, resume);
                group = Some((clean_value(key), space_separated(rest), doc.line_span(i)));
                continue;
            }
        }
        // "LargeModels (i.e., PT, SFT, RAG)": a name with its items in parentheses.
        if let Some((key, rest)) = (line.is_bullet() || text.contains_str("i.e.") || text.contains_str("e.g.")).then(|| parenthesised_group(text)).flatten() {
            flush(&mut group, &mut level, resume);
            resume.skills.push(Skill { name: Some(key), level: None, keywords: keywords(&rest), span: doc.line_span(i) });
            continue;
        }
        if let Some((key, rest)) = group_line(text) {
            flush(&mut group, &mut level, resume);
            // What the key says, read from one lower-cased copy (on the stack when short).
            let (certificates, languages, programming, hobbies) = with_lowercase(&key, |k| (k.contains_str("certif"), k.contains_str("language"), k.contains_str("programming"), may_name_interests(k)));
            // "Coursera Certification: Deep Learning; Python for Everybody": certificates, with
            // the issuer when the key names one.
            if certificates || key.contains_str("证书") {
                let issuer = key.words().filter(|w| !w.lowercase().starts_with("certif")).collect::<Vec<_>>().join(" ");
                let issuer = issuer.replace("证书", "");
                each_item(&rest, |name| {
                    let name = clean_value(name.trim_end_matches(['.', '。']));
                    if !name.is_empty() {
                        resume.certificates.push(crate::model::Certificate { name: Some(name), issuer: (!issuer.trim_ws().is_empty()).then(|| issuer.trim_ws().to_string()), span: doc.line_span(i), ..Default::default() });
                    }
                });
                continue;
            }
            // "爱好: 唱歌, 足球" inside skills: interests, not skills.
            if hobbies && matches!(crate::sections::heading_kind_of_text(&key), Some(crate::sections::SectionKind::Interests)) {
                resume.interests.push(crate::model::Interest { name: Some(key), keywords: keywords(&rest), span: doc.line_span(i) });
                continue;
            }
            if (languages || key.contains_str("语言")) && mentions_spoken_language(&rest) && !programming {
                each_item(&rest, |item| {
                    if let Some((language, fluency)) = parse_item(item) {
                        resume.languages.push(Language { language: Some(language), fluency, span: doc.line_span(i) });
                    }
                });
                continue;
            }
            let rest = if is_prose(&rest) || with_lowercase(&rest, |r| LIST_LEADS.iter().any(|l| r.starts_with(l))) { list_in_sentence(&rest) } else { rest };
            // The group stays open: item lines that follow without a name of their own
            // ("  • PromiseKit • fastlane") continue it.
            group = Some((key, keywords(&rest), doc.line_span(i)));
            continue;
        }
        // A sub-heading: a Markdown heading, or a short line without separators that is
        // followed by item lines (a bullet list, or a line of items).
        let no_separators = gap.is_none() && !text.contains_chars(&[',', '，', '、', ';', '|']);
        let sub_heading = line.heading > 0
            || (!line.is_bullet() && no_separators && text.chars().count() <= 40 && text.ends_with([':', '：']))
            || (!line.is_bullet() && no_separators && text.chars().count() <= 30 && next.is_some_and(|l| l.is_bullet()));
        // "Front End" over "HTML CSS React": a short name over a longer line of items.
        let names_next = !blank_named
            && !line.is_bullet()
            && no_separators
            && text.words().count() <= 3
            && text.chars().count() <= 30
            && next.is_some_and(|l| {
                // A two-word item under a one-word item ("AWS" / "GitHub Actions") names nothing.
                let items = if l.text.contains_chars(&[',', '，', '、', ';']) {
                    keywords(&l.text).len()
                } else if looks_like_tool_names(&l.text) {
                    l.text.words().count()
                } else {
                    1
                };
                items >= 2 && items > text.words().count() && l.heading == 0
            });
        // In a list of one item per line, group names are known words ("Databases", "Soft Skills").
        let category = !line.is_bullet()
            && no_separators
            && next.is_some_and(|l| l.heading == 0)
            && text.chars().count() <= 40
            && (SKILL_GROUP_NAMES.contains(&heading_key(text).as_str()) || crate::sections::heading_kind(line) == Some(SectionKind::Skills));
        if sub_heading || names_next || category || (blank_named && block_name(i)) {
            flush(&mut group, &mut level, resume);
            group = Some((clean_value(text.trim_end_matches([':', '：'])), Vec::new(), doc.line_span(i)));
            continue;
        }
        if is_prose(text) {
            continue;
        }
        // One list item is one skill ("- Mac OS X"); a line of bare names is several.
        let packed_names = blank_named && text.words().count() >= 2 && text.words().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        let split_spaces = (looks_like_tool_names(text) && !(one_per_line && isolated(i))) || packed_names;
        let kws = if no_separators && !line.is_bullet() && split_spaces { space_separated(text) } else { keywords(text) };
        match group.as_mut() {
            Some((_, list, span)) => {
                list.extend(kws);
                *span = span.cover(doc.line_span(i));
            }
            None => group = Some((String::new(), kws, doc.line_span(i))),
        }
    }
    flush(&mut group, &mut level, resume);
    // One unnamed list under a heading ("Top Skills") is named by the heading, and so is the
    // first of several under a heading that names a kind of skill ("Programming Languages").
    let generic = ["skill", "技能", "competenc", "expertise", "qualification", "proficienc", "technical", "专长", "能力"];
    let specific = !with_lowercase(&section.heading, |h| generic.iter().any(|g| h.contains(g)));
    if (resume.skills.len() == before + 1 || specific && resume.skills.len() > before) && resume.skills[before].name.is_none() && !section.heading.is_empty() {
        resume.skills[before].name = Some(clean_value(section.heading.trim_end_matches([':', '：'])));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_markers_are_chinese() {
        // is_prose looks for them only in text with ideographs.
        assert!(PROSE_MARKERS.iter().all(|m| m.chars().all(is_cjk)));
    }

    #[test]
    fn level_lines_as_by_lowercasing() {
        let lowercased = |s: &str| LEVEL_WORDS.contains(&s.trim_ws().to_lowercase().as_str());
        for s in ["", "Master", " EXPERT ", "Advanced\t", "proficient", "Intermediate", "beginner", "Basic", "NOVICE", "Familiar", "精通", " 熟练 ", "熟悉", "了解", "掌握", "Expert level", "masters", "bas", "精通了", "İntermediate", "\u{212A}", "ＭＡＳＴＥＲ", "Master\u{A0}"] {
            assert_eq!(is_level_line(s), lowercased(s), "{s:?}");
        }
        // What the comparison by bytes takes for granted: no other character lower-cases to
        // nothing but characters of the words.
        let used: Vec<char> = LEVEL_WORDS.iter().flat_map(|w| w.chars()).collect();
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| !c.is_ascii() && !used.contains(c)) {
            assert!(!c.to_lowercase().all(|l| used.contains(&l)), "{c:?}");
        }
    }

    #[test]
    fn tool_names_as_by_collected_words() {
        let collected = |text: &str| {
            let words: Vec<&str> = text.words().collect();
            let phrase = words.iter().any(|w| matches!(*w, "with" | "of" | "for" | "in" | "to" | "the")) || (words.len() <= 4 && words.contains(&"and"));
            words.len() >= 3 && !phrase && !crate::chars::has_cjk(text) && words.iter().filter(|w| w.starts_with(char::is_lowercase) && w.len() > 3 && !w.contains_chars(&['.', '-', '/'])).count() * 3 <= words.len() + 1
        };
        for s in ["", "HTML CSS Angular 2+ React", "Familiar with JavaScript", "Algorithms and Data Structures", "Go Rust and C and Java", "docker linux kubernetes", "docker linux k8s.io x y", "Git", "Vue 前端 React", "web-dev node.js rust/go", "a b c d e f g h"] {
            assert_eq!(looks_like_tool_names(s), collected(s), "{s:?}");
        }
    }

    #[test]
    fn interests_headings_hold_their_words() {
        use crate::rules::headings::{CHINESE_HEADING_WORDS, HEADINGS};
        let interests = |k: &&(&str, SectionKind)| k.1 == SectionKind::Interests;
        for &(key, _) in HEADINGS.iter().filter(interests).chain(CHINESE_HEADING_WORDS.iter().filter(interests)) {
            assert!(may_name_interests(key), "{key}");
        }
        for text in ["Interests", "HOBBIES", "兴 趣 爱 好", "个人爱好"] {
            assert_eq!(crate::sections::heading_kind_of_text(text), Some(SectionKind::Interests), "{text}");
            assert!(with_lowercase(text, may_name_interests), "{text}");
        }
    }

    #[test]
    fn keyword_lists() {
        assert_eq!(keywords("Rust, Go、Python; C++ (17)"), vec!["Rust", "Go", "Python", "C++ (17)"]);
        assert_eq!(group_line("Languages: Rust, Go"), Some(("Languages".into(), "Rust, Go".into())));
        assert!(is_prose("熟练使用 Go 语言；阅读过部分源码，了解 gin 框架。"));
        assert!(!is_prose("Python, Java, C"));
        assert_eq!(split_glued("ExpressNestJSPostgreSQLPrismaMongoDB"), vec!["Express", "NestJS", "PostgreSQL", "Prisma", "MongoDB"]);
        assert_eq!(split_glued("VueNext.jsTailwind CSSShadCN"), vec!["Vue", "Next.js", "Tailwind CSS", "ShadCN"]);
        assert_eq!(split_glued("SolidityHardhat"), vec!["Solidity", "Hardhat"]);
        // Words that are skills themselves do not start groups in a one-per-line list.
        let r = crate::parse("Jane Doe\n\nSkills\nPython\nTesting\nDocker\nDatabases\nRedis\n");
        let groups: Vec<(Option<&str>, usize)> = r.skills.iter().map(|s| (s.name.as_deref(), s.keywords.len())).collect();
        assert_eq!(groups, vec![(None, 3), (Some("Databases"), 1)]);
        for whole in ["TypeScript", "iOS", "PhD", "McKinsey", "PostgreSQL", "Tailwind CSS", "C++"] {
            assert_eq!(split_glued(whole), vec![whole]);
        }
    }
}
