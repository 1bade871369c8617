//! Pass 3: fields from sections, one module per concern.

pub mod contact;
pub mod dates;
pub mod entries;
pub mod fields;
pub mod languages;
pub mod lists;
pub mod lookup;
pub mod skills;

use crate::strs::{Search, Spaces};
use crate::chars::{is_alnum, Lowercase};
use crate::lines::Line;
use crate::markup::Link;
use crate::model::{Meta, Resume, SectionInfo, Span};
use crate::sections::{Section, SectionKind};
use crate::text::MappedText;

/// Everything the passes before this one produced, shared by the extractors.
pub struct Doc<'a> {
    pub clean: &'a MappedText,
    pub lines: &'a [Line<'a>],
    pub links: &'a [Link],
    pub sections: &'a [Section],
}

impl Doc<'_> {
    /// Input span of lines `first..=last`.
    pub fn span_of_lines(&self, first: usize, last: usize) -> Span {
        let a = &self.lines[first];
        let b = &self.lines[last.max(first)];
        self.clean.span(a.start, b.end.max(a.start))
    }

    pub fn line_span(&self, i: usize) -> Span {
        self.span_of_lines(i, i)
    }

    /// Link targets whose text lies on line `i`.
    pub fn links_on_line(&self, i: usize) -> impl Iterator<Item = &Link> {
        let line = &self.lines[i];
        let end = line.end.max(line.start + 1);
        // Links are in text order: find the first one on the line by binary search.
        let first = self.links.partition_point(|l| l.start < line.start);
        self.links[first..].iter().take_while(move |l| l.start < end)
    }
}

pub fn extract(doc: &Doc) -> Resume {
    let mut resume = Resume { meta: Meta { generator: format!("resume-parser {}", crate::VERSION), ..Meta::default() }, ..Resume::default() };
    for section in doc.sections {
        let body = section.body.clone();
        let first_body = doc.lines[body.clone()].iter().position(|l| !l.is_blank()).map(|k| body.start + k);
        if section.heading_line.is_none() && first_body.is_none() {
            continue;
        }
        let start_line = section.heading_line.or(first_body).unwrap_or(body.start);
        let last_line = (body.start..body.end).rev().find(|&k| !doc.lines[k].is_blank()).unwrap_or(start_line);
        let span = doc.span_of_lines(start_line, last_line.max(start_line));
        let text = (section.kind == SectionKind::Other).then(|| section_text(doc, section));
        resume.meta.sections.push(SectionInfo { kind: section.kind.name(), heading: section.heading.clone(), span, text });
        match section.kind {
            SectionKind::Basics | SectionKind::References | SectionKind::Other => {}
            SectionKind::Summary => match skills_in_sidebar(doc, section) {
                // A sidebar's "About" block can run on into skill groups whose heading was lost.
                Some(at) => {
                    contact::summary(doc, &Section { body: section.body.start..at, ..section.clone() }, &mut resume);
                    let skills = Section { kind: SectionKind::Skills, heading: String::new(), heading_line: None, body: at..section.body.end, is_header: false, entry_name: None };
                    skills::skills(doc, &skills, &mut resume);
                }
                None => contact::summary(doc, section, &mut resume),
            },
            SectionKind::Work if section.entry_name.is_some() => resume.work.extend(fields::named_work(doc, section)),
            SectionKind::Work => {
                resume.work.extend(fields::work(doc, section));
                resume.projects.extend(fields::projects_within_work(doc, section));
            }
            SectionKind::Volunteer => resume.volunteer.extend(fields::volunteer(doc, section)),
            SectionKind::Education => resume.education.extend(fields::education(doc, section)),
            SectionKind::Projects if section.entry_name.is_some() => resume.projects.extend(fields::named_project(doc, section)),
            SectionKind::Projects => resume.projects.extend(fields::projects(doc, section)),
            SectionKind::Skills => skills::skills(doc, section, &mut resume),
            SectionKind::Languages => languages::languages(doc, section, &mut resume),
            SectionKind::Publications => resume.publications.extend(lists::publications(doc, section)),
            SectionKind::Awards => resume.awards.extend(lists::awards(doc, section)),
            SectionKind::Certificates => resume.certificates.extend(lists::certificates(doc, section)),
            SectionKind::Interests => resume.interests.extend(lists::interests(doc, section)),
        }
    }
    projects_out_of_work(&mut resume);
    if resume.education.is_empty() {
        if let Some(header) = doc.sections.iter().find(|s| s.is_header) {
            resume.education.extend(fields::education_in_header(doc, header));
        }
    }
    contact::basics(doc, &mut resume);
    dedupe::remove_translated_duplicates(&mut resume);
    resume
}

mod dedupe;

/// The body text of a section, lines joined, for sections kept verbatim.
pub fn section_text(doc: &Doc, section: &Section) -> String {
    let mut out = String::new();
    for line in &doc.lines[section.body.clone()] {
        if line.is_blank() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        if line.is_bullet() {
            out.push_str("- ");
        }
        out.push_str(&line.text);
    }
    out
}

/// `s.split_once([':', '：'])`, by [`crate::strs::find_colon`].
pub fn split_colon(s: &str) -> Option<(&str, &str)> {
    let i = crate::strs::find_colon(s)?;
    let len = if s.as_bytes()[i] == b':' { 1 } else { '：'.len_utf8() };
    Some((&s[..i], &s[i + len..]))
}

/// Trims whitespace and separator punctuation from both ends.
pub fn clean_value(s: &str) -> String {
    let trimmed = |c: char| crate::chars::is_space(c) || matches!(c, ',' | ';' | '|' | '·' | '•' | '-' | '–' | '—' | ':' | '@' | '/' | '、' | '，' | '∙' | '*' | '(' | ')');
    // Most values start and end with an ASCII letter or digit or an ideograph (lead byte E4 to
    // E9, none of them trimmed): then nothing is trimmed, known without decoding a character.
    let kept = |b: u8| b.is_ascii_alphanumeric() || (0xE4..=0xE9).contains(&b);
    let bytes = s.as_bytes();
    let ends_kept = match (bytes.first(), bytes.last()) {
        (Some(&a), Some(&z)) if kept(a) => z.is_ascii_alphanumeric() || z >= 0x80 && bytes.len() >= 3 && (0xE4..=0xE9).contains(&bytes[bytes.len() - 3]),
        _ => false,
    };
    // Such a value ends with no parenthesis and starts with a letter or an ideograph.
    let (t, close, word_first) = if ends_kept {
        (s, false, true)
    } else {
        let t = s.trim_matches(trimmed);
        // Keep a closing parenthesis that closes something inside: "Computer Science (CS)".
        // (Bytes compared: ')' and '(' are ASCII, and std's char searches are calls at opt-level z.)
        let close = s.trim_end_ws().as_bytes().last() == Some(&b')') && t.as_bytes().contains(&b'(') && t.as_bytes().last() != Some(&b')');
        (t, close, t.starts_with(|c: char| is_alnum(c) || !c.is_ascii()) || t.is_empty())
    };
    let mut out = String::with_capacity(t.len() + usize::from(close));
    if word_first && crate::strs::contains_spaces(t, crate::lines::GAP.len()) {
        // Field gaps become single spaces (the pieces are not empty, so the first is the one
        // written to an empty string).
        for p in crate::strs::split(t, crate::lines::GAP).map(str::trim).filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(p);
        }
    } else {
        out.push_str(t);
    }
    if close {
        out.push(')');
    }
    out
}

pub fn opt(s: String) -> Option<String> {
    if s.trim_ws().is_empty() {
        None
    } else {
        Some(s)
    }
}

/// Comma/semicolon separated keywords.
pub fn skills_keywords(s: &str) -> Vec<String> {
    languages::items(s).into_iter().map(|k| clean_value(&k)).filter(|k| !k.is_empty()).collect()
}

/// Collapses all runs of whitespace (field gaps included) to single spaces.
pub fn flat(s: &str) -> String {
    // Most text is flat already (single spaces between words): one pass to check, one copy.
    if crate::strs::is_flat(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.words() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Entries of an experience section whose role line calls them a project ("C++/Python 科研项目",
/// "Course project") are projects, unless the role is a job on a project ("项目经理",
/// "Project Manager") or the name is an employer's.
fn projects_out_of_work(resume: &mut Resume) {
    const JOB_ON_PROJECT: &[&str] = &["经理", "负责人", "主管", "助理", "工程师", "总监", "组长", "专员"];
    let is_project = |w: &crate::model::Work| {
        let Some(role) = w.position.as_deref() else { return false };
        // Only a role with "项目" or a 'j' can name a project: "project" lower-cased comes from
        // no character but 'j' or 'J'. Most roles have neither and are not lower-cased.
        let says_project = role.contains_str("项目");
        let may_name_project = says_project || crate::swar::find_either(role.as_bytes(), b'j', b'J').is_some();
        // The role lower-cased on the stack when short; its job words read only for a project.
        let project_not_job = may_name_project && crate::chars::with_lowercase(role, |lower| {
            let names_project = says_project || lower.split(|c: char| !is_alnum(c)).any(|x| x == "project" || x == "projects");
            names_project
                && !(JOB_ON_PROJECT.iter().any(|j| role.contains_str(j)) || lower.split(|c: char| !is_alnum(c) && c != '-').any(|x| crate::rules::words::TITLE_HEADS.contains(&x)))
        });
        project_not_job && !w.name.as_deref().is_some_and(names_employer)
    };
    let (projects, work): (Vec<_>, Vec<_>) = std::mem::take(&mut resume.work).into_iter().partition(|w| is_project(w));
    resume.work = work;
    resume.projects.extend(projects.into_iter().map(|w| crate::model::Project {
        name: w.name,
        description: opt([w.position, w.summary].into_iter().flatten().collect::<Vec<_>>().join("\n")),
        start_date: w.start_date,
        end_date: w.end_date,
        current: w.current,
        highlights: w.highlights,
        span: w.span,
        ..Default::default()
    }));
}

/// A name that says it is a company, a school or a lab ("… 有限公司", "Acme Inc.").
fn names_employer(name: &str) -> bool {
    const CJK: &[&str] = &["公司", "集团", "大学", "学院", "银行", "研究院", "研究所", "实验室", "医院", "工作室"];
    const LAST: &[&str] = &["company", "university", "college", "lab", "labs", "institute", "bank"];
    let last = name.split(|c: char| !is_alnum(c)).rfind(|w| !w.is_empty()).unwrap_or("");
    CJK.iter().any(|k| name.contains_str(k)) || fields::is_org_suffix(last) || LAST.contains(&last.lowercase().as_str())
}

/// Where skill groups printed as "Name" / "Level" / items ("SAS" / "Master" / "SAS
/// Programming") begin inside another section, if they do: at least two such groups.
fn skills_in_sidebar(doc: &Doc, section: &Section) -> Option<usize> {
    let lines = doc.lines;
    let body: Vec<usize> = section.body.clone().filter(|&i| !lines[i].is_blank()).collect();
    let group_starts: Vec<usize> = body
        .windows(2)
        .filter(|w| skills::is_level_line(&lines[w[1]].text) && !skills::is_level_line(&lines[w[0]].text) && lines[w[0]].text.chars().count() <= 30)
        .map(|w| w[0])
        .collect();
    (group_starts.len() >= 2).then(|| group_starts[0])
}

#[cfg(test)]
mod tests {
    #[test]
    fn split_colon_as_std() {
        for s in ["", "a", "Name: Li", "姓名：李", "a：b:c", "a:b：c", "：", "x:", "ab\u{FF1B}c"] {
            assert_eq!(super::split_colon(s), s.split_once([':', '：']), "{s}");
        }
    }

    #[test]
    fn only_j_lower_cases_to_a_j() {
        // projects_out_of_work looks for "project" in a lower-cased role only when it has a 'j'.
        let to_j: Vec<char> = (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|c| c.to_lowercase().any(|l| l == 'j')).collect();
        assert_eq!(to_j, ['J', 'j']);
    }

    #[test]
    fn clean_value_trims_ends() {
        for (s, want) in [("a·", "a"), ("学·", "学"), ("·学", "学"), ("学，", "学"), ("Rust", "Rust"), ("Rust é", "Rust é"), ("- Go -", "Go"), ("CS (AI)", "CS (AI)"), ("CS (AI", "CS (AI"), ("北京\u{3000}", "北京"), ("", ""), ("A   B", "A B")] {
            assert_eq!(super::clean_value(s), want, "{s}");
        }
    }
}
