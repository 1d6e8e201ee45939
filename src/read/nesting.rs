//! A linear byte-level guard that keeps pathological markup from making the tree builder
//! super-linear: html5ever's scope checks walk the stack of open elements, so 100 000
//! nested `<div>`s cost time quadratic in the depth, and its duplicate-attribute check is
//! quadratic in the number of attributes of one tag. Like Chromium, which caps the tree
//! depth at 512, the guard neutralises start tags beyond the depth limit (and their
//! matching end tags) so the tree stays flat, and drops attributes beyond a per-tag cap.
//! It also caps the formatting elements left open at once, which the tree builder
//! re-creates in every new paragraph. In the same pass it cuts the bodies of `<style>` and
//! non-JSON-LD `<script>` elements and of comments, which no stage reads (see
//! `dead_raw_text` and `comment_body`), and shortens runs of white space between tags to
//! one byte (`collapse_spaces`). A document within the limits and without such bodies or
//! runs comes back unchanged (borrowed).

use super::markup::{attribute_ranges, each_attribute, is_space, Token, Tokenizer};
use super::tables::{
    is_kept_attribute, BLOCK_ELEMENTS, CLOSES_P, FOREIGN_ROOTS, FORMATTING_ELEMENTS,
    FORMATTING_MARKERS, LEADING_NEWLINE_ELEMENTS, PARAGRAPH, PLAINTEXT_ELEMENT, RAW_TEXT_ELEMENTS,
    SELF_ENDING_FORMATTING, SIBLING_GROUPS, STRUCTURAL_ELEMENTS, VOID_ELEMENTS,
};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

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

/// What stands in for a dropped block-level tag: a paragraph break, so the blocks on
/// either side stay apart as a browser lays them out (the text stage ends a block at a
/// `<br><br>` run). Void elements add no depth; a run of dropped block tags with only
/// white space between them gets one.
const BLOCK_TAG_STANDIN: &str = "<br><br>";

/// The guard's limits; [`Default`] is what [`crate::extract`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkupLimits {
    /// Deepest element nesting kept.
    pub max_depth: usize,
    /// Most attributes kept on one tag.
    pub max_attributes: usize,
    /// Most formatting elements left open at once.
    pub max_active_formatting: usize,
    /// Whether what no stage reads is cut before the parse: the bodies of `<style>` and
    /// non-JSON-LD `<script>` elements (see [`dead_raw_text`]), of comments
    /// ([`comment_body`]), and attributes not in [`super::KEPT_ATTRIBUTES`].
    pub cut_unread: bool,
}

impl Default for MarkupLimits {
    fn default() -> Self {
        MarkupLimits {
            max_depth: MAX_NESTING_DEPTH,
            max_attributes: MAX_ATTRIBUTES,
            max_active_formatting: MAX_ACTIVE_FORMATTING,
            cut_unread: true,
        }
    }
}

/// Shortest start tag whose attributes [`cut_attributes`] looks at.
const MIN_TAG_TO_CUT: usize = 48;

/// Cuts the attributes of start tag `whole` that are not in [`super::KEPT_ATTRIBUTES`] (with the
/// space before each): the tokenizer reads attribute names and values one character at a
/// time, and on news pages most of them (`data-*`, `srcset`, `onclick`, `width`, …) are
/// read by no stage. The tag, its kept attributes and their order stay.
fn cut_attributes(bytes: &[u8], whole: &Range<usize>, out: &mut Rewriter<'_>) {
    let Some(tag) = bytes.get(whole.clone()) else {
        return;
    };
    // Short tags are left alone: their attributes (`class="…"`, `id=…`, `href=…`) are
    // nearly always kept ones, and looking costs more than the parse would save.
    if tag.len() < MIN_TAG_TO_CUT {
        return;
    }
    let mut prev_end = 0;
    each_attribute(tag, |name, extent| {
        let kept = tag.get(name).is_some_and(is_kept_attribute);
        if !kept {
            // From the end of the attribute before (its separating spaces included).
            let from = if tag
                .get(prev_end..extent.start)
                .is_some_and(|gap| gap.iter().all(|&b| is_space(b)))
            {
                prev_end
            } else {
                extent.start
            };
            out.replace(whole.start + from..whole.start + extent.end, "");
        }
        prev_end = extent.end;
    });
}

/// The body of comment token `token` when it is an ordinary `<!--…-->` comment, which
/// the guard may empty: the tree keeps the comment node (its text is never read), and the
/// tokenizer, which reads a comment one character at a time, skips its bytes. `None` for
/// anything else (`<!-->`, `<!--->`, `--!>` endings, a comment cut off by the end of the
/// page, doctypes and other `<!` markup).
fn comment_body(bytes: &[u8], token: &Range<usize>) -> Option<Range<usize>> {
    let t = bytes.get(token.clone())?;
    if t.len() > b"<!---->".len() && t.starts_with(b"<!--") && t.ends_with(b"-->") {
        Some(token.start + 4..token.end - 3)
    } else {
        None
    }
}

/// Whether the raw text after start tag `tag` (named `name`) is dead weight: nothing in
/// matn reads the body of a `<style>` or of a `<script>` that is not JSON-LD (every stage
/// skips their subtrees), yet html5ever's tokenizer walks every byte of it, and on news
/// pages they are a tenth (Arabic corpus) to two fifths (English pages) of the markup.
/// Cutting them leaves the element itself in the tree. Only outside SVG and MathML,
/// where `<script>` and `<style>` are raw text (and, checked by the caller, outside a
/// `<select>` and after no `<frameset>`, where the tree builder ignores the tags and reads
/// their bodies as markup); and a script body with `<!--` is kept, since the tokenizer's
/// escaped states could carry it past a `</script>`.
pub(crate) fn dead_raw_text(tag: &[u8], name: &[u8], foreign: usize) -> bool {
    if foreign > 0 {
        return false;
    }
    if name.eq_ignore_ascii_case(b"style") {
        return true;
    }
    name.eq_ignore_ascii_case(b"script")
        && !tag
            .windows(b"ld+json".len())
            .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
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
            cut_unread: false,
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
    // Whether a foreign root was closed implicitly, so that `foreign` may undercount.
    let mut foreign_unsure = false;
    // Start tags dropped and not yet matched by an end tag, by name (any case).
    let mut dropped: HashMap<Folded<'_>, usize> = HashMap::new();
    let mut active = ActiveFormatting::default();
    // Whether the raw text that comes next is cut ([`dead_raw_text`]).
    let mut cut_raw_text = false;
    let mut frameset = false;
    // Whether the last token was a `<pre>` or `<listing>` start tag, whose first line
    // break the tree builder drops: the text right after one keeps its white space.
    let mut opened_pre = false;
    for token in Tokenizer::new(bytes) {
        // Only the token right after the start tag can be its raw text.
        let cut = std::mem::take(&mut cut_raw_text);
        let after_pre = std::mem::take(&mut opened_pre);
        match token {
            Token::Start {
                whole,
                name,
                self_closing,
            } => {
                let Some(n) = bytes.get(name) else { continue };
                let cap = limits.max_attributes != usize::MAX;
                let class = Class::of(n);
                let opens = !class.has(VOID | RAW_TEXT | STRUCTURAL)
                    && !(self_closing && (foreign > 0 || class.has(FOREIGN)));
                if !opens {
                    let capped =
                        cap && cap_attributes(bytes, &whole, limits.max_attributes, &mut out);
                    if limits.cut_unread && !capped {
                        cut_attributes(bytes, &whole, &mut out);
                    }
                    // <style> and <script> inside SVG or MathML hold markup, which this
                    // pass reads as raw text: past one, the foreign roots it counts may be
                    // wrong (a nested <svg> unseen), so no later raw text is cut.
                    if class.has(RAW_TEXT) && foreign > 0 {
                        foreign_unsure = true;
                    }
                    if class.has(RAW_TEXT) && limits.cut_unread && !frameset {
                        let tag = bytes.get(whole.clone()).unwrap_or_default();
                        let in_select =
                            || stack.iter().any(|(o, _)| o.eq_ignore_ascii_case(b"select"));
                        cut_raw_text =
                            !foreign_unsure && dead_raw_text(tag, n, foreign) && !in_select();
                    }
                    if class.has(MARKER) {
                        active.clear();
                    }
                    continue;
                }
                // After a <frameset> the tree builder ignores <style> and <script> and
                // reads their bodies as markup: nothing more is cut.
                frameset |= n.eq_ignore_ascii_case(b"frameset");
                close_implied(&mut stack, foreign, class);
                // A dropped tag is not in the parse: it neither clears the formatting
                // elements (a table cell) nor ends the active one (an `<a>`), so its
                // effect on them waits until it is kept.
                let ended = match class.formatting {
                    Some(slot) if class.has(SELF_ENDING) => active.count(slot),
                    _ => 0,
                };
                let too_many_active = class.formatting.is_some()
                    && active.total - ended >= limits.max_active_formatting;
                if stack.len() >= limits.max_depth || too_many_active {
                    *dropped.entry(Folded(n)).or_insert(0) += 1;
                    out.replace(whole, standin(class));
                    continue;
                }
                // Only a kept tag has its attributes capped: a dropped one goes whole
                // (capping it first kept it, past the depth limit).
                let capped = cap && cap_attributes(bytes, &whole, limits.max_attributes, &mut out);
                if limits.cut_unread && !capped {
                    cut_attributes(bytes, &whole, &mut out);
                }
                if class.has(MARKER) {
                    active.clear();
                }
                if let Some(slot) = class.formatting {
                    if class.has(SELF_ENDING) {
                        active.end_all(slot);
                    }
                    active.open(slot);
                }
                if class.has(FOREIGN) {
                    foreign += 1;
                }
                opened_pre = LEADING_NEWLINE_ELEMENTS
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(n));
                stack.push((n, class));
            }
            Token::End { whole, name } => {
                let Some(n) = bytes.get(name) else { continue };
                // Most end tags close the innermost element, whose class is known.
                let closes_top = stack
                    .last()
                    .filter(|(open, _)| same_name(open, n))
                    .map(|&(_, class)| class);
                let class = closes_top.unwrap_or_else(|| Class::of(n));
                if class.has(VOID | STRUCTURAL) {
                    continue;
                }
                if !dropped.is_empty() {
                    if let Some(count) = dropped.get_mut(&Folded(n)) {
                        if *count > 0 {
                            *count -= 1;
                            out.replace(whole, standin(class));
                            continue;
                        }
                    }
                }
                if class.has(MARKER) {
                    active.clear();
                }
                if let Some(slot) = class.formatting {
                    active.close(slot);
                }
                let open_at = match closes_top {
                    Some(_) => stack.len().checked_sub(1),
                    None => stack.iter().rposition(|(open, _)| same_name(open, n)),
                };
                if let Some(k) = open_at {
                    for (j, (_, popped)) in stack.drain(k..).enumerate() {
                        if popped.has(FOREIGN) {
                            foreign = foreign.saturating_sub(1);
                            // An SVG or MathML root closed by another element's end tag:
                            // the tree builder may keep it open (</div> across a table
                            // cell is ignored), so raw text is never cut after it.
                            if j > 0 {
                                foreign_unsure = true;
                            }
                        }
                    }
                    // Whatever was dropped for depth lay deeper than this element: closed
                    // with it.
                    dropped.clear();
                }
            }
            Token::RawText(body) => {
                let escaped = || {
                    memchr::memmem::find(bytes.get(body.clone()).unwrap_or_default(), b"<!--")
                        .is_some()
                };
                if cut && !body.is_empty() && !escaped() {
                    out.replace(body, "");
                }
            }
            Token::Other(other) if limits.cut_unread => {
                if let Some(body) = comment_body(bytes, &other) {
                    out.replace(body, "");
                }
            }
            Token::Text(text) if limits.cut_unread && !after_pre => {
                collapse_spaces(bytes, text, &mut out);
            }
            Token::Text(_) | Token::Other(_) => {}
        }
    }
    out.finish()
}

/// Shortens each run of two or more ASCII white-space bytes in text `range` to one: a
/// line break when the run holds one (`\n` or `\r`), else the run's first byte. A
/// browser renders such a run as one space and every stage collapses it the same way, but
/// the tokenizer, the tree builder and the sink would each copy and scan every byte of
/// the indentation that lies between the tags of most pages (a sixth of the Arabic
/// corpus's markup). Line breaks stay line breaks: some lines are read as lines
/// (an author line ends at one).
fn collapse_spaces(bytes: &[u8], range: Range<usize>, out: &mut Rewriter<'_>) {
    let Some(text) = bytes.get(range.clone()) else {
        return;
    };
    let space = |i: usize| text.get(i).map_or(0, |&b| SPACE_KIND[usize::from(b)]);
    let mut i = 0;
    while i + 1 < text.len() {
        // A run starts at `i` only when `i + 1` is white space too; when it is not, no run
        // starts at `i + 1` either.
        if space(i + 1) == 0 {
            i += 2;
            continue;
        }
        if space(i) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut kinds = 0;
        loop {
            let k = space(i);
            if k == 0 {
                break;
            }
            kinds |= k;
            i += 1;
        }
        let at = range.start + start;
        if kinds & LINE_BREAK == 0 || text[start] == b'\n' {
            // Keep the run's first byte, cut the rest.
            out.replace(at + 1..range.start + i, "");
        } else {
            out.replace(at..range.start + i, "\n");
        }
    }
}

/// [`SPACE_KIND`]'s bits: ASCII white space, and a line break among it.
const SPACE: u8 = 1;
const LINE_BREAK: u8 = 2;

/// Each byte's white-space kind, for [`collapse_spaces`]: the bytes of [`is_space`].
const SPACE_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[0x0C] = SPACE;
    t[b'\n' as usize] = SPACE | LINE_BREAK;
    t[b'\r' as usize] = SPACE | LINE_BREAK;
    t
};

/// Whether two element names are the same but for ASCII case; quicker than
/// `eq_ignore_ascii_case` when, as on most pages, start and end tags agree in case.
fn same_name(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(&x, &y)| x == y || x.eq_ignore_ascii_case(&y))
}

/// An element name compared and hashed without regard to ASCII case, borrowed from
/// the input: no copy per tag.
#[derive(Debug, Clone, Copy)]
struct Folded<'a>(&'a [u8]);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.0.len());
        for &b in self.0 {
            state.write_u8(b.to_ascii_lowercase());
        }
    }
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
    formatting: Option<u8>,
    /// Index in [`SIBLING_GROUPS`].
    group: Option<u8>,
}

/// Longest element name the class table can hold; longer names are of no class.
const LONGEST_CLASSED_NAME: usize = 16;

/// Slots of the class table: a power of two, several times the number of classed
/// names, so that a look-up probes one or two slots.
const CLASS_SLOTS: usize = 256;

/// An element name of at most [`LONGEST_CLASSED_NAME`] bytes, lower-cased and packed
/// little-endian into one integer, with its length (names may hold NUL bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NameKey {
    bytes: u128,
    len: usize,
}

impl NameKey {
    /// The key of `name`, or `None` when it is too long to be classed.
    const fn of(name: &[u8]) -> Option<NameKey> {
        if name.len() > LONGEST_CLASSED_NAME {
            return None;
        }
        let mut packed = [0u8; LONGEST_CLASSED_NAME];
        let mut k = 0;
        while k < name.len() {
            packed[k] = name[k].to_ascii_lowercase();
            k += 1;
        }
        Some(NameKey {
            bytes: u128::from_le_bytes(packed),
            len: name.len(),
        })
    }

    /// The key's first slot in the class table (a multiplicative hash).
    const fn slot(self) -> usize {
        let low = self.bytes as u64;
        let high = (self.bytes >> 64) as u64;
        let mixed =
            (low ^ high.rotate_left(29) ^ self.len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // The top bits of the product are the well-mixed ones.
        (mixed >> (u64::BITS - CLASS_SLOTS.trailing_zeros())) as usize
    }
}

/// One slot of the class table; empty when `len` is 0 (no element name is empty).
#[derive(Debug, Clone, Copy)]
struct ClassSlot {
    key: NameKey,
    class: Class,
}

/// An empty slot of the class table.
const EMPTY_SLOT: ClassSlot = ClassSlot {
    key: NameKey { bytes: 0, len: 0 },
    class: Class {
        flags: 0,
        formatting: None,
        group: None,
    },
};

/// An open-addressing table from packed element names to classes, built at compile
/// time from the tables; a look-up hashes two words and compares a key or two.
struct ClassTable {
    slots: [ClassSlot; CLASS_SLOTS],
}

impl ClassTable {
    /// The slot that holds `name`, or the empty slot where it would go.
    const fn find(&self, key: NameKey) -> usize {
        let mut k = key.slot();
        // The table is never full, so an empty slot ends every probe.
        while self.slots[k].key.len != 0
            && (self.slots[k].key.len != key.len || self.slots[k].key.bytes != key.bytes)
        {
            k = (k + 1) % CLASS_SLOTS;
        }
        k
    }

    /// The slot of `name`, taken if it was empty. Panics (at compile time) on a name
    /// too long for the table.
    const fn entry(&mut self, name: &[u8]) -> &mut Class {
        let Some(key) = NameKey::of(name) else {
            panic!("an element name in the tables is longer than LONGEST_CLASSED_NAME");
        };
        let k = self.find(key);
        self.slots[k].key = key;
        &mut self.slots[k].class
    }

    /// Sets `flag` on every name of `names`.
    const fn flag_all(&mut self, names: &[&[u8]], flag: u16) {
        let mut k = 0;
        while k < names.len() {
            self.entry(names[k]).flags |= flag;
            k += 1;
        }
    }

    /// Every classed name and its class, from the tables.
    const fn build() -> ClassTable {
        let mut table = ClassTable {
            slots: [EMPTY_SLOT; CLASS_SLOTS],
        };
        table.flag_all(VOID_ELEMENTS, VOID);
        table.flag_all(RAW_TEXT_ELEMENTS, RAW_TEXT);
        // Never dropped: the rest of the document is its text, and dropping the tag would
        // turn that text back into markup the guard has not limited.
        table.entry(PLAINTEXT_ELEMENT).flags |= RAW_TEXT;
        table.flag_all(STRUCTURAL_ELEMENTS, STRUCTURAL);
        table.flag_all(FOREIGN_ROOTS, FOREIGN);
        table.flag_all(FORMATTING_MARKERS, MARKER);
        table.flag_all(CLOSES_P, ENDS_P);
        table.flag_all(SELF_ENDING_FORMATTING, SELF_ENDING);
        table.flag_all(BLOCK_ELEMENTS, BLOCK);
        table.entry(PARAGRAPH).flags |= IS_P;
        let mut i = 0;
        while i < FORMATTING_ELEMENTS.len() {
            table.entry(FORMATTING_ELEMENTS[i]).formatting = Some(i as u8);
            i += 1;
        }
        let mut g = 0;
        while g < SIBLING_GROUPS.len() {
            let mut k = 0;
            while k < SIBLING_GROUPS[g].len() {
                table.entry(SIBLING_GROUPS[g][k]).group = Some(g as u8);
                k += 1;
            }
            g += 1;
        }
        table
    }

    /// The class of `name` (any case); the default class when it has none.
    fn get(&self, name: &[u8]) -> Class {
        let Some(key) = NameKey::of(name) else {
            return Class::default();
        };
        self.slots
            .get(self.find(key))
            .map_or_else(Class::default, |slot| slot.class)
    }

    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = &ClassSlot> {
        self.slots.iter().filter(|slot| slot.key.len != 0)
    }
}

/// Every classed name (lower case) and its class.
static CLASSES: ClassTable = ClassTable::build();

/// The class tables hold no more names than fit their indexes.
const _: () = assert!(FORMATTING_ELEMENTS.len() < u8::MAX as usize);
const _: () = assert!(SIBLING_GROUPS.len() < u8::MAX as usize);

impl Class {
    fn of(name: &[u8]) -> Class {
        CLASSES.get(name)
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
    fn end_all(&mut self, slot: u8) {
        if let Some(c) = self.counts.get_mut(usize::from(slot)) {
            self.total -= *c;
            *c = 0;
        }
    }

    /// How many of one element are active.
    fn count(&self, slot: u8) -> usize {
        self.counts.get(usize::from(slot)).copied().unwrap_or(0)
    }

    fn open(&mut self, slot: u8) {
        if let Some(c) = self.counts.get_mut(usize::from(slot)) {
            *c += 1;
            self.total += 1;
        }
    }

    fn close(&mut self, slot: u8) {
        if let Some(c) = self.counts.get_mut(usize::from(slot)) {
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
fn cap_attributes(bytes: &[u8], whole: &Range<usize>, max: usize, out: &mut Rewriter<'_>) -> bool {
    let Some(tag) = bytes.get(whole.clone()) else {
        return false;
    };
    // Cheap bounds first: every attribute takes at least one byte, and every attribute
    // after the first follows a space, a `/` or the closing quote of the value before it.
    if tag.len() <= max {
        return false;
    }
    let separators = tag
        .iter()
        .filter(|&&b| is_space(b) || matches!(b, b'/' | b'"' | b'\''))
        .count();
    if separators <= max {
        return false;
    }
    let attrs = attribute_ranges(tag);
    // The kept attributes end where the first dropped one starts.
    let Some((first_dropped, _)) = attrs.get(max) else {
        return false;
    };
    let Some(kept) = tag
        .get(..first_dropped.start)
        .and_then(|k| std::str::from_utf8(k).ok())
    else {
        return false;
    };
    let close = if tag.ends_with(b"/>") { "/>" } else { ">" };
    out.replace(whole.clone(), &format!("{}{}", kept.trim_end(), close));
    true
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
        let before = text.get(self.copied..range.start);
        // Dropped block tags one after another (100 000 nested `<div>`s) make one break.
        let repeated = with == BLOCK_TAG_STANDIN
            && buf.ends_with(BLOCK_TAG_STANDIN)
            && before.is_some_and(|b| b.bytes().all(is_space));
        if !repeated {
            if let Some(before) = before {
                buf.push_str(before);
            }
            buf.push_str(with);
        }
        // A stray `<` before a vanished tag must not meet the text after it and start a
        // new tag (`<<b>div>`): a space keeps it text.
        let starts_tag = |b: &u8| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?');
        if with.is_empty()
            && buf.ends_with('<')
            && text.as_bytes().get(range.end).is_some_and(starts_tag)
        {
            buf.push(' ');
        }
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
            cut_unread: false,
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
    fn space_kinds_are_the_white_space_bytes() {
        for b in 0..=255u8 {
            let kind = SPACE_KIND[usize::from(b)];
            assert_eq!(kind != 0, is_space(b), "byte {b:#x}");
            assert_eq!(
                kind & LINE_BREAK != 0,
                matches!(b, b'\n' | b'\r'),
                "byte {b:#x}"
            );
        }
    }

    #[test]
    fn runs_of_white_space_between_tags_become_one_byte() {
        let on = MarkupLimits::default();
        let cases = [
            (
                "indentation",
                "<div>\n    <p>a  b</p>\n\n\t</div>",
                "<div>\n<p>a b</p>\n</div>",
            ),
            ("tabs keep the first", "<p>a\t \tb</p>", "<p>a\tb</p>"),
            ("a run with a break", "<p>a \r\n b</p>", "<p>a\nb</p>"),
            ("single spaces stay", "<p>a b\nc</p>", "<p>a b\nc</p>"),
            (
                "non-breaking space is text",
                "<p>a\u{a0}\u{a0} b</p>",
                "<p>a\u{a0}\u{a0} b</p>",
            ),
            (
                "first line of a pre",
                "<pre>\n\n  x  y</pre>",
                "<pre>\n\n  x  y</pre>",
            ),
            (
                "later text of a pre",
                "<pre>\n\n  x<b>  y</b></pre>",
                "<pre>\n\n  x<b> y</b></pre>",
            ),
            (
                "raw text",
                "<title>a   b</title><textarea>c   d</textarea>",
                "<title>a   b</title><textarea>c   d</textarea>",
            ),
            (
                "attribute values",
                "<p title='a   b'>c</p>",
                "<p title='a   b'>c</p>",
            ),
        ];
        for (case, html, want) in cases {
            assert_eq!(limit_markup(html, &on), want, "{case}");
        }
        let off = MarkupLimits {
            cut_unread: false,
            ..on
        };
        let html = "<div>\n    <p>a  b</p></div>";
        assert!(
            matches!(limit_markup(html, &off), Cow::Borrowed(_)),
            "not cut"
        );
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
        // The 488 dropped start tags make one break before the text, the 488 dropped end
        // tags one after it.
        assert_eq!(
            out,
            format!(
                "{}<br><br>x<br><br>{}",
                "<div>".repeat(512),
                "</div>".repeat(512)
            )
        );
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
        assert_eq!(out, "<div><br><br>a<br><br>b<br><br></div>");
        // White space between dropped block tags goes with them; text does not.
        let doc = "<div><p>a</p>\n  <p>b</p> c <p>d</p></div>";
        assert_eq!(
            limit_nesting(doc, 1),
            "<div><br><br>a<br><br>b<br><br> c <br><br>d<br><br></div>"
        );
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
        // Within the limits, an unfinished tag, comment or raw text element at the end
        // leaves the document as it was.
        for doc in [
            "<div", "<div a='", "<!--", "<script>", "</", "<", "<div/", "a<b>c</",
        ] {
            let out = limit_markup(doc, &limits(1, 1, 1));
            assert!(matches!(out, Cow::Borrowed(_)), "{doc:?} -> {out:?}");
            assert_eq!(out, doc);
        }
        // Beyond them, what was dropped before the unfinished end is still dropped.
        let cases = [
            ("<div><div>a<div", "<div><br><br>a<div"),
            ("<div><b><i>a</i></b><span title='", "<div>a<span title='"),
            ("<div><p>a<!--", "<div><br><br>a<!--"),
        ];
        for (doc, want) in cases {
            assert_eq!(limit_markup(doc, &limits(1, 1, 1)), want, "{doc:?}");
        }
    }

    #[test]
    fn plaintext_beyond_the_limit_is_kept_so_its_text_stays_text() {
        // Dropping `<plaintext>` would make the divs after it markup again, 30 000 deep.
        let doc = format!("<div><plaintext>{}x", "<div>".repeat(30_000));
        assert!(matches!(limit_nesting(&doc, 1), Cow::Borrowed(_)));
        let doc = "<div><div><plaintext><div><div>x";
        assert_eq!(
            limit_markup(doc, &limits(1, 1, 1)),
            "<div><br><br><plaintext><div><div>x"
        );
    }

    #[test]
    fn a_tag_over_both_limits_is_dropped_not_just_trimmed() {
        let doc = "<div><span a=1 b=2>x</span><img a=1 b=2></div>";
        assert_eq!(limit_markup(doc, &limits(1, 1, 9)), "<div>x<img a=1></div>");
        let deep = "<div a=1 b=2>".repeat(100) + "x";
        let out = limit_markup(&deep, &limits(4, 1, 9));
        assert_eq!(out, "<div a=1>".repeat(4) + "<br><br>x");
    }

    #[test]
    fn a_dropped_table_cell_does_not_reset_the_formatting_count() {
        // The dropped `<td>`s are not in the parse, so the `<b>`s after each are all
        // active at once: only the first is kept.
        let doc = "<div><b>a".to_string() + &"<div><td><b>x".repeat(5);
        assert_eq!(
            limit_markup(&doc, &limits(2, 9, 1)),
            "<div><b>a".to_string() + &"<br><br>x".repeat(5)
        );
    }

    #[test]
    fn a_vanished_tag_does_not_join_a_stray_angle_bracket_to_a_new_tag() {
        let doc = "<div>".to_string() + &"<<b>div>".repeat(3) + "x";
        assert_eq!(
            limit_markup(&doc, &limits(1, 9, 9)),
            "<div>".to_string() + &"< div>".repeat(3) + "x"
        );
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

    /// The class of `name` by linear scans of the tables: the reference for the look-up.
    fn scanned_class(name: &[u8]) -> Class {
        use crate::read::tables::contains;
        let flagged: [(&[&[u8]], u16); 8] = [
            (VOID_ELEMENTS, VOID),
            (RAW_TEXT_ELEMENTS, RAW_TEXT),
            (STRUCTURAL_ELEMENTS, STRUCTURAL),
            (FOREIGN_ROOTS, FOREIGN),
            (FORMATTING_MARKERS, MARKER),
            (CLOSES_P, ENDS_P),
            (SELF_ENDING_FORMATTING, SELF_ENDING),
            (BLOCK_ELEMENTS, BLOCK),
        ];
        let mut flags = 0;
        for (table, flag) in flagged {
            if contains(table, name) {
                flags |= flag;
            }
        }
        if name.eq_ignore_ascii_case(PARAGRAPH) {
            flags |= IS_P;
        }
        if name.eq_ignore_ascii_case(PLAINTEXT_ELEMENT) {
            flags |= RAW_TEXT;
        }
        let index = |i: usize| u8::try_from(i).ok();
        Class {
            flags,
            formatting: FORMATTING_ELEMENTS
                .iter()
                .position(|f| f.eq_ignore_ascii_case(name))
                .and_then(index),
            group: SIBLING_GROUPS
                .iter()
                .position(|g| contains(g, name))
                .and_then(index),
        }
    }

    #[test]
    fn every_table_name_fits_the_class_lookup() {
        let tables = [
            VOID_ELEMENTS,
            RAW_TEXT_ELEMENTS,
            STRUCTURAL_ELEMENTS,
            FOREIGN_ROOTS,
            FORMATTING_MARKERS,
            CLOSES_P,
            SELF_ENDING_FORMATTING,
            BLOCK_ELEMENTS,
            FORMATTING_ELEMENTS,
            &[PARAGRAPH],
            &[PLAINTEXT_ELEMENT],
        ];
        let names = tables
            .into_iter()
            .chain(SIBLING_GROUPS.iter().copied())
            .flatten();
        let mut distinct = std::collections::HashSet::new();
        for &name in names {
            distinct.insert(name);
            let shown = String::from_utf8_lossy(name);
            assert_ne!(Class::of(name), Class::default(), "{shown} is classed");
            assert_eq!(Class::of(name), scanned_class(name), "lookup of {shown}");
            assert_eq!(
                Class::of(&name.to_ascii_uppercase()),
                scanned_class(name),
                "case-insensitive lookup of {shown}"
            );
        }
        assert_eq!(CLASSES.iter().count(), distinct.len(), "one slot per name");
        assert_eq!(
            Class::of(b"a-very-long-custom-element-name"),
            Class::default()
        );
    }

    #[test]
    fn unclassed_names_look_up_as_default() {
        // Near misses of classed names: prefixes, extensions, NUL padding, other bytes.
        for name in [
            &b"d"[..],
            b"di",
            b"divv",
            b"p\0",
            b"\0p",
            b"a\0",
            b"span",
            b"h7",
            b"tablex",
            b"blockquote1",
            b"\xd8\xa8",
            b"x-y",
        ] {
            assert_eq!(Class::of(name), scanned_class(name), "{name:?}");
        }
        // Every short name over a small alphabet.
        let alphabet = b"abdhilmnoprstuvA1\0";
        for &x in alphabet {
            for &y in alphabet {
                for name in [&[x][..], &[x, y], &[x, y, b'r'], &[b'b', x, y]] {
                    assert_eq!(Class::of(name), scanned_class(name), "{name:?}");
                }
            }
        }
    }

    #[test]
    fn script_and_style_bodies_are_cut_but_json_ld_kept() {
        let d = MarkupLimits::default();
        let page = concat!(
            "<head><style>p{color:red}</style>",
            "<script>var a = '<p>x</p>';</script>",
            "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>",
            "<title>t</title></head><body><textarea>a<b</textarea><p>text</p></body>",
        );
        assert_eq!(
            limit_markup(page, &d),
            concat!(
                "<head><style></style><script></script>",
                "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>",
                "<title>t</title></head><body><textarea>a<b</textarea><p>text</p></body>",
            )
        );
        let off = MarkupLimits {
            cut_unread: false,
            ..d
        };
        assert_eq!(limit_markup(page, &off), page, "kept when not asked");
    }

    #[test]
    fn script_bodies_kept_where_the_tokenizer_reads_them_otherwise() {
        let d = MarkupLimits::default();
        // In SVG a <script> is no raw text; with <!-- the escaped states may run past a
        // </script>; a script cut off by the end of the page has nothing after it.
        for page in [
            "<svg><script>if (a<b) x()</script></svg><p>t</p>",
            // </div> across a table cell is ignored, so the <svg> is still open.
            "<div><table><tr><td><svg></div><script>var s = '<p>x</p>';</script>",
            "<script><!-- document.write('<script>x</script>'); --></script><p>t</p>",
            "<p>t</p><script>",
        ] {
            assert_eq!(limit_markup(page, &d), page, "{page}");
        }
        // A <style> in SVG holds markup (here a comment with </style> and a nested <svg>),
        // so the outer <svg> is still open at the last <script>: its body stays (the
        // comment's text goes, as every comment's does).
        let page = "<svg><style><!-- </style><!-- q --> r --><style><svg><script>x<y</script>\
                    <style>a{}</style></svg><script>var s = '<p>not a paragraph</p>';</script>";
        assert!(
            limit_markup(page, &d).ends_with("<script>var s = '<p>not a paragraph</p>';</script>"),
            "{page}"
        );
        assert_eq!(
            limit_markup("<p>t</p><script>unclosed", &d),
            "<p>t</p><script>",
            "a body that runs to the end of the page"
        );
    }
}
