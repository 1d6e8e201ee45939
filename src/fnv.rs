//! FNV-1a, the hash of the extractor's word tables: their keys are short words and class
//! tokens looked up many times per page, where SipHash's set-up dominates the look-up.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a's offset basis.
pub(crate) const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's prime.
pub(crate) const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a hasher.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`Fnv`] hashers for `HashMap`/`HashSet`.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;
