//! What a word can be: the lexicon tables compiled at build time into one map of table bits
//! (looked up once per token by the tokenizer), and the tests on words — a cue, a
//! definite noun, a naming noun, a platform, a stop.

use std::borrow::Cow;

pub(crate) use super::bits::*;
use super::lexicon_build::Lexicon;
use super::tags::{Slot, TagMap, Tags};
use super::tokens::Tok;
use crate::lexicon::names;
use crate::lexicon::quotes as lex;

// `static T: Lexicon`, written by the build script from [`super::lexicon_build::build`].
include!(concat!(env!("OUT_DIR"), "/quotes_lexicon.rs"));

/// Shortest word that can carry the definite article (ال + two letters).
const MIN_DEFINITE_CHARS: usize = 4;

/// Every word that can open a cue: the cue tables and the first words of the pairs.
pub(crate) const CUE_OPENERS: u32 =
    SAYINGS | TRANSMIT | VERBS | PARTICIPLES | ATTRIBUTION | PAIR_FIRST;

/// Cue words proper: verbs, participles and transmission verbs.
const CUE_WORDS: u32 = VERBS | PARTICIPLES | TRANSMIT;

/// The ids ([`Lexicon::maqsura_ids`]) of the listed words that `paragraphs` write with a
/// final ى, with or without a conjunction (على، وإلى). The ى's are found by a vectorised
/// search for their last byte, then their first bytes are compared (a whole char in
/// UTF-8: its lead byte is no other char's continuation, so a match begins a char).
#[inline(never)]
pub(crate) fn maqsura_written(paragraphs: &[String]) -> u32 {
    let ids = &T.maqsura_ids;
    let mut utf8 = [0u8; 4];
    let needle = lex::ALIF_MAQSURA.encode_utf8(&mut utf8).as_bytes();
    let Some((&last, head)) = needle.split_last() else {
        return 0;
    };
    let mut seen = 0;
    let mut n = String::new();
    // The words read so far with their ids: an article writes the same few (على، إلى)
    // again and again, each normalised once.
    let mut read: Vec<(&str, u32)> = Vec::new();
    for p in paragraphs {
        let bytes = p.as_bytes();
        for e in memchr::memchr_iter(last, bytes) {
            let Some(b) = e.checked_sub(head.len()) else {
                continue;
            };
            if bytes.get(b..e) != Some(head) {
                continue;
            }
            let Some(word) = maqsura_word_at(p, b) else {
                continue;
            };
            seen |= match read.iter().find(|(w, _)| *w == word) {
                Some(&(_, id)) => id,
                None => {
                    let id = maqsura_id(ids, word, &mut n);
                    read.push((word, id));
                    id
                }
            };
        }
    }
    seen
}

/// [`maqsura_written`] as it read before: the ى's found by `match_indices`.
#[cfg(test)]
pub(crate) fn maqsura_written_reference(paragraphs: &[String]) -> u32 {
    let mut seen = 0;
    let mut n = String::new();
    for p in paragraphs {
        for (b, _) in p.match_indices(lex::ALIF_MAQSURA) {
            seen |= maqsura_id_at(&T.maqsura_ids, p, b, &mut n);
        }
    }
    seen
}

/// The id in `ids` of the word of `p` whose ى begins at byte `b`, when the word ends
/// there (0 otherwise); `n` is a buffer for its normalisation.
#[cfg(test)]
fn maqsura_id_at(ids: &TagMap, p: &str, b: usize, n: &mut String) -> u32 {
    maqsura_word_at(p, b).map_or(0, |w| maqsura_id(ids, w, n))
}

/// The word of `p` whose ى begins at byte `b`, when the word ends there.
#[inline]
fn maqsura_word_at(p: &str, b: usize) -> Option<&str> {
    let end = b + lex::ALIF_MAQSURA.len_utf8();
    let word_ends = p
        .get(end..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !crate::text::is_word_char(c));
    if !word_ends {
        return None;
    }
    let head = p.get(..b).unwrap_or_default();
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !crate::text::is_word_char(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    p.get(start..end)
}

/// The id in `ids` of `word` (as written), with or without its conjunction; `n` is a
/// buffer for its normalisation.
fn maqsura_id(ids: &TagMap, word: &str, n: &mut String) -> u32 {
    super::tokens::norm_into(word, n);
    ids.get(n) | without_conjunction(n).map_or(0, |r| ids.get(r))
}

/// `tags` of the word `n` (normalised) written with a final ي, without the tables of the
/// words listed with a final ى when the word is another word: the article writes the
/// listed one with ى (`seen()`, from [`maqsura_written`]), or nothing follows it in its
/// clause (سهى علي،: a preposition takes an object). `seen` is asked only when the
/// answer turns on it: a scan of the whole article. Whether the word is apart is asked
/// only when it has tables to lose: a listed word's bits among its own.
pub(crate) fn ya_tags(
    n: &str,
    tags: Tags,
    mut seen: impl FnMut() -> u32,
    clause_ends: bool,
) -> Tags {
    let mut apart = |w: &str| {
        clause_ends || {
            let id = T.maqsura_ids.get(w);
            id != 0 && id & seen() != 0
        }
    };
    let mut out = tags;
    let bits = T.maqsura.get(n);
    if out.bare & bits != 0 && apart(n) {
        out.bare &= !bits;
    }
    if let Some(r) = without_conjunction(n) {
        let bits = T.maqsura.get(r);
        if out.rest & bits != 0 && apart(r) {
            out.rest &= !bits;
        }
    }
    out
}

/// The tables the normalised word `n` is in, bare and without its conjunction, from `map`
/// ([`Lexicon::map`], fetched once by the caller).
#[inline(always)]
pub(crate) fn tags_in(map: &TagMap, n: &str) -> Tags {
    let bare = map.get(n);
    // Only a word of three chars (so three bytes) or more can lose a conjunction.
    let rest = if n.len() > 2 {
        without_conjunction(n).map_or(0, |r| map.get(r))
    } else {
        0
    };
    // لتؤكد، ليضيف: a present-tense reporting verb after the لـ of purpose (عادت لتؤكد).
    let rest = if bare == 0 && rest == 0 {
        purpose_verb(n).map_or(0, |r| map.get(r) & (VERBS | FEMININE | PLURAL))
    } else {
        rest
    };
    Tags { bare, rest }
}

/// The word without a لـ of purpose before a present-tense prefix (لتؤكد → تؤكد).
#[inline]
fn purpose_verb(n: &str) -> Option<&str> {
    // ل is two bytes: the word's first two compared with them.
    if n.as_bytes().first_chunk::<2>() != Some(&LAM_BYTES) {
        return None;
    }
    let r = n.get(2..)?;
    let present = r.starts_with(names::MASCULINE_PRESENT_PREFIX)
        || r.starts_with(names::FEMININE_PRESENT_PREFIX);
    (present && r.chars().nth(2).is_some()).then_some(r)
}

/// `true` when the normalised word `n` is in one of `tables`.
pub(crate) fn has(n: &str, tables: u32) -> bool {
    T.map.get(n) & tables != 0
}

/// The word without one leading و or ف (وقال → قال), when something is left.
#[inline]
pub(crate) fn without_conjunction(n: &str) -> Option<&str> {
    // A conjunction is two bytes: the word's first two compared with each one's.
    let first = n.as_bytes().first_chunk::<2>()?;
    if !CONJUNCTION_BYTES.contains(first) {
        return None;
    }
    let rest = n.get(2..)?;
    // At least two chars left.
    has_chars(rest, 2).then_some(rest)
}

/// `true` when the word `n` opens with a letter of the Arabic block: rules that take a
/// word in no table for a verb hold for Arabic text only.
#[inline]
pub(crate) fn is_arabic_word(n: &str) -> bool {
    n.chars()
        .next()
        .is_some_and(|c| lex::ARABIC_LETTERS.contains(&c))
}

/// `true` when `s` has `n` chars or more: the chars are read up to the `n`th only.
#[inline]
pub(crate) fn has_chars(s: &str, n: usize) -> bool {
    // A char is four bytes at most: so many bytes hold `n` chars.
    s.len() >= n.saturating_mul(4) || n.checked_sub(1).is_none_or(|k| s.chars().nth(k).is_some())
}

/// The two bytes of each letter of `letters`, letters of two bytes (checked when
/// compiled).
const fn two_byte_letters<const N: usize>(letters: &[char]) -> [[u8; 2]; N] {
    assert!(letters.len() == N);
    let mut out = [[0; 2]; N];
    let mut i = 0;
    while i < N {
        let c = letters[i] as u32;
        assert!(c >= 0x80 && c < 0x800);
        out[i] = [0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8];
        i += 1;
    }
    out
}

/// The bytes of ل ([`lex::LAM`]).
const LAM_BYTES: [u8; 2] = two_byte_letters::<1>(&[lex::LAM])[0];

/// The bytes of the conjunctions ([`lex::CONJUNCTIONS`]).
const CONJUNCTION_BYTES: [[u8; 2]; lex::CONJUNCTIONS.len()] = two_byte_letters(lex::CONJUNCTIONS);

/// The bytes of the proclitic letters ([`lex::PROCLITIC_LETTERS`]).
const PROCLITIC_BYTES: [[u8; 2]; lex::PROCLITIC_LETTERS.len()] =
    two_byte_letters(lex::PROCLITIC_LETTERS);

/// The last two bytes of each of `endings`, whose last letter is of two bytes (checked
/// when compiled).
const fn last_letter_bytes<const N: usize>(endings: &[&str]) -> [[u8; 2]; N] {
    assert!(endings.len() == N);
    let mut out = [[0; 2]; N];
    let mut i = 0;
    while i < N {
        let b = endings[i].as_bytes();
        assert!(b.len() >= 2 && b[b.len() - 2] & 0xE0 == 0xC0);
        out[i] = [b[b.len() - 2], b[b.len() - 1]];
        i += 1;
    }
    out
}

/// The last two bytes of each possessive pronoun ([`lex::POSSESSIVE_SUFFIXES`]).
const PRONOUN_LAST_BYTES: [[u8; 2]; lex::POSSESSIVE_SUFFIXES.len()] =
    last_letter_bytes(lex::POSSESSIVE_SUFFIXES);

/// The last two bytes of each dual and sound plural ending ([`names::NUMBER_ENDINGS`]).
const NUMBER_LAST_BYTES: [[u8; 2]; names::NUMBER_ENDINGS.len()] =
    last_letter_bytes(names::NUMBER_ENDINGS);

/// `true` when `w` ends with the last letter of a dual or sound plural ending: a word
/// that does not has none ([`names::NUMBER_ENDINGS`]).
#[inline]
pub(crate) fn ends_like_number(w: &str) -> bool {
    w.as_bytes()
        .last_chunk::<2>()
        .is_some_and(|b| NUMBER_LAST_BYTES.contains(b))
}

/// `true` when `w` ends with the last letter of a possessive pronoun: a word that does
/// not has none ([`lex::POSSESSIVE_SUFFIXES`]). Its last two bytes, compared at once.
#[inline]
pub(crate) fn ends_like_pronoun(w: &str) -> bool {
    w.as_bytes()
        .last_chunk::<2>()
        .is_some_and(|b| PRONOUN_LAST_BYTES.contains(b))
}

/// The word without a one-letter proclitic and without ال, for noun look-ups.
pub(crate) fn noun_stem(n: &str) -> &str {
    // للكاتبة: the preposition لـ on the article, whose ا it drops.
    if let Some(r) = n.strip_prefix(lex::LAM_ARTICLE).filter(|r| has_chars(r, 3)) {
        return r;
    }
    // A proclitic letter is two bytes: the word's first two compared with each letter's.
    let mut s = n;
    if n.as_bytes()
        .first_chunk::<2>()
        .is_some_and(|b| PROCLITIC_BYTES.contains(b))
    {
        if let Some(r) = n.get(2..).filter(|r| has_chars(r, 3)) {
            s = r;
        }
    }
    if let Some(r) = s.strip_prefix(lex::LAM_ARTICLE) {
        return r;
    }
    s.strip_prefix(lex::DEFINITE_ARTICLE)
        .filter(|r| has_chars(r, 2))
        .unwrap_or(s)
}

/// `true` for a noun of an occasion (مؤتمر، مقابلة), after في.
pub(crate) fn is_occasion(t: &Tok) -> bool {
    noun_in(OCCASIONS, t)
}

/// `true` when the noun, bare or without its proclitic, article or possessive suffix
/// (حسابه، منصتها، بتقرير), is in one of `tables`.
pub(crate) fn noun_in(tables: u32, t: &Tok) -> bool {
    if t.is(tables) {
        return true;
    }
    let n = t.norm;
    let stem = noun_stem(n);
    if stem.len() != n.len() && has(stem, tables) {
        return true;
    }
    // A word that does not end with a pronoun's last letter has none.
    ends_like_pronoun(stem)
        && lex::POSSESSIVE_SUFFIXES
            .iter()
            .any(|suf| possessed_in(stem, suf, tables))
}

/// `true` when `w` is a noun of `tables` with the possessive pronoun `suf` (منصته → منصة).
fn possessed_in(w: &str, suf: &str, tables: u32) -> bool {
    w.strip_suffix(suf)
        .filter(|base| has_chars(base, 2))
        .is_some_and(|base| {
            if has(base, tables) {
                return true;
            }
            // منصت+ه → منصة
            base.strip_suffix(lex::FEMININE_BEFORE_SUFFIX)
                .is_some_and(|b| has(&format!("{b}{}", lex::FEMININE_ENDING), tables))
        })
}

/// `true` for a platform noun (حساب، منصة، موقع) that names a platform after على/في.
pub(crate) fn is_platform_noun(t: &Tok) -> bool {
    noun_in(PLATFORMS, t)
}

/// `true` when the words before a quoted span, nearest first, are مع after an occasion
/// noun (في مقابلة مع «…»، في حوار خاص مع «…»): the span names the medium.
pub(crate) fn is_occasion_with<'a, 'b: 'a>(mut before: impl Iterator<Item = &'a Tok<'b>>) -> bool {
    let with = before
        .next()
        .is_some_and(|t| t.is_word() && t.norm == T.occasion_with.as_ref());
    with && before
        .take(lex::OCCASION_WITH_REACH + 1)
        .take_while(|t| t.is_word())
        .any(is_occasion)
}

/// `true` for a noun that announces a name in quotes (صحيفة، حزب، برنامج …).
pub(crate) fn is_naming_noun(t: &Tok) -> bool {
    noun_in(NAMING, t)
}

/// `true` for a work with a possessive pronoun (كتابه، روايتها), which keeps announcing its
/// title: the works' table holds each as written before a pronoun too.
pub(crate) fn is_possessed_work(t: &Tok) -> bool {
    lex::POSSESSIVE_SUFFIXES.iter().any(|suf| {
        t.norm
            .strip_suffix(suf)
            .is_some_and(|b| has_chars(b, 2) && T.works.get(b) != 0)
    })
}

/// Most words of a body's name between its head noun and an abbreviation in quotes after
/// it (مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»).
const BODY_NAME_REACH: usize = 8;

/// Most words without ال or لـ inside a body's name before an abbreviation (the proper
/// nouns of وكالة تونس إفريقيا للأنباء «وات»).
const BODY_NAME_PLAIN_WORDS: usize = 2;

/// `true` when the words before a quoted span, nearest first, end a body's name: definite
/// words and words with لـ back to an indefinite title or body noun at its head (منظمة
/// الأمم المتحدة للطفولة «يونيسف»), or to a naming noun (a news agency, a newspaper)
/// whose name may hold a few plain words (وكالة تونس إفريقيا للأنباء «وات»). A one-word
/// span there abbreviates the name.
pub(crate) fn ends_body_name<'a, 'b: 'a>(before: impl Iterator<Item = &'a Tok<'b>>) -> bool {
    let mut plain = 0;
    for (k, t) in before.take(BODY_NAME_REACH).enumerate() {
        if !t.is_word() {
            return false;
        }
        // The head: a title or body noun right before definite words, or a naming noun.
        if k > 0
            && !is_definite(t.norm)
            && !t.is(HONORIFICS)
            && ((plain == 0 && noun_in(TITLES, t)) || noun_in(NAMING, t))
        {
            return true;
        }
        let lam = t.norm.starts_with(lex::LAM) && has_chars(t.norm, 4);
        if !(is_definite(t.norm) || lam) {
            // A plain word (a proper noun of the name): at most a few, never right before
            // the span, and never a cue (then the span is its object or its statement).
            plain += 1;
            if plain > BODY_NAME_PLAIN_WORDS || k == 0 || is_any_cue(t) {
                return false;
            }
        }
    }
    false
}

/// `true` for the sound plural of a naming noun in ة (مجموعات «واتساب»، صفحات «…»).
pub(crate) fn is_plural_naming_noun(t: &Tok) -> bool {
    in_map_as_noun(&T.naming_plurals, t.norm)
}

/// `true` when the noun `n`, without its proclitic and article ([`noun_stem`]), is in
/// `map`; or, when a letter was taken off, the word whole is: the first letter of وزيرة،
/// وكيل، وكالات is also a proclitic's.
#[inline]
pub(crate) fn in_map_as_noun(map: &TagMap, n: &str) -> bool {
    let stem = noun_stem(n);
    map.get(stem) != 0 || (stem.len() != n.len() && map.get(n) != 0)
}

/// `true` for a word meaning "titled" (بعنوان).
pub(crate) fn is_title_link(t: &Tok) -> bool {
    t.is(TITLE_LINKS)
}

/// `true` for a preposition that joins a platform noun to its name.
pub(crate) fn is_platform_link(t: &Tok) -> bool {
    t.is(PLATFORM_LINKS)
}

/// `true` for a word that may stand between a naming noun and the name it announces.
pub(crate) fn is_name_link(t: &Tok) -> bool {
    t.is(LINKS)
}

/// `true` for a word that introduces a statement right before a quote (أن، بأنه، قوله).
pub(crate) fn is_introducer(t: &Tok) -> bool {
    t.in_table(INTRODUCERS)
}

/// `true` for a relative pronoun that may follow a quoted name (التي، الذي).
pub(crate) fn is_after_name_word(t: &Tok) -> bool {
    t.is(AFTER_NAME)
}

/// `true` for the preposition لـ standing alone.
pub(crate) fn is_lam(n: &str) -> bool {
    let mut it = n.chars();
    it.next() == Some(lex::LAM) && it.next().is_none()
}

/// `true` for a word that begins with لل (لـ + ال): a dative or a genitive, never a name.
pub(crate) fn starts_with_lam_article(n: &str) -> bool {
    n.starts_with(lex::LAM_ARTICLE)
}

/// The four bytes of `s`, a word of two Arabic letters (checked when compiled).
const fn four_bytes(s: &str) -> [u8; 4] {
    match s.as_bytes() {
        &[a, b, c, d] => [a, b, c, d],
        _ => panic!("not four bytes"),
    }
}

/// The bytes of ال and of لل.
const ARTICLE_BYTES: [u8; 4] = four_bytes(lex::DEFINITE_ARTICLE);
const LAM_ARTICLE_BYTES: [u8; 4] = four_bytes(lex::LAM_ARTICLE);

// `is_definite` reads a proclitic as two bytes: checked when compiled.
const _: () = {
    let mut i = 0;
    while i < lex::ARTICLE_PROCLITICS.len() {
        assert!(lex::ARTICLE_PROCLITICS[i].len_utf8() == 2);
        i += 1;
    }
};

/// `true` when `n` opens with ال or لل: its first four bytes compared at once, as
/// `n.starts_with(ال) || n.starts_with(لل)`.
#[inline]
pub(crate) fn has_article(n: &str) -> bool {
    n.as_bytes()
        .first_chunk::<4>()
        .is_some_and(|b| *b == ARTICLE_BYTES || *b == LAM_ARTICLE_BYTES)
}

/// `true` when the word carries the definite article (with or without a proclitic).
pub(crate) fn is_definite(n: &str) -> bool {
    // The article's letters are tested before the chars are counted. Both articles are
    // two letters (four bytes), so the word is long enough when the rest after them holds
    // the chars left: a rest of eight bytes or more always does (see `has_chars`).
    const ARTICLE_CHARS: usize = 2;
    const _: () = assert!(lex::DEFINITE_ARTICLE.len() == lex::LAM_ARTICLE.len());
    let long = |w: &str| {
        w.get(lex::DEFINITE_ARTICLE.len()..)
            .is_some_and(|r| has_chars(r, MIN_DEFINITE_CHARS - ARTICLE_CHARS))
    };
    if has_article(n) {
        return long(n);
    }
    // A proclitic is one letter of two bytes: ال's bytes right after it are tested
    // before the letter is.
    n.as_bytes().get(2..6) == Some(&ARTICLE_BYTES[..])
        && n.strip_prefix(lex::ARTICLE_PROCLITICS)
            .is_some_and(|r| r.starts_with(lex::DEFINITE_ARTICLE) && long(r))
}

/// `true` for a cue word that is a verb, a participle or a transmission verb.
pub(crate) fn is_cue_word(t: &Tok) -> bool {
    t.in_table(CUE_WORDS)
}

/// `true` for a word of being known or called by a name (يعرف، المعروف، الملقب).
pub(crate) fn is_known_as(t: &Tok) -> bool {
    T.known_as.get(t.norm) != 0
        || without_conjunction(t.norm).is_some_and(|r| T.known_as.get(r) != 0)
}

/// `true` for a verb of calling someone by a name, with or without its object pronoun
/// (يناديها، يسمونه): see [`names::CALLING_VERB_STEMS`].
pub(crate) fn is_calling_verb(t: &Tok) -> bool {
    let n = without_conjunction(t.norm).unwrap_or(t.norm);
    names::CALLING_VERB_STEMS.iter().any(|s| n.starts_with(s))
}

/// How many words at `toks` refer back to the quote before them: 1 for an adverb
/// (هكذا), 2 for a demonstrative with بـ and a word of speech (بهذه الكلمات), else 0.
pub(crate) fn back_reference_words(toks: &[Tok]) -> usize {
    use super::lexicon_build::{BACK_ADVERB, BACK_DEMONSTRATIVE, BACK_NOUN};
    let bits = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word())
            .map_or(0, |t| T.back_references.get(t.norm))
    };
    if bits(0) & BACK_ADVERB != 0 {
        1
    } else if bits(0) & BACK_DEMONSTRATIVE != 0 && bits(1) & BACK_NOUN != 0 {
        2
    } else {
        0
    }
}

/// `true` for a verb whose بـ object is what was said (طالب، وطالبت، وعد).
pub(crate) fn is_content_ba_verb(t: &Tok) -> bool {
    in_map_with_conjunction(&T.content_ba_verbs, t)
}

/// `true` when the word `t`, as written or without its leading conjunction (وطالب), is
/// in `map`.
pub(crate) fn in_map_with_conjunction(map: &TagMap, t: &Tok) -> bool {
    map.get(t.norm) != 0 || without_conjunction(t.norm).is_some_and(|r| map.get(r) != 0)
}

/// `true` for any reporting cue word (verb, participle, transmission, attribution).
pub(crate) fn is_any_cue(t: &Tok) -> bool {
    t.in_table(CUE_WORDS | ATTRIBUTION)
}

/// `true` for a verb of transmission (نقلت، نقل), which names its source after عن.
pub(crate) fn is_transmit(t: &Tok) -> bool {
    t.in_table(TRANSMIT)
}

/// `true` for a cue that names a speaker after it (a finite verb or attribution word).
pub(crate) fn is_verb_or_phrase(t: &Tok) -> bool {
    t.in_table(VERBS | ATTRIBUTION)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon_build::{build, TABLES};
    use super::super::tokens::{norm, tokenize, Kind, Scratch};
    use super::*;

    /// The lexicon the build script compiled is the one the builder makes with the
    /// tokenizer's own normalisation (the script normalises a char at a time).
    #[test]
    fn the_compiled_lexicon_is_the_built_one() {
        let built = build(&|w: &str| norm(w).into_owned());
        assert!(
            built == T,
            "the compiled lexicon differs from the built one"
        );
    }

    /// The file the build script wrote is the builder's lexicon written out.
    #[test]
    fn the_compiled_file_is_the_builders_output() {
        let written = include_str!(concat!(env!("OUT_DIR"), "/quotes_lexicon.rs"));
        let built = build(&super::super::fold::norm_chars);
        assert!(built.to_rust() == written, "the compiled file is stale");
    }

    #[test]
    fn every_entry_is_one_word() {
        let mut scratch = Scratch::default();
        let pairs = lex::ATTRIBUTION_PAIRS.iter().flat_map(|(a, b)| [a, b]);
        for &(words, _) in TABLES {
            for w in words.iter().chain(pairs.clone()) {
                let toks = tokenize(w, &mut scratch).toks;
                let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
                assert_eq!(kinds, [Kind::Word], "{w} is one word");
            }
        }
    }

    #[test]
    fn verbs_are_conjugated_from_their_principal_parts() {
        use super::super::lexicon_build::conjugate;
        // Sound, hollow and doubled verbs keep their stem.
        assert_eq!(
            conjugate("قال", "يقول"),
            [
                "قال",
                "قالت",
                "قالوا",
                "قالتا",
                "يقولان",
                "تقولان",
                "يقولون",
                "يقول",
                "تقول"
            ]
        );
        // A weak last letter is dropped before an ending, and ى of the present turns to
        // ي before the dual's ان.
        assert_eq!(
            conjugate("دعا", "يدعو"),
            [
                "دعا",
                "دعت",
                "دعوا",
                "دعتا",
                "يدعوان",
                "تدعوان",
                "يدعون",
                "يدعو",
                "تدعو"
            ]
        );
        assert_eq!(
            conjugate("رأى", "يرى"),
            [
                "رأى",
                "رأت",
                "رأوا",
                "رأتا",
                "يريان",
                "تريان",
                "يرون",
                "يرى",
                "ترى"
            ]
        );
        assert_eq!(
            conjugate("نفى", "ينفي")[6..],
            ["ينفون".to_string(), "ينفي".into(), "تنفي".into()]
        );
        // No present: the past alone.
        assert_eq!(conjugate("وعد", ""), ["وعد", "وعدت", "وعدوا", "وعدتا"]);
    }

    #[test]
    fn conjugated_forms_are_cues_with_their_gender_and_number() {
        // Forms no table lists as written: a present plural, a feminine present, a dual.
        for (w, bits) in [
            ("يتساءلون", VERBS | PLURAL),
            ("تستدرك", VERBS | FEMININE),
            ("يشيدون", VERBS | PLURAL),
            ("ناشدوا", TRANSITIVE),
            ("متسائلين", PARTICIPLES | PLURAL),
            ("قائلتين", PARTICIPLES | FEMININE),
            ("كاشفة", PARTICIPLES | FEMININE),
        ] {
            assert_eq!(T.map.get(&norm(w)) & bits, bits, "{w}");
        }
        // Forms left out as other words are no cue.
        for w in lex::NOT_CUE_FORMS.iter().chain(&["يرد", "يعد"]) {
            assert_eq!(T.map.get(&norm(w)) & VERBS, 0, "{w} is no cue");
        }
    }

    #[test]
    fn by_saying_entries_are_stops_written_with_ba() {
        // The cue test looks them up only among stops that open with بـ.
        for w in names::BY_SAYING {
            let n = norm(w);
            assert!(n.starts_with(names::BA_PREPOSITION), "{w} opens with بـ");
            assert!(has(&n, STOPS), "{w} is a subject stop");
        }
    }

    #[test]
    fn tokens_carry_their_tables() {
        let mut scratch = Scratch::default();
        let toks = tokenize("وقال أكد الوزير في", &mut scratch).toks;
        let tags: Vec<(bool, bool)> = toks
            .iter()
            .map(|t| (t.is(VERBS), t.in_table(VERBS)))
            .collect();
        assert_eq!(
            tags,
            [(false, true), (true, true), (false, false), (false, false)]
        );
        assert!(
            toks.last().is_some_and(|t| t.is(NAME_PREPS)),
            "في is a preposition"
        );
    }
}
