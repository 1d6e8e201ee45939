//! Words of a paragraph: tokens with their char ranges, the matching-only normalisation,
//! the lexicon tables compiled once, and what each word can be (a cue, a definite noun,
//! a naming noun, a platform, a stop).

use std::sync::LazyLock;

use super::marks::mark_of;
use crate::lexicon::quotes as lex;

/// Shortest word that can carry the definite article (ال + two letters).
const MIN_DEFINITE_CHARS: usize = 4;

/// Marks and diacritics dropped when comparing words with the tables.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
    )
}

/// Whether matching-only normalisation changes `c` (dropped or folded).
fn changes_in_norm(c: char) -> bool {
    is_ignorable(c) || lex::LETTER_FOLDS.iter().any(|(from, _)| *from == c)
}

/// Matching-only normalisation: the output always keeps the article's own spelling.
pub(crate) fn norm(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    norm_into(word, &mut out);
    out
}

/// [`norm`], appended to `out`: runs of unchanged chars are copied whole.
fn norm_into(word: &str, out: &mut String) {
    let table = &**CHAR_INFO;
    out.reserve(word.len());
    // Byte where the run of unchanged chars began, and the byte being read.
    let (mut run, mut at) = (0, 0);
    while let Some((info, len)) = info_at(word, table, at) {
        if let Some(c) = (info & CHANGES_BIT != 0)
            .then(|| word.get(at..).and_then(|w| w.chars().next()))
            .flatten()
        {
            out.push_str(word.get(run..at).unwrap_or_default());
            run = at + len;
            if !is_ignorable(c) {
                out.push(
                    lex::LETTER_FOLDS
                        .iter()
                        .find(|(from, _)| *from == c)
                        .map_or(c, |&(_, to)| to),
                );
            }
        }
        at += len;
    }
    out.push_str(word.get(run..).unwrap_or_default());
}

pub(crate) use super::set::Set;

pub(crate) fn table(words: &[&str]) -> Set {
    words.iter().map(|w| norm(w)).collect()
}

pub(crate) struct Tables {
    pub(crate) verbs: Set,
    pub(crate) transmit: Set,
    pub(crate) participles: Set,
    pub(crate) attribution: Set,
    pub(crate) with_lam: Set,
    pub(crate) stops: Set,
    pub(crate) clause_verbs: Set,
    pub(crate) occasions: Set,
    pub(crate) audience: Set,
    pub(crate) naming: Set,
    pub(crate) titles: Set,
    pub(crate) particles: Set,
    pub(crate) name_preps: Set,
    pub(crate) auxiliaries: Set,
    pub(crate) relatives: Set,
    pub(crate) sayings: Set,
    pub(crate) saying_from: Set,
    pub(crate) links: Set,
    pub(crate) platforms: Set,
    pub(crate) title_links: Set,
    pub(crate) platform_links: Set,
    pub(crate) with_object: Set,
    pub(crate) transitive: Set,
    pub(crate) introducers: Set,
    pub(crate) after_name: Set,
    pub(crate) transmit_from: String,
    pub(crate) in_prep: String,
    pub(crate) topic: String,
    pub(crate) pairs: Vec<(String, String)>,
    /// Every word that can open a cue (the cue tables and the first words of the
    /// pairs), so that most words are ruled out with one or two look-ups.
    pub(crate) cue_openers: Set,
}

pub(crate) static T: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = tables();
    t.cue_openers = [
        &t.sayings,
        &t.transmit,
        &t.verbs,
        &t.participles,
        &t.attribution,
    ]
    .into_iter()
    .flat_map(|set| set.iter().cloned())
    .chain(t.pairs.iter().map(|(a, _)| a.clone()))
    .collect();
    t
});

fn tables() -> Tables {
    Tables {
        verbs: table(lex::REPORTING_VERBS),
        transmit: table(lex::TRANSMIT_VERBS),
        participles: table(lex::REPORTING_PARTICIPLES),
        attribution: table(lex::ATTRIBUTION_WORDS),
        with_lam: table(lex::ATTRIBUTION_WITH_LAM),
        stops: table(lex::SUBJECT_STOPS),
        clause_verbs: table(lex::CLAUSE_VERBS),
        occasions: table(lex::OCCASION_NOUNS),
        audience: table(lex::AUDIENCE_WORDS),
        naming: table(lex::NAMING_NOUNS),
        titles: table(lex::TITLE_NOUNS),
        particles: table(lex::NAME_PARTICLES),
        name_preps: table(lex::NAME_PREPOSITIONS),
        auxiliaries: table(lex::AUXILIARIES),
        relatives: table(lex::RELATIVE_PRONOUNS),
        sayings: table(lex::SAYING_NOUNS),
        saying_from: table(lex::SAYING_FROM),
        links: table(lex::NAME_LINKS),
        platforms: table(lex::PLATFORM_NOUNS),
        title_links: table(lex::TITLE_LINKS),
        platform_links: table(lex::PLATFORM_LINKS),
        with_object: table(lex::VERBS_WITH_OBJECT),
        transitive: table(lex::TRANSITIVE_VERBS),
        introducers: table(lex::STATEMENT_INTRODUCERS),
        after_name: table(lex::AFTER_NAME_WORDS),
        transmit_from: norm(lex::TRANSMIT_FROM),
        in_prep: norm(lex::IN_PREPOSITION),
        topic: norm(lex::TOPIC_PARTICLE),
        pairs: lex::ATTRIBUTION_PAIRS
            .iter()
            .map(|(a, b)| (norm(a), norm(b)))
            .collect(),
        cue_openers: Set::default(),
    }
}

/// `false` only when the word (bare or without its conjunction) can open no cue.
pub(crate) fn may_open_cue(n: &str) -> bool {
    in_table(&T.cue_openers, n)
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct(char),
    Mark,
}

/// A word, a punctuation sign or a quotation mark, with its char range in the paragraph;
/// its text borrowed from the paragraph, and its normalisation too unless that changes
/// it (then from the paragraph's [`tokenize`] buffer).
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub text: &'a str,
    pub norm: &'a str,
}

impl Tok<'_> {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
}

/// How the tokenizer treats a char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Part of a word: a letter, a digit, or anything that is not a separator.
    InWord,
    Space,
    Mark,
    Punct,
}

/// The tokenizer's reading of `c`: letters and digits are never spaces, marks or
/// punctuation; what is none of these belongs to the word around it.
fn role_of(c: char) -> Role {
    if crate::text::is_word_char(c) {
        Role::InWord
    } else if c.is_whitespace() {
        Role::Space
    } else if mark_of(c).is_some() {
        Role::Mark
    } else if lex::WORD_PUNCT.contains(&c) {
        Role::Punct
    } else {
        Role::InWord
    }
}

/// The Unicode block of Arabic letters, whose chars have their entries in [`CHAR_INFO`]
/// after those of Latin-1.
const ARABIC_BLOCK: u32 = 0x600;

/// The Unicode block of general punctuation (curly quotes, dashes, direction marks),
/// whose chars have their entries in [`CHAR_INFO`] after those of the Arabic block.
const PUNCTUATION_BLOCK: u32 = 0x2000;

/// Chars of Latin-1 (ASCII and « »), of the Arabic block and of the punctuation block
/// each, in [`CHAR_INFO`].
const BLOCK_CHARS: u32 = 0x100;

/// Bit of a [`CHAR_INFO`] entry set when matching-only normalisation changes the char.
const CHANGES_BIT: u8 = 0x80;

/// A char's role with [`CHANGES_BIT`] when normalisation changes it.
fn info_of(c: char) -> u8 {
    let role = role_of(c) as u8;
    if changes_in_norm(c) {
        role | CHANGES_BIT
    } else {
        role
    }
}

/// [`info_of`] for Latin-1, the Arabic block and the punctuation block, computed once.
static CHAR_INFO: LazyLock<Vec<u8>> = LazyLock::new(|| {
    (0..BLOCK_CHARS)
        .chain(ARABIC_BLOCK..ARABIC_BLOCK + BLOCK_CHARS)
        .chain(PUNCTUATION_BLOCK..PUNCTUATION_BLOCK + BLOCK_CHARS)
        .map(|u| char::from_u32(u).map_or(Role::InWord as u8, info_of))
        .collect()
});

/// [`info_of`], from [`CHAR_INFO`] for the chars it holds.
fn info(table: &[u8], c: char) -> u8 {
    let u = c as u32;
    let at = if u < BLOCK_CHARS {
        u
    } else if u.wrapping_sub(ARABIC_BLOCK) < BLOCK_CHARS {
        u - ARABIC_BLOCK + BLOCK_CHARS
    } else if u.wrapping_sub(PUNCTUATION_BLOCK) < BLOCK_CHARS {
        u - PUNCTUATION_BLOCK + 2 * BLOCK_CHARS
    } else {
        return info_of(c);
    };
    table
        .get(at as usize)
        .copied()
        .unwrap_or_else(|| info_of(c))
}

/// The char at byte `at` of `text` and its length in bytes; ASCII and two-byte chars
/// (Latin-1, Arabic) are decoded directly.
fn decode(text: &str, at: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let lead = *bytes.get(at)?;
    if lead < 0x80 {
        return Some((char::from(lead), 1));
    }
    if lead < 0xE0 {
        if let Some(&cont) = bytes.get(at + 1) {
            let u = u32::from(lead & 0x1F) << 6 | u32::from(cont & 0x3F);
            if let Some(c) = char::from_u32(u) {
                return Some((c, 2));
            }
        }
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The [`CHAR_INFO`] entry of the char at byte `at` of `text` and its length in bytes;
/// ASCII and the Arabic block are read straight from the bytes.
fn info_at(text: &str, table: &[u8], at: usize) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let lead = *bytes.get(at)?;
    if lead < 0x80 {
        return Some((table.get(usize::from(lead)).copied()?, 1));
    }
    // U+0600..U+06FF: lead bytes D8 to DB.
    if lead & 0xFC == 0xD8 {
        let cont = *bytes.get(at + 1)?;
        let k = usize::from(lead & 0x03) << 6 | usize::from(cont & 0x3F);
        return Some((table.get(BLOCK_CHARS as usize + k).copied()?, 2));
    }
    let (c, len) = decode(text, at)?;
    Some((info(table, c), len))
}

/// Where the word that begins at byte `at`, char `index`, ends (byte, char), and whether
/// normalisation changes it.
fn word_end(text: &str, table: &[u8], mut at: usize, mut index: usize) -> (usize, usize, bool) {
    let mut folded = false;
    while let Some((info, len)) = info_at(text, table, at) {
        if info & !CHANGES_BIT != Role::InWord as u8 {
            break;
        }
        folded |= info & CHANGES_BIT != 0;
        at += len;
        index += 1;
    }
    (at, index, folded)
}

/// Splits a paragraph into words, punctuation and marks, in one pass. `text` is the
/// paragraph; token positions count chars. `norms` receives the normalisations that
/// differ from the words as written, which the tokens borrow. Returns the tokens and
/// whether the paragraph holds a quotation mark.
pub(crate) fn tokenize<'a>(text: &'a str, norms: &'a mut String) -> (Vec<Tok<'a>>, bool) {
    norms.clear();
    let mut toks = Vec::with_capacity(text.len() / BYTES_PER_TOKEN);
    // Words whose normalisation differs: token index and end of its text in `norms`.
    let mut folds: Vec<(usize, usize)> = Vec::new();
    let table = &**CHAR_INFO;
    let mut has_mark = false;
    // Byte and char where the next token may begin.
    let (mut b, mut i) = (0, 0);
    while let Some((c, len)) = decode(text, b) {
        let info = info(table, c);
        let kind = match info & !CHANGES_BIT {
            r if r == Role::InWord as u8 => {
                let (end_b, end_i, rest_folded) = word_end(text, table, b + len, i + 1);
                let word = text.get(b..end_b).unwrap_or_default();
                if rest_folded || info & CHANGES_BIT != 0 {
                    norm_into(word, norms);
                    folds.push((toks.len(), norms.len()));
                }
                toks.push(Tok {
                    start: i,
                    end: end_i,
                    kind: Kind::Word,
                    text: word,
                    norm: word,
                });
                (b, i) = (end_b, end_i);
                continue;
            }
            r if r == Role::Mark as u8 => {
                has_mark = true;
                Some(Kind::Mark)
            }
            r if r == Role::Punct as u8 => Some(Kind::Punct(c)),
            _ => None,
        };
        if let Some(kind) = kind {
            let sign = text.get(b..b + len).unwrap_or_default();
            toks.push(Tok {
                start: i,
                end: i + 1,
                kind,
                text: sign,
                norm: sign,
            });
        }
        b += len;
        i += 1;
    }
    let norms: &'a String = norms;
    let mut from = 0;
    for (k, to) in folds {
        if let (Some(t), Some(n)) = (toks.get_mut(k), norms.get(from..to)) {
            t.norm = n;
        }
        from = to;
    }
    (toks, has_mark)
}

/// A guess of the bytes per token in Arabic prose, to size the token list once.
const BYTES_PER_TOKEN: usize = 8;

/// The word without one leading و or ف (وقال → قال), when something is left.
pub(crate) fn without_conjunction(n: &str) -> Option<&str> {
    let first = n.chars().next()?;
    if !lex::CONJUNCTIONS.contains(&first) {
        return None;
    }
    let rest = n.get(first.len_utf8()..)?;
    // At least two chars left.
    rest.chars().nth(1).is_some().then_some(rest)
}

pub(crate) fn in_table(set: &Set, n: &str) -> bool {
    set.contains(n) || without_conjunction(n).is_some_and(|r| set.contains(r))
}

/// The word without a one-letter proclitic and without ال, for noun look-ups.
pub(crate) fn noun_stem(n: &str) -> &str {
    let mut s = n;
    for &p in lex::PROCLITIC_LETTERS {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().count() >= 3 {
                s = r;
                break;
            }
        }
    }
    if let Some(r) = s.strip_prefix(lex::LAM_ARTICLE) {
        return r;
    }
    s.strip_prefix(lex::DEFINITE_ARTICLE)
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(s)
}

pub(crate) fn is_occasion(n: &str) -> bool {
    noun_in(&T.occasions, n)
}

/// `true` when the noun, bare or without its proclitic, article or possessive suffix
/// (حسابه، منصتها، بتقرير), is in `set`.
pub(crate) fn noun_in(set: &Set, n: &str) -> bool {
    let stem = noun_stem(n);
    if set.contains(n) || set.contains(stem) {
        return true;
    }
    lex::POSSESSIVE_SUFFIXES.iter().any(|suf| {
        stem.strip_suffix(suf)
            .filter(|base| base.chars().count() >= 2)
            .is_some_and(|base| {
                if set.contains(base) {
                    return true;
                }
                // منصت+ه → منصة
                base.strip_suffix(lex::FEMININE_BEFORE_SUFFIX)
                    .is_some_and(|b| set.contains(&format!("{b}{}", lex::FEMININE_ENDING)))
            })
    })
}

/// `true` for a platform noun (حساب، منصة، موقع) that names a platform after على/في.
pub(crate) fn is_platform_noun(n: &str) -> bool {
    noun_in(&T.platforms, n)
}

/// `true` for a word meaning "titled" (بعنوان).
pub(crate) fn is_title_link(n: &str) -> bool {
    T.title_links.contains(n)
}

/// `true` for a preposition that joins a platform noun to its name.
pub(crate) fn is_platform_link(n: &str) -> bool {
    T.platform_links.contains(n)
}

/// `true` for a word that may stand between a naming noun and the name it announces.
pub(crate) fn is_name_link(n: &str) -> bool {
    T.links.contains(n)
}

/// `true` for a noun that announces a name in quotes (صحيفة، حزب، برنامج …).
pub(crate) fn is_naming_noun(n: &str) -> bool {
    noun_in(&T.naming, n)
}

/// `true` for a word that introduces a statement right before a quote (أن، بأنه، قوله).
pub(crate) fn is_introducer(n: &str) -> bool {
    in_table(&T.introducers, n)
}

/// `true` for a relative pronoun that may follow a quoted name (التي، الذي).
pub(crate) fn is_after_name_word(n: &str) -> bool {
    T.after_name.contains(n)
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

/// `true` when the word carries the definite article (with or without a proclitic).
pub(crate) fn is_definite(n: &str) -> bool {
    if n.chars().count() < MIN_DEFINITE_CHARS {
        return false;
    }
    if n.starts_with(lex::DEFINITE_ARTICLE) || n.starts_with(lex::LAM_ARTICLE) {
        return true;
    }
    lex::ARTICLE_PROCLITICS.iter().any(|p| {
        n.strip_prefix(*p).is_some_and(|r| {
            r.starts_with(lex::DEFINITE_ARTICLE) && r.chars().count() >= MIN_DEFINITE_CHARS
        })
    })
}

/// `true` for a cue word that is a verb, a participle or a transmission verb.
pub(crate) fn is_cue_word(n: &str) -> bool {
    in_table(&T.verbs, n) || in_table(&T.participles, n) || in_table(&T.transmit, n)
}

/// `true` for any reporting cue word (verb, participle, transmission).
pub(crate) fn is_any_cue(n: &str) -> bool {
    is_cue_word(n) || in_table(&T.attribution, n)
}

/// `true` for a cue that names a speaker after it (a finite verb or attribution word).
pub(crate) fn is_verb_or_phrase(n: &str) -> bool {
    in_table(&T.verbs, n) || in_table(&T.attribution, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_borrow_unchanged_words_and_fold_the_rest() {
        let text = "قال أحمد، «نعم»";
        let mut norms = String::new();
        let (toks, has_mark) = tokenize(text, &mut norms);
        assert!(has_mark, "the paragraph has marks");
        let in_text = |s: &str| text.as_bytes().as_ptr_range().contains(&s.as_ptr());
        let words: Vec<(&str, &str, bool)> = toks
            .iter()
            .map(|t| (t.text, t.norm, in_text(t.norm)))
            .collect();
        assert_eq!(
            words,
            [
                ("قال", "قال", true),
                ("أحمد", "احمد", false),
                ("،", "،", true),
                ("«", "«", true),
                ("نعم", "نعم", true),
                ("»", "»", true),
            ],
            "token text, norm, borrowed"
        );
        let chars: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
        assert_eq!(
            chars,
            [(0, 3), (4, 8), (8, 9), (10, 11), (11, 14), (14, 15)],
            "token char ranges"
        );
    }
}
