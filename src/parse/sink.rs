//! matn's own html5ever tree sink: the tree builder's operations (append, insert before,
//! reparent, detach) on a linked arena of `u32` handles, text gathered in one buffer and
//! attributes in one array, then flattened once, without recursion, into the pre-order
//! array the stages walk. No per-node allocation: a node is a slot in three vectors.
//!
//! The tree is the one `scraper` 0.29 builds from the same input (html5ever's tree
//! builder decides every operation; this module only carries them out): a `<template>`
//! element holds one fragment node with its contents, the doctype, comments and
//! processing instructions are nodes, adjacent text is merged, and attributes are sorted
//! by name.

use super::tokens::{Limits, Unsupported};
use super::{Ix, Kind, Node, Tag, NO_PARENT};
use crate::read::{MarkupLimits, MAX_NESTING_DEPTH};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{expanded_name, local_name, ns, Attribute, ParseOpts, QualName};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};

/// A node handle: an index into the arena.
type Handle = u32;

/// "No node" in the arena's links.
const NONE: Handle = u32::MAX;

/// Tree links of one arena node.
#[derive(Clone, Copy)]
struct Links {
    parent: Handle,
    prev: Handle,
    next: Handle,
    first: Handle,
    last: Handle,
    /// Depth below the document where the node was last inserted (a subtree moved later
    /// keeps its old depths: enough for [`Build::deepest`]).
    depth: u32,
}

const UNLINKED: Links = Links {
    parent: NONE,
    prev: NONE,
    next: NONE,
    first: NONE,
    last: NONE,
    depth: 0,
};

/// What an arena node holds.
pub(super) enum Data {
    /// The document, a doctype, a comment, a processing instruction or a template's
    /// contents.
    Other,
    /// An element: its name, its tag and its attributes (`attrs[start..end]`).
    Element {
        name: QualName,
        tag: Tag,
        attrs: (u32, u32),
    },
    /// A text node: `text[start..end]`.
    Text { start: usize, end: usize },
}

/// The parsed page: node contents, text and attributes (the links are dropped once the
/// tree is flat).
pub(super) struct Arena {
    pub(super) data: Vec<Data>,
    pub(super) text: String,
    pub(super) attrs: Vec<Attribute>,
}

/// The arena while html5ever builds the tree.
struct Build {
    arena: Arena,
    links: Vec<Links>,
    /// Answers `elem_name` for a handle that is not an element (html5ever never asks).
    no_name: QualName,
    /// The deepest insertion so far.
    deepest: u32,
    /// Elements made so far.
    elements: usize,
}

impl Build {
    fn new(capacity: usize) -> Build {
        let mut b = Build {
            arena: Arena {
                data: Vec::with_capacity(capacity),
                text: String::with_capacity(capacity * 8),
                attrs: Vec::with_capacity(capacity),
            },
            links: Vec::with_capacity(capacity),
            no_name: QualName::new(None, ns!(), local_name!("")),
            deepest: 0,
            elements: 0,
        };
        b.push(Data::Other); // the document
        b
    }

    fn push(&mut self, data: Data) -> Handle {
        // More than 4 billion nodes cannot come from a page under the size limit; should
        // it happen, the handle saturates and the operations on it are ignored.
        let h = u32::try_from(self.arena.data.len()).unwrap_or(NONE);
        if h != NONE {
            self.arena.data.push(data);
            self.links.push(UNLINKED);
        }
        h
    }

    fn link(&self, h: Handle) -> Option<Links> {
        self.links.get(h as usize).copied()
    }

    fn link_mut(&mut self, h: Handle) -> Option<&mut Links> {
        self.links.get_mut(h as usize)
    }

    /// Takes `h` out of its parent's children.
    fn detach(&mut self, h: Handle) {
        let Some(l) = self.link(h) else { return };
        if l.parent == NONE {
            return;
        }
        if let Some(p) = self.link_mut(l.prev) {
            p.next = l.next;
        } else if let Some(parent) = self.link_mut(l.parent) {
            parent.first = l.next;
        }
        if let Some(n) = self.link_mut(l.next) {
            n.prev = l.prev;
        } else if let Some(parent) = self.link_mut(l.parent) {
            parent.last = l.prev;
        }
        if let Some(me) = self.link_mut(h) {
            me.parent = NONE;
            me.prev = NONE;
            me.next = NONE;
        }
    }

    /// Makes the unattached `child` the last child of `parent`.
    fn append_child(&mut self, parent: Handle, child: Handle) {
        if self.link(parent).is_none() || self.link(child).is_none() || child == parent {
            return;
        }
        self.detach(child);
        let Some(p) = self.link(parent) else { return };
        let last = p.last;
        let depth = p.depth.saturating_add(1);
        self.deepest = self.deepest.max(depth);
        if let Some(c) = self.link_mut(child) {
            c.parent = parent;
            c.prev = last;
            c.next = NONE;
            c.depth = depth;
        }
        if let Some(l) = self.link_mut(last) {
            l.next = child;
        }
        if let Some(p) = self.link_mut(parent) {
            if p.first == NONE {
                p.first = child;
            }
            p.last = child;
        }
    }

    /// Makes the unattached `node` the previous sibling of `sibling` (which has a parent).
    fn insert_before(&mut self, sibling: Handle, node: Handle) {
        let Some(s) = self.link(sibling) else { return };
        if self.link(node).is_none() || s.parent == NONE || node == sibling {
            return;
        }
        self.detach(node);
        let Some(s) = self.link(sibling) else { return };
        if let Some(n) = self.link_mut(node) {
            n.parent = s.parent;
            n.prev = s.prev;
            n.next = sibling;
            n.depth = s.depth;
        }
        if let Some(p) = self.link_mut(s.prev) {
            p.next = node;
        } else if let Some(parent) = self.link_mut(s.parent) {
            parent.first = node;
        }
        if let Some(s) = self.link_mut(sibling) {
            s.prev = node;
        }
    }

    /// Appends `s` to text node `h` (copying the node's text to the end of the buffer
    /// first when it is not the last text written, which is rare).
    fn extend_text(&mut self, h: Handle, s: &str) -> bool {
        let text = &mut self.arena.text;
        let Some(Data::Text { start, end }) = self.arena.data.get_mut(h as usize) else {
            return false;
        };
        if *end != text.len() {
            let old = text.get(*start..*end).unwrap_or("").to_owned();
            *start = text.len();
            text.push_str(&old);
        }
        text.push_str(s);
        *end = text.len();
        true
    }

    fn new_text(&mut self, s: &str) -> Handle {
        let start = self.arena.text.len();
        self.arena.text.push_str(s);
        let end = self.arena.text.len();
        self.push(Data::Text { start, end })
    }

    fn is_text(&self, h: Handle) -> bool {
        matches!(self.arena.data.get(h as usize), Some(Data::Text { .. }))
    }

    fn append(&mut self, parent: Handle, child: NodeOrText<Handle>) {
        match child {
            NodeOrText::AppendNode(c) => self.append_child(parent, c),
            NodeOrText::AppendText(t) => {
                let last = self.link(parent).map_or(NONE, |l| l.last);
                if !(self.is_text(last) && self.extend_text(last, &t)) {
                    let h = self.new_text(&t);
                    self.append_child(parent, h);
                }
            }
        }
    }

    fn append_before_sibling(&mut self, sibling: Handle, new_node: NodeOrText<Handle>) {
        if let NodeOrText::AppendNode(n) = new_node {
            self.detach(n);
        }
        let Some(s) = self.link(sibling) else { return };
        if s.parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(n) => self.insert_before(sibling, n),
            NodeOrText::AppendText(t) => {
                if !(self.is_text(s.prev) && self.extend_text(s.prev, &t)) {
                    let h = self.new_text(&t);
                    self.insert_before(sibling, h);
                }
            }
        }
    }

    /// Moves every child of `node`, in order, to the end of `new_parent`'s children.
    fn reparent_children(&mut self, node: Handle, new_parent: Handle) {
        if node == new_parent {
            return;
        }
        let mut c = self.link(node).map_or(NONE, |l| l.first);
        while c != NONE {
            let next = self.link(c).map_or(NONE, |l| l.next);
            self.detach(c);
            self.append_child(new_parent, c);
            c = next;
        }
    }

    /// A new element with its attributes sorted by name (as `scraper` keeps them).
    fn create_element(&mut self, name: QualName, attrs: Vec<Attribute>) -> Handle {
        self.elements += 1;
        let tag = Tag::from_name(&name.local);
        let template = name.expanded() == expanded_name!(html "template");
        let start = self.arena.attrs.len();
        self.arena.attrs.extend(attrs);
        let end = self.arena.attrs.len();
        if let Some(added) = self.arena.attrs.get_mut(start..end) {
            added.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        }
        let range = (
            u32::try_from(start).unwrap_or(u32::MAX),
            u32::try_from(end).unwrap_or(u32::MAX),
        );
        let h = self.push(Data::Element {
            name,
            tag,
            attrs: range,
        });
        if template {
            let contents = self.push(Data::Other);
            self.append_child(h, contents);
        }
        h
    }

    /// Adds each attribute the element does not have yet (copying its attributes to the
    /// end of the array: this happens only for a repeated `<html>` or `<body>` tag).
    fn add_attrs_if_missing(&mut self, h: Handle, attrs: Vec<Attribute>) {
        let Some(Data::Element { attrs: (s, e), .. }) = self.arena.data.get(h as usize) else {
            return;
        };
        let (s, e) = (*s as usize, *e as usize);
        let have = self.arena.attrs.get(s..e).unwrap_or(&[]);
        let missing: Vec<Attribute> = attrs
            .into_iter()
            .filter(|a| !have.iter().any(|x| x.name == a.name))
            .collect();
        if missing.is_empty() {
            return;
        }
        let start = self.arena.attrs.len();
        let old: Vec<Attribute> = self.arena.attrs.get(s..e).unwrap_or(&[]).to_vec();
        self.arena.attrs.extend(old);
        self.arena.attrs.extend(missing);
        let end = self.arena.attrs.len();
        if let Some(all) = self.arena.attrs.get_mut(start..end) {
            all.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        }
        if let Some(Data::Element { attrs, .. }) = self.arena.data.get_mut(h as usize) {
            *attrs = (
                u32::try_from(start).unwrap_or(u32::MAX),
                u32::try_from(end).unwrap_or(u32::MAX),
            );
        }
    }

    /// The pre-order array of the tree under the document, by its links (no recursion).
    fn flatten(&self) -> Vec<Node> {
        let mut nodes: Vec<Node> = Vec::with_capacity(self.arena.data.len());
        // The open ancestors of the next node, innermost last.
        let mut open: Vec<Ix> = Vec::new();
        let mut h: Handle = 0;
        loop {
            let l = self.links[h as usize];
            let kind = match &self.arena.data[h as usize] {
                Data::Element { tag, .. } => Kind::Element(*tag),
                Data::Text { .. } => Kind::Text,
                Data::Other => Kind::Other,
            };
            let ix = nodes.len();
            // A tree visits each arena node once; more would mean a cycle in the links.
            if ix >= self.arena.data.len() {
                for p in open {
                    nodes[p].end = ix;
                }
                return nodes;
            }
            nodes.push(Node {
                src: h,
                parent: open.last().copied().unwrap_or(NO_PARENT),
                end: ix + 1,
                depth: u32::try_from(open.len()).unwrap_or(u32::MAX),
                kind,
            });
            if l.first != NONE {
                open.push(ix);
                h = l.first;
                continue;
            }
            // Close `h`, then every ancestor whose last child was just closed.
            let mut cur = l;
            loop {
                if cur.next != NONE {
                    h = cur.next;
                    break;
                }
                let Some(p) = open.pop() else {
                    return nodes;
                };
                nodes[p].end = nodes.len();
                cur = self.links[nodes[p].src as usize];
            }
        }
    }
}

/// The sink html5ever drives.
struct Sink(RefCell<Build>);

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = (Arena, Vec<Node>);
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self::Output {
        let b = self.0.into_inner();
        let nodes = b.flatten();
        (b.arena, nodes)
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Ref<'a, QualName> {
        Ref::map(self.0.borrow(), |b| {
            match b.arena.data.get(*target as usize) {
                Some(Data::Element { name, .. }) => name,
                _ => &b.no_name,
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> Handle {
        self.0.borrow_mut().create_element(name, attrs)
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.0.borrow_mut().push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.0.borrow_mut().push(Data::Other)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.0.borrow_mut().append(*parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let mut b = self.0.borrow_mut();
        let has_parent = b.link(*element).is_some_and(|l| l.parent != NONE);
        if has_parent {
            b.append_before_sibling(*element, child);
        } else {
            b.append(*prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let mut b = self.0.borrow_mut();
        let h = b.push(Data::Other);
        b.append_child(0, h);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        let b = self.0.borrow();
        match b.link(*target) {
            Some(l) if l.first != NONE => l.first,
            _ => *target,
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.0
            .borrow_mut()
            .append_before_sibling(*sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.0.borrow_mut().add_attrs_if_missing(*target, attrs);
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.0.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.0.borrow_mut().reparent_children(*node, *new_parent);
    }
}

/// A fresh sink sized for `text`: about one node per 40 bytes of markup on news pages.
fn sink_for(text: &str) -> Sink {
    let capacity = (text.len() / 40).clamp(64, 1 << 20);
    Sink(RefCell::new(Build::new(capacity)))
}

/// Parses a decoded page into its arena and pre-order array: matn's tokenizer
/// ([`super::tokens`]) in front of html5ever's tree builder, or html5ever's own
/// tokenizer for the markup matn's leaves to it.
pub(super) fn parse(text: &str) -> (Arena, Vec<Node>) {
    match parse_fast(text, false) {
        Ok(parsed) => parsed,
        Err(_) => parse_with_html5ever(text),
    }
}

/// Parses a page for extraction: matn's tokenizer leaving out what no stage reads, and
/// stopping when the tree passes the guard's limits (nesting deeper than
/// [`MAX_NESTING_DEPTH`], or many more elements than start tags: formatting elements
/// re-created over and over). Such a page, or one matn's tokenizer leaves to
/// html5ever's, goes through the guard ([`crate::read::limit_markup`]) first, then is
/// parsed again.
pub(super) fn parse_page(text: &str) -> (Arena, Vec<Node>) {
    match parse_fast(text, true) {
        Ok(parsed) => parsed,
        Err(_) => parse(&crate::read::limit_markup(text, &MarkupLimits::default())),
    }
}

/// More elements than this many per start tag (plus [`SPARE_ELEMENTS`]) means the tree
/// builder is re-creating formatting elements without end.
const ELEMENTS_PER_START_TAG: usize = 4;

/// Elements any page may make beyond [`ELEMENTS_PER_START_TAG`] per start tag.
const SPARE_ELEMENTS: usize = 10_000;

/// Parses a decoded page with matn's tokenizer, or says why it cannot. `for_extraction`:
/// see [`parse_page`].
pub(super) fn parse_fast(
    text: &str,
    for_extraction: bool,
) -> Result<(Arena, Vec<Node>), Unsupported> {
    let builder = TreeBuilder::new(sink_for(text), TreeBuilderOpts::default());
    let over_limits = |start_tags: usize| {
        let b = builder.sink.0.borrow();
        b.deepest as usize > MAX_NESTING_DEPTH
            || b.elements > start_tags * ELEMENTS_PER_START_TAG + SPARE_ELEMENTS
    };
    let limits = Limits {
        cut_unread: for_extraction,
        over: if for_extraction {
            Some(&over_limits)
        } else {
            None
        },
    };
    super::tokens::tokenize(text, &builder, &limits)?;
    Ok(builder.sink.finish())
}

/// Parses a decoded page with html5ever's tokenizer and tree builder.
pub(super) fn parse_with_html5ever(text: &str) -> (Arena, Vec<Node>) {
    html5ever::parse_document(sink_for(text), ParseOpts::default()).one(text)
}
