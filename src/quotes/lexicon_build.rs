//! The lexicon compiled from the word tables of [`crate::lexicon`]: every table's words,
//! normalised, in one map of table bits, and the smaller maps the speaker analysis reads.
//! The build script runs [`build`] and writes the result out as static data
//! (`quotes_lexicon.rs` in `OUT_DIR`, see `build.rs`), so that no page pays for it; the
//! tests run it again with the tokenizer's own normalisation and compare.
// The crate itself reads only the struct: the builder runs in the build script and the tests.
#![cfg_attr(not(test), allow(dead_code))]

use std::borrow::Cow;
use std::fmt::Write;

use crate::lexicon::dates;
use crate::lexicon::names;
use crate::lexicon::quotes as lex;
use crate::quotes::bits::*;
use crate::quotes::tags::TagMap;

/// Matching-only normalisation of a table word.
pub(crate) type Norm<'a> = &'a dyn Fn(&str) -> String;

/// The lexicon: its tables as maps of normalised words.
#[derive(Debug, PartialEq)]
pub(crate) struct Lexicon {
    /// Every table's words with their table bits.
    pub(crate) map: TagMap,
    pub(crate) transmit_from: Cow<'static, str>,
    pub(crate) in_prep: Cow<'static, str>,
    /// لدى inside a title ([`names::AT_PREPOSITION`]).
    pub(crate) at_prep: Cow<'static, str>,
    /// مع of an occasion given to a medium (مقابلة مع «…»).
    pub(crate) occasion_with: Cow<'static, str>,
    pub(crate) topic: Cow<'static, str>,
    /// "What" of بحسب ما نشرته.
    pub(crate) what: Cow<'static, str>,
    /// Verbs of answering (bit 1), of asking (bit 2), of continuing (bit 4) and of being
    /// asked (bit 8).
    pub(crate) answers: TagMap,
    /// Openers of a parenthesis about a subject (وهو، وهي).
    pub(crate) parentheses: TagMap,
    /// Works that keep announcing a title with a pronoun ([`lex::WORK_NOUNS`]).
    pub(crate) works: TagMap,
    /// Nouns for any man or woman ([`names::GENERIC_PERSON_NOUNS`]).
    pub(crate) generic_persons: TagMap,
    /// Demonstratives (هذا، تلك).
    pub(crate) demonstratives: TagMap,
    /// Second halves of compound first names (الدين، الزهراء).
    pub(crate) compound_seconds: TagMap,
    /// Every form of the role nouns ([`role_forms`]).
    pub(crate) roles: TagMap,
    /// Occasion and document nouns with a possessive pronoun.
    pub(crate) suffixed_occasions: TagMap,
    /// The withheld nouns with a possessive pronoun (اسمه، هويتها), [`names::WITHHELD_NOUNS`].
    pub(crate) withheld: TagMap,
    /// Reporting verbs that are also verbal nouns (رد), [`names::VERBS_ALSO_NOUNS`].
    pub(crate) verbs_also_nouns: TagMap,
    /// [`names::PARTITIVE_NOUNS`].
    pub(crate) partitives: TagMap,
    /// [`names::CIRCUMSTANCES_AFTER_ALA`].
    pub(crate) after_ala: TagMap,
    /// [`names::FRONTED_OPENERS`].
    pub(crate) fronted: TagMap,
    /// [`names::WORDING_NOUNS`].
    pub(crate) wording: TagMap,
    /// The heads of a time construct (مطلع), [`names::TIME_CONSTRUCTS`].
    pub(crate) time_constructs: TagMap,
    /// The sound plurals of the naming nouns in ة (مجموعات، صفحات).
    pub(crate) naming_plurals: TagMap,
    /// Verbs whose object takes بـ (أشاد، رحب).
    pub(crate) ba_verbs: TagMap,
    /// Verbs whose بـ object is what was said (طالب، وعد).
    pub(crate) content_ba_verbs: TagMap,
    /// Words between a quote and its cue that refer back to it: adverbs (هكذا,
    /// [`BACK_ADVERB`]), and a demonstrative with بـ ([`BACK_DEMONSTRATIVE`]) before a word
    /// of speech ([`BACK_NOUN`]: بهذه الكلمات).
    pub(crate) back_references: TagMap,
    /// Words of being known as (يعرف، المعروف).
    pub(crate) known_as: TagMap,
    /// The media a statement is told to (لصحيفة، لوكالة); with [`TITLES`], those that
    /// also head a body's name ([`names::MEDIA_NOUNS_HEADING_BODIES`]).
    pub(crate) media: TagMap,
    /// The titles and occupations alone (not the bodies of [`TITLES`]).
    pub(crate) offices: TagMap,
    /// The words of [`Lexicon::offices`] and those of [`DESCRIPTIONS`] in one map: the
    /// person a phrase opens with (الوزير، الخبيرة) is told by one look-up, not two.
    pub(crate) titled: TagMap,
    /// "It was stated" (جاء), whose source may stand before it (وفي بيان …، جاء:).
    pub(crate) stated: Cow<'static, str>,
    /// The attribution pairs (على لسان), each word normalised.
    pub(crate) pairs: Cow<'static, [(Cow<'static, str>, Cow<'static, str>)]>,
    /// Words that give the name of the one described (يدعى، اسمها).
    pub(crate) named: TagMap,
    /// Places of residence after في ([`names::RESIDENCE_NOUNS`]).
    pub(crate) residence: TagMap,
    /// Districts a title represents ([`names::CONSTITUENCY_NOUNS`]).
    pub(crate) constituencies: TagMap,
    /// Nouns of manner after بـ ([`names::MANNER_NOUNS`]).
    pub(crate) manner: TagMap,
    /// Words of time ([`names::TIME_NOUNS`]).
    pub(crate) time_nouns: TagMap,
    /// Stems of participles of manner ([`names::MANNER_PARTICIPLE_STEMS`]).
    pub(crate) manner_participles: TagMap,
    /// Nouns of bodies ([`lex::INSTITUTION_NOUNS`], [`names::BODY_NOUNS`]).
    pub(crate) bodies: TagMap,
    /// Particles before a fronted subject ([`names::SVO_OPENERS`]).
    pub(crate) svo_openers: TagMap,
    /// The contrast particles among them ([`names::CONTRAST_OPENERS`]).
    pub(crate) contrast_openers: TagMap,
    /// Ordinals with ال ([`names::ORDINALS`]).
    pub(crate) ordinals: TagMap,
    /// Particles of the إن family with a third-person pronoun (لكنها، إنه), each form
    /// ([`names::SUBJECT_CARRYING_PARTICLES`], [`names::THIRD_PERSON_SUFFIXES`]).
    pub(crate) subject_particles: TagMap,
    /// Verbs of issuing a document (أصدرت).
    pub(crate) issue_verbs: TagMap,
    /// "By saying" (بالقول), a cue after its clause.
    pub(crate) by_saying: TagMap,
    /// Nouns that govern a verbal noun (عدم ذكر).
    pub(crate) noun_governors: TagMap,
    /// فيه، فيها after جاء.
    pub(crate) in_it: TagMap,
    /// Verbal nouns after which عن continues a body's name ([`names::NAME_AN_NOUNS`]).
    pub(crate) name_an_nouns: TagMap,
    /// The table bits of the words listed with a final ى (على), under their normalisation.
    pub(crate) maqsura: TagMap,
    /// One bit per word of [`Lexicon::maqsura`] (at most 32 words; others share the last).
    pub(crate) maqsura_ids: TagMap,
    /// Every table bit of [`Lexicon::maqsura`]: a word with none of them needs no look.
    pub(crate) maqsura_bits: u32,
}

/// [`Lexicon::back_references`]: an adverb (هكذا).
pub(crate) const BACK_ADVERB: u32 = 1;
/// [`Lexicon::back_references`]: a demonstrative with بـ (بهذه).
pub(crate) const BACK_DEMONSTRATIVE: u32 = 2;
/// [`Lexicon::back_references`]: a word of speech after it (الكلمات).
pub(crate) const BACK_NOUN: u32 = 4;

/// [`Lexicon::partitives`]: a feminine one (إحدى).
pub(crate) const FEMININE_PARTITIVE: u32 = 2;

/// Each word table of the lexicon with its bit.
pub(crate) const TABLES: &[(&[&str], u32)] = &[
    (lex::REPORTING_VERBS, VERBS),
    (lex::TRANSMIT_VERBS, TRANSMIT),
    (lex::ATTRIBUTION_WORDS, ATTRIBUTION),
    (lex::ATTRIBUTION_WITH_LAM, WITH_LAM),
    (lex::SUBJECT_STOPS, STOPS),
    (dates::DAY_NAMES, STOPS),
    (names::TIME_CONSTRUCTS, STOPS),
    (lex::CLAUSE_VERBS, CLAUSE_VERBS),
    (lex::OCCASION_NOUNS, OCCASIONS),
    (lex::AUDIENCE_WORDS, AUDIENCE),
    (lex::NAMING_NOUNS, NAMING),
    (lex::WORK_NOUNS, NAMING),
    (lex::TITLE_NOUNS, TITLES),
    (lex::INSTITUTION_NOUNS, TITLES),
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
    (lex::STATEMENT_INTRODUCERS, INTRODUCERS),
    (lex::AFTER_NAME_WORDS, AFTER_NAME),
    (names::OFFICE_NOUNS, TITLES),
    (names::DESCRIPTION_NOUNS, DESCRIPTIONS),
    (names::HONORIFICS, HONORIFICS),
    (names::HONORIFIC_ABBREVIATIONS, HONORIFICS),
    (names::DOCUMENT_NOUNS, DOCUMENTS),
    (names::DOCUMENT_LINKS, DOCUMENT_LINKS),
];

/// The verbs given by their principal parts, each paradigm table with its bit.
pub(crate) const PARADIGM_TABLES: &[(&[(&str, &str)], u32)] = &[
    (lex::REPORTING_VERB_PARADIGMS, VERBS),
    (names::CONTENT_BA_VERB_PARADIGMS, VERBS),
    (lex::TRANSITIVE_VERB_PARADIGMS, TRANSITIVE),
];

/// The forms of the verb whose past "he" is `past` and present "he" is `present`, as
/// written (see [`lex::REPORTING_VERB_PARADIGMS`]): past he, she, they, she-two; present
/// he, she, they, the two. An empty `present` makes the past alone.
pub(crate) fn conjugate(past: &str, present: &str) -> Vec<String> {
    let past_stem = past.strip_suffix(names::WEAK_PAST_ENDINGS).unwrap_or(past);
    let she_past = format!("{past_stem}{}", names::FEMININE_PAST_SUFFIX);
    let she_two = format!("{she_past}{}", names::DUAL_ALIF);
    let mut forms = vec![
        past.to_string(),
        she_past,
        format!("{past_stem}{}", names::PAST_PLURAL_SUFFIX),
        she_two,
    ];
    let Some(rest) = present.strip_prefix(names::MASCULINE_PRESENT_PREFIX) else {
        return forms;
    };
    let she = format!("{}{rest}", names::FEMININE_PRESENT_PREFIX);
    // The two: يقولان، يدعوان، ينفيان; a present in ى turns it to ي (يرى، يريان).
    let two = |form: &str| match form.strip_suffix(lex::ALIF_MAQSURA) {
        Some(stem) => format!("{stem}{}{}", lex::FINAL_YA, names::PRESENT_DUAL_SUFFIX),
        None => format!("{form}{}", names::PRESENT_DUAL_SUFFIX),
    };
    let present_stem = present
        .strip_suffix(names::WEAK_PRESENT_ENDINGS)
        .unwrap_or(present);
    forms.extend([
        two(present),
        two(&she),
        format!("{present_stem}{}", names::PRESENT_PLURAL_SUFFIX),
        present.to_string(),
        she,
    ]);
    forms
}

/// The forms of a participle of circumstance whose masculine singular is `base`, as
/// written: he, she, they, the two women (مشيرا، مشيرة، مشيرين، مشيرتين).
pub(crate) fn participle_forms(base: &str) -> [String; 4] {
    [
        format!("{base}{}", names::PARTICIPLE_SINGULAR_ENDING),
        format!("{base}{}", lex::FEMININE_ENDING),
        format!("{base}{}", names::PARTICIPLE_PLURAL_ENDING),
        format!("{base}{}", names::FEMININE_DUAL_ENDING),
    ]
}

/// [`lex::NOT_CUE_FORMS`], normalised by `norm`.
fn not_cue_forms(norm: Norm) -> Vec<String> {
    lex::NOT_CUE_FORMS.iter().map(|w| norm(w)).collect()
}

/// Every conjugated form of the paradigm tables and every form of the participles, as
/// written, with the table's bit, less those that normalise (by `norm`) to one of
/// `not_cues` ([`not_cue_forms`]).
pub(crate) fn paradigm_forms(norm: Norm, not_cues: &[String]) -> Vec<(String, u32)> {
    let verbs = PARADIGM_TABLES.iter().flat_map(|&(verbs, bit)| {
        verbs.iter().flat_map(move |&(past, present)| {
            conjugate(past, present).into_iter().map(move |f| (f, bit))
        })
    });
    let participles = lex::REPORTING_PARTICIPLES
        .iter()
        .flat_map(|base| participle_forms(base).into_iter().map(|f| (f, PARTICIPLES)));
    verbs
        .chain(participles)
        .filter(|(f, _)| !not_cues.contains(&norm(f)))
        .collect()
}

/// The cue tables whose words carry a gender and number, besides the verbs of
/// [`PARADIGM_TABLES`] and the participles.
const CUE_TABLES: &[&[&str]] = &[lex::REPORTING_VERBS, lex::TRANSMIT_VERBS, lex::SAYING_NOUNS];

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
    // سألها، يقاطعها، وصفته: a verb's object pronoun is the object's; the verb before it
    // shows the subject (سألته، تقاطعه: feminine). A saying's pronoun is the speaker's
    // (قولها، قولهم).
    let saying = lex::SAYING_NOUNS.contains(&w);
    if !saying {
        if let Some(verb) = lex::POSSESSIVE_SUFFIXES
            .iter()
            .find_map(|suf| w.strip_suffix(suf))
            .filter(|v| v.chars().nth(2).is_some())
        {
            if verb.ends_with(names::FEMININE_PAST_SUFFIX)
                || verb.starts_with(names::FEMININE_PRESENT_PREFIX)
            {
                bits |= FEMININE;
            }
            if names::PLURAL_VERB_ENDINGS.iter().any(|e| verb.ends_with(e)) {
                bits |= PLURAL;
            }
            return bits;
        }
    }
    if names::FEMININE_CUES.contains(&w)
        || w.ends_with(lex::FEMININE_ENDING)
        || w.ends_with(names::FEMININE_DUAL_ENDING)
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

/// The forms a role or description noun with ة takes before an ending (without ال): with
/// ت before a possessive pronoun (رئيست of رئيستها) and without ة before a plural ending
/// (طالب of طالبات). Other forms are the listed word with the ending cut off.
fn role_forms(norm: Norm) -> TagMap {
    let lists: [&[&str]; 4] = [
        lex::TITLE_NOUNS,
        lex::INSTITUTION_NOUNS,
        names::OFFICE_NOUNS,
        names::DESCRIPTION_NOUNS,
    ];
    let count: usize = lists.iter().map(|l| l.len()).sum();
    let mut map = TagMap::with_capacity(2 * count);
    let mut form = String::new();
    for w in lists.iter().flat_map(|l| l.iter()) {
        let n = &norm(w);
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
fn suffixed_occasions(norm: Norm) -> TagMap {
    suffixed_forms(
        norm,
        &[lex::OCCASION_NOUNS, names::DOCUMENT_NOUNS],
        OCCASIONS,
    )
}

/// Every word of `lists` with a possessive pronoun, a ة written ت before it (كلمته،
/// هويتها), with `bit`.
fn suffixed_forms(norm: Norm, lists: &[&[&str]], bit: u32) -> TagMap {
    let count: usize = lists.iter().map(|l| l.len()).sum();
    let mut map = TagMap::with_capacity(count * lex::POSSESSIVE_SUFFIXES.len());
    let mut form = String::new();
    for w in lists.iter().flat_map(|l| l.iter()) {
        let n = &norm(w);
        let base = n.strip_suffix(lex::FEMININE_ENDING);
        for suf in lex::POSSESSIVE_SUFFIXES {
            form.clear();
            form.push_str(base.unwrap_or(n));
            if base.is_some() {
                form.push(lex::FEMININE_BEFORE_SUFFIX);
            }
            form.push_str(suf);
            map.add(&form, bit);
        }
    }
    map
}

/// The sound plural of every naming noun in ة (مجموعة → مجموعات).
fn naming_plurals(norm: Norm) -> TagMap {
    let mut map = TagMap::with_capacity(lex::NAMING_NOUNS.len() + lex::WORK_NOUNS.len());
    let mut form = String::new();
    for w in lex::NAMING_NOUNS.iter().chain(lex::WORK_NOUNS) {
        if let Some(base) = norm(w).strip_suffix(lex::FEMININE_ENDING) {
            form.clear();
            form.push_str(base);
            form.push_str(names::FEMININE_PLURAL_NOUN_ENDING);
            map.add(&form, NAMING);
        }
    }
    map
}

/// A map of one small table (its words with a nonzero bit).
/// The value of [`Lexicon::parentheses`] for the feminine singular opener (وهي).
pub(crate) const PARENTHESIS_FEMININE: u32 = 2;
/// The value of [`Lexicon::parentheses`] for the masculine singular opener (وهو).
pub(crate) const PARENTHESIS_MASCULINE: u32 = 3;

fn small_map(norm: Norm, words: &[&str]) -> TagMap {
    let mut map = TagMap::with_capacity(words.len());
    for w in words {
        map.add(&norm(w), 1);
    }
    map
}

/// The lexicon, its words normalised by `norm`.
pub(crate) fn build(norm: Norm) -> Lexicon {
    let entries: usize = TABLES.iter().map(|(words, _)| words.len()).sum();
    let not_cues = not_cue_forms(norm);
    let paradigms = paradigm_forms(norm, &not_cues);
    let mut map = TagMap::with_capacity(entries + paradigms.len());
    for &(words, bit) in TABLES {
        for w in words {
            map.add(&norm(w), bit);
        }
    }
    for (w, bit) in &paradigms {
        map.add(&norm(w), *bit);
    }
    let content_ba: Vec<String> = names::CONTENT_BA_VERB_PARADIGMS
        .iter()
        .flat_map(|&(past, present)| conjugate(past, present))
        .map(|w| norm(&w))
        .filter(|w| !not_cues.contains(w))
        .collect();
    let mut ba_verbs = TagMap::with_capacity(names::VERBS_WITH_BA.len() + content_ba.len());
    let mut content_ba_verbs = TagMap::with_capacity(content_ba.len());
    for &(past, present) in names::VERBS_WITH_BA {
        for w in conjugate(past, present) {
            ba_verbs.add(&norm(&w), VERBS);
        }
    }
    for w in &content_ba {
        ba_verbs.add(w, VERBS);
        content_ba_verbs.add(w, 1);
    }
    let mut media = TagMap::with_capacity(names::MEDIA_NOUNS.len());
    for w in names::MEDIA_NOUNS {
        media.add(&norm(w), NAMING);
    }
    for w in names::MEDIA_NOUNS_HEADING_BODIES {
        media.add(&norm(w), TITLES);
    }
    let mut offices = TagMap::with_capacity(names::OFFICE_NOUNS.len());
    for w in names::OFFICE_NOUNS {
        offices.add(&norm(w), TITLES);
    }
    let cue_words = CUE_TABLES.iter().flat_map(|t| t.iter().copied()).chain(
        paradigms
            .iter()
            .filter(|(_, bit)| *bit & (VERBS | PARTICIPLES) != 0)
            .map(|(w, _)| w.as_str()),
    );
    for w in cue_words {
        let w = &norm(w);
        let bits = cue_form_bits(w, &map);
        if bits != 0 {
            map.add(w, bits);
        }
    }
    let pairs: Vec<(Cow<'static, str>, Cow<'static, str>)> = lex::ATTRIBUTION_PAIRS
        .iter()
        .map(|(a, b)| (Cow::Owned(norm(a)), Cow::Owned(norm(b))))
        .collect();
    for (a, _) in &pairs {
        map.add(a, PAIR_FIRST);
    }
    let spelled = TABLES
        .iter()
        .flat_map(|&(words, bit)| words.iter().map(move |w| (*w, bit)))
        .chain(paradigms.iter().map(|(w, bit)| (w.as_str(), *bit)))
        .chain(lex::ATTRIBUTION_PAIRS.iter().map(|(a, _)| (*a, PAIR_FIRST)))
        .filter(|(w, _)| w.ends_with(lex::ALIF_MAQSURA));
    let mut maqsura = TagMap::with_capacity(16);
    let mut maqsura_ids = TagMap::with_capacity(16);
    let mut next_id = 0u32;
    let mut maqsura_bits = 0;
    for (w, bit) in spelled {
        maqsura_bits |= bit;
        let n = &norm(w);
        if maqsura_ids.get(n) == 0 {
            maqsura_ids.add(n, 1 << next_id);
            next_id = (next_id + 1).min(u32::BITS - 1);
        }
        maqsura.add(n, bit);
    }
    let descriptions = map.words().filter(|(_, bits)| bits & DESCRIPTIONS != 0);
    let mut titled =
        TagMap::with_capacity(names::OFFICE_NOUNS.len() + names::DESCRIPTION_NOUNS.len());
    for w in names::OFFICE_NOUNS {
        titled.add(&norm(w), 1);
    }
    for (w, _) in descriptions {
        titled.add(w, 1);
    }
    let text = |w: &str| Cow::Owned(norm(w));
    Lexicon {
        map,
        titled,
        transmit_from: text(lex::TRANSMIT_FROM),
        in_prep: text(lex::IN_PREPOSITION),
        at_prep: text(names::AT_PREPOSITION),
        occasion_with: text(lex::OCCASION_WITH),
        topic: text(lex::TOPIC_PARTICLE),
        stated: text(names::STATED_VERB),
        what: text(names::RELATIVE_WHAT),
        media,
        ba_verbs,
        content_ba_verbs,
        back_references: {
            let mut m = TagMap::with_capacity(
                names::QUOTE_BACK_REFERENCES.len()
                    + names::QUOTE_BACK_DEMONSTRATIVES.len()
                    + names::QUOTE_BACK_NOUNS.len(),
            );
            for (words, bit) in [
                (names::QUOTE_BACK_REFERENCES, BACK_ADVERB),
                (names::QUOTE_BACK_DEMONSTRATIVES, BACK_DEMONSTRATIVE),
                (names::QUOTE_BACK_NOUNS, BACK_NOUN),
            ] {
                for w in words {
                    m.add(&norm(w), bit);
                }
            }
            m
        },
        known_as: small_map(norm, names::KNOWN_AS_WORDS),
        roles: role_forms(norm),
        suffixed_occasions: suffixed_occasions(norm),
        withheld: suffixed_forms(norm, &[names::WITHHELD_NOUNS], 1),
        verbs_also_nouns: small_map(norm, names::VERBS_ALSO_NOUNS),
        partitives: {
            let mut m = small_map(norm, names::PARTITIVE_NOUNS);
            for w in names::FEMININE_PARTITIVES {
                m.add(&norm(w), FEMININE_PARTITIVE);
            }
            m
        },
        after_ala: small_map(norm, names::CIRCUMSTANCES_AFTER_ALA),
        fronted: small_map(norm, names::FRONTED_OPENERS),
        wording: small_map(norm, names::WORDING_NOUNS),
        time_constructs: small_map(norm, names::TIME_CONSTRUCTS),
        naming_plurals: naming_plurals(norm),
        demonstratives: small_map(norm, names::DEMONSTRATIVES),
        generic_persons: small_map(norm, names::GENERIC_PERSON_NOUNS),
        works: {
            // Each work also as written before a pronoun (رواية → روايت+ها).
            let mut m = small_map(norm, lex::WORK_NOUNS);
            for w in lex::WORK_NOUNS {
                if let Some(b) = w.strip_suffix(lex::FEMININE_ENDING) {
                    m.add(&norm(&format!("{b}{}", lex::FEMININE_BEFORE_SUFFIX)), 1);
                }
            }
            m
        },
        parentheses: {
            // 2 for the feminine singular opener, 3 for the masculine, 1 for the others.
            let mut m = TagMap::with_capacity(names::PARENTHESIS_OPENERS.len());
            for w in names::PARENTHESIS_OPENERS {
                let value = if *w == names::FEMININE_PARENTHESIS {
                    PARENTHESIS_FEMININE
                } else if *w == names::MASCULINE_PARENTHESIS {
                    PARENTHESIS_MASCULINE
                } else {
                    1
                };
                m.add(&norm(w), value);
            }
            m
        },
        answers: {
            let mut m = TagMap::with_capacity(
                names::ANSWER_VERBS.len()
                    + names::ASK_VERBS.len()
                    + names::CONTINUATION_VERBS.len()
                    + names::PASSIVE_ASK_VERBS.len(),
            );
            for w in names::ANSWER_VERBS {
                m.add(&norm(w), 1);
            }
            for w in names::ASK_VERBS {
                m.add(&norm(w), 2);
            }
            for w in names::CONTINUATION_VERBS {
                m.add(&norm(w), 4);
            }
            for w in names::PASSIVE_ASK_VERBS {
                m.add(&norm(w), 8);
            }
            m
        },
        compound_seconds: small_map(norm, names::COMPOUND_NAME_SECONDS),
        offices,
        pairs: Cow::Owned(pairs),
        maqsura,
        maqsura_ids,
        maqsura_bits,
        named: small_map(norm, names::NAMED_WORDS),
        issue_verbs: small_map(norm, names::ISSUE_VERBS),
        by_saying: small_map(norm, names::BY_SAYING),
        noun_governors: small_map(norm, names::VERBAL_NOUN_GOVERNORS),
        residence: small_map(norm, names::RESIDENCE_NOUNS),
        constituencies: small_map(norm, names::CONSTITUENCY_NOUNS),
        manner: small_map(norm, names::MANNER_NOUNS),
        time_nouns: small_map(norm, names::TIME_NOUNS),
        manner_participles: small_map(norm, names::MANNER_PARTICIPLE_STEMS),
        bodies: {
            let mut m = small_map(norm, lex::INSTITUTION_NOUNS);
            for w in names::BODY_NOUNS {
                m.add(&norm(w), 1);
            }
            m
        },
        svo_openers: small_map(norm, names::SVO_OPENERS),
        contrast_openers: small_map(norm, names::CONTRAST_OPENERS),
        ordinals: small_map(norm, names::ORDINALS),
        subject_particles: {
            let forms: Vec<String> = names::SUBJECT_CARRYING_PARTICLES
                .iter()
                .flat_map(|p| {
                    names::THIRD_PERSON_SUFFIXES
                        .iter()
                        .map(move |s| format!("{p}{s}"))
                })
                .collect();
            let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
            small_map(norm, &forms)
        },
        in_it: small_map(norm, names::IN_IT),
        name_an_nouns: small_map(norm, names::NAME_AN_NOUNS),
    }
}

impl Lexicon {
    /// Rust items that define `static T: Lexicon` as this lexicon, for `include!` where
    /// `Cow`, `Lexicon`, `TagMap` and `Slot` are in scope.
    pub(crate) fn to_rust(&self) -> String {
        let mut items = String::new();
        let mut fields = String::new();
        let mut map = |name: &str, m: &TagMap| {
            let statics = format!("LEXICON_{}", name.to_uppercase());
            items.push_str(&m.to_rust_statics(&statics));
            let _ = writeln!(fields, "    {name}: {},", m.to_rust_value(&statics));
        };
        map("map", &self.map);
        map("answers", &self.answers);
        map("parentheses", &self.parentheses);
        map("demonstratives", &self.demonstratives);
        map("compound_seconds", &self.compound_seconds);
        map("roles", &self.roles);
        map("suffixed_occasions", &self.suffixed_occasions);
        map("withheld", &self.withheld);
        map("verbs_also_nouns", &self.verbs_also_nouns);
        map("partitives", &self.partitives);
        map("after_ala", &self.after_ala);
        map("fronted", &self.fronted);
        map("generic_persons", &self.generic_persons);
        map("works", &self.works);
        map("wording", &self.wording);
        map("time_constructs", &self.time_constructs);
        map("naming_plurals", &self.naming_plurals);
        map("ba_verbs", &self.ba_verbs);
        map("content_ba_verbs", &self.content_ba_verbs);
        map("back_references", &self.back_references);
        map("known_as", &self.known_as);
        map("media", &self.media);
        map("offices", &self.offices);
        map("titled", &self.titled);
        map("named", &self.named);
        map("residence", &self.residence);
        map("constituencies", &self.constituencies);
        map("manner", &self.manner);
        map("time_nouns", &self.time_nouns);
        map("manner_participles", &self.manner_participles);
        map("bodies", &self.bodies);
        map("svo_openers", &self.svo_openers);
        map("contrast_openers", &self.contrast_openers);
        map("ordinals", &self.ordinals);
        map("subject_particles", &self.subject_particles);
        map("issue_verbs", &self.issue_verbs);
        map("by_saying", &self.by_saying);
        map("noun_governors", &self.noun_governors);
        map("in_it", &self.in_it);
        map("name_an_nouns", &self.name_an_nouns);
        map("maqsura", &self.maqsura);
        map("maqsura_ids", &self.maqsura_ids);
        let mut text = |name: &str, t: &str| {
            let _ = writeln!(fields, "    {name}: Cow::Borrowed({t:?}),");
        };
        text("transmit_from", &self.transmit_from);
        text("in_prep", &self.in_prep);
        text("at_prep", &self.at_prep);
        text("occasion_with", &self.occasion_with);
        text("topic", &self.topic);
        text("what", &self.what);
        text("stated", &self.stated);
        let _ = writeln!(
            items,
            "static LEXICON_PAIRS: [(Cow<'static, str>, Cow<'static, str>); {}] = [",
            self.pairs.len()
        );
        for (a, b) in self.pairs.iter() {
            let _ = writeln!(items, "    (Cow::Borrowed({a:?}), Cow::Borrowed({b:?})),");
        }
        items.push_str("];\n");
        fields.push_str("    pairs: Cow::Borrowed(&LEXICON_PAIRS),\n");
        let _ = writeln!(fields, "    maqsura_bits: {},", self.maqsura_bits);
        format!("{items}\n/// The lexicon, compiled by the build script.\npub(crate) static T: Lexicon = Lexicon {{\n{fields}}};\n")
    }
}
