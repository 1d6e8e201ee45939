//! Block-aware text. [`segment`] walks the stripped tree once and cuts its text into
//! blocks the way a browser lays it out: a block per block-level element, `<br><br>`
//! runs, a single `<br>` after a finished sentence, spaces where inline boxes meet,
//! whitespace collapsed and stray bidi controls removed, the words never changed.
//! [`paragraphs`] (in [`body`]) then keeps the blocks of the located container that read as
//! body.

mod body;

pub use body::{baseline_paragraphs, drop_title, paragraphs};

use crate::article::Removed;
use crate::parse::{Dom, Ix, Kind, Tag};
use crate::strip::Stripped;

/// A run of text that a browser shows as one block.
#[derive(Debug, Clone)]
pub struct Block {
    /// The innermost block-level element around the text.
    pub owner: Ix,
    /// The tag of `owner`.
    pub owner_tag: Tag,
    /// The first text node of the block.
    pub first: Ix,
    /// The text, whitespace collapsed, trimmed.
    pub text: String,
    /// Characters that are not whitespace.
    pub chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// Sentence punctuation marks (Arabic and Latin).
    pub punct: u32,
    /// The block sits in a small wrapper with a linked headline: a teaser of another
    /// article (related stories, "more news" grids), not running text.
    pub teaser: bool,
    /// The block is an item of a list set between the article's own paragraphs (a
    /// paragraph before it, a heading or paragraph after it): the list is part of the
    /// text, however many links it holds.
    pub prose_list: bool,
    /// The number a browser shows before the block: the first block of an `<ol>` item
    /// (0: none).
    pub marker: u32,
}

impl Block {
    /// Share of the block's characters inside links.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }

    /// Whether the block is a heading.
    pub fn is_heading(&self) -> bool {
        self.owner_tag.is_heading()
    }
}

/// Paragraphs and the blocks dropped while building them.
pub struct Body {
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removed>,
}

/// Whether `t` (trimmed) is a short date or time stamp of at most `max_chars` characters.
pub fn is_date_text(t: &str, max_chars: usize) -> bool {
    t.chars().count() <= max_chars && body::is_date_line(t)
}

/// Bidi controls that are markup noise (LRM, RLM, ALM, embeddings, overrides, isolates),
/// and the stray byte-order mark that pasted text carries into the middle of a page.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Letters and digits, with fast paths for ASCII and the Arabic block (the standard
/// library's table look-up is slow outside ASCII and dominates tight loops on Arabic text).
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7F}' => false,
        // Arabic letters, Arabic-Indic digits, extended letters.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        '\u{066E}'..='\u{06D3}' | '\u{06F0}'..='\u{06F9}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether a decoded page has any markup: a `<` that opens a tag, a comment, a doctype or
/// an end tag. A page without any is plain text.
pub fn looks_like_markup(page: &str) -> bool {
    page.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!' || w[1] == b'/'))
}

/// The paragraphs of a plain-text page: blocks separated by blank lines, whitespace
/// collapsed, bidi controls removed.
pub fn plain_paragraphs(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in page.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        for w in line.split_whitespace() {
            let w: String = w.chars().filter(|c| !is_bidi_control(*c)).collect();
            if w.is_empty() {
                continue;
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(&w);
        }
    }
    out
}

/// `char::is_whitespace`, answered without the Unicode table for ASCII and the Arabic
/// block, which make up nearly all of an Arabic page's text.
fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' => true,
        '\0'..='\u{7F}' | '\u{0600}'..='\u{06FF}' => false,
        _ => c.is_whitespace(),
    }
}

/// Sentence punctuation, Arabic and Latin.
fn is_sentence_punct(c: char) -> bool {
    matches!(c, '.' | '،' | ',' | '؛' | ';' | '؟' | '?' | '!' | ':' | '…')
}

/// Marks after which a single `<br>` ends a paragraph rather than a line.
pub(super) fn ends_unit(c: char) -> bool {
    matches!(
        c,
        '.' | '؟' | '?' | '!' | ':' | '…' | '»' | '”' | '"' | ')' | '؛'
    )
}

/// The state of the one walk that builds blocks.
struct Builder {
    blocks: Vec<Block>,
    buf: String,
    chars: u32,
    link_chars: u32,
    punct: u32,
    owner: Ix,
    owner_tag: Tag,
    first: Ix,
    pending_space: bool,
    /// An inline element just closed and nothing was written since: a following inline
    /// element starts a new box.
    soft_space: bool,
    brs: u32,
    /// The number of the `<ol>` item just opened and where that item ends: shown before
    /// the item's first block.
    pending_marker: Option<(u32, Ix)>,
    /// The number shown before the block being built (0: none).
    marker: u32,
}

impl Builder {
    fn flush(&mut self) {
        self.brs = 0;
        self.pending_space = false;
        self.soft_space = false;
        if self.chars == 0 {
            self.buf.clear();
            return;
        }
        let text = self.buf.trim_end().to_string();
        self.blocks.push(Block {
            owner: self.owner,
            owner_tag: self.owner_tag,
            first: self.first,
            text,
            chars: self.chars,
            link_chars: self.link_chars,
            punct: self.punct,
            teaser: false,
            prose_list: false,
            marker: self.marker,
        });
        self.buf.clear();
        self.chars = 0;
        self.link_chars = 0;
        self.punct = 0;
        self.marker = 0;
    }

    fn push_text(&mut self, t: &str, node: Ix, owner: (Ix, Tag), in_link: bool) {
        let mut rest = t;
        while let Some(c) = rest.chars().next() {
            rest = rest.get(c.len_utf8()..).unwrap_or_default();
            if is_bidi_control(c) {
                continue;
            }
            if is_space(c) {
                self.pending_space = true;
                continue;
            }
            self.push_first(c, node, owner, in_link);
            // The rest of the word needs no decisions: copy it whole.
            let (len, chars, punct) = word_run(rest);
            if len > 0 {
                self.buf.push_str(rest.get(..len).unwrap_or_default());
                self.chars += chars;
                if in_link {
                    self.link_chars += chars;
                }
                self.punct += punct;
                rest = rest.get(len..).unwrap_or_default();
            }
        }
    }

    /// Appends the first visible character after whitespace, a bidi control or a node
    /// boundary: where a line break, a space or a new block may start.
    fn push_first(&mut self, c: char, node: Ix, owner: (Ix, Tag), in_link: bool) {
        if self.brs > 0 {
            let last = self.buf.trim_end().chars().last();
            if self.brs >= 2 || last.is_some_and(ends_unit) {
                self.flush();
            } else {
                self.pending_space = true;
            }
            self.brs = 0;
        }
        if self.chars == 0 {
            self.buf.clear();
            self.owner = owner.0;
            self.owner_tag = owner.1;
            self.first = node;
            self.marker = match self.pending_marker.take() {
                Some((number, end)) if node < end => number,
                _ => 0,
            };
        } else if self.pending_space
            || (self.soft_space
                && is_word_char(c)
                && self
                    .buf
                    .chars()
                    .last()
                    .is_some_and(|last| is_word_char(last) && !continues_word(last, c)))
        {
            self.buf.push(' ');
        }
        self.pending_space = false;
        self.soft_space = false;
        self.buf.push(c);
        self.chars += 1;
        if in_link {
            self.link_chars += 1;
        }
        if is_sentence_punct(c) {
            self.punct += 1;
        }
    }
}

/// Whether `c`, written right after `last` across an inline box boundary with no space,
/// continues the same word: a lowercase letter after a letter of a cased script. A new
/// word in a cased script does not start in lowercase glued to the previous one, while a
/// word is split across boxes by a drop cap (`<span>M</span>athematics`) or by editor
/// markup (`Cooper<span>a</span>tive`). Scripts without case (Arabic) keep the space.
fn continues_word(last: char, c: char) -> bool {
    c.is_lowercase() && (last.is_lowercase() || last.is_uppercase())
}

/// The run of characters at the start of `s` up to the next whitespace or bidi control:
/// its length in bytes, its characters and its sentence punctuation.
fn word_run(s: &str) -> (usize, u32, u32) {
    let (mut chars, mut punct) = (0u32, 0u32);
    for (at, c) in s.char_indices() {
        if is_space(c) || is_bidi_control(c) {
            return (at, chars, punct);
        }
        chars += 1;
        punct += u32::from(is_sentence_punct(c));
    }
    (s.len(), chars, punct)
}

/// The number a browser shows for list item `li` when it is an item of an `<ol>`: the
/// list's `start` (default 1) plus the items before it. `lists` holds the open lists and
/// their next numbers.
fn list_number(dom: &Dom, li: Ix, lists: &mut Vec<(Ix, u32)>) -> Option<u32> {
    let list = dom.nodes[li].parent;
    if list == crate::parse::NO_PARENT || dom.tag(list) != Some(Tag::Ol) {
        return None;
    }
    while lists
        .last()
        .is_some_and(|&(l, _)| l != list && dom.nodes[l].end <= li)
    {
        lists.pop();
    }
    if lists.last().is_none_or(|&(l, _)| l != list) {
        let start = dom
            .attr(list, "start")
            .and_then(|s| s.trim().parse::<u32>().ok())
            .unwrap_or(1);
        lists.push((list, start));
    }
    let top = lists.last_mut()?;
    let number = top.1;
    top.1 = number.saturating_add(1);
    Some(number)
}

/// Most visible characters of a table row whose cells are laid out as one line of text.
const MAX_DATA_ROW_CHARS: u32 = 400;

/// Whether `tr` is a row of data: two or more cells with text, short, and nothing in
/// them but inline text (no paragraphs, lists or line breaks, which a layout table's
/// cells hold). A browser shows such a row as one line, its cells side by side. `cache`
/// keeps the answer for the row last asked about: a row's cells come one after another.
fn is_data_row(dom: &Dom, stripped: &Stripped, tr: Ix, cache: &mut Option<(Ix, bool)>) -> bool {
    if let Some((r, v)) = *cache {
        if r == tr {
            return v;
        }
    }
    let v = tr != crate::parse::NO_PARENT
        && dom.tag(tr) == Some(Tag::Tr)
        && stripped.raw_chars[tr] <= MAX_DATA_ROW_CHARS
        && dom
            .children(tr)
            .filter(|&c| matches!(dom.tag(c), Some(Tag::Td | Tag::Th)) && stripped.raw_chars[c] > 0)
            .nth(1)
            .is_some()
        && (tr + 1..dom.nodes[tr].end).all(|j| match dom.nodes[j].kind {
            Kind::Element(t) => {
                !(t == Tag::Br || (t.is_block() && !matches!(t, Tag::Td | Tag::Th)))
            }
            _ => true,
        });
    *cache = Some((tr, v));
    v
}

/// An element still open during the walk.
struct Open {
    end: Ix,
    tag: Tag,
    block: bool,
}

/// Cuts the visible, unstripped text of the page into blocks, in document order.
pub fn segment(dom: &Dom, stripped: &Stripped) -> Vec<Block> {
    let n = dom.nodes.len();
    let mut b = Builder {
        blocks: Vec::new(),
        buf: String::new(),
        chars: 0,
        link_chars: 0,
        punct: 0,
        owner: 0,
        owner_tag: Tag::Other,
        first: 0,
        pending_space: false,
        soft_space: false,
        brs: 0,
        pending_marker: None,
        marker: 0,
    };
    let mut open: Vec<Open> = Vec::new();
    // Innermost open block element (index, tag), as a stack of positions into `open`.
    let mut blocks_open: Vec<(Ix, Tag)> = vec![(0, Tag::Other)];
    let mut links = 0u32;
    // The `<ol>` lists open around the walk and the number of their next item.
    let mut lists: Vec<(Ix, u32)> = Vec::new();
    // The last table row looked at and whether it is a row of data.
    let mut row: Option<(Ix, bool)> = None;
    let mut i = 0;
    while i < n {
        while let Some(top) = open.last() {
            if top.end > i {
                break;
            }
            if top.block {
                b.flush();
                blocks_open.pop();
            } else {
                if top.tag == Tag::A {
                    links = links.saturating_sub(1);
                }
                b.soft_space = true;
            }
            open.pop();
        }
        if stripped.dropped[i] {
            // A dropped element still separates what is around it.
            if matches!(dom.nodes[i].kind, Kind::Element(t) if t.is_block()) {
                b.flush();
            } else {
                b.soft_space = true;
            }
            i = dom.nodes[i].end;
            continue;
        }
        let node = dom.nodes[i];
        match node.kind {
            Kind::Element(Tag::Br) => b.brs += 1,
            Kind::Element(Tag::Hr) => b.flush(),
            Kind::Element(tag) => {
                // The cells of a row of data are laid out on one line.
                let joined_cell = matches!(tag, Tag::Td | Tag::Th)
                    && is_data_row(dom, stripped, dom.nodes[i].parent, &mut row);
                let block = tag.is_block() && !joined_cell;
                if joined_cell {
                    b.pending_space = true;
                }
                if block {
                    b.flush();
                    if tag == Tag::Li {
                        b.pending_marker = list_number(dom, i, &mut lists).map(|n| (n, node.end));
                    }
                }
                // Empty elements open nothing (but an empty block still separates).
                if node.end > i + 1 {
                    // A heading's permalink (`<h2 id=x><a href="#x">`) is its own text,
                    // not a link away: it does not count as one.
                    let permalink = tag == Tag::A
                        && blocks_open.last().is_some_and(|&(_, t)| t.is_heading())
                        && dom
                            .attr(i, "href")
                            .is_some_and(|h| h.starts_with('#') && h.len() > 1);
                    // A link to a document (a PDF, a spreadsheet) hands the reader the
                    // page's own material: its words are text, not a way to another page.
                    let document = tag == Tag::A
                        && !permalink
                        && dom.attr(i, "href").is_some_and(is_document_link);
                    // A link that goes nowhere (`href="#"`) right before a panel of text
                    // is the panel's title (an accordion's question), not a way elsewhere.
                    let toggle = tag == Tag::A
                        && !permalink
                        && !document
                        && dom.attr(i, "href").is_some_and(|h| h.trim() == "#")
                        && heads_a_panel(dom, stripped, i);
                    let tag = if permalink || document || toggle {
                        Tag::Other
                    } else {
                        tag
                    };
                    if block {
                        blocks_open.push((i, tag));
                    } else if tag == Tag::A {
                        links += 1;
                    }
                    open.push(Open {
                        end: node.end,
                        tag,
                        block,
                    });
                }
            }
            Kind::Text => {
                if let Some(t) = dom.text(i) {
                    let owner = blocks_open.last().copied().unwrap_or((0, Tag::Other));
                    b.push_text(t, i, owner, links > 0);
                }
            }
            Kind::Other => {}
        }
        i += 1;
    }
    b.flush();
    let mut blocks = b.blocks;
    mark_teasers(dom, stripped, &mut blocks);
    mark_prose_lists(dom, stripped, &mut blocks);
    mark_linked_section_titles(&mut blocks);
    blocks
}

/// Marks the linked headings that head a section of running text: a heading that is a
/// link (to the product or the story it introduces) with a running paragraph right
/// after it, not a teaser's summary. A teaser card or a box of links has no running
/// paragraph after its headline, or one in a small wrapper with it (a teaser).
fn mark_linked_section_titles(blocks: &mut [Block]) {
    for k in 0..blocks.len().saturating_sub(1) {
        let (b, next) = (&blocks[k], &blocks[k + 1]);
        if b.is_heading()
            && b.link_chars * 2 > b.chars
            && !next.is_heading()
            && !next.teaser
            && next.punct > 0
            && next.chars >= MIN_LIST_INTRO_CHARS
            && next.link_chars * 2 <= next.chars
        {
            blocks[k].prose_list = true;
        }
    }
}

/// Marks the link-dense list items of lists set between running paragraphs: a listicle's
/// lists of courses, tools or sources. Menus and link boxes stand apart from the prose;
/// a list of related links after the last paragraph has no paragraph after it, and one
/// between paragraphs is introduced by a chrome phrase ("You may also like:").
fn mark_prose_lists(dom: &Dom, stripped: &Stripped, blocks: &mut [Block]) {
    // The last list looked at and the answer for it: a list's items come in a row.
    let mut last: Option<(Ix, bool)> = None;
    for k in 0..blocks.len() {
        let b = &blocks[k];
        if b.link_chars * 2 <= b.chars {
            continue;
        }
        // The item: the block's owner, or the `<li>` around a paragraph that is all of it
        // (`<li><p><a>…</a></p></li>`).
        let item = match b.owner_tag {
            Tag::Li => b.owner,
            Tag::P => {
                let li = dom.nodes[b.owner].parent;
                if li == crate::parse::NO_PARENT
                    || dom.tag(li) != Some(Tag::Li)
                    || stripped.raw_chars[li] != stripped.raw_chars[b.owner]
                {
                    continue;
                }
                li
            }
            _ => continue,
        };
        let list = dom.nodes[item].parent;
        if list == crate::parse::NO_PARENT || !matches!(dom.tag(list), Some(Tag::Ul | Tag::Ol)) {
            continue;
        }
        let inside = match last {
            Some((l, v)) if l == list => v,
            _ => {
                let v = between_paragraphs(dom, stripped, blocks, list)
                    || cites_sources(dom, stripped, blocks, list);
                last = Some((list, v));
                v
            }
        };
        blocks[k].prose_list = inside;
    }
}

/// Whether element `list` has a running paragraph as its previous sibling with text and a
/// heading or running paragraph as its next one.
fn between_paragraphs(dom: &Dom, stripped: &Stripped, blocks: &[Block], list: Ix) -> bool {
    let (Some(before), Some(after)) = siblings_with_text(dom, stripped, list) else {
        return false;
    };
    if stripped.dropped[before] || stripped.dropped[after] {
        return false;
    }
    let running = |e: Ix| is_running(dom, blocks, e);
    let introduced = running(before) || is_intro_after_text(dom, stripped, blocks, before);
    // After it, more text: a running paragraph or a heading; or anything when the list is
    // long (trafilatura keeps a list of links inside the content when it holds 100
    // characters and is not its parent's last element).
    introduced
        && (running(after)
            || dom.tag(after).is_some_and(Tag::is_heading)
            || stripped.raw_chars[list] >= MIN_LONG_LIST_CHARS)
}

/// Fewest characters of a list of links set after the text that is kept whatever follows.
const MIN_LONG_LIST_CHARS: u32 = 100;

/// Whether element `e` is a short paragraph that introduces what follows it (it ends in a
/// colon: "Suggested reading:") and comes right after a running paragraph.
fn is_intro_after_text(dom: &Dom, stripped: &Stripped, blocks: &[Block], e: Ix) -> bool {
    dom.tag(e) == Some(Tag::P)
        && block_at(blocks, e).is_some_and(|b| {
            b.text.trim_end().ends_with(':')
                && b.link_chars == 0
                && (b.chars as usize) <= MAX_INTRO_CHARS
                && !body::is_chrome_phrase(&b.text)
        })
        && previous_with_text(dom, stripped, e)
            .is_some_and(|p| !stripped.dropped[p] && is_running(dom, blocks, p))
}

/// Most characters of a short line that introduces a list.
const MAX_INTRO_CHARS: usize = 60;

/// Whether element `e` is a running paragraph: a `<p>` of punctuated text, not a link
/// and not a chrome phrase.
fn is_running(dom: &Dom, blocks: &[Block], e: Ix) -> bool {
    dom.tag(e) == Some(Tag::P)
        && block_at(blocks, e).is_some_and(|b| {
            b.punct > 0
                && b.link_chars * 2 <= b.chars
                && b.chars >= MIN_LIST_INTRO_CHARS
                && !body::is_chrome_phrase(&b.text)
        })
}

/// Fewest linked items, and fewest distinct sites they link to, of a list of sources.
const MIN_SOURCES: usize = 3;
/// Fewest characters a source list's linked items hold on average (a row of share
/// buttons, `Facebook` `X` `Email`, links to as many sites in a word each).
const MIN_SOURCE_ITEM_CHARS: u32 = 12;

/// Whether element `list` is the article's list of sources or further reading: it comes
/// right after the running text (a running paragraph, or a heading after one), and its
/// links point to many different sites, at least one for every two items. A site's own
/// menus, related-article boxes and tag lists link back to the site itself (relative
/// links, or one host); a list citing other sites is the author's, as the list's own
/// length is for trafilatura, which keeps any long list inside the main content.
fn cites_sources(dom: &Dom, stripped: &Stripped, blocks: &[Block], list: Ix) -> bool {
    let Some(before) = previous_with_text(dom, stripped, list) else {
        return false;
    };
    if stripped.dropped[before] {
        return false;
    }
    let after_text = if dom.tag(before).is_some_and(Tag::is_heading) {
        previous_with_text(dom, stripped, before)
            .is_some_and(|p| !stripped.dropped[p] && is_running(dom, blocks, p))
    } else {
        is_running(dom, blocks, before)
    };
    if !after_text {
        return false;
    }
    // The distinct hosts: a handful, so a short list searched in place.
    let mut hosts: Vec<&str> = Vec::new();
    let (mut linked, mut chars) = (0usize, 0u32);
    for li in dom.children(list) {
        if dom.tag(li) != Some(Tag::Li) {
            continue;
        }
        let Some(href) = (li + 1..dom.nodes[li].end)
            .find(|&a| dom.tag(a) == Some(Tag::A))
            .and_then(|a| dom.attr(a, "href"))
        else {
            continue;
        };
        linked += 1;
        chars += stripped.raw_chars[li];
        if let Some(h) = link_host(href) {
            if !hosts.iter().any(|k| k.eq_ignore_ascii_case(h)) {
                hosts.push(h);
            }
        }
    }
    linked >= MIN_SOURCES
        && hosts.len() >= MIN_SOURCES
        && hosts.len() * 2 >= linked
        && chars >= MIN_SOURCE_ITEM_CHARS * linked as u32
}

/// The previous sibling element of `e` that holds visible text.
fn previous_with_text(dom: &Dom, stripped: &Stripped, e: Ix) -> Option<Ix> {
    siblings_with_text(dom, stripped, e).0
}

/// The sibling elements of `e` right before and after it that hold visible text.
fn siblings_with_text(dom: &Dom, stripped: &Stripped, e: Ix) -> (Option<Ix>, Option<Ix>) {
    let parent = dom.nodes[e].parent;
    if parent == crate::parse::NO_PARENT {
        return (None, None);
    }
    let mut before = None;
    let mut seen = false;
    for c in dom.children(parent) {
        if c == e {
            seen = true;
        } else if dom.tag(c).is_none() || stripped.raw_chars[c] == 0 {
            continue;
        } else if seen {
            return (before, Some(c));
        } else {
            before = Some(c);
        }
    }
    (before, None)
}

/// The host of an absolute link (`https://www.example.org/a` → `example.org`), without
/// `www.`; `None` for a link within the site (relative, a fragment, `mailto:`).
fn link_host(href: &str) -> Option<&str> {
    let href = href.trim();
    let rest = ["https://", "http://", "//"].iter().find_map(|p| {
        href.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| &href[p.len()..])
    })?;
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    let host = &rest[..end];
    let host = match host.get(..4) {
        Some(w) if w.eq_ignore_ascii_case("www.") => &host[4..],
        _ => host,
    };
    (!host.is_empty()).then_some(host)
}

/// Fewest visible characters of the panel of text after an accordion's title.
const MIN_PANEL_CHARS: u32 = 40;

/// Whether element `i`'s next sibling element is kept and holds a sentence of some length
/// (at least [`MIN_PANEL_CHARS`] visible characters and a sentence mark).
fn heads_a_panel(dom: &Dom, stripped: &Stripped, i: Ix) -> bool {
    let parent = dom.nodes[i].parent;
    if parent == crate::parse::NO_PARENT {
        return false;
    }
    let end = dom.nodes[parent].end;
    let mut j = dom.nodes[i].end;
    while j < end && dom.tag(j).is_none() {
        if dom.text(j).is_some_and(|t| !t.trim().is_empty()) {
            return false;
        }
        j += 1;
    }
    if j >= end || stripped.dropped[j] || stripped.raw_chars[j] < MIN_PANEL_CHARS {
        return false;
    }
    (j..dom.nodes[j].end).any(|k| dom.text(k).is_some_and(|t| t.contains(['.', '?', '!'])))
}

/// File name endings of documents a page offers for download.
const DOCUMENT_ENDINGS: &[&str] = &[".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx"];

/// Whether `href` points to a document file (its path, before any query or fragment,
/// ends in [`DOCUMENT_ENDINGS`], in any case).
fn is_document_link(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or_default().trim_end();
    DOCUMENT_ENDINGS.iter().any(|e| {
        path.len() > e.len()
            && path
                .get(path.len() - e.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(e))
    })
}

/// Fewest characters of the paragraph that introduces an in-text list.
const MIN_LIST_INTRO_CHARS: u32 = 40;

/// The first block whose owner is element `e`, found by its position (blocks are in
/// document order).
fn block_at(blocks: &[Block], e: Ix) -> Option<&Block> {
    let k = blocks.partition_point(|b| b.first < e);
    blocks.get(k).filter(|b| b.owner == e)
}

/// How many levels above a linked headline its teaser wrapper may be.
const TEASER_LEVELS: usize = 2;
/// Most visible characters a teaser wrapper (headline, summary, date) holds.
const MAX_TEASER_CHARS: u32 = 600;

/// Marks the blocks that share a small wrapper with a linked headline.
fn mark_teasers(dom: &Dom, stripped: &Stripped, blocks: &mut [Block]) {
    // Wrappers of linked headlines, innermost first; few per page, so a short list.
    let mut wrappers: Vec<Ix> = Vec::new();
    for b in blocks.iter() {
        if !(b.is_heading() && b.chars > 0 && b.link_chars * 2 > b.chars) {
            continue;
        }
        let mut a = dom.nodes[b.owner].parent;
        for _ in 0..TEASER_LEVELS {
            if a == crate::parse::NO_PARENT || stripped.raw_chars[a] > MAX_TEASER_CHARS {
                break;
            }
            // The wrapper must hold more than the headline itself.
            if stripped.raw_chars[a] > b.chars {
                wrappers.push(a);
                break;
            }
            a = dom.nodes[a].parent;
        }
    }
    if wrappers.is_empty() {
        return;
    }
    wrappers.sort_unstable();
    for b in blocks.iter_mut().filter(|b| !b.is_heading()) {
        // The innermost wrapper starting at or before the block.
        let k = wrappers.partition_point(|&w| w <= b.first);
        b.teaser = k > 0 && dom.contains(wrappers[k - 1], b.first);
    }
}

/// Builds the body filters' phrase automata now rather than on the first page.
pub fn warm_up() {
    body::warm_up();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_space_is_char_is_whitespace() {
        for c in ('\0'..='\u{3100}').chain('\u{FE00}'..='\u{FFFF}') {
            assert_eq!(is_space(c), c.is_whitespace(), "{:04X}", u32::from(c));
        }
    }

    fn blocks(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        let s = crate::strip::strip(&dom, false);
        segment(&dom, &s).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn a_linked_heading_over_running_text_is_a_section_title() {
        // (A text longer than a teaser card, so that its wrapper is not one.)
        let long =
            "The first paragraph of the review, long enough to read as running text. ".repeat(10);
        let dom = Dom::parse(&format!(
            "<body><div class=text><p>{long}</p><h2><a href=/kettle>The Steelbrew kettle</a>\
             </h2><p>It boils a full litre in under three minutes and stays quiet doing it.</p>\
             <h3><a href=/more>More reviews</a></h3><ul><li><a href=/a>Toasters</a></li>\
             </ul></div></body>"
        ));
        let s = crate::strip::strip(&dom, false);
        let b = segment(&dom, &s);
        let kept: Vec<bool> = b.iter().map(|b| b.prose_list).collect();
        assert_eq!(kept, vec![false, true, false, false, false], "{b:?}");
    }

    #[test]
    fn summaries_beside_linked_headlines_are_teasers() {
        let dom = Dom::parse(
            "<body><div><p>نص المقال الأول هنا، وهو طويل بما يكفي ليكون فقرة من المقال.</p></div>\
             <div><a href=/1><h3>عنوان خبر آخر</h3></a><p>ملخص الخبر الآخر في سطر واحد.</p></div></body>",
        );
        let s = crate::strip::strip(&dom, false);
        let b = segment(&dom, &s);
        let teasers: Vec<bool> = b.iter().map(|b| b.teaser).collect();
        assert_eq!(teasers, vec![false, false, true], "{b:?}");
    }

    #[test]
    fn link_lists_between_paragraphs_are_text_and_menus_are_not() {
        let para = "<p>The course catalogue below was checked by hand last week, and every \
                    entry still offers its certificate for free.</p>";
        let list = "<ul><li><a href=/a>Soil science basics</a></li>\
                    <li><a href=/b>Reading weather maps</a></li></ul>";
        let html = format!(
            "<body><div><ul><li><a href=/>Home</a></li><li><a href=/x>Topics</a></li></ul>\
             {para}</div><div>{para}{list}<h2>More courses</h2>{para}{list}</div></body>"
        );
        let dom = Dom::parse(&html);
        let s = crate::strip::strip(&dom, false);
        let b = segment(&dom, &s);
        let marked: Vec<(&str, bool)> = b
            .iter()
            .filter(|b| b.owner_tag == Tag::Li)
            .map(|b| (b.text.as_str(), b.prose_list))
            .collect();
        assert_eq!(
            marked,
            [
                ("Home", false),
                ("Topics", false),
                ("Soil science basics", true),
                ("Reading weather maps", true),
                // The last list has no paragraph after it.
                ("Soil science basics", false),
                ("Reading weather maps", false),
            ]
        );
    }

    #[test]
    fn an_introduced_or_long_link_list_after_the_text_is_text() {
        let para = "<p>Pick one tool and learn it well before you try another, because each \
                    of them does the same jobs in a different way.</p>";
        let intro = "<p><strong>Suggested reading:</strong></p>";
        // Items whose whole text is a paragraph, as some editors write them.
        let short = "<ul><li><p><a href=/a>Tools compared</a></p></li>\
                     <li><p><a href=/b>Starting out</a></p></li></ul>";
        let long = "<ul><li><a href=/a>Which of the three site builders suits a beginner</a></li>\
                    <li><a href=/b>How long it takes to learn a site builder well</a></li>\
                    <li><a href=/c>Five habits that make a builder faster</a></li></ul>";
        let marked = |html: &str| -> Vec<bool> {
            let dom = Dom::parse(html);
            let s = crate::strip::strip(&dom, false);
            segment(&dom, &s)
                .iter()
                .filter(|b| b.link_chars * 2 > b.chars)
                .map(|b| b.prose_list)
                .collect()
        };
        // A short list under a line introducing it, after the text, before a heading.
        assert_eq!(
            marked(&format!(
                "<body><div>{para}{intro}{short}<h3>Step two</h3>{para}</div></body>"
            )),
            [true, true]
        );
        // The line must follow running text; a list of links on its own is a menu.
        assert_eq!(
            marked(&format!(
                "<body><div>{intro}{short}<h3>Step two</h3>{para}</div></body>"
            )),
            [false, false]
        );
        // A long list after the text is text whatever follows it (a box, a form).
        assert_eq!(
            marked(&format!(
                "<body><div>{para}{long}<div><b>Join</b> us</div></div></body>"
            )),
            [true, true, true]
        );
        // A short one is not.
        assert_eq!(
            marked(&format!(
                "<body><div>{para}{short}<div><b>Join</b> us</div></div></body>"
            )),
            [false, false]
        );
    }

    #[test]
    fn a_link_to_nowhere_over_a_panel_of_text_is_its_title() {
        let dom = Dom::parse(
            "<body><ul><li><a href='#' class=q>Can I bring a bike on board?</a>\
             <div><p>Yes, bikes travel free on every crossing when there is room.</p></div></li>\
             <li><a href='#'>Menu</a><div><a href=/a>Timetable</a> <a href=/b>Fares</a></div>\
             </li></ul></body>",
        );
        let s = crate::strip::strip(&dom, false);
        let links: Vec<(String, u32)> = segment(&dom, &s)
            .iter()
            .map(|b| (b.text.clone(), b.link_chars))
            .collect();
        // The question is text; a menu's toggle over links stays a link.
        assert_eq!(links[0].1, 0, "{links:?}");
        assert!(
            links.iter().any(|(t, l)| t == "Menu" && *l > 0),
            "{links:?}"
        );
    }

    #[test]
    fn a_link_to_a_document_is_text() {
        let dom = Dom::parse(
            "<body><p><a href='/files/Course-Book.PDF'>Course book</a> (pdf)</p>\
             <p><a href='/f/notes.docx?v=2'>Notes for the teacher</a></p>\
             <p><a href='/course/pdf-guide'>The guide</a></p></body>",
        );
        let s = crate::strip::strip(&dom, false);
        let links: Vec<u32> = segment(&dom, &s).iter().map(|b| b.link_chars).collect();
        assert_eq!(links, [0, 0, 8]);
        assert!(is_document_link("https://example.org/a/b.xlsx#sheet"));
        assert!(!is_document_link(".pdf"));
        assert!(!is_document_link("/pdf"));
    }

    #[test]
    fn a_list_citing_other_sites_after_the_text_is_text() {
        let para = "<p>The tide tables below were checked against the harbour records, and \
                    every one of them still agrees with the gauges.</p>";
        let cited =
            "<ul><li><a href='https://tides.example.org/a'>The national tide tables</a></li>\
                     <li><a href='http://www.gauges.example.net/b'>Harbour gauge readings</a></li>\
                     <li><a href='//charts.example.com/c'>Old charts of the estuary</a></li></ul>";
        let own = "<ul><li><a href=/a>Another story from this site</a></li>\
                   <li><a href=/b>A second story from this site</a></li>\
                   <li><a href='https://site.example/c'>A third story from this site</a></li></ul>";
        let share = "<ul><li><a href='https://a.example/s'>Share</a></li>\
                     <li><a href='https://b.example/s'>Post</a></li>\
                     <li><a href='https://c.example/s'>Mail</a></li></ul>";
        let marked = |html: &str| -> Vec<bool> {
            let dom = Dom::parse(html);
            let s = crate::strip::strip(&dom, false);
            segment(&dom, &s)
                .iter()
                .filter(|b| b.owner_tag == Tag::Li)
                .map(|b| b.prose_list)
                .collect()
        };
        // After the text, directly or under a heading: the author's sources.
        assert_eq!(
            marked(&format!("<body><div>{para}{cited}</div></body>")),
            [true; 3]
        );
        assert_eq!(
            marked(&format!(
                "<body><div>{para}<h2>Sources</h2>{cited}</div></body>"
            )),
            [true; 3]
        );
        // Not after running text (a footer of partner sites).
        assert_eq!(
            marked(&format!("<body><div>{cited}</div></body>")),
            [false; 3]
        );
        // The site's own links, and a row of one-word share links.
        assert_eq!(
            marked(&format!("<body><div>{para}{own}</div></body>")),
            [false; 3]
        );
        assert_eq!(
            marked(&format!("<body><div>{para}{share}</div></body>")),
            [false; 3]
        );
    }

    #[test]
    fn link_hosts() {
        assert_eq!(
            link_host("https://www.Example.org/a?b"),
            Some("Example.org")
        );
        assert_eq!(link_host(" //cdn.example.net"), Some("cdn.example.net"));
        assert_eq!(link_host("HTTP://a.example:8080/x"), Some("a.example"));
        assert_eq!(link_host("/local/path"), None);
        assert_eq!(link_host("mailto:x@example.org"), None);
        assert_eq!(link_host("https://"), None);
        assert_eq!(link_host("#top"), None);
    }

    #[test]
    fn a_heading_permalink_is_not_a_link_but_a_linked_headline_is() {
        let dom = Dom::parse(
            "<body><h2 id=tides><a href='#tides'>Why the tides run late</a></h2>\
             <h2><a href='/other-story'>Another story elsewhere</a></h2>\
             <p><a href='#tides'>Back to the tides</a></p></body>",
        );
        let s = crate::strip::strip(&dom, false);
        let links: Vec<u32> = segment(&dom, &s).iter().map(|b| b.link_chars).collect();
        assert_eq!(links, [0, 21, 14]);
    }

    #[test]
    fn inline_boxes_do_not_glue_words() {
        let b =
            blocks("<div><span>الاحدث</span><span><a href=#>الجيوبوليتيك الروسي</a></span></div>");
        assert_eq!(b, vec!["الاحدث الجيوبوليتيك الروسي"]);
    }

    #[test]
    fn drop_cap_and_editor_spans_inside_a_word_do_not_split_it() {
        let b = blocks(
            "<p><span style=\"color:red\">M</span>ath is <span>Co</span><span>rnell \
             Cooper<span>a</span>tive</span> work.</p>",
        );
        assert_eq!(b, vec!["Math is Cornell Cooperative work."]);
        // A new capitalised word in the next box is another word.
        let b = blocks("<div><span>Latest</span><span>News</span></div>");
        assert_eq!(b, vec!["Latest News"]);
    }

    #[test]
    fn ordered_list_items_carry_their_number() {
        let dom = Dom::parse(
            "<ol start=3><li>Third<li><p>Fourth</p><ol><li>Inner</ol><li>Fifth</ol>\
             <ul><li>Bullet</ul><ol><li>Again</ol>",
        );
        let s = crate::strip::strip(&dom, false);
        let got: Vec<(u32, String)> = segment(&dom, &s)
            .into_iter()
            .map(|b| (b.marker, b.text))
            .collect();
        let want = [
            (3, "Third"),
            (4, "Fourth"),
            (1, "Inner"),
            (5, "Fifth"),
            (0, "Bullet"),
            (1, "Again"),
        ];
        assert_eq!(got, want.map(|(n, t)| (n, t.to_string())));
    }

    #[test]
    fn a_row_of_data_is_one_line_a_layout_row_is_not() {
        let b = blocks(
            "<table><tr><th>Route</th><th>Fare</th></tr>\
             <tr><td>Harbour <b>to</b> island</td><td>$4.50</td></tr></table>\
             <table><tr><td><a href=/>Home</a><br><a href=/news>News</a></td>\
             <td><p>The first paragraph of the story.</p></td></tr></table>",
        );
        assert_eq!(
            b,
            vec![
                "Route Fare",
                "Harbour to island $4.50",
                "Home News",
                "The first paragraph of the story."
            ]
        );
    }

    #[test]
    fn markup_inside_a_word_does_not_split_it() {
        let b = blocks("<p>كل<b>مة</b> واحدة</p>");
        assert_eq!(b, vec!["كلمة واحدة"]);
    }

    #[test]
    fn double_br_splits_single_br_joins_inside_a_sentence() {
        let b =
            blocks("<td>الفقرة الأولى<br><br>الفقرة الثانية تمتد<br>على سطرين.<br>سطر جديد</td>");
        assert_eq!(
            b,
            vec!["الفقرة الأولى", "الفقرة الثانية تمتد على سطرين.", "سطر جديد"]
        );
    }

    #[test]
    fn whitespace_collapsed_and_bidi_controls_removed() {
        let b = blocks("<p>  نص\u{200F}   مع\n\t\u{202B}مسافات\u{202C} </p>");
        assert_eq!(b, vec!["نص مع مسافات"]);
    }

    #[test]
    fn text_directly_in_divs_is_a_block() {
        let b = blocks("<div>أولا<div>ثانيا</div>ثالثا</div>");
        assert_eq!(b, vec!["أولا", "ثانيا", "ثالثا"]);
    }

    #[test]
    fn an_empty_link_does_not_make_later_text_a_link() {
        let dom = Dom::parse("<div><a href=#></a><p>نص عادي طويل</p></div>");
        let s = crate::strip::strip(&dom, false);
        let b = segment(&dom, &s);
        assert_eq!(b[0].link_chars, 0);
    }

    #[test]
    fn tatweel_and_diacritics_are_kept() {
        let b = blocks("<p>الســلام عَلَيْكُم</p>");
        assert_eq!(b, vec!["الســلام عَلَيْكُم"]);
    }

    #[test]
    fn word_chars_agree_with_the_standard_library() {
        for c in ('\0'..='\u{2000}').chain(['\u{0640}', '\u{064B}', '\u{0670}', '\u{06D4}']) {
            if c == '\u{0640}' || ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}' {
                // Tatweel and harakat: marks inside a word, outside both fast ranges.
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
                continue;
            }
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric(),
                "{:?} U+{:04X}",
                c,
                c as u32
            );
        }
    }
}
