//! A linear byte-level guard that keeps pathological markup from making the tree builder
//! super-linear: html5ever's scope checks walk the stack of open elements, so 100 000
//! nested `<div>`s cost time quadratic in the depth, and its duplicate-attribute check is
//! quadratic in the number of attributes of one tag. Like Chromium, which caps the tree
//! depth at 512, the guard neutralises start tags beyond the depth limit (and their
//! matching end tags) so the tree stays flat, and drops attributes beyond a per-tag cap.
//! It also caps the formatting elements left open at once, which the tree builder
//! re-creates in every new paragraph. A document within the limits comes back unchanged
//! (borrowed).

use super::markup::{attribute_ranges, is_space, Token, Tokenizer};
use super::tables::{
    BLOCK_ELEMENTS, CLOSES_P, FOREIGN_ROOTS, FORMATTING_ELEMENTS, FORMATTING_MARKERS, PARAGRAPH,
    RAW_TEXT_ELEMENTS, SELF_ENDING_FORMATTING, SIBLING_GROUPS, STRUCTURAL_ELEMENTS, VOID_ELEMENTS,
};
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// Deepest element nesting passed on to the parser; Chromium's limit.
pub const MAX_NESTING_DEPTH: usize = 512;

/// Most attributes kept on one tag. Real pages stay far below this; html5ever's
/// duplicate check makes each extra attribute cost time proportional to the ones before.
pub const MAX_ATTRIBUTES: usize = 1024;

/// Most formatting elements (`<b>`, `<font>`, `<a>`, …) left open at once. The tree
/// builder re-creates every active one in each new paragraph, so `<p>` followed by 500
/// distinct unclosed `<b id=…>` and then `<p>x` repeated turns four bytes into 500
/// elements. Real pages keep a handful open; this bounds the blow-up per text run.
pub const MAX_ACTIVE_FORMATTING: usize = 16;

/// What stands in for a dropped block-level tag, so the words on either side stay apart.
const BLOCK_TAG_STANDIN: &str = "\n";

/// The guard's limits; [`Default`] is what [`crate::extract`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkupLimits {
    /// Deepest element nesting kept.
    pub max_depth: usize,
    /// Most attributes kept on one tag.
    pub max_attributes: usize,
    /// Most formatting elements left open at once.
    pub max_active_formatting: usize,
}

impl Default for MarkupLimits {
    fn default() -> Self {
        MarkupLimits {
            max_depth: MAX_NESTING_DEPTH,
            max_attributes: MAX_ATTRIBUTES,
            max_active_formatting: MAX_ACTIVE_FORMATTING,
        }
    }
}

/// Caps element nesting at `max_depth` (see the module comment). Identity, without a
/// copy, on documents that nest no deeper.
pub fn limit_nesting(text: &str, max_depth: usize) -> Cow<'_, str> {
    limit_markup(
        text,
        &MarkupLimits {
            max_depth,
            max_attributes: usize::MAX,
            max_active_formatting: usize::MAX,
        },
    )
}

/// Applies all of `limits` in one linear pass (see the module comment). Identity,
/// without a copy, on documents within them.
pub fn limit_markup<'a>(text: &'a str, limits: &MarkupLimits) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    let mut out = Rewriter {
        text,
        copied: 0,
        buf: None,
    };
    // The open elements, innermost last; never more than `max_depth`.
    let mut stack: Vec<(&[u8], Class)> = Vec::new();
    // Open foreign roots (`<svg>`, `<math>`) on the stack.
    let mut foreign = 0usize;
    // Start tags dropped and not yet matched by an end tag, by lower-case name.
    let mut dropped: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut active = ActiveFormatting::default();
    for token in Tokenizer::new(bytes) {
        match token {
            Token::Start {
                whole,
                name,
                self_closing,
            } => {
                let Some(n) = bytes.get(name) else { continue };
                if limits.max_attributes != usize::MAX {
                    cap_attributes(bytes, &whole, limits.max_attributes, &mut out);
                }
                let class = Class::of(n);
                if class.has(MARKER) {
                    active.clear();
                }
                let opens = !class.has(VOID | RAW_TEXT | STRUCTURAL)
                    && !(self_closing && (foreign > 0 || class.has(FOREIGN)));
                if !opens {
                    continue;
                }
                close_implied(&mut stack, foreign, class);
                if let Some(slot) = class.formatting {
                    if class.has(SELF_ENDING) {
                        active.end_all(slot);
                    }
                }
                let too_many_active =
                    class.formatting.is_some() && active.total >= limits.max_active_formatting;
                if stack.len() >= limits.max_depth || too_many_active {
                    *dropped.entry(n.to_ascii_lowercase()).or_insert(0) += 1;
                    out.replace(whole, standin(class));
                    continue;
                }
                if let Some(slot) = class.formatting {
                    active.open(slot);
                }
                if class.has(FOREIGN) {
                    foreign += 1;
                }
                stack.push((n, class));
            }
            Token::End { whole, name } => {
                let Some(n) = bytes.get(name) else { continue };
                // Most end tags close the innermost element, whose class is known.
                let class = match stack.last() {
                    Some((open, class)) if open.eq_ignore_ascii_case(n) => *class,
                    _ => Class::of(n),
                };
                if class.has(VOID | STRUCTURAL) {
                    continue;
                }
                if class.has(MARKER) {
                    active.clear();
                }
                if !dropped.is_empty() {
                    if let Some(count) = dropped.get_mut(n.to_ascii_lowercase().as_slice()) {
                        if *count > 0 {
                            *count -= 1;
                            out.replace(whole, standin(class));
                            continue;
                        }
                    }
                }
                if let Some(slot) = class.formatting {
                    active.close(slot);
                }
                if let Some(k) = stack
                    .iter()
                    .rposition(|(open, _)| open.eq_ignore_ascii_case(n))
                {
                    for (_, popped) in stack.drain(k..) {
                        if popped.has(FOREIGN) {
                            foreign = foreign.saturating_sub(1);
                        }
                    }
                    // Whatever was dropped for depth lay deeper than this element: closed
                    // with it.
                    dropped.clear();
                }
            }
            Token::Text(_) | Token::RawText(_) | Token::Other(_) => {}
        }
    }
    out.finish()
}

/// Element classes, as bits of [`Class::flags`].
const VOID: u16 = 1;
const RAW_TEXT: u16 = 1 << 1;
const STRUCTURAL: u16 = 1 << 2;
const FOREIGN: u16 = 1 << 3;
const MARKER: u16 = 1 << 4;
const ENDS_P: u16 = 1 << 5;
const SELF_ENDING: u16 = 1 << 6;
const BLOCK: u16 = 1 << 7;
const IS_P: u16 = 1 << 8;

/// What the guard needs to know about an element name, looked up once per tag.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Class {
    flags: u16,
    /// Index in [`FORMATTING_ELEMENTS`].
    formatting: Option<usize>,
    /// Index in [`SIBLING_GROUPS`].
    group: Option<usize>,
}

/// Longest element name in the tables; longer names are of no class.
const LONGEST_CLASSED_NAME: usize = 16;

/// FNV-1a's offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a's prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Slots of the class table: a power of two, several times the number of classed
/// names, so that a look-up probes one or two slots.
const CLASS_SLOTS: usize = 256;

/// FNV-1a over an element name, lower-cased on the fly.
fn name_hash(name: &[u8]) -> usize {
    let mut h = FNV_OFFSET;
    for &b in name {
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
    }
    // Only the low bits pick the slot.
    h as usize
}

/// An open-addressing table from element names to classes: no copy, no SipHash,
/// case ignored, on every tag of the page.
struct ClassTable {
    slots: Vec<Option<(&'static [u8], Class)>>,
}

impl ClassTable {
    fn new(classes: HashMap<&'static [u8], Class>) -> ClassTable {
        let mut slots = vec![None; CLASS_SLOTS.max(classes.len().next_power_of_two() * 2)];
        let mask = slots.len() - 1;
        for (name, class) in classes {
            let mut k = name_hash(name) & mask;
            while slots.get(k).is_some_and(Option::is_some) {
                k = (k + 1) & mask;
            }
            if let Some(slot) = slots.get_mut(k) {
                *slot = Some((name, class));
            }
        }
        ClassTable { slots }
    }

    fn get(&self, name: &[u8]) -> Option<Class> {
        let mask = self.slots.len() - 1;
        let mut k = name_hash(name) & mask;
        // The table is never full, so an empty slot ends every probe.
        while let Some(Some((key, class))) = self.slots.get(k) {
            if key.eq_ignore_ascii_case(name) {
                return Some(*class);
            }
            k = (k + 1) & mask;
        }
        None
    }

    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = &(&'static [u8], Class)> {
        self.slots.iter().flatten()
    }
}

/// Every classed name (lower case) and its class, built once from the tables.
static CLASSES: LazyLock<ClassTable> = LazyLock::new(|| {
    let mut map: HashMap<&'static [u8], Class> = HashMap::new();
    let flagged: [(&[&'static [u8]], u16); 8] = [
        (VOID_ELEMENTS, VOID),
        (RAW_TEXT_ELEMENTS, RAW_TEXT),
        (STRUCTURAL_ELEMENTS, STRUCTURAL),
        (FOREIGN_ROOTS, FOREIGN),
        (FORMATTING_MARKERS, MARKER),
        (CLOSES_P, ENDS_P),
        (SELF_ENDING_FORMATTING, SELF_ENDING),
        (BLOCK_ELEMENTS, BLOCK),
    ];
    for (table, flag) in flagged {
        for &name in table {
            map.entry(name).or_default().flags |= flag;
        }
    }
    map.entry(PARAGRAPH).or_default().flags |= IS_P;
    for (i, &name) in FORMATTING_ELEMENTS.iter().enumerate() {
        map.entry(name).or_default().formatting = Some(i);
    }
    for (i, group) in SIBLING_GROUPS.iter().enumerate() {
        for &name in group.iter() {
            map.entry(name).or_default().group = Some(i);
        }
    }
    ClassTable::new(map)
});

impl Class {
    fn of(name: &[u8]) -> Class {
        if name.len() > LONGEST_CLASSED_NAME {
            return Class::default();
        }
        CLASSES.get(name).unwrap_or_default()
    }

    fn has(self, flags: u16) -> bool {
        self.flags & flags != 0
    }
}

/// A count of the tree builder's active formatting elements, per element name. It errs
/// high: Noah's Ark (at most three identical entries) is not modelled.
#[derive(Default)]
struct ActiveFormatting {
    counts: [usize; FORMATTING_ELEMENTS.len()],
    total: usize,
}

impl ActiveFormatting {
    /// A new `<a>` or `<nobr>` ends the active one (the adoption agency).
    fn end_all(&mut self, slot: usize) {
        if let Some(c) = self.counts.get_mut(slot) {
            self.total -= *c;
            *c = 0;
        }
    }

    fn open(&mut self, slot: usize) {
        if let Some(c) = self.counts.get_mut(slot) {
            *c += 1;
            self.total += 1;
        }
    }

    fn close(&mut self, slot: usize) {
        if let Some(c) = self.counts.get_mut(slot) {
            if *c > 0 {
                *c -= 1;
                self.total -= 1;
            }
        }
    }

    /// At a marker (a table cell, a caption, …): what was active before is out of reach.
    fn clear(&mut self) {
        *self = ActiveFormatting::default();
    }
}

/// Pops the elements a start tag ends implicitly, as the tree builder would: an open
/// `<p>` before a block, an open sibling of the same group (`<li>` before `<li>`).
fn close_implied(stack: &mut Vec<(&[u8], Class)>, foreign: usize, class: Class) {
    if foreign > 0 {
        return;
    }
    if class.has(ENDS_P) && stack.last().is_some_and(|(_, top)| top.has(IS_P)) {
        stack.pop();
    }
    if class.group.is_some()
        && stack
            .last()
            .is_some_and(|(_, top)| top.group == class.group)
    {
        stack.pop();
    }
}

fn standin(class: Class) -> &'static str {
    if class.has(BLOCK) {
        BLOCK_TAG_STANDIN
    } else {
        ""
    }
}

/// Rewrites a start tag with more than `max` attributes, keeping the first `max`.
fn cap_attributes(bytes: &[u8], whole: &Range<usize>, max: usize, out: &mut Rewriter<'_>) {
    let Some(tag) = bytes.get(whole.clone()) else {
        return;
    };
    // Cheap bounds first: every attribute takes at least one byte, and every attribute
    // after the first follows a space, a `/` or the closing quote of the value before it.
    if tag.len() <= max {
        return;
    }
    let separators = tag
        .iter()
        .filter(|&&b| is_space(b) || matches!(b, b'/' | b'"' | b'\''))
        .count();
    if separators <= max {
        return;
    }
    let attrs = attribute_ranges(tag);
    // The kept attributes end where the first dropped one starts.
    let Some((first_dropped, _)) = attrs.get(max) else {
        return;
    };
    let Some(kept) = tag
        .get(..first_dropped.start)
        .and_then(|k| std::str::from_utf8(k).ok())
    else {
        return;
    };
    let close = if tag.ends_with(b"/>") { "/>" } else { ">" };
    out.replace(whole.clone(), &format!("{}{}", kept.trim_end(), close));
}

/// Copies the input lazily: nothing is allocated until the first replacement.
struct Rewriter<'a> {
    text: &'a str,
    copied: usize,
    buf: Option<String>,
}

impl<'a> Rewriter<'a> {
    fn replace(&mut self, range: Range<usize>, with: &str) {
        let text = self.text;
        let buf = self
            .buf
            .get_or_insert_with(|| String::with_capacity(text.len()));
        if let Some(before) = text.get(self.copied..range.start) {
            buf.push_str(before);
        }
        buf.push_str(with);
        self.copied = range.end;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.buf {
            None => Cow::Borrowed(self.text),
            Some(mut buf) => {
                if let Some(rest) = self.text.get(self.copied..) {
                    buf.push_str(rest);
                }
                Cow::Owned(buf)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(
        max_depth: usize,
        max_attributes: usize,
        max_active_formatting: usize,
    ) -> MarkupLimits {
        MarkupLimits {
            max_depth,
            max_attributes,
            max_active_formatting,
        }
    }

    fn nested(tag: &str, n: usize) -> String {
        format!(
            "{}x{}",
            format!("<{tag}>").repeat(n),
            format!("</{tag}>").repeat(n)
        )
    }

    #[test]
    fn shallow_document_is_borrowed_unchanged() {
        let doc = "<!doctype html><html lang=ar><body><div><p>نص<p>آخر<ul><li>أ<li>ب</ul>\
                   <svg><path d='M0'/><path/></svg><img src=x><br></div></body></html>";
        assert!(matches!(limit_nesting(doc, 8), Cow::Borrowed(_)));
        assert!(matches!(
            limit_markup(doc, &limits(8, 4, 4)),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn deep_divs_are_flattened_to_the_limit() {
        let doc = nested("div", 1000);
        let out = limit_nesting(&doc, 512);
        assert_eq!(out.matches("<div>").count(), 512, "div start tags kept");
        assert_eq!(out.matches("</div>").count(), 512, "div end tags kept");
        assert!(out.contains('x'), "text kept");
    }

    #[test]
    fn inline_tags_beyond_the_limit_vanish_without_spaces() {
        let doc = format!("{}ab<b>cd</b>ef", "<span>".repeat(4));
        let out = limit_nesting(&doc, 4);
        assert_eq!(out, format!("{}abcdef", "<span>".repeat(4)));
    }

    #[test]
    fn unclosed_paragraphs_and_items_do_not_count_as_depth() {
        let doc = "<p>a".repeat(100) + &"<li>b".repeat(100) + &"<td>c".repeat(100);
        assert!(matches!(limit_nesting(&doc, 3), Cow::Borrowed(_)));
    }

    #[test]
    fn markup_inside_comments_scripts_and_quotes_is_not_counted() {
        let doc = format!(
            "<div><!-- {} --><script>{}</script><a title='{}'>x</a></div>",
            "<div>".repeat(50),
            "<div>".repeat(50),
            "<div>".repeat(50)
        );
        assert!(matches!(limit_nesting(&doc, 3), Cow::Borrowed(_)));
    }

    #[test]
    fn dropped_block_tags_keep_words_apart() {
        let doc = "<div><div>a</div><div>b</div></div>";
        let out = limit_nesting(doc, 1);
        assert_eq!(out, "<div>\na\n\nb\n</div>");
    }

    #[test]
    fn a_closing_ancestor_ends_the_dropped_elements() {
        // The inner spans are dropped; `</div>` closes the kept div and everything in it,
        // so the later `<span>` is kept again.
        let doc = "<div><span><span>a</div><span>b</span>";
        let out = limit_nesting(doc, 2);
        assert_eq!(out, "<div><span>a</div><span>b</span>");
    }

    #[test]
    fn attributes_beyond_the_cap_are_dropped() {
        let doc = "<div a=1 b='2' c=\"3\" d>x</div>";
        // Attributes need no space after a quoted value.
        let packed = "<div a=''b=''c=''d=''>x</div>";
        assert_eq!(
            limit_markup(packed, &limits(10, 2, 9)),
            "<div a=''b=''>x</div>"
        );
        assert_eq!(
            limit_markup(doc, &limits(10, 2, 9)),
            "<div a=1 b='2'>x</div>"
        );
        assert!(matches!(
            limit_markup(doc, &limits(10, 4, 9)),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn unterminated_markup_does_not_panic() {
        for doc in [
            "<div", "<div a='", "<!--", "<script>", "</", "<", "<div/", "a<b>c</",
        ] {
            let _ = limit_markup(doc, &limits(1, 1, 1));
        }
    }

    #[test]
    fn formatting_elements_left_open_are_capped() {
        // Every `<p>` would re-create all the open `<b>`s.
        let bold: String = (0..40).map(|i| format!("<b id={i}>")).collect();
        let doc = format!("<p>{bold}{}", "<p>x".repeat(10));
        let out = limit_markup(&doc, &limits(512, 10, 16));
        assert_eq!(out.matches("<b ").count(), 16, "b start tags kept");
        assert_eq!(out.matches("<p>").count(), 11, "p start tags kept");
    }

    #[test]
    fn closed_formatting_and_cells_do_not_count() {
        let closed = "<p><b>a</b><i>b</i><a href=x>c</a></p>".repeat(50);
        assert!(matches!(
            limit_markup(&closed, &limits(512, 10, 2)),
            Cow::Borrowed(_)
        ));
        let cells = "<tr><td><font size=2><b>x</td>".repeat(50);
        assert!(matches!(
            limit_markup(&cells, &limits(512, 10, 2)),
            Cow::Borrowed(_)
        ));
        let links = "<a href=1>x<a href=2>y<a href=3>z".repeat(20);
        assert!(matches!(
            limit_markup(&links, &limits(512, 10, 2)),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn every_table_name_fits_the_class_lookup() {
        for (name, class) in CLASSES.iter() {
            assert_eq!(
                Class::of(name),
                *class,
                "lookup of {:?}",
                String::from_utf8_lossy(name)
            );
            assert!(
                name.len() <= LONGEST_CLASSED_NAME,
                "{:?}",
                String::from_utf8_lossy(name)
            );
            assert_eq!(
                Class::of(&name.to_ascii_uppercase()),
                *class,
                "case-insensitive lookup"
            );
        }
        assert_eq!(
            Class::of(b"a-very-long-custom-element-name"),
            Class::default()
        );
    }
}
