//! Byte tests eight bytes at a time ("SIMD within a register"), for the scans that pass over
//! long runs of bytes of no interest: line breaks, separators, bytes to escape, the end of a
//! word. Eight bytes of a text are read as one `u64`, the first byte lowest, and each test
//! answers with bit 7 of every byte it holds for. No carry or borrow crosses from one byte to
//! the next, so every byte's answer is exact, not only the lowest.

pub const ONES: u64 = 0x0101_0101_0101_0101;
pub const HIGHS: u64 = ONES * 0x80;

/// `b` in every byte.
#[inline(always)]
pub const fn splat(b: u8) -> u64 {
    ONES * b as u64
}

/// The eight bytes of `bytes` from `i` on as one word, the first byte lowest; `None` if fewer
/// than eight are left.
#[inline(always)]
pub fn word8(bytes: &[u8], i: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(i..)?.get(..8)?.try_into().unwrap_or_default();
    Some(u64::from_le_bytes(eight))
}

/// The bytes of `x` whose low seven bits are below `n` (at most 0x80). With bit 7 forced on,
/// subtracting `n` from a byte never borrows from the next one.
#[inline(always)]
pub fn low_bits_below(x: u64, n: u8) -> u64 {
    !(x | HIGHS).wrapping_sub(splat(n)) & HIGHS
}

/// The ASCII bytes of `x` below `n` (at most 0x80).
#[inline(always)]
pub fn ascii_below(x: u64, n: u8) -> u64 {
    low_bits_below(x, n) & !x
}

/// The bytes of `x` equal to `b`.
#[inline(always)]
pub fn bytes_equal(x: u64, b: u8) -> u64 {
    ascii_below(x ^ splat(b), 1)
}

/// The bytes of `x` equal to `b`, exactly up to the first of them; above it a byte `b ^ 1` may
/// be flagged too (by a borrow). Cheaper than [`bytes_equal`] where only the first matters.
#[inline(always)]
pub fn bytes_equal_first(x: u64, b: u8) -> u64 {
    let y = x ^ splat(b);
    y.wrapping_sub(ONES) & !y & HIGHS
}

/// The sum of the bytes of `x`, which must be below 256: the multiplication gathers it in the
/// top byte (baseline x86-64 and wasm have no byte-wise sum).
#[inline(always)]
pub fn sum_bytes(x: u64) -> usize {
    (x.wrapping_mul(ONES) >> 56) as usize
}

/// The place (0 to 7) of the first byte flagged in `flags`, which is not zero.
#[inline(always)]
pub fn first_flagged(flags: u64) -> usize {
    flags.trailing_zeros() as usize / 8
}

/// The first position of byte `a` or `b` in `hay` (the same byte twice for one). The
/// commonest search, written out for two bytes: the size-optimised build would not unroll
/// [`find_any`]'s loop over the bytes sought.
pub fn find_either(hay: &[u8], a: u8, b: u8) -> Option<usize> {
    // Not a closure: the size-optimised build would call it for every word.
    #[inline(always)]
    fn found_in(x: u64, a: u8, b: u8) -> u64 {
        bytes_equal_first(x, a) | bytes_equal_first(x, b)
    }
    let mut words = hay.chunks_exact(8);
    let mut at = 0;
    for word in &mut words {
        let found = found_in(u64::from_le_bytes(word.try_into().unwrap_or_default()), a, b);
        if found != 0 {
            return Some(at + first_flagged(found));
        }
        at += 8;
    }
    if words.remainder().is_empty() {
        return None;
    }
    // The last eight bytes as one more word: those before the remainder hold neither byte,
    // so the first found is in the remainder.
    match word8(hay, hay.len().saturating_sub(8)) {
        Some(x) => Some(found_in(x, a, b)).filter(|&found| found != 0).map(|found| hay.len() - 8 + first_flagged(found)),
        None => hay.iter().position(|&c| c == a || c == b),
    }
}

/// The first position at or after `from` of a byte of `hay` that is one of `sought`.
pub fn find_any<const N: usize>(hay: &[u8], from: usize, sought: [u8; N]) -> Option<usize> {
    let mut at = from;
    while let Some(x) = word8(hay, at) {
        let found = sought.iter().fold(0, |found, &b| found | bytes_equal_first(x, b));
        if found != 0 {
            return Some(at + first_flagged(found));
        }
        at += 8;
    }
    hay.get(at..)?.iter().position(|c| sought.contains(c)).map(|k| at + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bit 7 of the bytes of `bytes` (eight of them) for which `test` holds.
    fn flags_of(bytes: &[u8], test: impl Fn(u8) -> bool) -> u64 {
        (0..8).filter(|&k| test(bytes[k])).fold(0, |m, k| m | 0x80 << (8 * k))
    }

    #[test]
    fn every_byte_value_in_every_place() {
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [0u8, 1, b' ', b'a', 0x7F, 0x80, 0x81, 0xC2, 0xFE, 0xFF] {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let x = word8(&bytes, 0).unwrap();
                    for n in [0u8, 1, 0x21, 0x2F, 0x41, 0x64, 0x7F, 0x80] {
                        assert_eq!(low_bits_below(x, n), flags_of(&bytes, |c| c & 0x7F < n), "{b:#x} at {at} in {fill:#x}, {n:#x}");
                        assert_eq!(ascii_below(x, n), flags_of(&bytes, |c| c < n), "{b:#x} at {at} in {fill:#x}, {n:#x}");
                    }
                    for sought in [0u8, 1, b'\n', b' ', 0x7F, 0x80, 0xEF, 0xFF, b, fill] {
                        assert_eq!(bytes_equal(x, sought), flags_of(&bytes, |c| c == sought), "{b:#x} at {at} in {fill:#x}, {sought:#x}");
                    }
                    let first = bytes.iter().position(|&c| c == b).unwrap();
                    assert_eq!(first_flagged(bytes_equal(x, b)), first);
                    assert_eq!(first_flagged(bytes_equal_first(x, b)), first);
                    assert_eq!(bytes_equal_first(x, b) & (0x100u64 << (8 * first)).wrapping_sub(1), bytes_equal(x, b) & (0x100u64 << (8 * first)).wrapping_sub(1));
                }
            }
        }
        assert_eq!(sum_bytes(u64::from_le_bytes([1, 2, 3, 4, 5, 6, 7, 8])), 36);
        assert_eq!(sum_bytes(u64::from_le_bytes([0xFF, 0, 0, 0, 0, 0, 0, 0])), 0xFF);
        assert_eq!(sum_bytes(u64::from_le_bytes([0, 0, 0, 0, 0, 0, 0, 0x80])), 0x80);
        assert_eq!(word8(&[1, 2, 3, 4, 5, 6, 7], 0), None);
        assert_eq!(word8(&[0; 9], 2), None);
        assert_eq!(word8(&[1, 2, 3, 4, 5, 6, 7, 8, 9], 1), Some(u64::from_le_bytes([2, 3, 4, 5, 6, 7, 8, 9])));
    }

    #[test]
    fn find_any_agrees_with_a_search() {
        let texts = ["", "a", "abcdefgh", "abcdefg|", "|abcdefgh", "abcdefghi|j", "x\u{B7}y 北京｜上海 • z", "Senior Engineer, Acme (Remote), Boston", "北京大学，计算机科学与技术（本科）"];
        let sets: [&[u8]; 4] = [b"|", b",(", b"\xEF\xC2", b"([)],\xEF"];
        for t in texts.map(str::as_bytes) {
            for from in 0..=t.len() {
                for set in sets {
                    let want = t[from..].iter().position(|c| set.contains(c)).map(|k| from + k);
                    let got = match set.len() {
                        1 => find_any(t, from, [set[0]]),
                        2 => find_any(t, from, [set[0], set[1]]),
                        _ => find_any(t, from, <[u8; 6]>::try_from(set).unwrap()),
                    };
                    assert_eq!(got, want, "{t:?} {from} {set:?}");
                }
            }
        }
        // A sought byte in every place of two blocks and a tail, among every other byte value.
        for sought in [0u8, 1, b',', 0x7F, 0x80, 0xEF, 0xFF] {
            for other in 0..=255u8 {
                for at in 0..19 {
                    let mut t = vec![other; 19];
                    t[at] = sought;
                    assert_eq!(find_any(&t, 0, [sought]), t.iter().position(|&c| c == sought), "{sought} {other} {at}");
                }
            }
        }
        assert_eq!(find_any(b"abc", 4, [b'a']), None);
    }

    #[test]
    fn find_either_agrees_with_a_search() {
        // One or two hits at every place of texts of up to 20 bytes, searched from every place.
        for len in 0..=20 {
            for x in 0..=len {
                for y in x..=len {
                    let mut h = vec![b'a'; len];
                    for (p, c) in [(x, b':'), (y, 0xEF)].into_iter().filter(|&(p, _)| p < len) {
                        h[p] = c;
                    }
                    for from in 0..=len {
                        let want = h[from..].iter().position(|&c| c == b':' || c == 0xEF).map(|k| from + k);
                        assert_eq!(find_either(&h[from..], b':', 0xEF).map(|k| from + k), want, "{h:?} {from}");
                        let want = h[from..].iter().position(|&c| c == 0xEF).map(|k| from + k);
                        assert_eq!(find_either(&h[from..], 0xEF, 0xEF).map(|k| from + k), want, "{h:?} {from}");
                    }
                }
            }
        }
        // Every byte value next to the one sought, for the borrow of the carry trick.
        for other in 0..=255u8 {
            for at in 0..13 {
                let mut h = vec![other; 13];
                h[at] = b'\n';
                assert_eq!(find_either(&h, b'\n', b'\n'), h.iter().position(|&c| c == b'\n'), "{other} {at}");
            }
        }
    }
}
