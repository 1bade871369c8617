//! The output: a JSON Resume 1.x document (<https://jsonresume.org/schema>).
//!
//! Field names follow the schema (camelCase through serde). Empty values are
//! skipped so the JSON holds only what the text says. Keys JSON Resume lacks
//! are extras the schema allows: `current` on ongoing entries, `span` on
//! every entry (where it came from in the input), and `meta.sections`.
//!
//! Spans are UTF-8 byte offsets into the text given to [`crate::parse`];
//! the wasm boundary converts them to UTF-16 offsets for JavaScript.

use serde::Serialize;

/// A half-open byte range `start..end` of the input text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Resume {
    #[serde(skip_serializing_if = "Basics::is_empty")]
    pub basics: Basics,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub work: Vec<Work>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub volunteer: Vec<Volunteer>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub education: Vec<Education>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Award>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<Certificate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<Interest>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<Project>,
    pub meta: Meta,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Basics {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Location::is_empty")]
    pub location: Location,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Profile>,
    /// Where each basics field came from, by field name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<FieldSpan>,
}

impl Basics {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.label.is_none()
            && self.email.is_none()
            && self.phone.is_none()
            && self.url.is_none()
            && self.summary.is_none()
            && self.location.is_empty()
            && self.profiles.is_empty()
    }
}

/// The source of one scalar field, e.g. `{"field": "email", "span": ...}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldSpan {
    pub field: &'static str,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
}

impl Location {
    pub fn is_empty(&self) -> bool {
        self.address.is_none() && self.postal_code.is_none() && self.city.is_none() && self.region.is_none() && self.country_code.is_none()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// Empty when the text gives a handle without saying where it lives.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub network: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Work {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub current: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Volunteer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub current: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Education {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub study_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub current: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub courses: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Award {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awarder: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Publication {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Skill {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fluency: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Interest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub current: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<String>,
    pub span: Span,
}

/// JSON Resume's `meta`, plus what the parser saw.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// The parser that produced this document, `resume-parser x.y.z`.
    pub generator: String,
    /// Every section found, in document order, including ones we could not classify.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<SectionInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionInfo {
    /// `work`, `education`, ... or `other` for a heading we do not know.
    pub kind: &'static str,
    /// The heading as written (markup removed); empty for the text before the first heading.
    pub heading: String,
    pub span: Span,
    /// The body text of sections of kind `other`, kept so nothing is lost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Resume {
    /// Calls `f` on every span in the document, e.g. to convert offsets.
    pub fn for_each_span_mut(&mut self, mut f: impl FnMut(&mut Span)) {
        for s in &mut self.basics.spans {
            f(&mut s.span);
        }
        for p in &mut self.basics.profiles {
            f(&mut p.span);
        }
        macro_rules! each {
            ($($list:ident),*) => { $( for e in &mut self.$list { f(&mut e.span); } )* };
        }
        each!(work, volunteer, education, awards, certificates, publications, skills, languages, interests, projects);
        for s in &mut self.meta.sections {
            f(&mut s.span);
        }
    }

    /// Rewrites every span from UTF-8 byte offsets of `text` to UTF-16 code-unit offsets,
    /// the unit JavaScript strings are indexed in.
    pub fn spans_to_utf16(&mut self, text: &str) {
        // In ASCII text a byte is a UTF-16 unit: nothing to convert.
        if text.is_ascii() {
            return;
        }
        // utf16_at[i] = UTF-16 offset of byte i (inner bytes of a character repeat its offset);
        // a character of four UTF-8 bytes takes two UTF-16 units, any other one.
        let mut units = 0u32;
        let mut char_start = 0u32;
        let mut utf16_at: Vec<u32> = text
            .bytes()
            .map(|b| {
                if b & 0xC0 != 0x80 {
                    char_start = units;
                    units += if b >= 0xF0 { 2 } else { 1 };
                }
                char_start
            })
            .collect();
        utf16_at.push(units);
        self.for_each_span_mut(|span| {
            span.start = utf16_at[span.start.min(text.len())] as usize;
            span.end = utf16_at[span.end.min(text.len())] as usize;
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn spans_become_utf16_offsets() {
        let text = "Zoë 张伟 😀 Rust\nJane Doe\njane@example.com\n\nExperience\nAcme 😀 Corp  2020 - Present\n";
        let utf8 = crate::parse(text);
        let mut utf16 = utf8.clone();
        utf16.spans_to_utf16(text);
        let units = |byte: usize| text[..byte].encode_utf16().count();
        let mut expected = Vec::new();
        let mut converted = Vec::new();
        let mut a = utf8;
        a.for_each_span_mut(|s| expected.push((units(s.start), units(s.end))));
        utf16.for_each_span_mut(|s| converted.push((s.start, s.end)));
        assert!(!expected.is_empty());
        assert_eq!(converted, expected);
    }
}
