//! The tokenizer: a paragraph split in one pass into words, punctuation signs and
//! quotation marks, each with its char range, its byte offset, its matching-only
//! normalisation and the lexicon tables its word is in ([`Tags`]).

use std::borrow::Cow;

use super::bits::HONORIFICS;
use super::fold::{folded, is_ignorable};
use super::marks::{mark_of, CharAt, Near};
use super::tags::Tags;
use super::words::{tags_in, ya_tags, T};
use crate::lexicon::quotes as lex;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct(char),
    Mark,
}

/// A word, a punctuation sign or a quotation mark, with its char range in the paragraph;
/// its text borrowed from the paragraph, and its normalisation too unless that changes
/// it (then from the paragraph's [`tokenize`] buffer).
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    /// Byte offset of `text` in the paragraph.
    pub byte: usize,
    pub kind: Kind,
    pub text: &'a str,
    pub norm: &'a str,
    /// The tables the word is in (none for punctuation and marks).
    pub tags: Tags,
}

impl Tok<'_> {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// `true` when the word itself is in one of `tables` (a bit mask of table tags).
    pub(crate) fn is(&self, tables: u32) -> bool {
        self.tags.bare & tables != 0
    }

    /// `true` when the word, bare or without its conjunction, is in one of `tables`.
    pub(crate) fn in_table(&self, tables: u32) -> bool {
        (self.tags.bare | self.tags.rest) & tables != 0
    }

    /// The byte offset in `text` and the char of the token's char `j`, decoded from the
    /// nearer end of the text: the marks and the quotes' ends ask about a word's first
    /// or last chars.
    fn char_indexed(&self, j: usize) -> Option<(usize, char)> {
        let from_end = (self.end - self.start).checked_sub(j + 1)?;
        if from_end < j {
            self.text.char_indices().nth_back(from_end)
        } else {
            self.text.char_indices().nth(j)
        }
    }
}

/// A paragraph's tokens.
pub(crate) struct Tokens<'a> {
    pub toks: Vec<Tok<'a>>,
    /// Whether the paragraph holds a quotation mark.
    pub has_mark: bool,
    /// The paragraph's length in chars.
    pub chars: usize,
}

impl Tokens<'_> {
    /// The token holding char `i`, if a token does (chars between tokens are spaces).
    fn holding(&self, i: usize) -> Option<&Tok<'_>> {
        let k = self.toks.partition_point(|t| t.end <= i);
        self.toks.get(k).filter(|t| t.start <= i)
    }

    /// The byte offset and the char at char `i`, when a token holds it.
    pub(crate) fn byte_at(&self, i: usize) -> Option<(usize, char)> {
        let t = self.holding(i)?;
        let (b, c) = t.char_indexed(i - t.start)?;
        Some((t.byte + b, c))
    }
}

impl CharAt for Tokens<'_> {
    /// The char at `i` as far as the marks' context goes: the token's char, or a space
    /// between tokens (the only chars that are no token are spaces).
    fn char_at(&self, i: usize) -> Option<char> {
        if i >= self.chars {
            return None;
        }
        let Some(t) = self.holding(i) else {
            return Some(' ');
        };
        t.char_indexed(i - t.start).map(|(_, c)| c)
    }

    fn len_chars(&self) -> usize {
        self.chars
    }

    /// [`CharAt::near`] with one search for the tokens: the others are its neighbours.
    fn near(&self, i: usize) -> Near {
        let from = i.saturating_sub(2);
        let mut k = self.toks.partition_point(|t| t.end <= from);
        let mut at = |j: usize| -> Option<char> {
            if j >= self.chars {
                return None;
            }
            while self.toks.get(k).is_some_and(|t| t.end <= j) {
                k += 1;
            }
            match self.toks.get(k).filter(|t| t.start <= j) {
                None => Some(' '),
                Some(t) => t.char_indexed(j - t.start).map(|(_, c)| c),
            }
        };
        let prev2 = i.checked_sub(2).and_then(&mut at);
        let prev = i.checked_sub(1).and_then(&mut at);
        let cur = at(i);
        let next = at(i + 1);
        Near {
            prev2,
            prev,
            cur,
            next,
        }
    }
}

/// How the tokenizer treats a char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Part of a word: a letter, a digit, or anything that is not a separator.
    InWord,
    Space,
    Mark,
    Punct,
}

/// [`Role::InWord`] as stored in [`CHAR_INFO`].
const IN_WORD: u8 = Role::InWord as u8;
/// [`Role::Space`] as stored in [`CHAR_INFO`].
const SPACE: u8 = Role::Space as u8;
/// [`Role::Mark`] as stored in [`CHAR_INFO`].
const MARK: u8 = Role::Mark as u8;

/// The tokenizer's reading of `c`: letters and digits are never spaces, marks or
/// punctuation; what is none of these belongs to the word around it.
fn role_of(c: char) -> Role {
    if crate::text::is_word_char(c) {
        Role::InWord
    } else if c.is_whitespace() {
        Role::Space
    } else if mark_of(c).is_some() {
        Role::Mark
    } else if lex::WORD_PUNCT.contains(&c) {
        Role::Punct
    } else {
        Role::InWord
    }
}

/// Whether matching-only normalisation changes `c` (dropped or folded).
const fn changes_in_norm(c: char) -> bool {
    if is_ignorable(c) {
        return true;
    }
    let mut k = 0;
    while k < lex::LETTER_FOLDS.len() {
        if lex::LETTER_FOLDS[k].0 == c {
            return true;
        }
        k += 1;
    }
    false
}

/// The Unicode block of Arabic letters, whose chars have their entries in [`CHAR_INFO`]
/// after those of Latin-1.
const ARABIC_BLOCK: u32 = 0x600;

/// The Unicode block of general punctuation (curly quotes, dashes, direction marks),
/// whose chars have their entries in [`CHAR_INFO`] after those of the Arabic block.
const PUNCTUATION_BLOCK: u32 = 0x2000;

/// Chars of Latin-1 (ASCII and « »), of the Arabic block and of the punctuation block
/// each, in [`CHAR_INFO`].
const BLOCK_CHARS: u32 = 0x100;

/// Entries in [`CHAR_INFO`]: three blocks.
const INFO_LEN: usize = 3 * BLOCK_CHARS as usize;

/// Bit of a [`CHAR_INFO`] entry set when matching-only normalisation changes the char.
const CHANGES_BIT: u8 = 0x80;

/// A char's role with [`CHANGES_BIT`] when normalisation changes it.
fn info_of(c: char) -> u8 {
    let role = role_of(c) as u8;
    if changes_in_norm(c) {
        role | CHANGES_BIT
    } else {
        role
    }
}

/// The [`CHAR_INFO`] slot of `c`, if the table holds it.
fn slot_of(c: char) -> Option<usize> {
    let u = c as u32;
    let at = if u < BLOCK_CHARS {
        u
    } else if u.wrapping_sub(ARABIC_BLOCK) < BLOCK_CHARS {
        u - ARABIC_BLOCK + BLOCK_CHARS
    } else if u.wrapping_sub(PUNCTUATION_BLOCK) < BLOCK_CHARS {
        u - PUNCTUATION_BLOCK + 2 * BLOCK_CHARS
    } else {
        return None;
    };
    Some(at as usize)
}

/// The char of [`CHAR_INFO`] slot `k`.
#[cfg(test)]
fn char_of_slot(k: usize) -> Option<char> {
    let k = u32::try_from(k).ok()?;
    let u = match k / BLOCK_CHARS {
        0 => k,
        1 => k - BLOCK_CHARS + ARABIC_BLOCK,
        _ => k - 2 * BLOCK_CHARS + PUNCTUATION_BLOCK,
    };
    char::from_u32(u)
}

/// [`info_of`] for Latin-1, the Arabic block and the punctuation block, built at compile
/// time.
static CHAR_INFO: [u8; INFO_LEN] = char_info();

/// The white space of [`CHAR_INFO`]'s blocks (`char::is_whitespace`, which is no `const
/// fn` before Rust 1.87); the tests hold every slot to [`info_of`].
const fn is_block_space(c: char) -> bool {
    matches!(
        c,
        '\u{09}'..='\u{0D}'
            | ' '
            | '\u{85}'
            | '\u{A0}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
    )
}

/// Whether `c` is one of `chars`.
const fn is_one_of(c: char, chars: &[char]) -> bool {
    let mut k = 0;
    while k < chars.len() {
        if chars[k] == c {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether `c` is a quotation mark ([`mark_of`]).
const fn is_quote_mark(c: char) -> bool {
    let mut k = 0;
    while k < lex::QUOTE_MARKS.len() {
        if lex::QUOTE_MARKS[k].0 == c {
            return true;
        }
        k += 1;
    }
    false
}

/// [`CHAR_INFO`]: [`info_of`] of each char of the three blocks. Only spaces, marks and
/// punctuation can have another role than [`Role::InWord`], and none of them is a
/// letter or digit (which [`role_of`] asks about first).
const fn char_info() -> [u8; INFO_LEN] {
    let mut table = [IN_WORD; INFO_LEN];
    let mut k = 0;
    while k < INFO_LEN {
        let at = k as u32;
        let u = match at / BLOCK_CHARS {
            0 => at,
            1 => at - BLOCK_CHARS + ARABIC_BLOCK,
            _ => at - 2 * BLOCK_CHARS + PUNCTUATION_BLOCK,
        };
        if let Some(c) = char::from_u32(u) {
            let role = if is_block_space(c) {
                SPACE
            } else if is_quote_mark(c) {
                MARK
            } else if is_one_of(c, lex::WORD_PUNCT) {
                Role::Punct as u8
            } else {
                IN_WORD
            };
            table[k] = if changes_in_norm(c) {
                role | CHANGES_BIT
            } else {
                role
            };
        }
        k += 1;
    }
    table
}

/// [`info_of`], from [`CHAR_INFO`] for the chars it holds.
fn info(table: &[u8; INFO_LEN], c: char) -> u8 {
    slot_of(c)
        .and_then(|k| table.get(k).copied())
        .unwrap_or_else(|| info_of(c))
}

/// The [`CHAR_INFO`] entry of the char at byte `at` of `text` and its length in bytes;
/// ASCII and the Arabic block are read straight from the bytes.
#[inline(always)]
fn info_at(text: &str, table: &[u8; INFO_LEN], at: usize) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let lead = *bytes.get(at)?;
    if lead < 0x80 {
        return Some((table.get(usize::from(lead)).copied()?, 1));
    }
    // U+0600..U+06FF: lead bytes D8 to DB.
    if lead & 0xFC == 0xD8 {
        if let Some(&cont) = bytes.get(at + 1) {
            let k = usize::from(lead & 0x03) << 6 | usize::from(cont & 0x3F);
            return Some((table.get(BLOCK_CHARS as usize + k).copied()?, 2));
        }
    }
    decoded_info_at(text, table, at)
}

/// [`info_at`] for the chars it does not read from the bytes: decoded, then looked up.
#[cold]
#[inline(never)]
fn decoded_info_at(text: &str, table: &[u8; INFO_LEN], at: usize) -> Option<(u8, usize)> {
    let c = text.get(at..)?.chars().next()?;
    Some((info(table, c), c.len_utf8()))
}

/// Matching-only normalisation: the output always keeps the article's own spelling.
/// Borrowed when nothing changes.
pub(crate) fn norm(word: &str) -> Cow<'_, str> {
    let table = &CHAR_INFO;
    match first_change(word, table) {
        None => Cow::Borrowed(word),
        Some(at) => {
            let mut out = String::with_capacity(word.len());
            fold_from(word, table, at, &mut out);
            Cow::Owned(out)
        }
    }
}

/// [`norm`] into `out` (emptied first), without an allocation once `out` is large enough.
pub(crate) fn norm_into(word: &str, out: &mut String) {
    out.clear();
    let table = &CHAR_INFO;
    match first_change(word, table) {
        None => out.push_str(word),
        Some(at) => fold_from(word, table, at, out),
    }
}

/// [`norm`] of `word`: `word` itself when normalisation keeps it, else its normalisation
/// written into `buf` (emptied first).
#[cfg(test)]
pub(crate) fn norm_in<'b>(word: &'b str, buf: &'b mut String) -> &'b str {
    let table = &CHAR_INFO;
    match first_change(word, table) {
        None => word,
        Some(at) => {
            buf.clear();
            fold_from(word, table, at, buf);
            buf
        }
    }
}

/// The byte where the first char of `word` that normalisation changes begins.
fn first_change(word: &str, table: &[u8; INFO_LEN]) -> Option<usize> {
    let mut at = 0;
    loop {
        at = kept_run(word.as_bytes(), table, at);
        let (info, len) = info_at(word, table, at)?;
        if info & CHANGES_BIT != 0 {
            return Some(at);
        }
        at += len;
    }
}

/// [`norm`] of `word`, appended to `out`, where byte `at` begins the first char that
/// changes: the chars before it are copied as they are, and so are the runs of unchanged
/// chars after it.
fn fold_from(word: &str, table: &[u8; INFO_LEN], mut at: usize, out: &mut String) {
    // Byte where the run of unchanged chars began.
    let mut run = 0;
    while let Some((info, len)) = info_at(word, table, at) {
        if info & CHANGES_BIT != 0 {
            out.push_str(word.get(run..at).unwrap_or_default());
            run = at + len;
            if let Some(c) = folded_at(word, at, len) {
                out.push(c);
            }
        }
        at = kept_run(word.as_bytes(), table, at + len);
    }
    out.push_str(word.get(run..).unwrap_or_default());
}

/// The bits of a [`CHAR_INFO`] entry that end a run ([`run_here`]) of the chars of a word
/// that normalisation keeps: all of them (such a char's entry is [`IN_WORD`], zero).
const PLAIN: u8 = u8::MAX;
const _: () = assert!(IN_WORD == 0);

/// The bits that end a run of chars that normalisation keeps, spaces and signs included:
/// [`CHANGES_BIT`] alone. Normalising a phrase (a name, a role) reads it in one run.
const KEPT: u8 = CHANGES_BIT;

/// The end (byte) of the run of ASCII and Arabic-block chars from byte `at` that
/// normalisation keeps as they are. Out of line, for [`first_change`] and [`fold_from`].
#[inline(never)]
fn kept_run(bytes: &[u8], table: &[u8; INFO_LEN], at: usize) -> usize {
    run_here(bytes, table, at, KEPT).0
}

/// The end (byte) and length (chars) of the run of ASCII and Arabic-block chars from
/// byte `at` that belong to a word and that normalisation keeps as they are.
#[cfg(test)]
fn plain_run(bytes: &[u8], table: &[u8; INFO_LEN], at: usize) -> (usize, usize) {
    run_here(bytes, table, at, PLAIN)
}

/// [`CHAR_INFO`] entries of the chars whose lead byte is D8 to DB (the Arabic block),
/// indexed by the char's two bytes read big-endian and masked with [`PAIR_INDEX`]: the
/// lead byte's low two bits, then the continuation byte's low six, two masks of the
/// bytes as read.
static PAIR_INFO: [u8; PAIR_INFO_LEN] = pair_info();

/// The bits of two bytes read big-endian that index [`PAIR_INFO`].
const PAIR_INDEX: u64 = 0x033F;

/// Entries in [`PAIR_INFO`].
const PAIR_INFO_LEN: usize = PAIR_INDEX as usize + 1;

/// Two bytes read big-endian that are an Arabic-block char: lead D8 to DB, then a
/// continuation byte. As a mask and the bits it must leave; and the same for eight bytes
/// (four chars).
const ARABIC_BE: (u64, u64) = (0xFCC0, 0xD880);
const ARABIC_BE_QUAD: (u64, u64) = (0xFCC0_FCC0_FCC0_FCC0, 0xD880_D880_D880_D880);

/// [`PAIR_INFO`]: the Arabic block of [`CHAR_INFO`] at the slots of [`PAIR_INDEX`]; the
/// slots no char masks to are never read.
const fn pair_info() -> [u8; PAIR_INFO_LEN] {
    let info = char_info();
    let mut table = [u8::MAX; PAIR_INFO_LEN];
    let mut lead = 0;
    while lead < 4 {
        let mut cont = 0;
        while cont < 0x40 {
            table[lead << 8 | cont] = info[BLOCK_CHARS as usize + (lead << 6 | cont)];
            cont += 1;
        }
        lead += 1;
    }
    table
}

/// The end (byte) and length (chars) of the run of ASCII and Arabic-block chars from byte
/// `at` whose [`CHAR_INFO`] entries have none of the bits `stops` ([`PLAIN`] or
/// [`KEPT`]): eight bytes at once while they are four Arabic-block chars (the inside of a
/// word), else a char at a time.
#[inline(always)]
fn run_here(bytes: &[u8], table: &[u8; INFO_LEN], mut at: usize, stops: u8) -> (usize, usize) {
    let pairs = &PAIR_INFO;
    let pair = |w: u64| {
        usize::try_from(w & PAIR_INDEX)
            .ok()
            .and_then(|k| pairs.get(k).copied())
            .unwrap_or(u8::MAX)
            & stops
    };
    let mut chars = 0;
    loop {
        while let Some(eight) = bytes.get(at..).and_then(|b| b.first_chunk::<8>()) {
            let w = u64::from_be_bytes(*eight);
            // Zero in each 16-bit lane (the first char in the highest) that is an
            // Arabic-block char.
            let shape = (w & ARABIC_BE_QUAD.0) ^ ARABIC_BE_QUAD.1;
            if shape == 0 && pair(w >> 48) | pair(w >> 32) | pair(w >> 16) | pair(w) == 0 {
                at += 8;
                chars += 4;
                continue;
            }
            // The run ends in these eight bytes, or goes on past a char of another width
            // (the space after a word): the chars of the run before that are taken here
            // rather than a char at a time.
            let arabic = (shape.leading_zeros() / 16) as usize;
            let plain = (0..arabic)
                .take_while(|&k| pair(w >> (48 - 16 * k)) == 0)
                .count();
            at += 2 * plain;
            chars += plain;
            break;
        }
        // One char, then eight bytes at once again.
        let Some(&lead) = bytes.get(at) else {
            break;
        };
        if lead < 0x80 {
            if table.get(usize::from(lead)).is_none_or(|&e| e & stops != 0) {
                break;
            }
            at += 1;
        } else {
            let Some(&cont) = bytes.get(at + 1) else {
                break;
            };
            let w = u64::from(lead) << 8 | u64::from(cont);
            if w & ARABIC_BE.0 != ARABIC_BE.1 || pair(w) != 0 {
                break;
            }
            at += 2;
        }
        chars += 1;
    }
    (at, chars)
}

/// [`run_here`] of the chars of a word that normalisation keeps, for the tokenizer.
#[inline(always)]
fn plain_run_here(bytes: &[u8], table: &[u8; INFO_LEN], at: usize) -> (usize, usize) {
    run_here(bytes, table, at, PLAIN)
}

/// Where a word read by [`word_rest`] ends: byte, length in chars, whether normalisation
/// changes it, and the [`CHAR_INFO`] entry and length of the char after it.
type WordRest = (usize, usize, bool, Option<(u8, usize)>);

/// The rest of a word of `text` that begins at byte `from` and whose run of plain chars
/// ends at byte `at`, `chars` chars in, before `stop` (entry and length), a char that
/// belongs to the word but that normalisation changes or that [`plain_run_here`] does
/// not read: where the word ends, and whether normalisation changes it (then its
/// normalisation was appended to `norms`, in the same pass). Inlined: a call, with its
/// arguments and the tuple it returns through memory, cost more than the loop it keeps
/// out of the tokenizer (about one word in six takes it).
#[inline(always)]
fn word_rest(
    text: &str,
    table: &[u8; INFO_LEN],
    from: usize,
    (mut at, mut chars): (usize, usize),
    mut stop: Option<(u8, usize)>,
    norms: &mut String,
) -> WordRest {
    let bytes = text.as_bytes();
    // Byte where the run of chars not yet copied to `norms` began, once folding.
    let mut run = from;
    let mut folded_any = false;
    while let Some((info, len)) = stop {
        if info & !CHANGES_BIT != IN_WORD {
            break;
        }
        if info & CHANGES_BIT != 0 {
            folded_any = true;
            if run < at {
                norms.push_str(text.get(run..at).unwrap_or_default());
            }
            if let Some(c) = folded_at(text, at, len) {
                norms.push(c);
            }
            run = at + len;
        }
        let (end, n) = plain_run_here(bytes, table, at + len);
        at = end;
        chars += 1 + n;
        stop = info_at(text, table, at);
    }
    if folded_any && run < at {
        norms.push_str(text.get(run..at).unwrap_or_default());
    }
    (at, chars, folded_any, stop)
}

/// What normalisation makes of the char of `len` bytes at byte `at` of `text` (which it
/// changes): [`folded`], read from [`PAIR_FOLDS`] for an Arabic-block char.
#[inline(always)]
fn folded_at(text: &str, at: usize, len: usize) -> Option<char> {
    let bytes = text.as_bytes();
    match bytes.get(at..at + len) {
        Some(&[lead, cont]) if lead & 0xFC == 0xD8 => {
            let k = usize::try_from(u64::from(lead) << 8 | u64::from(cont))
                .ok()
                .map(|w| w & PAIR_INDEX as usize)?;
            char::from_u32(u32::from(*PAIR_FOLDS.get(k)?)).filter(|&c| c != '\0')
        }
        _ => text.get(at..)?.chars().next().and_then(folded),
    }
}

/// [`folded`] of the chars of [`PAIR_INFO`]'s slots that normalisation changes, as code
/// points: 0 for a char it drops (the NUL char is no Arabic-block char's fold).
static PAIR_FOLDS: [u16; PAIR_INFO_LEN] = pair_folds();

/// [`PAIR_FOLDS`], built at compile time (the tests hold each slot to [`folded`]).
const fn pair_folds() -> [u16; PAIR_INFO_LEN] {
    let mut table = [0u16; PAIR_INFO_LEN];
    let mut lead = 0;
    while lead < 4 {
        let mut cont = 0;
        while cont < 0x40 {
            let u = ARABIC_BLOCK + (lead << 6 | cont) as u32;
            let mut to = u;
            if is_ignorable_u32(u) {
                to = 0;
            } else {
                let mut k = 0;
                while k < lex::LETTER_FOLDS.len() {
                    if lex::LETTER_FOLDS[k].0 as u32 == u {
                        to = lex::LETTER_FOLDS[k].1 as u32;
                    }
                    k += 1;
                }
            }
            table[lead << 8 | cont] = to as u16;
            cont += 1;
        }
        lead += 1;
    }
    table
}

/// [`is_ignorable`] of a code point.
const fn is_ignorable_u32(u: u32) -> bool {
    match char::from_u32(u) {
        Some(c) => is_ignorable(c),
        None => false,
    }
}

/// Buffers reused from one paragraph to the next: the normalisations that differ from
/// the words as written, and which words they belong to.
#[derive(Default)]
pub(crate) struct Scratch {
    norms: String,
    /// Words whose normalisation differs: token index and end of its text in `norms`.
    folds: Vec<(usize, usize)>,
    /// The words listed with a final ى that the article writes so
    /// ([`super::words::maqsura_written`]), looked for the first time a word's tables
    /// turn on it.
    maqsura_seen: Option<u32>,
    /// Words written with a final ي that are in a table through a word listed with ى.
    ya_words: Vec<usize>,
}

impl Scratch {
    /// Buffers sized once for paragraphs of up to `longest` bytes, with the token list
    /// that goes with them: [`tokenize_into`] then neither replaces nor grows them from
    /// one paragraph to the next (the folded words and their ends being at most one per
    /// token).
    pub(crate) fn for_longest(longest: usize) -> (Scratch, Vec<Tok<'static>>) {
        let tokens = longest / BYTES_PER_TOKEN;
        let scratch = Scratch {
            norms: String::with_capacity(longest),
            folds: Vec::with_capacity(tokens),
            maqsura_seen: None,
            ya_words: Vec::new(),
        };
        (scratch, Vec::with_capacity(tokens))
    }
}

/// An empty token list in the allocation of `toks`, free of what `toks` borrowed, so
/// that one allocation serves every paragraph (collecting from a list's own iterator
/// into tokens of the same size reuses its buffer).
// `filter` cannot change the borrow of the element type; `filter_map` can.
#[allow(clippy::unnecessary_filter_map)]
pub(crate) fn recycle<'b>(toks: Vec<Tok<'_>>) -> Vec<Tok<'b>> {
    toks.into_iter().filter_map(|_| None).collect()
}

/// A guess of the bytes per token in Arabic prose, to size the token list once.
const BYTES_PER_TOKEN: usize = 8;

/// Splits a paragraph into words, punctuation and marks, in one pass. `text` is the
/// paragraph; token positions count chars. `scratch` receives the normalisations that
/// differ from the words as written, which the tokens borrow.
#[cfg(test)]
pub(crate) fn tokenize<'a>(text: &'a str, scratch: &'a mut Scratch) -> Tokens<'a> {
    tokenize_into(text, scratch, Vec::new(), &[])
}

/// [`tokenize`] into the allocation of `spare` (a [`recycle`]d token list); `article` is
/// every paragraph of the article, `text` among them.
pub(crate) fn tokenize_into<'a>(
    text: &'a str,
    scratch: &'a mut Scratch,
    spare: Vec<Tok<'static>>,
    article: &[String],
) -> Tokens<'a> {
    let Scratch {
        norms,
        folds,
        maqsura_seen,
        ya_words,
    } = scratch;
    norms.clear();
    // Normalisation never lengthens a word: the paragraph's length is room enough for
    // every normalised word (a new buffer rather than a grown one, which would copy).
    if norms.capacity() < text.len() {
        *norms = String::with_capacity(text.len());
    }
    folds.clear();
    ya_words.clear();
    let lexicon = &T;
    let maqsura_bits = lexicon.maqsura_bits;
    let mut toks = recycle(spare);
    // A list too short is replaced, not grown: growing would copy the old allocation.
    let want = text.len() / BYTES_PER_TOKEN;
    if toks.capacity() < want {
        toks = Vec::with_capacity(want);
    }
    let table = &CHAR_INFO;
    let mut has_mark = false;
    // Byte and char where the next token may begin.
    let (mut b, mut i) = (0, 0);
    let bytes = text.as_bytes();
    // Each turn reads a word, if one begins at `b`, and the char that ends it.
    loop {
        let (mut end, mut chars) = plain_run_here(bytes, table, b);
        let mut stop = info_at(text, table, end);
        let mut folded = false;
        if stop.is_some_and(|(info, _)| info & !CHANGES_BIT == IN_WORD) {
            (end, chars, folded, stop) = word_rest(text, table, b, (end, chars), stop, norms);
        }
        if end > b {
            let word = text.get(b..end).unwrap_or_default();
            let tags = if folded {
                let from = folds.last().map_or(0, |&(_, to)| to);
                folds.push((toks.len(), norms.len()));
                tags_in(&lexicon.map, norms.get(from..).unwrap_or_default())
            } else {
                tags_in(&lexicon.map, word)
            };
            if (tags.bare | tags.rest) & maqsura_bits != 0 && word.ends_with(lex::FINAL_YA) {
                ya_words.push(toks.len());
            }
            toks.push(Tok {
                start: i,
                end: i + chars,
                byte: b,
                kind: Kind::Word,
                text: word,
                norm: word,
                tags,
            });
            b = end;
            i += chars;
        }
        let Some((info, len)) = stop else {
            break;
        };
        let kind = match info & !CHANGES_BIT {
            SPACE => None,
            MARK => {
                has_mark = true;
                Some(Kind::Mark)
            }
            _ => punct_kind(text, b, i, &toks),
        };
        if let Some(kind) = kind {
            let sign = text.get(b..b + len).unwrap_or_default();
            toks.push(Tok {
                start: i,
                end: i + 1,
                byte: b,
                kind,
                text: sign,
                norm: sign,
                tags: Tags::default(),
            });
        }
        b += len;
        i += 1;
    }
    let norms: &'a String = norms;
    let mut from = 0;
    for &(k, to) in folds.iter() {
        if let (Some(t), Some(n)) = (toks.get_mut(k), norms.get(from..to)) {
            t.norm = n;
        }
        from = to;
    }
    // علي beside على: a word written with a final ي is not the word listed with ى when
    // the article writes that one so, or when its clause ends right after it.
    for &k in ya_words.iter() {
        let Some(t) = toks.get(k) else {
            continue;
        };
        let clause_ends = toks.get(k + 1).is_none_or(|x| x.kind != Kind::Word);
        let seen = || *maqsura_seen.get_or_insert_with(|| super::words::maqsura_written(article));
        let tags = ya_tags(t.norm, t.tags, seen, clause_ends);
        if let Some(t) = toks.get_mut(k) {
            t.tags = tags;
        }
    }
    Tokens {
        toks,
        has_mark,
        chars: i,
    }
}

/// The kind of the punctuation char at byte `b` (char `i`) of `text`, after the tokens
/// `toks`: `None` for the stop of an abbreviation. Out of line: the tokenizer's loop
/// keeps its registers for the words and spaces it mostly reads.
#[inline(never)]
fn punct_kind(text: &str, b: usize, i: usize, toks: &[Tok]) -> Option<Kind> {
    // د. سامر: the stop after a one-letter honorific abbreviates it and ends nothing (no
    // token).
    text.get(b..)
        .and_then(|s| s.chars().next())
        .filter(|&c| {
            c != '.'
                || !toks.last().is_some_and(|t| {
                    t.kind == Kind::Word && t.end == i && t.end - t.start == 1 && t.is(HONORIFICS)
                })
        })
        .map(Kind::Punct)
}

/// The first byte of `c` in UTF-8.
const fn first_utf8_byte(c: char) -> u8 {
    let u = c as u32;
    let lead = if u < 0x80 {
        u
    } else if u < 0x800 {
        0xC0 | u >> 6
    } else if u < 0x1_0000 {
        0xE0 | u >> 12
    } else {
        0xF0 | u >> 18
    };
    lead as u8
}

/// The first bytes of the quotation marks in UTF-8, each once, in a list of three (the
/// first repeated) for `memchr3`; `None` when the marks begin with more than three.
const MARK_LEADS: Option<[u8; 3]> = {
    let mut leads = [0u8; 3];
    let mut n = 0;
    let mut k = 0;
    let mut ok = true;
    while k < lex::QUOTE_MARKS.len() {
        let b = first_utf8_byte(lex::QUOTE_MARKS[k].0);
        let mut seen = false;
        let mut j = 0;
        while j < n {
            if leads[j] == b {
                seen = true;
            }
            j += 1;
        }
        if !seen {
            if n < leads.len() {
                leads[n] = b;
                n += 1;
            } else {
                ok = false;
            }
        }
        k += 1;
    }
    while n > 0 && n < leads.len() {
        leads[n] = leads[0];
        n += 1;
    }
    if ok && n > 0 {
        Some(leads)
    } else {
        None
    }
};

/// Whether `text` holds a quotation mark: [`Tokens::has_mark`] of its tokens, found
/// without tokenizing. A char is a mark only if it is one of the quotation marks, so only
/// the chars that begin with a mark's first byte are read (with the tokenizer's reading).
pub(crate) fn has_mark(text: &str) -> bool {
    let table = &CHAR_INFO;
    let is_mark =
        |at: usize| info_at(text, table, at).is_some_and(|(info, _)| info & !CHANGES_BIT == MARK);
    let bytes = text.as_bytes();
    match MARK_LEADS {
        Some([a, b, c]) => memchr::memchr3_iter(a, b, c, bytes).any(is_mark),
        None => text.char_indices().any(|(at, _)| is_mark(at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_char_table_is_info_of_every_char() {
        for (k, &entry) in CHAR_INFO.iter().enumerate() {
            let c = char_of_slot(k).expect("every slot of the three blocks is a char");
            assert_eq!(entry, info_of(c), "entry of {c:?} (U+{:04X})", c as u32);
            assert_eq!(slot_of(c), Some(k), "slot of {c:?}");
        }
    }

    #[test]
    fn tokens_borrow_unchanged_words_and_fold_the_rest() {
        let text = "قال أحمد، «نعم»";
        let mut scratch = Scratch::default();
        let tokens = tokenize(text, &mut scratch);
        assert!(tokens.has_mark, "the paragraph has marks");
        assert_eq!(tokens.chars, text.chars().count(), "paragraph length");
        let toks = tokens.toks;
        let in_text = |s: &str| text.as_bytes().as_ptr_range().contains(&s.as_ptr());
        let words: Vec<(&str, &str, bool)> = toks
            .iter()
            .map(|t| (t.text, t.norm, in_text(t.norm)))
            .collect();
        assert_eq!(
            words,
            [
                ("قال", "قال", true),
                ("أحمد", "احمد", false),
                ("،", "،", true),
                ("«", "«", true),
                ("نعم", "نعم", true),
                ("»", "»", true),
            ],
            "token text, norm, borrowed"
        );
        let chars: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
        assert_eq!(
            chars,
            [(0, 3), (4, 8), (8, 9), (10, 11), (11, 14), (14, 15)],
            "token char ranges"
        );
        for t in &toks {
            assert_eq!(
                text.get(t.byte..t.byte + t.text.len()),
                Some(t.text),
                "byte"
            );
        }
    }

    #[test]
    fn the_pair_folds_are_the_folds_of_their_chars() {
        for lead in 0..4usize {
            for cont in 0..0x40usize {
                let c = char_of_slot(BLOCK_CHARS as usize + (lead << 6 | cont)).expect("a char");
                if info_of(c) & CHANGES_BIT == 0 {
                    continue;
                }
                let want = folded(c).map_or(0, |f| f as u32);
                assert_eq!(
                    u32::from(PAIR_FOLDS[lead << 8 | cont]),
                    want,
                    "fold of {c:?}"
                );
                let mut utf8 = [0u8; 4];
                let text = c.encode_utf8(&mut utf8);
                assert_eq!(folded_at(text, 0, text.len()), folded(c), "{c:?}");
            }
        }
    }

    #[test]
    fn char_table_matches_the_char_reading() {
        let table = &CHAR_INFO;
        for k in 0..INFO_LEN {
            if let Some(c) = char_of_slot(k) {
                assert_eq!(table.get(k).copied(), Some(info_of(c)), "entry of {c:?}");
                assert_eq!(slot_of(c), Some(k), "slot of {c:?}");
            }
        }
    }

    /// Normalisation one char at a time, as [`info_of`] reads each.
    fn norm_by_chars(word: &str) -> String {
        word.chars()
            .filter_map(|c| {
                if changes_in_norm(c) {
                    folded(c)
                } else {
                    Some(c)
                }
            })
            .collect()
    }

    /// [`plain_run`] one char at a time: ASCII and Arabic-block chars in a word that
    /// normalisation keeps.
    fn plain_run_by_chars(text: &str, at: usize) -> (usize, usize) {
        let mut end = (at, 0);
        for c in text.get(at..).unwrap_or_default().chars() {
            let block = c.is_ascii() || ('\u{0600}'..='\u{06FF}').contains(&c);
            if !block || info_of(c) != IN_WORD {
                break;
            }
            end = (end.0 + c.len_utf8(), end.1 + 1);
        }
        end
    }

    /// Arabic letters, hamza forms, diacritics, tatweel, ى, Arabic punctuation and
    /// digits, Latin, spaces, marks and chars outside the table's blocks.
    const CHARS: &str = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىةـًٌٍَُِّْٰ،؛؟٠٩۰ۓڤabzAZ09 .,:\"'«»“”’\u{200C}\u{200D}\u{200F}\u{00A0}é😀";

    fn chars_text() -> impl proptest::strategy::Strategy<Value = String> {
        let pool: Vec<char> = CHARS.chars().collect();
        proptest::collection::vec(proptest::sample::select(pool), 0..24)
            .prop_map(|v| v.into_iter().collect())
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn norm_is_the_char_by_char_normalisation(word in chars_text()) {
            let want = norm_by_chars(&word);
            prop_assert_eq!(super::super::fold::norm_chars(&word), want.as_str());
            let normed = norm(&word);
            prop_assert_eq!(normed.as_ref(), want.as_str());
            let mut buf = String::from("stale");
            prop_assert_eq!(norm_in(&word, &mut buf), want.as_str());
            let mut out = String::from("stale");
            norm_into(&word, &mut out);
            prop_assert_eq!(out, want);
        }

        #[test]
        fn plain_run_is_the_char_by_char_run(text in chars_text(), skip in 0usize..24) {
            let at = text.char_indices().nth(skip).map_or(text.len(), |(b, _)| b);
            prop_assert_eq!(plain_run(text.as_bytes(), &CHAR_INFO, at), plain_run_by_chars(&text, at));
        }

        #[test]
        fn tokens_fold_as_norm_does(text in chars_text()) {
            let mut scratch = Scratch::default();
            let tokens = tokenize(&text, &mut scratch);
            prop_assert_eq!(tokens.chars, text.chars().count());
            for t in &tokens.toks {
                prop_assert_eq!(t.norm, norm_by_chars(t.text));
                prop_assert_eq!(t.end - t.start, t.text.chars().count());
                prop_assert_eq!(text.get(t.byte..t.byte + t.text.len()), Some(t.text));
            }
        }
    }

    #[test]
    fn folding_in_the_scan_matches_norm() {
        let text = "أحمد إلى آخر مُحَمّد ـ ى\u{200C}ه abc";
        let mut scratch = Scratch::default();
        let toks = tokenize(text, &mut scratch).toks;
        for t in &toks {
            assert_eq!(t.norm, norm(t.text), "norm of {:?}", t.text);
        }
    }
}
