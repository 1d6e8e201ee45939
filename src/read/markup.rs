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
            .and_then(|rest| rest.iter().position(|&b| b == b'<'))
            .map_or(self.input.len(), |p| from + p)
    }

    /// Finds the first `>` at or after `from`; returns the position after it (or the end).
    fn past_gt(&self, from: usize) -> usize {
        self.input
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| b == b'>'))
            .map_or(self.input.len(), |p| from + p + 1)
    }

    /// Where the raw text that starts at `from` ends: at `</name` followed by whitespace,
    /// `/` or `>`, or at the end of the input.
    fn raw_text_end(&self, from: usize, name: &Range<usize>) -> usize {
        let name = self.input.get(name.clone()).unwrap_or_default();
        let mut at = from;
        loop {
            let lt = self.next_lt(at);
            if lt >= self.input.len() {
                return lt;
            }
            let after = lt + 2 + name.len();
            let closes = self.byte(lt + 1) == Some(b'/')
                && self
                    .input
                    .get(lt + 2..after)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
                && self.byte(after).is_some_and(ends_tag_name);
            if closes {
                return lt;
            }
            at = lt + 1;
        }
    }

    /// Reads a tag whose name starts at `name_start`: the name, then attributes with
    /// quoted values, up to the closing `>`. Returns (name range, end of tag, self-closing)
    /// or `None` when the input ends inside the tag.
    fn tag(&self, name_start: usize) -> Option<(Range<usize>, usize, bool)> {
        let mut i = name_start;
        while self.byte(i).is_some_and(|b| !ends_tag_name(b)) {
            i += 1;
        }
        let name = name_start..i;
        let mut slash = false;
        loop {
            let b = self.byte(i)?;
            match b {
                b'>' => return Some((name, i + 1, slash)),
                b'/' => {
                    slash = true;
                    i += 1;
                }
                b'"' | b'\'' => {
                    // A quote where an attribute value is expected (after `=`) or a
                    // stray one in a name: either way the tokenizer treats a quoted
                    // value as opaque only after `=`; see below.
                    slash = false;
                    i += 1;
                }
                b'=' => {
                    slash = false;
                    i += 1;
                    while self.byte(i).is_some_and(is_space) {
                        i += 1;
                    }
                    match self.byte(i)? {
                        q @ (b'"' | b'\'') => {
                            let close = self.input.get(i + 1..)?.iter().position(|&c| c == q)?;
                            i += close + 2;
                        }
                        b'>' => {}
                        _ => {
                            while self.byte(i).is_some_and(|c| !is_space(c) && c != b'>') {
                                i += 1;
                            }
                        }
                    }
                }
                _ => {
                    if !is_space(b) {
                        slash = false;
                    }
                    i += 1;
                }
            }
        }
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

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
                    let n = self.input.get(name.clone()).unwrap_or_default();
                    if RAW_TEXT_ELEMENTS.iter().any(|r| n.eq_ignore_ascii_case(r)) {
                        self.raw_end = Some(name.clone());
                    } else if n.eq_ignore_ascii_case(PLAINTEXT_ELEMENT) {
                        self.plaintext = true;
                    }
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
            let Some(p) = rest.iter().position(|&b| b == b'-') else {
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

/// HTML whitespace as the tokenizer sees it.
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn ends_tag_name(b: u8) -> bool {
    is_space(b) || b == b'/' || b == b'>'
}

/// The attributes of a start tag (`whole` is the tag's bytes, `<` to `>`), as
/// (name, value) byte slices, values without their quotes.
pub(crate) fn attributes(whole: &[u8]) -> Vec<(&[u8], &[u8])> {
    let mut out = Vec::new();
    let mut i = 1;
    // Skip the tag name.
    while whole.get(i).is_some_and(|&b| !ends_tag_name(b)) {
        i += 1;
    }
    loop {
        while whole.get(i).is_some_and(|&b| is_space(b) || b == b'/') {
            i += 1;
        }
        match whole.get(i) {
            None | Some(b'>') => return out,
            _ => {}
        }
        let name_start = i;
        i += 1;
        while whole
            .get(i)
            .is_some_and(|&b| !is_space(b) && b != b'/' && b != b'>' && b != b'=')
        {
            i += 1;
        }
        let name = whole.get(name_start..i).unwrap_or_default();
        while whole.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        if whole.get(i) != Some(&b'=') {
            out.push((name, &whole[..0]));
            continue;
        }
        i += 1;
        while whole.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        let value = match whole.get(i) {
            Some(&q) if q == b'"' || q == b'\'' => {
                let from = i + 1;
                let len = whole
                    .get(from..)
                    .and_then(|r| r.iter().position(|&c| c == q))
                    .unwrap_or(whole.len().saturating_sub(from));
                i = from + len + 1;
                whole.get(from..from + len).unwrap_or_default()
            }
            _ => {
                let from = i;
                while whole.get(i).is_some_and(|&b| !is_space(b) && b != b'>') {
                    i += 1;
                }
                whole.get(from..i).unwrap_or_default()
            }
        };
        out.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
