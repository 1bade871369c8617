//! The output: a JSON Resume 1.x document (<https://jsonresume.org/schema>).
//!
//! Field names follow the schema (camelCase, written by the `ToJson` impls at
//! the end of this file, through [`crate::json`]). Empty values are
//! skipped so the JSON holds only what the text says. Keys JSON Resume lacks
//! are extras the schema allows: `current` on ongoing entries, `span` on
//! every entry (where it came from in the input), and `meta.sections`.
//!
//! Spans are UTF-8 byte offsets into the text given to [`crate::parse`];
//! the wasm boundary converts them to UTF-16 offsets for JavaScript.

use crate::json::{ToJson, Writer};

/// A half-open byte range `start..end` of the input text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resume {
    pub basics: Basics,
    pub work: Vec<Work>,
    pub volunteer: Vec<Volunteer>,
    pub education: Vec<Education>,
    pub awards: Vec<Award>,
    pub certificates: Vec<Certificate>,
    pub publications: Vec<Publication>,
    pub skills: Vec<Skill>,
    pub languages: Vec<Language>,
    pub interests: Vec<Interest>,
    pub projects: Vec<Project>,
    pub meta: Meta,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Basics {
    pub name: Option<String>,
    pub label: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub location: Location,
    pub profiles: Vec<Profile>,
    /// Where each basics field came from, by field name.
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
#[derive(Debug, Clone, PartialEq)]
pub struct FieldSpan {
    pub field: &'static str,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Location {
    pub address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub country_code: Option<String>,
}

impl Location {
    pub fn is_empty(&self) -> bool {
        self.address.is_none() && self.postal_code.is_none() && self.city.is_none() && self.region.is_none() && self.country_code.is_none()
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// Empty when the text gives a handle without saying where it lives.
    pub network: String,
    pub username: Option<String>,
    pub url: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Work {
    pub name: Option<String>,
    pub position: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub current: bool,
    pub summary: Option<String>,
    pub highlights: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Volunteer {
    pub organization: Option<String>,
    pub position: Option<String>,
    pub url: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub current: bool,
    pub summary: Option<String>,
    pub highlights: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Education {
    pub institution: Option<String>,
    pub url: Option<String>,
    pub area: Option<String>,
    pub study_type: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub current: bool,
    pub score: Option<String>,
    pub courses: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Award {
    pub title: Option<String>,
    pub date: Option<String>,
    pub awarder: Option<String>,
    pub summary: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Certificate {
    pub name: Option<String>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub url: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Publication {
    pub name: Option<String>,
    pub publisher: Option<String>,
    pub release_date: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Skill {
    pub name: Option<String>,
    pub level: Option<String>,
    pub keywords: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Language {
    pub language: Option<String>,
    pub fluency: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Interest {
    pub name: Option<String>,
    pub keywords: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Project {
    pub name: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub current: bool,
    pub highlights: Vec<String>,
    pub span: Span,
}

/// JSON Resume's `meta`, plus what the parser saw.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// The parser that produced this document, `resume-parser x.y.z`.
    pub generator: String,
    /// Every section found, in document order, including ones we could not classify.
    pub sections: Vec<SectionInfo>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionInfo {
    /// `work`, `education`, ... or `other` for a heading we do not know.
    pub kind: &'static str,
    /// The heading as written (markup removed); empty for the text before the first heading.
    pub heading: String,
    pub span: Span,
    /// The body text of sections of kind `other`, kept so nothing is lost.
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
        let offsets = Utf16Offsets::new(text);
        self.for_each_span_mut(|span| {
            span.start = offsets.at(span.start);
            span.end = offsets.at(span.end);
        });
    }
}

/// UTF-16 offsets of the byte offsets of a text, from a table of the units before each block
/// of [`Utf16Offsets::BLOCK`] bytes: a span costs a count over less than a block, where a
/// table of every byte's offset cost several times more to build than all the lookups.
struct Utf16Offsets<'a> {
    text: &'a str,
    /// `before_block[k]`: UTF-16 units before byte `k * BLOCK`.
    before_block: Vec<usize>,
}

impl<'a> Utf16Offsets<'a> {
    const BLOCK: usize = 32;

    fn new(text: &'a str) -> Self {
        let mut before_block = Vec::with_capacity(text.len() / Self::BLOCK + 2);
        let mut units = 0;
        before_block.push(units);
        for block in text.as_bytes().chunks(Self::BLOCK) {
            units += utf16_units(block);
            before_block.push(units);
        }
        Utf16Offsets { text, before_block }
    }

    /// The UTF-16 offset of byte `offset`: that of its character's start when it falls inside
    /// one, that of the end past the end.
    fn at(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let block = offset / Self::BLOCK;
        self.before_block[block] + utf16_units(&self.text.as_bytes()[block * Self::BLOCK..offset])
    }
}

/// The UTF-16 code units of the characters whose first byte is in `bytes`: one for each byte
/// that is no continuation byte (`10xxxxxx`), and a second for a four-byte one's first byte
/// (`11110xxx`, a surrogate pair in UTF-16). Eight bytes at a time, as one `u64`.
fn utf16_units(bytes: &[u8]) -> usize {
    use crate::swar::{sum_bytes, HIGHS};
    let mut words = bytes.chunks_exact(8);
    let mut units = 0;
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        // Shifting left by k moves bit 7-k of each byte to its bit 7.
        let not_continuation = (!x | x << 1) & HIGHS;
        let four_byte_first = x & x << 1 & x << 2 & x << 3 & HIGHS;
        // One or two per byte, at most 16 in all.
        units += sum_bytes((not_continuation >> 7) + (four_byte_first >> 7));
    }
    units + words.remainder().iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum::<usize>()
}

impl Resume {
    /// The document as compact JSON text.
    pub fn to_json(&self) -> String {
        crate::json::to_string(self, false)
    }

    /// The document as JSON text indented by two spaces.
    pub fn to_json_pretty(&self) -> String {
        crate::json::to_string(self, true)
    }
}

// The JSON members of each type, in schema order. `opt`, `list`, `text` and `flag` leave out
// absent values, empty lists, empty strings and false flags; `value` always writes.

impl ToJson for Span {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.value("start", &self.start);
            o.value("end", &self.end);
        });
    }
}

impl ToJson for Resume {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            if !self.basics.is_empty() {
                o.value("basics", &self.basics);
            }
            o.list("work", &self.work);
            o.list("volunteer", &self.volunteer);
            o.list("education", &self.education);
            o.list("awards", &self.awards);
            o.list("certificates", &self.certificates);
            o.list("publications", &self.publications);
            o.list("skills", &self.skills);
            o.list("languages", &self.languages);
            o.list("interests", &self.interests);
            o.list("projects", &self.projects);
            o.value("meta", &self.meta);
        });
    }
}

impl ToJson for Basics {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("name", &self.name);
            o.opt("label", &self.label);
            o.opt("email", &self.email);
            o.opt("phone", &self.phone);
            o.opt("url", &self.url);
            o.opt("summary", &self.summary);
            if !self.location.is_empty() {
                o.value("location", &self.location);
            }
            o.list("profiles", &self.profiles);
            o.list("spans", &self.spans);
        });
    }
}

impl ToJson for FieldSpan {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.value("field", self.field);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Location {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("address", &self.address);
            o.opt("postalCode", &self.postal_code);
            o.opt("city", &self.city);
            o.opt("region", &self.region);
            o.opt("countryCode", &self.country_code);
        });
    }
}

impl ToJson for Profile {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.text("network", &self.network);
            o.opt("username", &self.username);
            o.opt("url", &self.url);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Work {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("name", &self.name);
            o.opt("position", &self.position);
            o.opt("location", &self.location);
            o.opt("url", &self.url);
            o.opt("startDate", &self.start_date);
            o.opt("endDate", &self.end_date);
            o.flag("current", self.current);
            o.opt("summary", &self.summary);
            o.list("highlights", &self.highlights);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Volunteer {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("organization", &self.organization);
            o.opt("position", &self.position);
            o.opt("url", &self.url);
            o.opt("startDate", &self.start_date);
            o.opt("endDate", &self.end_date);
            o.flag("current", self.current);
            o.opt("summary", &self.summary);
            o.list("highlights", &self.highlights);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Education {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("institution", &self.institution);
            o.opt("url", &self.url);
            o.opt("area", &self.area);
            o.opt("studyType", &self.study_type);
            o.opt("startDate", &self.start_date);
            o.opt("endDate", &self.end_date);
            o.flag("current", self.current);
            o.opt("score", &self.score);
            o.list("courses", &self.courses);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Award {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("title", &self.title);
            o.opt("date", &self.date);
            o.opt("awarder", &self.awarder);
            o.opt("summary", &self.summary);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Certificate {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("name", &self.name);
            o.opt("date", &self.date);
            o.opt("issuer", &self.issuer);
            o.opt("url", &self.url);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Publication {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("name", &self.name);
            o.opt("publisher", &self.publisher);
            o.opt("releaseDate", &self.release_date);
            o.opt("url", &self.url);
            o.opt("summary", &self.summary);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Skill {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("name", &self.name);
            o.opt("level", &self.level);
            o.list("keywords", &self.keywords);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Language {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("language", &self.language);
            o.opt("fluency", &self.fluency);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Interest {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("name", &self.name);
            o.list("keywords", &self.keywords);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Project {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.opt("name", &self.name);
            o.opt("description", &self.description);
            o.opt("url", &self.url);
            o.opt("startDate", &self.start_date);
            o.opt("endDate", &self.end_date);
            o.flag("current", self.current);
            o.list("highlights", &self.highlights);
            o.value("span", &self.span);
        });
    }
}

impl ToJson for Meta {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.value("generator", &self.generator);
            o.list("sections", &self.sections);
        });
    }
}

impl ToJson for SectionInfo {
    fn write_json(&self, w: &mut Writer) {
        w.object(|o| {
            o.value("kind", self.kind);
            o.value("heading", &self.heading);
            o.value("span", &self.span);
            o.opt("text", &self.text);
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

    /// The offset of every byte (inner bytes of a character take its start), one at a time.
    fn utf16_offsets_plain(text: &str) -> Vec<usize> {
        let mut at = Vec::new();
        let mut units = 0;
        for ch in text.chars() {
            at.extend(std::iter::repeat_n(units, ch.len_utf8()));
            units += ch.len_utf16();
        }
        at.push(units);
        at
    }

    #[test]
    fn utf16_offsets_agree_with_plain_count() {
        let pieces = ["a", "é", "张", "😀", "\n", "  ", "ß", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}"];
        // Deterministic pseudo-random texts of every length up to 300 characters.
        let mut seed = 12345u32;
        for len in 0..300 {
            let mut text = String::new();
            for _ in 0..len {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            let plain = utf16_offsets_plain(&text);
            let offsets = super::Utf16Offsets::new(&text);
            for (byte, &want) in plain.iter().enumerate() {
                assert_eq!(offsets.at(byte), want, "{text:?} byte {byte}");
            }
            assert_eq!(offsets.at(text.len() + 5), *plain.last().unwrap());
            assert_eq!(super::utf16_units(text.as_bytes()), text.encode_utf16().count());
        }
    }
}
