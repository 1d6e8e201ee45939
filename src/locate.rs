//! Finds the article's container by scores that generalise across sites.
//!
//! Every text block (see [`crate::text::segment`]) gets a value: running text (long,
//! punctuated, few links) counts for its length, link lists and short labels count
//! against. A container's score is the sum over the blocks inside it, so the best
//! container is the one that holds the most running text and the least chrome; semantic
//! markup (`<article>`, `itemprop=articleBody`, body-like class names) and agreement with
//! JSON-LD `articleBody` raise it. One bottom-up pass over the flattened tree, no
//! recursion.

use crate::meta::PageFacts;
use crate::options::Thresholds;
use crate::parse::{Dom, Ix, Kind, Tag, NO_PARENT};
use crate::strip::{Stripped, BODY};
use crate::text::Block;

/// Value of a short block that is not a link: a label, a date, a button.
const SHORT_BLOCK_VALUE: f32 = -3.0;

/// Running text without any sentence punctuation counts this share of its length.
const UNPUNCTUATED_WEIGHT: f32 = 0.5;

/// Characters of JSON-LD `articleBody` used to find where the body starts on the page.
const LD_PROBE_CHARS: usize = 40;

/// The value of one block for the container score.
pub fn block_value(b: &Block, th: &Thresholds) -> f32 {
    let chars = b.chars as f32;
    if b.is_heading() {
        return 0.0;
    }
    if b.prose_list {
        // Part of the text, but no evidence of running text either.
        return 0.0;
    }
    if b.link_density() > th.max_link_density || b.teaser {
        return -chars * th.chrome_penalty;
    }
    if (b.chars as usize) < th.short_block_chars {
        return SHORT_BLOCK_VALUE;
    }
    let text = chars - b.link_chars as f32 * (1.0 + th.chrome_penalty);
    if b.punct == 0 && (b.chars as usize) < th.long_block_chars {
        text * UNPUNCTUATED_WEIGHT
    } else {
        text
    }
}

/// The index of the element that holds the article body.
pub fn locate(
    dom: &Dom,
    stripped: &Stripped,
    blocks: &[Block],
    facts: &PageFacts,
    th: &Thresholds,
) -> Option<Ix> {
    let n = dom.nodes.len();
    let mut score = vec![0f32; n];
    for b in blocks {
        score[b.owner] += block_value(b, th);
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if p != NO_PARENT {
            score[p] += score[i];
        }
    }
    let anchor = ld_anchor(blocks, facts);
    let mut best: Option<(Ix, f32)> = None;
    for (i, &raw) in score.iter().enumerate() {
        let Kind::Element(tag) = dom.nodes[i].kind else {
            continue;
        };
        if raw <= 0.0 || !can_hold_article(tag) {
            continue;
        }
        let mut s = raw;
        if is_marked_body(dom, stripped, i, tag) {
            s *= th.semantic_bonus;
        }
        if let Some(a) = anchor {
            if dom.contains(i, a) {
                s *= th.semantic_bonus;
            }
        }
        // `>=`: between equal scores the deeper (later in pre-order) container wins.
        if best.is_none_or(|(_, b)| s >= b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

/// Kept characters of a located article under which the page may be a listing.
const LISTING_MAX_BODY_CHARS: u32 = 400;
/// Fewest teasers under the headline that make a listing.
const LISTING_MIN_TEASERS: usize = 3;
/// The teasers must hold this many times the characters of the short article found.
const LISTING_MIN_RATIO: u32 = 3;

/// A listing page (events, courses, products): when the article found is short and the
/// page's headline shares its container with a list of teasers that hold far more text,
/// the teasers are the page's content. Returns that container and marks its teasers
/// (and their linked headings) as text. On an article page the body found is long and
/// nothing is looked at beyond one sum.
pub fn listing(dom: &Dom, stripped: &Stripped, blocks: &mut [Block], root: Ix) -> Option<Ix> {
    let inside = |b: &Block| dom.contains(root, b.first);
    let kept: u32 = blocks.iter().filter(|b| inside(b)).map(|b| b.chars).sum();
    if kept >= LISTING_MAX_BODY_CHARS {
        return None;
    }
    let h1 = (0..dom.nodes.len()).find(|&i| {
        dom.tag(i) == Some(Tag::H1) && !stripped.dropped[i] && stripped.raw_chars[i] > 0
    })?;
    let frame = dom.nodes[h1].parent;
    if frame == NO_PARENT || matches!(dom.tag(frame), Some(Tag::Body | Tag::Html) | None) {
        return None;
    }
    let under = |b: &Block| b.first > h1 && dom.contains(frame, b.first);
    let (mut teasers, mut chars) = (0usize, 0u32);
    for b in blocks.iter().filter(|b| under(b) && b.teaser) {
        teasers += 1;
        chars += b.chars;
    }
    if teasers < LISTING_MIN_TEASERS || chars < LISTING_MIN_RATIO * kept.max(1) {
        return None;
    }
    for b in blocks.iter_mut().filter(|b| under(b)) {
        let linked_heading = b.is_heading() && b.link_chars * 2 > b.chars;
        if b.teaser || linked_heading {
            b.teaser = false;
            b.prose_list = true;
        }
    }
    Some(frame)
}

/// Elements that can be an article container.
fn can_hold_article(tag: Tag) -> bool {
    use Tag::*;
    matches!(
        tag,
        Body | Main | Article | Section | Div | Td | Center | Blockquote | Other | Font | Dd | Li
    )
}

/// `<article>`, `itemprop=articleBody` or a body-like class/id.
fn is_marked_body(dom: &Dom, stripped: &Stripped, i: Ix, tag: Tag) -> bool {
    tag == Tag::Article
        || stripped.class_flags[i] & BODY != 0
        || dom
            .attr(i, "itemprop")
            .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
}

/// The text node where JSON-LD `articleBody` begins on the page, if it can be found.
fn ld_anchor(blocks: &[Block], facts: &PageFacts) -> Option<Ix> {
    let body = facts.ld_body.as_deref()?;
    let probe: String = body
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(LD_PROBE_CHARS)
        .collect();
    if probe.chars().count() < LD_PROBE_CHARS {
        return None;
    }
    blocks
        .iter()
        .find(|b| b.text.contains(&probe))
        .map(|b| b.first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strip::strip;
    use crate::text::segment;

    const PARA: &str = "قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة إن المحادثات \
        مع الجانب الآخر كانت صريحة ومفيدة، وإن الطرفين اتفقا على مواصلة الحوار في الأسابيع المقبلة.";

    fn located(html: &str) -> String {
        let dom = Dom::parse(html);
        let th = Thresholds::default();
        let s = strip(&dom, false);
        let blocks = segment(&dom, &s);
        let root = locate(&dom, &s, &blocks, &PageFacts::default(), &th).expect("a container");
        dom.attr(root, "id").unwrap_or("").to_string()
    }

    #[test]
    fn a_body_split_around_an_ad_slot_is_taken_whole() {
        let html = format!(
            "<body><div id=menu><a href=#>أخبار</a> <a href=#>رياضة</a> <a href=#>اقتصاد</a></div>\
             <div id=story><div id=part1><p>{PARA}</p><p>{PARA}</p></div>\
             <div><a href=#>إعلان</a></div>\
             <div id=part2><p>{PARA}</p><p>{PARA}</p></div></div></body>"
        );
        assert_eq!(located(&html), "story");
    }

    #[test]
    fn a_list_of_linked_headlines_never_wins() {
        let links: String = (0..30)
            .map(|i| format!("<li><a href=/{i}>عنوان خبر آخر طويل بعض الشيء رقم {i}</a></li>"))
            .collect();
        let html = format!(
            "<body><div id=story><p>{PARA}</p><p>{PARA}</p></div><ul id=more>{links}</ul></body>"
        );
        assert_eq!(located(&html), "story");
    }

    #[test]
    fn a_listing_under_the_headline_is_the_content_of_a_page_without_an_article() {
        let items: String = (0..6)
            .map(|i| {
                format!(
                    "<li><span>June {i}, 2026</span><h3><a href=/e{i}>Harbour fair number {i}</a>\
                     </h3><p>Boats, stalls and music on the quay for a whole weekend, with free \
                     entry for children and a fish market on the Sunday.</p></li>"
                )
            })
            .collect();
        let html = format!(
            "<body><div id=page><h1>Summer fairs by the sea</h1><ul>{items}</ul>\
             <div id=note><p>Dates may change, check before you go.</p></div></div></body>"
        );
        let dom = Dom::parse(&html);
        let th = Thresholds::default();
        let s = strip(&dom, false);
        let mut blocks = segment(&dom, &s);
        let root = locate(&dom, &s, &blocks, &PageFacts::default(), &th).expect("a container");
        let frame = listing(&dom, &s, &mut blocks, root).expect("a listing");
        assert_eq!(dom.attr(frame, "id"), Some("page"));
        let body = crate::text::paragraphs(&dom, &s, &blocks, frame, &th, false);
        assert!(body.paragraphs.iter().any(|p| p == "Harbour fair number 5"));
        assert!(body
            .paragraphs
            .iter()
            .any(|p| p.starts_with("Boats, stalls")));
        // An article page is left alone.
        let html = format!(
            "<body><div><h1>Fair</h1><div id=story><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div>\
             <ul>{items}</ul></div></body>"
        );
        let dom = Dom::parse(&html);
        let s = strip(&dom, false);
        let mut blocks = segment(&dom, &s);
        let root = locate(&dom, &s, &blocks, &PageFacts::default(), &th).expect("a container");
        assert_eq!(listing(&dom, &s, &mut blocks, root), None);
    }

    #[test]
    fn a_comments_section_marked_as_such_never_wins() {
        let comments: String = (0..8)
            .map(|i| format!("<li class=comment><b>قارئ {i}</b><p>{PARA}</p></li>"))
            .collect();
        let html = format!(
            "<body><div id=story><p>{PARA}</p><p>{PARA}</p></div>\
             <ol id=c class=comment-list>{comments}</ol></body>"
        );
        assert_eq!(located(&html), "story");
    }
}
