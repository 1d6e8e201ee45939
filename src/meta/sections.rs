//! Categories and tags. Categories come from a breadcrumb (JSON-LD `BreadcrumbList`, or
//! an element marked breadcrumb by class/id, `aria-label` or `itemtype`) without its home
//! item and without a last item that is the article's own title; else from
//! `articleSection`; else from a section link just above the headline. Tags come from
//! `article:tag`, JSON-LD `keywords`, tag blocks and `rel=tag` links.

use std::sync::LazyLock;

use super::clean::{collapse, fold};
use super::jsonld::LdFacts;
use super::scan::{marked, Scan};
use super::{PageFacts, NEAR_BEFORE_NODES};
use crate::lexicon::dates as lex;
use crate::parse::{Dom, Ix, Tag};

/// Longest breadcrumb item or section name, in characters (longer ones are titles).
pub const MAX_SECTION_CHARS: usize = 60;
/// A last breadcrumb item this long that the title contains is the (shortened) title.
pub const MIN_TITLE_PART_CHARS: usize = 20;
/// Longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 60;
/// Characters that separate breadcrumb items written as plain text.
const CRUMB_SEPARATORS: &[char] = &['>', '›', '»', '«', '/', '|', '\\', '‹', '<', '→', '←'];

static HOME: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::HOME_ITEMS.iter().map(|h| fold(h)).collect());

/// Drops home items, items that are the title, overlong and repeated items.
fn clean_items(items: Vec<String>, titles: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The folded form of each kept item, to drop repeats.
    let mut kept: Vec<String> = Vec::new();
    let n = items.len();
    for (i, it) in items.into_iter().enumerate() {
        let it = collapse(&it);
        let k = fold(&it);
        let is_title = titles.iter().any(|t| {
            *t == k || (i + 1 == n && k.chars().count() > MIN_TITLE_PART_CHARS && t.contains(&k))
        });
        if k.is_empty()
            || HOME.contains(&k)
            || is_title
            || it.chars().count() > MAX_SECTION_CHARS
            || kept.contains(&k)
        {
            continue;
        }
        out.push(it);
        kept.push(k);
    }
    out
}

/// The items of a breadcrumb element: its outermost `<li>`s, else its links, else its
/// text split at separator characters.
fn crumb_items(dom: &Dom, s: &Scan, c: Ix) -> Vec<String> {
    let end = dom.nodes[c].end;
    let collect_tag = |tag: Tag| -> Vec<String> {
        let mut v = Vec::new();
        let mut j = c + 1;
        while j < end {
            if dom.tag(j) == Some(tag) {
                v.push(s.text_of(dom, j));
                j = dom.nodes[j].end;
            } else {
                j += 1;
            }
        }
        v
    };
    let li = collect_tag(Tag::Li);
    if !li.is_empty() {
        return li;
    }
    let links = collect_tag(Tag::A);
    if !links.is_empty() {
        return links;
    }
    s.text_of(dom, c)
        .split(CRUMB_SEPARATORS)
        .map(str::to_string)
        .collect()
}

/// Fills `categories`. `titles` are the title candidates (`og:title`, JSON-LD headline,
/// `<title>`, the headline `<h1>`) folded, to recognise a last breadcrumb item that is
/// the title.
pub(crate) fn categories(
    f: &mut PageFacts,
    dom: &Dom,
    s: &Scan,
    ld: &LdFacts,
    anchor: Option<Ix>,
    titles: &[String],
) {
    let ld_crumbs = clean_items(ld.breadcrumb.clone(), titles);
    if !ld_crumbs.is_empty() {
        f.metadata.categories = ld_crumbs;
        f.note("categories", "json-ld BreadcrumbList");
        return;
    }
    for &c in &s.crumbs {
        let items = clean_items(crumb_items(dom, s, c), titles);
        if !items.is_empty() {
            f.metadata.categories = items;
            f.note("categories", "breadcrumb element");
            return;
        }
    }
    let ld_sections = clean_items(ld.sections.clone(), titles);
    if !ld_sections.is_empty() {
        f.metadata.categories = ld_sections;
        f.note("categories", "json-ld articleSection");
        return;
    }
    for key in lex::SECTION_META {
        let vals: Vec<String> = s
            .metas
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.to_string())
            .collect();
        let items = clean_items(vals, titles);
        if !items.is_empty() {
            f.metadata.categories = items;
            f.note("categories", &format!("meta {key}"));
            return;
        }
    }
    // Only the first: tag lists sometimes repeat the property on every tag.
    let first: Vec<String> = s
        .sections
        .first()
        .map(|&i| s.text_of(dom, i))
        .into_iter()
        .collect();
    let items = clean_items(first, titles);
    if !items.is_empty() {
        f.metadata.categories = items;
        f.note("categories", "itemprop articleSection");
        return;
    }
    if let Some(label) = anchor.and_then(|a| section_link_before(dom, s, a)) {
        let items = clean_items(vec![label], titles);
        if !items.is_empty() {
            f.metadata.categories = items;
            f.note("categories", "section link above the headline");
            return;
        }
    }
    if let (Some(a), Some(url)) = (anchor, f.metadata.url.clone()) {
        if let Some(label) = current_nav_item(dom, s, a, &url) {
            let items = clean_items(vec![label], titles);
            if !items.is_empty() {
                f.metadata.categories = items;
                f.note("categories", "current menu item matching the URL");
            }
        }
    }
}

/// Non-empty path segments of a URL or `href`, lower-cased.
fn path_segments(url: &str) -> Vec<String> {
    let no_scheme = url
        .split_once("//")
        .map_or(url, |(_, r)| r.split_once('/').map_or("", |(_, p)| p));
    let path = if url.starts_with('/') && !url.starts_with("//") {
        url
    } else {
        no_scheme
    };
    path.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .split('/')
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `i` or one of its ancestors is a menu (`<nav>`, `<ul>`, class menu/nav).
fn in_menu(dom: &Dom, i: Ix) -> bool {
    let mut p = i;
    while p != crate::parse::NO_PARENT {
        if matches!(dom.tag(p), Some(Tag::Nav | Tag::Ul | Tag::Ol))
            || marked(dom, p, lex::MENU_TOKENS, &[])
        {
            return true;
        }
        p = dom.nodes[p].parent;
    }
    false
}

/// The menu item above the headline marked current (`active`, `nav-on`) whose link's
/// last path segment is also a segment of the page's URL (`/middle_east/` in
/// `/2013/middle_east/8/3/…`).
fn current_nav_item(dom: &Dom, s: &Scan, anchor: Ix, url: &str) -> Option<String> {
    let page = path_segments(url);
    (0..anchor).find_map(|j| {
        if dom.tag(j) != Some(Tag::A) {
            return None;
        }
        let parent = dom.nodes[j].parent;
        let current = marked(dom, j, lex::CURRENT_NAV_PARTS, &[])
            || (parent != crate::parse::NO_PARENT
                && marked(dom, parent, lex::CURRENT_NAV_PARTS, &[]));
        if !current {
            return None;
        }
        let last = path_segments(dom.attr(j, "href")?).pop()?;
        let text = s.text_of(dom, j);
        (page.contains(&last) && !text.is_empty()).then_some(text)
    })
}

/// The nearest link above the headline (within [`NEAR_BEFORE_NODES`]) that points to a
/// section listing (`/category/…`, `/section/…`).
fn section_link_before(dom: &Dom, s: &Scan, anchor: Ix) -> Option<String> {
    let from = anchor.saturating_sub(NEAR_BEFORE_NODES);
    (from..anchor).rev().find_map(|j| {
        if dom.tag(j) != Some(Tag::A) || s.skips.is(dom, j) || in_menu(dom, j) {
            return None;
        }
        let href = dom.attr(j, "href")?;
        let path = href.split(['?', '#']).next().unwrap_or_default();
        let segs: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let listing = segs.iter().enumerate().any(|(i, p)| {
            lex::SECTION_PATH_WORDS.contains(&p.to_ascii_lowercase().as_str()) && i + 1 < segs.len()
        });
        let text = s.text_of(dom, j);
        (listing && !text.is_empty()).then_some(text)
    })
}

/// Fills `tags`.
pub(crate) fn tags(f: &mut PageFacts, dom: &Dom, s: &Scan, ld: &LdFacts) {
    let split = |v: &str| -> Vec<String> { v.split([',', '،']).map(collapse).collect() };
    // The folded form of each tag taken, to drop repeats.
    let mut keys: Vec<String> = f.metadata.tags.iter().map(|t| fold(t)).collect();
    let mut push_all = |f: &mut PageFacts, vals: Vec<String>, src: &str| {
        let mut added = false;
        for t in vals {
            let k = fold(&t);
            if k.is_empty() || t.chars().count() > MAX_TAG_CHARS || keys.contains(&k) {
                continue;
            }
            f.metadata.tags.push(t);
            keys.push(k);
            added = true;
        }
        if added {
            f.note("tags", src);
        }
    };
    for key in lex::TAG_META {
        let vals: Vec<String> = s
            .metas
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| split(v))
            .collect();
        push_all(f, vals, &format!("meta {key}"));
    }
    if f.metadata.tags.is_empty() {
        push_all(f, ld.keywords.clone(), "json-ld keywords");
    }
    if f.metadata.tags.is_empty() {
        let mut vals = Vec::new();
        for &b in &s.tag_blocks {
            let end = dom.nodes[b].end;
            vals.extend(
                (b..end)
                    .filter(|&j| dom.tag(j) == Some(Tag::A))
                    .map(|j| s.text_of(dom, j)),
            );
        }
        vals.extend(s.rel_tags.iter().map(|&j| s.text_of(dom, j)));
        push_all(f, vals, "tags block");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_and_title_items_are_dropped() {
        let titles = vec![fold("عنوان الخبر الطويل هنا")];
        let items = vec![
            "الرئيسية".to_string(),
            "سياسة".to_string(),
            " عربي ".to_string(),
            "عنوان الخبر الطويل هنا".to_string(),
        ];
        assert_eq!(clean_items(items, &titles), vec!["سياسة", "عربي"]);
    }

    #[test]
    fn repeated_items_are_kept_once() {
        let items = vec!["Home".to_string(), "News".to_string(), "news".to_string()];
        assert_eq!(clean_items(items, &[]), vec!["News"]);
    }
}
