//! The one walk over the whole page that gathers what the metadata stage reads: `<html>`
//! and `<body>` attributes, `<title>`, `<meta>`, canonical links, JSON-LD blocks,
//! `<time>` elements, headings, breadcrumb/byline/tag containers and microdata. Also the
//! small DOM readers the other metadata modules share (class tokens, element text, the
//! lines of text near the headline).

use crate::lexicon::dates as lex;
use crate::parse::{Dom, Ix, Kind, Tag};
use std::sync::LazyLock;

use super::clean::collapse;

/// Most `<h1>` elements considered as the headline.
const MAX_H1: usize = 12;

/// A `<time>` element or an element with `itemprop=datePublished|dateModified`.
#[derive(Debug, Clone)]
pub struct TimeEl {
    pub ix: Ix,
    /// `datetime` or `content` attribute.
    pub value: String,
    /// Marked as the publication (`itemprop=datePublished`, `pubdate`).
    pub published: bool,
    /// Marked as the modification (`itemprop=dateModified`).
    pub modified: bool,
}

/// Everything the walk found, in document order.
#[derive(Debug, Default)]
pub struct Scan {
    pub html_lang: Option<String>,
    pub html_dir: Option<String>,
    pub body_dir: Option<String>,
    pub title: Option<String>,
    /// (lower-case `property`/`name`/`itemprop`/`http-equiv`, `content`).
    pub metas: Vec<(String, String)>,
    pub canonical: Option<String>,
    pub ld_blocks: Vec<String>,
    pub times: Vec<TimeEl>,
    pub h1s: Vec<Ix>,
    pub first_article: Option<Ix>,
    /// Outermost breadcrumb containers (class/id/aria-label/itemtype).
    pub crumbs: Vec<Ix>,
    /// Outermost byline/author elements, `rel=author` links, `itemprop=author` elements.
    pub bylines: Vec<Ix>,
    /// Outermost tag blocks.
    pub tag_blocks: Vec<Ix>,
    /// `rel=tag` links.
    pub rel_tags: Vec<Ix>,
    /// Elements with `itemprop=articleSection`.
    pub sections: Vec<Ix>,
}

/// Longest table word the [`TokenFilter`] tells apart by length; longer parts pass it.
const FILTER_MAX_LEN: usize = 31;

/// A cheap, exact-for-rejection pre-test of class/id token parts against word tables:
/// per lower-cased first byte, the set of lengths (bits) of the words that begin with
/// it. Most parts of a page's class names (`col`, `md`, `wrapper`) fail it, so the
/// case-insensitive comparisons with each table word run only for the few that pass.
struct TokenFilter {
    lengths: [u32; 256],
}

impl TokenFilter {
    fn new(tables: &[&[&str]]) -> TokenFilter {
        let mut lengths = [0u32; 256];
        for w in tables.iter().flat_map(|t| t.iter()) {
            if let Some(&b) = w.as_bytes().first() {
                if let Some(m) = lengths.get_mut(usize::from(b.to_ascii_lowercase())) {
                    *m |= Self::bit(w.len());
                }
            }
        }
        TokenFilter { lengths }
    }

    /// The length's bit; all lengths past [`FILTER_MAX_LEN`] share the top bit.
    fn bit(len: usize) -> u32 {
        1 << len.min(FILTER_MAX_LEN)
    }

    /// `false` only when no table word can equal `part` (ASCII case ignored).
    fn may_match(&self, part: &[u8]) -> bool {
        part.first().is_some_and(|&b| {
            self.lengths
                .get(usize::from(b.to_ascii_lowercase()))
                .is_some_and(|m| m & Self::bit(part.len()) != 0)
        })
    }
}

/// The pre-test for the parts [`Attrs::marks`] looks up.
static MARK_FILTER: LazyLock<TokenFilter> = LazyLock::new(|| {
    TokenFilter::new(&[
        lex::COMMENT_TOKENS,
        lex::AUTHOR_TOKENS,
        lex::TAG_TOKENS,
        lex::BREADCRUMB_TOKENS,
    ])
});

/// The pre-test for whole tokens that mark a block of tags.
static TAG_CLASS_FILTER: LazyLock<TokenFilter> =
    LazyLock::new(|| TokenFilter::new(&[lex::TAG_CLASSES]));

/// The pre-test for the parts that mark reader comments.
static COMMENT_FILTER: LazyLock<TokenFilter> =
    LazyLock::new(|| TokenFilter::new(&[lex::COMMENT_TOKENS]));

/// The parts of a class/id token: split at `-` and `_` (ASCII, so bytes will do).
fn token_parts(tok: &str) -> impl Iterator<Item = &[u8]> {
    tok.as_bytes().split(|&b| b == b'-' || b == b'_')
}

/// Whether `part` equals a word of `table`, ASCII case ignored.
fn in_token_table(table: &[&str], part: &[u8]) -> bool {
    table
        .iter()
        .any(|x| x.as_bytes().eq_ignore_ascii_case(part))
}

/// Whether a class/id token list has a part (split at `-` and `_`) in `COMMENT_TOKENS`.
fn comment_marked(list: &str) -> bool {
    let filter = &*COMMENT_FILTER;
    list.split_ascii_whitespace().any(|tok| {
        token_parts(tok).any(|p| filter.may_match(p) && in_token_table(lex::COMMENT_TOKENS, p))
    })
}

/// Whether one class/id token list marks an element with one of `parts` (a token split
/// at `-` and `_`) or one of `whole` (a whole token), ASCII case ignored.
pub fn list_marked(list: &str, parts: &[&str], whole: &[&str]) -> bool {
    list.split_ascii_whitespace().any(|tok| {
        whole.iter().any(|w| w.eq_ignore_ascii_case(tok))
            || tok
                .split(['-', '_'])
                .any(|p| parts.iter().any(|x| x.eq_ignore_ascii_case(p)))
    })
}

/// Whether element `i`'s class or id marks it with one of `parts` or `whole`.
pub fn marked(dom: &Dom, i: Ix, parts: &[&str], whole: &[&str]) -> bool {
    let Some(e) = dom.element(i) else {
        return false;
    };
    let v = e.value();
    [v.attr("class"), v.attr("id")]
        .into_iter()
        .flatten()
        .any(|list| list_marked(list, parts, whole))
}

/// Whether nothing inside node `i` is metadata or visible text of the article:
/// scripts, styles, templates, and reader comments.
pub fn skipped(dom: &Dom, i: Ix) -> bool {
    match dom.tag(i) {
        Some(Tag::Script | Tag::Style | Tag::Noscript | Tag::Template | Tag::Svg | Tag::Select) => {
            true
        }
        Some(_) => dom.element(i).is_some_and(|e| {
            e.value()
                .attrs()
                .any(|(name, value)| matches!(name, "class" | "id") && comment_marked(value))
        }),
        None => false,
    }
}

fn lower_attr(dom: &Dom, i: Ix, name: &str) -> Option<String> {
    dom.attr(i, name).map(|s| s.trim().to_ascii_lowercase())
}

/// Class/id marks of one element.
#[derive(Default)]
struct Marks {
    comment: bool,
    author: bool,
    tags: bool,
    crumb: bool,
}

/// The attributes the scan reads, looked up in one pass over an element's attributes.
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    itemprop: Option<&'a str>,
    datetime: Option<&'a str>,
    content: Option<&'a str>,
    pubdate: bool,
    rel: Option<&'a str>,
    aria_label: Option<&'a str>,
    itemtype: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(dom: &'a Dom, i: Ix) -> Attrs<'a> {
        let mut a = Attrs::default();
        let Some(e) = dom.element(i) else {
            return a;
        };
        for (name, value) in e.value().attrs() {
            match name {
                "class" => a.class = Some(value),
                "id" => a.id = Some(value),
                "itemprop" => a.itemprop = Some(value.trim()),
                "datetime" => a.datetime = Some(value),
                "content" => a.content = Some(value),
                "pubdate" => a.pubdate = true,
                "rel" => a.rel = Some(value),
                "aria-label" => a.aria_label = Some(value),
                "itemtype" => a.itemtype = Some(value),
                _ => {}
            }
        }
        a
    }

    /// Which marks the element's class and id carry, in one pass over their tokens.
    fn marks(&self) -> Marks {
        let mut m = Marks::default();
        let (parts, wholes) = (&*MARK_FILTER, &*TAG_CLASS_FILTER);
        for list in [self.class, self.id].into_iter().flatten() {
            for tok in list.split_ascii_whitespace() {
                if wholes.may_match(tok.as_bytes())
                    && in_token_table(lex::TAG_CLASSES, tok.as_bytes())
                {
                    m.tags = true;
                }
                for p in token_parts(tok) {
                    if !parts.may_match(p) {
                        continue;
                    }
                    let is = |table: &[&str]| in_token_table(table, p);
                    m.comment |= is(lex::COMMENT_TOKENS);
                    m.author |= is(lex::AUTHOR_TOKENS);
                    m.tags |= is(lex::TAG_TOKENS);
                    m.crumb |= is(lex::BREADCRUMB_TOKENS);
                }
            }
        }
        m
    }

    fn rel_has(&self, word: &str) -> bool {
        self.rel.is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|x| x.eq_ignore_ascii_case(word))
        })
    }

    fn prop_is(&self, word: &str) -> bool {
        self.itemprop.is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|x| x.eq_ignore_ascii_case(word))
        })
    }

    fn is_crumb(&self, m: &Marks) -> bool {
        m.crumb
            || self
                .aria_label
                .is_some_and(|l| l.to_ascii_lowercase().contains("breadcrumb"))
            || self
                .itemtype
                .is_some_and(|t| t.to_ascii_lowercase().ends_with("/breadcrumblist"))
    }
}

/// Walks the page once.
pub fn scan(dom: &Dom) -> Scan {
    let mut s = Scan::default();
    let n = dom.nodes.len();
    let (mut crumb_until, mut byline_until, mut tags_until) = (0, 0, 0);
    let mut i = 0;
    while i < n {
        let Kind::Element(tag) = dom.nodes[i].kind else {
            i += 1;
            continue;
        };
        match tag {
            Tag::Html if s.html_lang.is_none() => {
                s.html_lang = dom.attr(i, "lang").map(str::to_string);
                s.html_dir = lower_attr(dom, i, "dir");
            }
            Tag::Body => s.body_dir = lower_attr(dom, i, "dir"),
            Tag::Title if s.title.is_none() => {
                s.title = Some(text_of(dom, i)).filter(|t| !t.is_empty());
            }
            Tag::Meta => {
                let key = ["property", "name", "itemprop", "http-equiv"]
                    .iter()
                    .find_map(|k| lower_attr(dom, i, k).filter(|v| !v.is_empty()));
                if let (Some(k), Some(c)) = (key, dom.attr(i, "content")) {
                    s.metas.push((k, c.trim().to_string()));
                }
                i += 1;
                continue;
            }
            Tag::Link => {
                if s.canonical.is_none() && Attrs::of(dom, i).rel_has("canonical") {
                    s.canonical = dom
                        .attr(i, "href")
                        .map(|h| h.trim().to_string())
                        .filter(|h| !h.is_empty());
                }
                i += 1;
                continue;
            }
            Tag::Script => {
                let ty = lower_attr(dom, i, "type").unwrap_or_default();
                if ty.contains("ld+json") {
                    s.ld_blocks.push(raw_text(dom, i));
                }
                i = dom.nodes[i].end;
                continue;
            }
            Tag::Style | Tag::Template | Tag::Svg => {
                i = dom.nodes[i].end;
                continue;
            }
            Tag::H1 if s.h1s.len() < MAX_H1 => s.h1s.push(i),
            Tag::Article if s.first_article.is_none() => s.first_article = Some(i),
            _ => {}
        }
        let a = Attrs::of(dom, i);
        let m = a.marks();
        if m.comment {
            i = dom.nodes[i].end;
            continue;
        }
        let published = a.prop_is("datepublished") || a.pubdate;
        let modified = a.prop_is("datemodified");
        if tag == Tag::Time || published || modified {
            if let Some(v) = a.datetime.or(a.content) {
                s.times.push(TimeEl {
                    ix: i,
                    value: v.trim().to_string(),
                    published,
                    modified,
                });
            }
        }
        if a.prop_is("articlesection") {
            s.sections.push(i);
        }
        if i >= crumb_until && a.is_crumb(&m) {
            s.crumbs.push(i);
            crumb_until = dom.nodes[i].end;
        }
        if i >= byline_until && (a.prop_is("author") || a.rel_has("author") || m.author) {
            s.bylines.push(i);
            byline_until = dom.nodes[i].end;
        }
        if i >= tags_until && m.tags {
            s.tag_blocks.push(i);
            tags_until = dom.nodes[i].end;
        }
        if tag == Tag::A && a.rel_has("tag") {
            s.rel_tags.push(i);
        }
        i += 1;
    }
    s
}

/// The raw text inside an element (for `<script>` and `<title>`).
fn raw_text(dom: &Dom, i: Ix) -> String {
    let mut out = String::new();
    for j in i + 1..dom.nodes[i].end {
        if let Some(t) = dom.text(j) {
            out.push_str(t);
        }
    }
    out
}

/// The visible text of element `i`: text nodes joined, a space at block boundaries and
/// `<br>`, scripts and comments skipped, whitespace collapsed.
pub fn text_of(dom: &Dom, i: Ix) -> String {
    let end = dom.nodes[i].end;
    let mut out = String::new();
    let mut open: Vec<Ix> = Vec::new();
    let mut j = i + 1;
    while j < end {
        while open.last().is_some_and(|&e| j >= e) {
            open.pop();
            out.push(' ');
        }
        if skipped(dom, j) {
            j = dom.nodes[j].end;
            continue;
        }
        if let Some(t) = dom.text(j) {
            out.push_str(t);
        } else if dom.tag(j).is_some_and(|t| t.is_block() || t == Tag::Br) {
            out.push(' ');
            open.push(dom.nodes[j].end);
        }
        j += 1;
    }
    collapse(&out)
}

/// Lines of visible text in `from..to` (a new line at every block boundary and `<br>`),
/// each with the node where it starts; empty lines dropped, at most `max` lines.
pub fn lines(dom: &Dom, from: Ix, to: Ix, max: usize) -> Vec<(String, Ix)> {
    let to = to.min(dom.nodes.len());
    let mut out: Vec<(String, Ix)> = Vec::new();
    let mut cur = String::new();
    let mut start = from;
    let flush = |cur: &mut String, start: Ix, out: &mut Vec<(String, Ix)>| {
        let line = collapse(cur);
        if !line.is_empty() {
            out.push((line, start));
        }
        cur.clear();
    };
    // Ends of the open block elements: leaving one ends a line too.
    let mut open: Vec<Ix> = Vec::new();
    let mut j = from;
    while j < to && out.len() < max {
        while open.last().is_some_and(|&e| j >= e) {
            open.pop();
            flush(&mut cur, start, &mut out);
        }
        if skipped(dom, j) {
            j = dom.nodes[j].end;
            continue;
        }
        if let Some(t) = dom.text(j) {
            if cur.trim().is_empty() {
                start = j;
            }
            cur.push_str(t);
        } else if dom.tag(j).is_some_and(|t| t.is_block() || t == Tag::Br) {
            flush(&mut cur, start, &mut out);
            if dom.nodes[j].end > j + 1 {
                open.push(dom.nodes[j].end);
            }
        }
        j += 1;
    }
    if out.len() < max {
        flush(&mut cur, start, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_filter_never_rejects_a_table_word() {
        for table in [
            lex::COMMENT_TOKENS,
            lex::AUTHOR_TOKENS,
            lex::TAG_TOKENS,
            lex::BREADCRUMB_TOKENS,
        ] {
            for w in table {
                assert!(MARK_FILTER.may_match(w.as_bytes()), "mark filter: {w}");
                let upper = w.to_ascii_uppercase();
                assert!(
                    MARK_FILTER.may_match(upper.as_bytes()),
                    "mark filter: {upper}"
                );
            }
        }
        for w in lex::TAG_CLASSES {
            assert!(
                TAG_CLASS_FILTER.may_match(w.as_bytes()),
                "tag class filter: {w}"
            );
        }
        for w in lex::COMMENT_TOKENS {
            assert!(
                COMMENT_FILTER.may_match(w.as_bytes()),
                "comment filter: {w}"
            );
        }
        assert!(
            !MARK_FILTER.may_match(b"container"),
            "mark filter rejects container"
        );
    }
}
