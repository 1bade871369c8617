//! Fast membership tests over the word tables in `rules::words`, built once per process.
//!
//! A table holds single words (matched as whole words, case-insensitively), phrases with spaces
//! (matched as substrings of the lower-cased text) and Chinese keys (matched as substrings).

use crate::strs::Search;
use crate::chars::{is_alnum, with_lowercase, InlineChars, Lowercase};
use crate::lines::is_cjk;
use crate::rules::words::{ORG_WORDS, PLACES, SCHOOL_WORDS, TITLE_WORDS};
use std::sync::LazyLock;

/// The words of `s` as the tables hold them: letters, digits, `&`, `'`, `-` and inner dots.
fn table_words(s: &str) -> impl Iterator<Item = &str> {
    s.split_inline(|c: char| !(is_alnum(c) || matches!(c, '&' | '\'' | '-' | '.'))).map(|w| crate::chars::trim_by(w, |c| c == '.')).filter(|w| !w.is_empty())
}

type FnvHashMap<V> = std::collections::HashMap<&'static str, V, crate::strs::FnvBuild>;

/// What a string is to a table (bits of [`WordSet::index`]).
const KEY: u8 = 1; // a key of the table, for exact look-ups
const WORD: u8 = 2; // a single-word key (not Chinese), matched as a word of a text
const PHRASE_HEAD: u8 = 4; // the first word of a phrase: a phrase can match only where one occurs

/// A string's place in [`WordSet::key_bits`], from its length and its first and last bytes
/// (the low five bits of each tell the ASCII letters apart).
fn key_bit(s: &str) -> usize {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) => usize::from(first & 31) | usize::from(last & 31) << 5 | (b.len() & 3) << 10,
        _ => 0,
    }
}

/// A character's place in [`WordSet::cjk_head_bits`].
fn head_bit(c: char) -> usize {
    u32::from(c) as usize & 4095
}

/// 4096 bits, for the two filters of a [`WordSet`]: a clear bit answers "absent" without a
/// hash look-up.
#[derive(Clone, Copy)]
struct Bits4096([u64; 64]);

impl Bits4096 {
    const EMPTY: Bits4096 = Bits4096([0; 64]);

    fn insert(&mut self, bit: usize) {
        self.0[bit >> 6 & 63] |= 1 << (bit & 63);
    }

    fn contains(&self, bit: usize) -> bool {
        self.0[bit >> 6 & 63] >> (bit & 63) & 1 != 0
    }
}

pub struct WordSet {
    /// Keys, single words and phrase heads in one map: a word of a text is hashed and
    /// looked up once for all three questions.
    index: FnvHashMap<u8>,
    phrases: Vec<&'static str>,
    cjk: Vec<&'static str>,
    /// For each first character of a Chinese key, the range of `cjk` (sorted) starting with it:
    /// most characters of a text start no key and are passed over with one look-up.
    cjk_heads: std::collections::HashMap<char, std::ops::Range<usize>, crate::strs::FnvBuild>,
    /// The same first characters as bits, by the low 12 bits of their code: a character whose
    /// bit is clear starts no key, known without hashing it.
    cjk_head_bits: Bits4096,
    /// The strings of `index` as bits, by [`key_bit`]: most words of a text are in no table,
    /// and are known to be absent without hashing them.
    key_bits: Bits4096,
}

impl WordSet {
    pub(super) fn new(table: &'static [&'static str]) -> WordSet {
        let mut set = WordSet { index: FnvHashMap::default(), phrases: Vec::new(), cjk: Vec::new(), cjk_heads: Default::default(), cjk_head_bits: Bits4096::EMPTY, key_bits: Bits4096::EMPTY };
        for &k in table {
            *set.index.entry(k).or_default() |= KEY;
            if k.chars_inline().any(is_cjk) {
                set.cjk.push(k);
            } else if k.contains(' ') {
                set.phrases.push(k);
            } else {
                *set.index.entry(k).or_default() |= WORD;
            }
        }
        set.cjk.sort_unstable();
        for (n, k) in set.cjk.iter().enumerate() {
            let head = k.chars_inline().next().expect("keys are not empty");
            set.cjk_heads.entry(head).or_insert(n..n).end = n + 1;
            set.cjk_head_bits.insert(head_bit(head));
        }
        for head in set.phrases.iter().filter_map(|p| table_words(p).next()) {
            *set.index.entry(head).or_default() |= PHRASE_HEAD;
        }
        for k in set.index.keys() {
            set.key_bits.insert(key_bit(k));
        }
        set
    }

    fn bits(&self, s: &str) -> u8 {
        if !self.may_hold(s) {
            return 0;
        }
        self.index.get(s).copied().unwrap_or(0)
    }

    /// Whether `s` (lower-cased, or ASCII in any case: upper and lower case letters agree in
    /// their low five bits) can be a string of `index`.
    fn may_hold(&self, s: &str) -> bool {
        self.key_bits.contains(key_bit(s))
    }

    /// Whether the lower-cased `key` is in the table exactly.
    pub fn contains(&self, key: &str) -> bool {
        self.bits(key) & KEY != 0
    }

    /// Whether `key`, in any case, is in the table exactly.
    pub fn contains_any_case(&self, key: &str) -> bool {
        (!key.is_ascii() || self.may_hold(key)) && with_lowercase(key, |key| self.contains(key))
    }

    /// Whether a Chinese key occurs in `s`: at each character, only the keys that start with
    /// it are compared.
    pub(super) fn has_cjk_key(&self, s: &str) -> bool {
        s.char_indices_inline().any(|(i, c)| {
            self.cjk_head_bits.contains(head_bit(c)) && self.cjk_heads.get(&c).is_some_and(|keys| self.cjk[keys.clone()].iter().any(|k| s[i..].starts_with(k)))
        })
    }

    /// Whether `s` holds a word, phrase or Chinese key of the table.
    pub fn matches(&self, s: &str) -> bool {
        matches_each([self], s)[0]
    }
}

/// `sets.map(|set| set.matches(s))` in one pass over the words of `s`: each word is cut out
/// and lower-cased once for all the tables (a title and an organisation are asked of every
/// piece of a header).
pub fn matches_each<const N: usize>(sets: [&WordSet; N], s: &str) -> [bool; N] {
    let non_ascii = !s.is_ascii();
    let mut found = sets.map(|set| !set.cjk.is_empty() && non_ascii && set.has_cjk_key(s));
    // Phrases are looked for only when a word of the text starts one.
    let mut phrase_possible = [false; N];
    for w in table_words(s) {
        if found.iter().all(|&f| f) {
            break;
        }
        // An ASCII word no table may hold is not lower-cased.
        if w.is_ascii() && (0..N).all(|k| found[k] || !sets[k].may_hold(w)) {
            continue;
        }
        with_lowercase(w, |w| {
            for k in 0..N {
                if !found[k] {
                    let bits = sets[k].bits(w);
                    found[k] = bits & WORD != 0;
                    phrase_possible[k] |= bits & PHRASE_HEAD != 0;
                }
            }
        });
    }
    if (0..N).any(|k| !found[k] && phrase_possible[k]) {
        let l = s.lowercase();
        for k in 0..N {
            found[k] = found[k] || phrase_possible[k] && sets[k].phrases.iter().any(|p| l.contains_str(p));
        }
    }
    found
}

pub static TITLES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLE_WORDS));
pub static ORGS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ORG_WORDS));
pub static SCHOOLS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SCHOOL_WORDS));
pub static PLACE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PLACES));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_and_chinese() {
        assert!(TITLES.matches("Senior Software ENGINEER"));
        assert!(!TITLES.matches("Engineering Department"));
        assert!(PLACE_SET.matches("San Francisco, CA"));
        assert!(SCHOOLS.matches("北京大学"));
        assert!(PLACE_SET.contains("new york"));
        // One pass for several tables answers as a plain reading of each table would.
        let plain = |set: &WordSet, s: &str| {
            let l = s.to_lowercase();
            set.cjk.iter().any(|k| s.contains(k)) || table_words(&l).any(|w| set.bits(w) & WORD != 0) || set.phrases.iter().any(|p| l.contains(p))
        };
        for t in ["Senior Software ENGINEER", "Engineering Department", "AI Research Lab", "Research Engineer", "腾讯科技有限公司", "后端开发工程师", "Vice President of Sales", "", "Acme", "New York, NY", "San Francisco Bay Area"] {
            let each = matches_each([&*TITLES, &*ORGS, &*PLACE_SET], t);
            assert_eq!(each, [plain(&TITLES, t), plain(&ORGS, t), plain(&PLACE_SET, t)], "{t}");
            assert_eq!(TITLES.matches(t), each[0], "{t}");
        }
        assert!(!PLACE_SET.contains("york"));
    }

    #[test]
    fn key_bits_pass_every_key() {
        for (table, set) in [(TITLE_WORDS, &*TITLES), (ORG_WORDS, &*ORGS), (SCHOOL_WORDS, &*SCHOOLS), (PLACES, &*PLACE_SET)] {
            for k in table {
                assert!(set.contains(k), "{k}");
            }
            for w in table.iter().flat_map(|k| table_words(k)) {
                assert_eq!(set.bits(w), set.index.get(w).copied().unwrap_or(0), "{w}");
            }
        }
        assert_eq!(key_bit(""), 0);
        // In any case, as the lower-cased text would answer.
        for t in ["NEW YORK", "Texas", "TX", "tx", "Engineer", "ENGINEER", "Acme", "İstanbul", "KELVIN\u{212A}", "北京", "a-b", ""] {
            for set in [&*TITLES, &*PLACE_SET] {
                assert_eq!(set.contains_any_case(t), set.contains(&t.to_lowercase()), "{t}");
            }
        }
    }
}
