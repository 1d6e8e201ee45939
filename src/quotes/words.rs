//! What a word can be: the lexicon tables compiled once into one map of table bits
//! (looked up once per token by the tokenizer), and the tests on words — a cue, a
//! definite noun, a naming noun, a platform, a stop.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::tags::{TagMap, Tags};
use super::tokens::{norm, norm_in, Tok};
use crate::lexicon::dates;
use crate::lexicon::names;
use crate::lexicon::quotes as lex;

/// Shortest word that can carry the definite article (ال + two letters).
const MIN_DEFINITE_CHARS: usize = 4;

/// Table bit: reporting verbs.
pub(crate) const VERBS: u32 = 1;
/// Table bit: transmission verbs (نقل … عن).
pub(crate) const TRANSMIT: u32 = 1 << 1;
/// Table bit: reporting participles.
pub(crate) const PARTICIPLES: u32 = 1 << 2;
/// Table bit: attribution words (بحسب، وفق).
pub(crate) const ATTRIBUTION: u32 = 1 << 3;
/// Table bit: attribution words followed by لـ.
pub(crate) const WITH_LAM: u32 = 1 << 4;
/// Table bit: words that end a subject.
pub(crate) const STOPS: u32 = 1 << 5;
/// Table bit: verbs that open a clause after a subject.
pub(crate) const CLAUSE_VERBS: u32 = 1 << 6;
/// Table bit: occasion nouns (في مؤتمر).
pub(crate) const OCCASIONS: u32 = 1 << 7;
/// Table bit: audience words (للصحفيين).
pub(crate) const AUDIENCE: u32 = 1 << 8;
/// Table bit: nouns that announce a name.
pub(crate) const NAMING: u32 = 1 << 9;
/// Table bit: titles before a personal name.
pub(crate) const TITLES: u32 = 1 << 10;
/// Table bit: particles inside names (بن، أبو).
pub(crate) const PARTICLES: u32 = 1 << 11;
/// Table bit: prepositions that cannot open or end a name.
pub(crate) const NAME_PREPS: u32 = 1 << 12;
/// Table bit: auxiliaries (كان، قد).
pub(crate) const AUXILIARIES: u32 = 1 << 13;
/// Table bit: relative pronouns.
pub(crate) const RELATIVES: u32 = 1 << 14;
/// Table bit: saying nouns (قوله).
pub(crate) const SAYINGS: u32 = 1 << 15;
/// Table bit: the prepositions before a saying noun's source (عن، من).
pub(crate) const SAYING_FROM: u32 = 1 << 16;
/// Table bit: links between a naming noun and its name.
pub(crate) const LINKS: u32 = 1 << 17;
/// Table bit: platform nouns.
pub(crate) const PLATFORMS: u32 = 1 << 18;
/// Table bit: words meaning "titled".
pub(crate) const TITLE_LINKS: u32 = 1 << 19;
/// Table bit: prepositions before a platform's name.
pub(crate) const PLATFORM_LINKS: u32 = 1 << 20;
/// Table bit: verbs with an object pronoun (وصفه).
pub(crate) const WITH_OBJECT: u32 = 1 << 21;
/// Table bit: transitive reporting verbs.
pub(crate) const TRANSITIVE: u32 = 1 << 22;
/// Table bit: statement introducers (أن، قوله).
pub(crate) const INTRODUCERS: u32 = 1 << 23;
/// Table bit: words that may follow a quoted name.
pub(crate) const AFTER_NAME: u32 = 1 << 24;
/// Table bit: first words of the attribution pairs (على in على لسان).
pub(crate) const PAIR_FIRST: u32 = 1 << 25;
/// Table bit: nouns of anonymous descriptions (مصدر، أحد).
pub(crate) const DESCRIPTIONS: u32 = 1 << 26;
/// Table bit: honorifics before a name (الدكتور).
pub(crate) const HONORIFICS: u32 = 1 << 27;
/// Table bit: nouns of quotable documents (بيان، تقرير).
pub(crate) const DOCUMENTS: u32 = 1 << 28;
/// Table bit: links from a document to the body that issued it (صادر، أعدتها).
pub(crate) const DOCUMENT_LINKS: u32 = 1 << 29;
/// Table bit: cue words in the feminine (قالت، تقول، مضيفة), derived from the cue tables.
pub(crate) const FEMININE: u32 = 1 << 30;
/// Table bit: cue words in the plural (قالوا، مضيفين), derived from the cue tables.
pub(crate) const PLURAL: u32 = 1 << 31;

/// Every word that can open a cue: the cue tables and the first words of the pairs.
pub(crate) const CUE_OPENERS: u32 =
    SAYINGS | TRANSMIT | VERBS | PARTICIPLES | ATTRIBUTION | PAIR_FIRST;

/// Cue words proper: verbs, participles and transmission verbs.
const CUE_WORDS: u32 = VERBS | PARTICIPLES | TRANSMIT;

/// The lexicon, compiled once.
pub(crate) struct Lexicon {
    /// Every table's words with their table bits.
    pub(crate) map: TagMap,
    pub(crate) transmit_from: Cow<'static, str>,
    pub(crate) in_prep: Cow<'static, str>,
    /// مع of an occasion given to a medium (مقابلة مع «…»).
    pub(crate) occasion_with: Cow<'static, str>,
    pub(crate) topic: Cow<'static, str>,
    /// "What" of بحسب ما نشرته.
    pub(crate) what: Cow<'static, str>,
    /// Verbs of answering (bit 1) and of asking (bit 2).
    pub(crate) answers: TagMap,
    /// Openers of a parenthesis about a subject (وهو، وهي).
    pub(crate) parentheses: TagMap,
    /// Demonstratives (هذا، تلك).
    pub(crate) demonstratives: TagMap,
    /// Second halves of compound first names (الدين، الزهراء).
    pub(crate) compound_seconds: TagMap,
    /// Every form of the role nouns ([`role_forms`]).
    pub(crate) roles: TagMap,
    /// Occasion and document nouns with a possessive pronoun.
    pub(crate) suffixed_occasions: TagMap,
    /// Verbs whose object takes بـ (أشاد، رحب).
    pub(crate) ba_verbs: TagMap,
    /// Verbs whose بـ object is what was said (طالب، وعد).
    pub(crate) content_ba_verbs: TagMap,
    /// Adverbs between a quote and its cue (هكذا).
    pub(crate) back_references: TagMap,
    /// The media a statement is told to (لصحيفة، لوكالة).
    pub(crate) media: TagMap,
    /// The titles and occupations alone (not the bodies of [`TITLES`]).
    pub(crate) offices: TagMap,
    /// "It was stated" (جاء), whose source may stand before it (وفي بيان …، جاء:).
    pub(crate) stated: Cow<'static, str>,
    pub(crate) pairs: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    /// Words that give the name of the one described (يدعى، اسمها).
    pub(crate) named: TagMap,
    /// Places of residence after في ([`names::RESIDENCE_NOUNS`]).
    pub(crate) residence: TagMap,
    /// Verbs of issuing a document (أصدرت).
    pub(crate) issue_verbs: TagMap,
    /// "By saying" (بالقول), a cue after its clause.
    pub(crate) by_saying: TagMap,
    /// Nouns that govern a verbal noun (عدم ذكر).
    pub(crate) noun_governors: TagMap,
    /// فيه، فيها after جاء.
    pub(crate) in_it: TagMap,
    /// The table bits of the words listed with a final ى (على), under their normalisation.
    pub(crate) maqsura: TagMap,
    /// One bit per word of [`Lexicon::maqsura`] (at most 32 words; others share the last).
    pub(crate) maqsura_ids: TagMap,
    /// Every table bit of [`Lexicon::maqsura`]: a word with none of them needs no look.
    pub(crate) maqsura_bits: u32,
}

/// Each word table of the lexicon with its bit.
const TABLES: &[(&[&str], u32)] = &[
    (lex::REPORTING_VERBS, VERBS),
    (lex::TRANSMIT_VERBS, TRANSMIT),
    (lex::REPORTING_PARTICIPLES, PARTICIPLES),
    (lex::ATTRIBUTION_WORDS, ATTRIBUTION),
    (lex::ATTRIBUTION_WITH_LAM, WITH_LAM),
    (lex::SUBJECT_STOPS, STOPS),
    (dates::DAY_NAMES, STOPS),
    (lex::CLAUSE_VERBS, CLAUSE_VERBS),
    (lex::OCCASION_NOUNS, OCCASIONS),
    (lex::AUDIENCE_WORDS, AUDIENCE),
    (lex::NAMING_NOUNS, NAMING),
    (lex::TITLE_NOUNS, TITLES),
    (lex::NAME_PARTICLES, PARTICLES),
    (lex::NAME_PREPOSITIONS, NAME_PREPS),
    (lex::AUXILIARIES, AUXILIARIES),
    (lex::RELATIVE_PRONOUNS, RELATIVES),
    (lex::SAYING_NOUNS, SAYINGS),
    (lex::SAYING_FROM, SAYING_FROM),
    (lex::NAME_LINKS, LINKS),
    (lex::PLATFORM_NOUNS, PLATFORMS),
    (lex::TITLE_LINKS, TITLE_LINKS),
    (lex::PLATFORM_LINKS, PLATFORM_LINKS),
    (lex::VERBS_WITH_OBJECT, WITH_OBJECT),
    (lex::TRANSITIVE_VERBS, TRANSITIVE),
    (lex::STATEMENT_INTRODUCERS, INTRODUCERS),
    (lex::AFTER_NAME_WORDS, AFTER_NAME),
    (names::OFFICE_NOUNS, TITLES),
    (names::DESCRIPTION_NOUNS, DESCRIPTIONS),
    (names::HONORIFICS, HONORIFICS),
    (names::DOCUMENT_NOUNS, DOCUMENTS),
    (names::DOCUMENT_LINKS, DOCUMENT_LINKS),
];

/// The cue tables whose words carry a gender and number.
const CUE_TABLES: &[&[&str]] = &[
    lex::REPORTING_VERBS,
    lex::TRANSMIT_VERBS,
    lex::REPORTING_PARTICIPLES,
    lex::SAYING_NOUNS,
];

/// The gender and number bits of the cue word `w` (normalised), told by its form
/// against the other cue forms in `map`: قالت beside قال, تقول beside يقول, مضيفة (ة),
/// قالوا، يقولون، مضيفين (plural endings), قولها، قولهم (suffixes).
fn cue_form_bits(w: &str, map: &TagMap) -> u32 {
    let has = |x: &str| map.get(x) & CUE_FORMS != 0;
    let mut bits = 0;
    if let Some(stem) = w.strip_suffix(names::FEMININE_PAST_SUFFIX) {
        if has(stem) {
            bits |= FEMININE;
        }
    }
    if let Some(rest) = w.strip_prefix(names::FEMININE_PRESENT_PREFIX) {
        let mut masculine = String::with_capacity(w.len());
        masculine.push(names::MASCULINE_PRESENT_PREFIX);
        masculine.push_str(rest);
        if has(&masculine) {
            bits |= FEMININE;
        }
    }
    if names::FEMININE_CUES.contains(&w)
        || w.ends_with(lex::FEMININE_ENDING)
        || w.ends_with(names::FEMININE_PRONOUN_SUFFIX)
    {
        bits |= FEMININE;
    }
    if names::PLURAL_ENDINGS.iter().any(|e| w.ends_with(e))
        || w.ends_with(names::PLURAL_PRONOUN_SUFFIX)
    {
        bits |= PLURAL;
    }
    bits
}

/// The cue tables that carry gender and number.
const CUE_FORMS: u32 = VERBS | TRANSMIT | PARTICIPLES | SAYINGS;

/// Role map bit: a role noun's form before a possessive pronoun (رئيست).
pub(crate) const ROLE_FORM: u32 = 1;
/// Role map bit: a role noun's stem before a plural ending (طالب of طالبات).
pub(crate) const NUMBER_FORM: u32 = 2;

/// The forms a role or description noun with ة takes before an ending (without ال): with
/// ت before a possessive pronoun (رئيست of رئيستها) and without ة before a plural ending
/// (طالب of طالبات). Other forms are the listed word with the ending cut off.
fn role_forms() -> TagMap {
    let lists: [&[&str]; 3] = [
        lex::TITLE_NOUNS,
        names::OFFICE_NOUNS,
        names::DESCRIPTION_NOUNS,
    ];
    let count: usize = lists.iter().map(|l| l.len()).sum();
    let mut map = TagMap::with_capacity(2 * count);
    let mut form = String::new();
    let mut buf = String::new();
    for w in lists.iter().flat_map(|l| l.iter()) {
        let n = norm_in(w, &mut buf);
        if let Some(base) = n.strip_suffix(lex::FEMININE_ENDING) {
            form.clear();
            form.push_str(base);
            form.push(lex::FEMININE_BEFORE_SUFFIX);
            map.add(&form, ROLE_FORM);
            map.add(base, NUMBER_FORM);
        }
    }
    map
}

/// Every occasion and document noun with a possessive pronoun (كلمته، حديثها، بيانهم).
fn suffixed_occasions() -> TagMap {
    let lists: [&[&str]; 2] = [lex::OCCASION_NOUNS, names::DOCUMENT_NOUNS];
    let count: usize = lists.iter().map(|l| l.len()).sum();
    let mut map = TagMap::with_capacity(count * lex::POSSESSIVE_SUFFIXES.len());
    let mut form = String::new();
    let mut buf = String::new();
    for w in lists.iter().flat_map(|l| l.iter()) {
        let n = norm_in(w, &mut buf);
        let base = n.strip_suffix(lex::FEMININE_ENDING);
        for suf in lex::POSSESSIVE_SUFFIXES {
            form.clear();
            form.push_str(base.unwrap_or(n));
            if base.is_some() {
                form.push(lex::FEMININE_BEFORE_SUFFIX);
            }
            form.push_str(suf);
            map.add(&form, OCCASIONS);
        }
    }
    map
}

pub(crate) static T: LazyLock<Lexicon> = LazyLock::new(|| {
    let entries = TABLES.iter().map(|(words, _)| words.len()).sum();
    let mut map = TagMap::with_capacity(entries);
    // One buffer for the words that normalisation changes.
    let mut buf = String::new();
    for &(words, bit) in TABLES {
        for w in words {
            map.add(norm_in(w, &mut buf), bit);
        }
    }
    let mut ba_verbs = TagMap::with_capacity(names::VERBS_WITH_BA.len());
    for w in names::VERBS_WITH_BA {
        ba_verbs.add(norm_in(w, &mut buf), VERBS);
    }
    let mut media = TagMap::with_capacity(names::MEDIA_NOUNS.len());
    for w in names::MEDIA_NOUNS {
        media.add(norm_in(w, &mut buf), NAMING);
    }
    let mut offices = TagMap::with_capacity(names::OFFICE_NOUNS.len());
    for w in names::OFFICE_NOUNS {
        offices.add(norm_in(w, &mut buf), TITLES);
    }
    for w in CUE_TABLES.iter().flat_map(|t| t.iter()) {
        let w = norm_in(w, &mut buf);
        let bits = cue_form_bits(w, &map);
        if bits != 0 {
            map.add(w, bits);
        }
    }
    let pairs: Vec<_> = lex::ATTRIBUTION_PAIRS
        .iter()
        .map(|(a, b)| (norm(a), norm(b)))
        .collect();
    for (a, _) in &pairs {
        map.add(a, PAIR_FIRST);
    }
    let spelled = TABLES
        .iter()
        .flat_map(|&(words, bit)| words.iter().map(move |w| (*w, bit)))
        .chain(lex::ATTRIBUTION_PAIRS.iter().map(|(a, _)| (*a, PAIR_FIRST)))
        .filter(|(w, _)| w.ends_with(lex::ALIF_MAQSURA));
    let mut maqsura = TagMap::with_capacity(16);
    let mut maqsura_ids = TagMap::with_capacity(16);
    let mut next_id = 0u32;
    let mut maqsura_bits = 0;
    for (w, bit) in spelled {
        maqsura_bits |= bit;
        let n = norm_in(w, &mut buf);
        if maqsura_ids.get(n) == 0 {
            maqsura_ids.add(n, 1 << next_id);
            next_id = (next_id + 1).min(u32::BITS - 1);
        }
        maqsura.add(n, bit);
    }
    Lexicon {
        map,
        transmit_from: norm(lex::TRANSMIT_FROM),
        in_prep: norm(lex::IN_PREPOSITION),
        occasion_with: norm(lex::OCCASION_WITH),
        topic: norm(lex::TOPIC_PARTICLE),
        stated: norm(names::STATED_VERB),
        what: norm(names::RELATIVE_WHAT),
        media,
        ba_verbs,
        content_ba_verbs: small_map(names::CONTENT_BA_VERBS),
        back_references: small_map(names::QUOTE_BACK_REFERENCES),
        roles: role_forms(),
        suffixed_occasions: suffixed_occasions(),
        demonstratives: small_map(names::DEMONSTRATIVES),
        parentheses: small_map(names::PARENTHESIS_OPENERS),
        answers: {
            let mut m = TagMap::with_capacity(names::ANSWER_VERBS.len() + names::ASK_VERBS.len());
            for w in names::ANSWER_VERBS {
                m.add(norm_in(w, &mut buf), 1);
            }
            for w in names::ASK_VERBS {
                m.add(norm_in(w, &mut buf), 2);
            }
            m
        },
        compound_seconds: small_map(names::COMPOUND_NAME_SECONDS),
        offices,
        pairs,
        maqsura,
        maqsura_ids,
        maqsura_bits,
        named: small_map(names::NAMED_WORDS),
        issue_verbs: small_map(names::ISSUE_VERBS),
        by_saying: small_map(names::BY_SAYING),
        noun_governors: small_map(names::VERBAL_NOUN_GOVERNORS),
        residence: small_map(names::RESIDENCE_NOUNS),
        in_it: small_map(names::IN_IT),
    }
});

/// The ids ([`Lexicon::maqsura_ids`]) of the listed words that `paragraphs` write with a
/// final ى, with or without a conjunction (على، وإلى). The ى's are found by a vectorised
/// search for their last byte, then their first bytes are compared (a whole char in
/// UTF-8: its lead byte is no other char's continuation, so a match begins a char).
pub(crate) fn maqsura_written(paragraphs: &[String]) -> u32 {
    let ids = &T.maqsura_ids;
    let mut utf8 = [0u8; 4];
    let needle = lex::ALIF_MAQSURA.encode_utf8(&mut utf8).as_bytes();
    let Some((&last, head)) = needle.split_last() else {
        return 0;
    };
    let mut seen = 0;
    let mut n = String::new();
    for p in paragraphs {
        let bytes = p.as_bytes();
        for e in memchr::memchr_iter(last, bytes) {
            let Some(b) = e.checked_sub(head.len()) else {
                continue;
            };
            if bytes.get(b..e) == Some(head) {
                seen |= maqsura_id_at(ids, p, b, &mut n);
            }
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
#[inline]
fn maqsura_id_at(ids: &TagMap, p: &str, b: usize, n: &mut String) -> u32 {
    let end = b + lex::ALIF_MAQSURA.len_utf8();
    let word_ends = p
        .get(end..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !crate::text::is_word_char(c));
    if !word_ends {
        return 0;
    }
    let head = p.get(..b).unwrap_or_default();
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !crate::text::is_word_char(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    super::tokens::norm_into(p.get(start..end).unwrap_or_default(), n);
    ids.get(n) | without_conjunction(n).map_or(0, |r| ids.get(r))
}

/// `tags` of the word `n` (normalised) written with a final ي, without the tables of the
/// words listed with a final ى when the word is another word: the article writes the
/// listed one with ى (`seen`, from [`maqsura_written`]), or nothing follows it in its
/// clause (سهى علي،: a preposition takes an object).
pub(crate) fn ya_tags(n: &str, tags: Tags, seen: u32, clause_ends: bool) -> Tags {
    let apart = |w: &str| clause_ends || T.maqsura_ids.get(w) & seen != 0;
    let mut out = tags;
    if apart(n) {
        out.bare &= !T.maqsura.get(n);
    }
    if let Some(r) = without_conjunction(n) {
        if apart(r) {
            out.rest &= !T.maqsura.get(r);
        }
    }
    out
}

/// A map of one small table (its words with a nonzero bit).
fn small_map(words: &[&str]) -> TagMap {
    let mut map = TagMap::with_capacity(words.len());
    let mut buf = String::new();
    for w in words {
        map.add(norm_in(w, &mut buf), 1);
    }
    map
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
fn purpose_verb(n: &str) -> Option<&str> {
    let r = n.strip_prefix(lex::LAM)?;
    let present = r.starts_with(names::MASCULINE_PRESENT_PREFIX)
        || r.starts_with(names::FEMININE_PRESENT_PREFIX);
    (present && r.chars().nth(2).is_some()).then_some(r)
}

/// `true` when the normalised word `n` is in one of `tables`.
pub(crate) fn has(n: &str, tables: u32) -> bool {
    T.map.get(n) & tables != 0
}

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

/// `true` when `s` has `n` chars or more: the chars are read up to the `n`th only.
#[inline]
pub(crate) fn has_chars(s: &str, n: usize) -> bool {
    n.checked_sub(1).is_none_or(|k| s.chars().nth(k).is_some())
}

/// The word without a one-letter proclitic and without ال, for noun look-ups.
pub(crate) fn noun_stem(n: &str) -> &str {
    let mut s = n;
    for &p in lex::PROCLITIC_LETTERS {
        if let Some(r) = s.strip_prefix(p) {
            if has_chars(r, 3) {
                s = r;
                break;
            }
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
    let n = t.norm;
    let stem = noun_stem(n);
    if t.is(tables) || (stem.len() != n.len() && has(stem, tables)) {
        return true;
    }
    lex::POSSESSIVE_SUFFIXES.iter().any(|suf| {
        stem.strip_suffix(suf)
            .filter(|base| has_chars(base, 2))
            .is_some_and(|base| {
                if has(base, tables) {
                    return true;
                }
                // منصت+ه → منصة
                base.strip_suffix(lex::FEMININE_BEFORE_SUFFIX)
                    .is_some_and(|b| has(&format!("{b}{}", lex::FEMININE_ENDING), tables))
            })
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

/// `true` when the word carries the definite article (with or without a proclitic).
pub(crate) fn is_definite(n: &str) -> bool {
    // The article's letters are tested before the chars are counted (up to the fourth).
    let long = |w: &str| w.chars().nth(MIN_DEFINITE_CHARS - 1).is_some();
    if n.starts_with(lex::DEFINITE_ARTICLE) || n.starts_with(lex::LAM_ARTICLE) {
        return long(n);
    }
    lex::ARTICLE_PROCLITICS.iter().any(|p| {
        n.strip_prefix(*p)
            .is_some_and(|r| r.starts_with(lex::DEFINITE_ARTICLE) && long(r))
    })
}

/// `true` for a cue word that is a verb, a participle or a transmission verb.
pub(crate) fn is_cue_word(t: &Tok) -> bool {
    t.in_table(CUE_WORDS)
}

/// `true` for an adverb that refers back to the quote before it (هكذا).
pub(crate) fn is_back_reference(t: &Tok) -> bool {
    T.back_references.get(t.norm) != 0
}

/// `true` for a verb whose بـ object is what was said (طالب، وطالبت، وعد).
pub(crate) fn is_content_ba_verb(t: &Tok) -> bool {
    T.content_ba_verbs.get(t.norm) != 0
        || without_conjunction(t.norm).is_some_and(|r| T.content_ba_verbs.get(r) != 0)
}

/// `true` for any reporting cue word (verb, participle, transmission, attribution).
pub(crate) fn is_any_cue(t: &Tok) -> bool {
    t.in_table(CUE_WORDS | ATTRIBUTION)
}

/// `true` for a cue that names a speaker after it (a finite verb or attribution word).
pub(crate) fn is_verb_or_phrase(t: &Tok) -> bool {
    t.in_table(VERBS | ATTRIBUTION)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{tokenize, Kind, Scratch};
    use super::*;

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
