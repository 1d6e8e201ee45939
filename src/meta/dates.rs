//! Dates: ISO 8601 values from markup ([`parse_structured`]) and date lines as pages show
//! them ([`find_in_text`]): every Arabic month-name family, combined forms
//! (`فبراير/شباط`, `آذار (مارس)`), Arabic-Indic and Persian digits, day names, numeric
//! `dd/mm/yyyy` and `yyyy-mm-dd`, English month names (with ordinal days), and a clock
//! time after the date (`- 09:15`, `الساعة 09:15`, `على الساعة 09:15`, `09:15 م`).
//! Hijri dates are recognised and skipped, relative dates (`منذ 3 ساعات`) are never read as dates. Nothing here panics
//! on any input (see `tests/meta_props.rs`).

use std::sync::LazyLock;

use super::clean::{digit_value, fold};
use crate::lexicon::dates as lex;

/// Earliest year accepted as a publication year (earlier ones are placeholders or
/// history mentioned in the text).
pub const MIN_YEAR: i32 = 1990;
/// Latest year accepted as a publication year.
pub const MAX_YEAR: i32 = 2100;
/// Tokens looked at after a date for its clock time.
const TIME_LOOKAHEAD: usize = 4;
/// Largest UTC offset in use (UTC+14), in minutes.
const MAX_OFFSET_MINUTES: u32 = 14 * 60;
/// Largest number of digits read as one number (longer runs are not date parts).
const MAX_DIGITS: u8 = 9;

/// A calendar date, with the clock time and UTC offset when the page states them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    /// Hours, minutes, seconds.
    pub time: Option<(u8, u8, u8)>,
    /// Offset from UTC in minutes.
    pub offset: Option<i32>,
}

impl Date {
    /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS+HH:MM` when time and offset are
    /// both known (the page's offset is kept, never converted).
    pub fn iso(&self) -> String {
        let Some(year) = u32::try_from(self.year).ok().filter(|y| *y <= 9999) else {
            return self.iso_formatted();
        };
        let mut out = String::with_capacity(25);
        push_padded(&mut out, year, 4);
        for (sep, v) in [('-', self.month), ('-', self.day)] {
            out.push(sep);
            push_padded(&mut out, u32::from(v), 2);
        }
        if let (Some((h, m, s)), Some(off)) = (self.time, self.offset) {
            for (sep, v) in [('T', h), (':', m), (':', s)] {
                out.push(sep);
                push_padded(&mut out, u32::from(v), 2);
            }
            out.push(if off < 0 { '-' } else { '+' });
            let a = off.unsigned_abs();
            push_padded(&mut out, a / 60, 2);
            out.push(':');
            push_padded(&mut out, a % 60, 2);
        }
        out
    }

    /// [`Date::iso`] by `format!`, for years outside 0–9999.
    fn iso_formatted(&self) -> String {
        let day = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        match (self.time, self.offset) {
            (Some((h, m, s)), Some(off)) => {
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.unsigned_abs();
                format!(
                    "{day}T{h:02}:{m:02}:{s:02}{sign}{:02}:{:02}",
                    a / 60,
                    a % 60
                )
            }
            _ => day,
        }
    }

    /// The calendar day, for comparing sources.
    pub fn day_key(&self) -> (i32, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// Whether time and offset are both known.
    pub fn is_precise(&self) -> bool {
        self.time.is_some() && self.offset.is_some()
    }

    /// Minutes since 0000-03-01 UTC, when time and offset are known.
    pub fn instant(&self) -> Option<i64> {
        let (h, m, _) = self.time?;
        let off = self.offset?;
        Some(
            days_from_civil(self.year, self.month, self.day) * 1440
                + i64::from(h) * 60
                + i64::from(m)
                - i64::from(off),
        )
    }
}

/// Appends `v` in decimal, zero-padded to at least `width` digits (as `{:0width$}`).
fn push_padded(out: &mut String, v: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let (mut v, mut n) = (v, 0);
    while let Some(slot) = buf.get_mut(n) {
        *slot = b'0' + (v % 10) as u8;
        v /= 10;
        n += 1;
        if v == 0 {
            break;
        }
    }
    for _ in n..width {
        out.push('0');
    }
    for &d in buf.get(..n).unwrap_or_default().iter().rev() {
        out.push(char::from(d));
    }
}

fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn make(y: u32, m: u32, d: u32) -> Option<Date> {
    let year = i32::try_from(y).ok()?;
    let month = u8::try_from(m).ok()?;
    let day = u8::try_from(d).ok()?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(Date {
        year,
        month,
        day,
        time: None,
        offset: None,
    })
}

/// A date value from markup (`content`, `datetime`, JSON-LD): ISO 8601 first, else the
/// first date a reader would see in it (`الأربعاء، 07 أكتوبر 2020 - 12:09 م`).
pub fn parse_structured(s: &str) -> Option<Date> {
    if s.is_ascii() {
        // ASCII digits map to themselves: nothing to convert.
        return parse_iso(s.trim()).or_else(|| find_in_text(s).map(|f| f.date));
    }
    let ascii: String = s
        .trim()
        .chars()
        .map(|c| match digit_value(c) {
            Some(v) => char::from_digit(v, 10).unwrap_or(c),
            None => c,
        })
        .collect();
    parse_iso(&ascii).or_else(|| find_in_text(s).map(|f| f.date))
}

/// A small cursor over ASCII bytes.
struct Cur<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cur<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Reads `min..=max` ASCII digits.
    fn num(&mut self, min: usize, max: usize) -> Option<u32> {
        let start = self.i;
        let mut v: u32 = 0;
        while self.i - start < max {
            match self.peek() {
                Some(c @ b'0'..=b'9') => {
                    v = v * 10 + u32::from(c - b'0');
                    self.i += 1;
                }
                _ => break,
            }
        }
        if self.i - start >= min {
            Some(v)
        } else {
            self.i = start;
            None
        }
    }
}

/// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]]`, also with `/` or `.` in the date.
fn parse_iso(s: &str) -> Option<Date> {
    let mut c = Cur {
        b: s.as_bytes(),
        i: 0,
    };
    let y = c.num(4, 4)?;
    let sep = c.peek().filter(|b| matches!(b, b'-' | b'/' | b'.'))?;
    c.i += 1;
    let m = c.num(1, 2)?;
    if !c.eat(sep) {
        return None;
    }
    let d = c.num(1, 2)?;
    if c.peek().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut date = make(y, m, d)?;
    if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
        return Some(date);
    }
    let Some(h) = c.num(1, 2) else {
        return Some(date);
    };
    if !c.eat(b':') {
        return Some(date);
    }
    let Some(mi) = c.num(2, 2) else {
        return Some(date);
    };
    let sec = if c.eat(b':') {
        c.num(2, 2).unwrap_or(0)
    } else {
        0
    };
    if c.eat(b'.') || c.eat(b',') {
        while c.peek().is_some_and(|b| b.is_ascii_digit()) {
            c.i += 1;
        }
    }
    if h > 23 || mi > 59 || sec > 60 {
        return Some(date);
    }
    date.time = Some((h as u8, mi as u8, sec.min(59) as u8));
    while c.eat(b' ') {}
    date.offset = iso_offset(&mut c);
    Some(date)
}

fn iso_offset(c: &mut Cur<'_>) -> Option<i32> {
    if c.eat(b'Z') || c.eat(b'z') {
        return Some(0);
    }
    let sign = match c.peek()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    c.i += 1;
    let h = c.num(2, 2)?;
    c.eat(b':');
    let m = c.num(2, 2).unwrap_or(0);
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h as i32 * 60 + m as i32))
}

/// One token of a date line.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A run of digits (any script): value and digit count.
    Num(u32, u8),
    /// A run of letters, folded.
    Word(String),
    /// Any other non-space character.
    Sep(char),
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '\u{640}' | '\u{64b}'..='\u{65f}' | '\u{670}')
}

/// Tokens with the byte offset where each starts.
fn tokenize(s: &str) -> Vec<(usize, Tok)> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if let Some(v) = digit_value(c) {
            let (mut val, mut n) = (v, 1u8);
            while let Some(&(_, d)) = it.peek() {
                let Some(dv) = digit_value(d) else { break };
                it.next();
                if n < MAX_DIGITS {
                    val = val * 10 + dv;
                }
                n = n.saturating_add(1);
            }
            out.push((i, Tok::Num(val, n)));
        } else if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !is_word_char(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            out.push((i, Tok::Word(fold(s.get(i..end).unwrap_or_default()))));
        } else if !c.is_whitespace() && !super::clean::is_invisible(c) {
            out.push((i, Tok::Sep(c)));
        }
    }
    out
}

/// A phrase table folded and split into words once.
fn folded_phrases<'a, T: Copy>(table: impl Iterator<Item = (&'a str, T)>) -> Vec<(Vec<String>, T)> {
    table
        .map(|(p, v)| (fold(p).split(' ').map(str::to_string).collect(), v))
        .collect()
}

static MONTHS: LazyLock<Vec<(Vec<String>, u8)>> =
    LazyLock::new(|| folded_phrases(lex::MONTHS.iter().copied()));
static HIJRI: LazyLock<Vec<(Vec<String>, ())>> =
    LazyLock::new(|| folded_phrases(lex::HIJRI_MONTHS.iter().map(|m| (*m, ()))));
static DAYS: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::DAY_NAMES.iter().map(|d| fold(d)).collect());
static HIJRI_MARKS: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::HIJRI_MARKERS.iter().map(|d| fold(d)).collect());
static PM: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::PM_WORDS.iter().map(|d| fold(d)).collect());
static ZONES: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::ZONE_WORDS.iter().map(|d| fold(d)).collect());
static CLOCK: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::CLOCK_WORDS.iter().map(|d| fold(d)).collect());
static MODIFIED: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::MODIFIED_WORDS.iter().map(|d| fold(d)).collect());
static PUBLISHED: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::PUBLISHED_WORDS.iter().map(|d| fold(d)).collect());
/// Words that may come before a date that leads its line ([`Found::leads`]): day names,
/// masthead words, and the words of a Hijri date; sorted for binary search.
static LEAD_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words: Vec<String> = lex::DAY_NAMES
        .iter()
        .chain(lex::MASTHEAD_LEAD_WORDS)
        .chain(lex::HIJRI_MARKERS)
        .map(|d| fold(d))
        .collect();
    for m in lex::HIJRI_MONTHS {
        words.extend(fold(m).split(' ').map(str::to_string));
    }
    words.sort();
    words.dedup();
    words
});
static AM: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::AM_WORDS.iter().map(|d| fold(d)).collect());

/// Longest phrase of `table` starting at token `k`: (value, tokens used).
fn phrase_at<T: Copy>(
    toks: &[(usize, Tok)],
    k: usize,
    table: &[(Vec<String>, T)],
) -> Option<(T, usize)> {
    let mut best: Option<(T, usize)> = None;
    for (words, v) in table {
        let n = words.len();
        let matches = words
            .iter()
            .enumerate()
            .all(|(j, w)| matches!(toks.get(k + j), Some((_, Tok::Word(t))) if t == w));
        let longer = match best {
            Some((_, b)) => n > b,
            None => true,
        };
        if matches && longer {
            best = Some((*v, n));
        }
    }
    best
}

fn sep_at(toks: &[(usize, Tok)], k: usize, set: &[char]) -> bool {
    matches!(toks.get(k), Some((_, Tok::Sep(c))) if set.contains(c))
}

fn num_at(toks: &[(usize, Tok)], k: usize) -> Option<(u32, u8)> {
    match toks.get(k) {
        Some((_, Tok::Num(v, n))) => Some((*v, *n)),
        _ => None,
    }
}

/// A month name at `k`, with a second name of the same month folded in (`فبراير/شباط`,
/// `آذار (مارس)`). Returns (month, tokens used).
fn month_at(toks: &[(usize, Tok)], k: usize) -> Option<(u8, usize)> {
    let (m, n) = phrase_at(toks, k, &MONTHS)?;
    let mut used = n;
    // English abbreviations may carry a full stop.
    if sep_at(toks, k + used, &['.'])
        && !matches!(toks.get(k + used + 1), Some((_, Tok::Num(_, 4))))
    {
        used += 1;
    }
    let open = k + used;
    if sep_at(toks, open, &['/', '(', '-', '|', '،', ',']) {
        if let Some((m2, n2)) = phrase_at(toks, open + 1, &MONTHS) {
            if m2 == m {
                used += 1 + n2;
                if sep_at(toks, k + used, &[')']) {
                    used += 1;
                }
            }
        }
    }
    Some((m, used))
}

/// A date found in a line of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub date: Date,
    /// The line calls it an update (`آخر تحديث`), not the publication.
    pub modified: bool,
    /// Publication or update words come before it (`نشر في`, `تاريخ النشر`,
    /// `Published`, `آخر تحديث`): the line dates an article, not the day's paper.
    pub introduced: bool,
    /// Nothing but a day name, a Hijri date, masthead words (`اليوم`, `العدد 4521`),
    /// numbers and punctuation come before it in the line (`الأحد 12/3/2023 | …`): the
    /// shape of a masthead's date of the day.
    pub leads: bool,
}

/// The first Gregorian date in `s` that a reader would take for a date (day, month and
/// four-digit year), with its clock time and offset when they follow it. Hijri dates
/// and dates without a day are skipped.
pub fn find_in_text(s: &str) -> Option<Found> {
    // Every date form has digits: most lines are ruled out without tokenizing.
    if !s.chars().any(|c| digit_value(c).is_some()) {
        return None;
    }
    let toks = tokenize(s);
    let mut k = 0;
    while k < toks.len() {
        if let Some((_, n)) = phrase_at(&toks, k, &HIJRI) {
            // `15 رمضان 1445 هـ`: skip the month and the year after it.
            k += n + 1;
            continue;
        }
        if let Some((date, end)) = date_at(&toks, k) {
            if hijri_after(&toks, end) {
                k = end;
                continue;
            }
            let mut date = date;
            add_time(&toks, end, &mut date);
            let start = toks.get(k).map_or(0, |t| t.0);
            let before = fold(s.get(..start).unwrap_or_default());
            let modified = MODIFIED.iter().any(|w| before.contains(w.as_str()));
            let introduced = modified || PUBLISHED.iter().any(|w| before.contains(w.as_str()));
            let leads = toks
                .get(..k)
                .unwrap_or_default()
                .iter()
                .all(|(_, t)| match t {
                    Tok::Sep(_) | Tok::Num(..) => true,
                    Tok::Word(w) => LEAD_WORDS.binary_search(w).is_ok(),
                });
            return Some(Found {
                date,
                modified,
                introduced,
                leads,
            });
        }
        k += 1;
    }
    None
}

fn hijri_after(toks: &[(usize, Tok)], end: usize) -> bool {
    matches!(toks.get(end), Some((_, Tok::Word(w))) if HIJRI_MARKS.contains(w))
}

/// A date starting at token `k`: (date, index after it).
fn date_at(toks: &[(usize, Tok)], k: usize) -> Option<(Date, usize)> {
    let skip_comma = |i: usize| {
        if sep_at(toks, i, &[',', '،', '-', '.']) {
            i + 1
        } else {
            i
        }
    };
    if let Some((d, dn)) = num_at(toks, k) {
        // D MONTH YYYY
        if dn <= 2 {
            let i = skip_comma(skip_ordinal(toks, k + 1, true));
            if let Some((m, n)) = month_at(toks, i) {
                let j = skip_comma(i + n);
                if let Some((y, 4)) = num_at(toks, j) {
                    return make(y, u32::from(m), d).map(|date| (date, j + 1));
                }
            }
        }
        // Numeric: YYYY-MM-DD or DD/MM/YYYY.
        if let Some(sep) = match toks.get(k + 1) {
            Some((_, Tok::Sep(c))) if matches!(c, '/' | '-' | '.') => Some(*c),
            _ => None,
        } {
            if k >= 1 && sep_at(toks, k - 1, &[sep]) {
                return None;
            }
            let b = num_at(toks, k + 2)?;
            if !sep_at(toks, k + 3, &[sep]) {
                return None;
            }
            let c = num_at(toks, k + 4)?;
            if sep_at(toks, k + 5, &[sep]) && num_at(toks, k + 6).is_some() {
                return None;
            }
            let date = match (dn, b.1, c.1) {
                (4, 1..=2, 1..=2) => make(d, b.0, c.0),
                (1..=2, 1..=2, 4) if b.0 > 12 && d <= 12 => make(c.0, d, b.0),
                (1..=2, 1..=2, 4) => make(c.0, b.0, d),
                _ => None,
            };
            return date.map(|date| (date, k + 5));
        }
        return None;
    }
    // MONTH D, YYYY (after an optional day name).
    let k = if matches!(toks.get(k), Some((_, Tok::Word(w))) if DAYS.contains(w)) {
        skip_comma(k + 1)
    } else {
        k
    };
    let (m, n) = month_at(toks, k)?;
    let (d, dn) = num_at(toks, k + n)?;
    if dn > 2 {
        return None;
    }
    let j = skip_comma(skip_ordinal(toks, k + n + 1, false));
    match num_at(toks, j) {
        Some((y, 4)) => make(y, u32::from(m), d).map(|date| (date, j + 1)),
        _ => None,
    }
}

/// The index after an English ordinal suffix at `k` (`12th`), and after `of` when
/// `of_ok` (`the 1st of March`); `k` when there is none.
fn skip_ordinal(toks: &[(usize, Tok)], k: usize, of_ok: bool) -> usize {
    match toks.get(k) {
        Some((_, Tok::Word(w))) if lex::ORDINAL_SUFFIXES.contains(&w.as_str()) => {
            let of = matches!(toks.get(k + 1), Some((_, Tok::Word(o))) if o == lex::ORDINAL_OF);
            if of_ok && of {
                k + 2
            } else {
                k + 1
            }
        }
        _ => k,
    }
}

/// Reads `HH:MM[:SS] [am/pm] [GMT±HH[MM]]` right after a date.
fn add_time(toks: &[(usize, Tok)], end: usize, date: &mut Date) {
    let mut k = end;
    let limit = end + TIME_LOOKAHEAD;
    while k < limit {
        match toks.get(k) {
            Some((_, Tok::Num(_, 1..=2))) if sep_at(toks, k + 1, &[':']) => break,
            Some((_, Tok::Sep(_))) => k += 1,
            Some((_, Tok::Word(w))) if CLOCK.contains(w) => k += 1,
            _ => return,
        }
    }
    let (Some((h, 1..=2)), Some((m, 2))) = (num_at(toks, k), num_at(toks, k + 2)) else {
        return;
    };
    if !sep_at(toks, k + 1, &[':']) {
        return;
    }
    let mut i = k + 3;
    let mut s = 0;
    if sep_at(toks, i, &[':']) {
        if let Some((v, 2)) = num_at(toks, i + 1) {
            s = v;
            i += 2;
        }
    }
    let mut h = h;
    if let Some((_, Tok::Word(w))) = toks.get(i) {
        if PM.contains(w) {
            if h < 12 {
                h += 12;
            }
            i += 1;
        } else if AM.contains(w) {
            if h == 12 {
                h = 0;
            }
            i += 1;
        }
    }
    if h > 23 || m > 59 || s > 59 {
        return;
    }
    date.time = Some((h as u8, m as u8, s as u8));
    if sep_at(toks, i, &['(']) {
        i += 1;
    }
    let zone = matches!(toks.get(i), Some((_, Tok::Word(w))) if ZONES.contains(w));
    if zone {
        i += 1;
    }
    let sign = match toks.get(i) {
        Some((_, Tok::Sep('+'))) => 1,
        Some((_, Tok::Sep('-' | '−'))) => -1,
        _ => {
            if zone {
                date.offset = Some(0);
            }
            return;
        }
    };
    let off = match (
        num_at(toks, i + 1),
        sep_at(toks, i + 2, &[':']),
        num_at(toks, i + 3),
    ) {
        (Some((hh, 1..=2)), true, Some((mm, 2))) => Some(hh * 60 + mm),
        (Some((hhmm, 4)), _, _) => Some(hhmm / 100 * 60 + hhmm % 100),
        (Some((hh, 1..=2)), false, _) if zone => Some(hh * 60),
        _ => None,
    };
    if let Some(off) = off.filter(|o| *o <= MAX_OFFSET_MINUTES) {
        date.offset = Some(sign * off as i32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<String> {
        find_in_text(s).map(|f| f.date.iso())
    }

    #[test]
    fn iso_with_offset_keeps_the_offset() {
        let d = parse_structured("2024-05-12T14:20:00+03:00").unwrap();
        assert_eq!(d.iso(), "2024-05-12T14:20:00+03:00", "iso offset");
        let z = parse_structured("2020-08-24T09:23:13Z").unwrap();
        assert_eq!(z.iso(), "2020-08-24T09:23:13+00:00", "Z offset");
        let f = parse_structured("2026-01-08T11:42:50.123+0100").unwrap();
        assert_eq!(f.iso(), "2026-01-08T11:42:50+01:00", "fraction and +HHMM");
    }

    #[test]
    fn iso_by_hand_matches_format() {
        for (year, month, day) in [(2024, 5, 12), (7, 1, 9), (0, 12, 31), (9999, 2, 28)] {
            for time in [None, Some((0, 5, 9)), Some((23, 59, 59))] {
                for offset in [None, Some(0), Some(-150), Some(14 * 60), Some(-6000)] {
                    let d = Date {
                        year,
                        month,
                        day,
                        time,
                        offset,
                    };
                    assert_eq!(d.iso(), d.iso_formatted(), "{d:?}");
                }
            }
        }
        let far = Date {
            year: -5,
            month: 1,
            day: 1,
            time: None,
            offset: None,
        };
        assert_eq!(far.iso(), "-005-01-01");
    }

    #[test]
    fn iso_without_offset_is_a_day() {
        assert_eq!(
            parse_structured("2020-12-01 02:00:00").unwrap().iso(),
            "2020-12-01"
        );
        assert_eq!(parse_structured("2024-02-01").unwrap().iso(), "2024-02-01");
        assert_eq!(parse_structured("2024/2/1").unwrap().iso(), "2024-02-01");
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(parse_structured("2024-02-30").is_none(), "Feb 30");
        assert!(
            parse_structured("1970-01-01").is_none(),
            "epoch placeholder"
        );
        assert!(text("31/04/2024").is_none(), "April 31");
        // The same shapes with possible days are dates.
        assert_eq!(parse_structured("2024-02-29").unwrap().iso(), "2024-02-29");
        assert_eq!(parse_structured("1990-01-01").unwrap().iso(), "1990-01-01");
        assert_eq!(text("30/04/2024").as_deref(), Some("2024-04-30"));
    }

    #[test]
    fn egyptian_month_with_day_name_and_time() {
        assert_eq!(
            text("الأربعاء، 07 أكتوبر 2020 - 12:09 م").as_deref(),
            Some("2020-10-07")
        );
        assert_eq!(
            parse_structured("الأربعاء، 07 أكتوبر 2020 - 12:09 م").map(|d| d.time),
            Some(Some((12, 9, 0))),
            "12:09 pm stays 12:09"
        );
    }

    #[test]
    fn levantine_combined_with_slash() {
        assert_eq!(
            text("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً").as_deref(),
            Some("2020-04-24")
        );
        assert_eq!(text("1 فبراير/ شباط 2024").as_deref(), Some("2024-02-01"));
        assert_eq!(
            text("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث").as_deref(),
            Some("2013-08-28")
        );
    }

    #[test]
    fn levantine_two_word_months_and_parentheses() {
        assert_eq!(text("3 كانون الثاني 2023").as_deref(), Some("2023-01-03"));
        assert_eq!(text("15 تشرين الأول 2022").as_deref(), Some("2022-10-15"));
        assert_eq!(text("9 آذار (مارس) 2021").as_deref(), Some("2021-03-09"));
        assert_eq!(
            text("20 كانون الأول/ديسمبر 2019").as_deref(),
            Some("2019-12-20")
        );
    }

    #[test]
    fn maghrebi_and_moroccan_months() {
        assert_eq!(text("الجمعة 8 فيفري 2019").as_deref(), Some("2019-02-08"));
        assert_eq!(text("2 جويلية 2021").as_deref(), Some("2021-07-02"));
        assert_eq!(text("14 أوت 2020").as_deref(), Some("2020-08-14"));
        assert_eq!(text("5 شتنبر 2018").as_deref(), Some("2018-09-05"));
        assert_eq!(text("1 جوان 2022").as_deref(), Some("2022-06-01"));
    }

    #[test]
    fn arabic_indic_and_persian_digits() {
        assert_eq!(text("١٤ يوليو ٢٠٢٤").as_deref(), Some("2024-07-14"));
        assert_eq!(text("۱۴ يوليو ۲۰۲۴").as_deref(), Some("2024-07-14"));
        assert_eq!(parse_structured("٢٠٢٤-٠٢-٠١").unwrap().iso(), "2024-02-01");
    }

    #[test]
    fn numeric_day_first_and_year_first() {
        assert_eq!(text("نشر في 12/5/2024").as_deref(), Some("2024-05-12"));
        assert_eq!(text("2024-05-12").as_deref(), Some("2024-05-12"));
        assert_eq!(
            text("05/25/2024").as_deref(),
            Some("2024-05-25"),
            "US order when day > 12"
        );
        assert!(text("1/2/3/2024").is_none(), "four numbers are no date");
        assert_eq!(text("2/3/2024").as_deref(), Some("2024-03-02"));
    }

    #[test]
    fn month_first_arabic_and_english() {
        assert_eq!(text("ديسمبر 25, 2020").as_deref(), Some("2020-12-25"));
        assert_eq!(
            text("Published August 24, 2020").as_deref(),
            Some("2020-08-24")
        );
        assert_eq!(
            text("Mon, 24 Aug 2020 09:23:13 +0000").as_deref(),
            Some("2020-08-24T09:23:13+00:00")
        );
        assert_eq!(text("Sept. 3, 2019").as_deref(), Some("2019-09-03"));
    }

    #[test]
    fn offset_after_gmt() {
        assert_eq!(
            text("28 آب 2013 14:00 (GMT+0400)").as_deref(),
            Some("2013-08-28T14:00:00+04:00")
        );
        assert_eq!(
            text("28 آب 2013 14:00 GMT").as_deref(),
            Some("2013-08-28T14:00:00+00:00")
        );
    }

    #[test]
    fn hijri_dates_are_not_gregorian() {
        assert!(text("15 رمضان 1445").is_none(), "hijri month");
        assert_eq!(text("15 مارس 1445").as_deref(), None, "year out of range");
        assert_eq!(text("15 مارس 2024").as_deref(), Some("2024-03-15"));
        assert!(text("1445/09/15 هـ").is_none(), "numeric hijri");
        assert!(
            text("12 ذو الحجة 1444 هـ").is_none(),
            "two-word hijri month"
        );
        assert_eq!(
            text("الأحد 15 رمضان 1445 هـ الموافق 24 مارس 2024").as_deref(),
            Some("2024-03-24"),
            "the Gregorian date after the Hijri one"
        );
    }

    #[test]
    fn relative_dates_and_partial_dates_are_ignored() {
        assert!(text("منذ 3 ساعات").is_none());
        assert!(text("مايو 2024").is_none(), "no day");
        assert!(text("في عام 1967").is_none());
        // With a day, the same words are a date.
        assert_eq!(text("3 مايو 2024").as_deref(), Some("2024-05-03"));
        assert_eq!(
            text("منذ 3 ساعات - 12 مايو 2024").as_deref(),
            Some("2024-05-12")
        );
    }

    #[test]
    fn levantine_with_standard_in_parentheses_and_time_after_a_dash() {
        assert_eq!(
            text("الجمعة 10 آذار (مارس) 2023 - 09:15").as_deref(),
            Some("2023-03-10"),
            "آذار (مارس)"
        );
        assert_eq!(
            find_in_text("الجمعة 10 آذار (مارس) 2023 - 09:15").map(|f| f.date.time),
            Some(Some((9, 15, 0))),
            "time after a dash"
        );
        assert_eq!(
            text("١٠ تشرين الأول (أكتوبر) ٢٠٢٣").as_deref(),
            Some("2023-10-10"),
            "two-word Levantine month, Arabic-Indic digits"
        );
    }

    #[test]
    fn standard_with_levantine_in_parentheses() {
        assert_eq!(text("12 مارس (آذار) 2023").as_deref(), Some("2023-03-12"));
        assert_eq!(
            text("الخميس 5 أكتوبر ( تشرين الأول ) 2023").as_deref(),
            Some("2023-10-05"),
            "two-word Levantine month inside parentheses, spaces inside"
        );
        assert_eq!(
            text("5 يناير (كانون الثاني)، 2024").as_deref(),
            Some("2024-01-05"),
            "comma after the parentheses"
        );
    }

    #[test]
    fn combined_months_with_slash_or_dash_either_order() {
        assert_eq!(text("3 شباط/فبراير 2024").as_deref(), Some("2024-02-03"));
        assert_eq!(text("3 فبراير/شباط 2024").as_deref(), Some("2024-02-03"));
        assert_eq!(text("3 شباط - فبراير 2024").as_deref(), Some("2024-02-03"));
        assert_eq!(
            text("3 شباط (مايو) 2024"),
            None,
            "two names of different months contradict each other: no date"
        );
    }

    #[test]
    fn clock_time_forms_after_a_date() {
        let time = |s: &str| find_in_text(s).and_then(|f| f.date.time);
        assert_eq!(
            time("12 آذار 2023 الساعة 09:15"),
            Some((9, 15, 0)),
            "الساعة"
        );
        assert_eq!(time("12 آذار 2023 09:15 م"), Some((21, 15, 0)), "م");
        assert_eq!(time("12 آذار 2023، ٠٩:١٥ صباحاً"), Some((9, 15, 0)), "صباحا");
        assert_eq!(time("12/3/2023 - 09:15"), Some((9, 15, 0)), "numeric");
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(text("الأحد 12/3/2023").as_deref(), Some("2023-03-12"));
        assert_eq!(text("12-03-2023").as_deref(), Some("2023-03-12"));
        assert_eq!(text("2023/03/12").as_deref(), Some("2023-03-12"));
        assert_eq!(text("١٢/٠٣/٢٠٢٣").as_deref(), Some("2023-03-12"));
    }

    #[test]
    fn maghrebi_month_family() {
        for (s, want) in [
            ("9 جانفي 2023", "2023-01-09"),
            ("9 فيفري 2023", "2023-02-09"),
            ("9 مارس 2023", "2023-03-09"),
            ("9 أفريل 2023", "2023-04-09"),
            ("9 ماي 2023", "2023-05-09"),
            ("9 جوان 2023", "2023-06-09"),
            ("9 جويلية 2023", "2023-07-09"),
            ("9 أوت 2023", "2023-08-09"),
            ("9 سبتمبر 2023", "2023-09-09"),
            ("9 أكتوبر 2023", "2023-10-09"),
            ("9 نوفمبر 2023", "2023-11-09"),
            ("9 ديسمبر 2023", "2023-12-09"),
        ] {
            assert_eq!(text(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn english_month_names_with_ordinals() {
        assert_eq!(text("March 12, 2023").as_deref(), Some("2023-03-12"));
        assert_eq!(text("12 March 2023").as_deref(), Some("2023-03-12"));
        assert_eq!(
            text("Sunday, March 12th, 2023").as_deref(),
            Some("2023-03-12")
        );
        assert_eq!(text("12th March 2023").as_deref(), Some("2023-03-12"));
        assert_eq!(text("the 1st of March 2023").as_deref(), Some("2023-03-01"));
        assert_eq!(text("MARCH 2ND 2023").as_deref(), Some("2023-03-02"));
    }

    #[test]
    fn publication_words_are_noted() {
        for s in [
            "نُشر في 10 آذار 2023",
            "تاريخ النشر: 10/3/2023",
            "Published: March 10, 2023",
            "آخر تحديث: 10 آذار 2023",
        ] {
            assert!(find_in_text(s).is_some_and(|f| f.introduced), "{s}");
        }
        assert!(!find_in_text("الأحد 12/3/2023").is_some_and(|f| f.introduced));
    }

    #[test]
    fn a_date_after_only_a_day_name_leads_its_line() {
        assert!(find_in_text("الأحد، 12/3/2023 | الرئيسية").is_some_and(|f| f.leads));
        assert!(find_in_text("12 آذار 2023").is_some_and(|f| f.leads));
        assert!(!find_in_text("سياسة | 12 آذار 2023").is_some_and(|f| f.leads));
        assert!(
            find_in_text("اليوم: الأحد 20 شعبان 1444 هـ الموافق 12 آذار 2023")
                .is_some_and(|f| f.leads && f.date.iso() == "2023-03-12"),
            "a Hijri date and الموافق before the Gregorian one"
        );
        assert!(find_in_text("العدد 4521 - الأحد 12/3/2023").is_some_and(|f| f.leads));
    }

    #[test]
    fn maghrebi_clock_after_ala_al_saa() {
        assert_eq!(
            find_in_text("نشر في 28/03/2023 على الساعة 16:20").and_then(|f| f.date.time),
            Some((16, 20, 0))
        );
    }

    #[test]
    fn update_lines_are_marked_modified() {
        let f = find_in_text("آخر تحديث: 12/5/2024 02:20 PM").unwrap();
        assert!(f.modified, "آخر تحديث marks modified");
        assert!(!find_in_text("نشر في 12/5/2024").unwrap().modified);
    }
}
