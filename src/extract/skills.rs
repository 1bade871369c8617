//! Skills: explicit lists only. `Group: a, b, c` lines, sub-headings over item lists, and
//! plain lists. Sentences ("熟悉 …，了解 …", "I have worked with …") are not keyword lists.

use super::languages::{items as language_items, mentions_spoken_language, parse_item};
use super::{clean_value, Doc};
use crate::lines::{is_cjk, GAP};
use crate::model::{Language, Resume, Skill, Span};
use crate::sections::Section;

/// Verbs that make a line a sentence about skills rather than a list of them.
const PROSE_MARKERS: &[&str] = &["熟悉", "熟练", "了解", "掌握", "精通", "具备", "能够", "擅长", "有较", "负责"];

fn is_prose(text: &str) -> bool {
    let t = text.trim();
    let chars = t.chars().count();
    if t.ends_with(['.', '。']) && chars > 30 {
        return true;
    }
    if PROSE_MARKERS.iter().any(|m| t.starts_with(m)) || (chars > 25 && PROSE_MARKERS.iter().any(|m| t.contains(m))) {
        return true;
    }
    let words = t.split_whitespace().count();
    let separators = t.matches([',', '，', '、', ';', '|']).count() + t.matches(GAP).count();
    words > 12 && separators * 4 < words && !t.chars().any(is_cjk)
}

/// Splits a keyword list at commas, semicolons, `|`, `、`, wide gaps, outside parentheses.
fn keywords(s: &str) -> Vec<String> {
    language_items(s)
        .into_iter()
        .flat_map(|k| {
            let k = clean_value(k.trim_end_matches(['.', '。']));
            // "Go and Rust" at the end of a list.
            if let Some(rest) = k.strip_prefix("and ") { vec![rest.to_string()] } else { vec![k] }
        })
        .filter(|k| !k.is_empty() && k.chars().count() <= 60)
        .collect()
}

/// `Group: items` → (group, items) when the group part is short and not itself a list.
fn group_line(text: &str) -> Option<(String, String)> {
    let k = text.find([':', '：'])?;
    let key = text[..k].trim();
    let rest = text[k..].trim_start_matches([':', '：', '-']).trim();
    if key.is_empty() || rest.is_empty() || key.chars().count() > 40 || key.contains([',', '，']) || key.to_lowercase().starts_with("http") {
        return None;
    }
    Some((clean_value(key), rest.to_string()))
}

pub fn skills(doc: &Doc, section: &Section, resume: &mut Resume) {
    let lines = doc.lines;
    let mut group: Option<(String, Vec<String>, Span)> = None;
    let flush = |group: &mut Option<(String, Vec<String>, Span)>, resume: &mut Resume| {
        if let Some((name, kws, span)) = group.take() {
            if !kws.is_empty() {
                resume.skills.push(Skill { name: (!name.is_empty()).then_some(name), keywords: kws, span });
            }
        }
    };
    let body: Vec<usize> = section.body.clone().filter(|&i| !lines[i].is_blank()).collect();
    for (n, &i) in body.iter().enumerate() {
        let line = &lines[i];
        let text = line.text.trim();
        if is_prose(text) {
            continue;
        }
        if let Some((key, rest)) = group_line(text) {
            flush(&mut group, resume);
            let lower = key.to_lowercase();
            if (lower.contains("language") || key.contains("语言")) && mentions_spoken_language(&rest) && !lower.contains("programming") {
                for item in language_items(&rest) {
                    if let Some((language, fluency)) = parse_item(&item) {
                        resume.languages.push(Language { language: Some(language), fluency, span: doc.line_span(i) });
                    }
                }
                continue;
            }
            let kws = keywords(&rest);
            if !kws.is_empty() {
                resume.skills.push(Skill { name: Some(key), keywords: kws, span: doc.line_span(i) });
            }
            continue;
        }
        // A sub-heading: a Markdown heading, or a short line without separators that is
        // followed by item lines (a bullet list, or a line of items).
        let next = body.get(n + 1).map(|&j| &lines[j]);
        let no_separators = !text.contains([',', '，', '、', ';', '|']) && !text.contains(GAP);
        let sub_heading = line.heading > 0
            || (!line.is_bullet() && no_separators && text.chars().count() <= 40 && text.ends_with([':', '：']))
            || (!line.is_bullet() && no_separators && text.chars().count() <= 30 && next.is_some_and(|l| l.is_bullet() && !line.is_bullet() && body.iter().any(|&j| lines[j].is_bullet())) && !body.iter().take(n).any(|&j| lines[j].is_bullet() && lines[j].indent == line.indent && false));
        if sub_heading {
            flush(&mut group, resume);
            group = Some((clean_value(text.trim_end_matches([':', '：'])), Vec::new(), doc.line_span(i)));
            continue;
        }
        let kws = keywords(text);
        match group.as_mut() {
            Some((_, list, span)) => {
                list.extend(kws);
                *span = span.cover(doc.line_span(i));
            }
            None => group = Some((String::new(), kws, doc.line_span(i))),
        }
    }
    flush(&mut group, resume);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_lists() {
        assert_eq!(keywords("Rust, Go、Python; C++ (17)"), vec!["Rust", "Go", "Python", "C++ (17)"]);
        assert_eq!(group_line("Languages: Rust, Go"), Some(("Languages".into(), "Rust, Go".into())));
        assert!(is_prose("熟练使用 Go 语言；阅读过部分源码，了解 gin 框架。"));
        assert!(!is_prose("Python, Java, C"));
    }
}
