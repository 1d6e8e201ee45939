//! Scoring of the quote test set (`tests/quotes_set/*.json`), shared by the per-passage
//! tests (`tests/quotes_set.rs`) and the report (`examples/quotes_set_eval.rs`). The rule
//! is that of `shared/eval/score.py`: gold and predicted quotes are paired greedily, one
//! to one, best token F1 first, when their token F1 is at least 0.8; a paired quote's
//! speaker is right when it equals one of the gold aliases after normalisation (tatweel
//! and bidi controls removed, whitespace collapsed); a predicted quote whose text is a
//! gold `not_quotes` span is a name counted as a quote. Role accuracy is counted the
//! same way over paired quotes with a gold speaker (both absent counts as right).

#![allow(dead_code)]

use matn::article::Quote;
use std::collections::HashMap;
use std::path::Path;

/// Least token F1 for a predicted quote to pair with a gold one.
pub const MATCH_F1: f64 = 0.8;

/// One gold quote.
pub struct GoldQuote {
    pub text: String,
    /// Accepted speaker names, most specific first; `None` when nobody is named.
    pub speaker: Option<Vec<String>>,
    pub role: Option<String>,
}

/// One passage of the set.
pub struct Passage {
    pub id: String,
    pub split: String,
    pub paragraphs: Vec<String>,
    pub quotes: Vec<GoldQuote>,
    pub not_quotes: Vec<String>,
}

/// Counts over one or more passages.
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    pub speaker_total: usize,
    pub speaker_ok: usize,
    pub role_ok: usize,
    pub names: usize,
    /// Wrong speakers by class (see [`MissClass`]), counted only: a class names no text.
    pub misses: [usize; MissClass::COUNT],
}

/// How a wrong speaker differs from the gold: counted over the blind passages too, where
/// no error is ever printed, so that what fails there can be told apart from what fails
/// on the passages tuned on without reading one of them.
#[derive(Clone, Copy)]
pub enum MissClass {
    /// No speaker given.
    None,
    /// A part of the gold name (a name cut short, or the title alone).
    Short,
    /// The gold name and more words (title and name run together, a clause run on).
    Long,
    /// Shares a word with the gold name, neither holds the other.
    Overlap,
    /// Shares no word, and is (or holds) a speaker of another quote of the passage: the
    /// floor given to the wrong person.
    Antecedent,
    /// Shares no word and is no speaker of the passage: a word group that names no speaker.
    Other,
}

impl MissClass {
    pub const COUNT: usize = 6;
    pub const NAMES: [&'static str; Self::COUNT] =
        ["none", "short", "long", "overlap", "speaker", "other"];

    /// The class of `got` against the gold aliases (all normalised by [`collapse`]);
    /// `speakers` are the gold aliases of every quote of the passage.
    pub fn of(got: &str, aliases: &[String], speakers: &[&[String]]) -> MissClass {
        if got.is_empty() {
            return MissClass::None;
        }
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let g = words(got);
        let contains = |outer: &[String], inner: &[String]| {
            inner.len() <= outer.len() && outer.windows(inner.len()).any(|w| w == inner)
        };
        let mut best = MissClass::Other;
        for a in aliases {
            let a = words(&collapse(a));
            if contains(&a, &g) {
                return MissClass::Short;
            }
            if contains(&g, &a) {
                best = MissClass::Long;
            } else if matches!(best, MissClass::Other) && g.iter().any(|w| a.contains(w)) {
                best = MissClass::Overlap;
            }
        }
        let another = speakers
            .iter()
            .flat_map(|s| s.iter())
            .any(|a| contains(&g, &words(&collapse(a))));
        if matches!(best, MissClass::Other) && another {
            return MissClass::Antecedent;
        }
        best
    }
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched += o.matched;
        self.speaker_total += o.speaker_total;
        self.speaker_ok += o.speaker_ok;
        self.role_ok += o.role_ok;
        self.names += o.names;
        for (m, n) in self.misses.iter_mut().zip(o.misses) {
            *m += n;
        }
    }
    pub fn f1(&self) -> f64 {
        let p = ratio(self.matched, self.pred);
        let r = ratio(self.matched, self.gold);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn speaker_acc(&self) -> f64 {
        ratio(self.speaker_ok, self.speaker_total)
    }
    pub fn role_acc(&self) -> f64 {
        ratio(self.role_ok, self.speaker_total)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Reads one passage file.
pub fn load(path: &Path) -> Passage {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let quotes = v["quotes"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|q| GoldQuote {
                    text: q["text"].as_str().unwrap_or_default().to_string(),
                    speaker: match &q["speaker"] {
                        serde_json::Value::String(s) => Some(vec![s.clone()]),
                        serde_json::Value::Array(_) => Some(strings(&q["speaker"])),
                        _ => None,
                    },
                    role: q["speaker_role"].as_str().map(str::to_string),
                })
                .collect()
        })
        .unwrap_or_default();
    Passage {
        id: v["id"].as_str().unwrap_or_default().to_string(),
        split: v["split"].as_str().unwrap_or_default().to_string(),
        paragraphs: strings(&v["paragraphs"]),
        quotes,
        not_quotes: strings(&v["not_quotes"]),
    }
}

/// Every passage of the folder, in file name order.
pub fn load_all(dir: &Path) -> Vec<Passage> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files.iter().map(|p| load(p)).collect()
}

/// The folder of the set.
pub fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quotes_set")
}

fn is_removed(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}')
}

/// Whitespace-collapsed text without tatweel and bidi controls.
pub fn collapse(s: &str) -> String {
    let kept: String = s.chars().filter(|c| !is_removed(*c)).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tokens(s: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    let mut cur = String::new();
    for c in s.chars().filter(|c| !is_removed(*c)).chain([' ']) {
        if c.is_alphanumeric() || c == '_' || is_mark(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            *out.entry(std::mem::take(&mut cur)).or_insert(0) += 1;
        }
    }
    out
}

fn token_f1(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> f64 {
    let common: usize = a
        .iter()
        .map(|(k, n)| (*n).min(b.get(k).copied().unwrap_or(0)))
        .sum();
    let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
    if common == 0 || na == 0 || nb == 0 {
        return 0.0;
    }
    let p = common as f64 / nb as f64;
    let r = common as f64 / na as f64;
    2.0 * p * r / (p + r)
}

/// Scores the predicted quotes of one passage; the second value lists each error as
/// `passage: quote «…»: field: want …, got …`.
pub fn score(g: &Passage, pred: &[Quote]) -> (Tally, Vec<String>) {
    let gt: Vec<_> = g.quotes.iter().map(|q| tokens(&q.text)).collect();
    let pt: Vec<_> = pred.iter().map(|q| tokens(&q.text)).collect();
    let mut pairs = Vec::new();
    for (i, a) in gt.iter().enumerate() {
        for (j, b) in pt.iter().enumerate() {
            let s = token_f1(a, b);
            if s >= MATCH_F1 {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut used_g, mut used_p) = (vec![false; gt.len()], vec![false; pt.len()]);
    let mut t = Tally {
        gold: g.quotes.len(),
        pred: pred.len(),
        ..Tally::default()
    };
    let mut errors = Vec::new();
    let short = |s: &str| s.chars().take(40).collect::<String>();
    for (_, i, j) in pairs {
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        t.matched += 1;
        let (gq, pq) = (&g.quotes[i], &pred[j]);
        let Some(aliases) = &gq.speaker else {
            continue;
        };
        t.speaker_total += 1;
        let got = collapse(pq.speaker.as_deref().unwrap_or_default());
        if aliases.iter().any(|a| collapse(a) == got) {
            t.speaker_ok += 1;
        } else {
            let speakers: Vec<&[String]> = g
                .quotes
                .iter()
                .filter_map(|q| q.speaker.as_deref())
                .collect();
            let class = MissClass::of(&got, aliases, &speakers) as usize;
            t.misses[class] += 1;
            errors.push(format!(
                "{}: quote «{}»: speaker ({}): want {:?}, got {:?}",
                g.id,
                short(&gq.text),
                MissClass::NAMES[class],
                aliases,
                pq.speaker
            ));
        }
        let want_role = gq.role.as_deref().map(collapse);
        let got_role = pq.speaker_role.as_deref().map(collapse);
        if want_role == got_role {
            t.role_ok += 1;
        } else {
            errors.push(format!(
                "{}: quote «{}»: speaker_role: want {:?}, got {:?}",
                g.id,
                short(&gq.text),
                gq.role,
                pq.speaker_role
            ));
        }
    }
    for (i, q) in g.quotes.iter().enumerate() {
        if !used_g[i] {
            errors.push(format!(
                "{}: quote «{}»: text: not found",
                g.id,
                short(&q.text)
            ));
        }
    }
    let names: Vec<String> = g.not_quotes.iter().map(|n| collapse(n)).collect();
    for (j, q) in pred.iter().enumerate() {
        let text = collapse(&q.text);
        if names.contains(&text) {
            t.names += 1;
            errors.push(format!("{}: name «{}» counted as a quote", g.id, q.text));
        } else if !used_p[j] {
            errors.push(format!(
                "{}: quote «{}»: text: not in the gold (speaker {:?})",
                g.id,
                short(&q.text),
                q.speaker
            ));
        }
    }
    (t, errors)
}
