//! A string that remembers where each of its bytes came from in the original input.
//!
//! Every cleaning pass (normalisation, markup removal) reads one `MappedText` and builds
//! the next, so an offset in the final clean text can always be mapped back to the input.

/// Text plus, for each byte, the input byte offset it came from.
#[derive(Debug, Clone, Default)]
pub struct MappedText {
    pub text: String,
    /// `origin[i]` is the input offset of byte `i` of `text`; one extra entry at the end
    /// holds the input offset just past the last byte.
    origin: Vec<u32>,
}

impl MappedText {
    /// The identity mapping over `input`.
    pub fn identity(input: &str) -> MappedText {
        MappedText { text: input.to_owned(), origin: (0..=input.len() as u32).collect() }
    }

    /// The input offset that clean offset `at` corresponds to.
    pub fn origin(&self, at: usize) -> usize {
        self.origin.get(at).or(self.origin.last()).copied().unwrap_or(0) as usize
    }

    /// Maps a clean byte range back to an input byte range.
    pub fn span(&self, start: usize, end: usize) -> crate::model::Span {
        let s = self.origin(start);
        let e = if end > start { self.origin(end - 1) + 1 } else { s };
        crate::model::Span::new(s, e.max(s))
    }
}

/// Builds a new `MappedText` from pieces of an older one.
pub struct Builder<'a> {
    source: &'a MappedText,
    text: String,
    origin: Vec<u32>,
}

impl<'a> Builder<'a> {
    pub fn new(source: &'a MappedText) -> Builder<'a> {
        Builder { source, text: String::with_capacity(source.text.len()), origin: Vec::with_capacity(source.text.len() + 1) }
    }

    /// Copies `source.text[start..end]` keeping its origins.
    pub fn copy(&mut self, start: usize, end: usize) {
        self.text.push_str(&self.source.text[start..end]);
        self.origin.extend_from_slice(&self.source.origin[start..end]);
    }

    /// Writes text that stands for the source range starting at `at` (a replacement).
    pub fn put(&mut self, s: &str, at: usize) {
        let o = self.source.origin(at) as u32;
        self.text.push_str(s);
        self.origin.extend(std::iter::repeat_n(o, s.len()));
    }

    pub fn put_char(&mut self, c: char, at: usize) {
        let o = self.source.origin(at) as u32;
        self.text.push(c);
        // One slice copy: `repeat_n` is a loop of pushes in the size-optimised build.
        self.origin.extend_from_slice(&[o; 4][..c.len_utf8()]);
    }

    /// Writes `inner`, a text made from `source.text[base..]`: its origins are offsets from
    /// `base`. Each character stands for the source character its first byte came from.
    pub fn put_mapped(&mut self, inner: &MappedText, base: usize) {
        self.text.push_str(&inner.text);
        let mut o = 0;
        for (k, &b) in inner.text.as_bytes().iter().enumerate() {
            // Not a UTF-8 continuation byte: a character starts here.
            if b & 0xC0 != 0x80 {
                o = self.source.origin(base + inner.origin[k] as usize) as u32;
            }
            self.origin.push(o);
        }
    }

    /// Copies `source.text[start..end]` as [`Builder::put_mapped`] writes a text made of it
    /// unchanged: each character stands for the source character its first byte came from.
    pub fn copy_chars(&mut self, start: usize, end: usize) {
        let from = self.origin.len();
        self.copy(start, end);
        for k in from + 1..self.origin.len() {
            if self.text.as_bytes()[k] & 0xC0 == 0x80 {
                self.origin[k] = self.origin[k - 1];
            }
        }
    }

    pub fn ends_with(&self, c: char) -> bool {
        self.text.ends_with(c)
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Drops trailing spaces/tabs (not newlines).
    pub fn trim_end_spaces(&mut self) {
        while self.text.ends_with([' ', '\t']) {
            self.text.pop();
            self.origin.pop();
        }
    }

    pub fn finish(mut self) -> MappedText {
        let end = self.source.origin(self.source.text.len()) as u32;
        self.origin.push(end);
        MappedText { text: self.text, origin: self.origin }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_chars_maps_as_put_mapped_of_the_same_text() {
        let source = MappedText { text: "xé工y".into(), origin: vec![10, 11, 12, 20, 21, 22, 30, 31] };
        let (mut a, mut b) = (Builder::new(&source), Builder::new(&source));
        a.copy_chars(1, 7);
        b.put_mapped(&MappedText::identity(&source.text[1..7]), 1);
        let (a, b) = (a.finish(), b.finish());
        assert_eq!(a.text, "é工y");
        assert_eq!((a.text, a.origin), (b.text, b.origin));
    }
}
