//! Compiles the quotes stage's word tables (`src/lexicon/`) into static data, so that no
//! run builds them: `quotes_lexicon.rs` in `OUT_DIR`, included by `src/quotes/words.rs`.
//! The build runs the crate's own builder (`src/quotes/lexicon_build.rs`) over the same
//! tables, with the char-by-char normalisation of `src/quotes/fold.rs`; the crate's tests
//! build the lexicon again with the tokenizer's normalisation and compare.

// The shared modules hold more than the build reads.
#![allow(dead_code)]

use std::path::PathBuf;

#[path = "src/lexicon/dates.rs"]
mod lexicon_dates;
#[path = "src/lexicon/names.rs"]
mod lexicon_names;
#[path = "src/lexicon/quotes.rs"]
mod lexicon_quotes;
#[path = "src/quotes/bits.rs"]
mod quotes_bits;
#[path = "src/quotes/fold.rs"]
mod quotes_fold;
#[path = "src/quotes/lexicon_build.rs"]
mod quotes_lexicon_build;
#[path = "src/quotes/tags.rs"]
mod quotes_tags;

/// The paths the shared modules use, as in the crate.
mod lexicon {
    pub(crate) use super::lexicon_dates as dates;
    pub(crate) use super::lexicon_names as names;
    pub(crate) use super::lexicon_quotes as quotes;
}

/// The paths the shared modules use, as in the crate.
mod quotes {
    pub(crate) use super::quotes_bits as bits;
    pub(crate) use super::quotes_tags as tags;
}

/// Every file the generated tables depend on.
const INPUTS: &[&str] = &[
    "build.rs",
    "src/lexicon/dates.rs",
    "src/lexicon/names.rs",
    "src/lexicon/quotes.rs",
    "src/quotes/bits.rs",
    "src/quotes/fold.rs",
    "src/quotes/lexicon_build.rs",
    "src/quotes/tags.rs",
];

fn main() {
    for path in INPUTS {
        println!("cargo:rerun-if-changed={path}");
    }
    let lexicon = quotes_lexicon_build::build(&quotes_fold::norm_chars);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("quotes_lexicon.rs");
    std::fs::write(&out, lexicon.to_rust()).expect("OUT_DIR is writable");
}
