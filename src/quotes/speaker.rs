//! Who said it: reporting cues (verbs, participles, attribution phrases) with the noun
//! phrase that names their subject, the personal name inside a "title + name" phrase,
//! and subjects written before their verb.

use super::tokens::{Kind, Tok};
use super::words::{
    has, is_cue_word, is_definite, is_lam, is_naming_noun, is_occasion, noun_stem,
    without_conjunction, ATTRIBUTION, AUDIENCE, AUXILIARIES, CLAUSE_VERBS, CUE_OPENERS, NAME_PREPS,
    NAMING, PARTICIPLES, PARTICLES, RELATIVES, SAYINGS, SAYING_FROM, STOPS, T, TITLES, TRANSITIVE,
    TRANSMIT, VERBS, WITH_LAM, WITH_OBJECT,
};
use crate::lexicon::quotes as lex;

/// Longest name in quotes taken as (part of) a speaker (ذكرت «رويترز» أن).
const MAX_QUOTED_SOURCE_WORDS: usize = 4;

/// Longest speaker noun phrase, in words, before it is cut.
const MAX_SUBJECT_WORDS: usize = 14;

/// How many tokens after a transmission verb its عن may come (نقلت صحيفة «الأهرام» عن).
const TRANSMIT_REACH: usize = 8;

/// A name after a title is at least this many words from the phrase's end when found by
/// the fallback (first name + family name).
const FALLBACK_NAME_WORDS: usize = 2;

/// Shortest phrase in which the fallback looks for a trailing personal name.
const FALLBACK_MIN_WORDS: usize = 4;

/// Most plain (article-less) words before a family name with ال (محمد شياع السوداني).
const MAX_NAME_PLAIN_WORDS: usize = 2;

/// Longest indefinite noun phrase taken as the subject of a relative-clause verb.
const MAX_RELATIVE_WORDS: usize = 3;

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
    pub subject: Option<String>,
    /// The speaker after resolving pronouns.
    pub resolved: Option<String>,
}

/// Finds every reporting cue in the paragraph with the subject it names.
pub(crate) fn cues(toks: &[Tok]) -> Vec<Cue> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        if !t.in_table(CUE_OPENERS) {
            continue;
        }
        let n = t.norm;
        let found = if t.is(SAYINGS) {
            let floor = i.saturating_sub(TRANSMIT_REACH);
            (floor..i)
                .rev()
                .take_while(|&k| {
                    toks.get(k)
                        .is_some_and(|x| x.is_word() || x.kind == Kind::Mark)
                })
                .find(|&k| toks.get(k).is_some_and(|x| x.is(SAYING_FROM)))
                .map(|k| (CueKind::Phrase, subject(toks, k + 1, false)))
        } else if t.in_table(TRANSMIT) {
            let from = (i + 1..toks.len().min(i + 1 + TRANSMIT_REACH))
                .take_while(|&k| {
                    toks.get(k).is_some_and(
                        |x| !matches!(x.kind, Kind::Punct(c) if lex::SENTENCE_END.contains(&c)),
                    )
                })
                .find(|&k| {
                    toks.get(k)
                        .is_some_and(|x| x.norm == T.transmit_from.as_ref())
                });
            match from {
                Some(k) => Some((CueKind::Phrase, subject(toks, k + 1, false))),
                None => Some((CueKind::Verb, subject(toks, i + 1, false))),
            }
        } else if t.in_table(VERBS) {
            let transitive = t.in_table(TRANSITIVE);
            Some((CueKind::Verb, subject_of(toks, i + 1, false, transitive)))
        } else if t.in_table(PARTICIPLES) {
            Some((CueKind::Participle, None))
        } else if t.in_table(ATTRIBUTION) {
            let lam = t.in_table(WITH_LAM);
            Some((CueKind::Phrase, subject(toks, i + 1, lam)))
        } else if let Some(next) = toks.get(i + 1).filter(|x| x.is_word()) {
            T.pairs
                .iter()
                .any(|(a, b)| is_pair(n, next.norm, a, b))
                .then(|| (CueKind::Phrase, subject(toks, i + 2, false)))
        } else {
            None
        };
        if let Some((kind, subject)) = found {
            // A two-word phrase is written whole as its cue (على لسان).
            let pair = toks
                .get(i + 1)
                .filter(|x| x.is_word() && T.pairs.iter().any(|(a, b)| is_pair(n, x.norm, a, b)));
            let text = match pair {
                Some(x) => format!("{} {}", t.text, x.text),
                None => t.text.to_string(),
            };
            out.push(Cue {
                tok: i,
                at: t.start,
                kind,
                text,
                subject,
                resolved: None,
            });
        }
    }
    out
}

/// `true` when the words `n`, `next` are the pair `a b` (the first maybe with its
/// conjunction).
fn is_pair(n: &str, next: &str, a: &str, b: &str) -> bool {
    (n == a || without_conjunction(n) == Some(a)) && next == b
}

/// The subject noun phrase starting at token `from`, or `None` when the cue has none
/// (a pronoun subject). `lam`: the phrase may open with لـ (وفقا لـ …), which is dropped.
fn subject(toks: &[Tok], from: usize, lam: bool) -> Option<String> {
    subject_of(toks, from, lam, false)
}

/// [`subject`]; `transitive`: the verb takes an object, which is cut off.
fn subject_of(toks: &[Tok], from: usize, lam: bool, transitive: bool) -> Option<String> {
    let mut words: Vec<&Tok> = Vec::new();
    let mut i = from;
    let mut strip_lam = false;
    while let Some(t) = toks.get(i) {
        if words.len() >= MAX_SUBJECT_WORDS {
            break;
        }
        if t.kind == Kind::Mark {
            // A source named in quotes: صحيفة «الأهرام» المصرية، ذكرت «رويترز» أن.
            let after_naming = words.last().is_some_and(|w| is_naming_noun(w));
            match quoted_name(toks, i) {
                Some(close)
                    if after_naming
                        || (words.is_empty()
                            && toks.get(close + 1).is_some_and(|x| x.is_word())) =>
                {
                    words.extend(toks.get(i + 1..close).unwrap_or(&[]));
                    i = close + 1;
                    continue;
                }
                _ => break,
            }
        }
        if !t.is_word() {
            break;
        }
        let n = t.norm;
        if words.is_empty() {
            if t.is(AUDIENCE) {
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
        if t.is(STOPS | CLAUSE_VERBS) || is_cue_word(t) {
            break;
        }
        // A subject never opens with a preposition (قال في وقت سابق).
        if words.is_empty() && t.is(NAME_PREPS) {
            break;
        }
        if !words.is_empty() || !strip_lam {
            if is_lam(n) || t.is(AUDIENCE) {
                break;
            }
            // لصحيفة، لوكالة: told to a medium; للوكالة (definite) belongs to a title.
            if let Some(rest) = n.strip_prefix(lex::LAM) {
                if !rest.starts_with(lex::LAM) && has(rest, NAMING) {
                    break;
                }
            }
        }
        if n == T.in_prep.as_ref() {
            let next = toks.get(i + 1).filter(|x| x.is_word());
            if next.is_none_or(|x| is_occasion(x)) {
                break;
            }
        }
        if words.is_empty() {
            words.reserve(MAX_SUBJECT_WORDS);
        }
        words.push(t);
        i += 1;
    }
    // A phrase cannot end on a preposition or a particle.
    while words.last().is_some_and(|w| w.is(NAME_PREPS | PARTICLES)) {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    if transitive {
        if let Some(cut) = object_start(&words) {
            words.truncate(cut);
        }
    }
    let (a, b) = name_part(&words);
    let picked = words.get(a..b)?;
    let mut out = String::with_capacity(picked.iter().map(|w| w.text.len() + 1).sum());
    for (k, w) in picked.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let at = out.len();
        if strip_lam && a + k == 0 {
            out.extend(w.text.chars().skip(1).filter(|c| *c != '\u{0640}'));
        }
        if out.len() == at {
            out.push_str(w.text);
        }
    }
    Some(out)
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
fn object_start(words: &[&Tok]) -> Option<usize> {
    (1..words.len()).find(|&k| {
        let (Some(prev), Some(cur)) = (words.get(k - 1), words.get(k)) else {
            return false;
        };
        let (prev, cur) = (prev.norm, cur.norm);
        is_definite(prev)
            && (!is_definite(cur)
                || (prev.ends_with(lex::FEMININE_ENDING) && !cur.ends_with(lex::FEMININE_ENDING)))
    })
}

/// `true` for a word that can begin a personal name: not definite, not a preposition,
/// a particle or a title.
fn can_start_name(t: &Tok) -> bool {
    let n = t.norm;
    if is_definite(n) || t.is(NAME_PREPS | PARTICLES | TITLES) {
        return false;
    }
    let stem = noun_stem(n);
    stem.len() == n.len() || !has(stem, TITLES)
}

/// The personal name at the end of a "title + name" phrase, as a word range; the whole
/// phrase when it holds no such name.
fn name_part(w: &[&Tok]) -> (usize, usize) {
    // A phrase that opens with a name (ترك آل الشيخ رئيس …) keeps that name.
    if w.first().is_some_and(|x| can_start_name(x)) && w.get(1).is_some_and(|x| x.is(PARTICLES)) {
        return (0, name_run(w, 0));
    }
    let boundary = (1..w.len()).rev().find(|&b| {
        w.get(b).is_some_and(|x| can_start_name(x))
            && w.get(b - 1).is_some_and(|x| is_definite(x.norm))
    });
    if let Some(b) = boundary {
        return (b, name_run(w, b));
    }
    let len = w.len();
    if len >= FALLBACK_MIN_WORDS {
        let first = len - FALLBACK_NAME_WORDS;
        let ok = w.get(len - 1).is_some_and(|x| is_definite(x.norm))
            && w.get(first).is_some_and(|x| can_start_name(x))
            && w.get(first - 1).is_some_and(|x| !x.is(NAME_PREPS));
        if ok {
            return (first, len);
        }
    }
    (0, len)
}

/// The end of the personal name that starts at word `b`: first names, particles, and a
/// family name with ال after one plain word or a particle.
fn name_run(w: &[&Tok], b: usize) -> usize {
    let mut end = b + 1;
    let mut plain_run = 1;
    let mut after_particle = false;
    let mut after_family = false;
    while let Some(x) = w.get(end) {
        if x.is(PARTICLES) {
            after_particle = true;
            after_family = false;
            plain_run = 0;
        } else if after_family || x.is(NAME_PREPS | TITLES) {
            break;
        } else if is_definite(x.norm) {
            // A family name ends the name (ناصر الحمود، محمد شياع السوداني); a definite
            // word with a definite adjective after it is an object (الفريق الآخر).
            let next_definite = w.get(end + 1).is_some_and(|y| is_definite(y.norm));
            let family = after_particle
                || plain_run == 1
                || (plain_run <= MAX_NAME_PLAIN_WORDS && !next_definite);
            if !family {
                break;
            }
            after_particle = false;
            after_family = true;
            plain_run = 0;
        } else {
            plain_run += 1;
            after_particle = false;
        }
        end += 1;
    }
    end
}

/// The subject written before a verb that has none after it: the antecedent of a
/// relative pronoun (الوزارة، التي أكدت), the noun before an auxiliary (جدتي كانت تقول),
/// or the topic of أما (أما الائتلاف، فقد دعا).
pub(crate) fn subject_before(toks: &[Tok], cue_tok: usize, floor: usize) -> Option<String> {
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
    let k = prev_word(cue_tok, false)?;
    let t = toks.get(k)?;
    let with_object = toks.get(cue_tok).is_some_and(|c| c.in_table(WITH_OBJECT));
    if t.is(RELATIVES) && !with_object {
        let a = prev_word(k, true)?;
        return noun_at(toks, a);
    }
    if t.in_table(AUXILIARIES) {
        if let Some(a) = prev_word(k, false) {
            return noun_at(toks, a);
        }
    }
    // كانت أمي تقول: the subject between the auxiliary and the verb.
    if prev_word(k, false)
        .and_then(|a| toks.get(a))
        .is_some_and(|a| a.in_table(AUXILIARIES))
    {
        return noun_at(toks, k);
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
        if toks.get(k).is_some_and(plain_noun) {
            let words: Vec<&str> = toks
                .get(first..=k)
                .unwrap_or(&[])
                .iter()
                .map(|w| w.text)
                .collect();
            return Some(words.join(" "));
        }
    }
    // أما X، فـ…
    let mut k = cue_tok;
    while k > floor {
        k -= 1;
        let t = toks.get(k)?;
        if matches!(t.kind, Kind::Punct(c) if lex::SENTENCE_END.contains(&c)) {
            return None;
        }
        if t.is_word() && t.norm == T.topic.as_ref() {
            return subject(toks, k + 1, false);
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
