//! The one walk over the whole page that gathers what the metadata stage reads: `<html>`
//! and `<body>` attributes, `<title>`, `<meta>`, canonical links, JSON-LD blocks,
//! `<time>` elements, headings, breadcrumb/byline/tag containers and microdata. Also the
//! small DOM readers the other metadata modules share (class tokens, element text, the
//! lines of text near the headline).

use crate::lexicon::dates as lex;
use crate::parse::{Dom, Ix, Kind, Tag};

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

/// Whether a class/id token list marks the element with one of `parts` (a token split
/// at `-` and `_`) or one of `whole` (a whole token).
pub fn marked(dom: &Dom, i: Ix, parts: &[&str], whole: &[&str]) -> bool {
    let Some(e) = dom.element(i) else {
        return false;
    };
    let v = e.value();
    [v.attr("class"), v.attr("id")]
        .into_iter()
        .flatten()
        .any(|list| {
            list.split_whitespace().any(|tok| {
                let tok = tok.to_ascii_lowercase();
                whole.contains(&tok.as_str()) || tok.split(['-', '_']).any(|p| parts.contains(&p))
            })
        })
}

/// Whether nothing inside node `i` is metadata or visible text of the article:
/// scripts, styles, templates, and reader comments.
pub fn skipped(dom: &Dom, i: Ix) -> bool {
    match dom.tag(i) {
        Some(Tag::Script | Tag::Style | Tag::Noscript | Tag::Template | Tag::Svg | Tag::Select) => {
            true
        }
        Some(_) => marked(dom, i, lex::COMMENT_TOKENS, &[]),
        None => false,
    }
}

fn lower_attr(dom: &Dom, i: Ix, name: &str) -> Option<String> {
    dom.attr(i, name).map(|s| s.trim().to_ascii_lowercase())
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
            }
            Tag::Link => {
                let rel = lower_attr(dom, i, "rel").unwrap_or_default();
                if s.canonical.is_none() && rel.split_whitespace().any(|r| r == "canonical") {
                    s.canonical = dom
                        .attr(i, "href")
                        .map(|h| h.trim().to_string())
                        .filter(|h| !h.is_empty());
                }
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
        if marked(dom, i, lex::COMMENT_TOKENS, &[]) {
            i = dom.nodes[i].end;
            continue;
        }
        let itemprop = lower_attr(dom, i, "itemprop").unwrap_or_default();
        let datetime = dom.attr(i, "datetime").or_else(|| dom.attr(i, "content"));
        let published = itemprop == "datepublished" || dom.attr(i, "pubdate").is_some();
        let modified = itemprop == "datemodified";
        if tag != Tag::Meta && (tag == Tag::Time || published || modified) {
            if let Some(v) = datetime {
                s.times.push(TimeEl {
                    ix: i,
                    value: v.trim().to_string(),
                    published,
                    modified,
                });
            }
        }
        if itemprop == "articlesection" && tag != Tag::Meta {
            s.sections.push(i);
        }
        if i >= crumb_until && is_crumb(dom, i) {
            s.crumbs.push(i);
            crumb_until = dom.nodes[i].end;
        }
        let rel = lower_attr(dom, i, "rel").unwrap_or_default();
        if i >= byline_until
            && tag != Tag::Meta
            && (itemprop == "author"
                || rel.split_whitespace().any(|r| r == "author")
                || marked(dom, i, lex::AUTHOR_TOKENS, &[]))
        {
            s.bylines.push(i);
            byline_until = dom.nodes[i].end;
        }
        if i >= tags_until && marked(dom, i, lex::TAG_TOKENS, lex::TAG_CLASSES) {
            s.tag_blocks.push(i);
            tags_until = dom.nodes[i].end;
        }
        if tag == Tag::A && rel.split_whitespace().any(|r| r == "tag") {
            s.rel_tags.push(i);
        }
        i += 1;
    }
    s
}

fn is_crumb(dom: &Dom, i: Ix) -> bool {
    if marked(dom, i, lex::BREADCRUMB_TOKENS, &[]) {
        return true;
    }
    let aria = lower_attr(dom, i, "aria-label").unwrap_or_default();
    let itemtype = lower_attr(dom, i, "itemtype").unwrap_or_default();
    aria.contains("breadcrumb") || itemtype.ends_with("/breadcrumblist")
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
