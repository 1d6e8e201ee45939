//! Block-aware text. [`segment`] walks the stripped tree once and cuts its text into
//! blocks the way a browser lays it out: a block per block-level element, `<br><br>`
//! runs, a single `<br>` after a finished sentence, spaces where inline boxes meet,
//! whitespace collapsed and stray bidi controls removed, the words never changed.
//! [`paragraphs`] then keeps the blocks of the located container that read as body.

use crate::article::Removed;
use crate::lexicon::chrome;
use crate::options::Thresholds;
use crate::parse::{Dom, Ix, Kind, Tag};
use crate::strip::Stripped;
use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};
use std::sync::LazyLock;

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

/// Sentence punctuation, Arabic and Latin.
fn is_sentence_punct(c: char) -> bool {
    matches!(c, '.' | '،' | ',' | '؛' | ';' | '؟' | '?' | '!' | ':' | '…')
}

/// Marks after which a single `<br>` ends a paragraph rather than a line.
fn ends_unit(c: char) -> bool {
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
        });
        self.buf.clear();
        self.chars = 0;
        self.link_chars = 0;
        self.punct = 0;
    }

    fn push_text(&mut self, t: &str, node: Ix, owner: (Ix, Tag), in_link: bool) {
        for c in t.chars() {
            if is_bidi_control(c) {
                continue;
            }
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
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
            } else if self.pending_space
                || (self.soft_space
                    && is_word_char(c)
                    && self.buf.chars().last().is_some_and(is_word_char))
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
    };
    let mut open: Vec<Open> = Vec::new();
    // Innermost open block element (index, tag), as a stack of positions into `open`.
    let mut blocks_open: Vec<(Ix, Tag)> = vec![(0, Tag::Other)];
    let mut links = 0u32;
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
                let block = tag.is_block();
                if block {
                    b.flush();
                }
                // Empty elements open nothing (but an empty block still separates).
                if node.end > i + 1 {
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
    b.blocks
}

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
        match classify(b, th) {
            Some(Drop::SectionHeading) => {
                in_chrome_section = true;
                note(b, Drop::SectionHeading, &mut removed);
            }
            Some(why) => note(b, why, &mut removed),
            None => kept.push(b),
        }
    }
    // Short labels before the first and after the last real paragraph.
    while let Some(b) = kept.first() {
        if is_edge_label(b, th) {
            note(b, Drop::EdgeLabel, &mut removed);
            kept.remove(0);
        } else {
            break;
        }
    }
    while let Some(b) = kept.last() {
        if is_edge_label(b, th) {
            note(b, Drop::EdgeLabel, &mut removed);
            kept.pop();
        } else if is_credit(&b.text) {
            note(b, Drop::Credit, &mut removed);
            kept.pop();
        } else {
            break;
        }
    }
    Body {
        paragraphs: kept.into_iter().map(|b| b.text.clone()).collect(),
        removed,
    }
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
        // A paragraph with an inline picture (an emoji, an icon) is still a paragraph.
        let own_paragraph = a == b.owner && (b.owner_tag == Tag::P || b.is_heading());
        if stripped.media[a] && !own_paragraph {
            // The wrapper holds the picture and this text (perhaps a credit), nothing more.
            let texts = dom
                .children(a)
                .filter(|&c| stripped.raw_chars[c] > 0)
                .count();
            return texts <= MAX_CAPTION_WRAPPER_TEXTS;
        }
        a = dom.nodes[a].parent;
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
static DISCLAIMERS: LazyLock<Matcher> =
    LazyLock::new(|| Matcher(AhoCorasick::new(chrome::DISCLAIMER_PHRASES).ok()));

/// An unanchored phrase matcher (`None` only if the table could not be compiled).
struct Matcher(Option<AhoCorasick>);

impl Matcher {
    fn is_match(&self, text: &str) -> bool {
        self.0.as_ref().is_some_and(|ac| ac.is_match(text))
    }
}

fn prefix_automaton(table: &[&str]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .start_kind(StartKind::Anchored)
        .build(table)
        .ok()
}

/// Whether `text` starts with a phrase of the automaton's table.
fn starts_with_any(ac: &Option<AhoCorasick>, text: &str) -> bool {
    ac.as_ref()
        .is_some_and(|ac| ac.find(Input::new(text).anchored(Anchored::Yes)).is_some())
}

/// Whether a block reads as chrome rather than body.
fn classify(b: &Block, th: &Thresholds) -> Option<Drop> {
    let len = b.text.chars().count();
    if b.link_density() > th.max_link_density {
        return Some(Drop::LinkDense);
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
        if starts_with_any(&CHROME_PHRASES, &b.text) {
            return Some(Drop::Phrase);
        }
        if chrome::CHROME_LABELS
            .iter()
            .any(|l| bare.starts_with(l) && len <= l.chars().count() + chrome::LABEL_SLACK_CHARS)
        {
            return Some(Drop::Label);
        }
        if len <= chrome::MAX_BYLINE_CHARS && starts_with_any(&BYLINES, &b.text) {
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
fn is_date_line(text: &str) -> bool {
    let words = text.split_whitespace().count();
    if words > MAX_DATE_LINE_WORDS {
        return false;
    }
    let digits = text.chars().filter(|c| c.is_numeric()).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let has_clock = text.contains(':') && digits >= CLOCK_DIGITS;
    let has_year = has_digit_run(text, YEAR_DIGITS);
    // Dates are digit-heavy: at least one digit for every four letters.
    (has_clock || has_year) && digits * 4 >= letters
}

/// Whether `text` has a run of exactly `n` digits (any script).
fn has_digit_run(text: &str, n: usize) -> bool {
    let mut run = 0;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_numeric() {
            run += 1;
        } else {
            if run == n {
                return true;
            }
            run = 0;
        }
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
    text.chars().count() <= chrome::MAX_CREDIT_CHARS && chrome::AGENCY_CREDITS.contains(&bare)
}

/// Removes paragraphs that repeat the title.
pub fn drop_title(paragraphs: Vec<String>, title: Option<&str>) -> Vec<String> {
    let Some(title) = title else {
        return paragraphs;
    };
    let key = |s: &str| -> String { s.split_whitespace().collect::<Vec<_>>().join(" ") };
    let t = key(title);
    paragraphs.into_iter().filter(|p| key(p) != t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        let s = crate::strip::strip(&dom, &Thresholds::default(), false);
        segment(&dom, &s).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn inline_boxes_do_not_glue_words() {
        let b =
            blocks("<div><span>الاحدث</span><span><a href=#>الجيوبوليتيك الروسي</a></span></div>");
        assert_eq!(b, vec!["الاحدث الجيوبوليتيك الروسي"]);
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
        let s = crate::strip::strip(&dom, &Thresholds::default(), false);
        let b = segment(&dom, &s);
        assert_eq!(b[0].link_chars, 0);
    }

    #[test]
    fn tatweel_and_diacritics_are_kept() {
        let b = blocks("<p>الســلام عَلَيْكُم</p>");
        assert_eq!(b, vec!["الســلام عَلَيْكُم"]);
    }

    fn body_of(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        let th = Thresholds::default();
        let s = crate::strip::strip(&dom, &th, false);
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
        assert_eq!(p[1], "فقرة قصيرة مع أيقونة.");
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

    #[test]
    fn phrase_tables_compile_and_match_prefixes_only() {
        assert!(starts_with_any(&CHROME_PHRASES, "اقرأ أيضا: عنوان خبر آخر"));
        assert!(!starts_with_any(&CHROME_PHRASES, "قال الوزير اقرأ أيضا"));
        assert!(DISCLAIMERS.is_match("الآراء الواردة لا تعبر عن رأي الموقع"));
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
        assert!(!is_date_line(
            "وقال الوزير إن عام 2025 سيشهد نموا اقتصاديا كبيرا في قطاعات عدة"
        ));
    }
}
