//! Matching-only normalisation, one char at a time: the diacritics dropped and the letter
//! variants folded when words are compared with the tables. Shared with the build script,
//! which normalises the tables' words with it (the tokenizer reads the same chars through
//! its char table).

use crate::lexicon::quotes as lex;

/// Marks and diacritics dropped when comparing words with the tables.
pub(crate) const fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
    )
}

/// What normalisation makes of `c`: `None` when it is dropped, else `c` folded (itself
/// when normalisation keeps it).
pub(crate) fn folded(c: char) -> Option<char> {
    if is_ignorable(c) {
        return None;
    }
    Some(
        lex::LETTER_FOLDS
            .iter()
            .find(|(from, _)| *from == c)
            .map_or(c, |&(_, to)| to),
    )
}

/// The normalisation of `word`, a char at a time.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn norm_chars(word: &str) -> String {
    word.chars().filter_map(folded).collect()
}
