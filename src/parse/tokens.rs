//! matn's own HTML tokenizer in front of html5ever's tree builder: the token stream the
//! WHATWG tokenizer would give, read straight off the decoded bytes with vectorised
//! searches, instead of html5ever's one-character-at-a-time state machine (which pushes
//! every character of every tag name and attribute name into a buffer on its own). The
//! tree builder is html5ever's: it still decides the tree, and it still switches this
//! tokenizer into the raw-text states (`<title>`, `<textarea>`, `<style>`, `<script>`,
//! `<noscript>`, `<plaintext>`, …) as the standard says.
//!
//! It covers the markup pages are made of: text, character references (named, with
//! html5ever's entity table and its rules for a reference without `;`, and numeric), tags
//! with quoted, unquoted and empty attribute values, comments, bogus comments, a plain
//! `DOCTYPE` (with or without public and system identifiers) and the raw-text elements.
//! What it does not cover it refuses with [`Unsupported`] before any token for it is
//! given, and the caller parses the page again with html5ever's own tokenizer: a NUL
//! byte, a `<![CDATA[` section, a `<script>` whose text holds `<!--` (the escaped
//! script states), and a `DOCTYPE` of any other shape. The equality of the two trees is
//! tested on random markup and on every page of the corpora (`tests/parse_props.rs`).

use crate::read::{dead_raw_text, is_kept_attribute, MAX_ATTRIBUTES};
use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{ns, Attribute, LocalName, QualName};

/// The page uses markup this tokenizer leaves to html5ever's (see the module docs).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Unsupported(pub(super) &'static str);

/// What the tokenizer leaves out and when it stops, for extraction (see
/// `sink::parse_page`); the default keeps everything and never stops.
#[derive(Default)]
pub(super) struct Limits<'a> {
    /// Leave out what no stage reads: the text of `<style>` and of a `<script>` that is
    /// not JSON-LD ([`crate::read::dead_raw_text`]), and attributes not in
    /// [`crate::read::KEPT_ATTRIBUTES`] (the guard cuts the same).
    pub(super) cut_unread: bool,
    /// Asked after each start tag with the number of start tags so far; `true` stops the
    /// page with [`Unsupported`] `"limits"`, as does a tag with more than
    /// [`MAX_ATTRIBUTES`] attributes.
    pub(super) over: Option<&'a dyn Fn(usize) -> bool>,
}

/// The tokenizer's state between tokens, as the tree builder sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Data,
    /// `<title>`, `<textarea>`: text with character references, up to the end tag.
    Rcdata,
    /// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`, `<noscript>`.
    Rawtext,
    Script,
    Plaintext,
}

/// White space inside tags (the standard's: tab, line feed, form feed, space; carriage
/// returns are gone before tokenizing).
fn is_tag_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b' ')
}

/// A name as the tokenizer keeps it: ASCII upper case folded to lower case.
fn lower_name(bytes: &[u8]) -> LocalName {
    let s = std::str::from_utf8(bytes).unwrap_or_default();
    if bytes.iter().any(u8::is_ascii_uppercase) {
        LocalName::from(s.to_ascii_lowercase())
    } else {
        LocalName::from(s)
    }
}

/// Slots in [`Names`]; a page has a few dozen distinct tag and attribute names.
const NAME_SLOTS: usize = 256;

/// Longest name [`Names`] keeps (longer ones are made each time).
const NAME_BYTES: usize = 22;

/// One remembered name: its folded bytes, and the atom.
#[derive(Clone)]
struct NameSlot {
    len: u8,
    folded: [u8; NAME_BYTES],
    name: Option<LocalName>,
}

/// The tag and attribute names met so far, by a hash of their folded bytes: making
/// a [`LocalName`] hashes the name into html5ever's static atom table (SipHash), which a
/// page would otherwise do for each of its thousands of tags and attributes.
struct Names {
    slots: Vec<NameSlot>,
}

impl Default for Names {
    fn default() -> Names {
        Names::new()
    }
}

impl Names {
    fn new() -> Names {
        let empty = NameSlot {
            len: 0,
            folded: [0; NAME_BYTES],
            name: None,
        };
        Names {
            slots: vec![empty; NAME_SLOTS],
        }
    }

    fn get(&mut self, bytes: &[u8]) -> LocalName {
        if bytes.len() > NAME_BYTES {
            return lower_name(bytes);
        }
        let mut folded = [0u8; NAME_BYTES];
        let mut h = crate::fnv::OFFSET;
        for (f, &b) in folded.iter_mut().zip(bytes) {
            *f = b.to_ascii_lowercase();
            h = (h ^ u64::from(*f)).wrapping_mul(crate::fnv::PRIME);
        }
        let slot = &mut self.slots[(h as usize) % NAME_SLOTS];
        if usize::from(slot.len) == bytes.len() && slot.folded == folded {
            if let Some(name) = &slot.name {
                return name.clone();
            }
        }
        let name = lower_name(bytes);
        slot.len = bytes.len() as u8;
        slot.folded = folded;
        slot.name = Some(name.clone());
        name
    }
}

/// What a character reference stands for: one or two characters, and how many bytes of
/// the input it took (the `&` included).
struct CharRef {
    chars: [char; 2],
    count: usize,
    consumed: usize,
}

impl CharRef {
    fn push_to(&self, out: &mut String) {
        for &c in &self.chars[..self.count] {
            out.push(c);
        }
    }
}

/// The character reference at `bytes[0] == b'&'`, or `None` when the `&` is plain text
/// (html5ever's `CharRefTokenizer`, whose results this reproduces). `in_attribute`:
/// inside an attribute value a named reference without `;` followed by `=` or a letter
/// or digit stays text.
fn char_ref(bytes: &[u8], in_attribute: bool) -> Option<CharRef> {
    let s = bytes.get(1..)?;
    match s.first() {
        Some(b'#') => numeric_ref(s),
        Some(c) if c.is_ascii_alphanumeric() => named_ref(s, in_attribute),
        _ => None,
    }
}

/// `s` starts after the `&` with `#`.
fn numeric_ref(s: &[u8]) -> Option<CharRef> {
    let (base, start) = match s.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let mut num: u32 = 0;
    let mut too_big = false;
    let mut i = start;
    while let Some(d) = s.get(i).and_then(|&b| char::from(b).to_digit(base)) {
        num = num.wrapping_mul(base);
        if num > 0x10FFFF {
            too_big = true;
        }
        num = num.wrapping_add(d);
        i += 1;
    }
    if i == start {
        return None; // no digits: `&#` or `&#x` is text
    }
    if s.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match num {
        n if n > 0x10FFFF || too_big => '\u{FFFD}',
        0x00 | 0xD800..=0xDFFF => '\u{FFFD}',
        0x80..=0x9F => C1_REPLACEMENTS
            .get((num - 0x80) as usize)
            .copied()
            .flatten()
            .or_else(|| char::from_u32(num))
            .unwrap_or('\u{FFFD}'),
        n => char::from_u32(n).unwrap_or('\u{FFFD}'),
    };
    Some(CharRef {
        chars: [c, '\0'],
        count: 1,
        consumed: 1 + i,
    })
}

/// `s` starts after the `&` with a letter or digit. The longest name in html5ever's
/// table that the input starts with (the table also holds every prefix of a name, with
/// `(0, 0)`, so the search stops at the first character no name continues with).
fn named_ref(s: &[u8], in_attribute: bool) -> Option<CharRef> {
    let mut best: Option<(usize, (u32, u32))> = None;
    let mut k = 0;
    while k < s.len() && s[k].is_ascii() {
        k += 1;
        let key = std::str::from_utf8(&s[..k]).ok()?;
        match NAMED_ENTITIES.get(key) {
            Some(&m) => {
                if m.0 != 0 {
                    best = Some((k, m));
                }
            }
            None => break,
        }
    }
    let (len, (c1, c2)) = best?;
    let ends_with_semicolon = s[len - 1] == b';';
    if !ends_with_semicolon && in_attribute {
        if let Some(&next) = s.get(len) {
            if next == b'=' || next.is_ascii_alphanumeric() {
                return None;
            }
        }
    }
    Some(CharRef {
        chars: [
            char::from_u32(c1).unwrap_or('\u{FFFD}'),
            char::from_u32(c2).unwrap_or('\0'),
        ],
        count: if c2 == 0 { 1 } else { 2 },
        consumed: 1 + len,
    })
}

/// An attribute value with its character references replaced.
fn decode_value(bytes: &[u8]) -> StrTendril {
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(k) = memchr::memchr(b'&', &bytes[i..]) else {
            out.push_str(std::str::from_utf8(&bytes[i..]).unwrap_or_default());
            break;
        };
        out.push_str(std::str::from_utf8(&bytes[i..i + k]).unwrap_or_default());
        i += k;
        match char_ref(&bytes[i..], true) {
            Some(r) => {
                r.push_to(&mut out);
                i += r.consumed;
            }
            None => {
                out.push('&');
                i += 1;
            }
        }
    }
    StrTendril::from(out)
}

/// The tokenizer over one page, feeding `sink`.
struct Lexer<'a, S: TokenSink> {
    limits: &'a Limits<'a>,
    /// Start tags so far.
    start_tags: usize,
    /// Whether the raw text after the last start tag is left out.
    dead_raw: bool,
    bytes: &'a [u8],
    /// The page as one shared buffer: text and attribute values are slices of it.
    input: StrTendril,
    sink: &'a S,
    pos: usize,
    mode: Mode,
    /// The last start tag's name, which ends a raw-text element.
    last_start: Option<LocalName>,
    names: Names,
}

impl<S: TokenSink> Lexer<'_, S> {
    fn emit(&mut self, token: Token) -> Result<(), Unsupported> {
        match self.sink.process_token(token, 1) {
            TokenSinkResult::Continue => {}
            TokenSinkResult::Script(_) | TokenSinkResult::EncodingIndicator(_) => {
                // html5ever's driver feeds the tokenizer again after these, and each
                // feed drops a byte-order mark at the current position.
                if self.bytes[self.pos..].starts_with("\u{FEFF}".as_bytes()) {
                    self.pos += 3;
                }
            }
            TokenSinkResult::Plaintext => self.mode = Mode::Plaintext,
            TokenSinkResult::RawData(RawKind::Rcdata) => self.mode = Mode::Rcdata,
            TokenSinkResult::RawData(RawKind::Rawtext) => self.mode = Mode::Rawtext,
            TokenSinkResult::RawData(RawKind::ScriptData) => self.mode = Mode::Script,
            TokenSinkResult::RawData(_) => return Err(Unsupported("escaped script")),
        }
        Ok(())
    }

    /// The input `a..b` as a character token.
    fn text(&mut self, a: usize, b: usize) -> Result<(), Unsupported> {
        if b <= a {
            return Ok(());
        }
        let (Ok(start), Ok(len)) = (u32::try_from(a), u32::try_from(b - a)) else {
            return Err(Unsupported("4 GiB"));
        };
        let t = self.input.subtendril(start, len);
        self.emit(Token::CharacterTokens(t))
    }

    fn run(&mut self) -> Result<(), Unsupported> {
        while self.pos < self.bytes.len() {
            match self.mode {
                Mode::Data => self.data()?,
                Mode::Rcdata | Mode::Rawtext | Mode::Script => self.raw()?,
                Mode::Plaintext => {
                    self.text(self.pos, self.bytes.len())?;
                    self.pos = self.bytes.len();
                }
            }
        }
        self.emit(Token::EOFToken)?;
        self.sink.end();
        Ok(())
    }

    /// Text up to the next markup, then that markup.
    fn data(&mut self) -> Result<(), Unsupported> {
        let rest = &self.bytes[self.pos..];
        let Some(k) = memchr::memchr2(b'<', b'&', rest) else {
            self.text(self.pos, self.bytes.len())?;
            self.pos = self.bytes.len();
            return Ok(());
        };
        let at = self.pos + k;
        self.text(self.pos, at)?;
        self.pos = at;
        if self.bytes[at] == b'&' {
            self.text_char_ref()
        } else {
            self.tag_open()
        }
    }

    /// A character reference in text (`self.pos` is at the `&`).
    fn text_char_ref(&mut self) -> Result<(), Unsupported> {
        match char_ref(&self.bytes[self.pos..], false) {
            Some(r) => {
                let mut s = String::new();
                r.push_to(&mut s);
                self.pos += r.consumed;
                self.emit(Token::CharacterTokens(StrTendril::from(s)))
            }
            None => {
                self.pos += 1;
                self.text(self.pos - 1, self.pos)
            }
        }
    }

    /// The text of a raw-text element up to its end tag (the standard's "appropriate end
    /// tag": `</` and the element's name, then white space, `/` or `>`).
    fn raw(&mut self) -> Result<(), Unsupported> {
        if self.dead_raw && self.mode != Mode::Rcdata {
            return self.dead_raw_text();
        }
        let mut from = self.pos;
        loop {
            let rest = &self.bytes[from..];
            let found = if self.mode == Mode::Rcdata {
                memchr::memchr2(b'<', b'&', rest)
            } else {
                memchr::memchr(b'<', rest)
            };
            let Some(k) = found else {
                self.text(self.pos, self.bytes.len())?;
                self.pos = self.bytes.len();
                return Ok(());
            };
            let at = from + k;
            if self.bytes[at] == b'&' {
                self.text(self.pos, at)?;
                self.pos = at;
                self.text_char_ref()?;
                from = self.pos;
                continue;
            }
            let after = &self.bytes[at + 1..];
            if self.mode == Mode::Script && after.starts_with(b"!--") {
                return self.escaped_script(at);
            }
            if after.first() == Some(&b'/') && self.is_appropriate_end(at + 2) {
                self.text(self.pos, at)?;
                self.pos = at;
                self.mode = Mode::Data;
                return self.tag(at + 2, TagKind::EndTag);
            }
            from = at + 1;
        }
    }

    /// The rest of a `<script>` whose text opens an escape (`<!--`, at `at`), up to the
    /// end tag that ends it ([`escaped_script_end`]).
    fn escaped_script(&mut self, at: usize) -> Result<(), Unsupported> {
        let i = escaped_script_end(self.bytes, at, |i| self.is_appropriate_end(i + 2));
        self.text(self.pos, i)?;
        self.pos = i;
        if i >= self.bytes.len() {
            return Ok(());
        }
        self.mode = Mode::Data;
        self.tag(i + 2, TagKind::EndTag)
    }

    /// Skips the text of a `<style>` or non-JSON-LD `<script>` up to its end tag.
    fn dead_raw_text(&mut self) -> Result<(), Unsupported> {
        let mut from = self.pos;
        while let Some(k) = memchr::memchr(b'<', &self.bytes[from..]) {
            let at = from + k;
            let after = &self.bytes[at + 1..];
            if self.mode == Mode::Script && after.starts_with(b"!--") {
                // The escaped states decide where it ends: keep it.
                self.dead_raw = false;
                return self.raw();
            }
            if after.first() == Some(&b'/') && self.is_appropriate_end(at + 2) {
                self.pos = at;
                self.mode = Mode::Data;
                return self.tag(at + 2, TagKind::EndTag);
            }
            from = at + 1;
        }
        self.pos = self.bytes.len();
        Ok(())
    }

    fn is_appropriate_end(&self, at: usize) -> bool {
        let Some(name) = &self.last_start else {
            return false;
        };
        let n = name.len();
        let Some(candidate) = self.bytes.get(at..at + n) else {
            return false;
        };
        name.bytes().all(|b| b.is_ascii_lowercase())
            && candidate.eq_ignore_ascii_case(name.as_bytes())
            && self
                .bytes
                .get(at + n)
                .is_some_and(|&b| is_tag_space(b) || b == b'/' || b == b'>')
    }

    /// Markup at `self.pos` (a `<`).
    fn tag_open(&mut self) -> Result<(), Unsupported> {
        let at = self.pos;
        match self.bytes.get(at + 1) {
            Some(c) if c.is_ascii_alphabetic() => self.tag(at + 1, TagKind::StartTag),
            Some(b'/') => match self.bytes.get(at + 2) {
                Some(c) if c.is_ascii_alphabetic() => self.tag(at + 2, TagKind::EndTag),
                Some(b'>') => {
                    // `</>` is nothing but a parse error, and html5ever hands that error
                    // to the tree builder as a token: like any token, it ends the
                    // dropping of a line break right after `<pre>` or `<textarea>`.
                    self.pos = at + 3;
                    self.emit(Token::ParseError(std::borrow::Cow::Borrowed("Saw </>")))
                }
                Some(_) => self.bogus_comment(at + 2),
                None => {
                    self.pos = self.bytes.len();
                    self.text(at, self.bytes.len())
                }
            },
            Some(b'!') => self.markup_declaration(at + 2),
            Some(b'?') => self.bogus_comment(at + 1),
            _ => {
                self.pos = at + 1;
                self.text(at, at + 1)
            }
        }
    }

    /// A comment that runs from `from` to the next `>` (or the end of the page).
    fn bogus_comment(&mut self, from: usize) -> Result<(), Unsupported> {
        self.pos = match memchr::memchr(b'>', &self.bytes[from..]) {
            Some(k) => from + k + 1,
            None => self.bytes.len(),
        };
        self.emit(Token::CommentToken(StrTendril::new()))
    }

    /// After `<!` (at `from`).
    fn markup_declaration(&mut self, from: usize) -> Result<(), Unsupported> {
        let rest = &self.bytes[from..];
        if rest.starts_with(b"--") {
            return self.comment(from + 2);
        }
        if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"doctype") {
            return self.doctype(from + 7);
        }
        if rest.starts_with(b"[CDATA[")
            && self
                .sink
                .adjusted_current_node_present_but_not_in_html_namespace()
        {
            return Err(Unsupported("CDATA"));
        }
        self.bogus_comment(from)
    }

    /// A comment whose text starts at `from` (after `<!--`): it ends at the first `-->`
    /// or `--!>`, or at once with `>` or `->`. matn's tree keeps no comment text.
    fn comment(&mut self, from: usize) -> Result<(), Unsupported> {
        let rest = &self.bytes[from..];
        let end = if rest.starts_with(b">") {
            Some(1)
        } else if rest.starts_with(b"->") {
            Some(2)
        } else {
            let mut found = None;
            let mut i = 0;
            while let Some(k) = memchr::memmem::find(&rest[i..], b"--") {
                let d = i + k;
                match rest.get(d + 2) {
                    Some(b'>') => {
                        found = Some(d + 3);
                        break;
                    }
                    Some(b'!') if rest.get(d + 3) == Some(&b'>') => {
                        found = Some(d + 4);
                        break;
                    }
                    _ => i = d + 1,
                }
            }
            found
        };
        self.pos = end.map_or(self.bytes.len(), |e| from + e);
        self.emit(Token::CommentToken(StrTendril::new()))
    }

    /// `<!DOCTYPE` seen, `from` after it: the plain shapes only (a name, then nothing, or
    /// `PUBLIC "…"` with an optional `"…"`, or `SYSTEM "…"`), anything else refused.
    fn doctype(&mut self, from: usize) -> Result<(), Unsupported> {
        let b = self.bytes;
        let mut i = from;
        let skip = |mut i: usize| {
            while b.get(i).is_some_and(|&c| is_tag_space(c)) {
                i += 1;
            }
            i
        };
        if !b.get(i).is_some_and(|&c| is_tag_space(c)) {
            return Err(Unsupported("DOCTYPE"));
        }
        i = skip(i);
        let name_start = i;
        while b.get(i).is_some_and(|&c| !is_tag_space(c) && c != b'>') {
            i += 1;
        }
        if i == name_start || i >= b.len() {
            return Err(Unsupported("DOCTYPE"));
        }
        let name = std::str::from_utf8(&b[name_start..i]).map_err(|_| Unsupported("DOCTYPE"))?;
        let mut doctype = Doctype {
            name: Some(StrTendril::from(name.to_ascii_lowercase())),
            ..Doctype::default()
        };
        i = skip(i);
        let quoted = |i: usize| -> Result<(StrTendril, usize), Unsupported> {
            let q = *b.get(i).ok_or(Unsupported("DOCTYPE"))?;
            if q != b'"' && q != b'\'' {
                return Err(Unsupported("DOCTYPE"));
            }
            let len = memchr::memchr(q, &b[i + 1..]).ok_or(Unsupported("DOCTYPE"))?;
            let id = &b[i + 1..i + 1 + len];
            if id.contains(&b'>') {
                return Err(Unsupported("DOCTYPE"));
            }
            let id = std::str::from_utf8(id).map_err(|_| Unsupported("DOCTYPE"))?;
            Ok((StrTendril::from(id), i + 2 + len))
        };
        let keyword = b.get(i..i + 6);
        if keyword.is_some_and(|k| k.eq_ignore_ascii_case(b"public")) {
            i += 6;
            if !b.get(i).is_some_and(|&c| is_tag_space(c)) {
                return Err(Unsupported("DOCTYPE"));
            }
            let (public, after) = quoted(skip(i))?;
            doctype.public_id = Some(public);
            i = after;
            if b.get(i).is_some_and(|&c| is_tag_space(c)) {
                i = skip(i);
                if b.get(i) != Some(&b'>') {
                    let (system, after) = quoted(i)?;
                    doctype.system_id = Some(system);
                    i = skip(after);
                }
            }
        } else if keyword.is_some_and(|k| k.eq_ignore_ascii_case(b"system")) {
            i += 6;
            if !b.get(i).is_some_and(|&c| is_tag_space(c)) {
                return Err(Unsupported("DOCTYPE"));
            }
            let (system, after) = quoted(skip(i))?;
            doctype.system_id = Some(system);
            i = skip(after);
        }
        if b.get(i) != Some(&b'>') {
            return Err(Unsupported("DOCTYPE"));
        }
        self.pos = i + 1;
        self.emit(Token::DoctypeToken(doctype))
    }

    /// A tag whose name starts at `start`; a tag cut off by the end of the page is
    /// dropped, as the standard says.
    fn tag(&mut self, start: usize, kind: TagKind) -> Result<(), Unsupported> {
        let b = self.bytes;
        let len = b.len();
        let mut i = start;
        while i < len && !is_tag_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
            i += 1;
        }
        let (start_at, name_at, name_end) = (start.saturating_sub(1), start, i);
        let name = self.names.get(&b[start..i]);
        let mut attrs: Vec<Attribute> = Vec::new();
        let mut had_duplicate_attributes = false;
        let mut self_closing = false;
        loop {
            // Before an attribute name.
            while i < len && is_tag_space(b[i]) {
                i += 1;
            }
            let Some(&c) = b.get(i) else {
                self.pos = len;
                return Ok(());
            };
            if c == b'>' {
                i += 1;
                break;
            }
            if c == b'/' {
                i += 1;
                match b.get(i) {
                    Some(b'>') => {
                        self_closing = true;
                        i += 1;
                        break;
                    }
                    Some(_) => continue,
                    None => {
                        self.pos = len;
                        return Ok(());
                    }
                }
            }
            // An attribute name: its first character is taken whatever it is (even `=`).
            let name_start = i;
            i += 1;
            while i < len && !is_tag_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let attr_bytes = &b[name_start..i];
            while i < len && is_tag_space(b[i]) {
                i += 1;
            }
            let mut value = (0, 0);
            if b.get(i) == Some(&b'=') {
                i += 1;
                while i < len && is_tag_space(b[i]) {
                    i += 1;
                }
                match b.get(i) {
                    None => {
                        self.pos = len;
                        return Ok(());
                    }
                    Some(&q @ (b'"' | b'\'')) => {
                        let Some(k) = memchr::memchr(q, &b[i + 1..]) else {
                            self.pos = len;
                            return Ok(());
                        };
                        value = (i + 1, i + 1 + k);
                        i += k + 2;
                    }
                    Some(b'>') => {}
                    Some(_) => {
                        let v = i;
                        while i < len && !is_tag_space(b[i]) && b[i] != b'>' {
                            i += 1;
                        }
                        if i == len {
                            self.pos = len;
                            return Ok(());
                        }
                        value = (v, i);
                    }
                }
            }
            if self.limits.cut_unread && !is_kept_attribute(attr_bytes) {
                continue;
            }
            let attr_name = self.names.get(attr_bytes);
            if attrs.iter().any(|a| a.name.local == attr_name) {
                had_duplicate_attributes = true;
            } else {
                if self.limits.over.is_some() && attrs.len() >= MAX_ATTRIBUTES {
                    return Err(Unsupported("limits"));
                }
                attrs.push(Attribute {
                    name: QualName::new(None, ns!(), attr_name),
                    value: self.value(value.0, value.1)?,
                });
            }
        }
        self.pos = i;
        let start = kind == TagKind::StartTag;
        if start {
            self.last_start = Some(name.clone());
            self.dead_raw =
                self.limits.cut_unread && dead_raw_text(&b[start_at..i], &b[name_at..name_end], 0);
        }
        self.mode = Mode::Data;
        self.emit(Token::TagToken(Tag {
            kind,
            name,
            self_closing,
            attrs,
            had_duplicate_attributes,
        }))?;
        if start {
            self.start_tags += 1;
            if let Some(over) = self.limits.over {
                if over(self.start_tags) {
                    return Err(Unsupported("limits"));
                }
            }
        }
        Ok(())
    }

    /// The attribute value `a..b` of the input.
    fn value(&self, a: usize, b: usize) -> Result<StrTendril, Unsupported> {
        let bytes = &self.bytes[a..b];
        if memchr::memchr(b'&', bytes).is_some() {
            return Ok(decode_value(bytes));
        }
        let (Ok(start), Ok(len)) = (u32::try_from(a), u32::try_from(b - a)) else {
            return Err(Unsupported("4 GiB"));
        };
        Ok(self.input.subtendril(start, len))
    }
}

/// `text` with each CR LF pair and each lone CR as one LF, as the standard's input
/// stream preprocessing does.
fn without_carriage_returns(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for at in memchr::memchr_iter(b'\r', bytes) {
        if at < from {
            continue;
        }
        out.push_str(text.get(from..at).unwrap_or_default());
        out.push('\n');
        from = if bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

/// Tokenizes `text` into `sink` (html5ever's tree builder), then ends it. `Err` when the
/// page needs html5ever's own tokenizer; the sink is then in an unfinished state and
/// must be dropped.
pub(super) fn tokenize<S: TokenSink>(
    text: &str,
    sink: &S,
    limits: &Limits<'_>,
) -> Result<(), Unsupported> {
    if memchr::memchr(0, text.as_bytes()).is_some() {
        return Err(Unsupported("NUL"));
    }
    if text.len() >= u32::MAX as usize {
        return Err(Unsupported("4 GiB"));
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let normalised;
    let text = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        normalised = without_carriage_returns(text);
        normalised.as_str()
    } else {
        text
    };
    let mut lexer = Lexer {
        limits,
        start_tags: 0,
        dead_raw: false,
        bytes: text.as_bytes(),
        input: StrTendril::from_slice(text),
        sink,
        pos: 0,
        mode: Mode::Data,
        last_start: None,
        names: NAMES.take().unwrap_or_default(),
    };
    let result = lexer.run();
    NAMES.set(Some(lexer.names));
    result
}

thread_local! {
    /// Each thread's [`Names`], kept from page to page (the names repeat across pages).
    static NAMES: std::cell::Cell<Option<Names>> = const { std::cell::Cell::new(None) };
}

/// Where a `<script>`'s text ends when it opens an escape (`<!--` at `at`): the `<` of
/// the end tag that ends the element (`closes(i)` says whether `</…` at `i` names it), or
/// the input's length. In an escape, `<script>` starts a double escape in which
/// `</script>` does not end the element, and `-->` ends either escape (the standard's
/// script data escaped states). Shared with the markup guard's tokenizer, which must
/// end a script where the parse does.
pub(crate) fn escaped_script_end(b: &[u8], at: usize, closes: impl Fn(usize) -> bool) -> usize {
    #[derive(PartialEq)]
    enum State {
        Plain,
        Escaped,
        DoubleEscaped,
    }
    let names_script = |i: usize| {
        b.get(i..i + 6)
            .is_some_and(|n| n.eq_ignore_ascii_case(b"script"))
            && b.get(i + 6)
                .is_some_and(|&c| is_tag_space(c) || c == b'/' || c == b'>')
    };
    let mut state = State::Escaped;
    let mut dashes = 2;
    let mut i = at + 4;
    while let Some(&c) = b.get(i) {
        if state == State::Plain {
            if c == b'<' {
                if b.get(i + 1..).is_some_and(|r| r.starts_with(b"!--")) {
                    state = State::Escaped;
                    dashes = 2;
                    i += 4;
                    continue;
                }
                if b.get(i + 1) == Some(&b'/') && closes(i) {
                    return i;
                }
            }
            i += 1;
            continue;
        }
        if c == b'-' {
            dashes += 1;
            i += 1;
            continue;
        }
        if c == b'>' && dashes >= 2 {
            state = State::Plain;
        } else if c == b'<' {
            let slash = b.get(i + 1) == Some(&b'/');
            if state == State::Escaped {
                if slash && closes(i) {
                    return i;
                }
                if names_script(i + 1) {
                    state = State::DoubleEscaped;
                }
            } else if slash && names_script(i + 2) {
                state = State::Escaped;
            }
        }
        dashes = 0;
        i += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(s: &str, in_attribute: bool) -> Option<(String, usize)> {
        char_ref(s.as_bytes(), in_attribute).map(|r| {
            let mut out = String::new();
            r.push_to(&mut out);
            (out, r.consumed)
        })
    }

    #[test]
    fn named_references_take_the_longest_name() {
        assert_eq!(decoded("&amp;x", false), Some(("&".into(), 5)));
        assert_eq!(decoded("&ampx", false), Some(("&".into(), 4)));
        assert_eq!(decoded("&notin;", false), Some(("∉".into(), 7)));
        assert_eq!(decoded("&notit;", false), Some(("¬".into(), 4)));
        assert_eq!(decoded("&nosuch;", false), None);
        assert_eq!(decoded("& x", false), None);
    }

    #[test]
    fn a_reference_without_semicolon_before_a_letter_stays_in_attributes() {
        assert_eq!(decoded("&ampx", true), None);
        assert_eq!(decoded("&amp=", true), None);
        assert_eq!(decoded("&amp;x", true), Some(("&".into(), 5)));
        assert_eq!(decoded("&amp ", true), Some(("&".into(), 4)));
    }

    #[test]
    fn numeric_references_follow_the_standard_table() {
        assert_eq!(decoded("&#1605;", false), Some(("م".into(), 7)));
        assert_eq!(decoded("&#x645", false), Some(("م".into(), 6)));
        assert_eq!(decoded("&#128;", false), Some(("€".into(), 6)));
        assert_eq!(decoded("&#0;", false), Some(("\u{FFFD}".into(), 4)));
        assert_eq!(decoded("&#xD800;", false), Some(("\u{FFFD}".into(), 8)));
        assert_eq!(
            decoded("&#99999999999;", false),
            Some(("\u{FFFD}".into(), 14))
        );
        assert_eq!(decoded("&#x;", false), None);
        assert_eq!(decoded("&#;", false), None);
    }

    #[test]
    fn names_are_folded_and_kept_once() {
        let mut names = Names::new();
        assert_eq!(&*names.get(b"DIV"), "div");
        assert_eq!(&*names.get(b"div"), "div");
        assert_eq!(&*names.get(b"Data-X"), "data-x");
        assert_eq!(&*names.get(b"\xd9\x86"), "\u{646}");
        for k in 0..1000 {
            let n = format!("n{k}");
            assert_eq!(&*names.get(n.as_bytes()), n);
        }
    }

    #[test]
    fn carriage_returns_become_line_feeds() {
        assert_eq!(
            without_carriage_returns("a\r\nb\rc\r\r\nd\r"),
            "a\nb\nc\n\nd\n"
        );
        assert_eq!(without_carriage_returns("نص\r\n"), "نص\n");
    }

    #[test]
    fn values_decode_every_reference() {
        assert_eq!(&*decode_value(b"a&amp;b&lt&copy=x&#65;"), "a&b<&copy=xA");
    }
}
