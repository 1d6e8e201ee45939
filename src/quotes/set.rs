//! A table of normalised words that rules most other words out before hashing them: a
//! bit filter keyed on the word's length and its first and last two bytes (for Arabic,
//! its first and last letters). The stage looks many words up in many small tables, and
//! nearly all of them are in none.

use crate::fnv::FnvBuild;
use std::collections::HashSet;

/// Bits in a set's filter; a power of two.
const FILTER_BITS: usize = 4096;

/// How many high bits of the mixed key pick a filter bit (log2 of [`FILTER_BITS`]).
const SLOT_BITS: u32 = 12;

/// An odd 64-bit multiplier that spreads the key's bytes over its high bits.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// A set of words with a bit filter in front of the hash look-up.
pub(crate) struct Set {
    words: HashSet<String, FnvBuild>,
    filter: Vec<u64>,
}

/// The filter bit of `word`.
fn slot(word: &str) -> usize {
    let b = word.as_bytes();
    let n = b.len();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return 0;
    };
    let second = b.get(1).copied().unwrap_or(0);
    let before_last = b.get(n.wrapping_sub(2)).copied().unwrap_or(0);
    let key = n as u64
        | u64::from(first) << 8
        | u64::from(second) << 16
        | u64::from(before_last) << 24
        | u64::from(last) << 32;
    (key.wrapping_mul(MIX) >> (u64::BITS - SLOT_BITS)) as usize
}

impl Set {
    /// `true` when `word` is in the set.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let k = slot(word);
        let bits = self.filter.get(k / 64).copied().unwrap_or(0);
        bits >> (k % 64) & 1 == 1 && self.words.contains(word)
    }

    /// The words of the set, in no order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &String> {
        self.words.iter()
    }
}

impl Default for Set {
    fn default() -> Self {
        Set {
            words: HashSet::default(),
            filter: vec![0; FILTER_BITS / 64],
        }
    }
}

impl FromIterator<String> for Set {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let mut set = Set::default();
        for w in words {
            let k = slot(&w);
            if let Some(bits) = set.filter.get_mut(k / 64) {
                *bits |= 1 << (k % 64);
            }
            set.words.insert(w);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_pass_the_filter_and_others_mostly_not() {
        let set: Set = ["قال", "اكد", "said", "ا"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for w in ["قال", "اكد", "said", "ا"] {
            assert!(set.contains(w), "{w} is in the set");
        }
        for w in ["قالت", "وقال", "", "sai", "ب"] {
            assert!(!set.contains(w), "{w} is not in the set");
        }
    }
}
