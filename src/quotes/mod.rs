//! Quoted statements over the body paragraphs: quotation spans in every Arabic and Latin
//! style (`marks`), names in quotes told apart from statements, and the speaker from the
//! reporting verb and its subject (`speaker`, over the tokens and tables of `words`).
//!
//! Conventions: `cue` is the nearest cue before the quote (else the one right after it)
//! as the article writes it, conjunction included: `"وقال"`, `"مشيرا"`, `"بحسب"`,
//! `"على لسان"`, the verb of a transmission (`"ونقلت"` in نقلت … عن), or `"قوله"` when the
//! source stands before it. `speaker` is the subject as written at that cue; of a
//! "title + name" phrase only the name is kept (وزير الخارجية ناصر الحمود → ناصر الحمود).
//! A pronoun attribution (`وأضاف`، `لافتا إلى أنه`) resolves to the last speaker the
//! article named outside quotation marks. `text` excludes the marks and surrounding
//! spaces; `start`/`end` count chars in the paragraph. Names in quotes are not reported;
//! short scare quotes that end their clause are reported with `fragment: true`.

mod bits;
mod floor;
mod fold;
mod lexicon_build;
mod marks;
mod speaker;
mod tags;
mod tokens;
mod words;

use crate::article::Quote;
use crate::lexicon::names;
use crate::lexicon::quotes::{self as lex, SENTENCE_PUNCT};
use crate::options::Thresholds;
use floor::Floor;
use marks::{CharAt, Span};
use speaker::{is_sentence_end, Cue, CueKind, Gender, Subject};
use tokens::{Kind, Tok, Tokens};

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

/// A quote's speaker and cue.
type Attribution = (Option<Subject>, Option<String>);

/// State carried from one paragraph to the next.
#[derive(Default)]
struct Carry {
    /// The speakers who held the floor.
    floor: Floor,
    /// Speaker and cue of a quote left open at the previous paragraph's end.
    open_quote: Option<Attribution>,
}

/// [`find_quotes`] with explicit thresholds. Never inlined, so that profiles show the
/// stage's cost under this name.
#[inline(never)]
pub fn find_quotes_with(paragraphs: &[String], th: &Thresholds) -> Vec<Quote> {
    // After the last paragraph with a quotation mark no quote begins or goes on, and the
    // floor those paragraphs would move is never read: they are not read at all.
    let read = paragraphs
        .iter()
        .rposition(|p| tokens::has_mark(p))
        .map_or(0, |last| last + 1);
    quotes_of(paragraphs, read, th)
}

/// The quotes of `paragraphs`, reading the first `read` of them.
fn quotes_of(paragraphs: &[String], read: usize, th: &Thresholds) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carry = Carry::default();
    // One buffer of normalised words and one token list for every paragraph (emptied
    // between them), sized for the longest paragraph read.
    let longest = paragraphs
        .iter()
        .take(read)
        .map(String::len)
        .max()
        .unwrap_or(0);
    let (mut scratch, mut spare) = tokens::Scratch::for_longest(longest);
    // Whether the paragraph before held a quotation mark: its tokens said so
    // ([`tokens::has_mark`] of its text, which is not read again).
    let mut previous_marked = false;
    for (pi, p) in paragraphs.iter().enumerate().take(read) {
        let tokens = tokens::tokenize_into(p, &mut scratch, spare, paragraphs);
        if tokens.has_mark {
            // The paragraph before, when it had no quotation mark: its cues were read only
            // for speech (قال X إن), and a person it introduced may be the one a pronoun
            // cue here goes back to.
            let previous = pi
                .checked_sub(1)
                .and_then(|k| paragraphs.get(k))
                .filter(|_| !previous_marked)
                .map(String::as_str);
            paragraph(pi, p, &tokens, previous, th, &mut carry, &mut out);
        } else {
            // Without a quotation mark, no span.
            no_quotes(&tokens.toks, &mut carry);
        }
        previous_marked = tokens.has_mark;
        spare = tokens::recycle(tokens.toks);
    }
    // A run of marks is no quotation: a span of marks alone (`““““`) quotes nothing.
    // (`is_word_char` tests ASCII and Arabic letters before the Unicode tables.)
    out.retain(|q| q.text.chars().any(crate::text::is_word_char));
    out
}

/// Positions inside one paragraph, indexed once so that every look-up is a binary search.
struct Para<'a> {
    toks: &'a [Tok<'a>],
    spans: Vec<Span>,
    parents: Vec<Option<usize>>,
}

impl<'a> Para<'a> {
    /// Index of the token that starts at char `at`.
    fn tok_at(&self, at: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.start < at);
        self.toks.get(k).filter(|t| t.start == at).map(|_| k)
    }

    /// Token range lying within chars `from..to`.
    fn toks_within(&self, from: usize, to: usize) -> &[Tok<'a>] {
        let a = self.toks.partition_point(|t| t.start < from);
        let b = self.toks.partition_point(|t| t.end <= to).max(a);
        self.toks.get(a..b).unwrap_or(&[])
    }

    /// The spans holding span `k`, innermost first, at most [`MAX_NESTING`] of them.
    fn holders(&self, k: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = self.parents.get(k).copied().flatten();
        while let Some(p) = at {
            if out.len() >= MAX_NESTING {
                break;
            }
            out.push(p);
            at = self.parents.get(p).copied().flatten();
        }
        out
    }
}

/// How many enclosing quotes are considered when a quote's cue is looked for.
const MAX_NESTING: usize = 8;

/// A paragraph without quotes: only who took the floor matters for later paragraphs,
/// and no quote is left open.
fn no_quotes(toks: &[Tok], carry: &mut Carry) {
    let intros = speaker::introductions(toks, |_| false);
    let mut cues = speaker::speech_cues(toks);
    resolve(toks, &mut cues, &[], &intros, |_| false, None, carry);
    carry.open_quote = None;
}

/// The last person a cue of paragraph `text` (one without quotes) names by name and title
/// whom a pronoun of gender `g` fits (تحدث X، الرئيس التنفيذي للشركة، عن …): read only
/// when a pronoun cue finds no one on the floor who agrees.
fn speaker_named_in(text: &str, g: Gender) -> Option<Subject> {
    if !matches!(g, Gender::Masculine | Gender::Feminine) {
        return None;
    }
    let (mut scratch, _) = tokens::Scratch::for_longest(text.len());
    let tokens = tokens::tokenize_into(text, &mut scratch, Vec::new(), &[]);
    speaker::cues(&tokens.toks)
        .into_iter()
        .rev()
        .filter(|c| c.kind == CueKind::Verb)
        .find_map(|c| {
            let mut s = c.subject?;
            s.gender = s.gender.or_known(c.gender);
            let titled = s.role.as_deref().is_some_and(speaker::is_titled_role);
            (s.personal && s.name.contains(' ') && titled && s.gender == g).then_some(s)
        })
}

/// ودعا الشريف السكان إلى: the subject `s` of a verb that takes an object, read on into
/// the object, whose first words name a speaker already known: that speaker. Only a name's
/// words (not a title: النائب of النائب المعارض names whoever the title fits).
fn known_before_object(s: &Subject, floor: &Floor) -> Option<Subject> {
    // وأعلن الكواري إطلاق صندوق، وأعلنت الشركة تشكيل لجنة: a word with ال that is no
    // title, read as the role of the plain word after it, names a speaker already known;
    // the plain word opens the verb's object.
    if let Some(role) = s.role.as_deref().filter(|r| !r.contains(' ')) {
        let head = Subject {
            gender: s.gender,
            ..Subject::plain(role.to_string())
        };
        if speaker::has_titled_head(&head) || !speaker::is_definite_words(&head) {
            return None;
        }
        let k = floor.lookup(&head)?;
        return (k.name != head.name && k.name != s.name).then(|| Floor::as_known(head, k));
    }
    if s.personal || s.role.is_some() || !s.name.contains(' ') || speaker::has_titled_head(s) {
        return None;
    }
    let words: Vec<&str> = s.name.split(' ').collect();
    (1..words.len()).rev().find_map(|k| {
        let head = Subject {
            gender: s.gender,
            ..Subject::plain(words.get(..k)?.join(" "))
        };
        let k = floor.lookup(&head)?;
        (k.personal && k.name != head.name).then(|| Floor::as_known(head, k))
    })
}

/// [`Floor::named`], or the known speaker its one-word role names when the subject
/// names no one known (واستحضرت العيساوي تجربة التسعينيات، ثم أضافت).
fn named_or_known_role(s: Subject, floor: &Floor) -> Subject {
    if let Some(k) = floor.lookup(&s) {
        return Floor::as_known(s, k);
    }
    let by_role = s
        .role
        .is_some()
        .then(|| known_before_object(&s, floor))
        .flatten();
    by_role.unwrap_or(s)
}

/// The one the sentence before a quote introduced, as the floor knows it: a name with a
/// title, or a description (which names again one described before), is looked up; a bare
/// name names itself ([`Floor::named_if_titled`]).
fn named_before_quote(s: Subject, floor: &Floor) -> Subject {
    if s.personal {
        floor.named_if_titled(s)
    } else {
        floor.named(s)
    }
}

/// `true` when a sentence ends between tokens `from` and `to` outside the quotes.
/// The cues before cue `ci` in its sentence, the nearest first.
fn sentence_cues<'a, 't, Q: Fn(usize) -> bool>(
    toks: &'a [Tok<'t>],
    cues: &'a [Cue],
    ci: usize,
    quoted: &'a Q,
) -> impl Iterator<Item = &'a Cue> + 'a {
    let at = cues.get(ci).map_or(0, |c| c.tok);
    cues.get(..ci)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(move |p| !sentence_between(toks, p.tok, at, quoted))
}

fn sentence_between(toks: &[Tok], from: usize, to: usize, quoted: &impl Fn(usize) -> bool) -> bool {
    toks.get(from..to)
        .unwrap_or(&[])
        .iter()
        .any(|t| is_sentence_end(t) && !quoted(t.start))
}

/// Resolves the cues' speakers in text order and moves the floor: an explicit subject
/// is matched to a speaker already known (a short mention, a role named again); a
/// pronoun cue takes the subject of an earlier cue in its sentence (قال X …، مضيفا), else
/// the latest speaker on the floor who agrees with it in gender and number. A cue takes
/// the floor when a quote is attributed to it or reported speech follows it, and it
/// stands outside the quotes.
fn resolve(
    toks: &[Tok],
    cues: &mut [Cue],
    attributed: &[bool],
    intros: &[Subject],
    quoted: impl Fn(usize) -> bool,
    previous: Option<&str>,
    carry: &mut Carry,
) {
    // The people the paragraph introduces join the floor as the text reaches them: a
    // mention before one (وأضاف المدرب، الذي خلف المدرب المحلي X، أن) is not of that one,
    // unless the person is introduced in the cue's own clause, after its verb with no
    // sign between (وانتقد النائب أيمن فارس …، وقال).
    let mut introduced = 0;
    for ci in 0..cues.len() {
        let Some(c) = cues.get(ci) else {
            continue;
        };
        let reached = |s: &&Subject| {
            s.end <= c.tok
                || toks
                    .get(c.tok..s.end)
                    .is_some_and(|ts| ts.iter().all(|t| t.is_word()))
        };
        while let Some(s) = intros.get(introduced).filter(reached) {
            carry.floor.introduce(s);
            introduced += 1;
        }
        // A cue that names no subject, has no quote and asks nothing neither takes the
        // floor nor lends its speaker to a later cue: it is not resolved.
        let attributed_here = attributed.get(ci).copied().unwrap_or(false);
        if c.subject.is_none()
            && !attributed_here
            && !toks.get(c.tok).is_some_and(speaker::is_question)
        {
            continue;
        }
        let in_quote = quoted(c.at);
        // قالت X، رشا المنصوري، التي تابعت: a verb after a relative pronoun whose
        // antecedent is the subject an earlier cue just named reports that speaker.
        let antecedent = || {
            let rel = c.tok.checked_sub(1)?;
            if !toks.get(rel).is_some_and(speaker::is_relative) {
                return None;
            }
            cues.get(..ci)?
                .iter()
                .rev()
                .find(|p| {
                    p.subject
                        .as_ref()
                        .is_some_and(|s| s.end <= rel && s.end + 1 >= rel)
                })
                .and_then(|p| p.resolved.clone())
        };
        // وقالت في بيان إن التحقيقات كشفت أن «…»: a verb inside what an earlier verb of
        // the sentence reports, whose subject names no one who speaks, passes its quote to
        // that verb's speaker.
        let reporter_of = |s: &Subject| {
            if c.kind != CueKind::Verb {
                return None;
            }
            // The cheap tests first: most cues have no earlier verb in their sentence.
            let outer = sentence_cues(toks, cues, ci, &quoted)
                .find(|p| p.kind == CueKind::Verb && !quoted(p.at))?;
            // The verb's أن or إن comes before this one: it is inside what is reported.
            let inside = toks
                .get(outer.tok + 1..c.tok)?
                .iter()
                .any(words::is_introducer);
            if !inside || speaker::names_speaker(s) || carry.floor.lookup(s).is_some() {
                return None;
            }
            // A verb with no subject of its own that quoted nothing was left unresolved: its
            // subject is written before it (وكانت النيابة قد أحالت …، وقالت إن), or holds
            // the floor.
            outer.resolved.clone().or_else(|| {
                let floor = outer.tok.saturating_sub(MAX_CUE_TOKENS);
                speaker::subject_before(toks, outer.tok, floor)
                    .or_else(|| speaker::clause_subject(toks, outer.tok, floor))
                    .filter(|s| s.gender.or_known(outer.gender).agrees(outer.gender))
                    .map(|s| carry.floor.named(s))
                    .or_else(|| carry.floor.agreeing_holder(outer.gender))
            })
        };
        let reported = if in_quote {
            None
        } else {
            c.subject.as_ref().and_then(reporter_of)
        };
        let resolved = match &c.subject {
            Some(_) if reported.is_some() => reported,
            Some(s) => {
                let mut r = carry.floor.named(s.clone());
                // A speaker known read as the role of a plain word is the verb's subject
                // whatever the verb (أعلن الكواري إطلاق), and a name of several words
                // before the object of a verb that takes one (ودعا الشريف السكان).
                let object_follows =
                    s.role.is_some() || toks.get(c.tok).is_some_and(speaker::is_transitive);
                if r.name == s.name && object_follows {
                    if let Some(known) = known_before_object(s, &carry.floor) {
                        r = known;
                    }
                }
                // وأضاف المدرب: a title alone that names no one known, after a verb that
                // continues a statement, is the last speaker when that is a person who
                // agrees with it (not one further back: وتابعت الوزيرة after others spoke
                // is a minister not yet named).
                let continued = (speaker::is_definite_words(s)
                    && r.name == s.name
                    && (toks.get(c.tok).is_some_and(speaker::is_continuation)
                        || (speaker::after_quote(toks, c.tok) && !speaker::is_generic_person(s)))
                    && speaker::has_titled_head(s))
                .then(|| carry.floor.last_person(s.gender.or_known(c.gender)))
                .flatten()
                .or_else(|| {
                    // وأضاف الرجل: the last speaker, though described without a name; after
                    // a quote that opens its sentence (وقف متقاعد … . «…»، قال الرجل), the
                    // one the sentence before introduced.
                    let g = s.gender.or_known(c.gender);
                    // يجلس صائغ في الخمسين … . «…»، يقول الصائغ: the head of the
                    // description, with ال, names it again.
                    let generic = speaker::is_generic_person(s);
                    (r.name == s.name && (generic || speaker::is_definite_head(s)))
                        .then(|| {
                            let floor = c.tok.saturating_sub(MAX_CUE_TOKENS);
                            if generic {
                                speaker::subject_before_quote(toks, c.tok, floor, &quoted)
                            } else {
                                let head = tokens::norm(
                                    s.name
                                        .strip_prefix(lex::DEFINITE_ARTICLE)
                                        .unwrap_or(&s.name),
                                );
                                speaker::description_before_quote(
                                    toks, c.tok, floor, &quoted, &head,
                                )
                            }
                            .filter(|b| {
                                b.gender.agrees(g) && (generic || speaker::repeats_head(s, b))
                            })
                            .map(|b| named_before_quote(b, &carry.floor))
                            .or_else(|| generic.then(|| carry.floor.last_agreeing(g)).flatten())
                        })
                        .flatten()
                });
                // وقالت الوزارة: the body written in full earlier in the paragraph.
                continued.or_else(|| Some(speaker::body_in_full(toks, c.tok, &r).unwrap_or(r)))
            }
            None => antecedent()
                .or_else(|| {
                    speaker::purpose_subject(toks, c.tok, c.tok.saturating_sub(MAX_CUE_TOKENS))
                })
                .or_else(|| {
                    speaker::subject_before(toks, c.tok, c.tok.saturating_sub(MAX_CUE_TOKENS))
                })
                .map(|mut s| {
                    // The verb agrees with the subject written before it.
                    if c.kind == CueKind::Verb {
                        s.gender = s.gender.or_known(c.gender);
                    }
                    named_or_known_role(s, &carry.floor)
                })
                .or_else(|| {
                    (c.kind == CueKind::Verb)
                        .then(|| {
                            speaker::clause_subject(
                                toks,
                                c.tok,
                                c.tok.saturating_sub(MAX_CUE_TOKENS),
                            )
                        })
                        .flatten()
                        .map(|mut s| {
                            s.gender = s.gender.or_known(c.gender);
                            named_or_known_role(s, &carry.floor)
                        })
                })
                .or_else(|| {
                    // The cue answers a question asked earlier in its sentence: a verb of
                    // answering, or any cue but a question after a verb of asking whose
                    // object pronoun names the one asked (وعندما سأله X عن …، قال إن).
                    let answers = |p: &Cue| {
                        toks.get(c.tok).is_some_and(speaker::is_answer)
                            || (toks.get(p.tok).and_then(speaker::asked_pronoun).is_some()
                                && !toks.get(c.tok).is_some_and(speaker::is_question))
                    };
                    // The subject of an earlier cue in the same sentence that agrees; else
                    // the speaker on the floor who agrees; else the sentence's subject
                    // even if it does not; else the latest speaker.
                    // An attribution phrase right before the verb (الشركات التي رخصت وفق
                    // القرار، قالت) names the source of something else, not the verb's
                    // subject.
                    let modifier = |p: &Cue| {
                        let Some(k) = p.after_subject(toks).filter(|_| p.kind == CueKind::Phrase)
                        else {
                            return false;
                        };
                        cues.get(..=ci)
                            .unwrap_or(&[])
                            .iter()
                            .any(|v| v.tok == k && v.kind == CueKind::Verb)
                    };
                    let in_sentence = || {
                        sentence_cues(toks, cues, ci, &quoted)
                            .filter(|p| !modifier(p))
                            .filter(|p| p.subject.is_some() && !quoted(p.at))
                            .filter(|p| {
                                // سألت X الكاتبة …، فأجابت: the asker does not answer.
                                !(answers(p) && toks.get(p.tok).is_some_and(speaker::is_question))
                            })
                            .filter_map(|p| p.resolved.as_ref())
                    };
                    // ثم سألتها: «…»: the one a verb of asking names by an object pronoun
                    // is the latest speaker who agrees with the pronoun; the asker is the
                    // latest other one who agrees with the verb.
                    let asker = || {
                        let g = toks.get(c.tok).and_then(speaker::asked_pronoun)?;
                        let asked = carry.floor.agreeing(g, None)?;
                        carry.floor.agreeing(c.gender, Some(asked.name.as_str()))
                    };
                    asker()
                        .or_else(|| in_sentence().find(|s| s.gender.agrees(c.gender)).cloned())
                        .or_else(|| {
                            // لكن النائبة X اعترضت بشدة، مؤكدة: the person named before the
                            // sentence's verb.
                            speaker::svo_subject(
                                toks,
                                c.tok,
                                c.tok.saturating_sub(MAX_CUE_TOKENS),
                                c.gender,
                            )
                            .map(|s| carry.floor.named(s))
                        })
                        .or_else(|| {
                            speaker::opening_subject(
                                toks,
                                c.tok,
                                c.tok.saturating_sub(MAX_CUE_TOKENS),
                            )
                            .filter(|s| s.gender.agrees(c.gender))
                            .map(|s| carry.floor.named(s))
                        })
                        .or_else(|| {
                            // وحمّل دوبوا الحكم X المسؤولية، معتبرا: a speaker already on the
                            // floor, named by a short mention right after the sentence's verb.
                            speaker::opening_word(toks, c.tok, c.tok.saturating_sub(MAX_CUE_TOKENS))
                                .and_then(|w| carry.floor.known_as(w, c.gender))
                        })
                        .or_else(|| {
                            // …إخوتها. «…»، تقول: the person the sentence before the quote
                            // introduced.
                            speaker::subject_before_quote(
                                toks,
                                c.tok,
                                c.tok.saturating_sub(MAX_CUE_TOKENS),
                                &quoted,
                            )
                            .filter(|s| s.gender.agrees(c.gender))
                            .map(|s| named_before_quote(s, &carry.floor))
                        })
                        .or_else(|| {
                            // وأشار إلى أن التجمع راسل الوزير X …، متسائلا: a person named
                            // inside what an earlier verb of the sentence reports does not
                            // go on speaking; the verb's speaker does.
                            let reporter = sentence_cues(toks, cues, ci, &quoted)
                                .find(|p| p.kind == CueKind::Verb && !quoted(p.at))?;
                            let named_inside = intros
                                .iter()
                                .any(|s| s.end > reporter.tok && s.end <= c.tok);
                            if !named_inside {
                                return None;
                            }
                            // A pronoun verb that quoted nothing was left unresolved: its
                            // speaker is the one on the floor it agrees with.
                            let r = reporter.resolved.clone().or_else(|| {
                                reporter
                                    .subject
                                    .is_none()
                                    .then(|| carry.floor.agreeing_holder(reporter.gender))
                                    .flatten()
                            })?;
                            r.gender.agrees(c.gender).then_some(r)
                        })
                        .or_else(|| {
                            // وهذا ما ذهبت إليه الخبيرة منية الشابي، إذ قالت: the person the
                            // sentence introduced before the cue.
                            intros
                                .iter()
                                .rev()
                                .filter(|s| s.end <= c.tok)
                                .filter(|s| !sentence_between(toks, s.end, c.tok, &quoted))
                                .find(|s| s.gender.agrees(c.gender))
                                .map(|s| carry.floor.named(s.clone()))
                        })
                        .or_else(|| {
                            // وسأله المذيع: «…»، فأجاب: the asker does not answer.
                            let question = sentence_cues(toks, cues, ci, &quoted)
                                .find(|p| toks.get(p.tok).is_some_and(speaker::is_question))
                                .filter(|p| answers(p));
                            let answer = toks.get(c.tok).is_some_and(speaker::is_answer);
                            // سألت الصحيفة الوزيرة عن الخطة، فأجابت: the one asked answers.
                            // سألنا آل عيسى عن …، فقال: a verb of asking in the first
                            // person has the writer for its subject, and what the cue read
                            // as its subject is the one asked.
                            let asked_by_us = speaker::asked_by_writer(
                                toks,
                                c.tok,
                                c.tok.saturating_sub(MAX_CUE_TOKENS),
                            );
                            let asked = asked_by_us
                                .or_else(|| {
                                    question
                                        .and_then(|p| Some((p.tok, p.subject.as_ref()?.end)))
                                        .and_then(|(verb, end)| speaker::addressee(toks, verb, end))
                                })
                                .or_else(|| {
                                    // سئل الوزير عما إذا …، فرد: the one asked answers, with
                                    // any verb but one of asking (وحين سئل X عن …، قال).
                                    (answer || !toks.get(c.tok).is_some_and(speaker::is_question))
                                        .then(|| {
                                            speaker::asked_in_passive(
                                                toks,
                                                c.tok,
                                                c.tok.saturating_sub(MAX_CUE_TOKENS),
                                            )
                                        })
                                        .flatten()
                                })
                                .filter(|s| s.gender.agrees(c.gender));
                            let asked = asked.map(|s| carry.floor.named(s));
                            // A name, or a title that names someone known, is the one who
                            // answers; a title alone (وسأل الدفاع الشاهدة) most often names
                            // again a speaker already on the floor.
                            if let Some(s) = asked.as_ref().filter(|s| s.personal) {
                                return Some(s.clone());
                            }
                            let asker = question
                                .and_then(|p| p.resolved.as_ref())
                                .map(|s| s.name.as_str());
                            carry.floor.agreeing(c.gender, asker).or(asked)
                        })
                        .or_else(|| in_sentence().next().cloned())
                        .or_else(|| carry.floor.agreeing_holder(c.gender))
                        .or_else(|| {
                            // تحدث X، الرئيس التنفيذي للشركة، عن خطتها. وعن حجمها، قال: the
                            // person a cue of the paragraph before named, when no one on
                            // the floor agrees.
                            previous.and_then(|p| speaker_named_in(p, c.gender))
                        })
                        .or_else(|| carry.floor.holder(c.gender))
                }),
        };
        let takes = !in_quote && resolved.is_some() && (attributed_here || c.speech_follows(toks));
        if takes {
            if let Some(s) = &resolved {
                carry.floor.take(s);
            }
        } else if let (false, Some(s)) = (in_quote, &c.subject) {
            // وحذر نقيب أصحاب المخابز عبد الرؤوف أبو حسان من …: a person named by title and
            // name by a cue that quotes nothing is introduced, so that a later mention by
            // name or title (قال أبو حسان، وأشار النقيب) names them in full.
            if s.personal
                && s.name.contains(' ')
                && s.role.as_deref().is_some_and(speaker::is_titled_role)
            {
                carry.floor.introduce(s);
            }
            // أعلن المركز الوطني للأمن السيبراني فتح تحقيق …، وقال المركز: a body named in
            // full by a cue that quotes nothing, which a later mention may name by its head.
            // The phrase must end at a comma, a full stop or a preposition (not run on
            // into an object: أطلقت إدارة المعرض جائزة …); what a preposition written apart
            // adds is no part of the body's name (المركز … في الكويت، حذرت الهيئة من …).
            let closed = toks.get(s.end).is_some_and(|t| match t.kind {
                Kind::Punct(c) => matches!(c, ',' | '،') || is_sentence_end(t),
                Kind::Word => t.in_table(words::NAME_PREPS),
                Kind::Mark => false,
            });
            if closed && !s.personal && s.role.is_none() {
                let name: Vec<&str> = s
                    .name
                    .split(' ')
                    .take(speaker::body_name_words(&s.name))
                    .collect();
                if name.len() >= 2 {
                    carry.floor.introduce(&Subject {
                        name: name.join(" "),
                        ..s.clone()
                    });
                }
            }
        }
        if let Some(c) = cues.get_mut(ci) {
            c.resolved = resolved;
        }
    }
    for s in intros.get(introduced..).unwrap_or(&[]) {
        carry.floor.introduce(s);
    }
}

/// The quotes of paragraph `pi`, `text` with its tokens `toks`.
fn paragraph(
    pi: usize,
    text: &str,
    tokens: &Tokens,
    previous: Option<&str>,
    th: &Thresholds,
    carry: &mut Carry,
    out: &mut Vec<Quote>,
) {
    let toks = &tokens.toks[..];
    let at = toks
        .iter()
        .filter(|t| t.kind == Kind::Mark)
        .map(|t| t.start);
    let spans = marks::pair_at(tokens, at, carry.open_quote.is_some());
    if spans.is_empty() {
        no_quotes(toks, carry);
        return;
    }
    let len = tokens.chars;
    let parents = marks::parents(&spans);
    let para = Para {
        toks,
        spans,
        parents,
    };
    let classes: Vec<Class> = para.spans.iter().map(|s| classify(s, &para, th)).collect();

    let mut cues = speaker::cues(para.toks);
    let owners: Vec<Option<usize>> = (0..para.spans.len())
        .map(|k| {
            (classes.get(k) != Some(&Class::Name))
                .then(|| attribute(k, &para, &cues))
                .flatten()
        })
        .collect();
    let mut attributed = vec![false; cues.len()];
    for o in owners.iter().flatten() {
        if let Some(a) = attributed.get_mut(*o) {
            *a = true;
        }
    }
    let intros = speaker::introductions(para.toks, |at| inside(&para.spans, &classes, at, len));
    resolve(
        para.toks,
        &mut cues,
        &attributed,
        &intros,
        |at| inside(&para.spans, &classes, at, len),
        previous,
        carry,
    );

    let first_word = para
        .toks
        .iter()
        .find(|t| t.kind == Kind::Word)
        .map(|t| t.start);
    let continuing = carry.open_quote.take();
    let mut last_open: Option<Attribution> = None;
    for (k, (s, class)) in para.spans.iter().zip(&classes).enumerate() {
        if *class == Class::Name {
            continue;
        }
        let (start, end) = trim(tokens, s.start, s.end.max(s.start));
        if start >= end {
            continue;
        }
        let at_start = first_word.is_none_or(|w| w >= s.begin());
        // A paragraph that opens inside a continued statement keeps its speaker unless a
        // cue right after the quote names another.
        let found: Attribution = match owners.get(k).copied().flatten().and_then(|o| cues.get(o)) {
            // A cue with no word of its own (a speaker and a colon) names none.
            Some(c) => (
                c.resolved.clone(),
                (!c.text.is_empty()).then(|| c.text.clone()),
            ),
            None => (None, None),
        };
        let (spk, cue) = match (found, &continuing) {
            ((_, None), Some(prev)) if at_start => prev.clone(),
            ((None, None), _) if *class == Class::Statement => {
                // تجمع سهام قاسم ما تبقى من الحبات. «…»: a quote with no cue after the
                // sentence that introduces its speaker.
                let open = s.open.and_then(|o| para.tok_at(o)).unwrap_or(0);
                let found = speaker::subject_of_sentence_before(
                    para.toks,
                    open,
                    open.saturating_sub(MAX_CUE_TOKENS),
                )
                .map(|p| carry.floor.named_if_titled(p));
                if let Some(p) = &found {
                    carry.floor.take(p);
                }
                (found, None)
            }
            (found, _) => found,
        };
        if s.close.is_none() && s.end == len && *class == Class::Statement {
            last_open = Some((spk.clone(), cue.clone()));
        }
        let (speaker, speaker_role) = match spk {
            Some(s) => (Some(s.name), s.role),
            None => (None, None),
        };
        out.push(Quote {
            text: quoted_text(text, tokens, start, end).to_string(),
            speaker,
            speaker_role,
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

/// Whether char `at` of a paragraph of `len` chars lies inside a quoted statement or
/// fragment: a span not classed as a name, up to its (cut) end.
fn inside(spans: &[Span], classes: &[Class], at: usize, len: usize) -> bool {
    spans
        .iter()
        .zip(classes)
        .any(|(s, c)| *c != Class::Name && s.begin() <= at && at < s.end.max(s.start).min(len))
}

/// The text of chars `start..end` of `text`, whose first and last chars are in tokens
/// (a trimmed quote): found from the tokens' byte offsets, else by counting chars.
fn quoted_text<'a>(text: &'a str, tokens: &Tokens, start: usize, end: usize) -> &'a str {
    let from = tokens.byte_at(start).map(|(b, _)| b);
    let to = end
        .checked_sub(1)
        .and_then(|last| tokens.byte_at(last))
        .map(|(b, c)| b + c.len_utf8());
    match (from, to) {
        (Some(a), Some(b)) if a <= b => text.get(a..b),
        _ => None,
    }
    .unwrap_or_else(|| char_range(text, start, end))
}

/// The text of chars `start..end` of `text` (empty when the range is not in it).
fn char_range(text: &str, start: usize, end: usize) -> &str {
    let mut offsets = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let from = offsets.nth(start);
    let to = match end.checked_sub(start + 1) {
        Some(k) => offsets.nth(k),
        None => from,
    };
    match (from, to) {
        (Some(a), Some(b)) if a <= b => text.get(a..b).unwrap_or_default(),
        _ => "",
    }
}

/// The char range `start..end` without the spaces at its ends.
fn trim(chars: &impl CharAt, mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && chars.char_at(start).is_some_and(|c| c.is_whitespace()) {
        start += 1;
    }
    while end > start && chars.char_at(end - 1).is_some_and(|c| c.is_whitespace()) {
        end -= 1;
    }
    (start, end)
}

/// The cue of span `k` (an index into `cues`): a cue before it in its sentence, else a
/// cue right after it, else none.
fn attribute(k: usize, para: &Para, cues: &[Cue]) -> Option<usize> {
    let s = para.spans.get(k)?;
    let open_tok = s.open.and_then(|o| para.tok_at(o)).unwrap_or(0);
    let floor = open_tok.saturating_sub(MAX_CUE_TOKENS);
    let floor_char = para.toks.get(floor).map_or(0, |t| t.start);
    let holders = para.holders(k);
    let in_holder = |at: usize| {
        holders
            .iter()
            .any(|&h| para.spans.get(h).is_some_and(|o| o.begin() < at))
    };
    // Quotes that begin in the window and do not hold `s`: their words are never its cue.
    let lo = para.spans.partition_point(|o| o.begin() < floor_char);
    let others: Vec<&Span> = para
        .spans
        .get(lo..k)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .filter(|(i, _)| !holders.contains(&(lo + i)))
        .map(|(_, o)| o)
        .collect();
    let foreign = |at: usize| others.iter().any(|o| o.begin() < at && at < o.outer_end);
    let first_cue = cues.partition_point(|c| c.tok < floor);
    let last_cue = cues.partition_point(|c| c.tok < open_tok);
    let mut before: Option<usize> = None;
    for (ci, c) in cues
        .get(first_cue..last_cue)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .rev()
    {
        let crosses = para
            .toks
            .get(c.tok..open_tok)
            .unwrap_or(&[])
            .iter()
            .any(|t| is_sentence_end(t) && !in_holder(t.start));
        if crosses {
            break;
        }
        if !foreign(c.at) {
            before = Some(first_cue + ci);
            break;
        }
    }
    let after = s.close.and_then(|c| para.tok_at(c)).and_then(|ct| {
        let mut k = ct + 1;
        let mut punct = 0;
        let mut adverb = false;
        while let Some(t) = para.toks.get(k) {
            // «…». بهذه الكلمات ختم: words that refer back to the quote reach across the
            // full stop after it, as a sentence of its own.
            let back_next = || {
                !adverb && words::back_reference_words(para.toks.get(k + 1..).unwrap_or(&[])) > 0
            };
            match t.kind {
                Kind::Punct(_)
                    if punct < AFTER_CUE_PUNCT && (!is_sentence_end(t) || back_next()) =>
                {
                    punct += 1
                }
                // «…»، هكذا لخص، «…»، بهذه الكلمات ختم: words that refer back to the quote.
                Kind::Word if !adverb => {
                    let n = words::back_reference_words(para.toks.get(k..).unwrap_or(&[]));
                    if n == 0 {
                        break;
                    }
                    adverb = true;
                    k += n;
                    continue;
                }
                Kind::Word => break,
                _ => return None,
            }
            k += 1;
        }
        let at = cues.partition_point(|c| c.tok < k);
        cues.get(at)
            .filter(|c| c.tok == k && c.kind != CueKind::Participle)
            .map(|_| at)
    });
    before.or(after)
}

/// Most words of a span that its surroundings alone make a name: one that fills a
/// parenthesis (`(«يونيسف»)`), or the medium between a verb of transmission and عن
/// (`نقلت «القبس» عن`).
const SHORT_NAME_WORDS: usize = 3;

/// How many tokens before a بـ the verb that governs it is looked for.
const CONTENT_BA_REACH: usize = 12;

/// `true` when `prev`, the word right before an opening mark, is the preposition بـ and
/// the nearest cue before it in its sentence is a verb whose بـ object is what was said
/// (`وطالب رئيس المجلس النواب بـ«الالتزام بالنظام»`).
fn after_content_ba(prev: Option<&Tok>, before: &[Tok]) -> bool {
    let is_ba = prev.is_some_and(|t| {
        t.kind == Kind::Word
            && t.norm.starts_with(names::BA_PREPOSITION)
            && !words::has_chars(t.norm, 2)
    });
    // ما يعرف بـ"…": the بـ of a word of naming introduces a name.
    let naming = || {
        before
            .iter()
            .rev()
            .nth(1)
            .is_some_and(|t| t.kind == Kind::Word && words::is_known_as(t))
    };
    is_ba
        && !naming()
        && before
            .iter()
            .rev()
            .skip(1)
            .take(CONTENT_BA_REACH)
            .take_while(|t| !is_sentence_end(t))
            .find(|t| t.kind == Kind::Word && words::is_any_cue(t))
            .is_some_and(words::is_content_ba_verb)
}

/// Decides whether a span is a statement, a short fragment, or a name in quotes.
fn classify(s: &Span, para: &Para, th: &Thresholds) -> Class {
    let toks = para.toks;
    let inner = para.toks_within(s.start, s.end.max(s.start));
    // The tokens before the opening mark; `before` reads the nearest first.
    let before_toks = s
        .open
        .and_then(|o| para.tok_at(o))
        .and_then(|k| toks.get(..k))
        .unwrap_or(&[]);
    let before = || before_toks.iter().rev().take(NAMING_REACH + 1);
    let prev = before().next();
    let signal_before = prev.is_some_and(|t| match t.kind {
        Kind::Punct(':') => true,
        Kind::Word => words::is_introducer(t) || words::is_any_cue(t),
        _ => false,
    });
    let close_tok = s.close.and_then(|c| para.tok_at(c));
    // The tokens right after the closing mark.
    let after = close_tok.and_then(|k| toks.get(k + 1..)).unwrap_or(&[]);
    let after_words = || after.iter().take(AFTER_CUE_PUNCT + 1);
    let signal_after = after_words()
        .find(|t| t.kind == Kind::Word)
        .is_some_and(words::is_verb_or_phrase)
        && after_words()
            .take_while(|t| t.kind != Kind::Word)
            .all(|t| !is_sentence_end(t));
    // ونقلت «القبس» عن مصدر: a short span between a verb of transmission and عن is the
    // medium that transmits, a name.
    let medium = || {
        prev.is_some_and(|t| t.kind == Kind::Word && words::is_transmit(t))
            && after
                .first()
                .is_some_and(|t| t.is_word() && t.norm == words::T.transmit_from.as_ref())
            && inner.iter().filter(|t| t.is_word()).count() <= SHORT_NAME_WORDS
    };
    if signal_before {
        return if medium() {
            Class::Name
        } else {
            Class::Statement
        };
    }
    if prev.is_some_and(|t| t.kind == Kind::Word && words::is_title_link(t)) {
        return Class::Name;
    }
    // The span's words and signs are read only past the signals around it, which decide
    // most spans (a statement after قال:) without them.
    let word_count = inner.iter().filter(|t| t.is_word()).count();
    let punct_inside = inner.iter().any(|t| {
        matches!(t.kind, Kind::Punct(c) if SENTENCE_PUNCT.contains(&c)) || t.kind == Kind::Mark
    });
    // كتاب «البن اليمني: رحلة خمسة قرون»: a title with its subtitle after a colon, right
    // after an indefinite naming noun.
    let colons_only = || {
        inner.iter().all(|t| {
            t.kind != Kind::Mark
                && !matches!(t.kind, Kind::Punct(c) if c != ':' && SENTENCE_PUNCT.contains(&c))
        })
    };
    if punct_inside
        && word_count <= NAME_MAX_WORDS
        && prev.is_some_and(|t| {
            t.kind == Kind::Word && words::is_naming_noun(t) && !words::is_definite(t.norm)
        })
        && colons_only()
    {
        return Class::Name;
    }
    if !punct_inside {
        // A naming noun right before the name is indefinite (صحيفة «…», برنامج "…"); one
        // farther back is joined by definite adjectives or a link (حسابه الشخصي “…”).
        let mut naming_before = false;
        for (k, t) in before().enumerate().take(NAMING_REACH) {
            if t.kind != Kind::Word {
                break;
            }
            // يناديها الجيران «…»: a verb of calling by a name.
            if words::is_calling_verb(t) {
                naming_before = true;
                break;
            }
            let def = words::is_definite(t.norm);
            // An indefinite plural right before names one of its kind (مجموعات «واتساب»);
            // a definite one is a subject (الشركات الناشئة «…»).
            let plural = k == 0 && !def && words::is_plural_naming_noun(t);
            // كتابه «…»: a work with its author's pronoun, right before.
            let work = || k == 0 && !def && words::is_possessed_work(t);
            if (words::is_naming_noun(t) && (k > 0 || !def)) || plural || work() {
                // اعتبر أن الموقع الجديد «…»، مضيفا أن شركته «…»: a definite noun (by
                // ال or a pronoun) right after أن is the subject of what was said, the
                // span its predicate.
                naming_before = !((def || speaker::is_possessed(t.norm))
                    && before()
                        .nth(k + 1)
                        .is_some_and(|p| p.kind == Kind::Word && words::is_introducer(p)));
                break;
            }
            // حسابه على “تويتر”، صفحته الرسمية على «فيسبوك»: a platform named after on/in,
            // its noun maybe followed by definite adjectives.
            if words::is_platform_link(t) {
                naming_before = before()
                    .skip(k + 1)
                    .take(NAMING_REACH)
                    .find(|p| {
                        p.kind != Kind::Word
                            || words::is_platform_noun(p)
                            || !words::is_definite(p.norm)
                    })
                    .is_some_and(|p| p.kind == Kind::Word && words::is_platform_noun(p));
                break;
            }
            if !(def || words::is_name_link(t)) {
                break;
            }
        }
        // في مقابلة مع «…»: the medium an interview was given to.
        let occasion_with = words::is_occasion_with(before());
        let naming_first = inner
            .iter()
            .find(|t| t.is_word())
            .is_some_and(words::is_naming_noun);
        let attached = prev.is_some_and(|t| {
            t.kind == Kind::Word && t.end == s.begin() && !words::has_chars(t.norm, 2)
        }) || prev.is_some_and(|t| t.kind == Kind::Word && words::is_lam(t.norm));
        // طالب … بـ"تشديد العقوبة": the بـ of a verb of asking or promising introduces
        // what was asked or promised.
        let attached = attached && !after_content_ba(prev, before_toks);
        let next_word = after
            .iter()
            .take(NAMING_REACH + AFTER_CUE_PUNCT)
            .take_while(|t| !is_sentence_end(t))
            .find(|t| t.kind == Kind::Word);
        let followed_as_name = next_word.is_some_and(|t| {
            words::is_after_name_word(t) || words::starts_with_lam_article(t.norm)
        });
        // مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»: an abbreviation of the
        // body just named.
        let abbreviation = word_count == 1
            && inner
                .iter()
                .find(|t| t.is_word())
                .is_some_and(|t| !words::is_definite(t.norm))
            && words::ends_body_name(before_toks.iter().rev());
        // منظمة الأمم المتحدة للطفولة («يونيسف»): a short span that fills a parenthesis
        // names what is before it.
        let parenthesised = word_count <= SHORT_NAME_WORDS
            && prev.is_some_and(|t| t.kind == Kind::Punct('('))
            && after.first().is_some_and(|t| t.kind == Kind::Punct(')'));
        let abbreviation = abbreviation || parenthesised;
        // «نظام المزادات أنهى زمن الوسطاء»، قال النجار: a span that a cue follows is a
        // statement, whatever noun it opens with.
        let naming_first = naming_first && !signal_after;
        if naming_before
            || abbreviation
            || (word_count <= NAME_MAX_WORDS
                && (naming_first || attached || followed_as_name || occasion_with))
        {
            return Class::Name;
        }
    }
    if signal_after {
        return Class::Statement;
    }
    // A short span that the sentence runs on from (“قصر الإليزيه” ناقش) is a name; a
    // quoted fragment ends its clause.
    let runs_on = after.first().is_some_and(|t| t.kind == Kind::Word);
    if !punct_inside && runs_on && word_count <= th.max_fragment_words {
        return Class::Name;
    }
    if word_count <= th.max_fragment_words {
        Class::Fragment
    } else {
        Class::Statement
    }
}

#[cfg(test)]
mod fast_paths;
#[cfg(test)]
mod tests;
