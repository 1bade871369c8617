//! Substring search for the short, fixed needles the passes look for (`"   "`, `" / "`,
//! `"https://"`). `str::find(&str)` prepares a Two-Way searcher on every call, which costs more
//! than the search itself on a line of text; scanning for the needle's first byte and comparing
//! there is quicker, and linear since needles are a few bytes long. Also white-space trimming
//! and word splitting by bytes, line ranges, decimal digits, and the hash the word and heading
//! tables are looked up with.

/// Byte offset of the first occurrence of `needle` in `hay`: the text is scanned for the
/// needle's first byte, and the needle compared there.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return Some(0) };
    if first == b' ' {
        return find_after_spaces(hay, n);
    }
    let last_start = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last_start {
        i += h[i..=last_start].iter().position(|&b| b == first)?;
        if same_bytes(n, &h[i..]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// [`find`] for a needle that starts with a space (`" , "`, `" - "`, a gap): a space is the
/// commonest byte of a text, so the scan is for the needle's first byte that is not a space,
/// eight bytes to a step. A needle of spaces only is first looked for by probing every few
/// bytes ([`contains_spaces`]): most texts hold no such run.
fn find_after_spaces(hay: &str, n: &[u8]) -> Option<usize> {
    let h = hay.as_bytes();
    let lead = n.iter().position(|&b| b != b' ').unwrap_or(0);
    // One past the last place in `h` of the needle's byte `lead` where a match can be.
    let end = h.len().checked_sub(n.len())? + lead + 1;
    let anchor = n[lead];
    if anchor == b' ' && !contains_spaces(hay, n.len()) {
        return None;
    }
    let mut i = lead;
    while i < end {
        i += crate::swar::find_either(&h[i..end], anchor, anchor)?;
        if same_bytes(n, &h[i - lead..]) {
            return Some(i - lead);
        }
        i += 1;
    }
    None
}

/// Whether `hay` starts with `needle`, compared byte by byte: needles are a few bytes, and
/// wasm's `memcmp` is a call.
fn same_bytes(needle: &[u8], hay: &[u8]) -> bool {
    needle.len() <= hay.len() && needle.iter().zip(hay).all(|(a, b)| a == b)
}

pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// [`find`] and [`contains`] as methods.
pub trait Search {
    fn find_str(&self, needle: &str) -> Option<usize>;
    fn contains_str(&self, needle: &str) -> bool;
}

impl Search for str {
    fn find_str(&self, needle: &str) -> Option<usize> {
        find(self, needle)
    }

    fn contains_str(&self, needle: &str) -> bool {
        contains(self, needle)
    }
}

/// `hay.split(separator)` for a non-empty separator.
pub fn split<'a>(hay: &'a str, separator: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut rest = Some(hay);
    std::iter::from_fn(move || {
        let r = rest?;
        match find(r, separator).filter(|_| !separator.is_empty()) {
            Some(k) => {
                rest = Some(&r[k + separator.len()..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The length in bytes of the longest of `words`, for tables' length bounds worked out at
/// compile time.
pub const fn longest(words: &[&str]) -> usize {
    let (mut k, mut max) = (0, 0);
    while k < words.len() {
        if words[k].len() > max {
            max = words[k].len();
        }
        k += 1;
    }
    max
}

/// Whether `s` starts with `prefix`, ASCII letters compared without case ("HTTPS://", "Phone").
pub fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    // By bytes: a head that matches the whole characters of `prefix` ends on a boundary.
    s.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `hay` holds any of `needles` (none of them empty), in one pass: at each byte only
/// the needles that start with it are compared.
pub fn contains_any(hay: &str, needles: &[&str]) -> bool {
    // Most bytes of the text start none of the needles.
    let mut firsts = ByteSet::default();
    for n in needles {
        firsts.insert(n.as_bytes()[0]);
    }
    let h = hay.as_bytes();
    (0..h.len()).any(|i| firsts.contains(h[i]) && needles.iter().any(|n| h[i..].starts_with(n.as_bytes())))
}

/// Whether `s` starts with any of `prefixes`, each compared only when its first byte matches.
pub fn starts_with_any(s: &str, prefixes: &[&str]) -> bool {
    let first = s.as_bytes().first();
    prefixes.iter().any(|p| p.as_bytes().first() == first && s.as_bytes().starts_with(p.as_bytes()))
}

/// `hay.split_once(separator)`.
pub fn split_once<'a>(hay: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    find(hay, separator).map(|k| (&hay[..k], &hay[k + separator.len()..]))
}

/// `str::find` and `str::contains` for a small set of characters (`[':', '：']`), scanning
/// bytes for the sets' first bytes rather than decoding every character.
pub trait FindChars {
    fn find_chars(&self, set: &[char]) -> Option<usize>;
    fn contains_chars(&self, set: &[char]) -> bool {
        self.find_chars(set).is_some()
    }
    /// `str::split_once` at the first character of the set.
    fn split_once_chars(&self, set: &[char]) -> Option<(&str, &str)>;
    /// `str::rfind` for the set: the standard one decodes every character from the end.
    fn rfind_chars(&self, set: &[char]) -> Option<usize>;
}

impl FindChars for str {
    fn find_chars(&self, set: &[char]) -> Option<usize> {
        let leads = lead_bytes(set);
        let bytes = self.as_bytes();
        let mut from = 0;
        // A first byte of a character never occurs inside another one: every hit is a
        // character boundary. An ASCII hit is a character of the set; a longer one is
        // decoded and compared.
        while let Some(k) = bytes[from..].iter().position(|&b| leads.contains(b)) {
            let i = from + k;
            if bytes[i] < 0x80 || crate::chars::decode(bytes, i).is_some_and(|(c, _)| set.contains(&c)) {
                return Some(i);
            }
            from = i + 1;
        }
        None
    }

    fn split_once_chars(&self, set: &[char]) -> Option<(&str, &str)> {
        let i = self.find_chars(set)?;
        let len = crate::chars::decode(self.as_bytes(), i).map_or(1, |(_, len)| len);
        Some((&self[..i], &self[i + len..]))
    }

    fn rfind_chars(&self, set: &[char]) -> Option<usize> {
        let leads = lead_bytes(set);
        let bytes = self.as_bytes();
        // As in `find_chars`, a first byte found is the start of a character.
        let mut end = bytes.len();
        while let Some(i) = bytes[..end].iter().rposition(|&b| leads.contains(b)) {
            if bytes[i] < 0x80 || crate::chars::decode(bytes, i).is_some_and(|(c, _)| set.contains(&c)) {
                return Some(i);
            }
            end = i;
        }
        None
    }
}

/// `s.find` for some ASCII characters and one full-width form, `EF BC wide` ('（' is EF BC 88,
/// '；' EF BC 9B): `leads` are the ASCII bytes and EF. By bytes, eight at a time, rather than
/// through a set of characters built for each call. (For ':' and '：' see [`find_colon`], the
/// same search for two bytes, written out.)
pub fn find_with_wide<const N: usize>(s: &str, leads: [u8; N], wide: u8) -> Option<usize> {
    let b = s.as_bytes();
    let mut k = 0;
    while let Some(at) = crate::swar::find_any(b, k, leads) {
        if b[at] != 0xEF || b.get(at + 1..at + 3) == Some(&[0xBC, wide]) {
            return Some(at);
        }
        k = at + 1;
    }
    None
}

/// `s.find([':', '：'])`, the search for a label's colon that most lines get: eight bytes at a
/// time for the two first bytes (':' and EF), with no set built per call.
pub fn find_colon(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = crate::swar::find_either(&bytes[from..], b':', 0xEF).map(|k| from + k) {
        // '：' is EF BC 9A.
        if bytes[i] == b':' || bytes[i + 1..].starts_with(&[0xBC, 0x9A]) {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// Whether `hay` holds `n` (at least one) spaces in a row, as `hay.contains(" ".repeat(n))`
/// would say (`lines::GAP` is three). Any `n` bytes in a row hold one of the bytes looked at,
/// `n` apart, so most bytes of a text are not read.
pub fn contains_spaces(hay: &str, n: usize) -> bool {
    let (b, step) = (hay.as_bytes(), n.max(1));
    let mut j = step - 1;
    while j < b.len() {
        if b[j] != b' ' {
            j += step;
            continue;
        }
        // The run of spaces through `j`: long enough, or the next run starts after its end.
        let (mut start, mut end) = (j, j + 1);
        while start > 0 && b[start - 1] == b' ' {
            start -= 1;
        }
        while end < b.len() && b[end] == b' ' {
            end += 1;
        }
        if end - start >= n {
            return true;
        }
        j = end + step;
    }
    false
}

/// A set of byte values, one bit each: a test per byte of a text.
#[derive(Default, Clone, Copy)]
pub struct ByteSet([u64; 4]);

impl ByteSet {
    pub fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    #[inline(always)]
    pub fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] >> (b & 63) & 1 != 0
    }
}

/// The first bytes of the characters of `set`.
fn lead_bytes(set: &[char]) -> ByteSet {
    let mut leads = ByteSet::default();
    for &c in set {
        leads.insert(first_byte(c));
    }
    leads
}

/// The first byte of `c` in UTF-8.
fn first_byte(c: char) -> u8 {
    let code = u32::from(c);
    (match code {
        0..=0x7F => code,
        0x80..=0x7FF => 0xC0 | code >> 6,
        0x800..=0xFFFF => 0xE0 | code >> 12,
        _ => 0xF0 | code >> 18,
    }) as u8
}

/// `trim`, `trim_start`, `trim_end` and `split_whitespace` with the standard library's notion
/// of white space, but scanning bytes: the standard versions decode every character through
/// calls that the size-optimised wasm build does not inline, and nearly every value is trimmed.
pub trait Spaces {
    fn trim_ws(&self) -> &str;
    fn trim_start_ws(&self) -> &str;
    fn trim_end_ws(&self) -> &str;
    fn words(&self) -> Words<'_>;
}

impl Spaces for str {
    fn trim_ws(&self) -> &str {
        // Most values have nothing to trim: a printable ASCII character or an ideograph at
        // each end says so.
        if starts_solid(self) && ends_solid(self) {
            return self;
        }
        let start = run_from(self, 0, self.len(), true);
        // Past the leading white space there is a character that is not: the end is after it.
        let end = if start == self.len() { start } else { run_back(self, start, self.len(), true) };
        &self[start..end]
    }

    fn trim_start_ws(&self) -> &str {
        if starts_solid(self) {
            return self;
        }
        &self[run_from(self, 0, self.len(), true)..]
    }

    fn trim_end_ws(&self) -> &str {
        if ends_solid(self) {
            return self;
        }
        &self[..run_back(self, 0, self.len(), true)]
    }

    fn words(&self) -> Words<'_> {
        Words { text: self, front: 0, back: self.len() }
    }
}

/// Appends `n` in decimal, zero-padded to at least `width` digits (at most 20), as
/// `format!("{n:0width$}")` would write it, without the formatting machinery (several times
/// the cost in the size-optimised build).
pub fn push_decimal(out: &mut String, n: usize, width: usize) {
    let mut digits = [b'0'; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[at.min(digits.len().saturating_sub(width))..] {
        out.push(char::from(d & 0x7F));
    }
}

/// Whether `s` is its words joined by single ASCII spaces, with no white space around them:
/// what [`Spaces::words`] joined with `' '` would give back.
pub fn is_flat(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut prev_space = true; // white space at the start is not flat
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII, most of a text, is no white space and needs no decoding.
        if printable(bytes[i]) {
            prev_space = false;
            i += 1;
            continue;
        }
        let (space, len) = space_at(bytes, i);
        if space && (prev_space || bytes[i] != b' ') {
            return false;
        }
        prev_space = space;
        i += len;
    }
    !prev_space
}

/// The byte ranges of the lines of `text`, as `text.split('\n')` cuts them, each line break
/// found eight bytes at a time: the size-optimised build runs a searcher per line in `split`.
pub fn line_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut next = Some(0);
    std::iter::from_fn(move || {
        let start = next?;
        match crate::swar::find_either(&text.as_bytes()[start..], b'\n', b'\n') {
            Some(len) => {
                next = Some(start + len + 1);
                Some((start, start + len))
            }
            None => {
                next = None;
                Some((start, text.len()))
            }
        }
    })
}

/// Whether the character at byte `i` (a character boundary) is white space, and its length,
/// from its bytes. Non-ASCII white space is U+0085 and U+00A0 (lead byte C2), U+1680 (E1),
/// U+2000..U+200A, U+2028, U+2029, U+202F, U+205F (E2) and U+3000 (E3); any other character,
/// CJK text among them, is answered from its first byte or two.
#[inline(always)]
fn space_at(bytes: &[u8], i: usize) -> (bool, usize) {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes[i] {
        b if b < 0x80 => (matches!(b, b' ' | b'\t'..=b'\r'), 1),
        // Ideographs (lead bytes E4 to E9) and the other characters past the white space
        // blocks first: Chinese text is made of them.
        b if b >= 0xF0 => (false, 4),
        b if b >= 0xE4 => (false, 3),
        0xC2 => (matches!(at(1), 0x85 | 0xA0), 2),
        0xE1 => (at(1) == 0x9A && at(2) == 0x80, 3),
        0xE2 => (match at(1) {
            0x80 => matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
            0x81 => at(2) == 0x9F,
            _ => false,
        }, 3),
        0xE3 => (at(1) == 0x80 && at(2) == 0x80, 3),
        b if b >= 0xE0 => (false, 3),
        _ => (false, 2),
    }
}

/// A printable ASCII character (not white space), `!` to DEL.
#[inline(always)]
fn printable(b: u8) -> bool {
    b.wrapping_sub(b'!') <= 0x7F - b'!'
}

/// Whether `s` starts with a character known at a glance not to be white space: printable
/// ASCII, or one of U+4000..U+9FFF (lead bytes E4 to E9), where the ideographs are.
#[inline(always)]
fn starts_solid(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|&b| printable(b) || matches!(b, 0xE4..=0xE9))
}

/// [`starts_solid`] for the last character (a lead byte three from the end starts it).
#[inline(always)]
fn ends_solid(s: &str) -> bool {
    match s.as_bytes() {
        [.., last] if printable(*last) => true,
        [.., 0xE4..=0xE9, _, _] => true,
        _ => false,
    }
}

/// The bytes that answer a run's test at once, as a range `lo..=lo + span` compared with one
/// subtraction: a space in a run of white space, a printable ASCII character in a run of other
/// characters. Any other byte is looked at by [`space_at`].
#[inline(always)]
fn quick_range(space: bool) -> (u8, u8) {
    if space { (b' ', 0) } else { (b'!', 0x7F - b'!') }
}

/// The end of the run of white space (`space`) or of other characters that starts at `from`,
/// looking no further than `end`.
fn run_from(s: &str, from: usize, end: usize, space: bool) -> usize {
    // Cut at `end` first, so that the loop's test is also the bound of every byte read.
    let bytes = &s.as_bytes()[..end];
    let (lo, span) = quick_range(space);
    let mut i = from;
    while i < bytes.len() {
        if bytes[i].wrapping_sub(lo) <= span {
            i += 1;
            continue;
        }
        // An ideograph (lead bytes E4 to E9), most of Chinese text, is no white space.
        if !space && matches!(bytes[i], 0xE4..=0xE9) {
            i += 3;
            continue;
        }
        let (is_space, len) = space_at(bytes, i);
        if is_space != space {
            break;
        }
        i += len;
    }
    i
}

/// The start of the run of white space (`space`) or of other characters that ends at `end`,
/// looking no further back than `start`.
fn run_back(s: &str, start: usize, end: usize, space: bool) -> usize {
    let (lo, span) = quick_range(space);
    let mut i = end;
    while i > start {
        // A quick byte is ASCII, so a whole character.
        if s.as_bytes()[i - 1].wrapping_sub(lo) <= span {
            i -= 1;
            continue;
        }
        let lead = crate::chars::char_start_before(s, i);
        if space_at(s.as_bytes(), lead).0 != space {
            break;
        }
        i = lead;
    }
    i
}

/// The words of a text, as `str::split_whitespace` gives them. The words not yet taken are
/// those in `text[front..back]`; offsets rather than a shrinking slice, so that taking a word
/// cuts the text once.
#[derive(Clone)]
pub struct Words<'a> {
    text: &'a str,
    front: usize,
    back: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // Most words are printable ASCII after single spaces: those bytes are passed over
        // here, and `run_from` (which decodes) takes over only at any other byte.
        let bytes = &self.text.as_bytes()[..self.back];
        let mut start = self.front;
        while bytes.get(start) == Some(&b' ') {
            start += 1;
        }
        if bytes.get(start).is_some_and(|&b| !printable(b)) {
            start = run_from(self.text, start, self.back, true);
        }
        if start == self.back {
            self.front = self.back;
            return None;
        }
        let mut end = start;
        while bytes.get(end).is_some_and(|&b| printable(b)) {
            end += 1;
        }
        if bytes.get(end).is_some_and(|&b| b != b' ') {
            end = run_from(self.text, end, self.back, false);
        }
        self.front = end;
        Some(&self.text[start..end])
    }
}

impl DoubleEndedIterator for Words<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let end = run_back(self.text, self.front, self.back, true);
        if end == self.front {
            self.back = self.front;
            return None;
        }
        let start = run_back(self.text, self.front, end, false);
        self.back = start;
        Some(&self.text[start..end])
    }
}

/// FNV-1a: the tables are fixed, so their hash needs no defence against chosen keys, and
/// this one is quicker than the standard one for short words.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_forms_found_as_by_characters() {
        for s in ["", "(", "（", "a（b(c", "ａｂ（", "x；y;z@", "，；", "北京（海淀）", "a\u{FF08}", "\u{FF1B}", "；", "é@", "ＡＢ", "abcdefghijklmnop（q", "abcdefghijklmnop；", "\u{EFBC}\u{FF5B}"] {
            assert_eq!(find_with_wide(s, *b"(\xEF", 0x88), s.find(['(', '（']), "{s}");
            assert_eq!(find_with_wide(s, *b"@;\xEF", 0x9B), s.find(['@', ';', '；']), "{s}");
        }
    }

    #[test]
    fn white_space_agrees_with_the_standard_library() {
        let hays = ["", " ", "\u{3000}", " a ", "\t\n a  b\u{A0}c\u{3000}\r", "北京\u{2003}上海 ", "\u{85}x\u{85}", "a\u{200B}b", "é  ü", " \u{1680}\u{2028}", "北京", "北 京\u{3000}", "\u{3000}上海"];
        for h in hays {
            assert_eq!(h.trim_ws(), h.trim(), "{h:?}");
            assert_eq!(h.trim_start_ws(), h.trim_start(), "{h:?}");
            assert_eq!(h.trim_end_ws(), h.trim_end(), "{h:?}");
            assert_eq!(h.words().collect::<Vec<_>>(), h.split_whitespace().collect::<Vec<_>>(), "{h:?}");
            assert_eq!(h.words().rev().collect::<Vec<_>>(), h.split_whitespace().rev().collect::<Vec<_>>(), "{h:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn white_space_agrees_on_any_text(h in "[ \t\n\r\u{0B}\u{0C}\u{85}\u{A0}\u{2003}\u{3000}\u{3001}\u{200B}a-zé北]{0,12}") {
            proptest::prop_assert_eq!(h.trim_ws(), h.trim());
            proptest::prop_assert_eq!(h.trim_start_ws(), h.trim_start());
            proptest::prop_assert_eq!(h.trim_end_ws(), h.trim_end());
            proptest::prop_assert_eq!(h.words().collect::<Vec<_>>(), h.split_whitespace().collect::<Vec<_>>());
            proptest::prop_assert_eq!(h.words().rev().collect::<Vec<_>>(), h.split_whitespace().rev().collect::<Vec<_>>());
        }
    }

    #[test]
    fn white_space_by_bytes_agrees_for_every_character() {
        for c in (0..=0x3100u32).chain(0xFEFF..=0xFF00).chain([0x10000, 0x10FFFF]).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(space_at(bytes, 0), (c.is_whitespace(), c.len_utf8()), "{c:?}");
        }
    }

    /// Every text of up to five characters from a small alphabet that mixes the fast paths'
    /// bytes (printable ASCII, single spaces) with the decoded ones.
    fn small_texts() -> Vec<String> {
        let alphabet = [' ', 'a', '!', '\t', '\n', '\u{7F}', '\u{A0}', 'é', '北', '\u{3000}'];
        let mut texts = vec![String::new()];
        let mut last = texts.clone();
        for _ in 0..5 {
            last = last.iter().flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}"))).collect();
            texts.extend(last.iter().cloned());
        }
        texts
    }

    #[test]
    fn words_and_flatness_agree_on_every_small_text() {
        for h in small_texts() {
            let std_words: Vec<&str> = h.split_whitespace().collect();
            assert_eq!(h.words().collect::<Vec<_>>(), std_words, "{h:?}");
            assert_eq!(is_flat(&h), !h.is_empty() && std_words.join(" ") == h, "{h:?}");
        }
    }

    #[test]
    fn flatness_and_lines_agree_with_the_standard_library() {
        for h in ["", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u{A0}b", "北京 上海", "a\u{3000}b", "a·b", "a\nb"] {
            assert_eq!(is_flat(h), !h.is_empty() && h.split_whitespace().collect::<Vec<_>>().join(" ") == h, "{h:?}");
            let lines: Vec<&str> = line_ranges(h).map(|(a, b)| &h[a..b]).collect();
            assert_eq!(lines, h.split('\n').collect::<Vec<_>>(), "{h:?}");
        }
        for h in ["\n", "a\n", "\n\nb", "x\ny\n\nz"] {
            let lines: Vec<&str> = line_ranges(h).map(|(a, b)| &h[a..b]).collect();
            assert_eq!(lines, h.split('\n').collect::<Vec<_>>(), "{h:?}");
        }
    }

    #[test]
    fn decimals_agree_with_format() {
        for n in [0usize, 7, 10, 99, 100, 2024, 4_294_967_295, usize::MAX] {
            for width in [0, 1, 2, 4, 20] {
                let mut out = String::new();
                push_decimal(&mut out, n, width);
                assert_eq!(out, format!("{n:0width$}"), "{n} {width}");
            }
        }
    }

    #[test]
    fn several_needles_agree_with_one_search_each() {
        let needles = ["gpa", "绩点", "rank", "排名"];
        for hay in ["", "cgpa 3.9", "frank", "ran", "专业排名前5%", "排", "绩点3.8", "g", "GPA"] {
            assert_eq!(contains_any(hay, &needles), needles.iter().any(|n| hay.contains(n)), "{hay}");
            assert_eq!(starts_with_any(hay, &needles), needles.iter().any(|n| hay.starts_with(n)), "{hay}");
        }
    }

    #[test]
    fn colons_agree_with_the_standard_library() {
        let hays = ["", ":", "：", "a:b", "技能：Rust", "Skills: Rust", "0123456789abcdef:", "ｏ ｐ Ｐ ｚ", "ａｂ：", "￥￥￥￥￥￥：x", "long text without any colon at all", "工作经历", "xxxxxxx\u{FF1B}xxxxxxxxx:"];
        for h in hays {
            assert_eq!(find_colon(h), h.find([':', '：']), "{h:?}");
        }
        for n in 0..20 {
            let h = format!("{}:", "é".repeat(n));
            assert_eq!(find_colon(&h), h.find(':'), "{h:?}");
        }
        // Every place of one or two hits in texts of up to 20 bytes.
        for len in 0..=20 {
            for x in 0..=len {
                for y in x..=len {
                    let mut h = vec![b'a'; len];
                    for p in [x, y].into_iter().filter(|&p| p < len) {
                        h[p] = if p == x { b':' } else { 0xEF };
                    }
                    let text = String::from_utf8_lossy(&h);
                    assert_eq!(find_colon(&text), text.find([':', '：']), "{h:?}");
                }
            }
        }
    }

    #[test]
    fn space_runs_agree_with_the_standard_library() {
        let hays = ["", " ", "  ", "   ", "a   b", "a  b  c", "ab    ", "    ab", "a b c d e f", "北京   上海", "x  y   z", "a\t\t\tb", "abcdefgh  ijk   "];
        for h in hays {
            for n in 1..=4 {
                assert_eq!(contains_spaces(h, n), h.contains(&" ".repeat(n)), "{h:?} {n}");
            }
        }
        for len in 0..12 {
            for mask in 0..1u32 << len {
                let h: String = (0..len).map(|k| if mask >> k & 1 == 1 { ' ' } else { 'a' }).collect();
                for n in 1..=4 {
                    assert_eq!(contains_spaces(&h, n), h.contains(&" ".repeat(n)), "{h:?} {n}");
                }
            }
        }
    }

    #[test]
    fn first_bytes() {
        for c in ['\0', 'a', '\u{7F}', '\u{80}', 'é', '\u{7FF}', '\u{800}', '：', '上', '\u{FFFF}', '\u{10000}', '😀', '\u{10FFFF}'] {
            assert_eq!(first_byte(c), c.encode_utf8(&mut [0; 4]).as_bytes()[0], "{c:?}");
        }
    }

    #[test]
    fn agrees_with_the_standard_library() {
        let hays = ["", "a", "   ", "Acme   Boston   2020", "上上下 é😀", "x / y / z", "北京   上海", "aaa", "ab ab  ab   ", "https://x.io", "HTTPS://X.io", "工作经历（3）", "Work (2) (x)"];
        let needles = ["   ", " / ", "a", "ab", "https://", "上海", "aaaa", "  "];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(split(h, n).collect::<Vec<_>>(), h.split(n).collect::<Vec<_>>(), "{h:?} {n:?}");
                assert_eq!(split_once(h, n), h.split_once(n), "{h:?} {n:?}");
                assert_eq!(starts_with_ignore_case(h, n), h.to_ascii_lowercase().starts_with(&n.to_ascii_lowercase()), "{h:?} {n:?}");
            }
            for set in [&[':', '：'][..], &['，', ',', '、'], &['x'], &['上', 'b', '/'], &['😀', 'é', '上'], &['(', '（']] {
                assert_eq!(h.find_chars(set), h.find(set), "{h:?} {set:?}");
                assert_eq!(h.split_once_chars(set), h.split_once(set), "{h:?} {set:?}");
                assert_eq!(h.rfind_chars(set), h.rfind(set), "{h:?} {set:?}");
            }
        }
    }

    #[test]
    fn spaced_needles_found_as_by_the_standard_library() {
        let hays = ["", " ", "  ", "   ", "a   b", "a  b   c", "a b  c    d", "Acme   Boston   2020", "x , y , z", "a ,b , c", "  -  - x", "北京   上海", "Title – Giver", "a -b - c", "    ", "a     ", "ab ab  ab   ", " , ", "é , ü"];
        let needles = ["   ", "  ", " ", " , ", " - ", " – ", " / ", "    ", " |", "  x"];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(split(h, n).collect::<Vec<_>>(), h.split(n).collect::<Vec<_>>(), "{h:?} {n:?}");
                assert_eq!(split_once(h, n), h.split_once(n), "{h:?} {n:?}");
            }
        }
        // Every placement of runs of spaces in a short text, for needles of one to four spaces.
        for bits in 0u32..1 << 12 {
            let h: String = (0..12).map(|k| if bits >> k & 1 == 1 { ' ' } else { 'x' }).collect();
            for n in ["", " ", "  ", "   ", "    ", " x", "  x"] {
                assert_eq!(find(&h, n), h.find(n), "{h:?} {n:?}");
            }
        }
    }
}
