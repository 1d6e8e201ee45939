//! The one walk over the whole page that gathers what the metadata stage reads: `<html>`
//! and `<body>` attributes, `<title>`, `<meta>`, canonical links, JSON-LD blocks,
//! `<time>` elements, headings, breadcrumb/byline/tag containers and microdata. Also the
//! small DOM readers the other metadata modules share (class tokens, element text, the
//! lines of text near the headline).

use crate::lexicon::dates as lex;
use crate::parse::{Dom, Ix, Kind, Tag};
use std::borrow::Cow;
use std::sync::LazyLock;

use super::clean::Collapsed;

/// An attribute's local name (an html5ever atom).
type AttrName = html5ever::LocalName;

/// The attribute names the metadata stage reads, as html5ever atoms: comparing an
/// attribute's local name with one of them is one integer comparison, where comparing
/// strings first looks the atom's text up.
struct Names {
    class: AttrName,
    id: AttrName,
    itemprop: AttrName,
    datetime: AttrName,
    content: AttrName,
    pubdate: AttrName,
    rel: AttrName,
    aria_label: AttrName,
    itemtype: AttrName,
    property: AttrName,
    name: AttrName,
    http_equiv: AttrName,
}

/// The attribute that tells a JSON-LD `<script>` (kept by the guard).
const TYPE: &str = "type";

/// An attribute name's atom (a name the guard keeps: checked in debug builds).
fn attr_name(local: &str) -> AttrName {
    debug_assert!(
        crate::read::is_kept_attribute(local.as_bytes()),
        "attribute {local:?} is read but not in read::KEPT_ATTRIBUTES"
    );
    AttrName::from(local)
}

/// The atoms of [`Names`], made once.
static NAMES: LazyLock<Names> = LazyLock::new(|| Names {
    class: attr_name("class"),
    id: attr_name("id"),
    itemprop: attr_name("itemprop"),
    datetime: attr_name("datetime"),
    content: attr_name("content"),
    pubdate: attr_name("pubdate"),
    rel: attr_name("rel"),
    aria_label: attr_name("aria-label"),
    itemtype: attr_name("itemtype"),
    property: attr_name("property"),
    name: attr_name("name"),
    http_equiv: attr_name("http-equiv"),
});

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

/// Everything the walk found, in document order. Meta keys and contents are borrowed
/// from the page (a key is copied only to lower-case it).
#[derive(Debug, Default)]
pub struct Scan<'a> {
    pub html_lang: Option<String>,
    pub html_dir: Option<String>,
    pub body_dir: Option<String>,
    pub title: Option<String>,
    /// (lower-case `property`/`name`/`itemprop`/`http-equiv`, `content`).
    pub metas: Vec<(Cow<'a, str>, &'a str)>,
    pub canonical: Option<String>,
    pub ld_blocks: Vec<Cow<'a, str>>,
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
    /// [`skipped`] of every element the walk looked at, for the later readers.
    pub skips: Skips,
}

/// [`Skips`] entry of a node the walk did not look at (inside a skipped subtree).
const SKIP_UNKNOWN: u8 = 0;
/// [`Skips`] entry of a node that is not skipped.
const SKIP_NO: u8 = 1;
/// [`Skips`] entry of a node that is skipped.
const SKIP_YES: u8 = 2;

/// [`skipped`] per node as the walk found it, so that the text readers need not look at
/// class and id again; nodes the walk never reached are looked at when asked about.
#[derive(Debug, Default)]
pub struct Skips(Vec<u8>);

impl Skips {
    /// Whether node `j` is [`skipped`].
    pub fn is(&self, dom: &Dom, j: Ix) -> bool {
        match self.0.get(j) {
            Some(&SKIP_NO) => false,
            Some(&SKIP_YES) => true,
            _ => skipped(dom, j),
        }
    }

    /// Records what the walk found for node `j`.
    fn set(&mut self, j: Ix, skip: bool) {
        if let Some(v) = self.0.get_mut(j) {
            *v = if skip { SKIP_YES } else { SKIP_NO };
        }
    }
}

impl Scan<'_> {
    /// [`text_of`] with the walk's skip marks.
    pub fn text_of(&self, dom: &Dom, i: Ix) -> String {
        text_with(dom, &self.skips, i)
    }

    /// [`lines_with`] the walk's skip marks.
    pub fn lines(&self, dom: &Dom, from: Ix, to: Ix, max: usize) -> Vec<(String, Ix)> {
        lines_with(dom, &self.skips, from, to, max)
    }
}

/// Longest table word the [`TokenFilter`] tells apart by length; longer parts pass it.
const FILTER_MAX_LEN: usize = 31;

/// A cheap, exact-for-rejection pre-test of class/id token parts against word tables:
/// per lower-cased first byte, and per lower-cased last byte, the set of lengths (bits)
/// of the words that begin (end) with it. Most parts of a page's class names (`col`,
/// `md`, `wrapper`, `content`) fail it, so the case-insensitive comparisons with each
/// table word run only for the few that pass.
struct TokenFilter {
    first: [u32; 256],
    last: [u32; 256],
}

impl TokenFilter {
    fn new(tables: &[&[&str]]) -> TokenFilter {
        let (mut first, mut last) = ([0u32; 256], [0u32; 256]);
        for w in tables.iter().flat_map(|t| t.iter()) {
            let b = w.as_bytes();
            for (set, byte) in [(&mut first, b.first()), (&mut last, b.last())] {
                // Both cases of a letter get the entry, so parts are looked up as they are.
                let lower = byte.map(u8::to_ascii_lowercase);
                for c in [lower, lower.map(|c| c.to_ascii_uppercase())]
                    .into_iter()
                    .flatten()
                {
                    if let Some(m) = set.get_mut(usize::from(c)) {
                        *m |= Self::bit(w.len());
                    }
                }
            }
        }
        TokenFilter { first, last }
    }

    /// The length's bit; all lengths past [`FILTER_MAX_LEN`] share the top bit.
    fn bit(len: usize) -> u32 {
        1 << len.min(FILTER_MAX_LEN)
    }

    /// `false` only when no table word can equal `part` (ASCII case ignored).
    fn may_match(&self, part: &[u8]) -> bool {
        let (Some(&f), Some(&l)) = (part.first(), part.last()) else {
            return false;
        };
        self.first[usize::from(f)] & self.last[usize::from(l)] & Self::bit(part.len()) != 0
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

/// Calls `token` with each token of a class/id list (split at ASCII whitespace, as
/// `split_ascii_whitespace` does) and `part` with each non-empty part of a token (split
/// at `-` and `_`), in one pass over the bytes. Empty parts are left out: no table word
/// is empty.
fn for_each_token(list: &str, mut token: impl FnMut(&[u8]), mut part: impl FnMut(&[u8])) {
    let b = list.as_bytes();
    let (mut tok_start, mut part_start) = (0, 0);
    for_each_delimiter(b, |i, kind| {
        if let Some(p) = b.get(part_start..i).filter(|p| !p.is_empty()) {
            part(p);
        }
        part_start = i + 1;
        if kind == SPACE_BYTE {
            if let Some(t) = b.get(tok_start..i).filter(|t| !t.is_empty()) {
                token(t);
            }
            tok_start = i + 1;
        }
    });
    if let Some(p) = b.get(part_start..).filter(|p| !p.is_empty()) {
        part(p);
    }
    if let Some(t) = b.get(tok_start..).filter(|t| !t.is_empty()) {
        token(t);
    }
}

/// Each byte set to 1.
const LANES_1: u64 = u64::from_le_bytes([1; 8]);
/// Each byte's high bit.
const LANES_HIGH: u64 = LANES_1 * 0x80;

/// The high bit of each byte of `w` that is at most `0x20` (all ASCII whitespace and
/// the other control bytes). No carry crosses a byte: the sums stay below `0x100`.
fn lanes_at_most_space(w: u64) -> u64 {
    !(((w & !LANES_HIGH) + LANES_1 * (0x7f - 0x20)) | w) & LANES_HIGH
}

/// The high bit of each byte of `w` equal to `c`.
fn lanes_equal(w: u64, c: u8) -> u64 {
    let x = w ^ (LANES_1 * u64::from(c));
    !(((x & !LANES_HIGH) + !LANES_HIGH) | x) & LANES_HIGH
}

/// Calls `f(i, kind)` for each byte `i` of `b` that ends a part ([`PART_BYTE`] or
/// [`SPACE_BYTE`]), in order, eight bytes at a time: class lists are mostly word bytes.
fn for_each_delimiter(b: &[u8], mut f: impl FnMut(usize, u8)) {
    let mut report = |mut m: u64, base: usize| {
        while m != 0 {
            let i = base + m.trailing_zeros() as usize / 8;
            m &= m - 1;
            // Control bytes other than whitespace were flagged too: they are word bytes.
            let kind = b.get(i).map_or(WORD_BYTE, |&c| TOKEN_BYTES[usize::from(c)]);
            if kind != WORD_BYTE {
                f(i, kind);
            }
        }
    };
    let mask = |w: u64| lanes_at_most_space(w) | lanes_equal(w, b'-') | lanes_equal(w, b'_');
    let mut chunks = b.chunks_exact(8);
    let mut base = 0;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        report(mask(u64::from_le_bytes(w)), base);
        base += 8;
    }
    // The tail, padded with bytes that are never delimiters.
    let rest = chunks.remainder();
    let mut w = [0xffu8; 8];
    if let Some(head) = w.get_mut(..rest.len()) {
        head.copy_from_slice(rest);
    }
    report(mask(u64::from_le_bytes(w)), base);
}

/// [`TOKEN_BYTES`] of a byte inside a token part.
const WORD_BYTE: u8 = 0;
/// [`TOKEN_BYTES`] of `-` and `_`, which end a part.
const PART_BYTE: u8 = 1;
/// [`TOKEN_BYTES`] of ASCII whitespace (`u8::is_ascii_whitespace`), which ends a token.
const SPACE_BYTE: u8 = 2;

/// What each byte of a class/id list does to its tokens.
static TOKEN_BYTES: [u8; 256] = {
    let mut t = [WORD_BYTE; 256];
    t[b'-' as usize] = PART_BYTE;
    t[b'_' as usize] = PART_BYTE;
    let mut c = 0;
    while c < 256 {
        if (c as u8).is_ascii_whitespace() {
            t[c] = SPACE_BYTE;
        }
        c += 1;
    }
    t
};

/// Whether `part` equals a word of `table`, ASCII case ignored.
fn in_token_table(table: &[&str], part: &[u8]) -> bool {
    table
        .iter()
        .any(|x| x.as_bytes().eq_ignore_ascii_case(part))
}

/// Whether a class/id token list has a part (split at `-` and `_`) in `COMMENT_TOKENS`.
fn comment_marked(list: &str) -> bool {
    let filter = &*COMMENT_FILTER;
    let mut found = false;
    for_each_token(
        list,
        |_| {},
        |p| found = found || (filter.may_match(p) && in_token_table(lex::COMMENT_TOKENS, p)),
    );
    found
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

/// The values of element `i`'s class and id attributes, in one pass over its attributes.
fn class_and_id(dom: &Dom, i: Ix) -> [Option<&str>; 2] {
    let mut out = [None, None];
    let n = &*NAMES;
    for a in dom.attrs(i) {
        if a.name.local == n.class {
            out[0] = Some(&*a.value);
        } else if a.name.local == n.id {
            out[1] = Some(&*a.value);
        }
    }
    out
}

/// Whether element `i`'s class or id marks it with one of `parts` or `whole`.
pub fn marked(dom: &Dom, i: Ix, parts: &[&str], whole: &[&str]) -> bool {
    class_and_id(dom, i)
        .into_iter()
        .flatten()
        .any(|list| list_marked(list, parts, whole))
}

/// Whether nothing inside a `tag` element is metadata or visible text, whatever its
/// attributes: scripts, styles, templates, vector graphics and drop-down lists.
fn skipped_tag(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Script | Tag::Style | Tag::Noscript | Tag::Template | Tag::Svg | Tag::Select
    )
}

/// Whether nothing inside node `i` is metadata or visible text of the article:
/// scripts, styles, templates, and reader comments.
pub fn skipped(dom: &Dom, i: Ix) -> bool {
    match dom.tag(i) {
        Some(t) if skipped_tag(t) => true,
        Some(_) => class_and_id(dom, i)
            .into_iter()
            .flatten()
            .any(comment_marked),
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
    /// The attributes of element `i`; `None` when it has none (nothing to read).
    /// Inlined, so that the walk builds the record in place.
    #[inline(always)]
    fn of(dom: &'a Dom, i: Ix) -> Option<Attrs<'a>> {
        let attrs = dom.attrs(i);
        if attrs.is_empty() {
            return None;
        }
        let mut a = Attrs::default();
        let n = &*NAMES;
        // Values are read only for the names wanted (most attributes are not).
        for html5ever::Attribute { name, value } in attrs {
            let local = &name.local;
            if *local == n.class {
                a.class = Some(&**value);
            } else if *local == n.id {
                a.id = Some(&**value);
            } else if *local == n.itemprop {
                a.itemprop = Some(value.trim());
            } else if *local == n.datetime {
                a.datetime = Some(&**value);
            } else if *local == n.content {
                a.content = Some(&**value);
            } else if *local == n.pubdate {
                a.pubdate = true;
            } else if *local == n.rel {
                a.rel = Some(&**value);
            } else if *local == n.aria_label {
                a.aria_label = Some(&**value);
            } else if *local == n.itemtype {
                a.itemtype = Some(&**value);
            }
        }
        Some(a)
    }

    /// Which marks the element's class and id carry, in one pass over their tokens.
    fn marks(&self) -> Marks {
        let mut m = Marks::default();
        let mut tags_class = false;
        let (parts, wholes) = (&*MARK_FILTER, &*TAG_CLASS_FILTER);
        for list in [self.class, self.id].into_iter().flatten() {
            for_each_token(
                list,
                |tok| {
                    tags_class |= wholes.may_match(tok) && in_token_table(lex::TAG_CLASSES, tok);
                },
                |p| {
                    if parts.may_match(p) {
                        let is = |table: &[&str]| in_token_table(table, p);
                        m.comment |= is(lex::COMMENT_TOKENS);
                        m.author |= is(lex::AUTHOR_TOKENS);
                        m.tags |= is(lex::TAG_TOKENS);
                        m.crumb |= is(lex::BREADCRUMB_TOKENS);
                    }
                },
            );
        }
        m.tags |= tags_class;
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

/// A `<meta>`'s key (the first non-empty of `property`, `name`, `itemprop`,
/// `http-equiv`, trimmed and lower-cased) and its `content`, in one pass over its
/// attributes.
fn meta_pair(dom: &Dom, i: Ix) -> Option<(Cow<'_, str>, &str)> {
    let mut keys: [Option<&str>; 4] = [None; 4];
    let mut content = None;
    let n = &*NAMES;
    for html5ever::Attribute { name, value } in dom.attrs(i) {
        let local = &name.local;
        if *local == n.property {
            keys[0] = Some(&**value);
        } else if *local == n.name {
            keys[1] = Some(&**value);
        } else if *local == n.itemprop {
            keys[2] = Some(&**value);
        } else if *local == n.http_equiv {
            keys[3] = Some(&**value);
        } else if *local == n.content {
            content = Some(&**value);
        }
    }
    let key = keys
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|k| !k.is_empty())?;
    let key = if key.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(key.to_ascii_lowercase())
    } else {
        Cow::Borrowed(key)
    };
    Some((key, content?.trim()))
}

/// Whether a `<script>`'s `type` names JSON-LD (`application/ld+json`, any case). Only
/// a `type` without namespace counts (not MathML's `xlink:type`), as with [`Dom::attr`].
fn is_ld_script(dom: &Dom, i: Ix) -> bool {
    let ty = dom
        .attrs(i)
        .iter()
        .find(|a| a.name.ns.is_empty() && &*a.name.local == TYPE)
        .map_or("", |a| &*a.value);
    ty.as_bytes()
        .windows(b"ld+json".len())
        .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

/// Where the walk goes after a node.
enum Step {
    /// Into the node's children.
    Into,
    /// Past the node's subtree.
    Past,
}

/// Reads the tags the walk treats on their own (`<html>`, `<meta>`, `<script>`, …).
fn read_tag<'a>(dom: &'a Dom, s: &mut Scan<'a>, i: Ix, tag: Tag) -> Option<Step> {
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
            s.metas.extend(meta_pair(dom, i));
            return Some(Step::Into);
        }
        Tag::Link => {
            if s.canonical.is_none() && Attrs::of(dom, i).is_some_and(|a| a.rel_has("canonical")) {
                s.canonical = dom
                    .attr(i, "href")
                    .map(|h| h.trim().to_string())
                    .filter(|h| !h.is_empty());
            }
            return Some(Step::Into);
        }
        Tag::Script => {
            if is_ld_script(dom, i) {
                s.ld_blocks.push(raw_text(dom, i));
            }
            s.skips.set(i, true);
            return Some(Step::Past);
        }
        Tag::Style | Tag::Template | Tag::Svg => {
            s.skips.set(i, true);
            return Some(Step::Past);
        }
        Tag::H1 if s.h1s.len() < MAX_H1 => s.h1s.push(i),
        Tag::Article if s.first_article.is_none() => s.first_article = Some(i),
        _ => {}
    }
    None
}

/// Subtree ends of the outermost breadcrumb, byline and tag containers found so far:
/// containers inside them are not recorded again.
#[derive(Default)]
struct Until {
    crumb: Ix,
    byline: Ix,
    tags: Ix,
}

/// Reads an element's attributes: comment marks, dates, microdata, containers.
fn read_attrs(dom: &Dom, s: &mut Scan, until: &mut Until, i: Ix, tag: Tag) -> Step {
    let Some(a) = Attrs::of(dom, i) else {
        s.skips.set(i, skipped_tag(tag));
        return Step::Into;
    };
    let m = a.marks();
    s.skips.set(i, m.comment || skipped_tag(tag));
    if m.comment {
        return Step::Past;
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
    let end = dom.nodes[i].end;
    if i >= until.crumb && a.is_crumb(&m) {
        s.crumbs.push(i);
        until.crumb = end;
    }
    if i >= until.byline && (a.prop_is("author") || a.rel_has("author") || m.author) {
        s.bylines.push(i);
        until.byline = end;
    }
    if i >= until.tags && m.tags {
        s.tag_blocks.push(i);
        until.tags = end;
    }
    if tag == Tag::A && a.rel_has("tag") {
        s.rel_tags.push(i);
    }
    Step::Into
}

/// Walks the page once.
pub fn scan(dom: &Dom) -> Scan<'_> {
    let n = dom.nodes.len();
    let mut s = Scan {
        skips: Skips(vec![SKIP_UNKNOWN; n]),
        ..Scan::default()
    };
    let mut until = Until::default();
    let mut i = 0;
    while i < n {
        let Kind::Element(tag) = dom.nodes[i].kind else {
            i += 1;
            continue;
        };
        let step = match read_tag(dom, &mut s, i, tag) {
            Some(step) => step,
            None => read_attrs(dom, &mut s, &mut until, i, tag),
        };
        i = match step {
            Step::Into => i + 1,
            Step::Past => dom.nodes[i].end,
        };
    }
    s
}

/// The raw text inside an element (for `<script>`): borrowed from the page when it is
/// one text node, as it nearly always is.
fn raw_text(dom: &Dom, i: Ix) -> Cow<'_, str> {
    let mut out = Cow::Borrowed("");
    for j in i + 1..dom.nodes[i].end {
        if let Some(t) = dom.text(j) {
            if out.is_empty() {
                out = Cow::Borrowed(t);
            } else {
                out.to_mut().push_str(t);
            }
        }
    }
    out
}

/// Whether a `tag` element breaks the text into lines (a block or `<br>`).
fn breaks_line(tag: Tag) -> bool {
    tag.is_block() || tag == Tag::Br
}

/// The visible text of element `i`: text nodes joined, a space at block boundaries and
/// `<br>`, scripts and comments skipped, whitespace collapsed.
pub fn text_of(dom: &Dom, i: Ix) -> String {
    text_with(dom, &Skips::default(), i)
}

/// [`text_of`] with known skip marks.
fn text_with(dom: &Dom, skips: &Skips, i: Ix) -> String {
    let end = dom.nodes[i].end;
    let mut out = Collapsed::default();
    let mut open: Vec<Ix> = Vec::new();
    let mut j = i + 1;
    while j < end {
        while open.last().is_some_and(|&e| j >= e) {
            open.pop();
            out.space();
        }
        if skips.is(dom, j) {
            j = dom.nodes[j].end;
            continue;
        }
        match dom.nodes[j].kind {
            Kind::Text => out.push(dom.text(j).unwrap_or_default()),
            Kind::Element(t) if breaks_line(t) => {
                out.space();
                open.push(dom.nodes[j].end);
            }
            _ => {}
        }
        j += 1;
    }
    out.text
}

/// Ends the current line: kept (a copy, so the buffer keeps its memory) unless empty.
fn flush(cur: &mut Collapsed, start: Ix, out: &mut Vec<(String, Ix)>) {
    if !cur.is_empty() {
        out.push((cur.text.as_str().to_string(), start));
    }
    cur.clear();
}

/// Lines of visible text in `from..to` (a new line at every block boundary and `<br>`),
/// each with the node where it starts; empty lines dropped, at most `max` lines; `skips`
/// are the walk's skip marks.
fn lines_with(dom: &Dom, skips: &Skips, from: Ix, to: Ix, max: usize) -> Vec<(String, Ix)> {
    let to = to.min(dom.nodes.len());
    let mut out: Vec<(String, Ix)> = Vec::new();
    let mut cur = Collapsed::default();
    let mut start = from;
    // Ends of the open block elements: leaving one ends a line too.
    let mut open: Vec<Ix> = Vec::new();
    let mut j = from;
    while j < to && out.len() < max {
        while open.last().is_some_and(|&e| j >= e) {
            open.pop();
            flush(&mut cur, start, &mut out);
        }
        if skips.is(dom, j) {
            j = dom.nodes[j].end;
            continue;
        }
        match dom.nodes[j].kind {
            Kind::Text => {
                if cur.is_empty() {
                    start = j;
                }
                cur.push(dom.text(j).unwrap_or_default());
            }
            Kind::Element(t) if breaks_line(t) => {
                flush(&mut cur, start, &mut out);
                if dom.nodes[j].end > j + 1 {
                    open.push(dom.nodes[j].end);
                }
            }
            _ => {}
        }
        j += 1;
    }
    if out.len() < max {
        flush(&mut cur, start, &mut out);
    }
    out
}

/// Builds the name table and token filters now.
pub(crate) fn warm_up() {
    LazyLock::force(&NAMES);
    LazyLock::force(&MARK_FILTER);
    LazyLock::force(&TAG_CLASS_FILTER);
    LazyLock::force(&COMMENT_FILTER);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parts and tokens as `split_ascii_whitespace` and `split(['-', '_'])` give them.
    fn split_reference(list: &str) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
        let tokens = list
            .split_ascii_whitespace()
            .map(|t| t.as_bytes().to_vec())
            .collect();
        let parts = list
            .split_ascii_whitespace()
            .flat_map(|t| t.split(['-', '_']))
            .filter(|p| !p.is_empty())
            .map(|p| p.as_bytes().to_vec())
            .collect();
        (tokens, parts)
    }

    #[test]
    fn tokens_and_parts_match_the_std_splits() {
        let alphabet = [
            "a", "B", "-", "_", " ", "\t", "\n", "\x0b", "\x0c", "\r", "\x01", "\u{a0}", "ن",
            "\x7f", "!", "z",
        ];
        // Every list of up to four pieces of the alphabet, then longer mixes.
        let mut lists: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = lists
                .iter()
                .flat_map(|l| alphabet.iter().map(move |a| format!("{l}{a}")))
                .collect();
            lists.extend(longer);
            lists.dedup();
        }
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut l = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for k in 0..(seed >> 59) * 3 {
                l.push_str(alphabet[((seed >> (k % 60)) % alphabet.len() as u64) as usize]);
            }
            lists.push(l);
        }
        for l in &lists {
            let (mut tokens, mut parts) = (Vec::new(), Vec::new());
            for_each_token(l, |t| tokens.push(t.to_vec()), |p| parts.push(p.to_vec()));
            assert_eq!((tokens, parts), split_reference(l), "{l:?}");
        }
    }

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
