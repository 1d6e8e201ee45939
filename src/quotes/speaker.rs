//! Who said it: reporting cues (verbs, participles, attribution phrases) with the noun
//! phrase that names their subject, the personal name inside a "title + name" phrase,
//! and subjects written before their verb.

use std::ops::Range;

use super::lexicon_build::{FEMININE_PARTITIVE, PARENTHESIS_FEMININE, PARENTHESIS_MASCULINE};
use super::tokens::{Kind, Tok};
use super::words::{
    ends_like_number, ends_like_pronoun, has, has_chars, in_map_as_noun, in_map_with_conjunction,
    is_arabic_word, is_content_ba_verb, is_cue_word, is_definite, is_lam, is_naming_noun,
    is_occasion, noun_in, noun_stem, without_conjunction, ATTRIBUTION, AUDIENCE, AUXILIARIES,
    CLAUSE_VERBS, CUE_OPENERS, DESCRIPTIONS, DOCUMENTS, DOCUMENT_LINKS, FEMININE, HONORIFICS,
    INTRODUCERS, NAME_PREPS, NAMING, NUMBER_FORM, PARTICIPLES, PARTICLES, PLURAL, RELATIVES,
    ROLE_FORM, SAYINGS, SAYING_FROM, STOPS, T, TITLES, TRANSITIVE, TRANSMIT, VERBS, WITH_LAM,
    WITH_OBJECT,
};
use crate::lexicon::names;
use crate::lexicon::quotes as lex;

/// Longest name in quotes taken as (part of) a speaker (ذكرت «رويترز» أن).
const MAX_QUOTED_SOURCE_WORDS: usize = 4;

/// Longest speaker noun phrase, in words, before it is cut.
const MAX_SUBJECT_WORDS: usize = 14;

/// Most words of a description in a parenthesis after a name (وهو مزارع في الستين من
/// عمره).
const MAX_PARENTHESIS_ROLE_WORDS: usize = 10;

/// The most words of a name or abbreviation in parentheses passed over inside a speaker's
/// phrase (منظمة الأمم المتحدة للطفولة (يونيسف)).
const MAX_PARENTHESIS_WORDS: usize = 3;

/// How many tokens after a transmission verb its عن may come (نقلت صحيفة «الأهرام» عن).
const TRANSMIT_REACH: usize = 8;

/// Longest indefinite noun phrase taken as the subject of a relative-clause verb.
const MAX_RELATIVE_WORDS: usize = 3;

/// Most plain words in a row inside a personal name (يان فان دير بيرغ).
const MAX_NAME_PLAIN_WORDS: usize = 4;

/// Most plain words before a family name with ال when the name has no particle (محمود
/// درويش العلي).
const MAX_PLAIN_BEFORE_FAMILY: usize = 2;

/// Fewest chars of a word of manner: a noun with بـ (بألم) or a participle (مازحا).
const MIN_MANNER_CHARS: usize = 4;

/// Most one-letter proclitics before a body's noun (وللوزارة).
const MAX_PROCLITICS: usize = 2;

/// Most honorifics between a comma and the name in apposition after it (، الدكتور
/// المهندس X،).
const MAX_HONORIFICS_BEFORE_NAME: usize = 2;
/// Most words of a title's prepositional complement before a name in apposition
/// (إلى اليمن، إلى جمهورية مصر العربية).
const TITLE_COMPLEMENT_WORDS: usize = 4;

/// How many comma-separated segments before a verb its subject may span.
const MAX_CLAUSE_SEGMENTS: usize = 4;

/// Most plain words after a particle and the word it governs (أبو بكر سالم الحضرمي).
const MAX_PLAIN_AFTER_PARTICLE: usize = 2;

/// The most words and commas between أما and a colon (أما دوبوا فوجه رسالة إلى جماهير
/// النادي:).
const MAX_TOPIC_CLAUSE_WORDS: usize = 14;

/// Most words of a prepositional tail between a colon cue's subject and the colon
/// (إلى الوزير بالسؤال).
const MAX_PREPOSITIONAL_TAIL: usize = 5;

/// The most words of a fronted adverbial before a sentence's verb (وعلى أطلال دكانه في
/// سوق الحلنقة، وقف …).
const MAX_FRONTED_WORDS: usize = 8;

/// Shortest role phrase in which a closing first name and family name are looked for.
const FALLBACK_MIN_WORDS: usize = 4;

/// Most words of a name whose first part has ال, read in apposition ([`definite_name`]).
const MAX_DEFINITE_NAME_WORDS: usize = 4;
/// Longest appositive (الطبيب الكيني جوزيف أوتينو) read after a title and a comma.
const MAX_APPOSITIVE_WORDS: usize = 8;

/// Most words of the place a title represents (عضو مجلس النواب عن الدائرة الثالثة).
const REPRESENTED_WORDS: usize = 4;

/// Most words after a function word's spelling inside a foreign name (فان | دير بيرغ).
const MAX_FOREIGN_REST: usize = 3;

/// Most words with ال between an introduced person's title and name (للكاتبة المغربية
/// ليلى العلوي).
const MAX_INTRO_DESCRIPTORS: usize = 4;

/// How many words after a document noun its issuer's لـ may come (بيان مشترك لوزارتي).
const ISSUER_REACH: usize = 3;

/// Most speakers remembered for pronoun cues and short mentions.
pub(crate) const MAX_KNOWN: usize = 16;

/// The gender and number a cue or a speaker shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Gender {
    #[default]
    Unknown,
    Masculine,
    Feminine,
    Plural,
}

impl Gender {
    /// `true` when the two may refer to one speaker.
    pub(crate) fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }

    /// `self`, else `other`.
    pub(crate) fn or_known(self, other: Gender) -> Gender {
        self.or(other)
    }

    /// `self`, else `other`.
    fn or(self, other: Gender) -> Gender {
        if self == Gender::Unknown {
            other
        } else {
            self
        }
    }
}

/// A speaker as a phrase names them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Subject {
    /// The name as written, every part; or the description or body when no one is named.
    pub name: String,
    /// The title or role written beside the name.
    pub role: Option<String>,
    pub gender: Gender,
    /// `true` when `name` is a personal name (not a description or a body).
    pub personal: bool,
    /// The titles with ال written before the name (القاضي، الدكتورة، العميد), normalised
    /// and separated by spaces: a later mention by one of them alone refers to the name.
    pub titles: String,
    /// Token index right after the phrase.
    pub end: usize,
}

impl Subject {
    /// A bare name or description.
    pub(crate) fn plain(name: String) -> Subject {
        Subject {
            name,
            ..Subject::default()
        }
    }
}

/// How a cue names its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A finite verb: the subject follows, or is understood from before.
    Verb,
    /// A participle: the subject is the one already named.
    Participle,
    /// An attribution phrase (بحسب، وفق، نقلا عن، على لسان): the source follows.
    Phrase,
}

/// One reporting cue in a paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// Token index of the cue word.
    pub tok: usize,
    /// Char index where the cue begins.
    pub at: usize,
    pub kind: CueKind,
    /// The cue as written (with its و/ف prefix).
    pub text: String,
    /// The speaker named by the cue itself, if any.
    pub subject: Option<Subject>,
    /// The gender and number of the cue word (قالت: feminine; بحسب: unknown).
    pub gender: Gender,
    /// The speaker after resolving pronouns and short mentions.
    pub resolved: Option<Subject>,
}

impl Cue {
    /// The token after the cue's subject and the commas after it, if it names one.
    pub(crate) fn after_subject(&self, toks: &[Tok]) -> Option<usize> {
        let mut k = self.subject.as_ref()?.end;
        while is_comma_at(toks, k) {
            k += 1;
        }
        Some(k)
    }

    /// `true` when reported speech follows the cue's subject (قال X إن، قال X: «…»).
    pub(crate) fn speech_follows(&self, toks: &[Tok]) -> bool {
        if self.kind != CueKind::Verb {
            return false;
        }
        let Some(k) = self.after_subject(toks) else {
            return false;
        };
        toks.get(k).is_some_and(|t| match t.kind {
            Kind::Punct(':') | Kind::Mark => true,
            Kind::Word => t.in_table(INTRODUCERS),
            _ => false,
        })
    }
}

/// The gender and number of an object pronoun (ه: masculine, ها: feminine, هم and
/// هما: plural), or `None` for anything else.
fn pronoun_gender(suffix: &str) -> Option<Gender> {
    if !lex::POSSESSIVE_SUFFIXES.contains(&suffix) {
        None
    } else if suffix == names::FEMININE_PRONOUN_SUFFIX {
        Some(Gender::Feminine)
    } else if suffix.starts_with(names::PLURAL_PRONOUN_SUFFIX) {
        Some(Gender::Plural)
    } else {
        Some(Gender::Masculine)
    }
}

/// The gender and number a cue word shows.
fn cue_gender(t: &Tok, kind: CueKind) -> Gender {
    if t.in_table(FEMININE) {
        Gender::Feminine
    } else if t.in_table(PLURAL) {
        Gender::Plural
    } else if kind == CueKind::Phrase {
        Gender::Unknown
    } else {
        Gender::Masculine
    }
}

/// Finds every reporting cue in the paragraph with the subject it names.
pub(crate) fn cues(toks: &[Tok]) -> Vec<Cue> {
    cues_with(toks, false)
}

/// The cues of a paragraph without quotes: only those that report speech (قال X إن،
/// أكد X أن), the ones that can take the floor.
pub(crate) fn speech_cues(toks: &[Tok]) -> Vec<Cue> {
    // Each reports speech only with an introducer after it: without one, none does.
    let introduced = toks.iter().any(|t| match t.kind {
        Kind::Punct(':') => true,
        Kind::Word => t.in_table(INTRODUCERS),
        _ => false,
    });
    if !introduced {
        return Vec::new();
    }
    cues_with(toks, true)
}

/// `true` when a statement introducer (أن، إن، a colon) follows token `i` in its sentence
/// within the reach of a subject.
fn introducer_follows(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1..)
        .unwrap_or(&[])
        .iter()
        .take(MAX_SUBJECT_WORDS + 2)
        .take_while(|t| !is_sentence_end(t))
        .any(|t| match t.kind {
            Kind::Punct(':') => true,
            Kind::Word => t.in_table(INTRODUCERS),
            _ => false,
        })
}

/// [`cues`]; `speech_only`: only the verbs that report speech. Most words can open no
/// cue: they are passed over by their tables before [`cue_at`] reads one.
fn cues_with(toks: &[Tok], speech_only: bool) -> Vec<Cue> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.is_word() {
            // Only a mark or a colon can lead to a cue; every cue of a paragraph with
            // quotes is read there.
            if !speech_only && matches!(t.kind, Kind::Mark | Kind::Punct(':')) {
                sign_cues(toks, i, &mut out);
            }
            continue;
        }
        // The words [`cue_at`] finds no cue at: neither a cue word, nor (for every cue)
        // a word of the stop table (بالقول) or a word right after ما (ما أكده).
        let candidate =
            t.in_table(CUE_OPENERS) || (!speech_only && (t.is(STOPS) || after_what(toks, i)));
        // (An `if`, not `bool::then`: the cue, a large value, is moved once, when found.)
        if candidate {
            if let Some(c) = cue_at(toks, i, speech_only, &out) {
                out.push(c);
            }
        }
    }
    out
}

/// The cues [`cues_with`] reads at the mark or colon `i` of a paragraph with quotes (not
/// for speech only). Out of line: few tokens are signs, and the loop over every token
/// keeps its registers.
#[inline(never)]
fn sign_cues(toks: &[Tok], i: usize, out: &mut Vec<Cue>) {
    let Some(t) = toks.get(i) else {
        return;
    };
    // «…»، قالها: after a quotation mark and a comma, a verb with a pronoun for the
    // quote, read here (at the mark, rarer than words) when the loop would pass over it.
    let passed_over = |w: &Tok| w.is_word() && !w.in_table(CUE_OPENERS) && !w.is(STOPS);
    if t.kind == Kind::Mark && toks.get(i + 2).is_some_and(passed_over) && after_quote(toks, i + 2)
    {
        if let Some(c) = cue_at(toks, i + 2, false, out) {
            out.push(c);
        }
    }
    // ويقاطعها جارها X: «…»: a colon before a mark may close a clause whose verb is in no
    // table.
    if t.kind == Kind::Punct(':') && toks.get(i + 1).is_some_and(|x| x.kind == Kind::Mark) {
        if let Some(c) = colon_cue(toks, i, out) {
            out.push(c);
        }
    }
}

/// A verb in no table that opens its clause, whose subject, a person it names, runs up
/// to a colon before a quotation mark (ويقاطعها جارها الحاج محمود أبو عيشة: «…»): the
/// colon introduces what the person says, as after قال. Only where no cue of `earlier`
/// stands in the colon's sentence.
fn colon_cue(toks: &[Tok], colon: usize, earlier: &[Cue]) -> Option<Cue> {
    let mut k = colon;
    while k > 0 && toks.get(k - 1).is_some_and(|p| p.is_word()) {
        k -= 1;
        if colon - k > MAX_SUBJECT_WORDS + 1 {
            return None;
        }
    }
    // The clause opens the sentence (or follows a comma of it): no cue before it there.
    let sentence_start = toks
        .get(..k)
        .unwrap_or(&[])
        .iter()
        .rposition(is_sentence_end)
        .map_or(0, |e| e + 1);
    if earlier.last().is_some_and(|c| c.tok >= sentence_start) {
        return None;
    }
    // أما دوبوا فوجه رسالة إلى الجماهير:، أما آل حمود، فيختم حديثه: the topic of أما is
    // the subject of the verb with ف after it, in the clause before the colon.
    // The words are searched for أما first: most clauses have none.
    let amma = (colon.saturating_sub(MAX_TOPIC_CLAUSE_WORDS)..colon)
        .rev()
        .take_while(|&v| {
            toks.get(v)
                .is_some_and(|x| x.is_word() || is_comma_at(toks, v))
        })
        .find(|&v| toks.get(v).is_some_and(|x| x.norm == T.topic.as_ref()));
    let topic = amma.and_then(|a| {
        (a + 2..colon)
            .filter(|&v| {
                toks.get(v)
                    .is_some_and(|x| x.is_word() && x.norm.starts_with(lex::FA))
            })
            .find_map(|v| topic_before(toks, v).map(|s| (v, s)))
    });
    let (k, s) = match topic {
        Some(found) => found,
        None => {
            if k >= colon {
                return None;
            }
            if !opens_with_verb(toks.get(k)?) {
                // المتحدث باسم الجيش: «…»: a sentence that is only its speaker, a title or
                // a name of two words or more, and the colon.
                // Only Arabic words: in other scripts every word is in no table, and any
                // run of them would read as a name.
                if k != sentence_start || !toks.get(k).is_some_and(|h| is_arabic_word(h.norm)) {
                    return None;
                }
                let s = subject_of(toks, k, false, false).filter(|s| {
                    s.end == colon
                        && !s.name.is_empty()
                        && ((s.personal && s.name.contains(' '))
                            || toks.get(k).is_some_and(|h| h.is_word() && is_role_noun(h)))
                })?;
                // No cue word: the speaker and the colon say who speaks.
                return Some(Cue {
                    tok: colon,
                    at: toks.get(colon)?.start,
                    kind: CueKind::Phrase,
                    text: String::new(),
                    gender: s.gender,
                    subject: Some(s),
                    resolved: None,
                });
            }
            if k + 1 >= colon {
                return None;
            }
            let s = subject_of(toks, k + 1, false, false).filter(|s| {
                (s.end == colon || prepositional_tail(toks, s.end, colon))
                    && s.personal
                    && !s.name.is_empty()
            })?;
            (k, s)
        }
    };
    let verb = toks.get(k)?;
    Some(Cue {
        tok: k,
        at: verb.start,
        kind: CueKind::Verb,
        text: verb.text.to_string(),
        gender: s.gender,
        subject: Some(s),
        resolved: None,
    })
}

/// `true` when the words from `from` to the colon at `colon` are a short prepositional
/// tail of the clause (توجهت X إلى الوزير بالسؤال:، تحدث X عن المشروع:): the subject
/// before it still speaks after the colon. (A source after a verb of transmission, نقلت
/// الوكالة عن الوزير:, is found as that verb's cue before this is tried.)
fn prepositional_tail(toks: &[Tok], from: usize, colon: usize) -> bool {
    colon > from
        && colon - from <= MAX_PREPOSITIONAL_TAIL
        && toks.get(from..colon).is_some_and(|tail| {
            tail.iter().all(|x| x.is_word())
                && tail
                    .first()
                    .is_some_and(|p| p.in_table(NAME_PREPS) || with_ba_article(p.norm))
        })
}

/// The topic of أما right before the verb at `v` that its ف opens (أما دوبوا فوجه، أما آل
/// حمود، فيختم): a person or a body named by the phrase after أما, which ends at the
/// verb or at a comma before it.
fn topic_before(toks: &[Tok], v: usize) -> Option<Subject> {
    let verb = toks.get(v)?;
    if !verb.norm.starts_with(lex::FA) {
        return None;
    }
    let end = if v > 0 && is_comma_at(toks, v - 1) {
        v - 1
    } else {
        v
    };
    // أما سلمى العبد الله، وهي أم لطفلين، فكانت: a parenthesis about the topic may stand
    // between it and the verb.
    let parenthesis = |k: usize| {
        is_comma_at(toks, k)
            && toks
                .get(k + 1)
                .is_some_and(|x| x.is_word() && T.parentheses.get(x.norm) != 0)
    };
    // أما خالد العمري، وزير المالية، فاعتبر: so may the topic's role in apposition.
    let topic = (end.saturating_sub(MAX_SUBJECT_WORDS + 1)..end)
        .rev()
        .take_while(|&j| {
            toks.get(j).is_some_and(|x| x.is_word()) || parenthesis(j) || is_comma_at(toks, j)
        })
        .find(|&j| toks.get(j).is_some_and(|x| x.norm == T.topic.as_ref()))?;
    // أما المشروع فوصفه الوزير: a person named after the verb is its subject.
    if toks.get(v + 1).is_some_and(|x| {
        x.is_word() && is_definite(x.norm) && (x.is(HONORIFICS) || is_role_noun(x))
    }) {
        return None;
    }
    // The phrase ends where the verb's clause begins: a person, a body or a title.
    subject(toks.get(..end)?, topic + 1, false).filter(|s| {
        (s.end == end || (s.end < end && parenthesis(s.end)))
            && (s.personal
                || s.role.is_some()
                || toks
                    .get(topic + 1)
                    .is_some_and(|h| h.is_word() && is_role_noun(h)))
    })
}

/// `true` when the word before the verb at `i` is a particle of the إن family with a
/// third-person pronoun (لكنها انتقدت، إنه وصف): the pronoun is the verb's subject.
fn after_subject_pronoun(toks: &[Tok], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    if !p.is_word() {
        return false;
    }
    in_map_with_conjunction(&T.subject_particles, p)
}

/// The cue at word `i` of `toks`, if it is one ([`cues_with`]), after the cues `earlier`
/// in the paragraph.
#[inline(never)]
fn cue_at(toks: &[Tok], i: usize, speech_only: bool, earlier: &[Cue]) -> Option<Cue> {
    let t = toks.get(i)?;
    // افتتح X مرافعته بالقول: a cue after its clause, whose subject it takes.
    // (Every entry is written with بـ: the letter is tested before the table.)
    if !speech_only
        && t.is(STOPS)
        && t.norm.starts_with(names::BA_PREPOSITION)
        && T.by_saying.get(t.norm) != 0
    {
        return Some(Cue {
            tok: i,
            at: t.start,
            kind: CueKind::Participle,
            text: t.text.to_string(),
            subject: None,
            gender: Gender::Unknown,
            resolved: None,
        });
    }
    if !t.in_table(CUE_OPENERS) {
        // وهو ما أكده الوزير: a reporting verb with an object pronoun after ما.
        if !speech_only && is_verb_after_what(toks, i) {
            let subject = subject_of(toks, i + 1, false, false);
            let gender = pronoun_verb_gender(t.norm);
            return Some(Cue {
                tok: i,
                at: t.start,
                kind: CueKind::Verb,
                text: t.text.to_string(),
                subject: subject.map(|mut s| {
                    s.gender = s.gender.or(gender);
                    s
                }),
                gender,
                resolved: None,
            });
        }
        return None;
    }
    if speech_only && !(t.in_table(VERBS | TRANSMIT) && introducer_follows(toks, i)) {
        return None;
    }
    // وهو طالب: after the pronoun of a parenthesis, a noun (طالب), not the verb.
    let after_pronoun = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|p| p.is_word() && T.parentheses.get(p.norm) != 0);
    // وقال طالب: a verb right after a reporting verb is its subject, a noun; so is
    // a cue word right after جاء (جاء رد الحكومة: the reply came).
    let after_verb = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|p| p.is_word() && (p.in_table(VERBS) || is_stated(p.norm)));
    // طلب عدم ذكر اسمه: after a noun of negation, a verbal noun.
    let after_governor = i.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|p| {
        p.is_word()
            && (T.noun_governors.get(p.norm) != 0
                || without_conjunction(p.norm).is_some_and(|r| T.noun_governors.get(r) != 0))
    });
    let n = t.norm;
    let pair_next = toks
        .get(i + 1)
        .filter(|x| x.is_word() && T.pairs.iter().any(|(a, b)| is_pair(n, x.norm, a, b)));
    // وجاء على لسان X: a two-word phrase after the verb is no noun; it names the source.
    if after_pronoun
        || after_governor
        || (after_verb && !t.in_table(PARTICIPLES) && pair_next.is_none())
    {
        return None;
    }
    // The gender of the source a pronoun names (عنه), when the cue names it so.
    let mut source_gender: Option<Gender> = None;
    let found = if pair_next.is_some() {
        Some((CueKind::Phrase, subject(toks, i + 2, false)))
    } else if is_stated(n) && toks.get(i + 1).is_some_and(|x| x.kind != Kind::Word) {
        // وفي بيان صادر عن X، جاء: the document stands before the verb.
        stated_source(toks, i).map(|s| (CueKind::Phrase, Some(s)))
    } else if is_stated(n)
        && toks
            .get(i + 1)
            .is_some_and(|x| x.is_word() && T.in_it.get(x.norm) != 0)
    {
        // أصدرت الرابطة بيانا جاء فيه: the issuer of the document before the verb.
        issued_source(toks, i).map(|s| (CueKind::Phrase, Some(s)))
    } else if t.is(SAYINGS) {
        let floor = i.saturating_sub(TRANSMIT_REACH);
        (floor..i)
            .rev()
            .take_while(|&k| {
                toks.get(k)
                    .is_some_and(|x| x.is_word() || x.kind == Kind::Mark)
            })
            // عن مسؤول رفض الكشف عن اسمه قوله: a noun with a pronoun after عن is no
            // source.
            .find(|&k| {
                toks.get(k).is_some_and(|x| x.is(SAYING_FROM))
                    && !toks.get(k + 1).is_some_and(is_withheld)
            })
            .map(|k| (CueKind::Phrase, subject(toks, k + 1, false)))
    } else if t.in_table(TRANSMIT) {
        // ونقلت عنه الوكالة: عن with a pronoun names the source before the transmitter,
        // the person the pronoun refers to.
        source_gender = toks
            .get(i + 1)
            .filter(|x| x.is_word())
            .and_then(|x| x.norm.strip_prefix(T.transmit_from.as_ref()))
            .and_then(pronoun_gender);
        match transmitted_from(toks, i + 1) {
            _ if source_gender.is_some() => Some((CueKind::Phrase, None)),
            Some(k) => Some((CueKind::Phrase, subject(toks, k + 1, false))),
            None => Some((CueKind::Verb, subject(toks, i + 1, false))),
        }
    } else if t.in_table(VERBS) {
        let transitive = t.in_table(TRANSITIVE);
        // رشا المنصوري، التي تابعت المباراة: after a relative pronoun the verb's
        // subject is the antecedent, and what follows it is its object.
        let after_relative = i
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|p| p.is_word() && p.is(RELATIVES));
        let subject = if after_relative
            || masculine_before_feminine(toks, i)
            || after_subject_pronoun(toks, i)
        {
            None
        } else if let Some(s) = topic_before(toks, i) {
            // أما فيريرا فوصف لاعبه بأنه: the topic is the subject; what follows, the object.
            Some(s)
        } else if let Some(s) =
            parenthesised_subject(toks, i, i.saturating_sub(3 * MAX_SUBJECT_WORDS))
        {
            Some(s)
        } else {
            subject_of(toks, i + 1, false, transitive)
                .filter(|s| !(transitive && addressee_of_earlier(toks, earlier, i, s)))
        };
        Some((CueKind::Verb, subject))
    } else if t.in_table(PARTICIPLES) {
        Some((CueKind::Participle, None))
    } else if t.in_table(ATTRIBUTION) {
        let lam = t.in_table(WITH_LAM);
        // بحسب ما نشرته صحيفة X: the source follows the relative clause's verb.
        let what = toks
            .get(i + 1)
            .is_some_and(|x| x.is_word() && x.norm == T.what.as_ref())
            && toks.get(i + 2).is_some_and(|x| x.is_word());
        let from = if what { i + 3 } else { i + 1 };
        // بحسب ما نقلته الوكالة عن الهيئة: what was passed on is the source's after عن.
        let passed_on = what
            && toks
                .get(i + 2)
                .is_some_and(|v| with_object_pronoun(v.norm, TRANSMIT));
        let source = passed_on.then(|| transmitted_from(toks, from)).flatten();
        Some((
            CueKind::Phrase,
            subject(toks, source.map_or(from, |k| k + 1), lam),
        ))
    } else {
        None
    };
    // مصادر تحدثت إلى الوكالة: a verb that opens a relative clause cues nothing.
    let found =
        found.filter(|(k, s)| !(*k == CueKind::Verb && s.is_none() && t.in_table(CLAUSE_VERBS)));
    if let Some((kind, subject)) = found {
        // A two-word phrase is written whole as its cue (على لسان).
        let text = match pair_next {
            Some(x) => format!("{} {}", t.text, x.text),
            None => t.text.to_string(),
        };
        // A saying noun agrees with its source (قولها); a transmission verb agrees
        // with the transmitter, not with the source after عن.
        let gender = if let Some(g) = source_gender {
            g
        } else if t.is(SAYINGS) || kind != CueKind::Phrase {
            cue_gender(t, kind)
        } else {
            Gender::Unknown
        };
        let subject = subject.map(|mut s| {
            if kind == CueKind::Verb || t.is(SAYINGS) {
                // A verb before its subject agrees in gender, not in number.
                let g = match gender {
                    Gender::Plural => Gender::Plural,
                    g if s.gender == Gender::Plural => g.or(Gender::Plural),
                    g => g,
                };
                s.gender = s.gender.or(g);
                if s.gender == Gender::Masculine && gender == Gender::Feminine {
                    s.gender = Gender::Feminine;
                }
            }
            s
        });
        return Some(Cue {
            tok: i,
            at: t.start,
            kind,
            text,
            subject,
            gender,
            resolved: None,
        });
    }
    None
}

/// `true` when the verb at `i` is masculine and singular and the word after it is a
/// feminine singular title or body with ال (وطالب الحكومة بـ«…»، ويقول الوزارة): a verb
/// before its subject agrees with it in gender, so that word is the object and the
/// subject is the one already speaking.
fn masculine_before_feminine(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    // The word after the verb first: it is seldom a feminine noun with ال.
    let feminine_next = toks.get(i + 1).is_some_and(|x| {
        x.is_word()
            && noun_stem(x.norm).ends_with(lex::FEMININE_ENDING)
            && is_definite(x.norm)
            && noun_in(TITLES | DESCRIPTIONS, x)
            && !x.is(HONORIFICS)
    });
    if !feminine_next {
        return false;
    }
    // A verb with an object pronoun (قاطعته) hides its gender; so does a feminine form
    // whose masculine is in no table (عقبت): the feminine letters are read as well.
    let bare = without_conjunction(t.norm).unwrap_or(t.norm);
    !(t.in_table(FEMININE | PLURAL | WITH_OBJECT)
        || bare.ends_with(names::FEMININE_PAST_SUFFIX)
        || bare.starts_with(names::FEMININE_PRESENT_PREFIX)
        || T.verbs_also_nouns.get(bare) != 0)
}

/// `true` when the phrase `s` after the transitive verb at `i` is the verb's object
/// rather than its subject: a body (no personal name) right before a بـ written apart
/// and a quotation mark, after a verb with و that goes on a sentence whose earlier cue
/// named a speaker of the verb's gender (قالت رئيسة الجمعية …، وناشدت الحكومة بـ«…»).
fn addressee_of_earlier(toks: &[Tok], earlier: &[Cue], i: usize, s: &Subject) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    let ba_quote = toks.get(s.end).is_some_and(|x| {
        x.is_word() && !has_chars(x.norm, 2) && x.norm.starts_with(names::BA_PREPOSITION)
    }) && toks.get(s.end + 1).is_some_and(|x| x.kind == Kind::Mark);
    if s.personal || !ba_quote || without_conjunction(t.norm).is_none() {
        return false;
    }
    let gender = cue_gender(t, CueKind::Verb);
    earlier.last().is_some_and(|c| {
        let same_sentence = !toks
            .get(c.tok..i)
            .unwrap_or(&[])
            .iter()
            .any(is_sentence_end);
        same_sentence
            && c.kind == CueKind::Verb
            && c.subject
                .as_ref()
                .is_some_and(|e| e.personal && e.gender == gender)
    })
}

/// `true` for a reporting verb with an object pronoun right after ما (ما أكده، ما
/// ذكرته), or right after a quote and its comma, the pronoun standing for the quote
/// («…»، قالها أبو علي).
fn is_verb_after_what(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    (after_what(toks, i) || after_quote(toks, i)) && with_object_pronoun(t.norm, VERBS)
}

/// `true` when word `i` of `toks` comes right after a quotation mark and a comma.
pub(crate) fn after_quote(toks: &[Tok], i: usize) -> bool {
    i.checked_sub(2).and_then(|k| toks.get(k..i)).is_some_and(
        |w| matches!(w, [m, c] if m.kind == Kind::Mark && matches!(c.kind, Kind::Punct(',' | '،'))),
    )
}

/// The gender of a verb written with an object pronoun (أكده، ذكرته، قالتها): feminine
/// when the verb before the pronoun ends with the feminine ت.
fn pronoun_verb_gender(n: &str) -> Gender {
    if before_pronoun(n).any(|v| v.ends_with(names::FEMININE_PAST_SUFFIX)) {
        Gender::Feminine
    } else {
        Gender::Masculine
    }
}

/// `true` when `n` is a verb of `tables` (two chars or more) with an object pronoun
/// (أكده، نقلته).
fn with_object_pronoun(n: &str, tables: u32) -> bool {
    before_pronoun(n).any(|v| v.chars().nth(1).is_some() && has(v, tables))
}

/// What is left of `n` without each object pronoun it ends with (ذكرتها → ذكرت).
fn before_pronoun(n: &str) -> impl Iterator<Item = &str> {
    lex::POSSESSIVE_SUFFIXES
        .iter()
        .filter_map(move |suf| n.strip_suffix(suf))
}

/// Where عن introduces the source of what a transmission verb passed on (نقلت الوكالة
/// عن الهيئة): its token, within [`TRANSMIT_REACH`] tokens from `from` in the sentence.
fn transmitted_from(toks: &[Tok], from: usize) -> Option<usize> {
    (from..toks.len().min(from + TRANSMIT_REACH))
        .take_while(|&k| toks.get(k).is_some_and(|x| !is_sentence_end(x)))
        .find(|&k| {
            toks.get(k)
                .is_some_and(|x| x.norm == T.transmit_from.as_ref())
        })
}

/// `true` when word `i` of `toks` comes right after ما.
fn after_what(toks: &[Tok], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|w| w.is_word() && w.norm == T.what.as_ref())
}

/// `true` for a word whose last letter may be an object pronoun's (ه، ها، هم، هما).
fn ends_with_pronoun_letter(n: &str) -> bool {
    ends_like_pronoun(n) && lex::POSSESSIVE_SUFFIXES.iter().any(|s| n.ends_with(s))
}

/// `true` for a link between a document and its issuer (صادر، أعدته), or a verb of issuing
/// with an object pronoun (أجرتها، وزعته).
fn is_issuing_link(x: &Tok) -> bool {
    x.is(DOCUMENT_LINKS)
        || before_pronoun(x.norm).any(|v| has_chars(v, 3) && T.issue_verbs.get(v) != 0)
}

/// `true` for a relative pronoun (الذي، التي).
pub(crate) fn is_relative(t: &Tok) -> bool {
    t.is_word() && t.is(RELATIVES)
}

/// The person the verb of asking at token `verb` addresses, named right after its subject,
/// whose phrase the cue read up to token `end` (سألت الصحيفة الوزيرة عن الخطة): the one who
/// answers.
pub(crate) fn addressee(toks: &[Tok], verb: usize, end: usize) -> Option<Subject> {
    // سألها X: the verb names the one asked itself.
    if toks.get(verb).and_then(asked_pronoun).is_some() {
        return None;
    }
    // The subject's phrase ran on into the object: where the object starts.
    let pieces: Vec<Piece> = (verb + 1..end)
        .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word()))
        .map(Piece::one)
        .collect();
    let at = object_start(toks, &pieces)
        .and_then(|k| pieces.get(k))
        .map_or(end, |p| p.first);
    let t = toks.get(at)?;
    if !t.is_word() || t.in_table(STOPS | NAME_PREPS | INTRODUCERS | CUE_OPENERS) {
        return None;
    }
    subject(toks, at, false)
}

/// The gender of the object pronoun of a verb of asking (سألها: feminine; سأله: masculine),
/// the person asked; `None` for any other word.
pub(crate) fn asked_pronoun(t: &Tok) -> Option<Gender> {
    if !is_question(t) {
        return None;
    }
    let n = without_conjunction(t.norm).unwrap_or(t.norm);
    lex::POSSESSIVE_SUFFIXES
        .iter()
        .filter(|suf| n.strip_suffix(*suf).is_some_and(|v| has_chars(v, 3)))
        .find_map(|suf| pronoun_gender(suf))
}

/// The one a verb of being asked names in the sentence of the answer at token `cue` (وفي
/// حديث للقناة، سئل الوزير عما إذا …، فرد): the one who answers.
pub(crate) fn asked_in_passive(toks: &[Tok], cue: usize, floor: usize) -> Option<Subject> {
    let passive = |t: &Tok| {
        T.answers.get(t.norm) & 8 != 0
            || without_conjunction(t.norm).is_some_and(|r| T.answers.get(r) & 8 != 0)
    };
    let start = sentence_start(toks, cue, floor, |_| false);
    let k = (start..cue)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.is_word() && passive(t)))?;
    // سئل عن ركلة الجزاء، فأجاب: asked with no one named, the one the sentence before
    // named (أما قائد الفريق، X، فلم يخف غضبه).
    if toks
        .get(k + 1)
        .is_some_and(|t| t.is_word() && t.is(NAME_PREPS))
    {
        return subject_of_sentence_before(toks, start, floor);
    }
    subject(toks, k + 1, false).filter(|s| s.end <= cue)
}

/// How many words of a body's phrase are its name: up to a preposition written apart
/// (المركز الوطني في الكويت), unless في opens another body it belongs to (لجنة الصحة
/// والبيئة في مجلس النواب العراقي).
pub(crate) fn body_name_words(name: &str) -> usize {
    let words: Vec<&str> = name.split(' ').collect();
    let mut k = 0;
    while let Some(w) = words.get(k) {
        if lex::NAME_PREPOSITIONS.contains(w) {
            let inside = *w == T.in_prep.as_ref()
                && words
                    .get(k + 1)
                    .is_some_and(|b| T.bodies.get(&super::tokens::norm(b)) != 0);
            if !inside {
                break;
            }
        }
        k += 1;
    }
    k
}

/// `true` for a reporting verb that takes an object after its subject (دعا، طالب).
pub(crate) fn is_transitive(t: &Tok) -> bool {
    t.in_table(TRANSITIVE)
}

/// `true` when the cue word is a verb of answering (أجاب، ردت).
pub(crate) fn is_answer(t: &Tok) -> bool {
    T.answers.get(t.norm) & 1 != 0
        || without_conjunction(t.norm).is_some_and(|r| T.answers.get(r) & 1 != 0)
}

/// سألنا آل عيسى عن نسب النجاح، فقال: the one the writer asked in the sentence of the
/// cue at `cue`, a verb of asking in the first person plural with the one asked after it.
pub(crate) fn asked_by_writer(toks: &[Tok], cue: usize, floor: usize) -> Option<Subject> {
    let verb = (floor..cue)
        .rev()
        .take_while(|&k| toks.get(k).is_some_and(|t| !is_sentence_end(t)))
        .find(|&k| {
            // The ending first: most words do not end with نا.
            toks.get(k).is_some_and(|t| {
                t.norm.ends_with(names::OUR_SUFFIX) && t.is_word() && is_question(t)
            })
        })?;
    subject(toks, verb + 1, false).filter(|s| s.personal && s.end <= cue)
}

/// `true` when the cue word is a verb of asking (سأل، تساءلت).
pub(crate) fn is_question(t: &Tok) -> bool {
    T.answers.get(t.norm) & 2 != 0
        || without_conjunction(t.norm).is_some_and(|r| T.answers.get(r) & 2 != 0)
}

/// `true` when the cue word is a verb that continues a statement (وأضاف، تابعت).
pub(crate) fn is_continuation(t: &Tok) -> bool {
    T.answers.get(t.norm) & 4 != 0
        || without_conjunction(t.norm).is_some_and(|r| T.answers.get(r) & 4 != 0)
}

/// Most words of a title alone with its adjectives (الرجل الأربعيني).
const MAX_BARE_TITLE_WORDS: usize = 3;

/// `true` when `s` has the shape of a title alone: words with ال (a noun and its
/// adjectives), no name, no role.
pub(crate) fn is_definite_words(s: &Subject) -> bool {
    if s.personal || s.role.is_some() || !s.name.starts_with(lex::DEFINITE_ARTICLE) {
        return false;
    }
    let mut words = 0;
    for w in s.name.split(' ') {
        words += 1;
        if words > MAX_BARE_TITLE_WORDS || !w.starts_with(lex::DEFINITE_ARTICLE) {
            return false;
        }
    }
    true
}

/// `true` when the phrase is one noun for any man or woman with ال (الرجل، السيدة).
pub(crate) fn is_generic_person(s: &Subject) -> bool {
    !s.personal
        && s.role.is_none()
        && !s.name.contains(' ')
        && s.name
            .strip_prefix(lex::DEFINITE_ARTICLE)
            .is_some_and(|st| T.generic_persons.get(&super::tokens::norm(st)) != 0)
}

/// `true` when `s` is one word with ال and no name or role (الصائغ), which may name again
/// a description by its head ([`repeats_head`]).
pub(crate) fn is_definite_head(s: &Subject) -> bool {
    !s.personal
        && s.role.is_none()
        && !s.name.contains(' ')
        && s.name.starts_with(lex::DEFINITE_ARTICLE)
}

/// `true` when the one word with ال of `s` (الصائغ) is the head of the description `d`
/// names (صائغ في الخمسين من عمره).
pub(crate) fn repeats_head(s: &Subject, d: &Subject) -> bool {
    let head = d.name.split(' ').next().unwrap_or_default();
    !d.personal
        && d.role.is_none()
        && s.name
            .strip_prefix(lex::DEFINITE_ARTICLE)
            .is_some_and(|st| {
                has_chars(st, 2) && super::tokens::norm(st) == super::tokens::norm(head)
            })
}

/// `true` when a role's first word, with or without ال, is a title or a description
/// (نقيب أصحاب المخابز، المدرب الوطني), not a word a wrong reading took for one.
pub(crate) fn is_titled_role(role: &str) -> bool {
    role.split(' ').next().is_some_and(|w| {
        let w = super::tokens::norm(w);
        let st = w.strip_prefix(lex::DEFINITE_ARTICLE).unwrap_or(&w);
        T.titled.get(st) != 0
    })
}

/// `true` when the first word of `s`, without ال, is a title or a description
/// (المدرب، الخبيرة، الرجل الأربعيني); with [`is_definite_words`], a title alone.
pub(crate) fn has_titled_head(s: &Subject) -> bool {
    s.name
        .split(' ')
        .next()
        .and_then(|w| w.strip_prefix(lex::DEFINITE_ARTICLE))
        .is_some_and(|st| T.titled.get(&super::tokens::norm(st)) != 0)
}

/// `true` when the first word of `s` (without ال) is a title, a description or a body
/// (الوزير، مزارع، الوزارة): the subject names someone who can speak, not a thing
/// (التحقيقات، الأرقام).
pub(crate) fn names_speaker(s: &Subject) -> bool {
    s.personal
        || s.role.is_some()
        || s.name.split(' ').next().is_some_and(|w| {
            let w = super::tokens::norm(w);
            let st = w.strip_prefix(lex::DEFINITE_ARTICLE).unwrap_or(&w);
            has(st, TITLES | DESCRIPTIONS | DOCUMENTS | NAMING) || T.media.get(st) != 0
        })
}

/// `true` for جاء with or without its conjunction.
fn is_stated(n: &str) -> bool {
    n == T.stated.as_ref() || without_conjunction(n) == Some(T.stated.as_ref())
}

/// The issuer of the document named before جاء in its sentence (وفي بيان صادر عن X، جاء).
fn stated_source(toks: &[Tok], cue: usize) -> Option<Subject> {
    let floor = cue.saturating_sub(MAX_SUBJECT_WORDS);
    let mut k = cue;
    while k > floor {
        k -= 1;
        let t = toks.get(k)?;
        if is_sentence_end(t) {
            return None;
        }
        if t.is_word() && noun_in(DOCUMENTS, t) && !is_definite(t.norm) {
            let mut s = subject(toks, k, false)?;
            s.end = cue;
            return Some(s);
        }
    }
    None
}

/// The source of جاء فيه at token `cue`: the subject of the verb that issued the document
/// named before it in its sentence (أصدرت رابطة الأندية بيانا مساء السبت جاء فيه), else
/// the document itself.
fn issued_source(toks: &[Tok], cue: usize) -> Option<Subject> {
    let floor = cue.saturating_sub(MAX_SUBJECT_WORDS);
    let in_sentence = |k: &usize| !toks.get(*k).is_some_and(is_sentence_end);
    let doc = (floor..cue).rev().take_while(in_sentence).find(|&k| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && (noun_in(DOCUMENTS, t)
                    || t.norm
                        .strip_suffix(names::ACCUSATIVE_ALIF)
                        .is_some_and(|b| has(b, DOCUMENTS)))
        })
    })?;
    // تلا الجبوري بيانا للوزارة جاء فيه: a body with لـ right after the document issued it.
    let of_body = toks.get(doc + 1).filter(|x| x.is_word()).and_then(|x| {
        let rest = x.norm.strip_prefix(lex::LAM)?;
        let noun = rest.strip_prefix(lex::LAM).unwrap_or(rest);
        (noun.chars().nth(2).is_some() && has(noun, TITLES)).then_some(doc + 1)
    });
    // تقرير لمكتب الأمم المتحدة … صدر الشهر الماضي، جاء فيه: the body's name ends at a
    // link (صدر، الصادر).
    let until = (doc + 1..cue)
        .find(|&k| {
            toks.get(k)
                .is_some_and(|x| x.is_word() && x.is(DOCUMENT_LINKS))
        })
        .unwrap_or(cue);
    if let Some(mut s) = of_body.and_then(|k| subject(toks.get(..until)?, k, true)) {
        s.end = cue;
        return Some(s);
    }
    let issuer = (floor..doc)
        .rev()
        .take_while(in_sentence)
        .find(|&k| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && (T.issue_verbs.get(t.norm) != 0
                        || without_conjunction(t.norm).is_some_and(|r| T.issue_verbs.get(r) != 0))
            })
        })
        .and_then(|v| subject_of(toks, v + 1, false, true))
        .filter(|s| !s.name.is_empty() && s.end <= cue + 1);
    let mut s = match issuer {
        Some(s) => s,
        None => subject(toks, doc, false)?,
    };
    s.end = cue;
    Some(s)
}

/// `true` when the words `n`, `next` are the pair `a b` (the first maybe with its
/// conjunction).
fn is_pair(n: &str, next: &str, a: &str, b: &str) -> bool {
    (n == a || without_conjunction(n) == Some(a)) && next == b
}

/// The subject noun phrase starting at token `from`, or `None` when the cue has none
/// (a pronoun subject). `lam`: the phrase may open with لـ (وفقا لـ …), which is dropped.
fn subject(toks: &[Tok], from: usize, lam: bool) -> Option<Subject> {
    subject_of(toks, from, lam, false)
}

/// A word of a phrase: one token, or several joined by hyphens (جان-بيير).
#[derive(Debug, Clone, Copy)]
struct Piece {
    first: usize,
    last: usize,
}

impl Piece {
    fn one(k: usize) -> Piece {
        Piece { first: k, last: k }
    }

    fn hyphenated(&self) -> bool {
        self.last > self.first
    }
}

/// The first token of a piece.
fn tok<'t, 'a>(toks: &'t [Tok<'a>], p: &Piece) -> Option<&'t Tok<'a>> {
    toks.get(p.first)
}

/// `true` when the last piece is a name particle (بن، أبو), which governs the next word
/// whatever it is (بن علي، آل علي).
fn after_particle(toks: &[Tok], pieces: &[Piece]) -> bool {
    pieces
        .last()
        .filter(|p| !p.hyphenated())
        .and_then(|p| tok(toks, p))
        .is_some_and(|t| t.is(PARTICLES))
}

/// `true` when the piece is one word that opens with one of `letters` (a proclitic such
/// as لـ or و, or a name's first letter).
fn opens_with(toks: &[Tok], p: Option<&Piece>, letters: &[char]) -> bool {
    p.filter(|p| !p.hyphenated())
        .and_then(|p| tok(toks, p))
        .is_some_and(|t| t.norm.starts_with(letters))
}

/// `true` when the hyphen at token `k` joins the words on each side without a space.
fn glued(toks: &[Tok], k: usize) -> bool {
    let (Some(prev), Some(h), Some(next)) = (
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k),
        toks.get(k + 1),
    ) else {
        return false;
    };
    prev.is_word() && next.is_word() && prev.end == h.start && h.end == next.start
}

/// How the first word of an output phrase loses its لـ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lam {
    Keep,
    /// لـ dropped: لمؤسسة → مؤسسة.
    Drop,
    /// لل read as ال: للوزارة → الوزارة.
    Article,
}

/// The pieces as written, joined by spaces (tatweel dropped where a لـ was cut off).
fn join(toks: &[Tok], pieces: &[Piece], lam: Lam) -> String {
    // Room for the words and a space after each piece: the name written whole at once
    // (an article put back takes no more bytes than the letter it replaces). A piece's
    // words stand in order in the paragraph, so the bytes from its first word's start to
    // its last word's end hold them.
    let bytes: usize = pieces
        .iter()
        .map(|p| match (toks.get(p.first), toks.get(p.last)) {
            (Some(a), Some(b)) => (b.byte + b.text.len()).saturating_sub(a.byte) + 1,
            _ => 1,
        })
        .sum();
    let mut out = String::with_capacity(bytes);
    for (k, p) in pieces.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        for i in p.first..=p.last {
            let Some(t) = toks.get(i) else {
                continue;
            };
            if k == 0 && i == p.first && lam != Lam::Keep {
                let rest = t.text.chars().skip(1).filter(|c| *c != '\u{0640}');
                if lam == Lam::Article {
                    out.push_str(lex::DEFINITE_ARTICLE);
                    out.extend(rest.skip(1));
                } else {
                    out.extend(rest);
                }
            } else {
                out.push_str(t.text);
            }
        }
    }
    out
}

/// `true` for a word that ends a subject once it has begun: a circumstantial participle
/// (مبتسما), a preposition written with the article (بالمهاجم), or an occasion or
/// document with a pronoun (في كلمته، حديثه).
fn ends_phrase(t: &Tok) -> bool {
    let n = t.norm;
    if is_hal(n) {
        return true;
    }
    T.suffixed_occasions.get(n) != 0
}

/// `true` for an adverb by its shape (هاتفيا، رسميا، ساخرا، غاضبا): it ends a personal
/// name of two words or more.
fn is_adverb_shape(n: &str) -> bool {
    // Both shapes end with ا.
    if !n.ends_with(names::ACTIVE_PARTICIPLE_ALIF) {
        return false;
    }
    let len = n.chars().count();
    let nisba = len >= names::NISBA_ADVERB_MIN_CHARS && n.ends_with(names::NISBA_ADVERB_ENDING);
    let participle = len == names::ACTIVE_PARTICIPLE_CHARS
        && n.chars().nth(1) == Some(names::ACTIVE_PARTICIPLE_ALIF)
        && n.ends_with(names::ACTIVE_PARTICIPLE_ALIF);
    nisba || participle
}

/// `true` for an active participle of the first form used as an adverb of manner
/// (ضاحكا، ساخرا، غاضبا), by its shape; not before a final يا (رانيا، دانيا: names).
/// The final alif is tested first, from the bytes; the chars are counted only then.
fn is_participle_adverb(n: &str) -> bool {
    let Some(stem) = n.strip_suffix(names::ACTIVE_PARTICIPLE_ALIF) else {
        return false;
    };
    !stem.ends_with(lex::FINAL_YA)
        && n.chars().nth(1) == Some(names::ACTIVE_PARTICIPLE_ALIF)
        && n.chars().count() == names::ACTIVE_PARTICIPLE_CHARS
}

/// `true` for a preposition or an adverb of place or time with a possessive pronoun
/// (أمامهم، لديه، عليها، بعدها): it opens no subject.
fn stop_with_pronoun(n: &str) -> bool {
    lex::POSSESSIVE_SUFFIXES.iter().any(|s| {
        n.strip_suffix(s)
            .is_some_and(|b| has_chars(b, 2) && has(b, STOPS | NAME_PREPS))
    })
}

/// `true` when token `k` is a participle with ال (المدعى، المحكوم) and token `k + 1`
/// (`at`) a preposition with a pronoun that completes it (عليهم، إليه): one term, the
/// defendants, the one referred to.
fn participle_with_complement(toks: &[Tok], k: usize, at: usize) -> bool {
    at == k + 1
        && toks.get(k).is_some_and(|p| {
            p.is_word()
                && p.norm.starts_with(names::DEFINITE_PARTICIPLE_PREFIX)
                && has_chars(p.norm, 5)
        })
        && toks.get(at).is_some_and(|t| {
            t.is_word()
                && lex::POSSESSIVE_SUFFIXES.iter().any(|s| {
                    t.norm
                        .strip_suffix(s)
                        .is_some_and(|b| names::PARTICIPLE_PREPOSITIONS.contains(&b))
                })
        })
}

/// `true` for a word with a preposition and the article (بالمهاجم، كالعادة).
fn with_ba_article(n: &str) -> bool {
    names::PREFIXED_PREPOSITION_ARTICLES
        .iter()
        .any(|p| n.starts_with(p) && n.len() > p.len() + 2)
}

/// `true` for a noun with بـ at token `i` in construct with a definite noun, a title or a
/// partitive (بدعم رئيس النادي، بقضية أحد موكليها): after a verb whose object takes بـ,
/// that object, never a name's next part.
fn ba_construct(toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.norm.starts_with(names::BA_PREPOSITION) && has_chars(t.norm, 4))
        && toks.get(i + 1).is_some_and(|x| {
            x.is_word() && (is_definite(x.norm) || is_role_noun(x) || T.partitives.get(x.norm) != 0)
        })
}

/// `true` for a role noun with بـ and no article (بصانع، بمدربة): the object of a verb
/// whose object takes بـ.
fn ba_role(n: &str) -> bool {
    n.strip_prefix(names::BA_PREPOSITION)
        .is_some_and(|r| r.chars().nth(2).is_some() && has(r, TITLES | DESCRIPTIONS))
}

/// `true` for a noun of manner with بـ (بحدة، بابتسامة), see [`names::MANNER_NOUNS`], or
/// a participle of manner (ضاحكة، مازحا), see [`names::MANNER_PARTICIPLE_STEMS`].
fn is_manner(n: &str) -> bool {
    // A noun of manner opens with بـ and a participle ends with one of its endings: a
    // word with neither is no manner, passed over before its chars are counted.
    let noun = n.strip_prefix(names::BA_PREPOSITION);
    let participle = without_last_of(n, names::MANNER_PARTICIPLE_ENDINGS);
    if noun.is_none() && participle.is_none() {
        return false;
    }
    // Both are indefinite and four letters or more.
    if !has_chars(n, MIN_MANNER_CHARS) || is_definite(n) {
        return false;
    }
    noun.is_some_and(|r| T.manner.get(r) != 0)
        || participle.is_some_and(|r| T.manner_participles.get(r) != 0)
}

/// `n.strip_suffix(endings)`: the word without its last char when that char is one of
/// `endings`. The last char is decoded once and looked up, where a slice of chars as a
/// pattern runs a general searcher from the end.
#[inline]
fn without_last_of<'n>(n: &'n str, endings: &[char]) -> Option<&'n str> {
    let last = n.chars().next_back().filter(|c| endings.contains(c))?;
    n.get(..n.len() - last.len_utf8())
}

/// `true` for a circumstantial participle (مبتسما، متأثرا).
fn is_hal(n: &str) -> bool {
    n.starts_with(names::HAL_PREFIX)
        && n.ends_with(names::HAL_ENDING)
        && has_chars(n, names::HAL_MIN_CHARS)
}

/// `true` for a present-tense verb after an indefinite description (رجل يقف); after a
/// feminine one (`feminine`), also with the feminine prefix (امرأة نازحة تحمل رضيعها).
/// `feminine` is asked only for a word with the feminine prefix.
fn is_present_verb(t: &Tok, feminine: impl FnOnce() -> bool) -> bool {
    let n = t.norm;
    // A noun in the shape of a present verb opens with ت (is_tafail_plural), read last.
    (n.starts_with(names::PRESENT_PREFIX)
        || (n.starts_with(names::FEMININE_PRESENT_PREFIX)
            && feminine()
            && !is_role_noun(t)
            && !is_tafail_plural(n)))
        && has_chars(n, 4)
        && !names::NISBA_ENDINGS.iter().any(|e| n.ends_with(e))
}

/// `true` for a broken plural of the shape تفاعيل (تلاميذ، تقارير، تفاصيل), which opens
/// with the letter of a present verb but is a noun. Its letters are Arabic, two bytes
/// each: any other length is tested without reading a char. Out of line: few words reach
/// it.
#[inline(never)]
fn is_tafail_plural(n: &str) -> bool {
    let mut c = n.chars();
    n.len() == 2 * names::TAFAIL_CHARS
        && c.next() == Some(names::TAFIL_FIRST)
        && c.nth(1) == Some(names::OPENING_ALIF)
        && c.nth(1) == Some(names::TAFIL_VOWEL)
}

/// `true` for the word at `k` when its ending makes it a verb that agrees with the
/// indefinite description opening the phrase `words`, so that it opens a relative clause
/// about it: a plural verb after any description (مشجعون غاضبون تجمعوا، متطوعون شباب
/// يوزعون), a feminine plural one after a feminine plural (طالبات من الكلية حضرن), a
/// feminine past one (not a plural noun in ات, سيدات) after a feminine singular, when a
/// complement follows it that does not end a name (مواطنة اتصلت بالبرنامج).
fn agreeing_clause_verb(toks: &[Tok], words: &[Piece], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let n = t.norm;
    // The verb's shape first: most words end with none of these letters.
    let shaped = names::PLURAL_VERB_ENDINGS.iter().any(|e| n.ends_with(e))
        || n.ends_with(names::FEMININE_PLURAL_VERB_ENDING)
        || n.ends_with(names::FEMININE_PAST_SUFFIX);
    if !shaped
        || !has_chars(n, names::MIN_CLAUSE_VERB_CHARS)
        || is_definite(n)
        || t.is(PARTICLES)
        || is_role_noun(t)
    {
        return false;
    }
    let Some(head) = words
        .first()
        .and_then(|w| tok(toks, w))
        .filter(|h| !is_definite(h.norm) && is_role_noun(h))
    else {
        return false;
    };
    let present =
        n.starts_with(names::PRESENT_PREFIX) || n.starts_with(names::FEMININE_PRESENT_PREFIX);
    // سفير بلجيكا في الأردن هيرفيه دوبوا إن: a word shaped like a plural verb right
    // before the statement's introducer ends a name; a verb there would have its
    // complement.
    let before_introducer = || {
        toks.get(k + 1)
            .is_some_and(|x| x.is_word() && x.in_table(INTRODUCERS))
    };
    let plural = names::PLURAL_VERB_ENDINGS
        .iter()
        .any(|e| n.ends_with(e) && (present || !e.ends_with(names::FEMININE_PLURAL_VERB_ENDING)))
        && !before_introducer();
    let h = without_article(head.norm);
    let feminine_plural = h.ends_with(names::FEMININE_PLURAL_NOUN_ENDING)
        && n.ends_with(names::FEMININE_PLURAL_VERB_ENDING);
    let feminine_past = h.ends_with(lex::FEMININE_ENDING)
        && n.ends_with(names::FEMININE_PAST_SUFFIX)
        && !n.ends_with(names::FEMININE_PLURAL_NOUN_ENDING)
        && toks.get(k + 1).is_some_and(|x| x.is_word())
        && !name_not_verb(toks, k);
    plural || feminine_plural || feminine_past
}

/// `true` when the word at `k`, shaped like a present-tense verb after a description
/// (مهاجم شاب يوسف ناصر), opens a name: a particle follows it (يحيى بن سالم), or one
/// plain word that can end a name and then the end of the phrase (a punctuation sign, a
/// quotation mark, a statement introducer). A verb has its object or complement there
/// (رجل يقف أمام، يحمل طفلا، يتابع الشاشات).
fn name_not_verb(toks: &[Tok], k: usize) -> bool {
    let Some(next) = toks.get(k + 1).filter(|t| t.is_word()) else {
        return false;
    };
    if next.is(PARTICLES) {
        return true;
    }
    let n = next.norm;
    let plain = !is_definite(n)
        && !n.ends_with(names::ACTIVE_PARTICIPLE_ALIF)
        && !n.ends_with(lex::FEMININE_ENDING)
        && starts_name(toks, &Piece::one(k + 1));
    plain
        && toks.get(k + 2).is_none_or(|t| match t.kind {
            Kind::Punct(_) | Kind::Mark => true,
            Kind::Word => t.in_table(INTRODUCERS),
        })
}

/// `true` for a noun of a role or a description (وزير، الوزيرة، مصدر، محاميه).
fn is_role_noun(t: &Tok) -> bool {
    noun_in(TITLES | DESCRIPTIONS, t) || role_with_ending(t.norm, true)
}

/// `true` when the word is a role noun with an ending (without ال): a possessive pronoun
/// (محاميه، رئيستها) when `suffixes`, or a dual or sound plural ending (مسؤولان،
/// المسؤولون، طالبات).
fn role_with_ending(n: &str, suffixes: bool) -> bool {
    let n = without_article(n);
    let listed = |b: &str, form: u32| {
        b.chars().nth(1).is_some() && (has(b, TITLES | DESCRIPTIONS) || T.roles.get(b) & form != 0)
    };
    let suffixed = || {
        ends_like_pronoun(n)
            && lex::POSSESSIVE_SUFFIXES
                .iter()
                .any(|s| n.strip_suffix(s).is_some_and(|b| listed(b, ROLE_FORM)))
    };
    // The stem of a noun in ة (سلط of سلطة) takes only the feminine plural (سلطات): its
    // dual is written with ت (سلطتان), so سلطان is a name.
    let numbered = ends_like_number(n)
        && names::NUMBER_ENDINGS.iter().any(|e| {
            n.strip_suffix(e).is_some_and(|b| {
                if *e == names::FEMININE_PLURAL_NOUN_ENDING {
                    listed(b, NUMBER_FORM)
                } else {
                    listed(b, 0)
                }
            })
        });
    numbered || (suffixes && suffixed())
}

/// `true` when the word is a dual or sound plural of a role noun (مسؤولان، المسؤولون).
fn is_number_form(n: &str) -> bool {
    role_with_ending(n, false)
}

/// The word without ال (when two chars or more are left).
fn without_article(n: &str) -> &str {
    n.strip_prefix(lex::DEFINITE_ARTICLE)
        .filter(|r| r.chars().nth(1).is_some())
        .unwrap_or(n)
}

/// `true` when the word ends with a possessive pronoun (زوجته، مديرها).
fn has_suffix(n: &str) -> bool {
    ends_like_pronoun(n)
        && lex::POSSESSIVE_SUFFIXES
            .iter()
            .any(|s| n.strip_suffix(s).is_some_and(|b| has_chars(b, 3)))
}

/// `true` when the word ends with a possessive pronoun that no name ends with: ها، هم،
/// هما after three letters or more, or ه after four and not after ي or و, on a word
/// without ال (روايته، فريقه, but not نبيه، عبده، الإله).
pub(crate) fn is_possessed(n: &str) -> bool {
    if !ends_like_pronoun(n) || is_definite(n) {
        return false;
    }
    let after = |s: &str, letters: usize| n.strip_suffix(s).filter(|b| has_chars(b, letters));
    lex::POSSESSIVE_SUFFIXES
        .iter()
        .any(|&s| s != lex::HIS_SUFFIX && after(s, 3).is_some())
        || after(lex::HIS_SUFFIX, 4).is_some_and(|b| !b.ends_with(lex::LETTERS_BEFORE_NAME_HA))
}

/// `true` for a withheld noun with its pronoun (اسمه، هويتها).
fn is_withheld(t: &Tok) -> bool {
    t.is_word() && T.withheld.get(t.norm) != 0
}

/// [`subject`]; `transitive`: the verb takes an object, which is cut off.
fn subject_of(toks: &[Tok], from: usize, lam: bool, transitive: bool) -> Option<Subject> {
    // أشاد المدرب بالمهاجم: the verb's object with بـ ends its subject.
    let verb_before = from.checked_sub(1).and_then(|k| toks.get(k));
    // The verb may carry the لـ of purpose (وعاد المدرب ليشيد بدعم الإدارة).
    let ba_object = verb_before.is_some_and(|v| {
        in_map_with_conjunction(&T.ba_verbs, v)
            || v.norm
                .strip_prefix(lex::LAM)
                .is_some_and(|r| has_chars(r, 3) && T.ba_verbs.get(r) != 0)
    });
    // One allocation: a subject has at most this many words.
    let mut words: Vec<Piece> = Vec::with_capacity(MAX_SUBJECT_WORDS);
    let mut i = from;
    let mut strip_lam = false;
    let mut appositive: Option<Appositive> = None;
    // The words before a comma are a name whose first part has ال (المنجي الطرابلسي،).
    let mut definite_named = false;
    let mut document: Option<Vec<Piece>> = None;
    // Where the words of طالب يدعى يوسف stop describing and start naming.
    let mut named_at: Option<usize> = None;
    let mut pronoun_link = false;
    while let Some(t) = toks.get(i) {
        if words.len() >= MAX_SUBJECT_WORDS {
            break;
        }
        match t.kind {
            Kind::Mark => {
                // A source named in quotes: صحيفة «الأهرام» المصرية، ذكرت «رويترز» أن.
                let after_naming = words
                    .last()
                    .and_then(|w| tok(toks, w))
                    .is_some_and(is_naming_noun);
                match quoted_name(toks, i) {
                    Some(close)
                        if after_naming
                            || (words.is_empty()
                                && toks.get(close + 1).is_some_and(|x| x.is_word())) =>
                    {
                        words.extend((i + 1..close).map(Piece::one));
                        i = close + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            Kind::Punct('-') if !words.is_empty() && glued(toks, i) => {
                if let Some(last) = words.last_mut() {
                    if last.last + 1 == i {
                        last.last = i + 1;
                        i += 2;
                        continue;
                    }
                }
                break;
            }
            Kind::Punct(',' | '،') => {
                // قال المتحدث باسم الوزارة، اللواء طارق عبد السلام، إن …; a name in
                // apposition after the comma also outweighs one read inside a long title
                // (وزير الاتصالات وتكنولوجيا المعلومات، المهندس ناصر الكواري).
                if !words.is_empty() && document.is_none() {
                    let found = split_with(toks, &words, false).1;
                    // A name read inside the title's complement (أستاذ الاقتصاد في جامعة
                    // الملك سعود) names a place of work, not the speaker.
                    let weak = found.as_ref().is_some_and(|r| {
                        let first = words.get(r.start);
                        // رئيس الاتحاد الجهوي بصفاقس، X Y،: a lone word with بـ after a
                        // title names the place the body sits in.
                        let place = r.len() == 1
                            && r.start > 0
                            && first.and_then(|p| tok(toks, p)).is_some_and(|x| {
                                x.norm.starts_with(names::BA_PREPOSITION) && !x.is(PARTICLES)
                            });
                        // المدير العام لسلطة ميناء نواذيبو، X Y،: one word after a
                        // complement with لـ names the place, not the speaker.
                        let after_complement = || {
                            r.len() == 1
                                && words
                                    .get(..r.start)
                                    .unwrap_or(&[])
                                    .iter()
                                    .any(|p| opens_with(toks, Some(p), &[lex::LAM]))
                        };
                        // A name that opens the phrase may begin with ل (لخضر، لمى).
                        place
                            || after_complement()
                            || (r.start > 0 && opens_with(toks, first, &[lex::LAM]))
                            || opens_with(toks, first, lex::CONJUNCTIONS)
                            || words.get(..r.start).unwrap_or(&[]).iter().any(|p| {
                                tok(toks, p).is_some_and(|x| x.is(NAME_PREPS) && !x.is(PARTICLES))
                            })
                    });
                    let titled = toks
                        .get(i + 1)
                        .is_some_and(|t| (t.is(HONORIFICS) || is_office(t)) && is_definite(t.norm));
                    // يقول المنجي الطرابلسي، تاجر قطع غيار: right after a reporting verb,
                    // a name whose first part has ال, then a description after the comma.
                    let described_after = || {
                        verb_before.is_some_and(|v| v.in_table(VERBS))
                            && words.first().is_some_and(|p| p.first == from)
                            && definite_name(toks, &words)
                            && toks.get(i + 1).is_some_and(|t| {
                                t.is_word()
                                    && is_role_noun(t)
                                    && !is_definite(t.norm)
                                    && !t.is(HONORIFICS)
                            })
                    };
                    if found.is_none() && described_after() {
                        definite_named = true;
                    } else if found.is_none() || (weak && titled) {
                        appositive = apposition(toks, i + 1)
                            .filter(|(name, _, _)| !clause_after_description(toks, &words, name));
                    } else if weak {
                        // المتحدثة باسم الشركة العامة لتوزيع كهرباء الجنوب، زينب عبد الأمير
                        // الساعدي،: a bare name of two words or more after the comma.
                        appositive = apposition(toks, i + 1)
                            .filter(|(name, _, before)| before.is_empty() && name.len() >= 2);
                    }
                }
                break;
            }
            // ممثلة منظمة الأمم المتحدة للطفولة (يونيسف) في الصومال: a short name or
            // abbreviation in parentheses inside the phrase is passed over.
            Kind::Punct('(') if !words.is_empty() => {
                let close = (i + 1..=i + 1 + MAX_PARENTHESIS_WORDS)
                    .find(|&k| toks.get(k).is_none_or(|x| !x.is_word()));
                match close {
                    Some(k)
                        if k > i + 1 && toks.get(k).is_some_and(|x| x.kind == Kind::Punct(')')) =>
                    {
                        i = k + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            Kind::Punct(_) => break,
            Kind::Word => {}
        }
        let n = t.norm;
        // A proclitic written apart before a quotation mark (وعد المحافظ بـ«…») opens
        // the verb's object.
        if !words.is_empty()
            && !has_chars(n, 2)
            && toks.get(i + 1).is_some_and(|x| x.kind == Kind::Mark)
        {
            break;
        }
        // A word joined by a hyphen to the next is part of a name (آن-صوفي).
        if toks.get(i + 1).is_some_and(|h| h.kind == Kind::Punct('-')) && glued(toks, i + 1) {
            words.push(Piece {
                first: i,
                last: i + 2,
            });
            i += 3;
            while toks.get(i).is_some_and(|h| h.kind == Kind::Punct('-')) && glued(toks, i) {
                if let Some(last) = words.last_mut() {
                    last.last = i + 1;
                }
                i += 2;
            }
            continue;
        }
        if after_particle(toks, &words) {
            words.push(Piece::one(i));
            i += 1;
            continue;
        }
        if words.is_empty() {
            // طالب بـ«…»: a proclitic written apart opens the object; no subject is named.
            if !has_chars(n, 2) && toks.get(i + 1).is_some_and(|x| x.kind == Kind::Mark) {
                break;
            }
            // أشاد بالدسوقي: the object with بـ of a verb that takes one; وتعهد أمامهم:
            // a preposition or adverb with its pronoun. No subject is named.
            // أشاد بحارسه: a noun with بـ and a pronoun, the object too.
            let ba_possessed = || n.starts_with(names::BA_PREPOSITION) && has_suffix(n);
            // أشاد بدعم رئيس النادي: a noun with بـ in construct with a definite noun or a
            // title, the object too.
            // يضيف بلهجته الحورانية: after any verb, a noun with بـ and a pronoun is a
            // circumstance (manner, means) of the speaker already named.
            if (n.starts_with(names::BA_PREPOSITION) && is_possessed(n))
                || (ba_object && (with_ba_article(n) || ba_possessed() || ba_construct(toks, i)))
                || stop_with_pronoun(n)
            {
                break;
            }
            // تعهد بتخصيص قطعة أرض، طالب بتعويضات: after a verb whose بـ object is what
            // was promised or asked for, a noun with بـ is that object.
            let content_verb = || verb_before.is_some_and(is_content_ba_verb);
            if n.starts_with(names::BA_PREPOSITION)
                && has_chars(n, 4)
                && t.tags.bare == 0
                && t.tags.rest == 0
                && content_verb()
            {
                break;
            }
            // ثم أضاف مبتسما، قال مبتسما الرئيس، قالت بحدة، وتضيف بابتسامة متعبة: the
            // manner, not the speaker, who may follow it with ال.
            let participle = (is_hal(n) || is_participle_adverb(n))
                && !is_role_noun(t)
                && !n.ends_with(names::OUR_SUFFIX);
            if participle || is_manner(n) {
                if toks
                    .get(i + 1)
                    .is_some_and(|x| x.is_word() && is_definite(x.norm))
                {
                    i += 1;
                    continue;
                }
                break;
            }
            // سعادة السفير، معالي الوزير: a form of address (no ال) is not the speaker's.
            if t.is(AUDIENCE) || (t.is(HONORIFICS) && !is_definite(n)) {
                i += 1;
                continue;
            }
            if lam && is_lam(n) {
                i += 1;
                continue;
            }
            if lam && n.starts_with(lex::LAM) {
                strip_lam = true;
            }
        }
        // A document issued by a body: بيان صادر عن X، دراسة أعدتها X، التقرير الذي نشرته X.
        // A link, or a verb of issuing with a pronoun (دراسة أجرتها X، البيان الذي وزعته X),
        // the relative and its verb read first (الذي and التي are links too).
        let head_document = || {
            words
                .first()
                .and_then(|w| tok(toks, w))
                .is_some_and(|w| noun_in(DOCUMENTS, w))
        };
        let link = if document.is_none()
            && (t.in_table(DOCUMENT_LINKS | RELATIVES) || ends_with_pronoun_letter(t.norm))
            && head_document()
        {
            if t.is(RELATIVES) && toks.get(i + 1).is_some_and(is_issuing_link) {
                Some(i + 2)
            } else if is_issuing_link(t) {
                Some(i + 1)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(mut k) = link {
            // بيان نشرته: a link with a pronoun names its issuer before the document.
            pronoun_link = toks
                .get(k - 1)
                .is_some_and(|x| is_issuing_link(x) && has_suffix(x.norm));
            if toks
                .get(k)
                .is_some_and(|x| x.is_word() && x.norm == T.transmit_from.as_ref())
            {
                k += 1;
            }
            document = Some(std::mem::take(&mut words));
            strip_lam = false;
            i = k;
            continue;
        }
        // طالب يدعى يوسف (يدعى is also a verb of claiming).
        if named_at.is_none() && !words.is_empty() && T.named.get(n) != 0 {
            named_at = Some(words.len());
            i += 1;
            continue;
        }
        // عضو مجلس النواب عن الدائرة، النائب مازن أبو صالح: the constituency a title
        // represents, then the name in apposition.
        // رابطة الدفاع عن الصحفيين: عن after a verbal noun that takes it goes on with the
        // body's name, when a noun follows.
        if n == T.transmit_from.as_ref()
            && words
                .last()
                .and_then(|w| tok(toks, w))
                .is_some_and(|w| T.name_an_nouns.get(w.norm) != 0)
            && toks
                .get(i + 1)
                .is_some_and(|x| x.is_word() && !x.is(STOPS | NAME_PREPS) && !is_cue_word(x))
        {
            words.push(Piece::one(i));
            i += 1;
            continue;
        }
        let represents = n == T.transmit_from.as_ref()
            && document.is_none()
            && words
                .first()
                .and_then(|w| tok(toks, w))
                .is_some_and(is_role_noun)
            && split_with(toks, &words, false).1.is_none();
        if represents {
            if let Some((comma, found)) = represented(toks, i) {
                words.extend((i..comma).map(Piece::one));
                appositive = Some(found);
            }
            break;
        }
        // قال طالب: a cue word right after the verb is its subject, a noun.
        let noun_after_verb = words.is_empty()
            && i == from
            && !t.in_table(PARTICIPLES)
            && i.checked_sub(1)
                .and_then(|k| toks.get(k))
                .is_some_and(|p| p.is_word() && p.in_table(VERBS));
        // مصدر مطلع في الشركة: a word of time that heads a construct (مطلع الشهر) is an
        // adjective of the description when no noun follows it.
        let time_adjective = t.is(STOPS)
            && !words.is_empty()
            && T.time_constructs.get(n) != 0
            && toks
                .get(i + 1)
                .is_none_or(|x| !x.is_word() || x.in_table(INTRODUCERS) || x.is(NAME_PREPS))
            && words
                .first()
                .and_then(|w| tok(toks, w))
                .is_some_and(|h| !is_definite(h.norm) && is_role_noun(h));
        // A stop ends the phrase, unless it is علي written as the name, or a preposition
        // that completes a title before a name in apposition (المبعوث الخاص إلى اليمن،
        // السويدي X،).
        // A word of place or time right after a preposition is its object, not a stop
        // (صاحبة مخبز في وسط المدينة).
        let prep_object = || {
            i.checked_sub(1)
                .and_then(|k| toks.get(k))
                .is_some_and(|p| p.is_word() && p.is(NAME_PREPS))
                && T.fronted.get(n) != 0
        };
        // محامي المدعى عليهم، المحكوم عليه: a preposition with a pronoun after a
        // participle with ال is its complement, one term with it.
        let participle_complement = || {
            words
                .last()
                .is_some_and(|w| participle_with_complement(toks, w.last, i))
        };
        // ستيفان فان دير بيرغ: a foreign name's particle spelled like فإن without its hamza.
        let stops = t.is(STOPS)
            && !time_adjective
            && !prep_object()
            && !participle_complement()
            && (words.is_empty() || !foreign_particle(toks, i));
        let spelled_name = stops && name_spelled_prep(toks, i);
        // سفير فرنسا لدى لبنان هيرفيه ماغرو، مندوب فرنسا لدى الأمم المتحدة X: لدى and
        // its object inside a title, when a name follows the object.
        let at_place = stops
            && t.norm == T.at_prep.as_ref()
            && words
                .first()
                .and_then(|w| tok(toks, w))
                .is_some_and(is_role_noun)
            && toks
                .get(i + 1)
                .is_some_and(|x| x.is_word() && !is_possessed(x.norm) && x.tags.bare == 0)
            && (i + 2..toks.len())
                .find(|&j| {
                    toks.get(j)
                        .is_none_or(|x| !(x.is_word() && is_definite(x.norm)))
                })
                .is_some_and(|j| {
                    toks.get(j).is_some_and(|x| x.is_word()) && starts_name(toks, &Piece::one(j))
                });
        let title_complement = stops
            && !spelled_name
            && !t.in_table(INTRODUCERS)
            && words
                .first()
                .and_then(|w| tok(toks, w))
                .is_some_and(|h| is_role_noun(h) && (is_definite(h.norm) || words.len() >= 2))
            && complement_then_apposition(toks, i);
        if (stops && !spelled_name && !title_complement && !at_place)
            || (is_cue_word(t) && !noun_after_verb)
        {
            break;
        }
        // A verb after a noun opens a relative clause (مصادر تحدثت); first, طالبة is a
        // student. A demonstrative after a noun opens the object (الشركة هذا الاتهام).
        // فيصل فضل علي العولقي،: a verb's spelling inside a personal name that the phrase's
        // end closes.
        let in_name = || {
            t.is(CLAUSE_VERBS)
                && words
                    .iter()
                    .all(|p| starts_name(toks, p) && !is_definite_piece(toks, p))
                && name_rest_closed(toks, i + 1)
        };
        if !words.is_empty()
            && (t.is(CLAUSE_VERBS | AUXILIARIES) || T.demonstratives.get(n) != 0)
            && !in_name()
        {
            // مسؤول رفض الكشف عن اسمه: the clause that withholds the name belongs to the
            // phrase, which ends after it, but not to the description (مسؤول).
            let anonymous = t.is(CLAUSE_VERBS)
                && words
                    .first()
                    .and_then(|w| tok(toks, w))
                    .is_some_and(|h| !is_definite(h.norm) && is_role_noun(h));
            let withheld = (i + 1..=i + names::WITHHELD_REACH)
                .take_while(|&j| toks.get(j).is_some_and(|x| x.is_word()))
                .find(|&j| toks.get(j).is_some_and(is_withheld));
            if let Some(j) = withheld.filter(|_| anonymous) {
                let gender = gender_of(toks, &words);
                return Some(Subject {
                    name: join(toks, &words, Lam::Keep),
                    gender,
                    end: j + 1,
                    ..Subject::default()
                });
            }
            break;
        }
        // A subject never opens with a preposition (قال في وقت سابق).
        if words.is_empty() && t.is(NAME_PREPS) && !spelled_name {
            break;
        }
        if !words.is_empty() {
            // لدى موريتانيا: right after a preposition a word is its object, whatever its
            // shape (موريتانيا is shaped like مبتسما).
            let after_prep = words
                .last()
                .and_then(|w| tok(toks, w))
                .is_some_and(|w| w.is(NAME_PREPS) && !w.is(PARTICLES));
            if (ends_phrase(t) && !after_prep)
                || is_manner(n)
                || accusative_document(n)
                || media_description(toks, &words, n)
                || (ba_object && (with_ba_article(n) || ba_role(n) || ba_construct(toks, i)))
            {
                break;
            }
            // السعدي ساخرا:، المحلل هاتفيا: an adverb after a word with ال, ending the
            // phrase (جورجيا ميلوني goes on; an honorific is followed by its name: ولد الشيخ
            // سيديا).
            let adverb = is_adverb_shape(n)
                && words
                    .last()
                    .and_then(|w| tok(toks, w))
                    .is_some_and(|w| is_definite(w.norm) && !w.is(HONORIFICS))
                && toks.get(i + 1).is_none_or(|x| match x.kind {
                    Kind::Punct(_) | Kind::Mark => true,
                    Kind::Word => x.in_table(INTRODUCERS),
                });
            if adverb {
                break;
            }
            // متقاعد يتابع الشاشات: a relative clause after an indefinite description.
            let after_description = || {
                let head = words.first().and_then(|w| tok(toks, w));
                // أحد السكان يجمع: one of a group.
                let partitive =
                    words.len() == 2 && head.is_some_and(|h| T.partitives.get(h.norm) != 0);
                // شاهد عيان يقيم، سائق شاحنة من الزرقاء يحمل: every word of the
                // description indefinite, up to its prepositional complement.
                partitive
                    || words
                        .iter()
                        .map_while(|p| tok(toks, p))
                        .take_while(|w| !w.is(NAME_PREPS) || w.is(PARTICLES))
                        .all(|w| !is_definite(w.norm))
                        // مديرها كمال يوسف: a head with a possessive pronoun is definite,
                        // and a name follows it, not a relative clause.
                        && head.is_some_and(|h| is_role_noun(h) && !is_possessed(h.norm))
            };
            let feminine_head = || {
                words.first().and_then(|w| tok(toks, w)).is_some_and(|h| {
                    h.norm.ends_with(lex::FEMININE_ENDING)
                        || T.partitives.get(h.norm) & FEMININE_PARTITIVE != 0
                })
            };
            // …كمال يوسف إن: right before the statement's introducer the word ends a
            // name; a verb there would have its complement.
            let before_introducer = toks
                .get(i + 1)
                .is_some_and(|x| x.is_word() && x.in_table(INTRODUCERS));
            if is_present_verb(t, feminine_head)
                && named_at.is_none()
                && !before_introducer
                && after_description()
                && !name_not_verb(toks, i)
            {
                break;
            }
            if named_at.is_none() && agreeing_clause_verb(toks, &words, i) {
                break;
            }
            // رجل في الخمسين من عمره | قدم من …: an age closes a description; a word after
            // it that is no preposition opens a clause about the person.
            let after_age = || {
                words.last().and_then(|w| tok(toks, w)).is_some_and(|w| {
                    lex::POSSESSIVE_SUFFIXES
                        .iter()
                        .any(|s| w.norm.strip_suffix(s) == Some(names::AGE_NOUN))
                })
            };
            if !t.is(NAME_PREPS | PARTICLES) && after_age() {
                break;
            }
        }
        if !words.is_empty() || !strip_lam {
            if is_lam(n) || t.is(AUDIENCE) {
                break;
            }
            // لصحيفة، لوكالة: told to a medium; للوكالة (definite) belongs to a title,
            // unless a personal name ends the phrase (سامر حداد للإذاعة).
            if let Some(rest) = n.strip_prefix(lex::LAM) {
                // لشركة after a title is its complement (الرئيس التنفيذي لشركة المياه).
                let media = if rest.starts_with(lex::LAM) {
                    0
                } else {
                    T.media.get(rest)
                };
                // الممثلة المقيمة لبرنامج الأمم المتحدة: a medium that heads a body
                // completes a title that names no one yet.
                let heads_body = media & TITLES != 0
                    && toks
                        .get(i + 1)
                        .is_some_and(|x| x.is_word() && is_definite(x.norm))
                    && split_with(toks, &words, false).1.is_none();
                // تقرير لمجلة «عمران الخليج»: after a document alone, the medium issued it.
                let issued = matches!(words.as_slice(), [d] if tok(toks, d)
                    .is_some_and(|d| noun_in(DOCUMENTS, d) && !is_definite(d.norm)));
                if media != 0 && !heads_body && !issued {
                    break;
                }
                // معلمات في مدرسة البنات للصحيفة: an anonymous description holds no title
                // that the medium could complete.
                let told = rest
                    .strip_prefix(lex::LAM)
                    .is_some_and(|r| T.media.get(r) != 0)
                    && match split_with(toks, &words, false).1 {
                        Some(r) => r.end == words.len(),
                        None => {
                            named_at.is_none()
                                && words
                                    .first()
                                    .and_then(|w| tok(toks, w))
                                    .is_some_and(|h| !is_definite(h.norm) && is_role_noun(h))
                        }
                    };
                if told {
                    break;
                }
            }
        }
        // نواب من كتلة المعارضة من مقاعدهم: a second complement whose noun has a pronoun
        // refers back to the subject, a circumstance.
        if !words.is_empty()
            && t.is(NAME_PREPS)
            && {
                // من مقاعدهم، من شرفات منازلهم: the noun, or the one it is joined to.
                let suffixed = |x: &Tok| {
                    x.is_word()
                        && has_suffix(x.norm)
                        && !is_definite(x.norm)
                        && !lex::POSSESSIVE_SUFFIXES
                            .iter()
                            .any(|s| x.norm.strip_suffix(s) == Some(names::AGE_NOUN))
                };
                toks.get(i + 1).is_some_and(suffixed)
                    || (toks
                        .get(i + 1)
                        .is_some_and(|x| x.is_word() && !is_definite(x.norm) && !x.is(STOPS))
                        && toks.get(i + 2).is_some_and(suffixed))
            }
            && words
                .iter()
                .any(|w| tok(toks, w).is_some_and(|x| x.is(NAME_PREPS)))
        {
            break;
        }
        if n == T.in_prep.as_ref() {
            let next = toks.get(i + 1).filter(|x| x.is_word());
            // في مؤتمر، في مقدمته، في حيثيات حكمها: an occasion, or a noun with a pronoun
            // (or a construct that ends in one), is a circumstance. The pronoun as
            // [`is_possessed`] reads it: a name may end in ه after ي (في لبنان هيرفيه
            // ماغرو).
            let suffixed = |x: &Tok| x.is_word() && is_possessed(x.norm);
            if next.is_none_or(|x| is_occasion(x) || suffixed(x))
                || (next.is_some_and(|x| !is_definite(x.norm) && !x.is(STOPS | NAME_PREPS))
                    && toks
                        .get(i + 2)
                        .is_some_and(|x| suffixed(x) && !is_cue_word(x) && !x.in_table(SAYINGS)))
            {
                break;
            }
            // A personal name ends before في (أم يوسف في طابور المركز); not a run with لـ
            // (a title's complement, لشؤون اللاجئين) when a place and a name follow في
            // (ممثل المفوضية … لشؤون اللاجئين في الأردن كريستوف مولر).
            let (_, name) = split_with(toks, &words, false);
            // رئيس الجمعية لعصر الزيتون في بورين، X Y،: or the name in apposition after
            // the place.
            let complement_then_place = || {
                let lam_run = name
                    .as_ref()
                    .is_some_and(|r| opens_with(toks, words.get(r.start), &[lex::LAM]));
                lam_run && complement_then_apposition(toks, i)
                    || lam_run
                        && next.is_some_and(|x| !is_possessed(x.norm) && x.tags.bare == 0)
                        && (i + 2..toks.len())
                            .find(|&j| {
                                toks.get(j)
                                    .is_none_or(|x| !(x.is_word() && is_definite(x.norm)))
                            })
                            .is_some_and(|j| {
                                toks.get(j).is_some_and(|x| x.is_word())
                                    && starts_name(toks, &Piece::one(j))
                            })
            };
            if name.as_ref().is_some_and(|r| r.end == words.len()) && !complement_then_place() {
                break;
            }
            // ربة منزل في حي النصر: where an anonymous person lives is not part of the
            // description; an office over a definite noun (مدير فرع الهيئة في منطقة الجوف
            // X) is a title, whose place may come before the name.
            let anonymous = named_at.is_none()
                && name.is_none()
                && words
                    .first()
                    .and_then(|w| tok(toks, w))
                    .is_some_and(|h| !is_definite(h.norm) && is_role_noun(h))
                && words.first().and_then(|w| tok(toks, w)).is_some_and(|h| {
                    T.partitives.get(h.norm) != 0
                        || !words
                            .iter()
                            .any(|w| tok(toks, w).is_some_and(|x| is_definite(x.norm)))
                });
            if anonymous && next.is_some_and(|x| T.residence.get(x.norm) != 0) {
                break;
            }
        }
        if words.is_empty() {
            words.reserve(MAX_SUBJECT_WORDS);
        }
        words.push(Piece::one(i));
        i += 1;
    }
    // A phrase cannot end on a preposition or a particle (but بن علي is a name).
    while words.last().and_then(|w| tok(toks, w)).is_some_and(|w| {
        w.is(PARTICLES)
            || (w.is(NAME_PREPS)
                && !words
                    .len()
                    .checked_sub(2)
                    .and_then(|k| words.get(k))
                    .and_then(|p| tok(toks, p))
                    .is_some_and(|p| p.is(PARTICLES)))
    }) {
        words.pop();
    }
    if words.is_empty() {
        // وقالت الوزارة، وفق بيان نشرته، إن: the issuer is the one the pronoun refers to.
        if pronoun_link {
            return None;
        }
        words = document.take()?;
        strip_lam = false;
    }
    if transitive {
        if let Some(cut) = object_start(toks, &words) {
            words.truncate(cut);
        }
    }
    let lam_article = words
        .first()
        .and_then(|w| tok(toks, w))
        .is_some_and(|t| t.norm.starts_with(lex::LAM_ARTICLE));
    let first_lam = match (strip_lam, lam_article) {
        (false, _) => Lam::Keep,
        (true, false) => Lam::Drop,
        (true, true) => Lam::Article,
    };
    if let Some((name, end, before_name)) = appositive {
        let role = clean_role(toks, &words);
        let gender = gender_of(toks, &words).or(gender_of(toks, &name));
        let mut titles = titles_of(toks, &words);
        push_titles(&mut titles, toks, &before_name);
        return Some(Subject {
            name: join(toks, &name, Lam::Keep),
            role: (!role.is_empty()).then(|| join(toks, role, first_lam)),
            gender,
            personal: true,
            end,
            titles,
        });
    }
    if let Some((at, lam)) = issuer(toks, &words) {
        let body = words.get(at..).unwrap_or(&[]);
        // تقرير الهيئة السنوي: an adjective that does not agree with the body but with
        // the document belongs to the document. Not after لـ (تقرير للمرصد اللبناني
        // للحقوق الصحية), where the document's own adjective would come first.
        let feminine = |p: Option<&Piece>| {
            p.and_then(|p| tok(toks, p))
                .is_some_and(|t| t.norm.ends_with(lex::FEMININE_ENDING))
        };
        let head_feminine = feminine(body.first());
        let document_feminine = feminine(words.first());
        let cut = body
            .iter()
            .skip(1)
            .position(|p| {
                lam == Lam::Keep
                    && tok(toks, p).is_some_and(|t| {
                        let f = t.norm.ends_with(lex::FEMININE_ENDING);
                        t.norm.starts_with(lex::DEFINITE_ARTICLE)
                            && is_nisba(t.norm)
                            && f != head_feminine
                            && f == document_feminine
                    })
            })
            .map_or(body.len(), |k| k + 1);
        let body = body.get(..cut).unwrap_or(body);
        return Some(Subject {
            name: join(toks, body, lam),
            gender: gender_of(toks, body),
            end: i,
            ..Subject::default()
        });
    }
    if let Some(k) = named_at.filter(|&k| k < words.len()) {
        let end = name_run(toks, &words, k);
        if end > k {
            let role = words.get(..k).unwrap_or(&[]);
            return Some(Subject {
                name: join(toks, words.get(k..end).unwrap_or(&[]), Lam::Keep),
                role: (!role.is_empty()).then(|| join(toks, role, first_lam)),
                gender: gender_of(toks, role),
                personal: true,
                end: i,
                titles: titles_of(toks, role),
            });
        }
    }
    // طالبة في السنة الثالثة بكلية الطب، أحد البحارة في سوق السمك بنواذيبو: an
    // indefinite description (or a partitive with its group) with a prepositional
    // complement names no one; a word after the complement's article is its next part.
    let prep_at = |k: usize| {
        words
            .get(k)
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| t.is(NAME_PREPS) && !t.is(PARTICLES))
    };
    let described = words.first().and_then(|p| tok(toks, p)).is_some_and(|h| {
        !is_definite(h.norm)
            && (prep_at(1) || (prep_at(2) && T.partitives.get(h.norm) != 0))
            && !has_suffix(h.norm)
            && is_role_noun(h)
    });
    let (role, name) = if described {
        (None, None)
    } else if definite_named {
        (None, Some(0..words.len()))
    } else {
        split(toks, &words)
    };
    let Some(name) = name else {
        return Some(Subject {
            name: join(toks, &words, first_lam),
            gender: gender_of(toks, &words),
            end: i,
            ..Subject::default()
        });
    };
    let name_words = words.get(name.clone()).unwrap_or(&[]);
    let role_words = role
        .and_then(|r| words.get(r))
        .map(|r| clean_role(toks, r))
        .unwrap_or(&[]);
    let role_lam = if name.start == 0 {
        Lam::Keep
    } else {
        first_lam
    };
    let name_lam = if name.start == 0 {
        first_lam
    } else {
        Lam::Keep
    };
    let mut role = (!role_words.is_empty()).then(|| join(toks, role_words, role_lam));
    let mut gender = titles_gender(toks, words.get(..name.start).unwrap_or(&[]));
    let mut end = i;
    // حسن الجبوري، رئيس اتحاد الجمعيات، إن: a role in apposition after the name.
    if role.is_none() && name.end == words.len() && is_comma_at(toks, i) {
        if let Some(after) = role_after(toks, i + 1) {
            gender = gender.or_known(after.gender);
            role = Some(after.name);
            end = after.end;
        } else if let Some(described) = parenthesis_role(toks, i + 1) {
            // يقول أبو محمد، وهو موظف متقاعد من حلب،: the description in the
            // parenthesis about the one just named is the role the article gives.
            role = Some(described);
        }
    }
    Some(Subject {
        name: join(toks, name_words, name_lam),
        role,
        gender,
        personal: true,
        end,
        titles: titles_of(toks, words.get(..name.start).unwrap_or(&[])),
    })
}

/// The titles with ال among the words before a name (رئيس هيئة المحكمة القاضي → القاضي;
/// الطبيبة الدكتورة → الطبيبة الدكتورة), normalised: see [`Subject::titles`].
fn titles_of(toks: &[Tok], words: &[Piece]) -> String {
    let mut out = String::new();
    push_titles(&mut out, toks, words);
    out
}

/// [`titles_of`], appended to `out`.
fn push_titles(out: &mut String, toks: &[Tok], words: &[Piece]) {
    for t in words.iter().filter_map(|p| tok(toks, p)) {
        if is_definite(t.norm) && (t.is(HONORIFICS) || is_office(t)) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(t.norm);
        }
    }
}

/// After a title with no name, the phrase from عن at token `at` up to a comma and the
/// name in apposition after it (عن الدائرة، النائب مازن أبو صالح): the comma's index and
/// the apposition.
fn represented(toks: &[Tok], at: usize) -> Option<(usize, Appositive)> {
    let mut k = at + 1;
    while let Some(t) = toks.get(k) {
        match t.kind {
            Kind::Punct(',' | '،') if k > at + 1 => return Some((k, apposition(toks, k + 1)?)),
            Kind::Word if k <= at + REPRESENTED_WORDS => {
                if t.is(STOPS | CLAUSE_VERBS | AUDIENCE) || t.in_table(CUE_OPENERS) {
                    return None;
                }
                // النائب عن الأغلبية سيدي ولد أحمد: a constituency of words with ال, then
                // the name with no comma.
                let all_definite = || {
                    (at + 1..k).all(|j| {
                        toks.get(j)
                            .is_some_and(|x| x.is_word() && is_definite(x.norm))
                    })
                };
                if k > at + 1
                    && !is_definite(t.norm)
                    && all_definite()
                    && starts_name(toks, &Piece::one(k))
                {
                    return Some((k, apposition(toks, k)?));
                }
                // عضو مجلس النواب عن دائرة سبها الصادق القويري: a district in the
                // construct state takes one word, its name; the person's name follows.
                let district = || {
                    toks.get(at + 1)
                        .is_some_and(|d| d.is_word() && T.constituencies.get(d.norm) != 0)
                        && toks
                            .get(at + 2)
                            .is_some_and(|p| p.is_word() && p.tags.bare | p.tags.rest == 0)
                };
                if k == at + 3 && district() {
                    if let Some((mut name, end, mut before)) = apposition(toks, k) {
                        // Right after the district a word with ال in no table opens the
                        // name (الصادق امحمد القويري), not a descriptor.
                        let plain = |p: &Piece| {
                            tok(toks, p).is_some_and(|x| !x.is(HONORIFICS) && !is_role_noun(x))
                        };
                        if before.iter().all(plain) {
                            before.append(&mut name);
                            name = before;
                            before = Vec::new();
                        }
                        return Some((k, (name, end, before)));
                    }
                }
            }
            _ => return None,
        }
        k += 1;
    }
    None
}

/// The description in a parenthesis opened at `from` by وهو or وهي (، وهي ربة منزل من
/// بلدة الحصن،): a phrase that opens with a role or description noun, up to a comma, a
/// full stop, a quotation mark or a word with و that opens the next clause.
fn parenthesis_role(toks: &[Tok], from: usize) -> Option<String> {
    let opener = toks.get(from)?;
    if !opener.is_word() || T.parentheses.get(opener.norm) == 0 {
        return None;
    }
    let first = toks.get(from + 1)?;
    if !first.is_word() || !is_role_noun(first) {
        return None;
    }
    let feminine = first.norm.ends_with(lex::FEMININE_ENDING);
    let head = [Piece::one(from + 1)];
    let mut end = from + 2;
    while let Some(t) = toks.get(end) {
        let next_clause = without_conjunction(t.norm).is_some() && !is_role_noun(t);
        // ربة منزل … استفادت، عامل صيانة يعمل في الحقل: a verb about the one described
        // opens a clause of its own.
        let verb = || is_present_verb(t, || feminine) || agreeing_clause_verb(toks, &head, end);
        if !t.is_word() || next_clause || t.in_table(INTRODUCERS) || verb() {
            break;
        }
        end += 1;
        if end - from > MAX_PARENTHESIS_ROLE_WORDS {
            return None;
        }
    }
    let closed = toks.get(end).is_none_or(|t| match t.kind {
        Kind::Punct(c) => matches!(c, ',' | '،' | '.' | ':' | '؛'),
        Kind::Mark => true,
        Kind::Word => true,
    });
    let words: Vec<Piece> = (from + 1..end).map(Piece::one).collect();
    closed.then(|| join(toks, &words, Lam::Keep))
}

/// `true` when token `k` is a comma.
fn is_comma_at(toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '،')))
}

/// A role in apposition after a name (، رئيس اتحاد الجمعيات الفلاحية، إن): a phrase that
/// opens with a role noun, names no one, and is closed by a comma, a colon, a quotation
/// mark or a statement introducer.
fn role_after(toks: &[Tok], from: usize) -> Option<Subject> {
    let first = toks.get(from)?;
    if !first.is_word() || !is_role_noun(first) || first.in_table(CUE_OPENERS) {
        return None;
    }
    let mut s = subject(toks, from, false)?;
    if s.personal || s.role.is_some() {
        return None;
    }
    let closes = |t: &Tok| match t.kind {
        Kind::Punct(c) => matches!(c, ',' | '،' | ':' | '.'),
        Kind::Mark => true,
        Kind::Word => t.in_table(INTRODUCERS),
    };
    // ، النائبة عن الدائرة الثالثة في عمان،: the constituency a title represents, words
    // up to the comma.
    let represents = toks
        .get(s.end)
        .is_some_and(|t| t.is_word() && t.norm == T.transmit_from.as_ref());
    if represents {
        let end = (s.end + 1..s.end + 2 + 2 * REPRESENTED_WORDS).find(|&k| {
            toks.get(k)
                .is_none_or(|t| !t.is_word() || t.in_table(INTRODUCERS))
        })?;
        if end <= s.end + 1 || !toks.get(end).is_none_or(closes) {
            return None;
        }
        let words: Vec<Piece> = (from..end).map(Piece::one).collect();
        s.name = join(toks, &words, Lam::Keep);
        s.end = end;
        return Some(s);
    }
    toks.get(s.end).is_none_or(closes).then_some(s)
}

/// `true` for a nisba adjective (خليجي، الأردنية).
fn is_nisba(n: &str) -> bool {
    has_chars(n, 4) && names::NISBA_ENDINGS.iter().any(|e| n.ends_with(e))
}

/// The gender a role or description shows by its head noun or honorific (الوزيرة،
/// الدكتورة، مصادر).
fn gender_of(toks: &[Tok], words: &[Piece]) -> Gender {
    let indefinite_head = || {
        words
            .first()
            .and_then(|p| tok(toks, p))
            .is_some_and(|h| h.is_word() && !is_definite(h.norm) && !h.is(PARTICLES))
    };
    for w in words {
        let Some(t) = tok(toks, w) else {
            continue;
        };
        // إحدى الأمهات: a feminine partitive tells the gender of its group.
        if T.partitives.get(t.norm) & FEMININE_PARTITIVE != 0 {
            return Gender::Feminine;
        }
        // فلاح من بلدية طولقة: the words of a description's complement tell nothing of
        // the person.
        if t.is(NAME_PREPS) && !t.is(PARTICLES) && indefinite_head() {
            break;
        }
        if t.is(HONORIFICS) || is_role_noun(t) {
            let n = noun_stem(t.norm);
            // A listed noun (أمين) is singular whatever its ending; a dual or sound plural
            // of one (مسؤولون) is plural.
            let listed = t.is(HONORIFICS)
                || has(n, TITLES | DESCRIPTIONS)
                || noun_in(TITLES | DESCRIPTIONS, t);
            return if !listed && is_number_form(t.norm) {
                Gender::Plural
            } else if n.ends_with(lex::FEMININE_ENDING) {
                Gender::Feminine
            } else {
                Gender::Masculine
            };
        }
    }
    Gender::Unknown
}

/// The gender of a person named after the titles `words`: a feminine honorific or role
/// noun right before the name tells it (عضو لجنة الخدمات النائبة زينب: عضو serves women
/// too), not a body (مدير الشركة); else [`gender_of`] the titles.
fn titles_gender(toks: &[Tok], words: &[Piece]) -> Gender {
    // مدير المدرسة: a word with ال right after a noun without it is that noun's
    // complement (the school), not a title of the person.
    let complement = match words {
        [.., head, last] => {
            tok(toks, head).is_some_and(|h| !is_definite(h.norm) && !h.is(HONORIFICS))
                && tok(toks, last).is_some_and(|l| is_definite(l.norm))
        }
        _ => false,
    };
    let last_feminine = !complement
        && words.last().and_then(|w| tok(toks, w)).is_some_and(|t| {
            (t.is(HONORIFICS) || is_role_noun(t))
                && t.norm.ends_with(lex::FEMININE_ENDING)
                && T.bodies.get(noun_stem(t.norm)) == 0
                && !is_number_form(t.norm)
        });
    if last_feminine {
        Gender::Feminine
    } else {
        gender_of(toks, words)
    }
}

/// Where the body that issued a document begins in a phrase that opens with the
/// document (بيان صادر عن X is cut earlier): تقرير لمؤسسة X، بيان مشترك لوزارتي X،
/// تقديرات المجلس X، نص القرار. A definite document with no body named (البيان
/// المشترك) is itself the speaker: `None`.
fn issuer(toks: &[Tok], w: &[Piece]) -> Option<(usize, Lam)> {
    let t0 = tok(toks, w.first()?)?;
    if !noun_in(DOCUMENTS, t0) || is_definite(t0.norm) || w.len() < 2 {
        return None;
    }
    // نص الاتفاق، نص الحكم: the text of a document is the document itself.
    if T.wording.get(noun_stem(t0.norm)) != 0 {
        return None;
    }
    for (k, p) in w.iter().enumerate().skip(1).take(ISSUER_REACH) {
        let t = tok(toks, p)?;
        let n = t.norm;
        if let Some(rest) = n.strip_prefix(lex::LAM) {
            if has_chars(rest, 3) && !p.hyphenated() {
                let lam = if rest.starts_with(lex::LAM) {
                    Lam::Article
                } else {
                    Lam::Drop
                };
                return Some((k, lam));
            }
        }
        if k == 1 && (noun_in(TITLES | NAMING | DOCUMENTS, t) || t0.is(DOCUMENTS) && is_definite(n))
        {
            return (is_definite(n) || noun_in(TITLES | NAMING, t)).then_some((1, Lam::Keep));
        }
        if is_definite(n) {
            return None;
        }
    }
    None
}

/// The role without the honorifics at its ends (رئيس البعثة الدكتور → رئيس البعثة، معالي
/// وزير الصحة → وزير الصحة), and
/// without a second title that stands right before the name (رئيس هيئة المحكمة القاضي).
fn clean_role<'p>(toks: &[Tok], w: &'p [Piece]) -> &'p [Piece] {
    // نظيرته وزيرة الموارد: the relation before the title is not the role.
    let w = match (
        w.first().and_then(|p| tok(toks, p)),
        w.get(1).and_then(|p| tok(toks, p)),
    ) {
        (Some(a), Some(b)) if has_suffix(a.norm) && is_role_noun(b) => w.get(1..).unwrap_or(&[]),
        _ => w,
    };
    // معالي وزير الصحة: a form of address (no ال) before the title is not part of it;
    // المهندسة الزراعية is a role.
    let lead = w
        .iter()
        .take_while(|p| tok(toks, p).is_some_and(|t| t.is(HONORIFICS) && !is_definite(t.norm)))
        .count();
    let w = if lead < w.len() {
        w.get(lead..).unwrap_or(w)
    } else {
        w
    };
    let mut end = w.len();
    while end > 0
        && w.get(end - 1)
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| t.is(HONORIFICS))
    {
        end -= 1;
    }
    for k in 1..end {
        let (Some(prev), Some(cur)) = (
            w.get(k - 1).and_then(|p| tok(toks, p)),
            w.get(k).and_then(|p| tok(toks, p)),
        ) else {
            continue;
        };
        // A nisba that agrees with the noun before it in gender is its adjective
        // (الاتحاد الرياضي، المركز الإعلامي), not a title (هيئة المحكمة القاضي).
        let adjective = is_nisba(cur.norm)
            && cur.norm.ends_with(lex::FEMININE_ENDING)
                == prev.norm.ends_with(lex::FEMININE_ENDING);
        if is_definite(prev.norm)
            && cur.norm.starts_with(lex::DEFINITE_ARTICLE)
            && is_office(cur)
            && !adjective
        {
            end = k;
            break;
        }
    }
    w.get(..end).unwrap_or(&[])
}

/// `true` for a title or occupation (وزير، القاضي، الناقد), not a body.
fn is_office(t: &Tok) -> bool {
    in_map_as_noun(&T.offices, t.norm)
}

/// `true` when the piece can be the first word of a personal name.
fn starts_name(toks: &[Tok], p: &Piece) -> bool {
    if p.hyphenated() {
        return true;
    }
    let Some(t) = tok(toks, p) else {
        return false;
    };
    if t.is(PARTICLES) {
        return true;
    }
    // علي written as the name; every other preposition opens none.
    if t.is(NAME_PREPS) {
        return name_spelled_prep(toks, p.first);
    }
    let n = t.norm;
    !has_article(t)
        && !t.is(NAME_PREPS
            | TITLES
            | DESCRIPTIONS
            | NAMING
            | DOCUMENTS
            | HONORIFICS
            | STOPS
            | AUDIENCE)
        && !is_hal(n)
        && !t.in_table(CUE_OPENERS | AUXILIARIES)
        // Not a role noun ([`is_role_noun`]) nor a document or naming noun: the noun's
        // tables looked up in one pass (`noun_in` of tables joined is either's).
        && !noun_in(TITLES | DESCRIPTIONS | DOCUMENTS | NAMING, t)
        && !role_with_ending(n, true)
        && T.named.get(n) == 0
        && !ba_place(n)
        && !lam_place(n)
        && !is_lam_masdar(t)
}

/// `true` for a body or a place with بـ (بولاية كسلا، بمدينة الحديدة، بوزارة الصحة): where
/// a body sits, never the start of a name.
fn ba_place(n: &str) -> bool {
    place_with(names::BA_PREPOSITION, n)
}

/// `true` when `n` is a body or place noun after the letter `prefix` (بولاية، لمدينة).
fn place_with(prefix: char, n: &str) -> bool {
    n.strip_prefix(prefix)
        .is_some_and(|r| has_chars(r, 3) && (T.bodies.get(r) != 0 || T.residence.get(r) != 0))
}

/// `true` for a body or place noun with لـ and no article (لمدينة، لولاية، لجامعة): the
/// head of a title's complement, whose proper noun follows it (عضو المجلس البلدي لمدينة
/// صيدا منى الزين), never the first part of a name.
fn lam_place(n: &str) -> bool {
    place_with(lex::LAM, n)
}

/// The first word with بـ (not a particle) two words or more into the name that starts at
/// piece `b`, before piece `end`: where a run of plain words too long for a name turns
/// into the verb's complement (جوزيف كيبروتيتش لاغات | بلقب الماراثون).
fn ba_complement(toks: &[Tok], w: &[Piece], b: usize, end: usize) -> Option<usize> {
    (b + 2..end).find(|&k| {
        w.get(k).and_then(|p| tok(toks, p)).is_some_and(|x| {
            x.norm.starts_with(names::BA_PREPOSITION) && has_chars(x.norm, 4) && !x.is(PARTICLES)
        })
    })
}

/// Where the personal name that starts at piece `b` ends: first names, particles with
/// the word they govern (عبد الرحيم، بن ناصر، آل سعد), a compound (صلاح الدين) and a
/// family name with ال (السيد), hyphenated parts (جان-بيير).
fn name_run(toks: &[Tok], w: &[Piece], b: usize) -> usize {
    #[derive(PartialEq)]
    enum State {
        Start,
        Plain,
        Particle,
        Compound,
        Family,
    }
    let mut state = State::Start;
    let mut plain = 0;
    let mut end = b;
    // Where the name could end last: after its first word, a governed word, a compound
    // or a family name.
    let mut anchor = b;
    let mut governed = false;
    while let Some(p) = w.get(end) {
        let Some(t) = tok(toks, p) else {
            break;
        };
        let particle = !p.hyphenated() && t.is(PARTICLES);
        // ديفيد كيبتو | بالماراثون، سامي حداد | للصحفيين: a preposition with the article
        // opens the verb's complement, never a name's next part.
        // A foreign family name may be spelled so (خافيير بالديس إن): the last word of a
        // phrase that a statement's introducer closes is the name's.
        if end > b
            && !p.hyphenated()
            && (with_ba_article(t.norm) || t.norm.starts_with(lex::LAM_ARTICLE))
            && !(end + 1 == w.len() && closed_name(toks, w))
        {
            break;
        }
        // خالد أبو صالح | روايته: a possessed noun is no part of a name.
        if end > b && !p.hyphenated() && is_possessed(t.norm) {
            break;
        }
        let definite = !p.hyphenated() && has_article(t);
        let cap = if governed {
            MAX_PLAIN_AFTER_PARTICLE
        } else {
            MAX_NAME_PLAIN_WORDS
        };
        let next = if state == State::Particle && !particle {
            // A particle governs the next word whatever it is (بن علي، آل علي).
            Some(if definite {
                State::Compound
            } else {
                State::Plain
            })
        } else if particle {
            Some(State::Particle)
        } else if end >= b + 2
            && !p.hyphenated()
            && ((definite && is_derived_masdar(t.norm)) || is_ba_masdar(t))
        {
            // رفض المحافظ عبد الحكيم مفتاح بن سليمان | الاعتراف بها: a verbal noun of a
            // derived verb is the verb's object, never a family name.
            None
        } else if definite && end > b && is_plural_participle(t.norm) {
            // سألت ريهام عبد الفتاح | المرشحين، طمأن أحمد ولد سالم | المزارعين: a plural
            // participle with ال after a name is the verb's object, no family name. (A
            // title cannot tell so: الأمين is a title and a first name.)
            None
        } else if definite
            && state == State::Plain
            && plain > MAX_PLAIN_BEFORE_FAMILY
            && !governed
            && !(end + 1 == w.len() && (closed_name(toks, w) || said_up_to_comma(toks, w)))
        {
            // توموهيرو ساتو | مخيم اللاجئين: three plain words and a word with ال are a
            // name and an object; جوزيف كيبروتيتش لاغات | بلقب الماراثون: a word with بـ
            // among them after two opens the complement.
            return ba_complement(toks, w, b, end)
                .unwrap_or(end - (plain - MAX_PLAIN_BEFORE_FAMILY));
        } else if definite {
            match state {
                State::Particle => Some(State::Compound),
                // عماد الدين، فاطمة الزهراء: the second half of a compound first name.
                State::Plain if T.compound_seconds.get(t.norm) != 0 => Some(State::Compound),
                State::Plain | State::Compound => Some(State::Family),
                // سلمى خلف العبد الله: a family name of two words with ال.
                State::Family if T.compound_seconds.get(t.norm) != 0 => Some(State::Family),
                // بدر يوسف العبد الجليل: العبد governs the word after it, as عبد does.
                State::Family
                    if end
                        .checked_sub(1)
                        .and_then(|k| w.get(k))
                        .and_then(|p| tok(toks, p))
                        .is_some_and(|x| names::GOVERNING_FAMILY_WORDS.contains(&x.norm)) =>
                {
                    Some(State::Family)
                }
                // بشير المبروك الورفلي، الأمين الطاهر إن: a second family name with ال
                // may close a name the phrase's end closes.
                State::Family if end + 1 == w.len() && closed_name(toks, w) => Some(State::Family),
                _ => None,
            }
        } else if !p.hyphenated()
            && (t.is(NAME_PREPS | TITLES | HONORIFICS | STOPS | AUDIENCE)
                || t.in_table(CUE_OPENERS)
                || is_hal(t.norm)
                || (end >= b + 2 && !governed && is_adverb_shape(t.norm)))
            && !name_spelled_prep(toks, p.first)
            && !second_first_name(toks, w, b, end)
            && !(end > b && !p.hyphenated() && foreign_particle(toks, p.first))
        {
            None
        } else {
            match state {
                // نادين جورج الحاج موسى،: a plain word may close a family name with ال
                // that the phrase's end closes (الحاج موسى، أبو زيد).
                State::Family
                    if end + 1 == w.len()
                        && (closed_name(toks, w) || said_up_to_comma(toks, w))
                        && starts_name(toks, p) =>
                {
                    Some(State::Family)
                }
                State::Family => None,
                _ if plain >= cap => {
                    // Too many plain words: they are not the name's (أبو حمدان | عدم وقوع
                    // إصابات; جوزيف كيبروتيتش لاغات | بلقب ماراثون مسقط).
                    return ba_complement(toks, w, b, end).unwrap_or(anchor);
                }
                _ => Some(State::Plain),
            }
        };
        let Some(next) = next else {
            break;
        };
        let was_particle = state == State::Particle;
        if next == State::Plain && !was_particle {
            plain += 1;
        } else {
            plain = 0;
        }
        if was_particle {
            governed = true;
        }
        state = next;
        end += 1;
        if state != State::Particle && (was_particle || state != State::Plain || end == b + 1) {
            anchor = end;
        }
    }
    // A particle needs the word it governs.
    if state == State::Particle {
        end -= 1;
    }
    end
}

/// `true` for a verbal noun of a derived verb with ال, as normalised: إفعال، افتعال،
/// انفعال، استفعال (الإصلاح، الاعتراف، الانسحاب، الاستمرار), an alif opening the stem and
/// standing before its last letter.
fn is_derived_masdar(n: &str) -> bool {
    n.strip_prefix(lex::DEFINITE_ARTICLE)
        .is_some_and(is_derived_masdar_stem)
}

/// A derived verbal noun written with بـ and no article: إفعال with its hamza written
/// (بإشراك; با of a family name, باعباد, is not one), افتعال and longer with a bare alif
/// (بانتخاب، باستخدام), or تفعيل (بتحويل).
fn is_ba_masdar(t: &Tok) -> bool {
    masdar_after(t, names::BA_PREPOSITION, names::BA_HAMZA_BELOW)
}

/// [`is_ba_masdar`] with لـ (لإعادة، لاستكمال، لتنسيق): the purpose a title serves (رئيس
/// اللجنة الفنية لإعادة إعمار المدينة), never the first part of a name. No name opens
/// with لـ and a hamza below (لإعادة، لإنقاذ), whatever the noun's shape.
fn is_lam_masdar(t: &Tok) -> bool {
    t.text.starts_with(names::LAM_HAMZA_BELOW) || masdar_after(t, lex::LAM, names::LAM_HAMZA_BELOW)
}

/// A derived verbal noun after the proclitic `prefix` (written `hamza` before the hamza of
/// إفعال); see [`is_ba_masdar`].
fn masdar_after(t: &Tok, prefix: char, hamza: &str) -> bool {
    let Some(stem) = t.norm.strip_prefix(prefix) else {
        return false;
    };
    if t.text.starts_with(hamza) {
        return is_derived_masdar_stem(stem);
    }
    let chars = stem.chars().count();
    (chars >= names::BA_BARE_MASDAR_MIN_CHARS && is_derived_masdar_stem(stem))
        || (chars == names::TAFIL_CHARS
            && stem.starts_with(names::TAFIL_FIRST)
            && stem.chars().rev().nth(1) == Some(names::TAFIL_VOWEL))
}

/// The stem test of [`is_derived_masdar`], without collecting the chars.
fn is_derived_masdar_stem(stem: &str) -> bool {
    stem.starts_with(names::OPENING_ALIF)
        && (names::MASDAR_MIN_CHARS..=names::MASDAR_MAX_CHARS).contains(&stem.chars().count())
        && stem.chars().rev().nth(1) == Some(names::OPENING_ALIF)
}

/// `true` when the word at piece `end` of `w`, right after the first name at `b`, is a
/// title's spelling that is the second half of a compound first name (محمد أمين بن عبد
/// الله، محمد أمين الصقلي): a word in the titles' table without ال, followed by a name
/// particle or by a family name with ال of the nisba shape in no table. A title after a
/// name governs a complement (أحمد رئيس الجمعية), which is no nisba in no table.
fn second_first_name(toks: &[Tok], w: &[Piece], b: usize, end: usize) -> bool {
    let at = |k: usize| {
        w.get(k)
            .filter(|p| !p.hyphenated())
            .and_then(|p| tok(toks, p))
    };
    end == b + 1
        && at(b).is_some_and(|f| !is_definite(f.norm) && !f.is(PARTICLES) && f.tags.bare == 0)
        && at(end).is_some_and(|t| t.is(TITLES) && !is_definite(t.norm) && !t.is(HONORIFICS))
        && at(end + 1).is_some_and(|n| {
            names::PATRONYMICS.contains(&n.norm)
                || (is_definite(n.norm)
                    && is_nisba(n.norm)
                    && n.tags.bare == 0
                    && n.tags.rest == 0
                    && !n.norm.starts_with(lex::LAM_ARTICLE))
        })
}

/// `true` when piece `k` of `w` is a word of three letters or more after the conjunction
/// و (وتنمية، وسياسة): no name opens with ف as a conjunction does (فاطمة، فؤاد).
fn joined_by_wa(toks: &[Tok], w: &[Piece], k: usize) -> bool {
    w.get(k).and_then(|p| tok(toks, p)).is_some_and(|t| {
        t.norm
            .strip_prefix(names::WA)
            .is_some_and(|r| has_chars(r, 3))
    })
}

/// `true` when token `i` is a particle of a foreign family name written as the text has
/// it (فان of ستيفان فان دير بيرغ; فإن, so, carries its hamza) and a plain word without ال
/// follows it.
fn foreign_particle(toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| names::FOREIGN_NAME_PARTICLES.contains(&t.text))
        && toks.get(i + 1).is_some_and(|x| {
            x.is_word() && x.tags.bare == 0 && x.tags.rest == 0 && !is_definite(x.norm)
        })
}

/// `true` when the word has the article: [`is_definite`], but not a word written with آ
/// before its ل (آلاء، آلاف), which normalisation folds to ال.
fn has_article(t: &Tok) -> bool {
    is_definite(t.norm) && !t.text.starts_with(names::ALEF_MADDA_LAM)
}

/// `true` for a sound plural participle with ال (المرشحين، المواطنون): a group of
/// people, never part of a personal name.
fn is_plural_participle(n: &str) -> bool {
    without_article(n).starts_with(names::HAL_PREFIX)
        && (n.ends_with(names::PARTICIPLE_PLURAL_ENDING)
            || n.ends_with(names::PRESENT_PLURAL_SUFFIX))
        && has_chars(n, names::PLURAL_PARTICIPLE_MIN_CHARS)
}

/// `true` for token `k` when it is a first name spelled like a preposition once folded
/// (علي, folded like على), written as the name, with the rest of a name after it up to
/// what closes the phrase (علي راضي الكعبي إن، يحيى علي عبد الرزاق،): words in no table
/// but the name particles, with no pronoun, the first not a noun of circumstance that
/// على governs (علي هامش المؤتمر, as some papers spell على).
fn name_spelled_prep(toks: &[Tok], k: usize) -> bool {
    // The tag first: the spelling is compared only for a preposition.
    if !toks.get(k).is_some_and(|t| {
        t.is_word() && t.is(NAME_PREPS) && names::NAMES_SPELLED_AS_PREPOSITIONS.contains(&t.text)
    }) {
        return false;
    }
    for (n, x) in toks.iter().skip(k + 1).enumerate() {
        match x.kind {
            Kind::Word if n < names::NAME_SPELLED_REST_WORDS => {
                let plain = (x.tags.bare | x.tags.rest) & !PARTICLES == 0
                    && !has_suffix(x.norm)
                    && !(n == 0 && T.after_ala.get(noun_stem(x.norm)) != 0);
                if x.in_table(INTRODUCERS) && n > 0 {
                    return true;
                }
                if !plain {
                    return false;
                }
            }
            Kind::Mark | Kind::Punct(':' | ',' | '،') => return n > 0,
            _ => return false,
        }
    }
    false
}

/// `true` when the preposition at token `k` opens a short complement (at most
/// [`TITLE_COMPLEMENT_WORDS`] words, none an introducer, a cue or a stop) that a comma
/// closes, and a personal name in apposition follows the comma (إلى اليمن، السويدي X،).
fn complement_then_apposition(toks: &[Tok], k: usize) -> bool {
    let comma = (k + 1..toks.len().min(k + 2 + TITLE_COMPLEMENT_WORDS))
        .take_while(|&j| {
            toks.get(j).is_some_and(|x| {
                is_comma_at(toks, j)
                    || (x.is_word() && !x.in_table(INTRODUCERS | CUE_OPENERS) && !x.is(STOPS))
            })
        })
        .find(|&j| is_comma_at(toks, j));
    comma.is_some_and(|c| c > k + 1 && apposition(toks, c + 1).is_some())
}

/// `true` when the phrase `w` is closed by what introduces a statement (علي راضي ثامر
/// الكعبي إن، …: «), or set between commas (، علي راضي ثامر الكعبي،): nothing after its
/// last word can be an object, so a family name may follow three first names.
fn closed_name(toks: &[Tok], w: &[Piece]) -> bool {
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return false;
    };
    let Some(after) = toks.get(last.last + 1) else {
        return false;
    };
    match after.kind {
        Kind::Word => after.in_table(INTRODUCERS),
        Kind::Mark | Kind::Punct(':') => true,
        Kind::Punct(',' | '،') => {
            // ، الدكتور رعد محمود يونس الحمداني،: honorifics may stand between the comma
            // and the name.
            let mut k = first.first.checked_sub(1);
            for _ in 0..MAX_HONORIFICS_BEFORE_NAME {
                match k {
                    Some(j) if toks.get(j).is_some_and(|t| t.is_word() && t.is(HONORIFICS)) => {
                        k = j.checked_sub(1);
                    }
                    _ => break,
                }
            }
            // وقالت سلمى الإدريسي العلوي، الكاتبة العامة للجنة: a name right after a
            // reporting verb that takes no object (not وانتقد النائب X تصريحات الوزيرة،) is
            // closed by a comma too.
            let after_verb = |k: usize| {
                k + 1 == first.first
                    && toks.get(k).is_some_and(|v| {
                        v.is_word() && v.in_table(VERBS) && !v.in_table(TRANSITIVE)
                    })
                    && tok(toks, first).is_some_and(|t| !t.is(HONORIFICS) && !is_role_noun(t))
            };
            k.is_some_and(|k| is_comma_at(toks, k) || after_verb(k))
        }
        Kind::Punct(_) => false,
    }
}

/// `true` when the words from token `k` are one to [`names::NAME_SPELLED_REST_WORDS`]
/// parts of a name (in no table but the particles, علي written as a name, or a family
/// name with ال) closed by a comma, a colon, a quotation mark or a statement introducer.
fn name_rest_closed(toks: &[Tok], k: usize) -> bool {
    for (n, x) in toks.iter().skip(k).enumerate() {
        match x.kind {
            Kind::Word if n < names::NAME_SPELLED_REST_WORDS => {
                if x.in_table(INTRODUCERS) && n > 0 {
                    return true;
                }
                let part = (x.tags.bare | x.tags.rest) & !PARTICLES == 0 && !has_suffix(x.norm);
                if !part && !name_spelled_prep(toks, k + n) {
                    return false;
                }
            }
            Kind::Mark | Kind::Punct(':' | ',' | '،') => return n > 0,
            _ => return false,
        }
    }
    false
}

/// `true` when the phrase `w` is the subject of a reporting verb with no object, right
/// after it and up to a comma (قالت نادين جورج الحاج موسى، وزيرة …).
fn said_up_to_comma(toks: &[Tok], w: &[Piece]) -> bool {
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return false;
    };
    is_comma_at(toks, last.last + 1)
        && first
            .first
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|v| {
                v.is_word() && v.in_table(VERBS) && !v.in_table(TRANSITIVE | WITH_OBJECT)
            })
}

/// The role and the name of a phrase, as piece ranges: a phrase that opens with a name
/// is all name (up to where the name ends); otherwise the name begins at the first word
/// after the article-bearing role words that can open a name and runs to the phrase's
/// end (else the first such word). `(None, None)`: no name, only a description or body.
fn split(toks: &[Tok], w: &[Piece]) -> (Option<Range<usize>>, Option<Range<usize>>) {
    split_with(toks, w, true)
}

/// [`split`]; `complete`: the phrase has ended, so a closing first name and family name
/// may be taken from a long role that has no other name.
fn split_with(
    toks: &[Tok],
    w: &[Piece],
    complete: bool,
) -> (Option<Range<usize>>, Option<Range<usize>>) {
    let Some(first) = w.first() else {
        return (None, None);
    };
    if starts_name(toks, first) {
        let end = name_run(toks, w, 0);
        // منظمات من المجتمع المدني: a noun with a preposition after it describes.
        let described = w
            .get(end)
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| t.is(NAME_PREPS) && !t.is(PARTICLES))
            && end < 2;
        if described {
            return (None, None);
        }
        // اختصاصية التأهيل السمعي رنا فارس: an unknown role noun with its definite
        // complement, then a name that fills the phrase.
        if w.get(end)
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| is_definite(t.norm))
        {
            let later = (end + 1..w.len()).find(|&b| {
                w.get(b - 1)
                    .and_then(|p| tok(toks, p))
                    .is_some_and(|t| is_definite(t.norm) || t.is(HONORIFICS))
                    && w.get(b).is_some_and(|p| starts_name(toks, p))
                    && name_run(toks, w, b) == w.len()
            });
            if let Some(b) = later {
                return (Some(0..b), Some(b..w.len()));
            }
        }
        return (None, (end > 0).then_some(0..end));
    }
    // الدكتور الخطيب: an honorific and one word with ال, a family name. The honorific
    // opens the phrase or follows a word with ال (not قائد اللواء الرابع, عبد الأمير).
    // The honorific's bit is tested first, the role noun's look-ups last.
    if let [head @ .., h, f] = w {
        let honorific = || tok(toks, h).is_some_and(|t| t.is(HONORIFICS));
        let titled = || {
            head.last()
                .and_then(|p| tok(toks, p))
                .is_none_or(|t| is_definite(t.norm) && !t.is(PARTICLES))
        };
        let family = || {
            tok(toks, f).is_some_and(|t| {
                !f.hyphenated()
                    && is_definite(t.norm)
                    && !t.is(TITLES | DESCRIPTIONS | NAMING | DOCUMENTS | HONORIFICS | STOPS)
                    && !is_role_noun(t)
            })
        };
        if honorific() && titled() && family() {
            let n = w.len();
            return (Some(0..n - 1), Some(n - 1..n));
        }
    }
    // The first name after the role words. One that opens with لـ (لشؤون الإغاثة), or
    // whose run is followed by more role words with ال (المستشفى الجامعي ابن رشد
    // بالدار البيضاء سعاد المرابط), yields to a later one.
    let mut weak = None;
    for b in 1..w.len() {
        let prev = w.get(b - 1).and_then(|p| tok(toks, p));
        // …لمدينة صيدا منى الزين، مراسلة الجزيرة في غزة هبة عكيلة، سفير إيطاليا لدى تونس
        // X: after a place with لـ and its proper noun, or after في or لدى and a proper
        // noun in no table (not the head of a longer place: في بلدية بنغازي).
        let after_place = || {
            let Some(at) = b
                .checked_sub(2)
                .and_then(|k| w.get(k))
                .and_then(|p| tok(toks, p))
            else {
                return false;
            };
            // The preposition first: most words are none of these.
            let preposition = at.norm == T.in_prep.as_ref() || at.norm == T.at_prep.as_ref();
            // مدير الفرع في منطقة عسير X: a place noun after في, then its proper noun.
            let headed = !preposition
                && T.residence.get(at.norm) != 0
                && b.checked_sub(3)
                    .and_then(|k| w.get(k))
                    .and_then(|p| tok(toks, p))
                    .is_some_and(|x| x.norm == T.in_prep.as_ref());
            if !preposition && !headed && !at.norm.starts_with(lex::LAM) {
                return false;
            }
            let Some(place) = w.get(b - 1).and_then(|p| tok(toks, p)) else {
                return false;
            };
            if is_definite(place.norm) || place.is(PARTICLES) {
                return false;
            }
            // A place noun (في منطقة عسير) is the head of the place, not its proper noun.
            let bare = || {
                place.tags.bare == 0
                    && place.tags.rest == 0
                    && !is_role_noun(place)
                    && T.residence.get(place.norm) == 0
            };
            // لنقابة عمال ميناء وهران: an occupation after the لـ-place is its complement,
            // no proper noun.
            (((preposition || headed) && bare())
                || (!preposition && !headed && lam_place(at.norm) && !is_role_noun(place)))
                && personal_words(toks, w.get(..b).unwrap_or(&[]))
        };
        // والي ولاية بجاية كمال عبد الحق: after a district and its one-word name.
        let district_before = || {
            b.checked_sub(2)
                .and_then(|k| w.get(k))
                .and_then(|p| tok(toks, p))
                .is_some_and(|d| T.constituencies.get(d.norm) != 0)
                && prev.is_some_and(|p| p.tags.bare | p.tags.rest == 0 && !is_definite(p.norm))
        };
        // نقيب صيادلة سوريا عبد الرزاق أبو النصر الحمصي: a name that opens with عبد or
        // أبو and fills the phrase after a title's complement.
        let particle_first = || {
            weak.is_none()
                && w.get(b).and_then(|p| tok(toks, p)).is_some_and(|t| {
                    t.is(PARTICLES) && names::NAME_OPENING_PARTICLES.contains(&t.text)
                })
                && name_run(toks, w, b) == w.len()
                && personal_words(toks, w.get(..b).unwrap_or(&[]))
        };
        let after_role = prev.is_some_and(|p| {
            is_definite(p.norm) || p.is(HONORIFICS) || (has_suffix(p.norm) && is_role_noun(p))
        }) || b.checked_sub(2).and_then(|k| w.get(k)).is_some_and(|p| {
            // محامي المدعى عليهم X
            w.get(b - 1)
                .is_some_and(|q| participle_with_complement(toks, p.last, q.first))
        }) || after_place()
            || district_before()
            || particle_first();
        if !after_role || !w.get(b).is_some_and(|p| starts_name(toks, p)) {
            continue;
        }
        // وزارة التجارة وتنمية الصادرات: a word with و after a body's words (no office
        // among them) joins the body's name; no personal name follows a body.
        if joined_by_wa(toks, w, b) && !personal_words(toks, w.get(..b).unwrap_or(&[])) {
            continue;
        }
        let end = name_run(toks, w, b);
        if end <= b {
            continue;
        }
        // تاجر جملة في سوق الحميدية بدمشق: one last word with بـ after a place with a
        // preposition is where the place is, not a one-word name.
        // The same after a body's words alone (الغرفة التجارية والصناعية بعدن): the city
        // the body sits in.
        let before = w.get(..b).unwrap_or(&[]);
        let where_it_is = end == b + 1
            && end == w.len()
            && opens_with(toks, w.get(b), &[names::BA_PREPOSITION])
            && (before
                .iter()
                .any(|p| tok(toks, p).is_some_and(|x| x.is(NAME_PREPS) && !x.is(PARTICLES)))
                || !personal_words(toks, before));
        if where_it_is {
            continue;
        }
        let lam_first = opens_with(toks, w.get(b), &[lex::LAM]);
        let role_goes_on = w
            .get(end)
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| is_definite(t.norm));
        if !lam_first && !role_goes_on {
            let b = if definite_first_part(toks, w, b) {
                b - 1
            } else if governed_first_part(toks, w, b) {
                b - 2
            } else {
                b
            };
            return (Some(0..b), Some(b..end));
        }
        // لشؤون الرعاية الأولية، لتنسيق الشؤون الإنسانية: a word with لـ and more role
        // words with ال after its run complete a title, not a name.
        if lam_first && role_goes_on {
            continue;
        }
        // الجامعة الملكية المغربية لكرة القدم، المرصد العراقي لحقوق الإنسان: after a body
        // with no role noun, a word with لـ is the body's complement, not a name.
        if lam_first && !personal_words(toks, w.get(..b).unwrap_or(&[])) {
            continue;
        }
        weak.get_or_insert((b, end));
    }
    if let Some((b, end)) = weak {
        return (Some(0..b), Some(b..end));
    }
    // بجامعة صفاقس آمنة الطرابلسي: a first name and a family name with ال closing a
    // long role.
    let n = w.len();
    if complete && n >= FALLBACK_MIN_WORDS {
        let first = n - 2;
        let lam_first = opens_with(toks, w.get(first), &[lex::LAM]);
        let joined = joined_by_wa(toks, w, first);
        let fits = w.get(first).is_some_and(|p| starts_name(toks, p))
            && (!(lam_first || joined) || personal_words(toks, w.get(..first).unwrap_or(&[])))
            && w.get(n - 1)
                .and_then(|p| tok(toks, p))
                .is_some_and(|t| is_definite(t.norm))
            // الشركة المصرية لتشغيل مترو الأنفاق: a word with لـ and no article governs
            // the words after it.
            && w.get(first - 1).and_then(|p| tok(toks, p)).is_some_and(|t| {
                !t.is(NAME_PREPS)
                    && !is_role_noun(t)
                    && !is_naming_noun(t)
                    && (!t.norm.starts_with(lex::LAM) || is_definite(t.norm) || t.is(PARTICLES))
            })
            && name_run(toks, w, first) == n;
        if fits {
            return (Some(0..first), Some(first..n));
        }
    }
    (None, None)
}

/// `true` when the words hold an office, a description of a person or an honorific (not
/// only a body: المرصد العراقي), so that a name may follow them.
fn personal_words(toks: &[Tok], words: &[Piece]) -> bool {
    words.iter().any(|p| {
        tok(toks, p).is_some_and(|t| is_office(t) || noun_in(DESCRIPTIONS, t) || t.is(HONORIFICS))
    })
}

/// A name in apposition: its words, the token after it, and the honorifics and
/// descriptors written before it.
type Appositive = (Vec<Piece>, usize, Vec<Piece>);

/// `true` when the words `name` read in apposition after the comma that ends `words` are
/// a clause, not a name: a word with a possessive pronoun (صياد في الستين، جلس يرتق
/// شباكه:), or one word alone after an indefinite description, which a relative clause
/// follows (معلمة في الخمسين، وقفت أمام المدرسة:) and a name hardly ever does.
fn clause_after_description(toks: &[Tok], words: &[Piece], name: &[Piece]) -> bool {
    let possessed = name
        .iter()
        .any(|p| tok(toks, p).is_some_and(|x| is_possessed(x.norm)));
    // Indefinite up to its prepositional complement: not a construct with a definite
    // noun (مدرب نجم الشلف، الهواري بوعلام،).
    let indefinite = || {
        words
            .first()
            .and_then(|w| tok(toks, w))
            .is_some_and(|h| is_role_noun(h) && !is_possessed(h.norm))
            && words
                .iter()
                .map_while(|p| tok(toks, p))
                .take_while(|w| !w.is(NAME_PREPS) || w.is(PARTICLES))
                .all(|w| !is_definite(w.norm))
    };
    possessed || (name.len() == 1 && indefinite())
}

/// A personal name in apposition after a comma (، اللواء طارق عبد السلام، إن): optional
/// honorifics and descriptors with ال, then a name that fills the segment up to a
/// comma, a colon, a full stop, a quotation mark or a word that ends a subject.
fn apposition(toks: &[Tok], from: usize) -> Option<Appositive> {
    // المنظمة، ومقرها ليون،: a noun with و and a pronoun opens a clause about the one
    // just named (its seat, its age), not a name.
    // (واسمها X names the one described.)
    if toks.get(from).is_some_and(|t| {
        t.is_word()
            && without_conjunction(t.norm).is_some_and(|r| has_suffix(r) && T.named.get(r) == 0)
    }) {
        return None;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut forced = false;
    let mut i = from;
    while let Some(t) = toks.get(i) {
        if pieces.len() >= MAX_APPOSITIVE_WORDS {
            return None;
        }
        match t.kind {
            Kind::Word => {}
            Kind::Punct('-') if !pieces.is_empty() && glued(toks, i) => {
                if let Some(last) = pieces.last_mut() {
                    last.last = i + 1;
                }
                i += 2;
                continue;
            }
            _ => break,
        }
        if toks.get(i + 1).is_some_and(|h| h.kind == Kind::Punct('-')) && glued(toks, i + 1) {
            pieces.push(Piece {
                first: i,
                last: i + 2,
            });
            i += 3;
            continue;
        }
        // بن علي، أبو على: a particle governs the next word whatever it is.
        if after_particle(toks, &pieces) {
            pieces.push(Piece::one(i));
            i += 1;
            continue;
        }
        if (t.is(STOPS | CLAUSE_VERBS | NAME_PREPS | AUDIENCE) || t.in_table(CUE_OPENERS))
            && !name_spelled_prep(toks, i)
        {
            // لي وي، يان فان دير بيرغ: a function word's spelling inside a foreign name
            // that fills the segment.
            let in_name = !t.is(CLAUSE_VERBS | NAME_PREPS)
                && !t.in_table(CUE_OPENERS)
                && foreign_rest(toks, i + 1);
            if !in_name {
                break;
            }
            forced = true;
        } else if ends_phrase(t) {
            break;
        }
        pieces.push(Piece::one(i));
        i += 1;
    }
    let ends_well = match toks.get(i) {
        None => true,
        Some(t) => match t.kind {
            Kind::Punct(c) => matches!(c, ',' | '،' | ':' | '.' | '؛'),
            Kind::Mark => true,
            Kind::Word => t.is(STOPS | NAME_PREPS | AUDIENCE) || t.in_table(INTRODUCERS),
        },
    };
    if !ends_well {
        return None;
    }
    if forced {
        // The name is what follows the descriptors (الهولندي | يان فان دير بيرغ).
        let start = pieces.iter().position(|p| {
            tok(toks, p)
                .is_some_and(|t| !(t.is(HONORIFICS) || is_definite(t.norm) || is_role_noun(t)))
        })?;
        return Some((
            pieces.get(start..)?.to_vec(),
            i,
            pieces.get(..start)?.to_vec(),
        ));
    }
    // The name starts at the first word that can open one after the descriptors
    // (الطبيب الكيني جوزيف أوتينو، جراح الأذن الدكتور سعيد آل حمدان) and fills the rest.
    let start = (0..pieces.len()).find(|&s| {
        let after = s == 0
            || pieces
                .get(s - 1)
                .and_then(|p| tok(toks, p))
                .is_some_and(|t| {
                    t.is(HONORIFICS)
                        || is_definite(t.norm)
                        || is_role_noun(t)
                        || T.named.get(t.norm) != 0
                });
        let rest = pieces.get(s..).unwrap_or(&[]);
        after
            && rest.first().is_some_and(|p| starts_name(toks, p))
            && name_run(toks, rest, 0) == rest.len()
    });
    // عضو الهيئة، الطاهر المنصري،: a name whose first part has ال fills the segment,
    // when the word after that part is a particle or has ال too (الهادي بن صالح); before
    // a plain word (الشهير محمد علي) the name starts at the plain word.
    // A first part shaped like a nisba (الهادي، العربي) opens a name only before a
    // particle: before another word with ال it is an adjective (الإيطالي الشهير).
    let first_nisba = pieces
        .first()
        .and_then(|p| tok(toks, p))
        .is_some_and(|t| is_nisba(t.norm));
    // الهادي الطرابلسي: two nisba shapes that fill the segment are a first name and a
    // family name (an adjective pair, الإيطالي الشهير, ends in a plain shape).
    let nisba_pair = first_nisba
        && pieces.len() == 2
        && pieces
            .get(1)
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| is_definite(t.norm) && is_nisba(t.norm));
    let definite_first = definite_name(toks, &pieces)
        && pieces.get(1).and_then(|p| tok(toks, p)).is_some_and(|t| {
            t.is(PARTICLES) || (is_definite(t.norm) && (!first_nisba || nisba_pair))
        });
    let start = match start {
        _ if definite_first => 0,
        // ، المهدي بنعبد الله العلوي،: the segment opens with the first name.
        Some(s)
            if s > 0
                && (patronymic_after_first_part(toks, &pieces, s)
                    || (s == 1 && opener_after_first_part(toks, &pieces, s))) =>
        {
            s - 1
        }
        Some(s) => s,
        None => return None,
    };
    Some((
        pieces.get(start..)?.to_vec(),
        i,
        pieces.get(..start)?.to_vec(),
    ))
}

/// `true` when the words of an apposition read as a name whose first part has ال
/// (الطاهر المنصري، الحسين ولد الطالب، العربي الزاهي): two to four words in no table but
/// the name particles, the first with ال, the last
/// not a nisba adjective with ة.
fn definite_name(toks: &[Tok], pieces: &[Piece]) -> bool {
    let plain = |p: &Piece| {
        tok(toks, p).is_some_and(|t| {
            t.is_word()
                && (t.is(PARTICLES) || (t.tags.bare == 0 && t.tags.rest == 0))
                && !is_role_noun(t)
        })
    };
    // ال itself, not a preposition before it (بالملف، للشؤون).
    let article = |p: &Piece| {
        tok(toks, p).is_some_and(|t| t.is(PARTICLES) || t.norm.starts_with(lex::DEFINITE_ARTICLE))
    };
    (2..=MAX_DEFINITE_NAME_WORDS).contains(&pieces.len())
        && pieces.iter().all(|p| !p.hyphenated() && plain(p))
        && pieces
            .iter()
            .all(|p| article(p) || !is_definite_piece(toks, p))
        && pieces
            .first()
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| is_definite(t.norm) && !t.is(PARTICLES))
        && pieces
            .last()
            .and_then(|p| tok(toks, p))
            .is_some_and(|t| !t.is(PARTICLES) && !t.norm.ends_with(lex::FEMININE_ENDING))
}

/// `true` when the name at piece `b` of `w` opens with a particle of descent (بن، ولد)
/// and the word before it, with ال and in no table, opens the phrase or follows a title:
/// that word is the name's first part (المحافظ المنصف بن صالح، قال الطاهر بن علي), not
/// the title's complement. Before a particle that opens a name's next part (عبد، أبو) the
/// word must follow a definite word instead (وزير التربية الطاهر عبد الحميد، الوزير المهدي
/// بنعبد الله): after a title in the construct state it is the title's complement
/// (محامي الدفاع عبد السلام).
fn definite_first_part(toks: &[Tok], w: &[Piece], b: usize) -> bool {
    let at = |k: usize| w.get(k).and_then(|p| tok(toks, p));
    let Some(next) = at(b) else {
        return false;
    };
    let before = b.checked_sub(2).and_then(at);
    if names::PATRONYMICS.contains(&next.norm) {
        // At the phrase's start (قال الطاهر بن علي) no title is needed.
        let title = b == 1 || before.is_some_and(|t| t.is(TITLES | HONORIFICS) || is_role_noun(t));
        return title && first_part_before_particle(toks, w, b);
    }
    let definite_before = b == 1 || before.is_some_and(|t| is_definite(t.norm) && !t.is(PARTICLES));
    definite_before && opener_after_first_part(toks, w, b)
}

/// `true` when piece `b` of `w` opens a name's later part (عبد، أبو; بنعبد written as one
/// word) and the word before it may be a first name with ال (الطاهر عبد الحميد): ال
/// itself (not والزراعة), no ordinal or elative ending a title (الرابع، الأسبق).
fn opener_after_first_part(toks: &[Tok], w: &[Piece], b: usize) -> bool {
    let at = |k: usize| w.get(k).and_then(|p| tok(toks, p));
    at(b).is_some_and(|t| {
        names::NAME_PART_OPENERS
            .iter()
            .any(|o| t.norm == *o || t.norm.strip_prefix(names::GLUED_BIN) == Some(*o))
    }) && first_part_before_particle(toks, w, b)
        && b.checked_sub(1).and_then(at).is_some_and(|t| {
            t.norm.starts_with(lex::DEFINITE_ARTICLE)
                && T.ordinals.get(t.norm) == 0
                && !is_elative(t.norm)
        })
}

/// `true` for a word with ال of the shape أفعل (الأسبق، الأعلى، الأكبر): an elative
/// adjective, never a first name.
fn is_elative(n: &str) -> bool {
    let Some(stem) = n.strip_prefix(lex::DEFINITE_ARTICLE) else {
        return false;
    };
    let mut chars = stem.chars();
    chars.next() == Some(names::OPENING_ALIF) && chars.count() == 3
}

/// `true` when the name found at piece `b` of `w` follows a name particle and the word
/// with ال it governs, after an office and its proper noun (محافظ مأرب عبد الولي ناجي):
/// the pair is the name's first part. Not after an honorific (جامعة الملك عبد العزيز X names
/// the university's eponym).
fn governed_first_part(toks: &[Tok], w: &[Piece], b: usize) -> bool {
    let at = |k: usize| w.get(k).and_then(|p| tok(toks, p));
    let (Some(k), Some(before)) = (b.checked_sub(2), b.checked_sub(3)) else {
        return false;
    };
    at(k).is_some_and(|t| t.is(PARTICLES) && !names::PATRONYMICS.contains(&t.norm))
        && at(k + 1).is_some_and(|t| is_definite(t.norm))
        && at(before).is_some_and(|t| {
            !is_definite(t.norm) && t.tags.bare == 0 && t.tags.rest == 0 && !t.is(PARTICLES)
        })
        // The proper noun completes an office (محافظ مأرب), not a longer place whose last
        // word a first name may follow (والي ولاية بجاية كمال عبد الحق).
        && before
            .checked_sub(1)
            .and_then(at)
            .is_some_and(|t| is_office(t))
}

/// `true` for a word with ال of the shape فاعي (الهادي، الناجي، الراضي): a participle of a
/// verb with a weak last letter, common as a first name, that only looks like a nisba.
fn is_defective_participle(n: &str) -> bool {
    let Some(stem) = n.strip_prefix(lex::DEFINITE_ARTICLE) else {
        return false;
    };
    let mut chars = stem.chars();
    let (Some(_), Some(second), Some(_), Some(last), None) = (
        chars.next(),
        chars.next(),
        chars.next(),
        chars.next(),
        chars.next(),
    ) else {
        return false;
    };
    second == names::ACTIVE_PARTICIPLE_ALIF && last == lex::FINAL_YA
}

/// `true` when piece `b` of `w` is a particle of descent (بن، ولد) and the word before
/// it has ال and is in no table: a first part of a name (التونسي المنصف بن عمار).
fn patronymic_after_first_part(toks: &[Tok], w: &[Piece], b: usize) -> bool {
    w.get(b)
        .and_then(|p| tok(toks, p))
        .is_some_and(|t| names::PATRONYMICS.contains(&t.norm))
        && first_part_before_particle(toks, w, b)
}

/// `true` when the word before piece `b` of `w` has ال and is in no table, no role noun,
/// no body and no nisba (a participle of the shape فاعي may be: الهادي): it may be a
/// first name.
fn first_part_before_particle(toks: &[Tok], w: &[Piece], b: usize) -> bool {
    b.checked_sub(1)
        .and_then(|k| w.get(k))
        .and_then(|p| tok(toks, p))
        .is_some_and(|t| {
            is_definite(t.norm)
                && t.tags.bare == 0
                && t.tags.rest == 0
                && !is_role_noun(t)
                && (!is_nisba(t.norm) || is_defective_participle(t.norm))
                && T.bodies.get(noun_stem(t.norm)) == 0
        })
}

/// `true` when the word of piece `p` has the article, with or without a preposition.
fn is_definite_piece(toks: &[Tok], p: &Piece) -> bool {
    tok(toks, p).is_some_and(|t| is_definite(t.norm))
}

/// `true` when the words from token `k` to the end of an apposition (a comma, a colon
/// or a quotation mark) are one to [`MAX_FOREIGN_REST`] words in no table and without
/// ال: the rest of a foreign name (وي of لي وي، دير بيرغ of فان دير بيرغ).
fn foreign_rest(toks: &[Tok], k: usize) -> bool {
    let mut n = 0;
    for t in toks.get(k..).unwrap_or(&[]) {
        match t.kind {
            Kind::Word
                if n < MAX_FOREIGN_REST
                    && t.tags.bare == 0
                    && t.tags.rest == 0
                    && !is_definite(t.norm) =>
            {
                n += 1;
            }
            Kind::Punct(',' | '،' | ':') | Kind::Mark => return n > 0,
            _ => return false,
        }
    }
    false
}

/// The subject written before its verb (SVO): the phrase that fills the clause before
/// the cue (ووزير الصحة منصور الحلو قال؛ الوزير أضاف), with an appositive name between
/// commas (نقيب الصيادلة، رامي عبد النور، قال) and a parenthesis skipped (سلوى، وهي معلمة
/// متقاعدة، قالت).
pub(crate) fn clause_subject(toks: &[Tok], cue: usize, floor: usize) -> Option<Subject> {
    let is_comma = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '،')))
    };
    // The clause's segments back from the cue, each ended by a comma (or the cue).
    let mut seg_end = cue;
    if seg_end > floor && is_comma(seg_end - 1) {
        seg_end -= 1;
    }
    let mut starts: Vec<usize> = Vec::new();
    let mut skipped: Vec<(usize, usize)> = Vec::new();
    for _ in 0..MAX_CLAUSE_SEGMENTS {
        let mut st = seg_end;
        while st > floor && toks.get(st - 1).is_some_and(|t| t.is_word()) {
            st -= 1;
        }
        let first = toks.get(st)?;
        if st == seg_end || !first.is_word() {
            return None;
        }
        let boundary = st == floor || st == 0 || toks.get(st - 1).is_some_and(|t| {
            matches!(t.kind, Kind::Punct(c) if matches!(c, ',' | '،' | '؛' | ';' | ':') || lex::SENTENCE_END.contains(&c))
        });
        if !boundary {
            return None;
        }
        // وهي معلمة متقاعدة: a parenthesis about the subject.
        if first.in_table(RELATIVES) || T.parentheses.get(first.norm) != 0 {
            if st == 0 || !is_comma(st - 1) {
                return None;
            }
            skipped.push((st, seg_end));
            seg_end = st - 1;
            continue;
        }
        starts.push(st);
        if st == 0 || !is_comma(st - 1) {
            break;
        }
        seg_end = st - 1;
    }
    // The farthest segment first, so that a role before an appositive name is kept.
    for &st in starts.iter().rev() {
        let t = toks.get(st)?;
        if t.in_table(CUE_OPENERS | STOPS | NAME_PREPS | AUXILIARIES) {
            continue;
        }
        let bare = without_conjunction(t.norm)
            .filter(|_| t.norm != without_conjunction(t.norm).unwrap_or(t.norm));
        // وعرض أبو الخير صورا للتشققات، وأضاف: the person named after the verb.
        if st == starts.last().copied().unwrap_or(st) && opens_with_verb(t) {
            if let Some(mut s) = subject_of(toks, st + 1, false, true).filter(|s| {
                s.end < cue && (s.personal || toks.get(st + 1).is_some_and(|x| is_definite(x.norm)))
            }) {
                s.end = cue;
                return Some(s);
            }
            continue;
        }
        let Some(mut s) = subject(toks, st, false) else {
            continue;
        };
        // Between the phrase and the cue: only punctuation and skipped parentheses.
        let reaches = (s.end..cue).all(|k| {
            !toks.get(k).is_some_and(|x| x.is_word())
                || skipped.iter().any(|&(a, b)| a <= k && k < b)
        });
        if !reaches {
            continue;
        }
        let opens_well = s.personal || is_role_noun(t) || is_definite(t.norm);
        if !opens_well {
            continue;
        }
        // The phrase must fill its words (not زار السفير | الياباني …), and a clause after
        // a comma opens with و or a role (، ووزير الصحة …، not ، مقتل جنديين).
        let words_in = toks
            .get(st..s.end.min(cue))
            .unwrap_or(&[])
            .iter()
            .filter(|x| x.is_word())
            .count();
        let words_out = s.name.split_whitespace().count()
            + s.role
                .as_deref()
                .map_or(0, |r| r.split_whitespace().count());
        if words_in != words_out {
            continue;
        }
        let after_comma = st > 0 && is_comma(st - 1);
        if after_comma && bare.is_none() && !is_role_noun(t) {
            continue;
        }
        // ووزير الصحة: the conjunction is not part of the phrase.
        if bare.is_some() {
            let strip = |x: &mut String| {
                let first = x.chars().next();
                if first.is_some_and(|c| lex::CONJUNCTIONS.contains(&c)) {
                    x.remove(0);
                }
            };
            match (&mut s.role, s.personal) {
                (Some(r), _) => strip(r),
                (None, _) => strip(&mut s.name),
            }
        }
        s.end = cue;
        return Some(s);
    }
    None
}

/// `true` when the clause at `st` opens with a conjunction on a word in no table
/// (وعرض، فسجل): a verb, whose subject follows it.
fn opens_with_verb(t: &Tok) -> bool {
    without_conjunction(t.norm).is_some_and(|b| b != t.norm && !is_definite(b))
        && (t.tags.bare | t.tags.rest) & !CLAUSE_VERBS == 0
        && !is_role_noun(t)
}

/// The first token of the sentence that holds token `cue`, not before `floor`: the one
/// after the latest full stop (or ! ?) that `quoted` does not place inside a quote.
fn sentence_start(toks: &[Tok], cue: usize, floor: usize, quoted: impl Fn(usize) -> bool) -> usize {
    let mut k = cue;
    while k > floor {
        let ends = toks
            .get(k - 1)
            .is_some_and(|p| is_sentence_end(p) && !quoted(p.start));
        if ends {
            break;
        }
        k -= 1;
    }
    k
}

/// The word right after the first word of the sentence that holds token `cue`, when that
/// is a verb in no table (وحمّل دوبوا الحكم …، وعاد العتيبي …): maybe a short mention of
/// its subject, which the caller looks up among the known speakers' family names.
pub(crate) fn opening_word<'t>(toks: &'t [Tok], cue: usize, floor: usize) -> Option<&'t str> {
    let start = sentence_start(toks, cue, floor, |_| false);
    let (verb, word) = (toks.get(start)?, toks.get(start + 1)?);
    let plain_verb =
        verb.is_word() && verb.tags.bare == 0 && verb.tags.rest == 0 && is_arabic_word(verb.norm);
    (plain_verb && start + 1 < cue && word.is_word()).then_some(word.norm)
}

/// The title and name after the first word of the sentence that holds token `cue`, when
/// that word is an unknown verb (زار السفير الياباني توموهيرو ساتو المخيم، وقال …): a
/// pronoun cue later in the sentence refers to them.
pub(crate) fn opening_subject(toks: &[Tok], cue: usize, floor: usize) -> Option<Subject> {
    opening_subject_with(toks, cue, floor, false, None)
}

/// The person the sentence that ends right before token `open` (a quotation mark that
/// opens the next sentence) introduces after its first word, a verb in no table, by title
/// or by a name of two words or more: the speaker of a quote with no cue that follows the
/// description of its speaker (تجمع سهام عبد الله قاسم ما تبقى من الحبات. «…»).
pub(crate) fn subject_of_sentence_before(
    toks: &[Tok],
    open: usize,
    floor: usize,
) -> Option<Subject> {
    described_in_sentence_before(toks, open, floor, None)
}

/// [`subject_of_sentence_before`], which also takes a description whose head noun is in
/// no table when it is `head` (normalised): the word a later mention repeats.
fn described_in_sentence_before(
    toks: &[Tok],
    open: usize,
    floor: usize,
    head: Option<&str>,
) -> Option<Subject> {
    let end = open.checked_sub(1)?;
    if !toks.get(end).is_some_and(is_sentence_end) {
        return None;
    }
    opening_subject_with(toks, end, floor, true, head)
}

/// The speaker of a pronoun cue whose sentence opens with the quote it reports (…. «…»،
/// تقول), when the sentence before introduces a person ([`subject_of_sentence_before`]).
/// `quoted`: whether a char lies inside a quote (whose full stops end no sentence here).
pub(crate) fn subject_before_quote(
    toks: &[Tok],
    cue: usize,
    floor: usize,
    quoted: impl Fn(usize) -> bool,
) -> Option<Subject> {
    let start = sentence_start(toks, cue, floor, &quoted);
    if toks.get(start)?.kind != Kind::Mark || before_opens_quoted(toks, start, floor, &quoted) {
        return None;
    }
    subject_of_sentence_before(toks, start, floor)
}

/// `true` when the sentence before the one at `start` opens inside a quote (a full stop
/// inside the quote that ends it: «… قبل أن نرى التزامات مكتوبة». «…»، تتابع): its words
/// are the speaker's, and they introduce no one.
fn before_opens_quoted(
    toks: &[Tok],
    start: usize,
    floor: usize,
    quoted: impl Fn(usize) -> bool,
) -> bool {
    let Some(end) = start.checked_sub(1) else {
        return false;
    };
    let k = sentence_start(toks, end, floor, |_| false);
    toks.get(k).is_some_and(|t| quoted(t.start))
}

/// [`subject_before_quote`] for a mention that repeats, with ال, the head noun `head`
/// (normalised) of a description in the sentence before (يجلس صائغ في الخمسين …. «…»،
/// يقول الصائغ): that description, though its noun is in no table.
pub(crate) fn description_before_quote(
    toks: &[Tok],
    cue: usize,
    floor: usize,
    quoted: impl Fn(usize) -> bool,
    head: &str,
) -> Option<Subject> {
    let start = sentence_start(toks, cue, floor, &quoted);
    if toks.get(start)?.kind != Kind::Mark || before_opens_quoted(toks, start, floor, &quoted) {
        return None;
    }
    described_in_sentence_before(toks, start, floor, Some(head))
}

/// The comma that closes a fronted adverbial whose words start at `from` (وقبل التوقيع
/// بساعات، …): within [`MAX_FRONTED_WORDS`] words, before `cue`.
fn fronted_comma(toks: &[Tok], from: usize, cue: usize) -> Option<usize> {
    (from..cue)
        .take(MAX_FRONTED_WORDS + 1)
        .take_while(|&i| {
            toks.get(i)
                .is_some_and(|t| t.is_word() || is_comma_at(toks, i))
        })
        .find(|&i| is_comma_at(toks, i))
}

/// [`opening_subject`]; `bare_names`: a personal name of two words or more with no title
/// is taken too.
fn opening_subject_with(
    toks: &[Tok],
    cue: usize,
    floor: usize,
    bare_names: bool,
    head: Option<&str>,
) -> Option<Subject> {
    let k = sentence_start(toks, cue, floor, |_| false);
    // The sentence's first word: a verb in no table (not a particle, preposition, cue).
    let mut first = (k..cue).find(|&i| toks.get(i).is_some_and(|t| t.kind != Kind::Punct(',')))?;
    // وقبل التوقيع بساعات، التقى X: a fronted adverbial, opened by a preposition or an
    // adverb of time or place and closed by a comma, goes before the verb.
    let fronted = |t: &Tok| {
        T.fronted.get(t.norm) != 0
            || without_conjunction(t.norm).is_some_and(|r| T.fronted.get(r) != 0)
    };
    if toks.get(first).is_some_and(|t| t.is_word() && fronted(t)) {
        first = fronted_comma(toks, first + 1, cue)? + 1;
    }
    // أما على الطريق الرئيسي، فكان بائع …: أما before a fronted adverbial opens no topic;
    // the clause starts after the comma.
    if toks
        .get(first)
        .is_some_and(|t| t.is_word() && t.norm == T.topic.as_ref())
        && toks
            .get(first + 1)
            .is_some_and(|t| t.is_word() && T.fronted.get(t.norm) != 0)
    {
        first = fronted_comma(toks, first + 2, cue)? + 1;
    }
    // وحين سئلت المديرة عن الموعد، أجابت: a clause of time before the main verb, whose
    // verb's subject is the sentence's.
    let temporal = |n: &str| names::TEMPORAL_OPENERS.contains(&n);
    if toks.get(first).is_some_and(|t| {
        t.is_word() && (temporal(t.norm) || without_conjunction(t.norm).is_some_and(temporal))
    }) {
        first += 1;
        // ولما سألها مدير الجلسة …، أجابت: the one who asks is not the one who answers.
        if toks.get(first).is_some_and(is_question) {
            return None;
        }
    }
    // أما الزرهوني، فقد أعلن …: the topic of أما is the sentence's subject.
    if toks
        .get(first)
        .is_some_and(|t| t.is_word() && t.norm == T.topic.as_ref())
    {
        // A family name alone (أما الزرهوني،) reads as no person: one word is taken too.
        return subject(toks, first + 1, false).filter(|s| {
            (s.personal || s.role.is_some() || s.end == first + 2)
                && s.end <= cue
                && toks
                    .get(s.end..)
                    .unwrap_or(&[])
                    .iter()
                    .find(|t| t.kind != Kind::Punct(',') && t.kind != Kind::Punct('،'))
                    .is_some_and(|v| v.is_word() && v.norm.starts_with(lex::FA))
        });
    }
    // لم يُخف مدرب X غضبه: a negation before the verb.
    if toks
        .get(first)
        .is_some_and(|t| t.is_word() && names::NEGATION_PARTICLES.contains(&t.norm))
    {
        first += 1;
    }
    let t = toks.get(first)?;
    // وكان أبو ظهر قد راسل …، متسائلا; كان أحد أصحاب المخابز يغلق …: the subject after
    // an auxiliary.
    let auxiliary = t.is_word() && t.in_table(AUXILIARIES);
    if !auxiliary && (!t.is_word() || t.tags.bare != 0 || t.tags.rest != 0 || is_definite(t.norm)) {
        return None;
    }
    // After an auxiliary a present verb follows the subject (كان أحد أصحاب المخابز | يغلق
    // باب محله، كانت الممرضة الهندية | تنهي مناوبتها): the phrase ends before it.
    let verb_after = auxiliary
        .then(|| {
            (first + 2..cue).find(|&k| {
                toks.get(k).is_some_and(|v| {
                    !v.is_word() || (v.tags.bare == 0 && is_present_verb(v, || true))
                })
            })
        })
        .flatten()
        .filter(|&k| toks.get(k).is_some_and(|v| v.is_word()));
    let s = match verb_after {
        Some(k) => subject(toks.get(..k)?, first + 1, false)?,
        None => subject(toks, first + 1, false)?,
    };
    // توقع صندوق النقد الدولي أن …، وقال: a body named by its noun, too.
    let body = !s.personal
        && toks
            .get(first + 1)
            .is_some_and(|h| h.is_word() && noun_in(TITLES, h) && !is_office(h));
    // وقف أحد السكان يجمع …، وقال: one of a group, too.
    let partitive = !s.personal
        && toks
            .get(first + 1)
            .is_some_and(|h| h.is_word() && T.partitives.get(h.norm) != 0);
    // A bare name right after the verb must be followed by a stop, punctuation or a
    // possessed noun (سهام قاسم ما تبقى، سعاد إبراهيم، التي، منى الحلو ثيابها): not a name
    // run on into the verb's object.
    let closed = || {
        // The token after the name's words, read from the verb on.
        let n = s.name.split(' ').count();
        let mut seen = 0;
        let after = (first + 1..cue).find(|&k| {
            let word = toks.get(k).is_some_and(|t| t.is_word());
            if word && seen == n {
                return true;
            }
            seen += usize::from(word);
            !word && seen == n
        });
        after
            .and_then(|k| toks.get(k))
            .is_some_and(|t| match t.kind {
                // …الحلو ثيابها: a possessed noun, the object, ends a name too.
                // …أبو الخير بتحويل العيادة: a verbal noun with بـ, the verb's complement.
                Kind::Word => {
                    t.in_table(STOPS | NAME_PREPS | RELATIVES)
                        || is_possessed(t.norm)
                        || is_ba_masdar(t)
                }
                _ => true,
            })
    };
    // Only an Arabic verb: in other scripts no word is in a table, and any is a "verb".
    let bare = (bare_names || auxiliary)
        && s.name.contains(' ')
        && toks.get(first).is_some_and(|v| is_arabic_word(v.norm))
        && closed();
    let named = s.personal && (s.role.is_some() || bare);
    // اكتفى الرئيس بالقول: an office alone, one word (a longer phrase may have run on into
    // the verb's object: خاطب رئيس الجلسة النواب).
    let office = !s.personal
        && !s.name.contains(' ')
        && toks
            .get(first + 1)
            .is_some_and(|h| h.is_word() && is_office(h));
    // وقف متقاعد في السبعين من عمره يحمل وصفة. «…»، قال الرجل: in the sentence before
    // a quote, a person described without a name, too.
    // كانت الممرضة الهندية تنهي مناوبتها. «…»، تقول: a description with ال, too, which
    // names again one described before.
    let described = !s.personal
        && s.role.is_none()
        && toks.get(first + 1).is_some_and(|h| {
            h.is_word() && is_role_noun(h) && (bare_names || !is_definite(h.norm))
        });
    // يجلس صائغ في الخمسين …. «…»، يقول الصائغ: a noun in no table, read as a one-word
    // name, that a later mention repeats with ال is the head of a description.
    let repeated = s.role.is_none()
        && !s.name.contains(' ')
        && head.is_some()
        && toks
            .get(first + 1)
            .is_some_and(|h| h.is_word() && head == Some(h.norm));
    if repeated && s.end <= cue {
        return Some(Subject {
            personal: false,
            ..s
        });
    }
    ((named || body || partitive || office || described) && s.end <= cue).then_some(s)
}

/// The people a paragraph introduces by title and name (صدر للكاتبة المغربية ليلى العلوي،
/// أشاد المدرب بالمهاجم يوسف بن علي): a phrase that opens with a title or role with ال
/// (or لل، بال) and names someone after it, outside the quotes (`quoted`).
pub(crate) fn introductions(toks: &[Tok], quoted: impl Fn(usize) -> bool) -> Vec<Subject> {
    let with_article = |x: &Tok| {
        x.is_word()
            && (x.norm.starts_with(lex::DEFINITE_ARTICLE) || x.norm.starts_with(lex::LAM_ARTICLE))
    };
    // A word in no table but the name particles at `k` (a first name), or after a comma
    // there (قائد الفريق، ياسر الدوسري،: a name in apposition).
    let name_follows = |k: usize| {
        let plain = |x: &Tok| x.is_word() && (x.tags.bare | x.tags.rest) & !PARTICLES == 0;
        toks.get(k).is_some_and(plain)
            || (is_comma_at(toks, k) && toks.get(k + 1).is_some_and(plain))
    };
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(t) = toks.get(k) {
        // A run of words with ال or لل, read once: only its first word can open the
        // phrase (a title), and a word in no table, without ال, must follow the run (the
        // first name). Most runs open no introduction and are passed over here. A title
        // in the construct state opens it too (عقد وزير الخارجية X ووزيرة الخارجية
        // الإسبانية Y مؤتمرا): the run is its complement.
        let construct = (t.tags.bare | t.tags.rest) & TITLES != 0
            && t.is_word()
            && toks.get(k + 1).is_some_and(with_article)
            && !with_article(t)
            && (T.offices.get(t.norm) != 0
                || without_conjunction(t.norm).is_some_and(|r| T.offices.get(r) != 0));
        if construct {
            let mut run_end = k + 1;
            while toks.get(run_end).is_some_and(with_article) {
                run_end += 1;
            }
            let first_name = run_end - k <= MAX_INTRO_DESCRIPTORS + 1 && name_follows(run_end);
            // وزير خارجية البلاد: a title after a role noun completes it; after one with
            // بـ (برئاسة نقيب المعلمين X) it opens the phrase.
            // After a cue (قال وزير الخارجية X) the cue's own subject names the person.
            let after_role = k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                p.is_word()
                    && (p.in_table(CUE_OPENERS)
                        || (is_role_noun(p) && !p.norm.starts_with(names::BA_PREPOSITION)))
            });
            let found = (first_name && !after_role && !quoted(t.start))
                .then(|| subject_of(toks, k, false, false))
                .flatten()
                .filter(|s| s.personal && s.role.is_some() && s.name.contains(' '));
            if let Some(mut s) = found {
                // ووزيرة الخارجية: the conjunction is not part of the role.
                if let Some(r) = s.role.as_mut() {
                    if T.offices.get(t.norm) == 0
                        && r.chars()
                            .next()
                            .is_some_and(|c| lex::CONJUNCTIONS.contains(&c))
                    {
                        r.remove(0);
                    }
                }
                k = run_end;
                out.push(s);
                continue;
            }
            k = run_end;
            continue;
        }
        if !with_article(t) {
            k += 1;
            continue;
        }
        // في inside the run joins a complement (الخبيرة في الاقتصاد السياحي).
        let mut run_end = k + 1;
        while let Some(x) = toks.get(run_end) {
            let joined = x.is_word()
                && x.norm == T.in_prep.as_ref()
                && toks.get(run_end + 1).is_some_and(with_article);
            if with_article(x) {
                run_end += 1;
            } else if joined {
                run_end += 2;
            } else {
                break;
            }
        }
        let at = k;
        k = run_end;
        let first_name = run_end - at <= MAX_INTRO_DESCRIPTORS + 1 && name_follows(run_end);
        if !first_name {
            continue;
        }
        // A person's title, occupation or description (not a body: الهيئة), at the start
        // of its phrase, outside the quotes.
        let n = t.norm;
        let stem = n
            .strip_prefix(lex::LAM_ARTICLE)
            .or_else(|| n.strip_prefix(lex::DEFINITE_ARTICLE));
        let titled = t.is(HONORIFICS) || stem.is_some_and(|st| T.titled.get(st) != 0);
        if !titled {
            continue;
        }
        let after_role = at
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.is_word() && is_role_noun(p));
        if after_role || quoted(t.start) {
            continue;
        }
        let Some(s) = subject_of(toks, at, true, false) else {
            continue;
        };
        // A name of two words or more, none with a pronoun (not صورته), read only for a
        // person with a role. The name is normalised once, not word by word:
        // normalisation reads a char at a time and keeps the spaces, so its words are the
        // name's words normalised (a proptest in `fast_paths` holds it).
        let named = || {
            s.name.contains(' ')
                && crate::quotes::tokens::norm(&s.name)
                    .split(' ')
                    .all(|w| !has_suffix(w))
        };
        if s.personal && s.role.is_some() && named() {
            k = k.max(s.end);
            out.push(s);
        }
    }
    out
}

/// The subject of a verb after the لـ of purpose (عادت الشابي لتؤكد، عاد الوزير ليضيف):
/// the phrase after the sentence's first word, a verb in no table, filling the clause up
/// to the cue.
pub(crate) fn purpose_subject(toks: &[Tok], cue: usize, floor: usize) -> Option<Subject> {
    let c = toks.get(cue)?;
    if c.is(VERBS) || !c.norm.starts_with(lex::LAM) || !c.in_table(VERBS) {
        return None;
    }
    let mut k = cue;
    while k > floor {
        let prev = toks.get(k - 1)?;
        if !prev.is_word() {
            break;
        }
        k -= 1;
    }
    let first = toks.get(k)?;
    if k + 1 >= cue || first.tags.bare != 0 || first.tags.rest != 0 || is_definite(first.norm) {
        return None;
    }
    let s = subject(toks, k + 1, false)?;
    (s.end == cue).then_some(s)
}

/// The closing mark of a short quoted name whose opening mark is token `open`.
fn quoted_name(toks: &[Tok], open: usize) -> Option<usize> {
    let close = (open + 1..toks.len().min(open + 2 + MAX_QUOTED_SOURCE_WORDS))
        .find(|&k| toks.get(k).is_some_and(|t| !t.is_word()))?;
    (close > open + 1 && toks.get(close)?.kind == Kind::Mark).then_some(close)
}

/// Where the subject of a transitive verb ends and its object begins: at a plain word
/// after a definite one (البيان الختامي | مسار), or at a definite word that does not agree
/// with a feminine noun before it (الوزارة | المواطنين).
fn object_start(toks: &[Tok], words: &[Piece]) -> Option<usize> {
    (1..words.len()).find(|&k| {
        let (Some(prev), Some(cur)) = (
            words.get(k - 1).and_then(|p| tok(toks, p)),
            words.get(k).and_then(|p| tok(toks, p)),
        ) else {
            return false;
        };
        // سأل الدفاع الشاهدة: a feminine role noun after a masculine noun does not agree
        // with it, so it is no adjective but the object.
        let feminine_role = || {
            !prev.norm.ends_with(lex::FEMININE_ENDING)
                && cur.norm.ends_with(lex::FEMININE_ENDING)
                && !is_nisba(cur.norm)
                && is_role_noun(cur)
        };
        // فاز العداء الكيني ديفيد كيبتو: a name of two words or more after a nisba with
        // ال is in apposition to it (a nationality before a name), not the object.
        let named_after_nisba = || {
            is_definite(prev.norm)
                && is_nisba(prev.norm)
                // not after a document or a body (البيان الختامي مسار كييف)
                && !words.get(..k).unwrap_or(&[]).iter().any(|p| {
                    tok(toks, p).is_some_and(|t| {
                        noun_in(DOCUMENTS | NAMING, t) || (noun_in(TITLES, t) && !is_office(t))
                    })
                })
                && [k, k + 1].iter().all(|&j| {
                    words
                        .get(j)
                        .and_then(|p| tok(toks, p).map(|t| (p, t)))
                        .is_some_and(|(p, t)| {
                            !has_suffix(t.norm) && (starts_name(toks, p) || is_definite(t.norm) && j > k)
                        })
                })
        };
        if named_after_nisba() {
            return false;
        }
        // خالد عبد الكريم | أبو صالح: a name particle after a governed word carries the
        // name on, however the governed word is written.
        let particle_after_governed = cur.is(PARTICLES)
            && k >= 2
            && words
                .get(k - 2)
                .and_then(|p| tok(toks, p))
                .is_some_and(|t| t.is(PARTICLES));
        // المهندس | سليم: an honorific is followed by its name.
        if particle_after_governed || prev.is(HONORIFICS) {
            return false;
        }
        // وطالب وزير النقل | سامر محمود الشناوي بـ…: a name of two words or more right
        // after a title and its complement is the title holder's, not the object.
        // Not when the run ends in two words with ال (اتهم النائب جورج عقيقي الفريق
        // الآخر): a noun and its adjective after the name are the object.
        let holder = || {
            let end = name_run(toks, words, k);
            let definite_words = words
                .get(k..end)
                .unwrap_or(&[])
                .iter()
                .filter(|p| tok(toks, p).is_some_and(|t| is_definite(t.norm) && !t.is(PARTICLES)))
                .count();
            words.get(k).is_some_and(|p| starts_name(toks, p))
                && end >= k + 2
                && definite_words <= 1
                && words.get(..k).unwrap_or(&[]).iter().any(|p| {
                    tok(toks, p).is_some_and(|t| is_office(t) || t.is(HONORIFICS))
                })
        };

        // وتدير الشناوي القاعة: a feminine noun with ال after a masculine nisba with ال
        // (a family name) does not agree with it, so it is the object.
        let after_family_name = || {
            is_definite(cur.norm)
                && cur.norm.ends_with(lex::FEMININE_ENDING)
                && !is_nisba(cur.norm)
                && is_nisba(prev.norm)
                && !prev.norm.ends_with(lex::FEMININE_ENDING)
                && prev.tags.bare == 0
                && prev.tags.rest == 0
        };
        // سألت الصحيفة الوزيرة، اتهم قائد الجيش الوزير: an office with ال after a noun
        // with ال that is no office is a new phrase, not a title in apposition.
        // Not when the office heads a name and the phrase before it is no role or body
        // (وسجل هدف الفوز المهاجم الموريتاني X: the object came first).
        let office_after_other = || {
            is_definite(cur.norm)
                && is_office(cur)
                && !is_office(prev)
                && !is_nisba(cur.norm)
                && (words
                    .first()
                    .and_then(|p| tok(toks, p))
                    .is_some_and(|h| is_role_noun(h) || noun_in(NAMING, h))
                    || !words
                        .get(k + 1..)
                        .unwrap_or(&[])
                        .iter()
                        .any(|p| tok(toks, p).is_some_and(|t| !is_definite(t.norm))))
        };
        let (p, c) = (prev.norm, cur.norm);
        // سأل النائب فواز محمود بني هاني | الوزير: an office with ال that ends the phrase
        // before a colon, right after a name's last word, is the one the verb takes, no
        // family name (not a compound's second half: محمد الأمين).
        let office_after_name = || {
            k + 1 == words.len()
                && toks
                    .get(words.get(k).map_or(0, |w| w.last + 1))
                    .is_some_and(|t| t.kind == Kind::Punct(':'))
                && is_definite(c)
                && is_office(cur)
                && !is_nisba(c)
                && T.compound_seconds.get(c) == 0
                && !is_office(prev)
                && !prev.is(PARTICLES | HONORIFICS | TITLES)
                && words.get(k - 1).is_some_and(|w| starts_name(toks, w))
        };
        if office_after_name() {
            return true;
        }
        is_definite(p)
            && (!is_definite(c)
                || (p.ends_with(lex::FEMININE_ENDING) && !c.ends_with(lex::FEMININE_ENDING))
                || feminine_role()
                || after_family_name()
                || office_after_other())
            && !holder()
    })
}

/// The subject written before a parenthesis about it that ends right before the verb
/// at `cue_tok` (غير أن خديجة أوعلي، وهي ربة بيت، تروي تجربة مختلفة): the phrase from the
/// clause's start (the sentence's, or after أن/إن) to the comma that opens the
/// parenthesis, agreeing with the parenthesis's pronoun.
fn parenthesised_subject(toks: &[Tok], cue_tok: usize, floor: usize) -> Option<Subject> {
    let comma = cue_tok.checked_sub(1)?;
    if !is_comma_at(toks, comma) {
        return None;
    }
    // The pronoun that opens the parenthesis, right after a comma, with words only
    // between it and the closing comma.
    let lowest = comma.saturating_sub(2 * MAX_SUBJECT_WORDS).max(floor);
    let mut k = comma;
    let opener = loop {
        if k <= lowest {
            return None;
        }
        k -= 1;
        let t = toks.get(k)?;
        if !t.is_word() {
            return None;
        }
        if T.parentheses.get(t.norm) != 0 && k > 0 && is_comma_at(toks, k - 1) {
            break k;
        }
    };
    let open = opener - 1;
    let pronoun = toks.get(opener)?;
    let gender = match T.parentheses.get(pronoun.norm) {
        PARENTHESIS_FEMININE => Gender::Feminine,
        PARENTHESIS_MASCULINE => Gender::Masculine,
        _ => Gender::Plural,
    };
    // The clause's start: the sentence's, or the word after an introducer or a particle
    // that opens a fronted subject (لكن، بينما).
    let mut start = open;
    while start > floor {
        let p = toks.get(start - 1)?;
        match p.kind {
            Kind::Word if p.in_table(INTRODUCERS) || T.svo_openers.get(p.norm) != 0 => break,
            Kind::Word => start -= 1,
            // A full stop, a semicolon (آراء مختلفة؛ سلوى، وهي …، قالت), a colon.
            Kind::Punct(c) if c != ',' && c != '،' && c != '-' => break,
            _ => return None,
        }
        if open - start > MAX_SUBJECT_WORDS {
            return None;
        }
    }
    let mut s = subject(toks, start, false).filter(|s| s.end == open && s.gender.agrees(gender))?;
    s.gender = s.gender.or_known(gender);
    Some(s)
}

/// A title and the name in apposition after it, from the clause's start (the sentence's,
/// or after أن/إن) to the comma right before the verb at `cue_tok` (مدير المطار، يحيى
/// المتوكل، قال إن; غير أن وزير النقل، المهندس X، طالب بـ).
fn apposed_subject(toks: &[Tok], cue_tok: usize, floor: usize) -> Option<Subject> {
    let comma = cue_tok.checked_sub(1)?;
    if !is_comma_at(toks, comma) {
        return None;
    }
    let mut k = comma;
    let mut commas = 0;
    while k > floor {
        let p = toks.get(k - 1)?;
        match p.kind {
            Kind::Word if p.in_table(INTRODUCERS) => break,
            Kind::Word => {}
            // Only the comma that opens the apposition.
            Kind::Punct(',' | '،') if commas == 0 => commas += 1,
            Kind::Punct(c) if lex::SENTENCE_END.contains(&c) => break,
            _ => return None,
        }
        k -= 1;
        if comma - k > 2 * MAX_SUBJECT_WORDS {
            return None;
        }
    }
    if commas == 0 {
        return None;
    }
    // لكن سهى العبادي، رئيسة اللجنة، ردت: a contrast particle that opens the sentence
    // stands before the subject (one look-up, for the clause's first word only).
    if toks
        .get(k)
        .is_some_and(|t| t.is_word() && in_map_with_conjunction(&T.contrast_openers, t))
    {
        k += 1;
    }
    subject(toks, k, false).filter(|s| s.personal && s.role.is_some() && s.end == comma)
}

/// The subject written before a verb that has none after it: the antecedent of a
/// relative pronoun (الوزارة، التي أكدت), the noun before an auxiliary (جدتي كانت تقول),
/// or the topic of أما (أما الائتلاف، فقد دعا).
pub(crate) fn subject_before(toks: &[Tok], cue_tok: usize, floor: usize) -> Option<Subject> {
    let prev_word = |mut k: usize, skip_comma: bool| -> Option<usize> {
        while k > floor {
            k -= 1;
            match toks.get(k)?.kind {
                Kind::Word => return Some(k),
                Kind::Punct(',' | '،') if skip_comma => continue,
                _ => return None,
            }
        }
        None
    };
    let Some(k) = prev_word(cue_tok, false) else {
        return apposed_subject(toks, cue_tok, floor)
            .or_else(|| topic_subject(toks, cue_tok, floor));
    };
    let t = toks.get(k)?;
    let with_object = toks.get(cue_tok).is_some_and(|c| c.in_table(WITH_OBJECT));
    if t.is(RELATIVES) && !with_object {
        let a = prev_word(k, true)?;
        // The whole name before the relative (مديرة المخيم، نادين الخوري، التي قالت).
        // Particles and the words they govern do not count against the name's plain
        // words (سلطان بن عبد الله بن راشد آل حمدان، الذي قال).
        let mut first = a;
        let mut plain = 1;
        while first > floor
            && toks
                .get(first - 1)
                .is_some_and(|x| x.is_word() && !x.is(STOPS | NAME_PREPS) && !is_cue_word(x))
        {
            let governed = |k: usize| {
                toks.get(k).is_some_and(|x| x.is(PARTICLES))
                    || k.checked_sub(1)
                        .and_then(|j| toks.get(j))
                        .is_some_and(|x| x.is_word() && x.is(PARTICLES))
            };
            if !governed(first - 1) {
                if plain >= MAX_NAME_PLAIN_WORDS {
                    break;
                }
                plain += 1;
            }
            first -= 1;
        }
        if first < a {
            if let Some(mut s) =
                subject(toks, first, false).filter(|s| s.personal && s.end == a + 1)
            {
                if s.role.is_none() {
                    s.role = role_ending_before(toks, first, floor);
                }
                return Some(s);
            }
        }
        return phrase_ending_at(toks, a, floor).or_else(|| noun_at(toks, a).map(Subject::plain));
    }
    if t.in_table(AUXILIARIES) {
        if let Some(a) = prev_word(k, false) {
            return phrase_ending_at(toks, a, floor)
                .or_else(|| noun_at(toks, a).map(Subject::plain));
        }
        // وكانت مجلة «آفاق المتوسط» قد ذكرت: a name in quotation marks closes the phrase.
        if let Some(m) = k.checked_sub(1).filter(|&m| m > floor) {
            if toks.get(m).is_some_and(|x| x.kind == Kind::Mark) {
                return phrase_ending_at(toks, m, floor);
            }
        }
    }
    // كانت أمي تقول: the subject between the auxiliary and the verb.
    if prev_word(k, false)
        .and_then(|a| toks.get(a))
        .is_some_and(|a| a.in_table(AUXILIARIES))
    {
        return noun_at(toks, k).map(Subject::plain);
    }
    // رسالة تحذيرية تقول: a verb written without و/ف right after an indefinite noun opens
    // a relative clause about that noun.
    let bare_verb = toks.get(cue_tok).is_some_and(|c| c.is(VERBS));
    if bare_verb && !is_definite(t.norm) {
        let mut first = k;
        let mut j = k;
        while k - first + 1 < MAX_RELATIVE_WORDS && toks.get(j).is_some_and(plain_noun) {
            first = j;
            match prev_word(j, false) {
                Some(p) if p + 1 == j => j = p,
                _ => break,
            }
        }
        // أصدرت وزارة الصحة بيانا أكدت فيه: a noun in the accusative is the object of
        // the clause's verb, and the clause's subject is the one who speaks.
        if toks.get(first).is_some_and(|x| is_accusative(x.norm)) {
            if let Some(s) = object_clause_subject(toks, first, floor) {
                return Some(s);
            }
        }
        if toks.get(k).is_some_and(plain_noun) {
            let words: Vec<&str> = toks
                .get(first..=k)
                .unwrap_or(&[])
                .iter()
                .map(|w| w.text)
                .collect();
            return Some(Subject::plain(words.join(" ")));
        }
    }
    subject_after_opener(toks, cue_tok, floor).or_else(|| topic_subject(toks, cue_tok, floor))
}

/// `true` for an indefinite noun in the accusative, written with its final alif (بيانا،
/// تقريرا): the object of a verb before it, never a subject.
fn is_accusative(n: &str) -> bool {
    // The final alif first: most words fail there, on their last bytes.
    n.strip_suffix(names::ACCUSATIVE_ALIF).is_some_and(|stem| {
        !stem.ends_with(names::ACCUSATIVE_ALIF)
            && !stem.ends_with(lex::HAMZA)
            && !is_definite(n)
            && has_chars(n, 4)
    })
}

/// `true` for a document noun in the accusative (أصدرت الوزارة بيانا، نشرت تقريرا): the
/// object of the verb before the body's name, never a part of it.
fn accusative_document(n: &str) -> bool {
    is_accusative(n)
        && n.strip_suffix(names::ACCUSATIVE_ALIF)
            .is_some_and(|stem| has(stem, DOCUMENTS))
}

/// `true` for a participle in the feminine with ال (الناطقة، الصادرة، المتخصصة) after a
/// paper's or a channel's name (`words`: صحيفة الوطن): it describes the paper and is no
/// part of its name. A nisba (الرسمية، الأردنية) may be.
fn media_description(toks: &[Tok], words: &[Piece], n: &str) -> bool {
    // The ending first (on the last bytes), then the article.
    let Some(stem) = n
        .strip_suffix(lex::FEMININE_ENDING)
        .filter(|_| words.len() >= 2)
        .and_then(|r| r.strip_prefix(lex::DEFINITE_ARTICLE))
    else {
        return false;
    };
    // مُفعِّلة، مُتفعِّلة (a م and three letters or more), or فاعلة.
    let participle = if let Some(derived) = stem.strip_prefix(lex::PARTICIPLE_MIM) {
        has_chars(derived, 3)
    } else {
        stem.chars().count() == names::ACTIVE_PARTICIPLE_STEM_CHARS
            && stem.chars().nth(1) == Some(names::ACTIVE_PARTICIPLE_ALIF)
    };
    participle
        && !is_nisba(n)
        && words.first().and_then(|w| tok(toks, w)).is_some_and(|h| {
            T.media.get(h.norm) != 0
                || without_conjunction(h.norm).is_some_and(|r| T.media.get(r) != 0)
        })
}

/// The subject of the clause whose object starts at token `object` (أصدرت وزارة الصحة |
/// بيانا): the clause opens right after a comma or the sentence's start with its verb,
/// and its subject fills the words up to the object.
fn object_clause_subject(toks: &[Tok], object: usize, floor: usize) -> Option<Subject> {
    let mut verb = object;
    while verb > floor && toks.get(verb - 1).is_some_and(|x| x.is_word()) {
        verb -= 1;
        if object - verb > MAX_SUBJECT_WORDS {
            return None;
        }
    }
    if verb + 1 >= object
        || !toks
            .get(verb)
            .is_some_and(|v| v.is_word() && !is_definite(v.norm))
    {
        return None;
    }
    // The subject is read in the words before the object alone.
    subject_of(toks.get(..object)?, verb + 1, false, false)
        .filter(|s| s.end == object && !s.name.is_empty())
}

/// `true` for a full stop or another sign that ends a sentence.
pub(crate) fn is_sentence_end(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct(c) if lex::SENTENCE_END.contains(&c))
}

/// Most particles before a fronted subject (غير أن، في حين أن).
const MAX_SVO_OPENERS: usize = 3;

/// لكن عضو اللجنة النائبة ريم الشامي اعترضت بشدة، مؤكدة: the person named before the
/// verb of the sentence holding the cue at `cue` (subject before verb, after at most
/// [`MAX_SVO_OPENERS`] opening particles), when that verb's form agrees with `g`.
pub(crate) fn svo_subject(toks: &[Tok], cue: usize, floor: usize, g: Gender) -> Option<Subject> {
    let start = sentence_start(toks, cue, floor, |_| false);
    let opener = |t: &Tok| t.is_word() && in_map_with_conjunction(&T.svo_openers, t);
    let first = (start..cue)
        .take(MAX_SVO_OPENERS + 1)
        .find(|&k| toks.get(k).is_some_and(|t| !opener(t)))?;
    // A title and a name (a bare word could be a verb or an adverb: وبعدما، ختام).
    let titled = toks
        .get(first)
        .is_some_and(|t| t.is_word() && (t.is(HONORIFICS) || is_role_noun(t)));
    // غير أن نورة سالم الهاجري أبدت تحفظها، قائلة: after a particle, a bare name of two
    // words or more (with its role in apposition or none) before an agreeing verb.
    let bare = first > start;
    if !titled && !bare {
        return None;
    }
    let s = subject(toks, first, false).filter(|s| {
        s.personal
            && s.end < cue
            && ((titled && s.role.is_some()) || (bare && s.name.contains(' ')))
    })?;
    // The verb is the word right after the name's last word: the phrase may have taken
    // it in and left it out of the name. After a role in apposition, the word after its
    // closing comma.
    let last = s.name.split(' ').next_back()?;
    let after_name = (first..s.end)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.text == last))?;
    let mut verb_at = if is_comma_at(toks, after_name + 1) && s.role.is_some() {
        (s.end..cue).find(|&k| !is_comma_at(toks, k))?
    } else {
        after_name + 1
    };
    let mut s = s;
    // غير أن المدرب يرفض هذه المقارنة: a demonstrative opens the verb's object, so the
    // one word read as the name after the title is the verb, and the title alone is the
    // subject.
    if toks
        .get(verb_at)
        .is_some_and(|d| d.is_word() && T.demonstratives.get(d.norm) != 0)
    {
        let role = s.role.take().filter(|_| titled && !s.name.contains(' '))?;
        verb_at = after_name;
        s = Subject {
            end: after_name,
            ..Subject::plain(role)
        };
    }
    let verb = toks.get(verb_at).filter(|v| {
        v.is_word()
            && is_arabic_word(v.norm)
            && !v.is(STOPS | NAME_PREPS | PARTICLES)
            && !v.in_table(INTRODUCERS)
            && !is_definite(v.norm)
    })?;
    let feminine_form = verb.norm.ends_with(names::FEMININE_PAST_SUFFIX)
        || verb.norm.starts_with(names::FEMININE_PRESENT_PREFIX);
    let agrees = match g {
        Gender::Feminine => feminine_form,
        Gender::Masculine => !feminine_form && !verb.norm.ends_with(lex::FEMININE_ENDING),
        _ => false,
    };
    // The verb's form outweighs a gender read off the titles (عضو اللجنة النائبة X).
    agrees.then_some(Subject { gender: g, ..s })
}

/// غير أن ولي أمر أحد الطلاب يخشى أن: the noun phrase between أن or إن and the verb at
/// `cue_tok` is its subject.
fn subject_after_opener(toks: &[Tok], cue_tok: usize, floor: usize) -> Option<Subject> {
    let k = cue_tok.checked_sub(1)?;
    // لكن صحيفة لوموند كتبت: a particle that opens the sentence before a fronted subject.
    let opens_sentence = |j: usize| {
        toks.get(j)
            .is_some_and(|x| in_map_with_conjunction(&T.contrast_openers, x))
            && (j == 0 || toks.get(j - 1).is_some_and(is_sentence_end))
    };
    let opener = (floor..k)
        .rev()
        .take(MAX_SUBJECT_WORDS)
        .take_while(|&j| toks.get(j).is_some_and(|x| x.is_word()))
        .find(|&j| toks.get(j).is_some_and(|x| x.in_table(INTRODUCERS)) || opens_sentence(j))?;
    subject(toks, opener + 1, false).filter(|s| s.end == cue_tok)
}

/// A body named again by its head alone (الوزارة، البنك), `s`, written in full earlier in
/// the paragraph, before token `before`: the latest phrase that opens with the same noun,
/// in the construct state or with ال (وزارة الزراعة والغابات السودانية، البنك المركزي
/// التونسي), and goes on with words with ال up to a word that is not one, a word of time
/// or punctuation.
pub(crate) fn body_in_full(toks: &[Tok], before: usize, s: &Subject) -> Option<Subject> {
    if s.personal || s.role.is_some() || s.name.contains(' ') {
        return None;
    }
    let mention = super::tokens::norm(&s.name);
    let head = mention.strip_prefix(lex::DEFINITE_ARTICLE)?;
    if T.bodies.get(head) == 0 {
        return None;
    }
    // The noun, bare or with ال, after at most two one-letter proclitics (لوزارة، وللبنك):
    // how many letters open the word before it.
    let opens = |t: &Tok| -> Option<usize> {
        let mut rest = t.norm;
        for skip in 0..=MAX_PROCLITICS {
            if rest == head || rest == mention.as_ref() {
                return Some(skip);
            }
            let one = rest.chars().next()?.len_utf8();
            rest = rest.get(one..)?;
        }
        None
    };
    let continues = |t: &Tok| {
        t.is_word()
            && !t.is(STOPS | VERBS | NAME_PREPS | AUDIENCE)
            && T.time_nouns.get(t.norm) == 0
            && (is_definite(t.norm) || without_conjunction(t.norm).is_some_and(is_definite))
    };
    (0..before.min(toks.len())).rev().find_map(|k| {
        let t = toks.get(k).filter(|t| t.is_word())?;
        let skip = opens(t)?;
        // صندوق الطاقة المتجددة وترشيد الطاقة: a noun with و in the construct state before
        // a word with ال joins the name too.
        let joined = |j: usize| {
            toks.get(j).is_some_and(|x| {
                x.is_word()
                    && !x.is(STOPS | VERBS | NAME_PREPS)
                    && without_conjunction(x.norm).is_some_and(|r| {
                        x.norm.starts_with(names::WA) && has_chars(r, 3) && !is_definite(r)
                    })
            }) && j + 1 < before
                && toks.get(j + 1).is_some_and(&continues)
        };
        let run = |from: usize| {
            (from..before)
                .take(names::MAX_BODY_NAME_WORDS)
                .take_while(|&j| toks.get(j).is_some_and(&continues) || joined(j))
                .count()
        };
        let mut n = run(k + 1);
        if n == 0 {
            return None;
        }
        // لجنة التربية في مجلس الشورى العماني: a body inside another, after في.
        let inside = toks
            .get(k + 1 + n)
            .is_some_and(|x| x.is_word() && x.norm == T.in_prep.as_ref())
            && toks
                .get(k + 2 + n)
                .is_some_and(|x| x.is_word() && T.bodies.get(x.norm) != 0);
        if inside {
            let m = run(k + 3 + n);
            if m > 0 {
                n += 2 + m;
            }
        }
        // The proclitics' letters, each with the marks written on it, are left out: the
        // chars normalisation keeps are counted as `opens` counted them.
        let mut letters = 0;
        let cut = t
            .text
            .char_indices()
            .find(|&(_, ch)| {
                if !super::fold::is_ignorable(ch) {
                    letters += 1;
                }
                letters > skip
            })
            .map(|(i, _)| i)?;
        let mut name = t.text.get(cut..)?.to_string();
        for x in toks.get(k + 1..k + 1 + n)? {
            name.push(' ');
            name.push_str(x.text);
        }
        Some(Subject { name, ..s.clone() })
    })
}

/// The title in apposition before the name at token `name` (وزير الاستثمار، الشيخ سلطان
/// …، الذي قال): a role noun and the words with ال after it, ending at the comma before
/// the name (an honorific right before the name is skipped).
fn role_ending_before(toks: &[Tok], name: usize, floor: usize) -> Option<String> {
    let mut at = name;
    if at > floor
        && toks
            .get(at - 1)
            .is_some_and(|t| t.is_word() && t.is(HONORIFICS))
    {
        at -= 1;
    }
    let comma = at
        .checked_sub(1)
        .filter(|&c| c > floor && is_comma_at(toks, c))?;
    let last = comma - 1;
    let mut head = last;
    while head > floor
        && toks
            .get(head)
            .is_some_and(|t| t.is_word() && is_definite(t.norm))
    {
        head -= 1;
    }
    // محافظ البنك المركزي (a title and its complement), المدير العام (a title with ال).
    let construct = head < last
        && toks
            .get(head)
            .is_some_and(|t| t.is_word() && is_role_noun(t));
    if !construct {
        head += 1;
    }
    let t = toks.get(head).filter(|t| t.is_word() && is_role_noun(t))?;
    if !construct && !is_definite(t.norm) {
        return None;
    }
    let pieces: Vec<Piece> = (head..=last).map(Piece::one).collect();
    Some(join(toks, &pieces, Lam::Keep))
}

/// The whole noun phrase that ends at token `a` and opens with a definite noun or a role
/// (الجهاز المركزي للإحصاء، الذي قال; وزارة العمل قد أعلنت): the farthest opening, within
/// [`MAX_SUBJECT_WORDS`] words after `floor` and after any stop, preposition, cue or
/// auxiliary, whose phrase ends right at `a`.
fn phrase_ending_at(toks: &[Tok], a: usize, floor: usize) -> Option<Subject> {
    let mut first = a;
    while first > floor
        && first + MAX_SUBJECT_WORDS > a
        && toks.get(first - 1).is_some_and(|x| {
            // وكانت صحيفة «صوت الدلتا» قد ذكرت: a name in quotation marks inside.
            // مديرية المصالح العقارية في حمص: في and the place inside a body's name.
            x.kind == Kind::Mark
                || x.norm == T.in_prep.as_ref()
                || (x.is_word()
                    && !x.in_table(STOPS | NAME_PREPS | AUXILIARIES | RELATIVES)
                    && !is_cue_word(x))
        })
    {
        first -= 1;
    }
    (first..a).find_map(|st| {
        let t = toks.get(st)?;
        // وكان تقرير للمرصد … قد حذر: a document names its issuer; a naming noun
        // (صحيفة، وكالة) the name after it.
        // وكانت مديرية المصالح العقارية في حمص قد أكدت: a body's noun opens its name.
        if !t.is_word()
            || !(is_definite(t.norm)
                || is_role_noun(t)
                || noun_in(DOCUMENTS | NAMING, t)
                || T.bodies.get(noun_stem(t.norm)) != 0)
        {
            return None;
        }
        subject(toks, st, false).filter(|s| s.end == a + 1)
    })
}

/// The topic of أما before a cue (أما الائتلاف، فقد دعا؛ أما المتحدث، فلان، فقال).
fn topic_subject(toks: &[Tok], cue_tok: usize, floor: usize) -> Option<Subject> {
    let mut k = cue_tok;
    while k > floor {
        k -= 1;
        let t = toks.get(k)?;
        if matches!(t.kind, Kind::Punct(c) if lex::SENTENCE_END.contains(&c) || c == '؛' || c == ';')
        {
            return None;
        }
        if t.is_word() && t.norm == T.topic.as_ref() {
            // أما منسق السلطة في الولاية فاكتفى بالقول: the phrase ends at the verb with ف.
            let before_fa = (k + 2..cue_tok)
                .filter(|&v| {
                    toks.get(v)
                        .is_some_and(|x| x.is_word() && x.norm.starts_with(lex::FA))
                })
                .find_map(|v| topic_before(toks, v));
            return before_fa.or_else(|| subject(toks, k + 1, false));
        }
    }
    None
}

/// `true` for an indefinite word that can be a noun or adjective (not a particle, a
/// preposition, a cue or a stop word).
fn plain_noun(t: &Tok) -> bool {
    !is_definite(t.norm)
        && !t.is(STOPS | NAME_PREPS | PARTICLES | AUXILIARIES | RELATIVES | CLAUSE_VERBS)
        && !is_cue_word(t)
}

/// The word at token `k` as a subject, unless it is a stop, a cue or a preposition.
fn noun_at(toks: &[Tok], k: usize) -> Option<String> {
    let t = toks.get(k)?;
    if t.is(STOPS | NAME_PREPS) || is_cue_word(t) {
        return None;
    }
    Some(t.text.to_string())
}
