//! Marks what is never content: scripts, styles, forms, navs, hidden elements, and chrome
//! recognised by markup (tags, ARIA roles, class/id tokens from [`crate::lexicon::chrome`]).
//! The tree itself is never changed: the result is a side table of dropped nodes that the
//! later stages consult. Chrome recognised by its text is the text stage's job.

use crate::article::Removed;
use crate::fnv::FnvBuild;
use crate::lexicon::chrome;
use crate::parse::{Dom, Ix, Kind, Tag, NO_PARENT};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The nodes dropped by stripping.
pub struct Stripped {
    /// `dropped[i]`: node `i` or one of its ancestors was dropped.
    pub dropped: Vec<bool>,
    /// What was dropped and why (only with `explain`).
    pub removed: Vec<Removed>,
    /// Visible characters (not whitespace) under each node, before stripping.
    pub raw_chars: Vec<u32>,
    /// `media[i]`: node `i` holds an image, picture or video.
    pub media: Vec<bool>,
    /// The flags ([`CHROME`], [`STRONG`], [`CONTENT`], [`BODY`]) of each kept element's
    /// class/id tokens, read once here for the later stages; 0 inside dropped subtrees.
    pub class_flags: Vec<u8>,
}

/// A markup element that can never be dropped by a class token however it is named.
const NEVER_DROPPED: &[Tag] = &[Tag::Html, Tag::Body, Tag::Main, Tag::Article];

/// Share of the page's prose above which an element is only dropped for a strong reason
/// (an unrendered tag, or a [`chrome::STRONG_CHROME_TOKENS`] word): a weak class word such
/// as `print` or `widget` on the wrapper of the article must not take the article away.
const VETO_SHARE: f32 = 0.5;

/// Share of the page's prose above which a chrome word is outweighed by an article word
/// on the same class/id (`post-content share-enabled`).
const CONTENT_VETO_SHARE: f32 = 0.2;

/// Most visible characters of an app-promotion box.
const MAX_PROMO_BOX_CHARS: u32 = 200;

/// Most nodes of a disclosure control's heading (see [`is_disclosed_panel`]).
const MAX_DISCLOSURE_NODES: usize = 16;

/// How many wrappers a disclosure button may end before its panel comes (a button in a
/// title box, the box in the item's head).
const DISCLOSURE_LEVELS: usize = 3;

/// Siblings marked by the same chrome word that make a list of like items.
const LIST_ITEMS: usize = 4;

/// A text node with at least this many visible characters and a sentence mark is prose.
const PROSE_NODE_CHARS: u32 = 80;

/// A class/id token marks chrome.
pub(crate) const CHROME: u8 = 1;
/// A class/id token marks chrome strongly (see [`chrome::STRONG_CHROME_TOKENS`]).
pub(crate) const STRONG: u8 = 2;
/// A class/id token marks article content.
pub(crate) const CONTENT: u8 = 4;
/// A class/id token (or pair) marks the article body container.
pub(crate) const BODY: u8 = 8;
/// Least prose (characters) of a chrome-named wrapper that is searched for marked text.
const MIN_MARKED_PROSE: u32 = 200;

/// A token that begins a known pair (internal to [`Tokens::flags`]).
const PAIR_HEAD: u8 = 16;

/// Every class/id token and pair the extractor knows, with its flags.
static TOKEN_FLAGS: LazyLock<HashMap<&'static str, u8, FnvBuild>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, u8, FnvBuild> = HashMap::default();
    let tables: [(&[&'static str], u8); 5] = [
        (chrome::CHROME_TOKENS, CHROME),
        (chrome::CHROME_PAIRS, CHROME),
        (chrome::STRONG_CHROME_TOKENS, STRONG),
        (chrome::CONTENT_TOKENS, CONTENT),
        (chrome::BODY_TOKENS, BODY),
    ];
    for (table, flag) in tables {
        for t in table {
            *m.entry(t).or_insert(0) |= flag;
            if let Some((head, _)) = t.split_once(' ') {
                *m.entry(head).or_insert(0) |= PAIR_HEAD;
            }
        }
    }
    m
});

/// The app-store hosts as one automaton: every link's `href` is looked at once.
static APP_STORES: LazyLock<Option<aho_corasick::AhoCorasick>> =
    LazyLock::new(|| aho_corasick::AhoCorasick::new(chrome::APP_STORE_HOSTS).ok());

/// Why an element was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Tag,
    Hidden,
    Role,
    /// A chrome token on the class or id; `strong` if one of them is a strong chrome word,
    /// `content` if the same class/id also carries an article word.
    Class {
        strong: bool,
        content: bool,
    },
}

/// Marks the chrome of `dom`.
pub fn strip(dom: &Dom, explain: bool) -> Stripped {
    let (raw_chars, prose, media) = visible_chars(dom);
    let census = Census {
        raw_chars: &raw_chars,
        prose: &prose,
        total: article_prose(dom, &prose) as f32,
        all: prose.first().copied().unwrap_or(0) as f32,
    };
    let mut pass = census.mark(dom, explain, &[]);
    // A weak chrome word that marks the blocks holding most of the page's prose is this
    // page's name for any block (a page builder's `widget`), not chrome: mark again
    // without it.
    let layout = census.layout_words(dom, &mut pass.weak_drops, &pass.weak_vetoes);
    if !layout.is_empty() {
        pass = census.mark(dom, explain, &layout);
    }
    for t in crate::threads::comment_threads(dom, &raw_chars, &pass.dropped) {
        let end = dom.nodes[t].end;
        pass.dropped[t..end].iter_mut().for_each(|d| *d = true);
        pass.class_flags[t..end].iter_mut().for_each(|f| *f = 0);
        if explain {
            pass.removed.push(Removed {
                rule: "strip: comment thread (sibling blocks with a date and a reply link)"
                    .to_string(),
                text: first_words(dom, t),
            });
        }
    }
    Stripped {
        dropped: pass.dropped,
        removed: pass.removed,
        raw_chars,
        media,
        class_flags: pass.class_flags,
    }
}

/// Marks only the page's frame, for a page where no article was found with its chrome
/// stripped: what is never rendered as text, the landmarks that are never a page's own text
/// (`<nav>`, `<header>`, `<footer>`, `<aside>`, forms and their labels, and the same
/// landmarks named by `role`). Class and id words and hidden styles are not read: a page
/// without an article (a portfolio, a landing page) names its content with the words of
/// chrome (`content-sidebar-wrap`) and keeps its text in panels that a button or a script
/// opens. `first` is the page's first strip, whose counts are reused.
pub fn frame(dom: &Dom, first: &Stripped, explain: bool) -> Stripped {
    let n = dom.nodes.len();
    let mut dropped = vec![false; n];
    let mut removed = Vec::new();
    let mut i = 0;
    while i < n {
        let Kind::Element(tag) = dom.nodes[i].kind else {
            i += 1;
            continue;
        };
        let rule = tag_rule(tag).or_else(|| {
            dom.attr(i, "role")
                .map(str::trim)
                .filter(|r| {
                    chrome::CHROME_ROLES
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(r))
                })
                .map(|_| Rule::Role)
        });
        match rule {
            Some(rule) => {
                let end = dom.nodes[i].end.max(i + 1);
                dropped[i..end].iter_mut().for_each(|d| *d = true);
                if explain && first.raw_chars[i] > 0 {
                    removed.push(Removed {
                        rule: describe(dom, i, rule),
                        text: first_words(dom, i),
                    });
                }
                i = end;
            }
            None => i += 1,
        }
    }
    Stripped {
        dropped,
        removed,
        raw_chars: first.raw_chars.clone(),
        media: first.media.clone(),
        class_flags: vec![0; n],
    }
}

/// The prose under each node, and in the page outside its frame, which decides when a
/// class word is vetoed.
struct Census<'a> {
    raw_chars: &'a [u32],
    prose: &'a [u32],
    /// The prose outside the page frame ([`article_prose`]).
    total: f32,
    /// All the page's prose.
    all: f32,
}

/// The result of one marking pass.
struct Pass {
    dropped: Vec<bool>,
    removed: Vec<Removed>,
    class_flags: Vec<u8>,
    /// Elements dropped for a weak chrome word that held prose: the word, the prose and
    /// the element's parent.
    weak_drops: Vec<(&'static str, u32, Ix)>,
    /// Elements kept for the prose they hold although a weak chrome word marks them:
    /// the word and the element.
    weak_vetoes: Vec<(&'static str, Ix)>,
}

impl Census<'_> {
    /// Share of the page's prose under `i`: of the prose outside the page frame for a
    /// class word (which names a wrapper among the article's siblings), of all prose for
    /// the other rules.
    fn share(&self, i: Ix, class_word: bool) -> f32 {
        let total = if class_word { self.total } else { self.all };
        if total > 0.0 {
            self.prose[i] as f32 / total
        } else {
            0.0
        }
    }

    /// Weak chrome words whose drops together hold at least [`VETO_SHARE`] of the page's
    /// prose. Drops that are items of one list (at least [`LIST_ITEMS`] under one parent:
    /// a carousel, a teaser list) are chrome whatever their length and do not count.
    /// A word also names layout when it marks a wrapper kept for its prose (`vetoes`) and
    /// blocks outside that wrapper were dropped for it: a page builder's `widget` on the
    /// article's panel and on its sibling panels.
    fn layout_words(
        &self,
        dom: &Dom,
        drops: &mut [(&'static str, u32, Ix)],
        vetoes: &[(&'static str, Ix)],
    ) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        if self.total <= 0.0 {
            return out;
        }
        for &(w, v) in vetoes {
            let outside = drops
                .iter()
                .any(|&(dw, _, parent)| dw == w && !(parent == v || dom.contains(v, parent)));
            if outside && !out.contains(&w) {
                out.push(w);
            }
        }
        // Grouped by word, then by parent: one linear pass after the sort.
        drops.sort_unstable_by_key(|&(w, _, parent)| (w, parent));
        for by_word in drops.chunk_by(|a, b| a.0 == b.0) {
            let sum: u64 = by_word
                .chunk_by(|a, b| a.2 == b.2)
                .filter(|siblings| siblings.len() < LIST_ITEMS)
                .flatten()
                .map(|&(_, p, _)| u64::from(p))
                .sum();
            if sum as f32 / self.total >= VETO_SHARE && !out.contains(&by_word[0].0) {
                out.push(by_word[0].0);
            }
        }
        out
    }

    /// One pass over the tree: drops what the rules mark; the weak chrome words in
    /// `layout` are ignored.
    fn mark(&self, dom: &Dom, explain: bool, layout: &[&'static str]) -> Pass {
        let n = dom.nodes.len();
        let mut dropped = vec![false; n];
        let mut class_flags = vec![0u8; n];
        let mut removed = Vec::new();
        let mut weak_drops = Vec::new();
        let mut weak_vetoes = Vec::new();
        let mut app_links = Vec::new();
        let mut tokens = Tokens::default();
        let mut i = 0;
        while i < n {
            let node = dom.nodes[i];
            let Kind::Element(tag) = node.kind else {
                i += 1;
                continue;
            };
            let mut weak_word = None;
            let mut more_only = false;
            let rule = tag_rule(tag).or_else(|| {
                let m = markup_rule(dom, i, tag, &mut tokens, layout);
                class_flags[i] = m.flags;
                weak_word = m.weak_word;
                more_only = m.more_only;
                if m.app_link {
                    app_links.push(i);
                }
                m.rule
            });
            let share = self.share(i, matches!(rule, Some(Rule::Class { .. })));
            let veto = match rule {
                None => false,
                Some(Rule::Tag) if tag == Tag::Button => self.is_disclosure_heading(dom, i),
                Some(Rule::Tag) if is_unrendered(tag) => false,
                Some(Rule::Class {
                    strong: true,
                    content,
                }) => content && share >= VETO_SHARE,
                Some(Rule::Class {
                    strong: false,
                    content: true,
                }) => share >= CONTENT_VETO_SHARE,
                Some(Rule::Hidden) => {
                    share >= VETO_SHARE || (self.prose[i] > 0 && is_disclosed_panel(dom, i))
                }
                Some(_) => share >= VETO_SHARE,
            };
            // A wrapper named both for chrome and for the article (`related-article-wrap`)
            // around an element named only for article text that holds most of its prose
            // (a related box and the story's next paragraphs in one wrapper): look inside
            // instead.
            let veto = veto
                || (matches!(rule, Some(Rule::Class { content: true, .. }))
                    && self.holds_marked_text(dom, i, &mut tokens))
                // Prose without a link under a "more" control's name is the text the
                // control reveals (`ReadMoreAnswer`), not a link to more.
                || (more_only
                    && matches!(rule, Some(Rule::Class { .. }))
                    && self.prose[i] > 0
                    && !(i..dom.nodes[i].end).any(|k| dom.tag(k) == Some(Tag::A)));
            if let (true, Some(Rule::Class { strong: false, .. }), Some(w)) =
                (veto, rule, weak_word)
            {
                weak_vetoes.push((w, i));
            }
            match rule {
                Some(rule) if !veto => {
                    if let (Rule::Class { strong: false, .. }, Some(w)) = (rule, weak_word) {
                        if self.prose[i] > 0 {
                            weak_drops.push((w, self.prose[i], node.parent));
                        }
                    }
                    let end = node.end;
                    dropped[i..end].iter_mut().for_each(|d| *d = true);
                    if explain && self.raw_chars[i] > 0 {
                        removed.push(Removed {
                            rule: describe(dom, i, rule),
                            text: first_words(dom, i),
                        });
                    }
                    i = end;
                }
                _ => i += 1,
            }
        }
        for a in app_links {
            if dropped[a] {
                continue;
            }
            if let Some(b) = self.promo_box(dom, a) {
                let end = dom.nodes[b].end;
                dropped[b..end].iter_mut().for_each(|d| *d = true);
                // Class flags are kept for the elements left in only.
                class_flags[b..end].iter_mut().for_each(|f| *f = 0);
                if explain {
                    removed.push(Removed {
                        rule: "strip: app promotion (links to an app store)".to_string(),
                        text: first_words(dom, b),
                    });
                }
            }
        }
        Pass {
            dropped,
            removed,
            class_flags,
            weak_drops,
            weak_vetoes,
        }
    }

    /// Whether element `i` holds an element whose class marks article text (and no
    /// chrome) with most of `i`'s prose. Subtrees with too little prose are skipped, so
    /// few elements are looked at.
    fn holds_marked_text(&self, dom: &Dom, i: Ix, tokens: &mut Tokens) -> bool {
        let prose = self.prose[i];
        if prose < MIN_MARKED_PROSE {
            return false;
        }
        let end = dom.nodes[i].end;
        let mut j = i + 1;
        while j < end {
            if dom.tag(j).is_none() || self.prose[j] * 2 < prose {
                j = dom.nodes[j].end.max(j + 1);
                continue;
            }
            // The class only: an id is often the wrapper's id with a suffix.
            if let Some(class) = dom.attr(j, "class") {
                tokens.clear();
                tokens.push_value(class);
                let (f, _) = tokens.flags(&[]);
                if f & (CONTENT | BODY) != 0 && f & (CHROME | STRONG) == 0 {
                    return true;
                }
            }
            j += 1;
        }
        false
    }

    /// Whether `<button>` `i` is the heading of a disclosure panel: it tells whether its
    /// panel is open (`aria-expanded`), and the first element with text after it (after
    /// the button, or after the wrappers it ends) holds prose. An accordion's question
    /// above its answer: a browser shows the label as the panel's title, and the panel is
    /// the page's text (see [`is_disclosed_panel`]). A menu's toggle opens links, not prose.
    fn is_disclosure_heading(&self, dom: &Dom, i: Ix) -> bool {
        if dom.attr(i, "aria-expanded").is_none() {
            return false;
        }
        let mut a = i;
        for _ in 0..DISCLOSURE_LEVELS {
            let parent = dom.nodes[a].parent;
            if parent == NO_PARENT {
                return false;
            }
            let end = dom.nodes[parent].end;
            let mut j = dom.nodes[a].end;
            while j < end {
                if self.raw_chars[j] > 0 {
                    return self.prose[j] > 0;
                }
                j = dom.nodes[j].end.max(j + 1);
            }
            a = parent;
        }
        false
    }

    /// The box around app-store link `a`: its largest block-level ancestor that is short
    /// and holds no prose (a title, a line of pitch, the store badges). None when the link
    /// sits in running text (an article about an app links to its store page).
    fn promo_box(&self, dom: &Dom, a: Ix) -> Option<Ix> {
        let mut best = None;
        let mut p = dom.nodes[a].parent;
        while p != NO_PARENT && self.raw_chars[p] <= MAX_PROMO_BOX_CHARS && self.prose[p] == 0 {
            match dom.tag(p) {
                Some(t) if NEVER_DROPPED.contains(&t) => break,
                Some(t) if t.is_block() && t != Tag::P && !t.is_heading() => best = Some(p),
                Some(Tag::P) => return None,
                _ => {}
            }
            p = dom.nodes[p].parent;
        }
        best
    }
}

/// Whether hidden element `i` is the panel of a disclosure control: its previous sibling is
/// or holds a `<button>` (an accordion's or a "read more" section's heading). The reader
/// opens it with one click, so its prose is the page's text, unlike a closed menu or
/// dialog, which no button sits right before.
fn is_disclosed_panel(dom: &Dom, i: Ix) -> bool {
    let parent = dom.nodes[i].parent;
    if parent == NO_PARENT || i == 0 {
        return false;
    }
    // The previous sibling is the last node before `i` whose parent is `i`'s parent; its
    // subtree runs up to `i`.
    let mut j = i - 1;
    while j > parent && dom.nodes[j].parent != parent {
        j = dom.nodes[j].parent;
    }
    // A disclosure heading is a few nodes (a heading, a button, an icon); a larger
    // sibling is not one, and is not searched.
    if j <= parent || i - j > MAX_DISCLOSURE_NODES {
        return false;
    }
    (j..i).any(|k| dom.tag(k) == Some(Tag::Button))
}

/// The prose of the page outside the elements that are never the article (`<nav>`,
/// `<header>`, `<footer>`, `<aside>`, forms): what a wrapper's share is measured against.
fn article_prose(dom: &Dom, prose: &[u32]) -> u32 {
    let all = prose.first().copied().unwrap_or(0);
    let mut total = all;
    let mut i = 0;
    while i < dom.nodes.len() {
        match dom.nodes[i].kind {
            // A frame element holding most of the prose is kept (an ASP.NET page's
            // page-wide `<form>`), so it stays in.
            Kind::Element(tag)
                if tag_rule(tag).is_some() && (prose[i] as f32) < VETO_SHARE * all as f32 =>
            {
                total = total.saturating_sub(prose[i]);
                i = dom.nodes[i].end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    total
}

/// Elements that a browser never shows as text.
fn is_unrendered(tag: Tag) -> bool {
    use Tag::*;
    matches!(
        tag,
        Head | Script
            | Style
            | Noscript
            | Template
            | Iframe
            | Object
            | Embed
            | Svg
            | Math
            | Canvas
            | Video
            | Audio
            | Input
            | Button
            | Select
            | Textarea
            | Title
            | Meta
            | Link
    )
}

fn tag_rule(tag: Tag) -> Option<Rule> {
    use Tag::*;
    (is_unrendered(tag)
        || matches!(
            tag,
            Nav | Footer | Aside | Figcaption | Header | Form | Label
        ))
    .then_some(Rule::Tag)
}

/// What [`markup_rule`] found on one element.
struct Markup {
    rule: Option<Rule>,
    /// The element's class/id token flags.
    flags: u8,
    /// The first weak chrome word on its class/id.
    weak_word: Option<&'static str>,
    /// A link to an app store.
    app_link: bool,
    /// Its only chrome words are those of a "more" control (`read-more-text`): it may be
    /// the text such a control reveals.
    more_only: bool,
}

/// Hidden, role and class/id rules; class/id chrome words in `ignored` do not count.
fn markup_rule(dom: &Dom, i: Ix, tag: Tag, tokens: &mut Tokens, ignored: &[&str]) -> Markup {
    let mut out = Markup {
        rule: None,
        flags: 0,
        weak_word: None,
        app_link: false,
        more_only: false,
    };
    let (mut class, mut id, mut role) = (None, None, None);
    let mut hidden = false;
    // One pass over the attributes.
    for a in dom.attrs(i) {
        let value: &str = &a.value;
        match &*a.name.local {
            "hidden" => hidden = true,
            "aria-hidden" => hidden |= value.trim().eq_ignore_ascii_case("true"),
            "style" => hidden |= style_hides(value),
            "class" => class = Some(value),
            "id" => id = Some(value),
            "role" => role = Some(value.trim()),
            "href" if tag == Tag::A => {
                out.app_link = APP_STORES.as_ref().is_some_and(|ac| ac.is_match(value));
            }
            _ => {}
        }
    }
    // A heading's id is an anchor made from its own words (`id="most-popular-tools"` on
    // "Most popular tools"), not a name for chrome.
    if tag.is_heading() {
        id = None;
    }
    if class.is_some() || id.is_some() {
        tokens.clear();
        for v in [class, id].into_iter().flatten() {
            tokens.push_value(v);
        }
        (out.flags, out.weak_word) = tokens.flags(ignored);
        // A class that names article text and no chrome outranks chrome words in the id
        // (often the id of a wrapper with a suffix: `…-related-text`).
        if let (Some(c), Some(_)) = (class, id) {
            if out.flags & (CHROME | STRONG) != 0 {
                tokens.clear();
                tokens.push_value(c);
                let (f, _) = tokens.flags(ignored);
                if f & (CONTENT | BODY) != 0 && f & (CHROME | STRONG) == 0 {
                    (out.flags, out.weak_word) = (f, None);
                }
            }
        }
    }
    // Chrome only for the words of a "more" control: looked at again without them.
    if out.flags & STRONG == 0
        && out
            .weak_word
            .is_some_and(|w| chrome::MORE_CONTROL_WORDS.contains(&w))
    {
        let f = if ignored.is_empty() {
            tokens.flags(chrome::MORE_CONTROL_WORDS).0
        } else {
            // Only on a page whose layout words are ignored (rare): one list of both.
            let mut without: Vec<&str> = ignored.to_vec();
            without.extend_from_slice(chrome::MORE_CONTROL_WORDS);
            tokens.flags(&without).0
        };
        out.more_only = f & (CHROME | STRONG) == 0;
    }
    let flags = out.flags;
    if hidden {
        out.rule = Some(Rule::Hidden);
        return out;
    }
    if let Some(role) = role {
        if chrome::CHROME_ROLES
            .iter()
            .any(|r| r.eq_ignore_ascii_case(role))
        {
            out.rule = Some(Rule::Role);
            return out;
        }
    }
    if NEVER_DROPPED.contains(&tag) || (class.is_none() && id.is_none()) {
        return out;
    }
    if let Some(c) = class {
        let hidden = c.split_ascii_whitespace().any(|name| {
            chrome::HIDDEN_CLASSES
                .iter()
                .any(|h| h.eq_ignore_ascii_case(name))
        });
        if hidden {
            out.rule = Some(Rule::Hidden);
            return out;
        }
    }
    let content = flags & CONTENT != 0;
    let strong = flags & STRONG != 0;
    out.rule = (flags & (CHROME | STRONG) != 0).then_some(Rule::Class { strong, content });
    out
}

/// `display:none` or `visibility:hidden` in an inline style, without allocating.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let (prop, value) = (prop.trim(), value.trim());
        let value = value.split_whitespace().next().unwrap_or("");
        (prop.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (prop.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

/// Characters that are not ASCII whitespace, counted over UTF-8 bytes: lead bytes are
/// characters. (Non-ASCII spaces such as NBSP count as characters here; that only nudges
/// a length.)
fn visible_count(bytes: &[u8]) -> u32 {
    /// Bytes per block: the per-block counter is a `u8`.
    const BLOCK: usize = 255;
    // Fixed-size blocks of branch-free arithmetic, which the compiler vectorises.
    bytes
        .chunks(BLOCK)
        .map(|block| {
            let n = block
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(is_visible_byte(b))));
            u32::from(n)
        })
        .sum()
}

/// Whether a sentence mark (`. , ! ?` or Arabic `، ؛ ؟`, the two-byte sequences `D8 8C`,
/// `D8 9B`, `D8 9F`) occurs; prose usually has one early, so this stops at the first.
fn has_sentence_mark(bytes: &[u8]) -> bool {
    let mut prev = 0u8;
    bytes.iter().any(|&b| {
        let mark = is_ascii_mark(b) || (prev == 0xD8 && matches!(b, 0x8C | 0x9B | 0x9F));
        prev = b;
        mark
    })
}

/// A byte that starts a character other than ASCII whitespace.
fn is_visible_byte(b: u8) -> bool {
    ((b & 0xC0) != 0x80) & (b != b' ') & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C)
}

/// `. , ! ?`
fn is_ascii_mark(b: u8) -> bool {
    (b == b'.') | (b == b',') | (b == b'!') | (b == b'?')
}

/// Visible characters under each node (whitespace and unrendered subtrees excluded), of
/// those the characters of prose text nodes, and whether the node holds an image or video.
fn visible_chars(dom: &Dom) -> (Vec<u32>, Vec<u32>, Vec<bool>) {
    let n = dom.nodes.len();
    let mut chars = vec![0u32; n];
    let mut prose = vec![0u32; n];
    let mut media = vec![false; n];
    let mut i = 0;
    while i < n {
        match dom.nodes[i].kind {
            Kind::Element(Tag::Img | Tag::Picture | Tag::Video) => media[i] = true,
            Kind::Element(tag) if is_unrendered(tag) => {
                i = dom.nodes[i].end;
                continue;
            }
            Kind::Text => {
                if let Some(t) = dom.text(i) {
                    let visible = visible_count(t.as_bytes());
                    chars[i] = visible;
                    if visible >= PROSE_NODE_CHARS && has_sentence_mark(t.as_bytes()) {
                        prose[i] = visible;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if p != NO_PARENT {
            chars[p] = chars[p].saturating_add(chars[i]);
            prose[p] = prose[p].saturating_add(prose[i]);
            media[p] |= media[i];
        }
    }
    (chars, prose, media)
}

fn describe(dom: &Dom, i: Ix, rule: Rule) -> String {
    let name = dom.name(i).unwrap_or_default();
    let what = match rule {
        Rule::Tag => return format!("strip: <{name}> is never content"),
        Rule::Hidden => "hidden",
        Rule::Role => "chrome role",
        Rule::Class { .. } => "chrome class/id",
    };
    let mut attrs = String::new();
    for k in ["role", "id", "class"] {
        if let Some(a) = dom.attr(i, k) {
            attrs.push_str(&format!(" {k}=\"{}\"", a.trim()));
        }
    }
    format!("strip: {what} <{name}{attrs}>")
}

/// The first words of the text under `i`, for `--explain`.
pub(crate) fn first_words(dom: &Dom, i: Ix) -> String {
    /// How many characters of a dropped block `--explain` shows.
    const SHOWN_CHARS: usize = 60;
    let mut out = String::new();
    let mut j = i;
    while j < dom.nodes[i].end && out.chars().count() < SHOWN_CHARS {
        if let Kind::Element(t) = dom.nodes[j].kind {
            if is_unrendered(t) {
                j = dom.nodes[j].end;
                continue;
            }
        }
        if let Some(t) = dom.text(j) {
            for w in t.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        j += 1;
    }
    out.chars().take(SHOWN_CHARS).collect()
}

/// The flags found so far on one element's class/id, and its first chrome word.
struct Found<'a> {
    flags: u8,
    word: Option<&'static str>,
    ignored: &'a [&'a str],
}

impl Found<'_> {
    fn add(&mut self, entry: Option<(&&'static str, &u8)>) {
        let Some((&key, &f)) = entry else {
            return;
        };
        if f & (CHROME | STRONG) != 0 && self.ignored.contains(&key) {
            return;
        }
        if self.word.is_none() && f & CHROME != 0 {
            self.word = Some(key);
        }
        self.flags |= f;
    }
}

/// Lower-case tokens of class/id values, reused across elements.
#[derive(Default)]
struct Tokens {
    buf: String,
    spans: Vec<(usize, usize)>,
    pair: String,
}

impl Tokens {
    fn clear(&mut self) {
        self.buf.clear();
        self.spans.clear();
    }

    /// Splits a class or id value on non-alphanumerics and camelCase humps.
    fn push_value(&mut self, value: &str) {
        if value.is_ascii() {
            self.push_ascii(value.as_bytes());
        } else {
            self.push_unicode(value);
        }
        // A value boundary must not join tokens into a pair.
        self.spans.push((self.buf.len(), self.buf.len()));
    }

    /// [`Tokens::push_value`] for an ASCII value (nearly all of them), byte by byte.
    fn push_ascii(&mut self, value: &[u8]) {
        let mut start = self.buf.len();
        let (mut prev_lower, mut prev_upper) = (false, false);
        for (k, &c) in value.iter().enumerate() {
            if !c.is_ascii_alphanumeric() {
                self.close(start);
                start = self.buf.len();
                (prev_lower, prev_upper) = (false, false);
                continue;
            }
            if c.is_ascii_uppercase() {
                let next_lower = value.get(k + 1).is_some_and(u8::is_ascii_lowercase);
                if prev_lower || (prev_upper && next_lower) {
                    self.close(start);
                    start = self.buf.len();
                }
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            prev_upper = c.is_ascii_uppercase();
            self.buf.push(char::from(c.to_ascii_lowercase()));
        }
        self.close(start);
    }

    /// [`Tokens::push_value`] for a value with non-ASCII letters.
    fn push_unicode(&mut self, value: &str) {
        let mut start = self.buf.len();
        let mut prev_lower = false;
        let mut prev_upper = false;
        let mut chars = value.chars().peekable();
        while let Some(c) = chars.next() {
            if !(c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())) {
                self.close(start);
                start = self.buf.len();
                prev_lower = false;
                prev_upper = false;
                continue;
            }
            let next_lower = chars.peek().is_some_and(|n| n.is_lowercase());
            // `camelCase` and `HTMLParser`-style humps.
            if c.is_uppercase() && (prev_lower || (prev_upper && next_lower)) {
                self.close(start);
                start = self.buf.len();
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            prev_upper = c.is_uppercase();
            if c.is_ascii() {
                self.buf.push(c.to_ascii_lowercase());
            } else {
                self.buf.extend(c.to_lowercase());
            }
        }
        self.close(start);
    }

    fn close(&mut self, start: usize) {
        if self.buf.len() > start {
            self.spans.push((start, self.buf.len()));
        }
    }

    /// The union of the flags of every token and adjacent pair, and the first chrome
    /// word (token or pair) among them; chrome words in `ignored` count for nothing.
    fn flags(&mut self, ignored: &[&str]) -> (u8, Option<&'static str>) {
        let map = &*TOKEN_FLAGS;
        let mut found = Found {
            flags: 0,
            word: None,
            ignored,
        };
        for &(a, b) in &self.spans {
            if a < b {
                found.add(map.get_key_value(&self.buf[a..b]));
            }
        }
        // Pairs are looked up only when some token begins one.
        if found.flags & PAIR_HEAD != 0 {
            self.find_pair(|pair| {
                found.add(map.get_key_value(pair));
                false
            });
        }
        (found.flags & !PAIR_HEAD, found.word)
    }

    #[cfg(test)]
    fn any(&self, mut f: impl FnMut(&str) -> bool) -> bool {
        self.spans
            .iter()
            .filter(|(a, b)| a < b)
            .any(|&(a, b)| f(&self.buf[a..b]))
    }

    #[cfg(test)]
    fn any_pair(&mut self, f: impl FnMut(&str) -> bool) -> bool {
        self.find_pair(f)
    }

    /// Calls `f` on each adjacent pair of tokens ("first second") until it returns true.
    fn find_pair(&mut self, mut f: impl FnMut(&str) -> bool) -> bool {
        for w in self.spans.windows(2) {
            let ((a, b), (c, d)) = (w[0], w[1]);
            if a == b || c == d {
                continue;
            }
            self.pair.clear();
            self.pair.push_str(&self.buf[a..b]);
            self.pair.push(' ');
            self.pair.push_str(&self.buf[c..d]);
            if f(&self.pair) {
                return true;
            }
        }
        false
    }
}

/// Builds the class-token table and the app-store automaton now.
pub(crate) fn warm_up() {
    LazyLock::force(&TOKEN_FLAGS);
    LazyLock::force(&APP_STORES);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_attribute_read_here_is_kept_by_the_guard() {
        for name in [
            "hidden",
            "aria-hidden",
            "style",
            "class",
            "id",
            "role",
            "href",
            "type",
        ] {
            assert!(crate::read::is_kept_attribute(name.as_bytes()), "{name}");
        }
        assert!(crate::read::is_kept_attribute(b"TYPE"), "case ignored");
        assert!(!crate::read::is_kept_attribute(b"data-src"));
    }

    fn kept_text(html: &str) -> String {
        let dom = Dom::parse(html);
        let s = strip(&dom, false);
        let mut out = String::new();
        for i in 0..dom.nodes.len() {
            if !s.dropped[i] {
                if let Some(t) = dom.text(i) {
                    out.push_str(t.trim());
                    out.push('|');
                }
            }
        }
        out
    }

    #[test]
    fn drops_scripts_navs_and_hidden() {
        let t = kept_text(
            "<body><script>x()</script><nav>menu</nav><p>keep</p>\
             <div style='display: none'>gone</div><div hidden>gone2</div></body>",
        );
        assert_eq!(t, "keep|");
    }

    #[test]
    fn drops_chrome_classes_but_not_content() {
        let prose = "هذه فقرة طويلة من نص المقال، فيها جمل كثيرة تكفي لتعد نثرا حقيقيا في الصفحة، \
                     وتمتد بما يكفي لتكون أطول من عتبة النثر.";
        let t = kept_text(&format!(
            "<body><div class='post-content share-enabled'>{prose}</div>\
             <div class='relatedPosts'>b</div><div id='back-to-top'>c</div>\
             <div class='TrendingNewBlock'>d</div><div class='comments-area'>e</div>\
             <div class='field--name-comment-body'>f</div><div class='prev_next_text'>g</div></body>"
        ));
        assert_eq!(t, format!("{prose}|"));
    }

    #[test]
    fn byte_census_matches_a_char_census() {
        for t in [
            "نص، مع علامات؟",
            "plain words here",
            " \t\n",
            "a.b",
            "٪٠١٢ كلمة؛",
            "ــ",
            &"كلمة طويلة ".repeat(60),
            &format!("{}؟", "كلمة ".repeat(100)),
            &format!("{}.", "word ".repeat(100)),
            "؟",
            "x",
        ] {
            let visible = t.chars().filter(|c| !c.is_whitespace()).count() as u32;
            let marks = t
                .chars()
                .any(|c| matches!(c, '.' | '،' | ',' | '؛' | '؟' | '?' | '!'));
            let census = (visible_count(t.as_bytes()), has_sentence_mark(t.as_bytes()));
            assert_eq!(census, (visible, marks), "{t:?}");
        }
    }

    #[test]
    fn ascii_and_unicode_tokenisers_agree() {
        for v in [
            "BGCommentSBar most-read",
            "HTMLParser xmlHTTPRequest a1B2c3 __x--y__ ABC abc Abc aBC",
            "post_content2 relatedPosts TrendingNewBlock col-md-8",
            "",
            "-",
            "A",
        ] {
            let (mut a, mut u) = (Tokens::default(), Tokens::default());
            a.push_ascii(v.as_bytes());
            u.push_unicode(v);
            assert_eq!((a.buf, a.spans), (u.buf, u.spans), "{v:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_tokeniser_matches_the_unicode_one(v in "[a-zA-Z0-9 _-]{0,40}") {
            let (mut a, mut u) = (Tokens::default(), Tokens::default());
            a.push_ascii(v.as_bytes());
            u.push_unicode(&v);
            proptest::prop_assert_eq!((a.buf, a.spans), (u.buf, u.spans));
        }
    }

    #[test]
    fn camel_case_and_pairs_tokenise() {
        let mut t = Tokens::default();
        t.push_value("BGCommentSBar most-read");
        assert!(t.any(|x| x == "comment"));
        assert!(t.any_pair(|p| p == "most read"));
    }

    const PROSE_EN: &str = "The council voted on Tuesday to extend the night bus routes, and the \
        change takes effect next month after a short trial.";

    #[test]
    fn a_builder_word_on_every_block_is_layout_but_a_real_widget_is_chrome() {
        let blocks: String = (0..6)
            .map(|k| {
                format!(
                    "<section><div class=col><div class='pb-widget-wrap pb-el-{k}'>\
                     <p>{PROSE_EN}</p></div></div></section>"
                )
            })
            .collect();
        let t = kept_text(&format!(
            "<body><main>{blocks}</main><div class='side'><div class='widget'>\
             <p>{PROSE_EN}</p></div></div></body>"
        ));
        // The word is ignored page-wide, so the sidebar's widget is kept too and left to
        // `locate`, which picks the container of the six.
        assert_eq!(t.matches("The council").count(), 7, "{t}");
        // Without the repeated blocks, the same words still drop a lone widget.
        let t = kept_text(&format!(
            "<body><div id=story><p>{PROSE_EN}</p><p>{PROSE_EN}</p><p>{PROSE_EN}</p></div>\
             <div class='widget'><p>{PROSE_EN} Extra.</p></div></body>"
        ));
        assert_eq!(t.matches("The council").count(), 3, "{t}");
        assert!(!t.contains("Extra"), "{t}");
    }

    #[test]
    fn a_builder_word_on_the_article_panel_is_layout_for_its_sibling_panels() {
        // The first panel holds most of the prose and is kept for it; the same word on
        // the other panels then names the builder's blocks, not chrome.
        let long: String = (0..8).map(|_| format!("<p>{PROSE_EN}</p>")).collect();
        let t = kept_text(&format!(
            "<body><div class=grid><div class='tile-widget tile-text'>{long}</div>\
             <div class='tile-widget'><h2>Second part</h2></div>\
             <div class='tile-widget tile-text'><p>{PROSE_EN} Second.</p></div></div></body>",
        ));
        assert!(t.contains("Second part") && t.contains("Second."), "{t}");
        // Drops inside the kept wrapper (a carousel's own slides) leave the word chrome.
        let slides: String = (0..3)
            .map(|k| format!("<span class='promo-slide s{k}'>{PROSE_EN} Offer {k}.</span>"))
            .collect();
        let t = kept_text(&format!(
            "<body><div class='promo-strip'>{slides}{long}</div><p>Short.</p></body>"
        ));
        assert!(!t.contains("Offer 1"), "{t}");
    }

    #[test]
    fn story_text_inside_a_related_wrapper_is_kept_and_its_link_box_is_not() {
        let story: String = (0..3)
            .map(|k| format!("<p>{PROSE_EN} Part {k}.</p>"))
            .collect();
        let lead: String = (0..6).map(|_| format!("<p>{PROSE_EN}</p>")).collect();
        let t = kept_text(&format!(
            "<body><main><div class=story>{lead}</div>\
             <div class='also-article-box' id=more-reading-related>\
             <div class=related-links><a href=/x>Another story</a> <a href=/y>And one more</a></div>\
             <div class='story-text' id=more-reading-related-text>{story}</div></div></main></body>"
        ));
        assert!(t.contains("Part 2."), "{t}");
        assert!(!t.contains("Another story"), "{t}");
        // The same wrapper without text named as the story's stays chrome.
        let t = kept_text(&format!(
            "<body><main><div class=story>{lead}</div>\
             <div class='also-article-box' id=more-reading-related>\
             <div class=teaser-list>{story}</div></div></main></body>"
        ));
        assert!(!t.contains("Part 2."), "{t}");
    }

    #[test]
    fn the_text_a_more_control_reveals_is_kept_a_more_box_of_links_is_not() {
        let lead: String = (0..6).map(|_| format!("<p>{PROSE_EN}</p>")).collect();
        let t = kept_text(&format!(
            "<body><div class=story>{lead}<div class=faq><h3>How long does it \
             take?</h3><div class='ReadMoreAnswer_textWrap'><p>Crossings take forty minutes \
             in calm weather, and an hour or a little more when the wind is up from the west.</p></div></div></div>\
             <div class=read-more><a href=/x>Harbour works begin</a><p>Elsewhere, the \
             quay will close for a week.</p></div></body>"
        ));
        assert!(t.contains("Crossings take forty minutes"), "{t}");
        assert!(!t.contains("Elsewhere"), "{t}");
        assert!(!t.contains("Harbour works"), "{t}");
    }

    #[test]
    fn a_heading_anchor_id_is_not_a_chrome_name() {
        let t = kept_text(&format!(
            "<body><div class=story><p>{PROSE_EN}</p><h2 id=most-popular-night-routes>Most \
             popular night routes</h2><p>{PROSE_EN}</p></div><div id=popular-posts><p>Elsewhere.\
             </p></div></body>"
        ));
        assert!(t.contains("Most popular night routes"), "{t}");
        assert!(!t.contains("Elsewhere"), "{t}");
    }

    #[test]
    fn a_carousel_of_promotions_longer_than_the_article_is_still_chrome() {
        let slides: String = (0..6)
            .map(|k| format!("<div class='promo-slide promo-{k}'>Offer {k}: {PROSE_EN}</div>"))
            .collect();
        let t = kept_text(&format!(
            "<body><div class=carousel>{slides}</div><div id=story><p>{PROSE_EN}</p></div></body>"
        ));
        assert_eq!(t.matches("The council").count(), 1, "{t}");
        assert!(!t.contains("Offer"), "{t}");
    }

    #[test]
    fn a_layout_named_after_its_sidebar_keeps_the_article_and_drops_the_sidebar() {
        let t = kept_text(&format!(
            "<body><div class='with-sidebar-layout'><div class=main-col><p>{PROSE_EN}</p>\
             <p>{PROSE_EN}</p></div><div class=sidebar><p>Popular now: {PROSE_EN}</p></div>\
             </div></body>"
        ));
        assert_eq!(t.matches("The council").count(), 2, "{t}");
        assert!(!t.contains("Popular now"), "{t}");
    }

    #[test]
    fn an_app_store_box_is_dropped_but_a_store_link_in_running_text_is_kept() {
        let t = kept_text(&format!(
            "<body><div id=story><p>{PROSE_EN}</p><p>The ferry company's new \
             <a href='https://apps.apple.com/app/id1'>timetable app</a> shows delays.</p>\
             </div><div><div>Get our app now</div><div>News wherever you are</div>\
             <div><a href='https://play.google.com/store/apps/details?id=x'><img alt=''></a>\
             <a href='https://apps.apple.com/app/id2'><img alt=''></a></div></div></body>"
        ));
        assert!(t.contains("timetable app"), "{t}");
        assert!(!t.contains("Get our app"), "{t}");
        assert!(!t.contains("wherever"), "{t}");
    }

    #[test]
    fn an_accordion_panel_is_kept_a_hidden_dialog_is_not() {
        let t = kept_text(&format!(
            "<body><div id=story><p>{PROSE_EN}</p>\
             <h3><button aria-expanded=false>Timetable</button></h3>\
             <div hidden><p>Buses leave every ten minutes at peak hours, and every half \
             hour in the evening, from the square.</p></div></div>\
             <div role=presentation hidden><p>We use cookies to remember your settings, \
             and you can change your choice at any time.</p></div></body>"
        ));
        assert!(t.contains("every ten minutes"), "{t}");
        assert!(!t.contains("cookies"), "{t}");
    }

    #[test]
    fn a_disclosure_buttons_label_heads_its_prose_panel_a_menu_toggle_does_not() {
        let t = kept_text(&format!(
            "<body><div id=story><p>{PROSE_EN}</p>\
             <div class=item><div class=head><button aria-expanded=true>How late do the \
             buses run?</button></div><div class=panel><p>Until one in the morning on \
             weekdays, and until three on Friday and Saturday nights, the office says.</p>\
             </div></div>\
             <div><button aria-expanded=false>Lines</button><ul><li><a href=/1>Line 1</a>\
             </li><li><a href=/2>Line 2</a></li></ul></div>\
             <div><button>Print this page</button><p>{PROSE_EN}</p></div></div></body>"
        ));
        assert!(t.contains("How late do the"), "{t}");
        assert!(t.contains("Until one in the morning"), "{t}");
        assert!(!t.contains("Lines|"), "{t}");
        assert!(!t.contains("Print this page"), "{t}");
    }

    #[test]
    fn a_call_to_action_wrapper_is_chrome() {
        let t = kept_text(&format!(
            "<body><div id=story><p>{PROSE_EN}</p>\
             <div class=inline-cta><p>Moving house soon? Let us carry the boxes! \
             <a href=/book>Book a van</a></p></div><p>{PROSE_EN}</p></div></body>"
        ));
        assert_eq!(t.matches("The council").count(), 2, "{t}");
        assert!(!t.contains("Moving house"), "{t}");
    }

    #[test]
    fn a_page_wide_form_does_not_shrink_the_measure_of_a_wrapper() {
        // ASP.NET wraps the whole page in a form: a small teaser box inside it is still
        // small.
        let t = kept_text(&format!(
            "<body><form id=page><div id=story><p>{PROSE_EN}</p><p>{PROSE_EN}</p>\
             <p>{PROSE_EN}</p></div><div class=promo><p>Teaser: {PROSE_EN}</p></div>\
             </form></body>"
        ));
        assert_eq!(t.matches("The council").count(), 3, "{t}");
        assert!(!t.contains("Teaser"), "{t}");
    }

    #[test]
    fn a_wrapper_holding_the_whole_page_is_not_dropped_for_a_weak_token() {
        let body = "نص المقال الطويل، ".repeat(50);
        let t = kept_text(&format!(
            "<body><div class='widget-area'><p>{body}</p></div></body>"
        ));
        assert!(t.contains("نص المقال"), "{t}");
    }
}
