//! Which lexicon tables a word is in, one bit per table, from one open-addressed map of
//! every table's words, keyed on the word's first and last four bytes (for Arabic, its
//! first and last two letters), which is the whole of a short word. The stage looks
//! every word up once, and most of them are in no table: their slot is empty.

use std::borrow::Cow;

/// An odd 64-bit multiplier that spreads the key's bytes over its high bits.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// Slots per word at least: the map is kept at most a quarter full, so that a word in
/// no table mostly finds its first slot empty.
const SLOTS_PER_WORD: usize = 4;

/// Longest word, in bytes, whose [`key`] holds every byte: two words this short with
/// the same key and the same length are the same word.
const WHOLE_KEY_BYTES: usize = 8;

/// The tables a word is in: `bare` for the word as written (normalised), `rest` for the
/// word without its leading conjunction (وقال → قال), each a mask of table bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tags {
    pub bare: u32,
    pub rest: u32,
}

/// Normalised words with the mask of the tables each is in: built by [`TagMap::add`]
/// (in the build script and the tests), or static data the build script wrote
/// ([`TagMap::from_static`]).
#[derive(Debug, PartialEq)]
pub(crate) struct TagMap {
    /// Every word, one after the other.
    text: Cow<'static, str>,
    /// Open-addressed slots, their count a power of two.
    slots: Cow<'static, [Slot]>,
    /// How far the hash is shifted right to pick a slot (64 − log2 of the slot count).
    shift: u32,
    /// How many words the map holds.
    len: usize,
}

/// A slot of a [`TagMap`]: a word's [`key`], where the word is in the map's text, and
/// its table bits; `len` 0 when the slot is empty (no word is empty: see [`TagMap::add`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Slot {
    key: u64,
    at: u32,
    len: u32,
    bits: u32,
}

/// The key of `word`: its first four and its last four bytes, each four read at once
/// (all of its bytes up to [`WHOLE_KEY_BYTES`]; a word of fewer than four, zero-padded).
#[inline]
fn key(word: &str) -> u64 {
    let b = word.as_bytes();
    match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(first), Some(last)) => {
            u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32
        }
        _ => b.iter().rev().fold(0, |k, &x| k << 8 | u64::from(x)),
    }
}

impl Slot {
    /// A slot of the static data the build script writes.
    pub(crate) const fn new(key: u64, at: u32, len: u32, bits: u32) -> Slot {
        Slot { key, at, len, bits }
    }
}

impl TagMap {
    /// The map whose words are `text` and whose slots are `slots` (their count a power of
    /// two, two at least), `shift` and `len` as [`TagMap::to_rust_value`] wrote them.
    pub(crate) const fn from_static(
        text: &'static str,
        slots: &'static [Slot],
        shift: u32,
        len: usize,
    ) -> TagMap {
        TagMap {
            text: Cow::Borrowed(text),
            slots: Cow::Borrowed(slots),
            shift,
            len,
        }
    }
}

// Building a map, and writing it out as Rust: done by the build script and the tests.
#[cfg_attr(not(test), allow(dead_code))]
impl TagMap {
    /// An empty map sized for `words` words.
    pub(crate) fn with_capacity(words: usize) -> Self {
        let slots = (words * SLOTS_PER_WORD).next_power_of_two().max(2);
        TagMap {
            text: Cow::Owned(String::new()),
            slots: Cow::Owned(vec![Slot::default(); slots]),
            shift: u64::BITS - slots.trailing_zeros(),
            len: 0,
        }
    }

    /// The first slot to probe for key `key`.
    #[inline]
    fn home(&self, key: u64) -> usize {
        key_home(key, self.shift)
    }

    /// The slot where `word` (with key `key`) is, or the empty slot where it would go.
    #[inline]
    fn slot(&self, word: &str, key: u64) -> Option<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut k = self.home(key);
        for _ in 0..self.slots.len() {
            k &= mask;
            let s = self.slots.get(k)?;
            if s.len == 0 || (s.key == key && self.holds(s, word)) {
                return Some(k);
            }
            k += 1;
        }
        None
    }

    /// `true` when slot `s`, whose key is `word`'s, holds `word`.
    #[inline]
    fn holds(&self, s: &Slot, word: &str) -> bool {
        (s.len as usize == word.len() && word.len() <= WHOLE_KEY_BYTES) || {
            let (at, len) = (s.at as usize, s.len as usize);
            self.text.as_bytes().get(at..at + len) == Some(word.as_bytes())
        }
    }

    /// Adds the table bits `tags` to `word` (the empty word is never added: no word
    /// of a paragraph is empty).
    pub(crate) fn add(&mut self, word: &str, tags: u32) {
        let (Ok(at), Ok(len)) = (u32::try_from(self.text.len()), u32::try_from(word.len())) else {
            return;
        };
        if len == 0 {
            return;
        }
        if (self.len + 1) * SLOTS_PER_WORD > self.slots.len() {
            self.grow();
        }
        let key = key(word);
        let Some(k) = self.slot(word, key) else {
            return;
        };
        let Some(s) = self.slots.to_mut().get_mut(k) else {
            return;
        };
        if s.len == 0 {
            *s = Slot {
                key,
                at,
                len,
                bits: tags,
            };
            self.text.to_mut().push_str(word);
            self.len += 1;
        } else {
            s.bits |= tags;
        }
    }

    /// Every word of the map with its table bits, in slot order.
    pub(crate) fn words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.slots.iter().filter(|s| s.len != 0).filter_map(|s| {
            let (at, len) = (s.at as usize, s.len as usize);
            Some((self.text.get(at..at + len)?, s.bits))
        })
    }

    /// Doubles the slots and places every word again.
    fn grow(&mut self) {
        let n = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, Cow::Owned(vec![Slot::default(); n]));
        self.shift = u64::BITS - n.trailing_zeros();
        let mask = n - 1;
        let slots = self.slots.to_mut();
        for &s in old.iter().filter(|s| s.len != 0) {
            let mut k = key_home(s.key, self.shift);
            while slots.get(k & mask).is_some_and(|t| t.len != 0) {
                k += 1;
            }
            if let Some(t) = slots.get_mut(k & mask) {
                *t = s;
            }
        }
    }

    /// Rust items for the map's data: `static {name}_TEXT` and `static {name}_SLOTS`
    /// (empty slots as `Slot::new(0, 0, 0, 0)`).
    pub(crate) fn to_rust_statics(&self, name: &str) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(out, "static {name}_TEXT: &str = {:?};", self.text);
        let _ = writeln!(out, "static {name}_SLOTS: [Slot; {}] = [", self.slots.len());
        for s in self.slots.iter() {
            let _ = writeln!(
                out,
                "    Slot::new({:#x}, {}, {}, {:#x}),",
                s.key, s.at, s.len, s.bits
            );
        }
        out.push_str("];\n");
        out
    }

    /// A Rust expression of the map over the statics of [`TagMap::to_rust_statics`].
    pub(crate) fn to_rust_value(&self, name: &str) -> String {
        format!(
            "TagMap::from_static({name}_TEXT, &{name}_SLOTS, {}, {})",
            self.shift, self.len
        )
    }
}

/// The first slot to probe for key `key` in a map whose hash is shifted by `shift`.
#[inline]
fn key_home(key: u64, shift: u32) -> usize {
    // `shift` is below 64: a map has two slots at least.
    key.wrapping_mul(MIX).wrapping_shr(shift) as usize
}

impl TagMap {
    /// The table bits of `word` (0 when it is in no table). Most words are in none, and
    /// their first slot is empty; a short word is told by its key alone.
    #[inline(always)]
    pub(crate) fn get(&self, word: &str) -> u32 {
        let key = key(word);
        let mask = self.slots.len().wrapping_sub(1);
        let home = self.home(key);
        for k in home..home.saturating_add(self.slots.len()) {
            let Some(s) = self.slots.get(k & mask) else {
                return 0;
            };
            if s.len == 0 {
                return 0;
            }
            if s.key == key && self.holds(s, word) {
                return s.bits;
            }
        }
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Words of one to twelve bytes over few letters, so that keys collide: short and
        /// long words, words that share their first or last four bytes, NUL bytes.
        #[test]
        fn the_map_answers_as_a_hash_map(
            words in proptest::collection::vec(("[ab\\x00قل]{1,6}", 0u32..4), 0..40),
            probes in proptest::collection::vec("[ab\\x00قل]{0,6}", 0..40),
        ) {
            let mut map = TagMap::with_capacity(1);
            let mut want: HashMap<String, u32> = HashMap::new();
            for (w, bit) in &words {
                map.add(w, 1 << bit);
                *want.entry(w.clone()).or_default() |= 1 << bit;
            }
            for w in words.iter().map(|(w, _)| w).chain(&probes) {
                prop_assert_eq!(map.get(w), want.get(w).copied().unwrap_or(0), "{:?}", w);
            }
        }
    }

    #[test]
    fn members_have_their_bits_and_others_none() {
        let mut map = TagMap::with_capacity(1);
        for (w, t) in [("قال", 1), ("اكد", 2), ("said", 4), ("ا", 8), ("قال", 16)] {
            map.add(w, t);
        }
        for (w, t) in [("قال", 17), ("اكد", 2), ("said", 4), ("ا", 8)] {
            assert_eq!(map.get(w), t, "{w} has its tables");
        }
        for w in ["قالت", "وقال", "", "sai", "ب", "sa"] {
            assert_eq!(map.get(w), 0, "{w} is in no table");
        }
    }
}
