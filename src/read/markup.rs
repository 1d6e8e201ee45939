//! A light, linear HTML tokenizer over bytes, enough for the read stage's byte-level
//! passes (nesting guard, text statistics, `lang`/`dir` hints): comments, bogus comments,
//! doctype, start and end tags with quoted attribute values, and the raw text of
//! `<script>`, `<style>`, `<textarea>` and their kin. It never builds a tree and never
//! allocates; every token is a byte range into the input, cut only at ASCII delimiters,
//! so a range over a `&str` is always on a character boundary.

use super::tables::{PLAINTEXT_ELEMENT, RAW_TEXT_ELEMENTS};
use std::ops::Range;

/// One token of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    /// Character data between tags.
    Text(Range<usize>),
    /// The raw contents of a raw-text element (`<script>`, `<style>`, …).
    RawText(Range<usize>),
    /// A start tag: the whole tag, its name and whether it ends in `/>`.
    Start {
        whole: Range<usize>,
        name: Range<usize>,
        self_closing: bool,
    },
    /// An end tag: the whole tag and its name.
    End {
        whole: Range<usize>,
        name: Range<usize>,
    },
    /// A comment, doctype, processing instruction, `</>` or a tag cut off by the end of
    /// the input: nothing that nests.
    Other(Range<usize>),
}

/// Iterator over the tokens of `input`.
pub(crate) struct Tokenizer<'a> {
    input: &'a [u8],
    pos: usize,
    /// The name of the raw-text element whose contents come next, if any.
    raw_end: Option<Range<usize>>,
    /// Set after `<plaintext>`: the rest of the input is text.
    plaintext: bool,
}

impl<'a> Tokenizer<'a> {
    pub(crate) fn new(input: &'a [u8]) -> Self {
        Tokenizer {
            input,
            pos: 0,
            raw_end: None,
            plaintext: false,
        }
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.input.get(i).copied()
    }

    /// Finds the next `<` at or after `from`, or the end of input.
    fn next_lt(&self, from: usize) -> usize {
        self.input
            .get(from..)
            .and_then(|rest| find_byte(rest, b'<'))
            .map_or(self.input.len(), |p| from + p)
    }

    /// Finds the first `>` at or after `from`; returns the position after it (or the end).
    fn past_gt(&self, from: usize) -> usize {
        self.input
            .get(from..)
            .and_then(|rest| find_byte(rest, b'>'))
            .map_or(self.input.len(), |p| from + p + 1)
    }

    /// Where the raw text that starts at `from` ends: at `</name` followed by whitespace,
    /// `/` or `>`, or at the end of the input; in a script, past what its escapes (`<!--`,
    /// a `<script>` inside one) hide from that end tag, as the parse reads it.
    fn raw_text_end(&self, from: usize, name: &Range<usize>) -> usize {
        let name = self.input.get(name.clone()).unwrap_or_default();
        let script = name.eq_ignore_ascii_case(b"script");
        let closes = |lt: usize| {
            let after = lt + 2 + name.len();
            self.byte(lt + 1) == Some(b'/')
                && self
                    .input
                    .get(lt + 2..after)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
                && self.byte(after).is_some_and(ends_tag_name)
        };
        let mut at = from;
        loop {
            let lt = self.next_lt(at);
            if lt >= self.input.len() {
                return lt;
            }
            if closes(lt) {
                return lt;
            }
            // A script's escape (`<!--`) decides where it ends, as in the parse.
            if script
                && self
                    .input
                    .get(lt + 1..)
                    .is_some_and(|r| r.starts_with(b"!--"))
            {
                return crate::parse::escaped_script_end(self.input, lt, closes);
            }
            at = lt + 1;
        }
    }

    /// After a start tag named by `name`: raw text or plaintext may come next.
    #[inline]
    fn switch_content(&mut self, name: &Range<usize>) {
        let n = self.input.get(name.clone()).unwrap_or_default();
        if !may_switch_content(n) {
            return;
        }
        if RAW_TEXT_ELEMENTS.iter().any(|r| n.eq_ignore_ascii_case(r)) {
            self.raw_end = Some(name.clone());
        } else if n.eq_ignore_ascii_case(PLAINTEXT_ELEMENT) {
            self.plaintext = true;
        }
    }

    /// Reads a tag whose name starts at `name_start`: the name, then its attributes, up
    /// to the closing `>`. Returns (name range, end of tag, self-closing) or `None` when
    /// the input ends inside the tag.
    #[inline]
    fn tag(&self, name_start: usize) -> Option<(Range<usize>, usize, bool)> {
        let i = name_end(self.input, name_start);
        let (end, self_closing) = tag_end(self.input, i)?;
        Some((name_start..i, end, self_closing))
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        let len = self.input.len();
        let start = self.pos;
        if start >= len {
            return None;
        }
        if self.plaintext {
            self.pos = len;
            return Some(Token::Text(start..len));
        }
        if let Some(name) = self.raw_end.take() {
            let end = self.raw_text_end(start, &name);
            if end > start {
                self.pos = end;
                return Some(Token::RawText(start..end));
            }
        }
        if self.byte(start) != Some(b'<') {
            let end = self.next_lt(start + 1);
            self.pos = end;
            return Some(Token::Text(start..end));
        }
        let next = self.byte(start + 1);
        let token = match next {
            Some(b) if b.is_ascii_alphabetic() => match self.tag(start + 1) {
                Some((name, end, self_closing)) => {
                    self.switch_content(&name);
                    self.pos = end;
                    Token::Start {
                        whole: start..end,
                        name,
                        self_closing,
                    }
                }
                None => {
                    self.pos = len;
                    Token::Other(start..len)
                }
            },
            Some(b'/') => match self.byte(start + 2) {
                Some(b) if b.is_ascii_alphabetic() => match self.tag(start + 2) {
                    Some((name, end, _)) => {
                        self.pos = end;
                        Token::End {
                            whole: start..end,
                            name,
                        }
                    }
                    None => {
                        self.pos = len;
                        Token::Other(start..len)
                    }
                },
                _ => {
                    let end = self.past_gt(start + 2);
                    self.pos = end;
                    Token::Other(start..end)
                }
            },
            Some(b'!') => {
                let end = if self.input.get(start + 2..start + 4) == Some(b"--") {
                    self.comment_end(start + 4)
                } else {
                    self.past_gt(start + 2)
                };
                self.pos = end;
                Token::Other(start..end)
            }
            Some(b'?') => {
                let end = self.past_gt(start + 2);
                self.pos = end;
                Token::Other(start..end)
            }
            _ => {
                let end = self.next_lt(start + 1);
                self.pos = end;
                Token::Text(start..end)
            }
        };
        Some(token)
    }
}

impl Tokenizer<'_> {
    /// The end of a comment whose body starts at `body`: after `-->` or `--!>`, or right
    /// after `<!-->` / `<!--->`, or the end of the input.
    fn comment_end(&self, body: usize) -> usize {
        let input = self.input;
        if input.get(body) == Some(&b'>') {
            return body + 1;
        }
        if input.get(body..body + 2) == Some(b"->") {
            return body + 2;
        }
        let mut i = body;
        while let Some(rest) = input.get(i..) {
            let Some(p) = find_byte(rest, b'-') else {
                break;
            };
            let at = i + p;
            if input.get(at..at + 3) == Some(b"-->") {
                return at + 3;
            }
            if input.get(at..at + 4) == Some(b"--!>") {
                return at + 4;
            }
            i = at + 1;
        }
        input.len()
    }
}

/// Bytes the word-at-a-time search looks at before handing over to `memchr`: most
/// attribute values and runs of text between tags are shorter, and for them a call into
/// `memchr` costs more than the search.
const SHORT_SEARCH: usize = 32;

/// Position of the first `needle` in `hay`: the first [`SHORT_SEARCH`] bytes a word at
/// a time, the rest with `memchr` (SIMD).
#[inline]
pub(crate) fn find_byte(hay: &[u8], needle: u8) -> Option<usize> {
    let head = hay.get(..SHORT_SEARCH).unwrap_or(hay);
    if let Some(p) = find_byte_short(head, needle) {
        return Some(p);
    }
    let tail = hay.get(head.len()..)?;
    memchr::memchr(needle, tail).map(|p| head.len() + p)
}

/// `0x01` in every byte of a word.
const LOW_BITS: u64 = u64::from_le_bytes([0x01; 8]);

/// `0x80` in every byte of a word.
const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);

/// Position of the first `needle` in `hay`, eight bytes at a time: quicker than
/// `memchr` on short haystacks, and linear on any.
#[inline]
fn find_byte_short(hay: &[u8], needle: u8) -> Option<usize> {
    let pattern = splat(needle);
    let mut chunks = hay.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // The lowest flag is exact, which is all the search needs.
        let zeros = zero_bytes(u64::from_le_bytes(word) ^ pattern);
        if zeros != 0 {
            return Some(at + zeros.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|p| at + p)
}

/// HTML whitespace as the tokenizer sees it.
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn ends_tag_name(b: u8) -> bool {
    ENDS_TAG_NAME[usize::from(b)]
}

/// Where the tag name that starts at `from` ends: at whitespace, `/`, `>` or the end.
#[inline]
fn name_end(input: &[u8], from: usize) -> usize {
    let rest = input.get(from..).unwrap_or_default();
    from + rest
        .iter()
        .position(|&b| ends_tag_name(b))
        .unwrap_or(rest.len())
}

/// A cheap filter on start tag names before the raw-text and plaintext look-ups: the
/// lengths of those names, as bits.
const SWITCH_LENGTHS: u64 = {
    let mut mask = 1u64 << PLAINTEXT_ELEMENT.len();
    let mut k = 0;
    while k < RAW_TEXT_ELEMENTS.len() {
        mask |= 1 << RAW_TEXT_ELEMENTS[k].len();
        k += 1;
    }
    mask
};

/// The first bytes (either case) of the raw-text and plaintext element names.
static SWITCH_FIRST_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    t[PLAINTEXT_ELEMENT[0].to_ascii_lowercase() as usize] = true;
    t[PLAINTEXT_ELEMENT[0].to_ascii_uppercase() as usize] = true;
    let mut k = 0;
    while k < RAW_TEXT_ELEMENTS.len() {
        let first = RAW_TEXT_ELEMENTS[k][0];
        t[first.to_ascii_lowercase() as usize] = true;
        t[first.to_ascii_uppercase() as usize] = true;
        k += 1;
    }
    t
};

/// Whether a start tag named `name` may switch the tokenizer to raw text or plaintext
/// (`false` rules it out; `true` asks for the table look-up).
fn may_switch_content(name: &[u8]) -> bool {
    let length_fits = name.len() < 64 && SWITCH_LENGTHS >> name.len() & 1 != 0;
    length_fits
        && name
            .first()
            .is_some_and(|&b| SWITCH_FIRST_BYTES[usize::from(b)])
}

/// A table over all byte values: `true` for HTML whitespace, `>` and the `extra` bytes.
const fn stop_table(extra: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let stops = [b'\t', b'\n', b'\x0C', b'\r', b' ', b'>'];
    let mut k = 0;
    while k < stops.len() {
        t[stops[k] as usize] = true;
        k += 1;
    }
    let mut k = 0;
    while k < extra.len() {
        t[extra[k] as usize] = true;
        k += 1;
    }
    t
}

/// Bytes that end a tag name.
static ENDS_TAG_NAME: [bool; 256] = stop_table(b"/");

/// Bytes that end an attribute name (after its first byte).
static ENDS_ATTRIBUTE_NAME: [bool; 256] = stop_table(b"/=");

/// Bytes that end an unquoted attribute value.
static ENDS_UNQUOTED_VALUE: [bool; 256] = stop_table(b"");

/// The attributes of a start tag (`whole` is the tag's bytes, `<` to `>`), as
/// (name, value) byte slices, values without their quotes.
pub(crate) fn attributes(whole: &[u8]) -> Vec<(&[u8], &[u8])> {
    attribute_ranges(whole)
        .into_iter()
        .map(|(n, v)| {
            (
                whole.get(n).unwrap_or_default(),
                whole.get(v).unwrap_or_default(),
            )
        })
        .collect()
}

/// The (name, value) ranges of a start tag's attributes within `whole`.
pub(crate) fn attribute_ranges(whole: &[u8]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut ranges = Vec::new();
    let i = name_end(whole, 1);
    let _ = scan_attributes(whole, i, |name, value, _| ranges.push((name, value)));
    ranges
}

/// Calls `visit` with the name range and the whole extent (name, `=`, value and its
/// quotes) of each attribute of start tag `whole`, in order.
pub(crate) fn each_attribute(whole: &[u8], visit: impl FnMut(Range<usize>, Range<usize>)) {
    let mut visit = visit;
    let i = name_end(whole, 1);
    let _ = scan_attributes(whole, i, |name, _, extent| visit(name, extent));
}

/// Where a tag whose name ends at `from` ends: the attribute states of
/// [`scan_attributes`], with the same answer, but jumping from one `=`, quote or `>` to
/// the next instead of reading attribute names byte by byte. Returns (end of tag,
/// self-closing), or `None` when the input ends inside the tag.
///
/// Between those bytes lie only spaces, `/` and attribute-name bytes, whose effect on
/// the states is summed up by the last of them that is not a space: after a name byte an
/// `=` starts a value, after a `/` (or at the start, or after a quoted value) an `=`
/// starts an attribute name.
#[inline]
fn tag_end(input: &[u8], from: usize) -> Option<(usize, bool)> {
    // Most end tags and many start tags have nothing after the name.
    if *input.get(from)? == b'>' {
        return Some((from + 1, false));
    }
    attributes_end(input, from)
}

/// [`tag_end`] for a tag with something between its name and its `>`: kept out of line,
/// so that the common tags without attributes stay cheap.
#[inline(never)]
fn attributes_end(input: &[u8], from: usize) -> Option<(usize, bool)> {
    let mut i = from;
    // Whether an `=` here would follow an attribute name (and so start its value).
    let mut after_name = false;
    loop {
        let run = input.get(i..)?;
        let at = find_tag_event(run)?;
        let x = i + at;
        if let Some(&last) = run.get(..at)?.iter().rev().find(|&&b| !is_space(b)) {
            after_name = last != b'/';
        }
        match *input.get(x)? {
            b'>' => {
                // A `/` at tag level right before the `>` makes the tag self-closing.
                let self_closing = at > 0 && input.get(x - 1) == Some(&b'/');
                return Some((x + 1, self_closing));
            }
            b'=' if after_name => match value_end(input, x + 1)? {
                // Right after a quoted value, `>` is the commonest byte.
                ValueEnd::Attributes(next) if input.get(next) == Some(&b'>') => {
                    return Some((next + 1, false));
                }
                ValueEnd::Attributes(next) => {
                    i = next;
                    after_name = false;
                }
                ValueEnd::Tag(end) => return Some((end, false)),
            },
            // An `=` or a quote that starts or continues an attribute name.
            _ => {
                i = x + 1;
                after_name = true;
            }
        }
    }
}

/// Where an attribute value ends, for [`tag_end`].
enum ValueEnd {
    /// The attributes go on from here (after a quoted value, or at the space that ends
    /// an unquoted one).
    Attributes(usize),
    /// The value ran up to the tag's `>`: the tag ends here (never self-closing).
    Tag(usize),
}

/// Reads the attribute value after the `=` at `from - 1` (the before-attribute-value,
/// quoted and unquoted value states); `None` when the input ends first.
#[inline]
fn value_end(input: &[u8], from: usize) -> Option<ValueEnd> {
    let rest = input.get(from..)?;
    let start = from + rest.iter().position(|&b| !is_space(b))?;
    let q = *input.get(start)?;
    if q == b'"' || q == b'\'' {
        // Attribute values are short: no hand-over to `memchr`.
        let close = find_byte_short(input.get(start + 1..)?, q)?;
        return Some(ValueEnd::Attributes(start + close + 2));
    }
    if q == b'>' {
        return Some(ValueEnd::Tag(start + 1));
    }
    let rest = input.get(start..)?;
    let stop = start
        + rest
            .iter()
            .position(|&c| ENDS_UNQUOTED_VALUE[usize::from(c)])?;
    if input.get(stop) == Some(&b'>') {
        Some(ValueEnd::Tag(stop + 1))
    } else {
        Some(ValueEnd::Attributes(stop))
    }
}

/// `b` in every byte of a word.
const fn splat(b: u8) -> u64 {
    LOW_BITS * b as u64
}

/// A flag in the high bit of every byte of `word` that is zero (exact up to the first
/// zero byte; above it flags may be false).
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(LOW_BITS) & !word & HIGH_BITS
}

/// Position of the first `=`, `"`, `'` or `>` in `hay`, eight bytes at a time: the
/// bytes that move [`tag_end`] from one state to another.
#[inline]
fn find_tag_event(hay: &[u8]) -> Option<usize> {
    let mut chunks = hay.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let w = u64::from_le_bytes(bytes);
        let hits = zero_bytes(w ^ splat(b'='))
            | zero_bytes(w ^ splat(b'"'))
            | zero_bytes(w ^ splat(b'\''))
            | zero_bytes(w ^ splat(b'>'));
        if hits != 0 {
            return Some(at + hits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| matches!(b, b'=' | b'"' | b'\'' | b'>'))
        .map(|p| at + p)
}

/// The HTML tokenizer's attribute states, from just after a tag name to just after the
/// tag's `>`: calls `visit` with each attribute's name and value ranges (an empty value
/// range when there is none) and its whole extent, and returns (end of tag,
/// self-closing), or `None` when the input ends inside the tag (the tokenizer then drops
/// the tag).
fn scan_attributes(
    input: &[u8],
    from: usize,
    mut visit: impl FnMut(Range<usize>, Range<usize>, Range<usize>),
) -> Option<(usize, bool)> {
    let mut i = from;
    loop {
        // Before attribute name.
        let b = *input.get(i)?;
        if is_space(b) {
            i += 1;
            continue;
        }
        if b == b'>' {
            return Some((i + 1, false));
        }
        if b == b'/' {
            // Self-closing start tag state: only `/>` counts.
            if input.get(i + 1) == Some(&b'>') {
                return Some((i + 2, true));
            }
            i += 1;
            continue;
        }
        // Attribute name: the first character may be `=`.
        let name_start = i;
        i += 1;
        i += input
            .get(i..)
            .unwrap_or_default()
            .iter()
            .position(|&c| ENDS_ATTRIBUTE_NAME[usize::from(c)])
            .unwrap_or(input.len().saturating_sub(i));
        let name = name_start..i;
        while input.get(i).is_some_and(|&c| is_space(c)) {
            i += 1;
        }
        if input.get(i) != Some(&b'=') {
            visit(name.clone(), i..i, name);
            continue;
        }
        i += 1;
        // Before attribute value.
        while input.get(i).is_some_and(|&c| is_space(c)) {
            i += 1;
        }
        let q = *input.get(i)?;
        if q == b'"' || q == b'\'' {
            let close = find_byte(input.get(i + 1..)?, q)?;
            visit(
                name.clone(),
                i + 1..i + 1 + close,
                name_start..i + close + 2,
            );
            i += close + 2;
        } else {
            let start = i;
            i += input
                .get(i..)
                .unwrap_or_default()
                .iter()
                .position(|&c| ENDS_UNQUOTED_VALUE[usize::from(c)])
                .unwrap_or(input.len().saturating_sub(i));
            visit(name, start..i, name_start..i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kinds(s: &str) -> Vec<String> {
        Tokenizer::new(s.as_bytes())
            .map(|t| match t {
                Token::Text(r) => format!("T:{}", &s[r]),
                Token::RawText(r) => format!("R:{}", &s[r]),
                Token::Start { name, .. } => format!("S:{}", &s[name]),
                Token::End { name, .. } => format!("E:{}", &s[name]),
                Token::Other(r) => format!("O:{}", &s[r]),
            })
            .collect()
    }

    #[test]
    fn tags_text_and_comments() {
        assert_eq!(
            kinds("a<b x='>'>c</b><!-- <i> -->d"),
            ["T:a", "S:b", "T:c", "E:b", "O:<!-- <i> -->", "T:d"]
        );
    }

    #[test]
    fn raw_text_hides_tags() {
        assert_eq!(
            kinds("<script>if (a<b) x='</div>'</script><p>"),
            ["S:script", "R:if (a<b) x='</div>'", "E:script", "S:p"]
        );
        assert_eq!(
            kinds("<STYLE>p{}</style >"),
            ["S:STYLE", "R:p{}", "E:style"]
        );
    }

    #[test]
    fn script_escapes_end_the_raw_text_where_the_parse_does() {
        // In an escape, `<script>` starts a double escape that the first `</script>`
        // only leaves; the second one ends the element.
        assert_eq!(
            kinds("<script>a<!--<script>b</script>c</script><!-- d -->e"),
            [
                "S:script",
                "R:a<!--<script>b</script>c",
                "E:script",
                "O:<!-- d -->",
                "T:e"
            ]
        );
        // `-->` ends the escape: a `<script>` after it starts nothing.
        assert_eq!(
            kinds("<script><!-- x --><script></script>y"),
            ["S:script", "R:<!-- x --><script>", "E:script", "T:y"]
        );
        // A `<style>` has no escapes.
        assert_eq!(
            kinds("<style><!--<script></style>x"),
            ["S:style", "R:<!--<script>", "E:style", "T:x"]
        );
    }

    #[test]
    fn short_comments_and_bogus() {
        assert_eq!(
            kinds("<!-->x<?php ?>y</>z"),
            ["O:<!-->", "T:x", "O:<?php ?>", "T:y", "O:</>", "T:z"]
        );
    }

    #[test]
    fn cut_off_tag_is_other() {
        assert_eq!(kinds("x<div class=\"a"), ["T:x", "O:<div class=\"a"]);
    }

    #[test]
    fn byte_searches_find_the_first_match_at_any_offset() {
        let hay: Vec<u8> = (0..100u8).map(|b| b'a' + b % 20).collect();
        for start in 0..hay.len() {
            let h = &hay[start..];
            for needle in [b'a', b'e', b't', b'z'] {
                assert_eq!(
                    find_byte(h, needle),
                    h.iter().position(|&b| b == needle),
                    "find_byte {} from {start}",
                    needle as char
                );
            }
        }
        let events = |h: &[u8]| h.iter().position(|b| b"=\"'>".contains(b));
        for at in 0..40 {
            for event in [b'=', b'"', b'\'', b'>'] {
                // Bytes that differ from an event in one bit (`<` and `?` next to `>`, …).
                let mut h = vec![b'<'; 40];
                h[..at].fill(event ^ 1);
                h[at] = event;
                h.extend_from_slice(b"?>&'");
                assert_eq!(find_tag_event(&h), events(&h), "event at {at}");
                assert_eq!(find_tag_event(&h[..at]), events(&h[..at]), "none in {at}");
            }
        }
    }

    #[test]
    fn raw_text_names_pass_the_filter() {
        for &name in RAW_TEXT_ELEMENTS.iter().chain([&PLAINTEXT_ELEMENT]) {
            assert!(may_switch_content(name), "{name:?}");
            assert!(may_switch_content(&name.to_ascii_uppercase()), "{name:?}");
        }
        for name in [&b"div"[..], b"p", b"span", b"a", b"li", b"h2", b""] {
            assert!(!may_switch_content(name), "{name:?}");
        }
    }

    #[test]
    fn tag_end_edge_cases_agree_with_the_attribute_states() {
        for inside in [
            " == = = />",
            " a=b/>",
            " a/ >",
            " \"/>",
            " =\"x>\">",
            " a =\"x>\">",
            " a/=\"x>\">",
            " a='>'>",
            " a=>",
            " a= >",
            " a=\"x\"/>",
            " a=\"x\"=\">\">",
            "/>",
            " a=b c='>'>",
            " a=\"unclosed>",
        ] {
            assert_eq!(
                tag_end(inside.as_bytes(), 0),
                scan_attributes(inside.as_bytes(), 0, |_, _, _| {}),
                "{inside:?}"
            );
        }
    }

    /// Pieces of the inside of a tag, after its name, so that generated tags meet every
    /// attribute state.
    fn tag_inside() -> impl Strategy<Value = String> {
        let start = prop::sample::select(vec![" ", "/", ">", "\t", "\n"]);
        let pieces = prop::collection::vec(
            prop::sample::select(vec![
                " ", "\t", "\x0C", "/", "=", "\"", "'", ">", "a", "b-c", "x\"y", "<", "`", "\0",
                "نص", "/>", "= ", " =", "==", "=\"", "='", "=/", "\"/",
            ]),
            0..40,
        );
        (start, pieces).prop_map(|(s, p)| format!("{s}{}", p.concat()))
    }

    proptest::proptest! {
        #[test]
        fn tag_end_agrees_with_the_attribute_states(inside in tag_inside()) {
            let input = inside.as_bytes();
            proptest::prop_assert_eq!(
                tag_end(input, 0),
                scan_attributes(input, 0, |_, _, _| {}),
                "{:?}",
                inside
            );
        }

        #[test]
        fn tag_events_are_found_anywhere(hay in proptest::collection::vec(
            prop::sample::select(vec![b'=', b'"', b'\'', b'>', b'<', b'?', b'a', b' ', 0x80, 0xFF]),
            0..80,
        ), skip in 0usize..80) {
            let h = hay.get(skip..).unwrap_or_default();
            proptest::prop_assert_eq!(
                find_tag_event(h),
                h.iter().position(|b| b"=\"'>".contains(b))
            );
            proptest::prop_assert_eq!(find_byte(h, b'>'), h.iter().position(|&b| b == b'>'));
        }
    }

    #[test]
    fn stop_tables_match_the_predicates() {
        for b in 0..=255u8 {
            assert_eq!(
                ENDS_ATTRIBUTE_NAME[usize::from(b)],
                is_space(b) || matches!(b, b'/' | b'>' | b'='),
                "attribute name stop {b}"
            );
            assert_eq!(
                ENDS_UNQUOTED_VALUE[usize::from(b)],
                is_space(b) || b == b'>',
                "unquoted value stop {b}"
            );
        }
    }

    #[test]
    fn attributes_are_read_with_and_without_quotes() {
        let a = attributes(b"<html lang=ar dir = \"rtl\" hidden data-x='1 2'>");
        let got: Vec<_> = a
            .iter()
            .map(|(n, v)| (String::from_utf8_lossy(n), String::from_utf8_lossy(v)))
            .collect();
        assert_eq!(
            got,
            [
                ("lang".into(), "ar".into()),
                ("dir".into(), "rtl".into()),
                ("hidden".into(), "".into()),
                ("data-x".into(), "1 2".into())
            ]
        );
    }
}
