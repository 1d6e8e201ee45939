//! Page metadata: JSON-LD, OpenGraph and meta tags, `<title>`, breadcrumbs, dates,
//! authors, language and direction. Also hands the title stage its candidates and the
//! locate stage JSON-LD's `articleBody`.
//!
//! [`collect`] reads the whole parsed page once ([`scan`]) before stripping; [`finish`]
//! fills what needs the body text (direction, language, an agency credit). Structured
//! sources win over visible text; every value's source is recorded in
//! [`PageFacts::sources`].

pub mod clean;
pub mod dates;
pub mod jsonld;
mod people;
pub mod scan;
mod sections;

use crate::article::Metadata;
use crate::lexicon::dates as lex;
use crate::parse::{Dom, Ix, Tag};

use clean::{collapse, fold, is_url};
use dates::{find_in_text, parse_structured, Date};
use jsonld::LdFacts;
use scan::Scan;
use std::cell::OnceCell;

/// Nodes after the headline searched for its date line and byline.
pub const NEAR_AFTER_NODES: usize = 400;
/// Nodes before the headline searched for a date line, byline or section label.
pub const NEAR_BEFORE_NODES: usize = 120;
/// Lines of text after the headline searched for its date line and byline.
pub const LINES_AFTER: usize = 14;
/// Lines of text before the headline searched for a date line.
pub const LINES_BEFORE: usize = 6;
/// A date line is at most this many characters (longer lines are running text).
pub const MAX_DATE_LINE_CHARS: usize = 110;
/// A date line has at most this many words (a sentence of the body that mentions a
/// date is longer).
pub const MAX_DATE_LINE_WORDS: usize = 12;
/// A date line before the headline is the masthead's date of the day (not the
/// article's) when the page block holding it, up to the headline's container, has at
/// least this many links (a navigation row beside it) and the date is lone: it leads its
/// line (after a day name at most) and has no clock time.
pub const MASTHEAD_LINKS: usize = 2;
/// ... or at least this many links when the line is more than a lone date (a menu, not
/// the section and author links of an article's own date line).
pub const MASTHEAD_MENU_LINKS: usize = 5;
/// ... or, for a lone date, at least this many links between it and the headline (the
/// navigation bar under a masthead).
pub const MASTHEAD_LINKS_BETWEEN: usize = 3;
/// Most nodes looked at when counting the links around a date line.
const MASTHEAD_SCAN_NODES: usize = 4000;
/// A title segment is looked for as the page's headline text (when no `<h1>` names
/// the article) only if it has at least this many words.
const HEADLINE_MIN_WORDS: usize = 3;
/// Share of a page's letters in Arabic script above which its language is `ar`.
pub const ARABIC_SHARE: f32 = 0.5;

/// What the page says about itself, structured sources first.
#[derive(Debug, Default, Clone)]
pub struct PageFacts {
    /// The metadata written to the output.
    pub metadata: Metadata,
    /// `<title>` text.
    pub title_tag: Option<String>,
    /// `og:title` / `twitter:title`.
    pub og_title: Option<String>,
    /// JSON-LD `headline` / `name` of the article object.
    pub ld_headline: Option<String>,
    /// JSON-LD `articleBody`.
    pub ld_body: Option<String>,
    /// The `<h1>` taken for the headline when collecting (best match with the other
    /// title candidates), if any.
    pub headline_h1: Option<Ix>,
    /// Where each value came from, for `--explain`: (field, source).
    pub sources: Vec<(String, String)>,
}

impl PageFacts {
    fn note(&mut self, field: &str, source: &str) {
        self.sources.push((field.to_string(), source.to_string()));
    }
}

/// The first `content` of a meta whose key is in `keys`, in the order of `keys`.
fn meta<'a>(s: &'a Scan, keys: &[&str]) -> Option<(&'a str, &'a str)> {
    keys.iter().find_map(|k| {
        s.metas
            .iter()
            .find(|(mk, c)| mk == k && !c.is_empty())
            .map(|(mk, c)| (&**mk, *c))
    })
}

/// Collects metadata from the whole document (before stripping).
pub fn collect(dom: &Dom) -> PageFacts {
    let s = scan::scan(dom);
    let title_tag = s.title.as_deref().map(collapse).filter(|t| !t.is_empty());
    let og_title = meta(&s, lex::TITLE_META)
        .map(|(_, v)| collapse(v))
        .filter(|t| !t.is_empty());
    // Each title candidate is folded once, for all the comparisons below.
    let og_key = og_title.as_deref().map(fold);
    let title_key = title_tag.as_deref().map(fold);
    let hints: Vec<String> = [&og_key, &title_key]
        .into_iter()
        .flatten()
        .filter(|t| !t.is_empty())
        .cloned()
        .collect();
    let mut ld = jsonld::facts_folded(&s.ld_blocks, &hints);
    // The later readers never look at the JSON-LD headline and body again.
    let mut f = PageFacts {
        title_tag,
        og_title,
        ld_headline: ld.headline.take(),
        ld_body: ld.body.take(),
        ..PageFacts::default()
    };
    let ld_key = match ld.headline_key.take() {
        Some(k) => Some(k),
        None => f.ld_headline.as_deref().map(fold),
    };
    let mut title_keys: Vec<String> = [og_key, ld_key, title_key].into_iter().flatten().collect();
    let (h1, h1_key) = headline_h1(dom, &s, &title_keys);
    f.headline_h1 = h1;
    title_keys.extend(h1_key.clone());
    title_keys.retain(|t| !t.is_empty());
    let anchor = f.headline_h1.or(s.first_article);

    let split = TitleSegments::of(&f);
    site_and_links(&mut f, &s, &ld, &split);
    let near_anchor = date_anchor(dom, &s, &f, anchor, h1_key.as_deref(), &split);
    let near = Near::new(dom, &s, near_anchor);
    published_and_modified(&mut f, dom, &s, &ld, &near);
    people::authors(&mut f, dom, &s, &ld, &near, &split);
    sections::categories(&mut f, dom, &s, &ld, anchor, &title_keys);
    sections::tags(&mut f, dom, &s, &ld);
    lang_and_dir(&mut f, &s, &ld);
    f
}

/// Lines of text around the headline, read when first asked for (most pages date and
/// credit the article in their markup and never need them).
pub(crate) struct Near<'a> {
    dom: &'a Dom,
    scan: &'a Scan<'a>,
    anchor: Option<Ix>,
    after: OnceCell<Vec<(String, Ix)>>,
    before: OnceCell<Vec<(String, Ix)>>,
    /// Node range searched after the headline.
    pub after_range: (Ix, Ix),
}

impl<'a> Near<'a> {
    fn new(dom: &'a Dom, scan: &'a Scan<'a>, anchor: Option<Ix>) -> Near<'a> {
        let after_range = match anchor {
            Some(a) => {
                let from = dom.nodes[a].end;
                (from, from + NEAR_AFTER_NODES)
            }
            None => (0, 0),
        };
        Near {
            dom,
            scan,
            anchor,
            after: OnceCell::new(),
            before: OnceCell::new(),
            after_range,
        }
    }

    /// Lines after the headline, nearest first.
    pub fn after(&self) -> &[(String, Ix)] {
        self.after.get_or_init(|| match self.anchor {
            Some(_) => {
                let (from, to) = self.after_range;
                self.scan.lines(self.dom, from, to, LINES_AFTER)
            }
            None => Vec::new(),
        })
    }

    /// Lines before the headline, nearest first.
    pub fn before(&self) -> &[(String, Ix)] {
        self.before.get_or_init(|| match self.anchor {
            Some(a) => {
                let from = a.saturating_sub(NEAR_BEFORE_NODES);
                let mut before = self.scan.lines(self.dom, from, a, usize::MAX);
                before.reverse();
                before.truncate(LINES_BEFORE);
                before
            }
            None => Vec::new(),
        })
    }
}

/// The node the article's date line and byline are looked for around: the headline
/// `<h1>`; when there is none, or it only names the site (a logo in the masthead), the
/// first text of the page that reads as a title segment of at least
/// [`HEADLINE_MIN_WORDS`] words other than the site's name (a table layout's `<font>` or
/// `<td>` headline, an `<h2>` inside `<article>`); else the first `<article>`.
fn date_anchor(
    dom: &Dom,
    s: &Scan,
    f: &PageFacts,
    anchor: Option<Ix>,
    h1_key: Option<&str>,
    split: &TitleSegments,
) -> Option<Ix> {
    // Folded only when the lengths allow a match (most pages stop here).
    let logo = match (h1_key, f.metadata.site_name.as_deref()) {
        (Some(k), Some(site)) if site.len().abs_diff(k.len()) <= site.len() / 4 + 8 => {
            fold(site) == k
        }
        _ => false,
    };
    if f.headline_h1.is_some() && !logo {
        return anchor;
    }
    let site = f.metadata.site_name.as_deref().map(fold);
    let mut keys: Vec<String> = Vec::new();
    let candidates = [f.og_title.as_deref(), f.ld_headline.as_deref()]
        .into_iter()
        .flatten()
        .chain(split.title.iter().map(String::as_str))
        .chain(split.og.iter().map(String::as_str));
    for c in candidates {
        let k = fold(c);
        if k.split(' ').count() >= HEADLINE_MIN_WORDS
            && site.as_deref() != Some(k.as_str())
            && !keys.contains(&k)
        {
            keys.push(k);
        }
    }
    headline_by_text(dom, s, &keys).or(anchor)
}

/// The element holding the first text node of `<body>` whose folded text is one of
/// `keys`; lengths are compared before folding.
fn headline_by_text(dom: &Dom, s: &Scan, keys: &[String]) -> Option<Ix> {
    if keys.is_empty() {
        return None;
    }
    let body = dom.find(Tag::Body)?;
    let end = dom.nodes[body].end;
    let mut j = body + 1;
    while j < end {
        if s.skips.is(dom, j) {
            j = dom.nodes[j].end;
            continue;
        }
        if let Some(t) = dom.text(j) {
            let t = t.trim();
            let close = |k: &String| t.len().abs_diff(k.len()) <= k.len() / 4 + 8;
            if !t.is_empty() && keys.iter().any(close) {
                let folded = fold(t);
                if keys.contains(&folded) {
                    return Some(dom.nodes[j].parent).filter(|&p| p != crate::parse::NO_PARENT);
                }
            }
        }
        j += 1;
    }
    None
}

/// The `<h1>` that best matches the other title candidates (shared words), else the
/// first `<h1>` with text; with its folded text. `refs` are the candidates folded.
fn headline_h1(dom: &Dom, s: &Scan, refs: &[String]) -> (Option<Ix>, Option<String>) {
    let mut best: Option<(usize, Ix, String)> = None;
    for &h in &s.h1s {
        let t = fold(&s.text_of(dom, h));
        if t.is_empty() {
            continue;
        }
        let shared = t
            .split(' ')
            .filter(|w| refs.iter().any(|r| r.split(' ').any(|x| x == *w)))
            .count();
        let wins = match &best {
            Some((b, _, _)) => shared > *b,
            None => true,
        };
        if wins {
            best = Some((shared, h, t));
        }
    }
    match best {
        Some((_, h, t)) => (Some(h), Some(t)),
        None => (None, None),
    }
}

/// Segments of a title split at the usual separators (`عنوان - الموقع`): split at each
/// separator of the table in turn, then collapsed; empty segments dropped.
pub(crate) fn title_segments(t: &str) -> Vec<String> {
    let mut parts: Vec<&str> = vec![t];
    let mut next: Vec<&str> = Vec::new();
    for sep in lex::TITLE_SEPARATORS {
        if !parts.iter().any(|p| p.contains(sep)) {
            continue;
        }
        next.clear();
        for p in &parts {
            next.extend(p.split(sep));
        }
        std::mem::swap(&mut parts, &mut next);
    }
    parts
        .into_iter()
        .map(collapse)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The [`title_segments`] of the `<title>` and of `og:title`, split once for the site
/// name and the names that stand for the site.
#[derive(Default)]
pub(crate) struct TitleSegments {
    pub title: Vec<String>,
    pub og: Vec<String>,
}

impl TitleSegments {
    fn of(f: &PageFacts) -> TitleSegments {
        let split = |t: &Option<String>| t.as_deref().map(title_segments).unwrap_or_default();
        TitleSegments {
            title: split(&f.title_tag),
            og: split(&f.og_title),
        }
    }
}

/// A title's first or last segment that another title candidate repeats as a segment:
/// the site's name.
fn repeated_title_part(f: &PageFacts, split: &TitleSegments) -> Option<String> {
    f.title_tag.as_ref()?;
    let segs = &split.title;
    if segs.len() < 2 {
        return None;
    }
    let ld = f.ld_headline.as_deref().map(title_segments);
    let others: Vec<String> = [Some(&split.og), ld.as_ref()]
        .into_iter()
        .flatten()
        .filter(|s| s.len() >= 2)
        .flatten()
        .map(|s| fold(s))
        .collect();
    let found = [segs.last(), segs.first()]
        .into_iter()
        .flatten()
        .find(|seg| others.contains(&fold(seg)))
        .cloned();
    found
}

fn site_and_links(f: &mut PageFacts, s: &Scan, ld: &LdFacts, split: &TitleSegments) {
    let site = s
        .metas
        .iter()
        .filter(|(k, _)| lex::SITE_META.contains(&&**k))
        .map(|(_, v)| collapse(v))
        .find(|v| !v.is_empty() && !is_url(v));
    if let Some(v) = site {
        f.metadata.site_name = Some(v);
        f.note("site_name", "meta og:site_name");
    } else if let Some(v) = ld.publisher.clone().or_else(|| ld.website.clone()) {
        f.metadata.site_name = Some(v);
        f.note("site_name", "json-ld publisher");
    } else if let Some(v) = repeated_title_part(f, split) {
        f.metadata.site_name = Some(v);
        f.note("site_name", "title suffix");
    }
    if let Some(c) = s.canonical.clone() {
        f.metadata.url = Some(c);
        f.note("url", "link rel=canonical");
    } else if let Some((_, u)) = meta(s, lex::URL_META) {
        f.metadata.url = Some(u.to_string());
        f.note("url", "meta og:url / twitter:url");
    } else if let Some(u) = ld.url.clone() {
        f.metadata.url = Some(u);
        f.note("url", "json-ld url");
    }
    if let Some((k, d)) = meta(s, lex::DESCRIPTION_META) {
        f.metadata.description = Some(collapse(d));
        f.note("description", &format!("meta {k}"));
    } else if let Some(d) = ld.description.clone() {
        f.metadata.description = Some(d);
        f.note("description", "json-ld description");
    }
    if let Some((k, i)) = meta(s, lex::IMAGE_META) {
        f.metadata.image = Some(i.to_string());
        f.note("image", &format!("meta {k}"));
    } else if let Some(i) = ld.image.clone() {
        f.metadata.image = Some(i);
        f.note("image", "json-ld image");
    }
}

/// A date candidate: the date, its source, and its rank (lower is better).
type Cand = (Date, String, u8);

fn published_and_modified(f: &mut PageFacts, dom: &Dom, s: &Scan, ld: &LdFacts, near: &Near) {
    let mut pubs: Vec<Cand> = Vec::new();
    let mut mods: Vec<Cand> = Vec::new();
    let push = |list: &mut Vec<Cand>, v: &str, src: String, rank: u8| {
        if let Some(d) = parse_structured(v) {
            list.push((d, src, rank));
        }
    };
    if let Some(v) = &ld.published {
        push(&mut pubs, v, "json-ld datePublished".into(), 0);
    }
    if let Some(v) = &ld.modified {
        push(&mut mods, v, "json-ld dateModified".into(), 0);
    }
    for key in lex::PUBLISHED_META {
        for (k, v) in s.metas.iter().filter(|(k, _)| k == key) {
            push(&mut pubs, v, format!("meta {k}"), 1);
        }
    }
    for key in lex::MODIFIED_META {
        for (k, v) in s.metas.iter().filter(|(k, _)| k == key) {
            push(&mut mods, v, format!("meta {k}"), 1);
        }
    }
    // Marked elements anywhere (outside comments); plain <time> only near the headline.
    let (from, to) = near.after_range;
    for t in &s.times {
        if t.published {
            push(&mut pubs, &t.value, "itemprop datePublished".into(), 2);
        } else if t.modified {
            push(&mut mods, &t.value, "itemprop dateModified".into(), 2);
        } else if (from..to).contains(&t.ix) && !in_related(dom, t.ix) {
            push(&mut pubs, &t.value, "time datetime".into(), 3);
        }
    }
    // The visible date line, only when no structured source dates the article: after
    // the headline first, then just before it; never the masthead's date of the day.
    if pubs.is_empty() {
        visible_dates(&mut pubs, &mut mods, dom, near);
    }
    if let Some((d, src)) = choose(&pubs) {
        f.metadata.published = Some(d.iso());
        f.note("published", &src);
    }
    if let Some((d, src)) = choose(&mods) {
        f.metadata.modified = Some(d.iso());
        f.note("modified", &src);
    }
}

/// The article's visible date line: the lines after the headline, nearest first, then
/// those before it, nearest first; the first date of each kind (published, modified)
/// wins. Lines too long for a date line, inside lists of other articles, or holding the
/// masthead's date of the day ([`is_masthead`]) are passed over.
fn visible_dates(pubs: &mut Vec<Cand>, mods: &mut Vec<Cand>, dom: &Dom, near: &Near) {
    let after = near.after().iter().map(|l| (l, false));
    let before = near.before().iter().map(|l| (l, true));
    for ((line, ix), is_before) in after.chain(before) {
        if line.chars().count() > MAX_DATE_LINE_CHARS
            || line.split_whitespace().count() > MAX_DATE_LINE_WORDS
        {
            continue;
        }
        let Some(found) = find_in_text(line) else {
            continue;
        };
        if in_related(dom, *ix) {
            continue;
        }
        let lone = found.leads && found.date.time.is_none();
        if !found.introduced && is_masthead(dom, near.anchor, *ix, is_before, lone) {
            continue;
        }
        let list = if found.modified {
            &mut *mods
        } else {
            &mut *pubs
        };
        if !list.iter().any(|c| c.2 == 4) {
            list.push((found.date, "visible date line".into(), 4));
        }
    }
}

/// Whether a date line starting at node `ix` is the masthead's date of the day rather
/// than the article's, by position and shape (never by class names):
///
/// - it sits inside a `<header>` (or `role=banner`) that neither holds the headline nor
///   lies inside an `<article>` (the page's header bar), before or after the headline;
///   or, before
///   the headline,
/// - the page block holding it (up to the block that also holds the headline) has
///   [`MASTHEAD_LINKS`] links and the date is `lone` (it leads its line, after a day
///   name at most, and has no clock time), or [`MASTHEAD_MENU_LINKS`] links whatever the line (a top row with
///   navigation); or
/// - the line is `lone` and [`MASTHEAD_LINKS_BETWEEN`] links stand between it and the
///   headline (the navigation bar under the masthead).
///
/// Lines with publication words (`نشر في`, `آخر تحديث`, `Published`) are never asked.
fn is_masthead(dom: &Dom, anchor: Option<Ix>, ix: Ix, before: bool, lone: bool) -> bool {
    let Some(a) = anchor else {
        return false;
    };
    let mut branch = ix;
    let mut below_common = true;
    let mut header = false;
    let mut p = dom
        .nodes
        .get(ix)
        .map_or(crate::parse::NO_PARENT, |n| n.parent);
    while p != crate::parse::NO_PARENT {
        let holds_anchor = dom.contains(p, a);
        if below_common && holds_anchor {
            below_common = false;
        } else if below_common {
            branch = p;
        }
        match dom.tag(p) {
            Some(Tag::Header) if !holds_anchor => header = true,
            Some(Tag::Article) => header = false,
            Some(_) if !holds_anchor && dom.attr(p, "role").is_some_and(is_banner) => {
                header = true;
            }
            _ => {}
        }
        p = dom.nodes[p].parent;
    }
    if header {
        return true;
    }
    if !before {
        return false;
    }
    let in_branch = links_in(dom, branch, dom.nodes[branch].end);
    if in_branch >= MASTHEAD_MENU_LINKS || (lone && in_branch >= MASTHEAD_LINKS) {
        return true;
    }
    lone && links_in(dom, ix + 1, a) >= MASTHEAD_LINKS_BETWEEN
}

/// Whether an ARIA `role` value is `banner` (the page's header).
fn is_banner(role: &str) -> bool {
    role.split_ascii_whitespace()
        .any(|r| r.eq_ignore_ascii_case("banner"))
}

/// Links (`<a href>`) among nodes `from..to`, counting at most
/// [`MASTHEAD_SCAN_NODES`] nodes.
fn links_in(dom: &Dom, from: Ix, to: Ix) -> usize {
    let to = to
        .min(dom.nodes.len())
        .min(from.saturating_add(MASTHEAD_SCAN_NODES));
    (from..to)
        .filter(|&j| dom.tag(j) == Some(Tag::A) && dom.attr(j, "href").is_some())
        .count()
}

/// The best-ranked date, made precise by another source of the same day when it lacks
/// time or offset. Sources that disagree on the day are ignored (the better one wins).
fn choose(cands: &[Cand]) -> Option<(Date, String)> {
    let best = cands.iter().min_by_key(|c| c.2)?;
    if best.0.is_precise() {
        return Some((best.0, best.1.clone()));
    }
    let better = cands
        .iter()
        .filter(|c| c.0.is_precise() && c.0.day_key() == best.0.day_key())
        .min_by_key(|c| c.2);
    match better {
        Some(b) => Some((b.0, format!("{} (time from {})", best.1, b.1))),
        None => Some((best.0, best.1.clone())),
    }
}

/// Whether node `i` sits inside a list of other articles (related, latest, …).
pub(crate) fn in_related(dom: &Dom, i: Ix) -> bool {
    let mut p = dom
        .nodes
        .get(i)
        .map_or(crate::parse::NO_PARENT, |n| n.parent);
    while p != crate::parse::NO_PARENT {
        if scan::marked(dom, p, lex::RELATED_TOKENS, &[]) {
            return true;
        }
        p = dom.nodes[p].parent;
    }
    false
}

/// A language tag as written, its primary subtag lower-cased (`AR` → `ar`,
/// `ar_SA` → `ar-SA`); `None` for anything that is not a tag (`Arabic`).
fn lang_tag(s: &str) -> Option<String> {
    let t = s.trim().replace('_', "-");
    let mut parts = t.split('-');
    let primary = parts.next()?;
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let rest: Vec<&str> = parts.collect();
    if rest
        .iter()
        .any(|p| p.is_empty() || p.len() > 8 || !p.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        return None;
    }
    let mut out = primary.to_ascii_lowercase();
    for p in rest {
        out.push('-');
        out.push_str(p);
    }
    Some(out)
}

fn lang_and_dir(f: &mut PageFacts, s: &Scan, ld: &LdFacts) {
    if let Some(l) = s.html_lang.as_deref().and_then(lang_tag) {
        f.metadata.lang = Some(l);
        f.note("lang", "html lang");
    } else if let Some((k, l)) = lex::LANG_META
        .iter()
        .find_map(|k| meta(s, &[k]).and_then(|(k, v)| lang_tag(v).map(|l| (k, l))))
    {
        f.metadata.lang = Some(l);
        f.note("lang", &format!("meta {k}"));
    } else if let Some(l) = ld.lang.as_deref().and_then(lang_tag) {
        f.metadata.lang = Some(l);
        f.note("lang", "json-ld inLanguage");
    }
    let dir_ok = |d: &Option<String>| d.clone().filter(|d| d == "rtl" || d == "ltr");
    if let Some(d) = dir_ok(&s.html_dir) {
        f.metadata.dir = Some(d);
        f.note("dir", "html dir");
    } else if let Some(d) = dir_ok(&s.body_dir) {
        f.metadata.dir = Some(d);
        f.note("dir", "body dir");
    }
}

/// Fills what needs the body text: `dir` (by `unicode-bidi`, paragraph by paragraph)
/// and `lang` (`ar` when most letters are Arabic script) when the markup does not say,
/// and `agency` from a credit such as `(رويترز)` at the body's start or end when no
/// author or agency was found.
pub fn finish(facts: &mut PageFacts, paragraphs: &[String]) {
    if facts.metadata.dir.is_none() {
        let (mut rtl, mut ltr) = (0usize, 0usize);
        for p in paragraphs {
            match unicode_bidi::get_base_direction(p.as_str()) {
                unicode_bidi::Direction::Rtl => rtl += 1,
                unicode_bidi::Direction::Ltr => ltr += 1,
                unicode_bidi::Direction::Mixed => {}
            }
        }
        if rtl + ltr > 0 {
            facts.metadata.dir = Some(if rtl >= ltr { "rtl" } else { "ltr" }.to_string());
            facts.note("dir", "body text (unicode-bidi)");
        }
    }
    if facts.metadata.lang.is_none() {
        let (mut arabic, mut letters) = (0usize, 0usize);
        for c in paragraphs
            .iter()
            .flat_map(|p| p.chars())
            .filter(|&c| is_letter(c))
        {
            letters += 1;
            if is_arabic_script(c) {
                arabic += 1;
            }
        }
        if letters > 0 && arabic as f32 / letters as f32 > ARABIC_SHARE {
            facts.metadata.lang = Some("ar".to_string());
            facts.note("lang", "body script");
        }
    }
    if facts.metadata.author.is_none() && facts.metadata.agency.is_none() {
        let ends = paragraphs.first().into_iter().chain(paragraphs.last());
        if let Some(a) = ends.filter_map(|p| people::agency_credit(p)).next() {
            facts.metadata.agency = Some(a);
            facts.note("agency", "credit in body");
        }
    }
}

/// `c.is_alphabetic()`, with the Arabic block (U+0600–U+06FF) looked up in a table made
/// once: the standard library's general look-up costs hundreds of instructions a
/// character outside ASCII, and a body without a `lang` is read letter by letter.
fn is_letter(c: char) -> bool {
    static ARABIC_BLOCK: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    let code = u32::from(c);
    match code.checked_sub(0x600) {
        Some(k) if k < 256 => ARABIC_BLOCK.get_or_init(|| {
            let mut t = [false; 256];
            for (k, slot) in (0u32..).zip(t.iter_mut()) {
                *slot = char::from_u32(0x600 + k).is_some_and(char::is_alphabetic);
            }
            t
        })[k as usize],
        _ => c.is_alphabetic(),
    }
}

fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{8a0}'..='\u{8ff}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

#[cfg(test)]
mod tests;
