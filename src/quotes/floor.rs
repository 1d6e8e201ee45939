//! Who holds the floor: the speakers an article has quoted so far, most recent last, so
//! that a pronoun cue (وأضاف، متسائلة، قائلين) goes to the last speaker it agrees with in
//! gender and number, not to the last name mentioned, and a short mention (الخطيب،
//! الوزيرة، المصدر) goes back to the full name and role given earlier.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::speaker::{Gender, Subject, MAX_KNOWN};
use super::tokens::norm;
use crate::lexicon::quotes as lex;

/// A speaker on the floor with the normalised text its mentions are matched against,
/// normalised when a mention is first compared with it (many speakers never are, and a
/// role or name may never be read).
struct Known {
    subject: Subject,
    /// The name, normalised.
    name: OnceCell<String>,
    /// The role, normalised; read only when the speaker has one.
    role: OnceCell<String>,
}

impl Known {
    fn new(subject: Subject) -> Known {
        Known {
            subject,
            name: OnceCell::new(),
            role: OnceCell::new(),
        }
    }

    /// The name, normalised.
    fn name(&self) -> &str {
        self.name
            .get_or_init(|| norm(&self.subject.name).into_owned())
    }

    /// The role (or the description, for a speaker with no name), normalised.
    fn described(&self) -> &str {
        match (&self.subject.role, self.subject.personal) {
            (Some(r), _) => self.role.get_or_init(|| norm(r).into_owned()),
            (None, false) => self.name(),
            (None, true) => "",
        }
    }
}

/// The speakers who held the floor, the most recent last; and the people the article
/// introduced by title and name without quoting them (صدر للكاتبة ليلى العلوي كتاب), whom
/// a later mention may name (قالت الكاتبة) but a pronoun never does.
#[derive(Default)]
pub(crate) struct Floor {
    known: Vec<Known>,
    introduced: Vec<Known>,
}

/// The word without ال or لل (الوزيرة → وزيرة).
fn stem(w: &str) -> &str {
    w.strip_prefix(lex::LAM_ARTICLE)
        .or_else(|| w.strip_prefix(lex::DEFINITE_ARTICLE))
        .filter(|r| super::words::has_chars(r, 2))
        .unwrap_or(w)
}

/// A subject's name as [`refers`] compares it: normalised, and whether it is one word,
/// both found once for every speaker it is compared with, and only when a comparison
/// gets past the name as written and the gender (many lookups end there).
struct Mention<'s> {
    name: &'s str,
    read: OnceCell<(Cow<'s, str>, bool)>,
}

impl<'s> Mention<'s> {
    fn new(name: &'s str) -> Mention<'s> {
        Mention {
            name,
            read: OnceCell::new(),
        }
    }

    /// The normalised name, and whether it holds no space.
    fn get(&self) -> (&str, bool) {
        let (text, one_word) = self.read.get_or_init(|| {
            let text = norm(self.name);
            let one_word = !text.contains(' ');
            (text, one_word)
        });
        (text, *one_word)
    }
}

/// `true` when the mention `m` (normalised, and whether it is one word: `mention`)
/// refers to the known speaker `k`: the same name, the end of its personal name (الخطيب
/// of سامي الخطيب, بن عيسى of ليلى بن عيسى), a title written before its name (القاضي of
/// القاضي عادل فهمي), or its role or description named by its head noun (الوزيرة of
/// وزيرة الموارد المائية, المصدر of مصدر عسكري, رئيس النقابة of رئيس نقابة الأطباء).
fn refers(m: &Subject, mention: &Mention, k: &Known) -> bool {
    if m.name == k.subject.name {
        return true;
    }
    if !m.gender.agrees(k.subject.gender) {
        return false;
    }
    let (mention, one_word) = mention.get();
    if m.role.is_none() && k.subject.personal {
        // The last words of the name, whole words only.
        let shorter = mention.len() < k.name().len();
        let at_word = k
            .name()
            .strip_suffix(mention)
            .is_some_and(|head| head.ends_with(' '));
        if shorter && at_word {
            return true;
        }
    }
    // القاضي of the judge introduced as القاضي عادل فهمي: a title alone, written before
    // the name when it was given.
    let title_alone = !m.personal && m.role.is_none() && one_word;
    // The titles' words compared as bytes: a space is one byte.
    let titled = || {
        k.subject
            .titles
            .as_bytes()
            .split(|&b| b == b' ')
            .any(|t| t == mention.as_bytes())
    };
    if title_alone && k.subject.personal && titled() {
        return true;
    }
    // وقال المدرب after تحت أنظار مدربها X: a role of one word with a possessive pronoun
    // names its holder by the noun alone.
    let possessed_role = || {
        let Some(r) = k.subject.role.as_deref().filter(|r| !r.contains(' ')) else {
            return false;
        };
        let role = norm(r);
        lex::POSSESSIVE_SUFFIXES.iter().any(|suffix| {
            role.strip_suffix(suffix).is_some_and(|noun| {
                noun != mention && super::words::has_chars(noun, 3) && noun == stem(mention)
            })
        })
    };
    if title_alone && k.subject.personal && possessed_role() {
        return true;
    }
    // وتابع الفلاح after «…»، يقول فلاح في الستين: one word with ال, which could be a
    // family name, names a speaker described without a name by the description's head.
    if m.role.is_none() && !k.subject.personal && one_word {
        let st = stem(mention);
        if st.len() != mention.len() && k.name().split(' ').next() == Some(st) {
            return true;
        }
    }
    if m.personal || m.role.is_some() || k.described().is_empty() {
        return false;
    }
    // Names and roles are joined with single spaces (`speaker::join`): a plain split gives
    // their words without split_whitespace's Unicode tests.
    let mut described = k.described().split(' ').map(stem);
    let mut it = mention.split(' ').map(stem);
    let head_matches = it.next().is_some_and(|h| described.next() == Some(h));
    // A word of the role may carry a لـ the mention does not (لسلطة of سلطة الميناء).
    let same = |d: &str, w: &str| d == w || d.strip_prefix(lex::LAM) == Some(w);
    head_matches && it.all(|w| k.described().split(' ').map(stem).any(|d| same(d, w)))
}

impl Floor {
    /// The speaker an explicit subject names: a known speaker it refers to (with its
    /// full name and role), else the subject itself.
    pub(crate) fn named(&self, s: Subject) -> Subject {
        match self.lookup(&s) {
            Some(k) => Floor::as_known(s, k),
            None => s,
        }
    }

    /// The subject `s` as the known speaker `k` it refers to: `k`'s full name, titles and
    /// gender, the role `s` gives (else `k`'s), and `s`'s place in the text.
    pub(crate) fn as_known(mut s: Subject, k: &Subject) -> Subject {
        s.name.clone_from(&k.name);
        if s.role.is_none() {
            s.role.clone_from(&k.role);
        }
        s.gender = k.gender.or_known(s.gender);
        s.personal = k.personal;
        s.titles.clone_from(&k.titles);
        s
    }

    /// The known or introduced speaker an explicit subject refers to, if any.
    pub(crate) fn lookup(&self, s: &Subject) -> Option<&Subject> {
        if self.known.is_empty() && self.introduced.is_empty() {
            return None;
        }
        // Normalised only when a comparison reads it.
        let mention = Mention::new(&s.name);
        let found = self.known.iter().rev().find(|k| refers(s, &mention, k));
        // وتقول حواء: a first name alone names the one known speaker of three names or
        // more whose name opens with it (ordinary people are named again by first name).
        let found = found.or_else(|| {
            if s.role.is_some() {
                return None;
            }
            let (mention, one_word) = mention.get();
            if !one_word || super::words::is_definite(mention) {
                return None;
            }
            let mut by_first = self.known.iter().filter(|k| {
                k.subject.personal
                    && k.subject.gender.agrees(s.gender)
                    && k.name().split(' ').nth(2).is_some()
                    && k.name().split(' ').next() == Some(mention)
            });
            let first = by_first.next()?;
            // Two speakers of that first name: the mention names neither.
            by_first.next().is_none().then_some(first)
        });
        // A body introduced without quoting is named again by its head alone (المحكمة،
        // المركز); a mention of more words names itself.
        found
            .or_else(|| {
                self.introduced.iter().rev().find(|k| {
                    k.subject.name != s.name
                        && (k.subject.personal || mention.get().1)
                        && refers(s, &mention, k)
                })
            })
            .map(|k| &k.subject)
    }

    /// [`Floor::named`] for a phrase with a role; a bare name (of two words or more, as
    /// the callers take them) names itself: an earlier speaker whose name merely ends
    /// with it is someone else.
    pub(crate) fn named_if_titled(&self, s: Subject) -> Subject {
        if s.role.is_some() {
            self.named(s)
        } else {
            s
        }
    }

    /// The known speaker whose personal name ends with the normalised word `w` and who
    /// agrees with gender `g` (دوبوا of لوك-هنري دوبوا).
    pub(crate) fn known_as(&self, w: &str, g: Gender) -> Option<Subject> {
        self.known
            .iter()
            .rev()
            .find(|k| {
                k.subject.personal
                    && k.subject.gender.agrees(g)
                    && k.name()
                        .strip_suffix(w)
                        .is_some_and(|head| head.ends_with(' '))
            })
            .map(|k| k.subject.clone())
    }

    /// The speaker a pronoun cue of gender `g` refers to: the latest who agrees, else the
    /// latest speaker.
    pub(crate) fn holder(&self, g: Gender) -> Option<Subject> {
        self.agreeing_holder(g)
            .or_else(|| self.known.last().map(|k| k.subject.clone()))
    }

    /// The latest speaker who agrees with gender `g`, or the latest person introduced who
    /// does; `None` when no one agrees.
    pub(crate) fn agreeing_holder(&self, g: Gender) -> Option<Subject> {
        let found = self.known.iter().rev().find(|k| k.subject.gender.agrees(g));
        // A plural pronoun (وأضافوا) may go back to a broken plural description (عمال في
        // الميناء), whose form does not show its number.
        let found = found.or_else(|| {
            (g == Gender::Plural)
                .then(|| self.known.iter().rev().find(|k| !k.subject.personal))
                .flatten()
        });
        // «…»، تقول: with no speaker who agrees, the latest person the article
        // introduced by title and name who does (تقف المزارعة آمنة النور … «…»، تقول).
        let found = found.or_else(|| {
            (g == Gender::Feminine || g == Gender::Masculine)
                .then(|| {
                    self.introduced
                        .iter()
                        .rev()
                        .find(|k| k.subject.personal && k.subject.gender == g)
                })
                .flatten()
        });
        found.map(|k| k.subject.clone())
    }

    /// The latest speaker, person, body or description, when it agrees with gender `g`.
    pub(crate) fn last_agreeing(&self, g: Gender) -> Option<Subject> {
        self.known
            .last()
            .filter(|k| k.subject.gender.agrees(g))
            .map(|k| k.subject.clone())
    }

    /// The latest speaker, when it is a person who agrees with gender `g`.
    pub(crate) fn last_person(&self, g: Gender) -> Option<Subject> {
        self.known
            .last()
            .filter(|k| k.subject.personal && k.subject.gender.agrees(g))
            .map(|k| k.subject.clone())
    }

    /// The latest speaker who agrees with gender `g`, if any, other than the one named
    /// `except` (the asker, for a verb of answering).
    pub(crate) fn agreeing(&self, g: Gender, except: Option<&str>) -> Option<Subject> {
        self.known
            .iter()
            .rev()
            .filter(|k| except.is_none_or(|e| k.subject.name != e))
            .find(|k| k.subject.gender.agrees(g))
            .map(|k| k.subject.clone())
    }

    /// The article names `s` by title and name outside any cue.
    pub(crate) fn introduce(&mut self, s: &Subject) {
        if let Some(at) = self
            .introduced
            .iter()
            .position(|k| k.subject.name == s.name)
        {
            self.introduced.remove(at);
        } else if self.introduced.len() >= MAX_KNOWN {
            self.introduced.remove(0);
        }
        self.introduced.push(Known::new(s.clone()));
    }

    /// `s` takes the floor.
    pub(crate) fn take(&mut self, s: &Subject) {
        if let Some(at) = self.known.iter().position(|k| k.subject.name == s.name) {
            let mut old = self.known.remove(at);
            old.subject.gender = old.subject.gender.or_known(s.gender);
            if old.subject.titles.is_empty() {
                old.subject.titles.clone_from(&s.titles);
            }
            // Without a role, none was normalised: the name's normalisation still holds.
            if old.subject.role.is_none() && s.role.is_some() {
                old.subject.role.clone_from(&s.role);
            }
            self.known.push(old);
        } else {
            if self.known.len() >= MAX_KNOWN {
                self.known.remove(0);
            }
            self.known.push(Known::new(s.clone()));
        }
    }
}
