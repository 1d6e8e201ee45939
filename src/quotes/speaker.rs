//! Who said it: reporting cues (verbs, participles, attribution phrases) with the noun
//! phrase that names their subject, the personal name inside a "title + name" phrase,
//! and subjects written before their verb.

use super::words::{
    in_table, is_cue_word, is_definite, is_lam, is_naming_noun, is_occasion, may_open_cue,
    noun_stem, without_conjunction, Kind, Tok, T,
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
        let n = t.norm;
        if !may_open_cue(n) {
            continue;
        }
        let found = if T.sayings.contains(n) {
            let floor = i.saturating_sub(TRANSMIT_REACH);
            (floor..i)
                .rev()
                .take_while(|&k| {
                    toks.get(k)
                        .is_some_and(|x| x.is_word() || x.kind == Kind::Mark)
                })
                .find(|&k| toks.get(k).is_some_and(|x| T.saying_from.contains(x.norm)))
                .map(|k| (CueKind::Phrase, subject(toks, k + 1, false)))
        } else if in_table(&T.transmit, n) {
            let from = (i + 1..toks.len().min(i + 1 + TRANSMIT_REACH))
                .take_while(|&k| {
                    toks.get(k).is_some_and(
                        |x| !matches!(x.kind, Kind::Punct(c) if lex::SENTENCE_END.contains(&c)),
                    )
                })
                .find(|&k| toks.get(k).is_some_and(|x| x.norm == T.transmit_from));
            match from {
                Some(k) => Some((CueKind::Phrase, subject(toks, k + 1, false))),
                None => Some((CueKind::Verb, subject(toks, i + 1, false))),
            }
        } else if in_table(&T.verbs, n) {
            let transitive = in_table(&T.transitive, n);
            Some((CueKind::Verb, subject_of(toks, i + 1, false, transitive)))
        } else if in_table(&T.participles, n) {
            Some((CueKind::Participle, None))
        } else if in_table(&T.attribution, n) {
            let lam = in_table(&T.with_lam, n);
            Some((CueKind::Phrase, subject(toks, i + 1, lam)))
        } else if let Some(next) = toks.get(i + 1).filter(|x| x.is_word()) {
            T.pairs
                .iter()
                .any(|(a, b)| {
                    (n == a || without_conjunction(n) == Some(a.as_str())) && next.norm == *b
                })
                .then(|| (CueKind::Phrase, subject(toks, i + 2, false)))
        } else {
            None
        };
        if let Some((kind, subject)) = found {
            // A two-word phrase is written whole as its cue (على لسان).
            let pair = toks.get(i + 1).filter(|x| {
                x.is_word()
                    && T.pairs.iter().any(|(a, b)| {
                        (n == a || without_conjunction(n) == Some(a.as_str())) && x.norm == *b
                    })
            });
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
            let after_naming = words.last().is_some_and(|w| is_naming_noun(w.norm));
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
            if T.audience.contains(n) {
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
        if T.stops.contains(n) || T.clause_verbs.contains(n) || is_cue_word(n) {
            break;
        }
        // A subject never opens with a preposition (قال في وقت سابق).
        if words.is_empty() && T.name_preps.contains(n) {
            break;
        }
        if !words.is_empty() || !strip_lam {
            if is_lam(n) || T.audience.contains(n) {
                break;
            }
            // لصحيفة، لوكالة: told to a medium; للوكالة (definite) belongs to a title.
            if let Some(rest) = n.strip_prefix(lex::LAM) {
                if !rest.starts_with(lex::LAM) && T.naming.contains(rest) {
                    break;
                }
            }
        }
        if n == T.in_prep {
            let next = toks.get(i + 1).filter(|x| x.is_word());
            if next.is_none_or(|x| is_occasion(x.norm)) {
                break;
            }
        }
        words.push(t);
        i += 1;
    }
    // A phrase cannot end on a preposition or a particle.
    while words
        .last()
        .is_some_and(|w| T.name_preps.contains(w.norm) || T.particles.contains(w.norm))
    {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    let mut texts: Vec<String> = words.iter().map(|w| w.text.to_string()).collect();
    if strip_lam {
        if let Some(first) = texts.first_mut() {
            let rest: String = first.chars().skip(1).filter(|c| *c != '\u{0640}').collect();
            if !rest.is_empty() {
                *first = rest;
            }
        }
    }
    let mut norms: Vec<&str> = words.iter().map(|w| w.norm).collect();
    if transitive {
        if let Some(cut) = object_start(&norms) {
            norms.truncate(cut);
            texts.truncate(cut);
        }
    }
    let (a, b) = name_part(&norms);
    texts.get(a..b).map(|s| s.join(" "))
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
fn object_start(norms: &[&str]) -> Option<usize> {
    (1..norms.len()).find(|&k| {
        let (Some(prev), Some(cur)) = (norms.get(k - 1), norms.get(k)) else {
            return false;
        };
        is_definite(prev)
            && (!is_definite(cur)
                || (prev.ends_with(lex::FEMININE_ENDING) && !cur.ends_with(lex::FEMININE_ENDING)))
    })
}

fn can_start_name(n: &str) -> bool {
    !is_definite(n)
        && !T.name_preps.contains(n)
        && !T.particles.contains(n)
        && !T.titles.contains(n)
        && !T.titles.contains(noun_stem(n))
}

/// The personal name at the end of a "title + name" phrase, as a word range; the whole
/// phrase when it holds no such name.
fn name_part(w: &[&str]) -> (usize, usize) {
    // A phrase that opens with a name (ترك آل الشيخ رئيس …) keeps that name.
    if w.first().is_some_and(|x| can_start_name(x))
        && w.get(1).is_some_and(|x| T.particles.contains(x))
    {
        return (0, name_run(w, 0));
    }
    let boundary = (1..w.len()).rev().find(|&b| {
        w.get(b).is_some_and(|x| can_start_name(x)) && w.get(b - 1).is_some_and(|x| is_definite(x))
    });
    if let Some(b) = boundary {
        return (b, name_run(w, b));
    }
    let len = w.len();
    if len >= FALLBACK_MIN_WORDS {
        let first = len - FALLBACK_NAME_WORDS;
        let ok = w.get(len - 1).is_some_and(|x| is_definite(x))
            && w.get(first).is_some_and(|x| can_start_name(x))
            && w.get(first - 1).is_some_and(|x| !T.name_preps.contains(x));
        if ok {
            return (first, len);
        }
    }
    (0, len)
}

/// The end of the personal name that starts at word `b`: first names, particles, and a
/// family name with ال after one plain word or a particle.
fn name_run(w: &[&str], b: usize) -> usize {
    {
        let mut end = b + 1;
        let mut plain_run = 1;
        let mut after_particle = false;
        let mut after_family = false;
        while let Some(x) = w.get(end) {
            if T.particles.contains(x) {
                after_particle = true;
                after_family = false;
                plain_run = 0;
            } else if after_family || T.name_preps.contains(x) || T.titles.contains(x) {
                break;
            } else if is_definite(x) {
                // A family name ends the name (ناصر الحمود، محمد شياع السوداني); a definite
                // word with a definite adjective after it is an object (الفريق الآخر).
                let next_definite = w.get(end + 1).is_some_and(|y| is_definite(y));
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
    let with_object = toks
        .get(cue_tok)
        .is_some_and(|c| in_table(&T.with_object, c.norm));
    if T.relatives.contains(t.norm) && !with_object {
        let a = prev_word(k, true)?;
        return noun_at(toks, a);
    }
    if in_table(&T.auxiliaries, t.norm) {
        if let Some(a) = prev_word(k, false) {
            return noun_at(toks, a);
        }
    }
    // كانت أمي تقول: the subject between the auxiliary and the verb.
    if prev_word(k, false)
        .and_then(|a| toks.get(a))
        .is_some_and(|a| in_table(&T.auxiliaries, a.norm))
    {
        return noun_at(toks, k);
    }
    // رسالة تحذيرية تقول: a verb written without و/ف right after an indefinite noun opens
    // a relative clause about that noun.
    let bare_verb = toks.get(cue_tok).is_some_and(|c| T.verbs.contains(c.norm));
    if bare_verb && !is_definite(t.norm) {
        let mut first = k;
        let mut j = k;
        while k - first + 1 < MAX_RELATIVE_WORDS && toks.get(j).is_some_and(|w| plain_noun(w.norm))
        {
            first = j;
            match prev_word(j, false) {
                Some(p) if p + 1 == j => j = p,
                _ => break,
            }
        }
        if toks.get(k).is_some_and(|w| plain_noun(w.norm)) {
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
        if t.is_word() && t.norm == T.topic {
            return subject(toks, k + 1, false);
        }
    }
    None
}

/// `true` for an indefinite word that can be a noun or adjective (not a particle, a
/// preposition, a cue or a stop word).
fn plain_noun(n: &str) -> bool {
    !is_definite(n)
        && !T.stops.contains(n)
        && !is_cue_word(n)
        && !T.name_preps.contains(n)
        && !T.particles.contains(n)
        && !T.auxiliaries.contains(n)
        && !T.relatives.contains(n)
        && !T.clause_verbs.contains(n)
}

fn noun_at(toks: &[Tok], k: usize) -> Option<String> {
    let t = toks.get(k)?;
    let n = t.norm;
    if T.stops.contains(n) || is_cue_word(n) || T.name_preps.contains(n) {
        return None;
    }
    Some(t.text.to_string())
}
