//! Who holds the floor: the speakers an article has quoted so far, most recent last, so
//! that a pronoun cue (وأضاف، متسائلة، قائلين) goes to the last speaker it agrees with in
//! gender and number, not to the last name mentioned, and a short mention (الخطيب،
//! الوزيرة، المصدر) goes back to the full name and role given earlier.

use super::speaker::{Gender, Subject, MAX_KNOWN};
use super::tokens::norm;
use crate::lexicon::quotes as lex;

/// The speakers who held the floor, the most recent last.
#[derive(Default)]
pub(crate) struct Floor {
    known: Vec<Subject>,
}

/// The normalised words of `s`.
fn words(s: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    s.split_whitespace().map(norm)
}

/// The word without ال or لل (الوزيرة → وزيرة).
fn stem(w: &str) -> &str {
    w.strip_prefix(lex::LAM_ARTICLE)
        .or_else(|| w.strip_prefix(lex::DEFINITE_ARTICLE))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// `true` when the mention `m` refers to the known speaker `k`: the same name, the end
/// of its personal name (الخطيب of سامي الخطيب, بن عيسى of ليلى بن عيسى), or its role
/// or description named by its head noun (الوزيرة of وزيرة الموارد المائية, المصدر of
/// مصدر عسكري, رئيس النقابة of رئيس نقابة الأطباء).
fn refers(m: &Subject, k: &Subject) -> bool {
    if m.name == k.name {
        return true;
    }
    if !m.gender.agrees(k.gender) {
        return false;
    }
    let mention: Vec<_> = words(&m.name).collect();
    if m.role.is_none() && k.personal {
        let full: Vec<_> = words(&k.name).collect();
        if mention.len() < full.len() && full.ends_with(&mention) {
            return true;
        }
    }
    if m.personal || m.role.is_some() {
        return false;
    }
    let described = match (&k.role, k.personal) {
        (Some(r), _) => r.as_str(),
        (None, false) => k.name.as_str(),
        (None, true) => return false,
    };
    let held: Vec<_> = words(described).collect();
    let stems: Vec<&str> = held.iter().map(|w| stem(w)).collect();
    let mut it = mention.iter().map(|w| stem(w));
    let head_matches = it.next().is_some_and(|h| stems.first() == Some(&h));
    head_matches && it.all(|w| stems.contains(&w))
}

impl Floor {
    /// The speaker an explicit subject names: a known speaker it refers to (with its
    /// full name and role), else the subject itself.
    pub(crate) fn named(&self, s: &Subject) -> Subject {
        match self.known.iter().rev().find(|k| refers(s, k)) {
            Some(k) => Subject {
                name: k.name.clone(),
                role: s.role.clone().or_else(|| k.role.clone()),
                gender: k.gender.or_known(s.gender),
                personal: k.personal,
                end: s.end,
            },
            None => s.clone(),
        }
    }

    /// The speaker a pronoun cue of gender `g` refers to: the latest who agrees.
    pub(crate) fn holder(&self, g: Gender) -> Option<Subject> {
        let found = self.known.iter().rev().find(|k| k.gender.agrees(g));
        // A plural pronoun (وأضافوا) may go back to a broken plural description (عمال في
        // الميناء), whose form does not show its number.
        let found = found.or_else(|| {
            (g == Gender::Plural)
                .then(|| self.known.iter().rev().find(|k| !k.personal))
                .flatten()
        });
        // Agreement is a preference: with no speaker who agrees, the latest one.
        found.or_else(|| self.known.last()).cloned()
    }

    /// The latest speaker who agrees with gender `g`, if any.
    pub(crate) fn agreeing(&self, g: Gender) -> Option<Subject> {
        self.known
            .iter()
            .rev()
            .find(|k| k.gender.agrees(g))
            .cloned()
    }

    /// `s` takes the floor.
    pub(crate) fn take(&mut self, s: &Subject) {
        if let Some(at) = self.known.iter().position(|k| k.name == s.name) {
            let mut old = self.known.remove(at);
            old.gender = old.gender.or_known(s.gender);
            if old.role.is_none() {
                old.role.clone_from(&s.role);
            }
            self.known.push(old);
        } else {
            if self.known.len() >= MAX_KNOWN {
                self.known.remove(0);
            }
            self.known.push(s.clone());
        }
    }
}
