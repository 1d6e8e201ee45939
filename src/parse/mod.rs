//! Builds the tree a browser would build (html5ever's tree builder, into matn's own sink in
//! [`sink`], fed by matn's own tokenizer in [`tokens`] or, for the markup that one leaves
//! aside, by html5ever's) as a pre-order array, so that later stages walk it with loops and
//! side tables instead of recursion: deep input cannot blow the stack, and scores never
//! live in the tree.

mod sink;
mod tokens;
pub(crate) use tokens::escaped_script_end;

use html5ever::{ns, Attribute};
use sink::{Arena, Data};

/// Index of a node in [`Dom::nodes`] (pre-order).
pub type Ix = usize;

/// Marks "no parent" in [`Node::parent`].
pub const NO_PARENT: Ix = usize::MAX;

/// What a flattened node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An element, with its tag name classified.
    Element(Tag),
    /// A text node.
    Text,
    /// A comment, doctype, processing instruction or the document itself.
    Other,
}

/// The tags the extractor treats specially; everything else is [`Tag::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Script,
    Style,
    Noscript,
    Template,
    Iframe,
    Object,
    Embed,
    Svg,
    Math,
    Canvas,
    Video,
    Audio,
    Picture,
    Img,
    Figure,
    Figcaption,
    Form,
    Input,
    Button,
    Select,
    Textarea,
    Label,
    Nav,
    Header,
    Footer,
    Aside,
    Main,
    Article,
    Section,
    Div,
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Tbody,
    Thead,
    Tfoot,
    Tr,
    Td,
    Th,
    Caption,
    Blockquote,
    Pre,
    Address,
    Hr,
    Br,
    A,
    Time,
    Center,
    Font,
    Other,
}

impl Tag {
    /// Classifies a lower-case local name.
    pub fn from_name(name: &str) -> Tag {
        use Tag::*;
        match name {
            "html" => Html,
            "head" => Head,
            "body" => Body,
            "title" => Title,
            "meta" => Meta,
            "link" => Link,
            "script" => Script,
            "style" => Style,
            "noscript" => Noscript,
            "template" => Template,
            "iframe" => Iframe,
            "object" => Object,
            "embed" => Embed,
            "svg" => Svg,
            "math" => Math,
            "canvas" => Canvas,
            "video" => Video,
            "audio" => Audio,
            "picture" => Picture,
            "img" => Img,
            "figure" => Figure,
            "figcaption" => Figcaption,
            "form" => Form,
            "input" => Input,
            "button" => Button,
            "select" => Select,
            "textarea" => Textarea,
            "label" => Label,
            "nav" => Nav,
            "header" => Header,
            "footer" => Footer,
            "aside" => Aside,
            "main" => Main,
            "article" => Article,
            "section" => Section,
            "div" => Div,
            "p" => P,
            "h1" => H1,
            "h2" => H2,
            "h3" => H3,
            "h4" => H4,
            "h5" => H5,
            "h6" => H6,
            "ul" => Ul,
            "ol" => Ol,
            "li" => Li,
            "dl" => Dl,
            "dt" => Dt,
            "dd" => Dd,
            "table" => Table,
            "tbody" => Tbody,
            "thead" => Thead,
            "tfoot" => Tfoot,
            "tr" => Tr,
            "td" => Td,
            "th" => Th,
            "caption" => Caption,
            "blockquote" => Blockquote,
            "pre" => Pre,
            "address" => Address,
            "hr" => Hr,
            "br" => Br,
            "a" => A,
            "time" => Time,
            "center" => Center,
            "font" => Font,
            _ => Other,
        }
    }

    /// Whether a browser lays this element out as a block (a line break before and after).
    pub fn is_block(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Html | Body
                | Main
                | Article
                | Section
                | Div
                | P
                | H1
                | H2
                | H3
                | H4
                | H5
                | H6
                | Ul
                | Ol
                | Li
                | Dl
                | Dt
                | Dd
                | Table
                | Tbody
                | Thead
                | Tfoot
                | Tr
                | Td
                | Th
                | Caption
                | Blockquote
                | Pre
                | Address
                | Hr
                | Nav
                | Header
                | Footer
                | Aside
                | Figure
                | Figcaption
                | Form
                | Center
        )
    }

    /// Headings `h1`–`h6`.
    pub fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }

    /// A heading's level (1 for `h1` … 6 for `h6`); 0 for any other tag.
    pub fn heading_level(self) -> u8 {
        match self {
            Tag::H1 => 1,
            Tag::H2 => 2,
            Tag::H3 => 3,
            Tag::H4 => 4,
            Tag::H5 => 5,
            Tag::H6 => 6,
            _ => 0,
        }
    }
}

/// One node of the flattened tree.
#[derive(Debug, Clone, Copy)]
pub struct Node {
    /// The node's slot in the parser's arena (its text and attributes).
    src: u32,
    /// Parent index, or [`NO_PARENT`].
    pub parent: Ix,
    /// One past the last descendant: the subtree of `i` is `i..nodes[i].end`.
    pub end: Ix,
    /// Depth below the document node.
    pub depth: u32,
    pub kind: Kind,
}

/// The parsed page as a pre-order array of nodes, with their text and attributes.
pub struct Dom {
    arena: Arena,
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Parses a decoded page.
    pub fn parse(text: &str) -> Dom {
        let (arena, nodes) = sink::parse(text);
        Dom { arena, nodes }
    }

    /// Parses a decoded page for extraction: what no stage reads (`<style>` and non-JSON-LD
    /// `<script>` text, attributes outside [`crate::read::KEPT_ATTRIBUTES`]) left out, and
    /// pathological markup (nesting, attribute counts, formatting elements re-created
    /// without end) put through the guard ([`crate::read::limit_markup`]) first.
    pub fn parse_page(text: &str) -> Dom {
        let (arena, nodes) = sink::parse_page(text);
        Dom { arena, nodes }
    }

    /// Parses a decoded page with matn's tokenizer only, or names the markup that needs
    /// html5ever's (`Err`); [`Dom::parse`] then falls back to it. For tests.
    #[doc(hidden)]
    pub fn parse_fast(text: &str) -> Result<Dom, &'static str> {
        let (arena, nodes) = sink::parse_fast(text, false).map_err(|e| e.0)?;
        Ok(Dom { arena, nodes })
    }

    /// Parses a decoded page with html5ever's own tokenizer (what [`Dom::parse`] falls
    /// back to); the same tree, for tests and benchmarks that compare the two.
    #[doc(hidden)]
    pub fn parse_with_html5ever(text: &str) -> Dom {
        let (arena, nodes) = sink::parse_with_html5ever(text);
        Dom { arena, nodes }
    }

    /// The tag of node `i`, if it is an element.
    pub fn tag(&self, i: Ix) -> Option<Tag> {
        match self.nodes[i].kind {
            Kind::Element(t) => Some(t),
            _ => None,
        }
    }

    fn data(&self, i: Ix) -> Option<&Data> {
        self.nodes
            .get(i)
            .and_then(|n| self.arena.data.get(n.src as usize))
    }

    /// The text of node `i`, if it is a text node.
    pub fn text(&self, i: Ix) -> Option<&str> {
        match self.data(i) {
            Some(Data::Text { start, end }) => self.arena.text.get(*start..*end),
            _ => None,
        }
    }

    /// The attributes of node `i` (none unless it is an element), sorted by name.
    pub fn attrs(&self, i: Ix) -> &[Attribute] {
        match self.data(i) {
            Some(Data::Element { attrs: (s, e), .. }) => self
                .arena
                .attrs
                .get(*s as usize..*e as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The element name of node `i` as the page writes it (HTML names lower-cased).
    pub fn name(&self, i: Ix) -> Option<&str> {
        match self.data(i) {
            Some(Data::Element { name, .. }) => Some(&name.local),
            _ => None,
        }
    }

    /// An attribute of element `i` (one without namespace). Only the names in
    /// [`crate::read::KEPT_ATTRIBUTES`] reach the tree when the guard cuts unread ones.
    pub fn attr(&self, i: Ix, name: &str) -> Option<&str> {
        debug_assert!(
            crate::read::is_kept_attribute(name.as_bytes()),
            "attribute {name:?} is read but not in read::KEPT_ATTRIBUTES"
        );
        self.attrs(i)
            .iter()
            .find(|a| a.name.prefix.is_none() && a.name.ns == ns!() && &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// Children of `i`, in order.
    pub fn children(&self, i: Ix) -> Children<'_> {
        Children {
            dom: self,
            next: i + 1,
            end: self.nodes[i].end,
        }
    }

    /// The first element with tag `tag`, in document order.
    pub fn find(&self, tag: Tag) -> Option<Ix> {
        (0..self.nodes.len()).find(|&i| self.tag(i) == Some(tag))
    }

    /// Whether `a` is `b` or an ancestor of `b`.
    pub fn contains(&self, a: Ix, b: Ix) -> bool {
        a <= b && b < self.nodes[a].end
    }
}

/// Iterator over the children of a node.
pub struct Children<'a> {
    dom: &'a Dom,
    next: Ix,
    end: Ix,
}

impl Iterator for Children<'_> {
    type Item = Ix;
    fn next(&mut self) -> Option<Ix> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.dom.nodes[i].end;
        Some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtree_ranges_are_consistent() {
        let dom =
            Dom::parse("<html><body><div><p>a<b>b</b></p><p>c</p></div><p>d</p></body></html>");
        for (i, n) in dom.nodes.iter().enumerate() {
            assert!(n.end > i);
            if n.parent != NO_PARENT {
                assert!(dom.contains(n.parent, i));
            }
        }
        let body = dom.find(Tag::Body).unwrap();
        let kids: Vec<_> = dom.children(body).collect();
        assert_eq!(kids.len(), 2);
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let mut s = String::new();
        for _ in 0..3_000 {
            s.push_str("<div>");
        }
        s.push('x');
        let dom = Dom::parse(&s);
        assert!(dom.nodes.len() > 1000);
        // The document, html, head, body, the 3 000 divs and the text: every one kept.
        assert_eq!(dom.nodes.len(), 3_005);
    }
}
