//! The body filters of the text stage: which blocks of the located container are body,
//! and which are chrome recognised by their text (link-dense blocks, chrome phrases and
//! labels, bylines, date lines, captions beside pictures, agency credits, disclaimers).

use super::{ends_unit, is_word_char, Block, Body};
use crate::article::Removed;
use crate::fnv;
use crate::lexicon::agencies::AGENCIES;
use crate::lexicon::chrome;
use crate::options::Thresholds;
use crate::parse::{Dom, Ix, Tag};
use crate::strip::Stripped;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, StartKind};
use std::sync::LazyLock;

/// Why the text stage dropped a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drop {
    LinkDense,
    Phrase,
    Label,
    SectionHeading,
    Byline,
    Caption,
    DateLine,
    Credit,
    EdgeLabel,
    Disclaimer,
    Teaser,
    PullQuote,
    Excerpts,
    TrailingHeading,
    TrailingIntro,
    Leftover,
    CallToAction,
    BoxTitle,
    EmptySection,
}

impl Drop {
    fn name(self) -> &'static str {
        match self {
            Drop::LinkDense => "text: link-dense block (navigation, read-also link)",
            Drop::Phrase => "text: chrome phrase",
            Drop::Label => "text: chrome label",
            Drop::SectionHeading => "text: chrome section (related, most read, comments)",
            Drop::Byline => "text: byline",
            Drop::Caption => "text: caption or photo credit",
            Drop::DateLine => "text: date line",
            Drop::Credit => "text: news-agency credit",
            Drop::EdgeLabel => "text: short label before or after the body",
            Drop::Disclaimer => "text: comment policy or disclaimer",
            Drop::Teaser => "text: teaser of another article (beside a linked headline)",
            Drop::PullQuote => "text: pull quote (repeats the body's words)",
            Drop::Excerpts => "text: run of cut-off excerpts (a list of other articles)",
            Drop::TrailingHeading => "text: heading with no text after it (after the body)",
            Drop::TrailingIntro => "text: line introducing what is not there (after the body)",
            Drop::Leftover => "text: punctuation left of a line whose words were dropped",
            Drop::CallToAction => "text: call-to-action box (a title and a line above a button)",
            Drop::BoxTitle => "text: title of a box whose contents were dropped",
            Drop::EmptySection => "text: heading of a section whose text was all dropped",
        }
    }
}

/// The body paragraphs among `blocks` under `root`.
pub fn paragraphs(
    dom: &Dom,
    stripped: &Stripped,
    blocks: &[Block],
    root: Ix,
    th: &Thresholds,
    explain: bool,
) -> Body {
    let mut kept: Vec<&Block> = Vec::new();
    let mut removed = Vec::new();
    let mut in_chrome_section = false;
    let note = |b: &Block, why: Drop, removed: &mut Vec<Removed>| {
        if explain {
            removed.push(Removed {
                rule: why.name().to_string(),
                text: b.text.chars().take(EXPLAIN_CHARS).collect(),
            });
        }
    };
    for b in blocks.iter().filter(|b| dom.contains(root, b.first)) {
        if in_chrome_section {
            if b.link_density() > th.max_link_density || (b.chars as usize) < th.short_block_chars {
                note(b, Drop::SectionHeading, &mut removed);
                continue;
            }
            in_chrome_section = false;
        }
        if is_caption(dom, stripped, b, root) {
            note(b, Drop::Caption, &mut removed);
            continue;
        }
        match classify(dom, b, th) {
            Some(Drop::SectionHeading) => {
                in_chrome_section = true;
                note(b, Drop::SectionHeading, &mut removed);
            }
            Some(why) => note(b, why, &mut removed),
            None => kept.push(b),
        }
    }
    drop_excerpt_runs(&mut kept, th, |b| note(b, Drop::Excerpts, &mut removed));

    kept.retain(|b| {
        let boxed = in_call_to_action(dom, stripped, blocks, b, root, MAX_CTA_BOX_CHARS);
        if boxed {
            note(b, Drop::CallToAction, &mut removed);
        }
        !boxed
    });
    // Short labels before the first and after the last real paragraph.
    while let Some(b) = kept.first() {
        if is_edge_label(b, th) {
            note(b, Drop::EdgeLabel, &mut removed);
            kept.remove(0);
        } else {
            break;
        }
    }
    // A deck of pull quotes above the body (after the headline, if the container holds
    // it) repeats the body's own sentences.
    let first = kept
        .iter()
        .position(|b| !b.is_heading())
        .unwrap_or(kept.len());
    if first + 1 < kept.len() && is_pull_quote(kept[first], &kept[first + 1..]) {
        note(kept[first], Drop::PullQuote, &mut removed);
        kept.remove(first);
    }
    while let Some(b) = kept.last() {
        if is_edge_label(b, th) {
            note(b, Drop::EdgeLabel, &mut removed);
            kept.pop();
        } else if is_credit(&b.text) {
            note(b, Drop::Credit, &mut removed);
            kept.pop();
        } else if b.is_heading() && b.punct == 0 && kept.iter().any(|k| !k.is_heading()) {
            // A section title with no text after it heads something that was not kept (a
            // box of related links, a comment form): trafilatura strips trailing headings
            // too. A heading that is a sentence (a closing call or question) is text.
            note(b, Drop::TrailingHeading, &mut removed);
            kept.pop();
        } else if kept.len() > 1
            && in_call_to_action(dom, stripped, blocks, b, root, MAX_CLOSING_CTA_CHARS)
        {
            // A pitch that closes the body may be longer: a title, a paragraph or two and
            // a button ("Ready to plan your move? … [Get a quote]").
            note(b, Drop::CallToAction, &mut removed);
            kept.pop();
        } else if is_intro_line(&b.text) && kept.len() > 1 {
            // A short line that introduces a list or a box ("Other posts you'll love:")
            // and ends the body: what it introduced was dropped.
            note(b, Drop::TrailingIntro, &mut removed);
            kept.pop();
        } else {
            break;
        }
    }
    // Inside the body (the edges are trimmed above): a box's title left alone.
    let titles: Vec<usize> = (0..kept.len())
        .filter(|&k| is_orphan_title(dom, stripped, blocks, &kept, k, root))
        .collect();
    for &k in titles.iter().rev() {
        note(kept[k], Drop::BoxTitle, &mut removed);
        kept.remove(k);
    }
    // A heading whose section lost all its text: the next kept block is a heading of the
    // same or a higher rank, and a line of links was dropped between them ("Where to buy"
    // over its shop links, before the next product's heading).
    let empty: Vec<usize> = (0..kept.len().saturating_sub(1))
        .filter(|&k| heads_dropped_section(blocks, kept[k], kept[k + 1]))
        .collect();
    for &k in empty.iter().rev() {
        note(kept[k], Drop::EmptySection, &mut removed);
        kept.remove(k);
    }
    Body {
        paragraphs: kept.into_iter().map(shown_text).collect(),
        removed,
    }
}

/// The text blocks under `root` that are not links, in page order, read as plainly as
/// trafilatura's baseline reads a page: for a page without an article, located with only
/// its frame stripped ([`crate::strip::frame`]). Link lists and teasers are still dropped
/// (a page of menus has no text); the rules that tell an article's text from what sits
/// around it (bylines, captions, labels, edges) are not applied.
pub fn baseline_paragraphs(
    dom: &Dom,
    blocks: &[Block],
    root: Ix,
    th: &Thresholds,
    explain: bool,
) -> Body {
    let mut paragraphs = Vec::new();
    let mut removed = Vec::new();
    for b in blocks.iter().filter(|b| dom.contains(root, b.first)) {
        let why = if b.link_density() > th.max_link_density && !b.prose_list {
            Some(Drop::LinkDense)
        } else if b.teaser {
            Some(Drop::Teaser)
        } else {
            None
        };
        match why {
            Some(why) if explain => removed.push(Removed {
                rule: why.name().to_string(),
                text: b.text.chars().take(EXPLAIN_CHARS).collect(),
            }),
            Some(_) => {}
            None => paragraphs.push(shown_text(b)),
        }
    }
    Body {
        paragraphs,
        removed,
    }
}

/// The text of a kept block as a browser shows it: an `<ol>` item with its number,
/// unless the item's text already starts with it (a list styled without markers).
fn shown_text(b: &Block) -> String {
    if b.marker == 0 || starts_with_number(&b.text, b.marker) {
        b.text.clone()
    } else {
        format!("{}. {}", b.marker, b.text)
    }
}

/// Whether `text` opens with `n` written as a list number (`3.`, `3)`).
fn starts_with_number(text: &str, n: u32) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && text.get(..digits).and_then(|d| d.parse::<u32>().ok()) == Some(n)
        && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
}

/// Most characters of a line that introduces what follows it ("Related reading:").
const MAX_INTRO_LINE_CHARS: usize = 100;

/// Whether `text` is a short line that introduces what comes after it: it ends with a
/// colon or an ellipsis.
fn is_intro_line(text: &str) -> bool {
    let t = text.trim_end();
    t.len() <= MAX_INTRO_LINE_CHARS * 4
        && t.chars().count() <= MAX_INTRO_LINE_CHARS
        && (t.ends_with(':') || t.ends_with('…') || t.ends_with("...") || t.ends_with('：'))
}

/// Most visible characters of an image's wrapper for its text to count as a caption.
const MAX_CAPTION_WRAPPER_CHARS: u32 = 250;
/// Characters an image's wrapper may hold beside the caption itself (a credit, a label).
const CAPTION_WRAPPER_SLACK: u32 = 60;
/// Most children with text an image's wrapper may have (the caption and a credit).
const MAX_CAPTION_WRAPPER_TEXTS: usize = 2;
/// How many levels above a block to look for the image it captions.
const CAPTION_LEVELS: usize = 2;

/// A short block that sits with an image in a small wrapper: a caption or photo credit.
fn is_caption(dom: &Dom, stripped: &Stripped, b: &Block, root: Ix) -> bool {
    let mut a = b.owner;
    for _ in 0..=CAPTION_LEVELS {
        if a == root || a == crate::parse::NO_PARENT {
            return false;
        }
        let held = stripped.raw_chars[a];
        if held > MAX_CAPTION_WRAPPER_CHARS || held > b.chars + CAPTION_WRAPPER_SLACK {
            return false;
        }
        // A paragraph or list item with an inline picture (an emoji, an icon, a check
        // mark for a bullet) is still a paragraph or list item.
        let own_paragraph =
            a == b.owner && (matches!(b.owner_tag, Tag::P | Tag::Li) || b.is_heading());
        if stripped.media[a] && !own_paragraph {
            // The wrapper holds the picture and this text (perhaps a credit), nothing more;
            // a wrapper that also holds a heading is a section of the text with its
            // picture (a heading, a paragraph, an illustration): captions have no heading.
            let texts = dom
                .children(a)
                .filter(|&c| stripped.raw_chars[c] > 0)
                .count();
            return texts <= MAX_CAPTION_WRAPPER_TEXTS && !holds_other_heading(dom, a, b.owner);
        }
        a = dom.nodes[a].parent;
    }
    false
}

/// Most characters (not counting spaces) of a box's title ("In this article", "Popular").
const MAX_BOX_TITLE_CHARS: u32 = 40;

/// Whether kept block `k` is the title of a box whose contents were all dropped: a short
/// line without a sentence mark whose wrapper (its block's parent, inside the container)
/// holds other blocks, none of them kept (a "Contents" label over its list of links, a
/// "Popular" heading over its teasers), or a line ending in a colon whose box lost the
/// rest of its text ("Buy now from one of our partners:" over its shop buttons). A title
/// says what follows it; with nothing of its box left, it names what is not there.
fn is_orphan_title(
    dom: &Dom,
    stripped: &Stripped,
    blocks: &[Block],
    kept: &[&Block],
    k: usize,
    root: Ix,
) -> bool {
    let b = kept[k];
    let title = b.chars <= MAX_BOX_TITLE_CHARS && b.punct == 0;
    // A line ending in a colon says what comes after it ("Buy now from one of our
    // partners:" over its shop buttons, "Best prices today:" over a price widget): with
    // nothing of its box left, it introduces what is not there.
    let intro =
        !title && b.punct == 1 && is_intro_line(&b.text) && b.text.trim_end().ends_with(':');
    if !title && !intro {
        return false;
    }
    let w = dom.nodes[b.owner].parent;
    if w == crate::parse::NO_PARENT || w == root || !dom.contains(root, w) {
        return false;
    }
    let end = dom.nodes[w].end;
    let start = blocks.partition_point(|x| x.first < w);
    let mut others = 0;
    let mut held = b.chars;
    for x in blocks[start..].iter().take_while(|x| x.first < end) {
        if x.first == b.first {
            continue;
        }
        if kept.binary_search_by_key(&x.first, |y| y.first).is_ok() {
            return false;
        }
        others += 1;
        held += x.chars;
    }
    // An introducing line's box may have lost its contents before the text stage (a
    // price widget named as chrome): its wrapper held more text than its blocks show.
    others > 0 || (intro && stripped.raw_chars[w] > held)
}

/// Most characters a section may have lost for its heading to go with it: a line of shop
/// links or a button under a "Where to buy", not a list or a box of text.
const MAX_LOST_SECTION_CHARS: u32 = 40;

/// Whether kept block `b` is a heading (a short title, no sentence) whose section lost all
/// its text: `next`, the block kept after it, is a heading of the same or a higher rank,
/// and what was dropped between the two is a line or two of links or a button, at most
/// [`MAX_LOST_SECTION_CHARS`]. A heading straight over the next one (a part's title over
/// its first section's) is kept, and so is one over a dropped list or box, which the
/// reader may well miss.
fn heads_dropped_section(blocks: &[Block], b: &Block, next: &Block) -> bool {
    let (level, next_level) = (b.owner_tag.heading_level(), next.owner_tag.heading_level());
    if level == 0 || next_level == 0 || next_level > level {
        return false;
    }
    if b.punct > 0 || b.chars > MAX_BOX_TITLE_CHARS {
        return false;
    }
    let at = blocks.partition_point(|x| x.first < b.first);
    let next_at = blocks.partition_point(|x| x.first < next.first);
    let between = blocks.get(at + 1..next_at).unwrap_or_default();
    !between.is_empty() && between.iter().map(|x| x.chars).sum::<u32>() <= MAX_LOST_SECTION_CHARS
}

/// Most visible characters of a call-to-action box (a title, a line, a button).
const MAX_CTA_BOX_CHARS: u32 = 200;
/// Most visible characters of a call-to-action box that closes the body.
const MAX_CLOSING_CTA_CHARS: u32 = 600;
/// Most visible characters of a button's label ("Get a demo", "Find local pros").
const MAX_BUTTON_CHARS: usize = 30;
/// Most words of a button's label.
const MAX_BUTTON_WORDS: usize = 4;
/// How many levels above a block to look for the box it sits in.
const CTA_LEVELS: usize = 8;
/// A call-to-action box holds at most one part in this many of its container's text.
const MAX_CTA_SHARE: u32 = 2;
/// Fewest text blocks a call-to-action box holds beside its button (a title and a line).
const MIN_CTA_TEXTS: usize = 2;

/// Whether a block sits in a call-to-action box: a small wrapper (a `div`, `section` or
/// `aside`) whose text ends in a button (a `<button>`, or a link with a short label and no
/// sentence mark, set apart from the text in its own element) and which holds at least
/// two blocks of text above it, a title and a line ("See it in action" / "Get a guided
/// walkthrough …" / [Get a demo]). The site's pitch, not the article: the article's own
/// paragraphs do not end their wrapper in a button.
fn in_call_to_action(
    dom: &Dom,
    stripped: &Stripped,
    blocks: &[Block],
    b: &Block,
    root: Ix,
    max_chars: u32,
) -> bool {
    let mut a = dom.nodes[b.owner].parent;
    for _ in 0..CTA_LEVELS {
        if a == root || a == crate::parse::NO_PARENT || stripped.raw_chars[a] > max_chars {
            return false;
        }
        // A box is a small part of the article's container: a short page whose whole
        // text sits above a button is not one.
        if stripped.raw_chars[a].saturating_mul(MAX_CTA_SHARE) > stripped.raw_chars[root] {
            return false;
        }
        if matches!(dom.tag(a), Some(Tag::Div | Tag::Section | Tag::Aside)) {
            if let Some(button) = last_button(dom, stripped, a, b.first) {
                let end = dom.nodes[a].end;
                let start = blocks.partition_point(|x| x.first < a);
                let texts = blocks[start..]
                    .iter()
                    .take_while(|x| x.first < end)
                    .filter(|x| !dom.contains(button, x.first))
                    .count();
                if texts >= MIN_CTA_TEXTS {
                    return true;
                }
            }
        }
        a = dom.nodes[a].parent;
    }
    false
}

/// The button that ends `wrapper`'s text, if its last text sits in one (not in the
/// subtree holding `text`): a `<button>`, or an `<a>` with a short label without a
/// sentence mark that is its element's whole text.
fn last_button(dom: &Dom, stripped: &Stripped, wrapper: Ix, text: Ix) -> Option<Ix> {
    let mut c = wrapper;
    loop {
        // A `<button>`'s label is not counted as visible text (forms are never content):
        // a link or button counts here whatever it holds.
        let last = dom
            .children(c)
            .filter(|&k| {
                stripped.raw_chars[k] > 0 || matches!(dom.tag(k), Some(Tag::Button | Tag::A))
            })
            .last()?;
        if dom.contains(last, text) {
            return None;
        }
        match dom.tag(last) {
            Some(Tag::Button | Tag::A) => {
                // Set apart: not a link at the end of a paragraph, list item or heading,
                // and nothing but blocks beside it in its element.
                let apart = !dom.tag(c).is_some_and(|t| {
                    t.is_heading() || matches!(t, Tag::P | Tag::Li | Tag::Dd | Tag::Td | Tag::Th)
                }) && dom.children(c).all(|k| {
                    k == last || stripped.raw_chars[k] == 0 || dom.tag(k).is_some_and(Tag::is_block)
                });
                return (apart && is_button_label(dom, last)).then_some(last);
            }
            Some(_) => c = last,
            None => return None,
        }
    }
}

/// Whether the text under `node` reads as a button's label: short, a few words, no
/// sentence mark.
fn is_button_label(dom: &Dom, node: Ix) -> bool {
    let mut words = 0;
    let mut chars = 0;
    for i in node..dom.nodes[node].end {
        if let Some(t) = dom.text(i) {
            chars += t.chars().filter(|c| !c.is_whitespace()).count();
            if chars > MAX_BUTTON_CHARS {
                return false;
            }
            // Words and the arrows or marks set beside them, no sentence mark, no address
            // (`[email protected]`, `name@site`).
            if !t.chars().all(|c| {
                c.is_alphanumeric()
                    || c.is_whitespace()
                    || matches!(
                        c,
                        '&' | '\'' | '’' | '-' | '–' | '→' | '»' | '›' | '>' | '+'
                    )
            }) {
                return false;
            }
            words += t.split_whitespace().count();
        }
    }
    (1..=MAX_BUTTON_WORDS).contains(&words)
}

/// Whether `wrapper` holds a heading outside the subtree of `owner`.
fn holds_other_heading(dom: &Dom, wrapper: Ix, owner: Ix) -> bool {
    let end = dom.nodes[wrapper].end;
    let owner_end = dom.nodes[owner].end;
    let mut i = wrapper + 1;
    while i < end {
        if i == owner {
            i = owner_end.max(i + 1);
            continue;
        }
        if dom.tag(i).is_some_and(|t| t.is_heading()) {
            return true;
        }
        i += 1;
    }
    false
}

/// One automaton per phrase table, built on first use: a block is matched against a whole
/// table in one pass over its first bytes instead of one `starts_with` per phrase.
static CHROME_PHRASES: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| prefix_automaton(chrome::CHROME_PHRASES));
static BYLINES: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| prefix_automaton(chrome::BYLINE_PREFIXES));
static CAPTIONS: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| prefix_automaton(chrome::CAPTION_PREFIXES));
static DATE_LINES: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| prefix_automaton(chrome::DATE_LINE_PREFIXES));
static DISCLAIMERS: LazyLock<Matcher> = LazyLock::new(|| {
    Matcher(
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(chrome::DISCLAIMER_PHRASES)
            .ok(),
    )
});

/// Whether a short line holds a phrase of an estimated reading time ("5 min read"),
/// ignoring ASCII case: a few phrases over a line of at most a byline's length, compared
/// in place (an automaton costs more to build than the lines it would read).
fn tells_reading_time(text: &str) -> bool {
    let hay = text.as_bytes();
    // Every phrase holds "read": one pass finds the lines worth comparing.
    if !hay.windows(4).any(|w| w.eq_ignore_ascii_case(b"read")) {
        return false;
    }
    chrome::READING_TIME_PHRASES.iter().any(|p| {
        hay.windows(p.len())
            .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// An unanchored phrase matcher (`None` only if the table could not be compiled).
struct Matcher(Option<AhoCorasick>);

impl Matcher {
    fn is_match(&self, text: &str) -> bool {
        self.0.as_ref().is_some_and(|ac| ac.is_match(text))
    }
}

/// An anchored automaton for `table`. A contiguous NFA rather than a DFA: it is matched
/// against the first bytes of short blocks only, where the two search alike, and it is
/// built in a fraction of the time (a DFA of the chrome phrases took ~1 ms, most of a
/// one-page `matn` process).
fn prefix_automaton(table: &[&str]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .start_kind(StartKind::Anchored)
        .build(table)
        .ok()
}

/// Whether `text` starts with a phrase of the automaton's table.
fn starts_with_any(ac: &Option<AhoCorasick>, text: &str) -> bool {
    ac.as_ref()
        .is_some_and(|ac| ac.find(Input::new(text).anchored(Anchored::Yes)).is_some())
}

/// Whether `text` starts with a chrome phrase ("You may also like").
pub(super) fn is_chrome_phrase(text: &str) -> bool {
    starts_with_any(&CHROME_PHRASES, text) || opens_chrome_line(text)
}

/// Whether `text` opens with one of [`chrome::CHROME_OPENINGS`], ignoring ASCII case.
fn opens_chrome_line(text: &str) -> bool {
    let t = text.as_bytes();
    chrome::CHROME_OPENINGS.iter().any(|p| {
        t.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Whether a block is what is left of a line whose words were dropped (the names of a
/// byline `By <a>…</a>, <a>…</a> and <a>…</a>` taken out with the author box): no letter
/// or digit at all, or a short piece that opens with a comma, which no sentence does.
fn is_leftover(b: &Block, th: &Thresholds) -> bool {
    let t = b.text.as_str();
    (t.starts_with([',', '،', ';']) && (b.chars as usize) < th.short_block_chars)
        || !t.chars().any(char::is_alphanumeric)
}

/// Whether a block is mostly links: more than half of its characters for most blocks; a
/// paragraph with a sentence mark and some length ("Learn more about our guides to …",
/// two linked titles in a sentence) is the writer's pointer and is link-dense only when
/// nearly all of it is links, as trafilatura tests a paragraph only when it is short. A
/// paragraph that is a whole linked sentence of ordinary length ("(Why do cats purr? Here
/// is what we know.)" set in the text as a link) is the writer's aside and is text too:
/// trafilatura drops a paragraph of one link only when the link is longer than a line.
/// A paragraph whose links all jump within the page (`href="#step-3"`) is an entry of a
/// table of contents, not an aside, whatever its length.
fn is_link_dense(dom: &Dom, b: &Block, th: &Thresholds) -> bool {
    let density = b.link_density();
    if density <= th.max_link_density {
        return false;
    }
    if b.owner_tag == Tag::P
        && b.punct > 0
        && b.chars >= LINKED_SENTENCE_CHARS
        && !is_labelled_link(b)
        && !jumps_within_page(dom, b.owner)
    {
        return density > LINKED_SENTENCE_DENSITY && b.link_chars > MAX_LINKED_ASIDE_CHARS;
    }
    true
}

/// Whether every link under `owner` (one at least) jumps to a place in the page.
fn jumps_within_page(dom: &Dom, owner: Ix) -> bool {
    let mut links = 0;
    for i in owner..dom.nodes[owner].end {
        if dom.tag(i) == Some(Tag::A) {
            match dom.attr(i, "href") {
                Some(h) if h.starts_with('#') && h.len() > 1 => links += 1,
                _ => return false,
            }
        }
    }
    links > 0
}

/// Most characters of the label before a link ("» Related reading:").
const MAX_LINK_LABEL_CHARS: u32 = 40;

/// Whether the block's text outside its links is a label ending in a colon before them
/// ("» Related reading: A guide to …", "See: …"): a read-also insert, not a sentence.
fn is_labelled_link(b: &Block) -> bool {
    let Some(colon) = b.text.find(':') else {
        return false;
    };
    let label = b.text[..=colon]
        .chars()
        .filter(|c| !c.is_whitespace())
        .count() as u32;
    // The text outside the links is the label (and perhaps a closing mark), no more and
    // no less: a colon inside a linked title ("Learn more about Tides: a guide") is not.
    let unlinked = b.chars - b.link_chars.min(b.chars);
    label <= MAX_LINK_LABEL_CHARS && unlinked <= label + 1 && unlinked + 1 >= label
}

/// Fewest characters of a paragraph that is tested against [`LINKED_SENTENCE_DENSITY`].
const LINKED_SENTENCE_CHARS: u32 = 30;
/// Share of links above which a punctuated paragraph is link-dense.
const LINKED_SENTENCE_DENSITY: f32 = 0.8;
/// Most linked characters (not counting spaces) of a punctuated paragraph that is still
/// text however much of it is links: about a hundred characters with their spaces,
/// trafilatura's length for a paragraph's single link.
const MAX_LINKED_ASIDE_CHARS: u32 = 85;

/// Whether a block reads as chrome rather than body.
fn classify(dom: &Dom, b: &Block, th: &Thresholds) -> Option<Drop> {
    let len = b.text.chars().count();
    if is_link_dense(dom, b, th) && !b.prose_list {
        return Some(Drop::LinkDense);
    }
    if is_leftover(b, th) {
        return Some(Drop::Leftover);
    }
    if b.teaser {
        return Some(Drop::Teaser);
    }
    if len <= th.max_chrome_block_chars {
        let bare = b.text.trim_matches(|c: char| !is_word_char(c));
        if len <= MAX_SECTION_HEADING_CHARS
            && chrome::SECTION_HEADINGS
                .iter()
                .any(|h| bare.eq_ignore_ascii_case(h))
        {
            return Some(Drop::SectionHeading);
        }
        if is_chrome_phrase(&b.text) {
            return Some(Drop::Phrase);
        }
        if chrome::CHROME_LABELS
            .iter()
            .any(|l| bare.starts_with(l) && len <= l.chars().count() + chrome::LABEL_SLACK_CHARS)
        {
            return Some(Drop::Label);
        }
        if len <= chrome::MAX_BYLINE_CHARS
            && (starts_with_any(&BYLINES, &b.text) || tells_reading_time(&b.text))
        {
            return Some(Drop::Byline);
        }
        if starts_with_any(&CAPTIONS, &b.text) {
            return Some(Drop::Caption);
        }
        if !b.is_heading()
            && (is_date_line(&b.text)
                || (len <= chrome::MAX_BYLINE_CHARS && starts_with_any(&DATE_LINES, &b.text)))
        {
            return Some(Drop::DateLine);
        }
    }
    if len <= chrome::MAX_DISCLAIMER_CHARS && DISCLAIMERS.is_match(b.text.as_str()) {
        return Some(Drop::Disclaimer);
    }
    None
}

/// How many characters of a dropped block `--explain` shows.
const EXPLAIN_CHARS: usize = 60;
/// A chrome section heading ("مقالات ذات صلة") has at most this many characters.
const MAX_SECTION_HEADING_CHARS: usize = 40;
/// Digits in a clock time (`9:30` has three).
const CLOCK_DIGITS: usize = 3;
/// Digits in a year.
const YEAR_DIGITS: usize = 4;

/// Most words a date line ("الخميس 24 أبريل 2020 - 10:30 م") has.
const MAX_DATE_LINE_WORDS: usize = 8;

/// A short block that is a date or time stamp.
pub(super) fn is_date_line(text: &str) -> bool {
    let words = text.split_whitespace().count();
    if words > MAX_DATE_LINE_WORDS {
        return false;
    }
    let digits = text.chars().filter(|c| c.is_numeric()).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let has_clock = digits >= CLOCK_DIGITS && has_clock_time(text);
    let has_year = has_year(text);
    // Dates are digit-heavy: at least one digit for every four letters.
    (has_clock || has_year) && digits * 4 >= letters
}

/// Whether `text` has a clock time: one or two digits, a colon, two digits (`9:30`,
/// `14:05`, `٠٩:٣٠`). A colon after a label (`PRICE: $75`) is not one.
fn has_clock_time(text: &str) -> bool {
    text.match_indices(':').any(|(k, _)| {
        let digits = |s: &mut dyn Iterator<Item = char>| s.take_while(|c| c.is_numeric()).count();
        let before = digits(&mut text[..k].chars().rev());
        let after = digits(&mut text[k + 1..].chars());
        (1..=2).contains(&before) && after == 2
    })
}

/// Whether `text` has a year: a run of exactly [`YEAR_DIGITS`] digits (any script) that
/// is a number of its own, not glued to a letter (`1200p`, `3000mAh` are measures), and,
/// written in ASCII digits, in the Hijri or Gregorian years of the press (`1300`–`1499`,
/// `1900`–`2099`; `3000 ISO lumens` is not one).
fn has_year(text: &str) -> bool {
    let (mut run, mut value, mut ascii) = (0usize, 0u32, true);
    let mut after_letter = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_numeric() {
            if run == 0 {
                value = 0;
                ascii = true;
            }
            run += 1;
            match c.to_digit(10) {
                // Only a run of at most four digits can be a year, so longer runs stop
                // adding to `value` (a phone or serial number would overflow it).
                Some(d) if run <= YEAR_DIGITS => value = value * 10 + d,
                Some(_) => {}
                None => ascii = false,
            }
            continue;
        }
        if run == YEAR_DIGITS
            && !after_letter
            && !c.is_alphabetic()
            && (!ascii || matches!(value, 1300..=1499 | 1900..=2099))
        {
            return true;
        }
        run = 0;
        after_letter = c.is_alphabetic();
    }
    false
}

/// A short block without sentence punctuation at the edge of the body: a section label,
/// a "breaking" tag, a reading-time line.
fn is_edge_label(b: &Block, th: &Thresholds) -> bool {
    (b.chars as usize) < th.short_block_chars && b.punct == 0
}

/// A closing news-agency credit (`--(بترا)`, `(أ ف ب)`) or source line
/// (`المصدر : وكالات`).
fn is_credit(text: &str) -> bool {
    let bare = text
        .trim_start_matches(|c: char| !is_word_char(c))
        .trim_end_matches(|c: char| !is_word_char(c));
    if chrome::SOURCE_LINE_PREFIXES
        .iter()
        .any(|p| bare.starts_with(p))
    {
        return text.chars().count() <= chrome::MAX_BYLINE_CHARS;
    }
    text.chars().count() <= chrome::MAX_CREDIT_CHARS
        && AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(bare))
}

/// Fewest cut-off excerpts in a row that make a list of other articles.
const MIN_EXCERPT_RUN: usize = 3;

/// Whether a block is an excerpt cut off mid-sentence: it ends in an ellipsis that
/// follows a letter or digit directly ("…travelers value great coffee at...").
fn is_cut_off(b: &Block) -> bool {
    let t = b.text.trim_end();
    let Some(rest) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else {
        return false;
    };
    rest.chars().next_back().is_some_and(is_word_char)
}

/// Whether a block is an excerpt cut off between two words: it ends in an ellipsis after a
/// space that follows a word ("…as part of its annual Crime Prevention ..."). A writer
/// spaces an ellipsis too, so this only continues a run that [`is_cut_off`] began.
fn is_cut_at_space(b: &Block) -> bool {
    let t = b.text.trim_end();
    let Some(rest) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else {
        return false;
    };
    let word = rest.trim_end();
    word.len() < rest.len() && word.chars().next_back().is_some_and(is_word_char)
}

/// Drops runs of at least [`MIN_EXCERPT_RUN`] cut-off excerpts, with the short labels
/// between them (a section name, "Front Page", a date): a list of other articles'
/// summaries is not this article, however it is marked up. Once a run has begun, an
/// excerpt cut at a space goes on with it (the cut fell between words). A lone ellipsis in
/// the body is the writer's.
fn drop_excerpt_runs(kept: &mut Vec<&Block>, th: &Thresholds, mut note: impl FnMut(&Block)) {
    let short = |b: &Block| (b.chars as usize) < th.short_block_chars || b.is_heading();
    let mut keep = vec![true; kept.len()];
    let mut i = 0;
    while i < kept.len() {
        if !is_cut_off(kept[i]) {
            i += 1;
            continue;
        }
        // The run: excerpts, with short labels between them.
        let (start, mut end, mut excerpts) = (i, i + 1, 1);
        let mut j = i + 1;
        while j < kept.len() {
            if is_cut_off(kept[j]) || is_cut_at_space(kept[j]) {
                excerpts += 1;
                end = j + 1;
            } else if !short(kept[j]) {
                break;
            }
            j += 1;
        }
        if excerpts >= MIN_EXCERPT_RUN {
            // Labels just before the first excerpt belong to the list too.
            let mut from = start;
            while from > 0 && short(kept[from - 1]) {
                from -= 1;
            }
            keep[from..end].iter_mut().for_each(|k| *k = false);
        }
        i = end;
    }
    let mut k = keep.iter();
    kept.retain(|b| {
        let keep = k.next().copied().unwrap_or(true);
        if !keep {
            note(b);
        }
        keep
    });
}

/// Most characters a pull-quote deck has.
const MAX_PULL_QUOTE_CHARS: u32 = 400;
/// Fewest words a block needs for its repetition to be measured.
const MIN_PULL_QUOTE_WORDS: usize = 8;
/// Word trigrams of a block looked for, as written, before the hashed comparison.
const PROBE_TRIGRAMS: usize = 10;
/// Share of a block's word trigrams found again in the body that makes it a pull quote.
const PULL_QUOTE_SHARE: f32 = 0.4;

/// Whether `b`, a short block before the body, is made of sentences that the body itself
/// says later (pull quotes set as a deck), compared with letters folded (hamza forms,
/// alef maqsura, taa marbuta, case) and runs of three words. Only a short first block is
/// ever compared, by hashes of its word trigrams against one pass over the body's words,
/// without copying any text.
fn is_pull_quote(b: &Block, rest: &[&Block]) -> bool {
    // A deck is set as fragments: it does not close like a sentence (a lead paragraph
    // does, and is not compared at all).
    let closes = b.text.trim_end().chars().next_back().is_some_and(ends_unit);
    if b.chars > MAX_PULL_QUOTE_CHARS || b.is_heading() || closes {
        return false;
    }
    // A cheap test first, on the text as written: some of the block's word trigrams,
    // spread over it, must occur in the body at all, or nothing is hashed.
    let plain: Vec<&str> = b
        .text
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    if plain.len() < MIN_PULL_QUOTE_WORDS {
        return false;
    }
    let step = (plain.len() / PROBE_TRIGRAMS).max(1);
    let mut probe = String::new();
    let sampled = (0..plain.len() - 2).step_by(step).any(|k| {
        probe.clear();
        probe.push_str(plain[k]);
        for w in &plain[k + 1..k + 3] {
            probe.push(' ');
            probe.push_str(w);
        }
        let finder = memchr::memmem::Finder::new(probe.as_bytes());
        rest.iter()
            .any(|r| finder.find(r.text.as_bytes()).is_some())
    });
    if !sampled {
        return false;
    }
    let mut grams: Vec<u64> = Vec::new();
    trigram_hashes(&b.text, |h| grams.push(h));
    if grams.len() + 2 < MIN_PULL_QUOTE_WORDS {
        return false;
    }
    let total = grams.len();
    grams.sort_unstable();
    grams.dedup();
    let mut found = vec![false; grams.len()];
    for r in rest {
        trigram_hashes(&r.text, |h| {
            if let Ok(k) = grams.binary_search(&h) {
                found[k] = true;
            }
        });
    }
    let found = found.iter().filter(|f| **f).count();
    found as f32 >= PULL_QUOTE_SHARE * total as f32
}

/// Calls `f` with the hash of every run of three words of `text`, each word folded as
/// [`fold_char`] does and hashed with FNV-1a over its characters.
fn trigram_hashes(text: &str, mut f: impl FnMut(u64)) {
    let mut last = [0u64; 3];
    let mut n = 0usize;
    for w in text
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
    {
        let mut h = fnv::OFFSET;
        for c in w.chars().map(fold_char) {
            h = (h ^ u64::from(c)).wrapping_mul(fnv::PRIME);
        }
        last = [last[1], last[2], h];
        n += 1;
        if n >= 3 {
            f(last[0].rotate_left(42) ^ last[1].rotate_left(21) ^ last[2]);
        }
    }
}

/// A letter with the spelling variants that repeat detection ignores folded: hamza forms
/// of alef, alef maqsura, taa marbuta, and ASCII case.
fn fold_char(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        c => c.to_ascii_lowercase(),
    }
}

/// Removes paragraphs that repeat the title: the same words in the same order, whatever
/// marks and typography sit between them (`Problems—Simple` for the structured title's
/// `Problems--Simple`, curly quotes for straight ones, a colon after the headline).
pub fn drop_title(paragraphs: Vec<String>, title: Option<&str>) -> Vec<String> {
    let Some(title) = title else {
        return paragraphs;
    };
    fn words(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
    }
    let same = |p: &str| {
        p.split_whitespace().eq(title.split_whitespace())
            || (words(title).next().is_some() && words(p).eq(words(title)))
    };
    // Collapsed whitespace makes lengths comparable: only near-equal ones are compared.
    let near = |p: &str| p.len().abs_diff(title.len()) <= title.len() / 4 + 8;
    paragraphs
        .into_iter()
        .filter(|p| !(near(p) && same(p)))
        .collect()
}

/// Builds the phrase automata now rather than on the first page.
pub(crate) fn warm_up() {
    LazyLock::force(&CHROME_PHRASES);
    LazyLock::force(&BYLINES);
    LazyLock::force(&CAPTIONS);
    LazyLock::force(&DATE_LINES);
    LazyLock::force(&DISCLAIMERS);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    /// A running paragraph of the text around the blocks a test looks at.
    const FERRY_PARA: &str =
        "<p>The ferry will run twice a day from May, the harbour office said, and \
         tickets can be bought on board or at the kiosk by the pier.</p>";

    fn body_of(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        let th = Thresholds::default();
        let s = crate::strip::strip(&dom, false);
        let blocks = segment(&dom, &s);
        let root = dom.find(Tag::Body).unwrap();
        paragraphs(&dom, &s, &blocks, root, &th, false).paragraphs
    }

    #[test]
    fn caption_beside_an_image_is_dropped_inline_image_paragraph_kept() {
        let p = body_of(
            "<body><div><div class=a><img src=x.jpg><div>صورة الوزير في المؤتمر</div></div>\
             <p>فقرة أولى من المقال فيها كلام كثير ومفيد للقارئ، وتمضي في شرح ما جرى في \
             الاجتماع وما قاله المشاركون فيه بالتفصيل.</p>\
             <p><img src=e.png> فقرة قصيرة مع أيقونة.</p></div></body>",
        );
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("فقرة أولى"), "{p:?}");
        assert_eq!(
            p[0],
            "فقرة أولى من المقال فيها كلام كثير ومفيد للقارئ، وتمضي في شرح ما جرى في \
             الاجتماع وما قاله المشاركون فيه بالتفصيل."
        );
        assert_eq!(p[1], "فقرة قصيرة مع أيقونة.");
    }

    #[test]
    fn a_line_introducing_a_dropped_list_at_the_end_goes_too() {
        let para = FERRY_PARA;
        let links = "<ul><li><a href=/a>Island walks</a></li><li><a href=/b>Harbour \
                     cafes</a></li></ul>";
        let p = body_of(&format!(
            "<body><div>{para}{para}<p>More from the islands you might enjoy:</p>{links}\
             </div></body>"
        ));
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(is_intro_line("Related reading…"));
        assert!(!is_intro_line("The ferry runs twice a day."));
    }

    #[test]
    fn a_linked_aside_in_the_text_is_kept_a_long_linked_paragraph_is_not() {
        let para = FERRY_PARA;
        let aside = "<p><a href=/tides>(Why do the tides turn twice a day? Here is the \
                     short answer.)</a></p>";
        let long = "<p><a href=/x>A very long linked teaser line that goes on about the \
                    harbour, the ferry timetable, the kiosk and the pier for well over a \
                    hundred characters.</a></p>";
        let p = body_of(&format!(
            "<body><div>{para}{aside}{para}{long}{para}</div></body>"
        ));
        assert_eq!(p.len(), 4, "{p:?}");
        assert!(p[1].starts_with("(Why do the tides"), "{p:?}");
        assert!(!p.iter().any(|x| x.contains("very long linked")), "{p:?}");
    }

    #[test]
    fn a_contents_entry_set_as_a_paragraph_is_not_an_aside() {
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div>{para}<p><a href=#route>Step 2: Choose your route across the bay</a></p>\
             {para}<h2 id=route>Step 2: Choose your route across the bay</h2>{para}\
             <p><a href=/tides>Step 3: Read the tide tables before you set out</a></p>\
             {para}</div></body>"
        ));
        assert_eq!(p.len(), 6, "{p:?}");
        assert!(p[1].starts_with("The ferry"), "{p:?}");
        assert!(p[4].starts_with("Step 3"), "{p:?}");
    }

    #[test]
    fn an_editors_label_left_without_its_name_is_a_byline() {
        // The names sat in buttons (stripped): the labels are what is left of the byline.
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div>{para}<div>Edited by <button>A. Writer</button></div>\
             <div>Reviewed by <button>B. Expert</button></div>{para}</div></body>"
        ));
        assert_eq!(p.len(), 2, "{p:?}");
    }

    #[test]
    fn a_box_title_over_dropped_links_goes_with_them() {
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div>{para}<div><p>On this page</p><ul><li><a href=#a>Timetable</a>\
             </li><li><a href=#b>Fares</a></li></ul></div>{para}\
             <section><h3>Fares</h3><p>A single ticket costs four euros.</p></section>\
             {para}</div></body>"
        ));
        assert!(!p.iter().any(|x| x == "On this page"), "{p:?}");
        assert!(p.iter().any(|x| x == "Fares"), "{p:?}");
        assert_eq!(p.len(), 5, "{p:?}");
    }

    #[test]
    fn a_line_introducing_a_box_whose_contents_went_goes_too() {
        let para = FERRY_PARA;
        // Its box's links dropped by the text stage; its box's widget by the strip stage
        // (an `<aside>` is never content); a line over a kept list stays.
        let p = body_of(&format!(
            "<body><div>{para}<div><p>Book a seat with one of our trusted partners:</p>\
             <div><a href=/x>Harbour Ferries</a> <a href=/y>Bay Lines</a></div></div>{para}\
             <div><div><span>Fares today:</span><aside>Adult 4.50 Child 2.00</aside></div>\
             </div>{para}<div><p>What to bring on board:</p><ul><li>A warm coat for the \
             open deck, since the wind is cold</li><li>Your ticket, printed or on your \
             phone</li></ul></div>{para}</div></body>"
        ));
        assert!(!p.iter().any(|x| x.contains("partners")), "{p:?}");
        assert!(!p.iter().any(|x| x.contains("Fares")), "{p:?}");
        assert_eq!(p[3], "What to bring on board:", "{p:?}");
        assert_eq!(p.len(), 7, "{p:?}");
    }

    #[test]
    fn a_heading_over_a_dropped_link_line_goes_a_part_title_stays() {
        let para = FERRY_PARA;
        let buy = |k: usize| {
            format!(
                "<h2>Boat {k}</h2>{para}<h3>Tickets for boat {k}</h3>\
                 <p><a href=/t{k}>Harbour office</a></p>"
            )
        };
        let p = body_of(&format!(
            "<body><div>{para}{}{}<h2>Part two</h2><h3>The evening boats</h3>{para}\
             </div></body>",
            buy(1),
            buy(2)
        ));
        assert!(!p.iter().any(|x| x.starts_with("Tickets")), "{p:?}");
        assert_eq!(p[5], "Part two", "{p:?}");
        assert_eq!(p[6], "The evening boats", "{p:?}");
        assert_eq!(p.len(), 8, "{p:?}");
    }

    #[test]
    fn the_title_repeated_in_other_typography_goes() {
        let title = "Ferries Don't Need a Timetable--Tides Can Do It";
        let p = drop_title(
            vec![
                "Ferries Don’t Need a Timetable—Tides Can Do It".to_string(),
                "Ferries Don't Need a Timetable--Tides Can Do It:".to_string(),
                "Ferries don't need a timetable: the tides can do it.".to_string(),
                FERRY_PARA.to_string(),
            ],
            Some(title),
        );
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("Ferries don't need"), "{p:?}");
    }

    #[test]
    fn an_item_already_numbered_is_not_numbered_again() {
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div>{para}<ol><li>1. Buy a ticket</li><li>Board at the pier</li></ol>\
             {para}</div></body>"
        ));
        assert_eq!(
            p[1..3],
            ["1. Buy a ticket", "2. Board at the pier"],
            "{p:?}"
        );
        assert!(starts_with_number("12) Twelve", 12));
        assert!(!starts_with_number("12 monkeys", 12));
        assert!(!starts_with_number("2. Two", 1));
    }

    #[test]
    fn a_measure_is_not_a_year() {
        assert!(is_date_line("Updated on July 9, 2025"));
        assert!(is_date_line("الخميس 24 أبريل 2020 - 10:30 م"));
        assert!(is_date_line("١٢ رمضان ١٤٤٥"));
        assert!(!is_date_line("16-inch 1200p display at a low price"));
        assert!(!is_date_line("3000 ISO Lumens"));
        assert!(!is_date_line("Battery 5000mAh"));
    }

    #[test]
    fn a_long_run_of_digits_is_no_year_and_no_overflow() {
        // A serial or phone number longer than a u32 holds must neither panic (debug
        // builds check overflow) nor read as a year.
        assert!(!is_date_line("99999999999999999999"));
        assert!(!is_date_line("Ref 12345678901234567890 v"));
        assert!(is_date_line("12345678901234567890 2024"));
    }

    #[test]
    fn a_list_item_with_an_icon_is_not_a_caption() {
        let para = "<p>The kit has three parts, each checked before it leaves the workshop, \
                    and the whole set weighs less than four kilograms.</p>";
        let p = body_of(&format!(
            "<body><div>{para}<ul><li><img src=check.svg width=16> A steel frame, welded and \
             painted</li><li><img src=check.svg width=16> Two canvas bags with leather \
             straps</li><li><img src=check.svg width=16> A tin of grease for the joints</li>\
             </ul>{para}</div></body>"
        ));
        assert_eq!(p.len(), 5, "{p:?}");
        assert_eq!(p[1], "A steel frame, welded and painted");
    }

    #[test]
    fn a_sentence_pointing_to_linked_guides_is_text_a_labelled_link_is_not() {
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div>{para}\
             <p>Learn more about <a href=/a>Tide Tables: a Guide</a> and \
             <a href=/b>Buying Tickets Online</a>.</p>\
             <p>» Related reading: <a href=/c>The old ferry and its last crossing</a></p>\
             <p><strong>Also read <a href=/d>how the pier was rebuilt after the storm</a>.\
             </strong></p>\
             <p><a href=/e>Timetable</a>, <a href=/f>fares</a>, <a href=/g>tickets</a>.</p>\
             {para}</div></body>"
        ));
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[1].starts_with("Learn more about Tide Tables"), "{p:?}");
    }

    #[test]
    fn punctuation_left_of_a_dropped_byline_is_not_a_paragraph() {
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div><p><span class=author>Ann Lee</span>, \
             <span class=author>Tom Ito</span></p><p><span class=author>Ed Moe</span>, and \
             <span class=author>Al Roy</span></p><p>—</p>{para}<p>So, yes.</p></div></body>"
        ));
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(p[1], "So, yes.");
    }

    #[test]
    fn a_section_with_a_heading_and_a_picture_is_not_a_caption() {
        let para = "<p>The kit has three parts, each checked before it leaves the workshop, \
                    and the whole set weighs less than four kilograms.</p>";
        let summary = "Most of the frame is steel, so it lasts for years. The bags are canvas \
                       and can be washed.";
        let p = body_of(&format!(
            "<body><div>{para}<div><h2>In short</h2><div><p>{summary}</p></div>\
             <figure><img src=kit.jpg></figure></div>{para}</div></body>"
        ));
        assert!(
            p.iter().any(|x| x.starts_with("Most of the frame")),
            "{p:?}"
        );
        // Without a heading, a short text in a picture's wrapper is its caption.
        let p = body_of(&format!(
            "<body><div>{para}<div><div><p>The kit, packed.</p></div>\
             <figure><img src=kit.jpg></figure></div>{para}</div></body>"
        ));
        assert!(!p.iter().any(|x| x.starts_with("The kit, packed")), "{p:?}");
    }

    #[test]
    fn a_section_title_left_at_the_end_is_dropped_a_closing_question_kept() {
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div>{para}<h2>More from the harbour</h2></div></body>"
        ));
        assert_eq!(p.len(), 1, "{p:?}");
        let p = body_of(&format!(
            "<body><div>{para}<h3>Will you take the ferry this summer?</h3></div></body>"
        ));
        assert_eq!(p.len(), 2, "{p:?}");
    }

    #[test]
    fn a_reading_time_line_is_the_articles_metadata() {
        let para = FERRY_PARA;
        let p = body_of(&format!(
            "<body><div><p>Harbour Desk | 4 min read</p>{para}\
             <p>Reading Time: 6 minutes</p>{para}<p>It took a long time to read.</p></div></body>"
        ));
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[2].starts_with("It took"), "{p:?}");
    }

    #[test]
    fn every_reading_time_phrase_holds_read() {
        // tells_reading_time looks for "read" before comparing the phrases.
        assert!(chrome::READING_TIME_PHRASES
            .iter()
            .all(|p| p.contains("read")));
    }

    #[test]
    fn a_box_of_other_articles_goes_with_its_title() {
        let para = FERRY_PARA;
        for title in [
            "You’ll Also Love...",
            "Recommended Reading",
            "POPULAR POSTS",
        ] {
            let p = body_of(&format!(
                "<body><div>{para}<h3>{title}</h3>\
                 <ul><li><a href=/a>Five walks along the old canal</a></li>\
                 <li><a href=/b>Where to eat by the harbour</a></li></ul>{para}</div></body>"
            ));
            assert_eq!(p.len(), 2, "{title}: {p:?}");
        }
    }

    #[test]
    fn a_longer_pitch_that_closes_the_body_is_dropped_one_inside_it_kept() {
        let para = FERRY_PARA;
        // Over 200 characters: a title, two lines of pitch and a button.
        let pitch = "<div><h2>Planning a trip to the islands?</h2>\
             <p>Whether you travel for a day or a month, our planners know every crossing, \
             every timetable and every quiet beach along the coast.</p>\
             <p>Tell us your dates and we will build a route that suits you, with ferries, \
             rooms and bikes booked in one go.</p>\
             <div><a href=/plan>Plan my trip</a></div></div>";
        let p = body_of(&format!(
            "<body><div>{para}{para}{para}{para}{para}{pitch}</div></body>"
        ));
        assert_eq!(p.len(), 5, "{p:?}");
        // The same box with the text going on after it is the article's (a product box in
        // a review): the longer bound holds at the body's end only.
        let p = body_of(&format!(
            "<body><div>{para}{para}{para}{para}{pitch}{para}</div></body>"
        ));
        assert_eq!(p.len(), 8, "{p:?}");
    }

    #[test]
    fn a_call_to_action_box_is_dropped_a_paragraph_ending_in_a_link_kept() {
        let para = "<p>The library will open its new reading room in March, the council said, \
                    after two years of work on the old grain store by the river.</p>";
        // A title and a line above a button: the site's pitch.
        let p = body_of(&format!(
            "<body><div>{para}<div class=box><div><h3>Plan your visit</h3>\
             <p>Opening hours, tickets and directions.</p></div>\
             <div><a href=/visit>Get directions</a></div></div></div></body>"
        ));
        assert_eq!(p.len(), 1, "{p:?}");
        // A `<button>` (its label is not counted as text) ends a box as well.
        let p = body_of(&format!(
            "<body><div>{para}<section><h3>Need help with your project?</h3>\
             <p>Get quotes from local builders.</p><a href=/q><button>Find builders</button></a>\
             </section></div></body>"
        ));
        assert_eq!(p.len(), 1, "{p:?}");
        // A link at the end of a paragraph is the writer's, and a box whose last link is a
        // sentence or an address is not a button.
        let p = body_of(&format!(
            "<body><div>{para}<div><h3>Plan your visit</h3>\
             <p>Opening hours are on <a href=/visit>the visit page</a></p></div></div></body>"
        ));
        assert_eq!(p.len(), 3, "{p:?}");
        let p = body_of(&format!(
            "<body><div>{para}<div><h3>Write to the council</h3><p>Letters are read weekly.</p>\
             <div><a href=/m>[email protected]</a></div></div></div></body>"
        ));
        assert_eq!(p.len(), 3, "{p:?}");
        // A short page whose whole text sits above a button keeps it.
        let p = body_of(&format!(
            "<body><div>{para}<p>The doors open at nine.</p><div><a href=/v>Get directions</a></div>\
             </div></body>"
        ));
        assert_eq!(p.len(), 2, "{p:?}");
        // One line above a button (a product's name above its shop link is not enough):
        // a box holds a title and a line.
        let p = body_of(&format!(
            "<body><div>{para}<div><p>The reading room seats forty.</p>\
             <a href=/book>Book a seat</a></div></div></body>"
        ));
        assert_eq!(p.len(), 2, "{p:?}");
    }

    #[test]
    fn phrase_tables_compile_and_match_prefixes_only() {
        assert!(starts_with_any(&CHROME_PHRASES, "اقرأ أيضا: عنوان خبر آخر"));
        assert!(!starts_with_any(&CHROME_PHRASES, "قال الوزير اقرأ أيضا"));
        assert!(DISCLAIMERS.is_match("الآراء الواردة لا تعبر عن رأي الموقع"));
        assert!(DISCLAIMERS.is_match(
            "The views expressed here are the authors' own and do not necessarily reflect \
             the views of the publisher."
        ));
        assert!(DISCLAIMERS
            .is_match("*Affiliate links are used in this post: I may earn a small commission."));
        assert!(DISCLAIMERS.is_match("As an Amazon Associate I earn from qualifying purchases."));
        assert!(DISCLAIMERS.is_match(
            "The views and opinions expressed in the articles of this website are strictly \
             those of the author."
        ));
        assert!(starts_with_any(
            &CHROME_PHRASES,
            "Did you find the article helpful?"
        ));
        assert!(starts_with_any(
            &CHROME_PHRASES,
            "Was this page helpful? Yes No"
        ));
        assert!(starts_with_any(
            &CHROME_PHRASES,
            "Copyright © 2026 Harbour Radio."
        ));
        assert!(!starts_with_any(
            &CHROME_PHRASES,
            "Copyrighted works in the archive"
        ));
        assert!(is_chrome_phrase("Story continues below advertisement"));
        assert!(is_chrome_phrase("Article Continues Below"));
        assert!(is_chrome_phrase("Short link: https://example.org/p/4412"));
        assert!(!is_chrome_phrase("Short links are easy to share."));
        assert!(is_chrome_phrase("No items found."));
        assert!(is_chrome_phrase("No results found"));
        assert!(is_chrome_phrase("Listen to this story 4 min"));
        assert!(is_chrome_phrase("Listen to the audio version"));
        assert!(!is_chrome_phrase(
            "No items were found in the wreck, the divers said."
        ));
        assert!(!is_chrome_phrase(
            "Listen to the tide turning under the pier."
        ));
    }

    #[test]
    fn a_deck_of_pull_quotes_is_dropped_a_fresh_deck_is_kept() {
        let body = "<p>قال رئيس البلدية في لقاء مع السكان إن أعمال ترميم السوق القديمة \
            ستبدأ في الربيع المقبل وتستمر عاما كاملا.</p>\
            <p>وأضاف أن المدينة التي كانت سوقا واحدة صارت أسواقا متفرقة بعد الحريق، \
            وأن التجار ينتظرون العودة إلى محلاتهم منذ سنوات طويلة.</p>";
        // Two sentences said again in the body (with another spelling of a hamza).
        let deck = "<div class=deck>- المدينة التي كانت سوقا واحدة صارت أسواقا متفرقة بعد \
            الحريق - التجار ينتظرون العودة الى محلاتهم منذ سنوات</div>";
        let p = body_of(&format!("<body><h1>السوق القديمة</h1>{deck}{body}</body>"));
        // (The short headline goes as an edge label.)
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("قال رئيس البلدية"), "{p:?}");
        // A deck in words of its own is the article's.
        let deck = "<div class=deck>خطة من ثلاث مراحل لإعادة الحياة إلى قلب المدينة \
            التجاري بعد سنوات من الإهمال</div>";
        let p = body_of(&format!("<body><h1>السوق القديمة</h1>{deck}{body}</body>"));
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].starts_with("خطة من ثلاث مراحل"), "{p:?}");
    }

    #[test]
    fn a_run_of_cut_off_excerpts_is_dropped_a_writers_ellipsis_is_kept() {
        let para = "<p>The county opened a second recycling centre on Friday, and officials \
            said it would take glass, paper and garden waste from next week.</p>";
        let list: String = (0..3)
            .map(|k| format!("<h4>Other story {k}</h4><p>A summary of another story that stops in the middle of a sentence about{k}...</p>"))
            .collect();
        let last = "<p>Residents can bring up to three bags a day, and a van will collect \
            bulky items from homes on request.</p>";
        let p = body_of(&format!(
            "<body>{para}<p>It was, she said, a long wait...</p>{last}\
             <h3>Also in the news</h3>{list}</body>"
        ));
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[1], "It was, she said, a long wait...");
    }

    #[test]
    fn an_excerpt_cut_at_a_space_goes_on_with_the_run_a_lone_one_stays() {
        let para = "<p>The county opened a second recycling centre on Friday, and officials \
            said it would take glass, paper and garden waste from next week.</p>";
        let cut = |k: usize, end: &str| {
            format!(
                "<div><div>Local</div><div>A library van will visit the outlying \
                 villages twice a month from the spring, with large-print books and audio \
                 books for {k}0 readers{end}</div></div>"
            )
        };
        let p = body_of(&format!(
            "<body>{para}<p>We waited, and waited ...</p>{para}{}{}{}</body>",
            cut(1, "..."),
            cut(2, "..."),
            cut(3, " ..."),
        ));
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[1], "We waited, and waited ...", "{p:?}");
    }

    #[test]
    fn agency_credit_recognised() {
        assert!(is_credit("--(بترا)"));
        assert!(is_credit("(أ ف ب)"));
        assert!(is_credit("المصدر : المدار نت + وكالات"));
        assert!(!is_credit("قالت وكالة الأنباء الأردنية إن الوزير وصل"));
    }

    #[test]
    fn date_lines_recognised() {
        assert!(is_date_line("الخميس 24 أبريل 2020 - 10:30 م"));
        assert!(is_date_line("2024-05-12 14:20"));
        assert!(is_date_line("الساعة ٠٩:٣٠ صباحا 2023"));
        assert!(!is_date_line("PRICE: $373-$400"));
        assert!(!is_date_line("Step 1: add 250 grams of flour"));
        assert!(!is_date_line(
            "وقال الوزير إن عام 2025 سيشهد نموا اقتصاديا كبيرا في قطاعات عدة"
        ));
    }
}
