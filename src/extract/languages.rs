//! Spoken languages: "Spanish (Native)", "English: fluent", "英语（CET-6）".

use crate::chars::{is_alpha, with_lowercase, InlineChars};
use std::sync::LazyLock;
use crate::strs::{FindChars, Spaces};
use super::{clean_value, Doc};
use crate::lines::GAP;
use crate::model::{Language, Resume, Skill, Span};
use crate::rules::words::{FLUENCY_WORDS, SPOKEN_LANGUAGES};
use super::lookup::WordSet;
use crate::sections::Section;

/// The table as a word table: English names are looked up word by word (most words are
/// rejected by the table's bits without hashing), Chinese ones searched for from the
/// characters that start one.
static SPOKEN: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SPOKEN_LANGUAGES));

/// Whether `s` names a spoken language (so a "Languages" list is not a programming one).
pub fn mentions_spoken_language(s: &str) -> bool {
    // A word that is a Chinese name is also found as one by the search for them: whole words
    // are looked up among all the names.
    with_lowercase(s, |lower| lower.split_inline(|c: char| !is_alpha(c)).any(|w| SPOKEN.contains(w)) || crate::chars::has_cjk(lower) && SPOKEN.has_cjk_key(lower))
}

/// Splits a list of languages at commas, semicolons, slashes between items and wide gaps.
pub fn items(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_item(s, |item| out.push(item.to_string()));
    out
}

/// Calls `f` with each item of [`items`], in order, sliced from the text rather than copied.
pub fn each_item(s: &str, mut f: impl FnMut(&str)) {
    // One body for every caller's closure (a copy per closure is most of a kilobyte of wasm).
    each_item_by(s, &mut f);
}

fn each_item_by(s: &str, f: &mut dyn FnMut(&str)) {
    // " / " separates alternatives ("Git / SVN"); a bare slash is part of a name ("CI/CD").
    // " > " and " = " rank skills ("JS > MATLAB = C++"): also separators.
    let mut s = std::borrow::Cow::Borrowed(s);
    // Each separator is a space and then a space, '/', '>', '=', or the lead byte of '•' (E2)
    // or '·' (C2): a list without such a pair (most lists) is searched no further.
    if may_hold_spaced_separator(&s) {
        for separator in [GAP, " / ", " >> ", " > ", " == ", " = ", " • ", " · "] {
            if crate::strs::find(&s, separator).is_some() {
                s = s.replace(separator, ",").into();
            }
        }
    }
    // The items are the text between separators outside parentheses.
    let mut depth = 0;
    let mut start = 0;
    let mut push = |item: &str| {
        let item = item.trim_ws();
        if !item.is_empty() {
            f(item);
        }
    };
    // By bytes: the parentheses and separators are ASCII, full-width forms (EF BC ..) or '、'
    // (E3 80 81), whose first bytes never occur inside another character.
    let b = s.as_bytes();
    for i in 0..b.len() {
        // (The change of depth, and the length of a separator.)
        let (delta, separator) = match b[i] {
            b'(' => (1, 0),
            b')' => (-1, 0),
            b',' | b';' | b'|' => (0, 1),
            // The next two bytes read only after a lead byte of the full-width forms or '、'.
            0xEF | 0xE3 => match (b[i], b.get(i + 1..i + 3)) {
                (0xEF, Some([0xBC, 0x88])) => (1, 0),
                (0xEF, Some([0xBC, 0x89])) => (-1, 0),
                // '，' '；' '、'
                (0xEF, Some([0xBC, 0x8C | 0x9B])) | (0xE3, Some([0x80, 0x81])) => (0, 3),
                _ => continue,
            },
            _ => continue,
        };
        depth += delta;
        if depth <= 0 && separator > 0 {
            push(&s[start..i]);
            start = i + separator;
        }
    }
    push(&s[start..]);
}

/// Whether `s` has a space followed by a byte that starts the rest of one of the separators
/// of [`items`].
fn may_hold_spaced_separator(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| w[0] == b' ' && matches!(w[1], b' ' | b'/' | b'>' | b'=' | 0xE2 | 0xC2))
}

/// One language item → (language, fluency).
pub fn parse_item(item: &str) -> Option<(String, Option<String>)> {
    let item = item.trim_ws();
    if !mentions_spoken_language(item) {
        return None;
    }
    if let Some(open) = item.find_chars(&['(', '（']) {
        let lang = clean_value(&item[..open]);
        let close = item.rfind([')', '）']).unwrap_or(item.len());
        let fl = clean_value(&item[open + item[open..].chars_inline().next()?.len_utf8()..close.max(open + 1)]);
        return Some((lang, (!fl.is_empty()).then_some(fl)));
    }
    for sep in [":", "：", " - ", " – ", " — ", "-"] {
        if let Some(k) = crate::strs::find(item, sep) {
            let lang = clean_value(&item[..k]);
            let fl = clean_value(&item[k + sep.len()..]);
            if mentions_spoken_language(&lang) {
                return Some((lang, (!fl.is_empty()).then_some(fl)));
            }
        }
    }
    // "English Fluent", "Mandarin native", "英语 六级"
    let words: Vec<&str> = item.words().collect();
    if words.len() >= 2 {
        let last = words[words.len() - 1];
        if FLUENCY_WORDS.iter().any(|f| last.eq_ignore_ascii_case(f)) || FLUENCY_WORDS.contains(&last) {
            return Some((words[..words.len() - 1].join(" "), Some(last.to_string())));
        }
    }
    Some((clean_value(item), None))
}

/// A level on its own: "Native", "C2", "Full professional proficiency", "母语".
fn is_fluency(s: &str) -> bool {
    // Each word lower-cased on the stack, none collected.
    let known = |w: &str| with_lowercase(w, |w| FLUENCY_WORDS.contains(&w) || matches!(w, "proficiency" | "speaker" | "level" | "skills"));
    let mut words = s.words();
    words.next().is_some_and(|w| with_lowercase(w, |w| FLUENCY_WORDS.contains(&w))) && s.words().nth(4).is_none() && words.all(known)
}

pub fn languages(doc: &Doc, section: &Section, resume: &mut Resume) {
    // "Languages / Master / Python / …": a skills group printed by a résumé theme.
    let first = section.body.clone().map(|i| &doc.lines[i]).find(|l| !l.is_blank());
    if first.is_some_and(|l| super::skills::is_level_line(&l.text)) {
        super::skills::skills(doc, section, resume);
        return;
    }
    let mut stray: Vec<String> = Vec::new();
    let mut first_span: Option<Span> = None;
    // A narrow column wraps inside parentheses: "Chinese (Native or bilingual" / "proficiency)".
    let mut joined: Vec<(usize, String)> = Vec::new();
    let mut open = 0i64; // parentheses left open by the item so far
    for i in section.body.clone().filter(|&i| !doc.lines[i].is_blank()) {
        let text = doc.lines[i].text.trim_ws();
        let depth = paren_depth(text);
        match joined.last_mut() {
            Some((_, prev)) if open > 0 => {
                prev.push(' ');
                prev.push_str(text);
                open += depth;
            }
            _ => {
                joined.push((i, text.to_string()));
                open = depth;
            }
        }
    }
    for (i, text) in &joined {
        let (i, text) = (*i, text.as_str());
        let body = match crate::strs::find_colon(text) {
            Some(k) if !mentions_spoken_language(&text[..k]) => &text[k..],
            _ => text,
        };
        each_item(body.trim_start_matches([':', '：']), |item| {
            match parse_item(item) {
                Some((language, fluency)) => resume.languages.push(Language { language: Some(language), fluency, span: doc.line_span(i) }),
                // "Spanish" / "Native": a theme prints the level on the line under the language.
                None if is_fluency(item) && resume.languages.last().is_some_and(|l| l.fluency.is_none() && l.span.end <= doc.line_span(i).start) => {
                    let last = resume.languages.last_mut().expect("checked above");
                    last.fluency = Some(clean_value(item));
                    last.span = last.span.cover(doc.line_span(i));
                }
                None => {
                    stray.push(item.to_string());
                    first_span.get_or_insert(doc.line_span(i));
                }
            }
        });
    }
    // A "Languages" section of programming languages is a skills group.
    if !stray.is_empty() {
        resume.skills.push(Skill { name: Some(section.heading.trim_end_matches([':', '：']).to_string()), level: None, keywords: stray, span: first_span.unwrap_or_default() });
    }
}

/// Opening minus closing parentheses, ASCII or full-width ('（' EF BC 88, '）' EF BC 89), counted
/// in one pass over the bytes.
fn paren_depth(text: &str) -> i64 {
    let b = text.as_bytes();
    let mut depth = 0;
    for (i, &c) in b.iter().enumerate() {
        depth += match (c, b.get(i + 1..i + 3)) {
            (b'(', _) | (0xEF, Some([0xBC, 0x88])) => 1,
            (b')', _) | (0xEF, Some([0xBC, 0x89])) => -1,
            _ => 0,
        };
    }
    depth
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parentheses_counted_as_matches_would() {
        for t in ["", "a (b", "(a) (b", "中文（母语", "（a）)", "x）", "((", "\u{FF08}\u{FF09}\u{FF0A}"] {
            let want = t.matches(['(', '（']).count() as i64 - t.matches([')', '）']).count() as i64;
            assert_eq!(paren_depth(t), want, "{t}");
        }
    }

    #[test]
    fn separator_pairs_found_where_the_separators_are() {
        for t in ["a, b", "Git / SVN", "a   b", "JS > MATLAB = C++", "a >> b", "x == y", "a • b", "a · b", "a/b", "C++, C#", "a  b", "a •b", ""] {
            let any = [GAP, " / ", " >> ", " > ", " == ", " = ", " • ", " · "].iter().any(|sep| t.contains(sep));
            assert!(!any || may_hold_spaced_separator(t), "{t}");
        }
    }

    #[test]
    fn items_split_as_by_characters() {
        // `items` as it read character by character.
        let by_chars = |s: &str| {
            let mut out = Vec::new();
            let (mut depth, mut start) = (0, 0);
            for (i, c) in s.char_indices() {
                match c {
                    '(' | '（' => depth += 1,
                    ')' | '）' => depth -= 1,
                    _ => {}
                }
                if depth <= 0 && matches!(c, ',' | '，' | '、' | ';' | '；' | '|') {
                    out.push(s[start..i].trim().to_string());
                    start = i + c.len_utf8();
                }
            }
            out.push(s[start..].trim().to_string());
            out.retain(|i| !i.is_empty());
            out
        };
        for s in ["", "a, b", "Go, Rust; SQL | C", "英语（CET-6），日语（N2）", "a (b, c), d", "x)) , y, (z", "唱歌、足球；篮球", "（a，b）、c", "Ａ，Ｂ｜Ｃ", "é; ü"] {
            assert_eq!(items(s), by_chars(s), "{s}");
        }
    }

    #[test]
    fn fluency_as_by_collected_words() {
        let collected = |s: &str| {
            let words: Vec<String> = s.words().map(str::to_lowercase).collect();
            !words.is_empty() && words.len() <= 4 && FLUENCY_WORDS.contains(&words[0].as_str()) && words.iter().all(|w| FLUENCY_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "proficiency" | "speaker" | "level" | "skills"))
        };
        for s in ["", " ", "Native", "NATIVE speaker", "Full professional proficiency", "full professional working proficiency", "fluent fluent fluent fluent fluent", "Rust", "Professional services", "母语", "proficiency", "C1 level"] {
            assert_eq!(is_fluency(s), collected(s), "{s}");
        }
    }

    #[test]
    fn spoken_languages_as_by_the_split_table() {
        let plain = |s: &str| {
            let lower = s.to_lowercase();
            let (words, chinese): (Vec<&str>, Vec<&str>) = SPOKEN_LANGUAGES.iter().partition(|l| l.is_ascii());
            lower.split(|c: char| !is_alpha(c)).any(|w| words.contains(&w)) || chinese.iter().any(|l| lower.contains(l))
        };
        for s in ["", "English", "ENGLISH (fluent)", "English-speaking", "Englishman", "英语（CET-6）", "英语", "普通话、粤语", "Rust, Go", "Lao", "lao2", "中文 Chinese", "日本語", "西班牙", "Mandarin Chinese (Native)", "阿拉伯语 B1", "İrish", "\u{212A}orean", "Python 英文", "英 语"] {
            assert_eq!(mentions_spoken_language(s), plain(s), "{s}");
        }
    }

    #[test]
    fn items_and_fluency() {
        let got: Vec<_> = items("Mandarin (native), English (fluent), German (B1)").iter().filter_map(|i| parse_item(i)).collect();
        assert_eq!(got[0], ("Mandarin".to_string(), Some("native".to_string())));
        assert_eq!(got[2], ("German".to_string(), Some("B1".to_string())));
        assert_eq!(parse_item("English: C1"), Some(("English".into(), Some("C1".into()))));
        assert_eq!(parse_item("英语（CET-6）"), Some(("英语".into(), Some("CET-6".into()))));
        assert_eq!(parse_item("Rust"), None);
        assert!(is_fluency("Native") && is_fluency("C2") && is_fluency("Full professional proficiency"));
        assert!(!is_fluency("Rust") && !is_fluency("Professional services"));
    }
}
