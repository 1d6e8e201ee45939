//! Quoted statements over the body paragraphs: quotation spans in every Arabic and Latin
//! style ([`marks`]), names in quotes told apart from statements, and the speaker from
//! the reporting verb and its subject ([`speaker`]).
//!
//! Conventions: `cue` is the cue word as the article writes it, prefix included
//! (`"وقال"`, `"مشيرا"`, `"بحسب"`); for a transmission (`نقلت … عن`) it is the verb. A
//! pronoun attribution (`وأضاف`، `لافتا إلى أنه`) resolves to the last speaker the
//! article named outside quotation marks. `text` excludes the marks and surrounding
//! spaces; `start`/`end` count chars in the paragraph.

mod marks;
mod speaker;

use crate::article::Quote;
use crate::lexicon::quotes::{SENTENCE_END, SENTENCE_PUNCT};
use crate::options::Thresholds;
use marks::Span;
use speaker::{Cue, CueKind, Kind, Tok};

/// Longest quoted span, in words, that can still be a name (a book or event title).
const NAME_MAX_WORDS: usize = 6;

/// How many words before a quote a naming noun may stand (صحيفة الأهرام المصرية «…»).
const NAMING_REACH: usize = 3;

/// How far back from a quote, in tokens, its reporting cue is looked for.
const MAX_CUE_TOKENS: usize = 60;

/// How many punctuation tokens may separate a closing mark from a cue after it («…»، قال).
const AFTER_CUE_PUNCT: usize = 2;

/// Finds the quoted statements in `paragraphs`.
pub fn find_quotes(paragraphs: &[String]) -> Vec<Quote> {
    find_quotes_with(paragraphs, &Thresholds::default())
}

/// What a quoted span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Statement,
    Fragment,
    Name,
}

/// State carried from one paragraph to the next.
#[derive(Default)]
struct Carry {
    /// The last speaker named outside quotation marks.
    last_named: Option<String>,
    /// Speaker and cue of a quote left open at the previous paragraph's end.
    open_quote: Option<(Option<String>, Option<String>)>,
}

/// [`find_quotes`] with explicit thresholds.
pub fn find_quotes_with(paragraphs: &[String], th: &Thresholds) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carry = Carry::default();
    for (pi, p) in paragraphs.iter().enumerate() {
        let chars: Vec<char> = p.chars().collect();
        paragraph(pi, &chars, th, &mut carry, &mut out);
    }
    out
}

fn paragraph(pi: usize, chars: &[char], th: &Thresholds, carry: &mut Carry, out: &mut Vec<Quote>) {
    let spans = marks::pair(chars, carry.open_quote.is_some());
    let toks = speaker::tokenize(chars);
    let classes: Vec<Class> = spans.iter().map(|s| classify(s, &toks, th)).collect();
    let quoted: Vec<&Span> = spans
        .iter()
        .zip(&classes)
        .filter(|(_, c)| **c != Class::Name)
        .map(|(s, _)| s)
        .collect();
    let inside = |at: usize| quoted.iter().any(|s| s.begin() <= at && at < s.end.max(s.start));

    let mut cues = speaker::cues(&toks);
    for c in &mut cues {
        c.resolved = match &c.subject {
            Some(s) => Some(s.clone()),
            None => speaker::subject_before(&toks, c.tok, 0).or_else(|| carry.last_named.clone()),
        };
        if c.subject.is_some() && !inside(c.at) {
            carry.last_named = c.subject.clone();
        }
    }

    let continuing = carry.open_quote.take();
    let mut last_open: Option<(Option<String>, Option<String>)> = None;
    for (s, class) in spans.iter().zip(&classes) {
        if *class == Class::Name {
            continue;
        }
        let (start, end) = trim(chars, s.start, s.end.max(s.start));
        if start >= end {
            continue;
        }
        let at_start = toks.iter().take_while(|t| t.end <= s.begin()).all(|t| !t.is_word_tok());
        let (spk, cue) = match (&continuing, at_start) {
            (Some(prev), true) => prev.clone(),
            _ => attribute(s, &spans, &toks, &cues),
        };
        if s.close.is_none() && s.end == chars.len() && *class == Class::Statement {
            last_open = Some((spk.clone(), cue.clone()));
        }
        out.push(Quote {
            text: chars.get(start..end).unwrap_or(&[]).iter().collect(),
            speaker: spk,
            cue,
            paragraph: pi,
            start,
            end,
            closed: s.close.is_some(),
            fragment: *class == Class::Fragment,
        });
    }
    carry.open_quote = last_open;
}

impl Tok {
    fn is_word_tok(&self) -> bool {
        self.kind == Kind::Word
    }
}

fn trim(chars: &[char], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && chars.get(start).is_some_and(|c| c.is_whitespace()) {
        start += 1;
    }
    while end > start && chars.get(end - 1).is_some_and(|c| c.is_whitespace()) {
        end -= 1;
    }
    (start, end)
}

/// Index of the token that starts at char `at`.
fn tok_at(toks: &[Tok], at: usize) -> Option<usize> {
    toks.iter().position(|t| t.start == at)
}

fn is_sentence_end(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct(c) if SENTENCE_END.contains(&c))
}

/// The speaker and cue of span `s`: a cue before it in its sentence, else a cue right
/// after it, else nobody.
fn attribute(s: &Span, spans: &[Span], toks: &[Tok], cues: &[Cue]) -> (Option<String>, Option<String>) {
    let open_tok = s.open.and_then(|o| tok_at(toks, o)).unwrap_or(0);
    // Spans that hold `s` may hold its cue; other quotes' words are never a cue for it.
    let foreign = |at: usize| {
        spans
            .iter()
            .any(|o| o != s && !o.contains(s) && o.begin() < at && at < o.outer_end)
    };
    let floor = open_tok.saturating_sub(MAX_CUE_TOKENS);
    let mut before: Option<&Cue> = None;
    let mut k = open_tok;
    while k > floor {
        k -= 1;
        let Some(t) = toks.get(k) else { break };
        let in_holder = spans.iter().any(|o| o.contains(s) && o.begin() < t.start);
        if is_sentence_end(t) && !in_holder {
            break;
        }
        if let Some(c) = cues.iter().find(|c| c.tok == k) {
            if !foreign(c.at) {
                before = Some(c);
                break;
            }
        }
    }
    let after = s.close.and_then(|c| tok_at(toks, c)).and_then(|ct| {
        let mut k = ct + 1;
        let mut punct = 0;
        while let Some(t) = toks.get(k) {
            match t.kind {
                Kind::Punct(_) if punct < AFTER_CUE_PUNCT && !is_sentence_end(t) => punct += 1,
                Kind::Word => break,
                _ => return None,
            }
            k += 1;
        }
        cues.iter().find(|c| c.tok == k && c.kind != CueKind::Participle)
    });
    let chosen = before.or(after);
    match chosen {
        Some(c) => (c.resolved.clone(), Some(c.text.clone())),
        None => (None, None),
    }
}

/// Decides whether a span is a statement, a short fragment, or a name in quotes.
fn classify(s: &Span, toks: &[Tok], th: &Thresholds) -> Class {
    let inner: Vec<&Tok> = toks
        .iter()
        .filter(|t| t.start >= s.start && t.end <= s.end.max(s.start))
        .collect();
    let words: Vec<&Tok> = inner.iter().copied().filter(|t| t.is_word_tok()).collect();
    let punct_inside = inner
        .iter()
        .any(|t| matches!(t.kind, Kind::Punct(c) if SENTENCE_PUNCT.contains(&c)) || t.kind == Kind::Mark);
    let open_tok = s.open.and_then(|o| tok_at(toks, o));
    let before: Vec<&Tok> = match open_tok {
        Some(k) => toks.get(..k).unwrap_or(&[]).iter().rev().take(NAMING_REACH + 1).collect(),
        None => Vec::new(),
    };
    let prev = before.first().copied();
    let signal_before = prev.is_some_and(|t| match t.kind {
        Kind::Punct(':') => true,
        Kind::Word => speaker::is_introducer(&t.norm) || speaker::is_cue_word_pub(&t.norm),
        _ => false,
    });
    let close_tok = s.close.and_then(|c| tok_at(toks, c));
    let after_words: Vec<&Tok> = close_tok
        .map(|k| toks.get(k + 1..).unwrap_or(&[]).iter().take(AFTER_CUE_PUNCT + 1).collect())
        .unwrap_or_default();
    let signal_after = after_words
        .iter()
        .find(|t| t.is_word_tok())
        .is_some_and(|t| speaker::is_verb_or_phrase(&t.norm))
        && after_words.iter().take_while(|t| !t.is_word_tok()).all(|t| !is_sentence_end(t));
    if signal_before || signal_after {
        return Class::Statement;
    }
    if !punct_inside {
        // A naming noun right before the name is indefinite (صحيفة «…», برنامج "…"); one
        // farther back is joined by definite adjectives or a link (حسابه الشخصي “…”).
        let mut naming_before = false;
        for (k, t) in before.iter().enumerate().take(NAMING_REACH) {
            if !t.is_word_tok() {
                break;
            }
            let def = speaker::is_definite_pub(&t.norm);
            if speaker::is_naming_noun(&t.norm) && (k > 0 || !def) {
                naming_before = true;
                break;
            }
            if !(def || speaker::is_name_link(&t.norm)) {
                break;
            }
        }
        let naming_first = words.first().is_some_and(|t| speaker::is_naming_noun(&t.norm));
        let attached = prev.is_some_and(|t| t.is_word_tok() && t.end == s.begin() && t.norm.chars().count() <= 1)
            || prev.is_some_and(|t| t.is_word_tok() && t.norm == "ل");
        let next_word = close_tok.and_then(|k| {
            toks.get(k + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|t| !is_sentence_end(t))
                .find(|t| t.is_word_tok())
        });
        let followed_as_name = next_word.is_some_and(|t| speaker::is_after_name_word(&t.norm) || t.norm.starts_with("لل"));
        if naming_before
            || (words.len() <= NAME_MAX_WORDS && (naming_first || attached || followed_as_name))
        {
            return Class::Name;
        }
    }
    if words.len() <= th.max_fragment_words {
        Class::Fragment
    } else {
        Class::Statement
    }
}

#[cfg(test)]
mod tests;
