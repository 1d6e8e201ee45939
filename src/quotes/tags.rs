//! Which lexicon tables a word is in, one bit per table, from one open-addressed map of
//! every table's words, hashed on the word's length and its first, middle and last two
//! bytes (for Arabic, three of its letters). The stage looks every word up once, and
//! most of them are in no table: their slot is empty.

/// An odd 64-bit multiplier that spreads the key's bytes over its high bits.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// Slots per word at most: the map is kept at most half full.
const SLOTS_PER_WORD: usize = 2;

/// The tables a word is in: `bare` for the word as written (normalised), `rest` for the
/// word without its leading conjunction (وقال → قال), each a mask of table bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tags {
    pub bare: u32,
    pub rest: u32,
}

/// Normalised words with the mask of the tables each is in.
pub(crate) struct TagMap {
    /// Every word, one after the other.
    text: String,
    /// Words (byte ranges of `text`) and their table bits, in the order added.
    entries: Vec<Entry>,
    /// Open-addressed slots: an index into `entries` plus one, or 0 when empty. Their
    /// count is a power of two.
    slots: Vec<u32>,
    /// How far the hash is shifted right to pick a slot (64 − log2 of the slot count).
    shift: u32,
}

/// A word of a [`TagMap`]: where it is in the map's text, and its table bits.
#[derive(Clone, Copy)]
struct Entry {
    at: usize,
    len: usize,
    bits: u32,
}

/// The mixed hash of `word`, from its length and its first, middle and last two bytes.
fn hash(word: &str) -> u64 {
    let b = word.as_bytes();
    let n = b.len();
    let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
    let mid = n / 2;
    let key = n as u64
        | at(0) << 8
        | at(1) << 16
        | at(n.wrapping_sub(2)) << 24
        | at(n.wrapping_sub(1)) << 32
        | at(mid) << 40
        | at(mid.wrapping_sub(1)) << 48;
    key.wrapping_mul(MIX)
}

impl TagMap {
    /// An empty map sized for `words` words.
    pub(crate) fn with_capacity(words: usize) -> Self {
        let slots = (words * SLOTS_PER_WORD).next_power_of_two().max(2);
        TagMap {
            text: String::new(),
            entries: Vec::with_capacity(words),
            slots: vec![0; slots],
            shift: u64::BITS - slots.trailing_zeros(),
        }
    }

    /// The slot where `word` is, or the empty slot where it would go.
    #[inline]
    fn slot(&self, word: &str) -> Option<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut k = hash(word).checked_shr(self.shift).unwrap_or(0) as usize;
        for _ in 0..self.slots.len() {
            k &= mask;
            let e = *self.slots.get(k)?;
            let Some(entry) = (e as usize)
                .checked_sub(1)
                .and_then(|i| self.entries.get(i))
            else {
                return Some(k);
            };
            if entry.len == word.len()
                && self.text.as_bytes().get(entry.at..entry.at + entry.len) == Some(word.as_bytes())
            {
                return Some(k);
            }
            k += 1;
        }
        None
    }

    /// Adds the table bits `tags` to `word`.
    pub(crate) fn add(&mut self, word: &str, tags: u32) {
        if (self.entries.len() + 1) * SLOTS_PER_WORD > self.slots.len() {
            self.grow();
        }
        let Some(k) = self.slot(word) else { return };
        let Some(e) = self.slots.get_mut(k) else {
            return;
        };
        match e
            .checked_sub(1)
            .and_then(|i| self.entries.get_mut(i as usize))
        {
            Some(entry) => entry.bits |= tags,
            None => {
                self.entries.push(Entry {
                    at: self.text.len(),
                    len: word.len(),
                    bits: tags,
                });
                self.text.push_str(word);
                *e = u32::try_from(self.entries.len()).unwrap_or(0);
            }
        }
    }

    /// Doubles the slots and places every word again.
    fn grow(&mut self) {
        let slots = self.slots.len() * 2;
        self.slots = vec![0; slots];
        self.shift = u64::BITS - slots.trailing_zeros();
        for i in 0..self.entries.len() {
            let word = self
                .entries
                .get(i)
                .and_then(|e| self.text.get(e.at..e.at + e.len));
            let k = word.and_then(|w| self.slot(w));
            if let Some(e) = k.and_then(|k| self.slots.get_mut(k)) {
                *e = u32::try_from(i + 1).unwrap_or(0);
            }
        }
    }

    /// The table bits of `word` (0 when it is in no table).
    #[inline]
    pub(crate) fn get(&self, word: &str) -> u32 {
        self.slot(word)
            .and_then(|k| self.slots.get(k))
            .and_then(|&e| (e as usize).checked_sub(1))
            .and_then(|i| self.entries.get(i))
            .map_or(0, |e| e.bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
