//! Choosing an encoding when the page does not say, or says wrong: UTF-8 validity
//! statistics, `chardetng`, and the Arabic check for Latin labels that lie (windows-1256
//! or ISO-8859-6 bytes labelled, or detected, as windows-1252 read as Latin mojibake).

use super::markup::{attributes, Token, Tokenizer};
use super::tables::{
    contains, ARABIC_ENCODINGS, ARABIC_LETTERS, ARABIC_SCRIPT_LANGS, LATIN_ENCODINGS,
    ROOT_ELEMENTS, RTL_DIR,
};
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};
use std::sync::LazyLock;

/// How many leading bytes `chardetng` and the mojibake statistics look at; the Arabic
/// text of a news page starts well within this, and detection stays cheap on huge pages.
const DETECT_BYTES: usize = 1024 * 1024;

/// Share of invalid UTF-8 sequences, relative to valid multi-byte ones, that a page may
/// have and still be UTF-8 (a truncated or badly spliced page); Arabic single-byte text
/// read as UTF-8 is almost all invalid sequences.
const UTF8_MAX_INVALID_SHARE: f64 = 0.02;

/// A page labelled with a single-byte encoding is really UTF-8 only with at least this
/// many valid multi-byte sequences (a handful could be chance).
const UTF8_MIN_SEQUENCES: usize = 8;

/// Shortest run of high-bit bytes counted as a mojibake word (a lone `à` or `ö` is a
/// Latin word).
const MOJIBAKE_MIN_WORD_BYTES: usize = 2;

/// Mojibake shape without a page-level hint: at least this many words of high-bit
/// bytes only…
const MOJIBAKE_MIN_WORDS: usize = 10;
/// …making at least this share of the words in the page's text.
const MOJIBAKE_MIN_SHARE: f64 = 0.3;
/// The same two figures when the page declares `lang="ar"` (or another Arabic-script
/// language) or `dir="rtl"`.
const HINTED_MOJIBAKE_MIN_WORDS: usize = 3;
/// See [`HINTED_MOJIBAKE_MIN_WORDS`].
const HINTED_MOJIBAKE_MIN_SHARE: f64 = 0.05;

/// Counts of a byte string read as UTF-8.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Utf8Shape {
    /// Valid multi-byte sequences.
    pub multibyte: usize,
    /// Invalid sequences (a sequence cut off at the very end is not counted).
    pub invalid: usize,
}

impl Utf8Shape {
    /// UTF-8, allowing a few invalid sequences among many valid ones (ASCII counts).
    pub fn is_utf8(self) -> bool {
        self.invalid == 0 || self.invalid as f64 <= UTF8_MAX_INVALID_SHARE * self.multibyte as f64
    }

    /// UTF-8 beyond doubt: valid and with enough multi-byte sequences to outweigh a label.
    pub fn is_clearly_utf8(self) -> bool {
        self.multibyte >= UTF8_MIN_SEQUENCES && self.is_utf8()
    }
}

/// Whether `bytes` are entirely valid UTF-8, by `encoding_rs`'s vectorised check.
pub(crate) fn is_valid_utf8(bytes: &[u8]) -> bool {
    Encoding::utf8_valid_up_to(bytes) == bytes.len()
}

/// Reads `bytes` as UTF-8 and counts valid multi-byte and invalid sequences.
pub(crate) fn utf8_shape(bytes: &[u8]) -> Utf8Shape {
    let mut shape = Utf8Shape::default();
    let mut rest = bytes;
    loop {
        let valid = Encoding::utf8_valid_up_to(rest);
        shape.multibyte += count_lead_bytes(rest.get(..valid).unwrap_or_default());
        let tail = rest.get(valid..).unwrap_or_default();
        if tail.is_empty() {
            return shape;
        }
        // The length of the invalid sequence, as the standard library measures it.
        match std::str::from_utf8(tail.get(..tail.len().min(4)).unwrap_or_default()) {
            Err(e) if e.valid_up_to() == 0 => match e.error_len() {
                Some(n) => {
                    shape.invalid += 1;
                    rest = tail.get(n..).unwrap_or_default();
                }
                None => return shape,
            },
            // `encoding_rs` and the standard library agree on validity; never reached.
            _ => return shape,
        }
    }
}

fn count_lead_bytes(valid: &[u8]) -> usize {
    valid.iter().filter(|&&b| b >= 0xC0).count()
}

/// Whether `enc` decodes Arabic single-byte text as Latin letters.
pub(crate) fn is_latin(enc: &'static Encoding) -> bool {
    LATIN_ENCODINGS.contains(&enc.name())
}

/// The encoding of an unlabelled page: UTF-8 if it reads as UTF-8, else `chardetng`'s
/// guess, corrected to Arabic when a Latin guess reads as Arabic mojibake.
pub(crate) fn detect(bytes: &[u8]) -> &'static Encoding {
    if is_valid_utf8(bytes) || utf8_shape(bytes).is_utf8() {
        return UTF_8;
    }
    let sample = bytes.get(..DETECT_BYTES).unwrap_or(bytes);
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(None, Utf8Detection::Allow);
    if is_latin(guess) {
        if let Some(arabic) = arabic_mojibake(bytes) {
            return arabic;
        }
    }
    guess
}

/// If `bytes` read in a Latin encoding look like mojibake of Arabic text, the Arabic
/// encoding they are really in.
pub(crate) fn arabic_mojibake(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..DETECT_BYTES).unwrap_or(bytes);
    let stats = text_stats(sample);
    let words = stats.high_words + stats.ascii_words;
    let (min_words, min_share) = if stats.arabic_hint {
        (HINTED_MOJIBAKE_MIN_WORDS, HINTED_MOJIBAKE_MIN_SHARE)
    } else {
        (MOJIBAKE_MIN_WORDS, MOJIBAKE_MIN_SHARE)
    };
    if stats.high_words < min_words || (stats.high_words as f64) < min_share * words as f64 {
        return None;
    }
    best_arabic(sample)
}

/// The Arabic encoding whose reading of the high-bit bytes has the most Arabic letters
/// and the fewest Latin letters and unmapped bytes, if that balance is positive.
fn best_arabic(sample: &[u8]) -> Option<&'static Encoding> {
    let tables = &*ARABIC_BYTE_SCORES;
    let mut best: Option<(i64, &'static Encoding)> = None;
    for (enc, table) in tables {
        let score: i64 = sample
            .iter()
            .filter(|&&b| b >= 0x80)
            .map(|&b| i64::from(table[usize::from(b - 0x80)]))
            .sum();
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, enc));
        }
    }
    best.map(|(_, enc)| enc)
}

/// For each Arabic encoding, a score per high-bit byte: +1 an Arabic letter, −1 a
/// Latin letter, a C1 control or an unmapped byte, 0 anything else (digits, punctuation).
static ARABIC_BYTE_SCORES: LazyLock<Vec<(&'static Encoding, [i8; 128])>> = LazyLock::new(|| {
    ARABIC_ENCODINGS
        .iter()
        .filter_map(|label| Encoding::for_label(label.as_bytes()))
        .map(|enc| {
            let mut table = [0i8; 128];
            for (slot, byte) in table.iter_mut().zip(0x80u8..=0xFF) {
                let bytes = [byte];
                let (text, _, _) = enc.decode(&bytes);
                let c = text.chars().next().unwrap_or('\u{FFFD}');
                *slot = if ARABIC_LETTERS.iter().any(|r| r.contains(&c)) {
                    1
                } else if c == '\u{FFFD}' || c.is_control() || c.is_alphabetic() {
                    -1
                } else {
                    0
                };
            }
            (enc, table)
        })
        .collect()
});

/// Word statistics of a page's text (outside tags, scripts and styles).
#[derive(Debug, Default)]
struct TextStats {
    /// Words (runs of letters and high-bit bytes) made of high-bit bytes only: Arabic
    /// words read in a Latin encoding. Latin words with accents keep ASCII letters.
    high_words: usize,
    /// Words of ASCII letters only.
    ascii_words: usize,
    /// `<html>` or `<body>` declares an Arabic-script `lang` or `dir="rtl"`.
    arabic_hint: bool,
}

fn text_stats(sample: &[u8]) -> TextStats {
    let mut stats = TextStats::default();
    for token in Tokenizer::new(sample) {
        match token {
            Token::Text(range) => count_words(sample.get(range).unwrap_or_default(), &mut stats),
            Token::Start { whole, name, .. } => {
                let is_root = sample.get(name).is_some_and(|n| contains(ROOT_ELEMENTS, n));
                if is_root && !stats.arabic_hint {
                    let tag = sample.get(whole).unwrap_or_default();
                    stats.arabic_hint = attributes(tag).iter().any(|(n, v)| is_arabic_hint(n, v));
                }
            }
            _ => {}
        }
    }
    stats
}

fn is_arabic_hint(name: &[u8], value: &[u8]) -> bool {
    if name.eq_ignore_ascii_case(b"dir") {
        return value.trim_ascii().eq_ignore_ascii_case(RTL_DIR);
    }
    if name.eq_ignore_ascii_case(b"lang") || name.eq_ignore_ascii_case(b"xml:lang") {
        let primary = value
            .trim_ascii()
            .split(|&b| b == b'-' || b == b'_')
            .next()
            .unwrap_or_default();
        return contains(ARABIC_SCRIPT_LANGS, primary);
    }
    false
}

fn count_words(text: &[u8], stats: &mut TextStats) {
    let mut i = 0;
    while i < text.len() {
        let is_word = |b: &u8| b.is_ascii_alphabetic() || *b >= 0x80;
        if !text.get(i).is_some_and(is_word) {
            i += 1;
            continue;
        }
        let start = i;
        while text.get(i).is_some_and(is_word) {
            i += 1;
        }
        // Character references (`&nbsp;`) are markup, not words.
        if start > 0 && text.get(start - 1) == Some(&b'&') {
            continue;
        }
        let word = text.get(start..i).unwrap_or_default();
        let high = word.iter().filter(|&&b| b >= 0x80).count();
        if high == 0 {
            stats.ascii_words += 1;
        } else if high == word.len() && word.len() >= MOJIBAKE_MIN_WORD_BYTES {
            stats.high_words += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_6, WINDOWS_1252, WINDOWS_1256};

    const ARABIC: &str = "قال وزير الخارجية إن المحادثات مع الجانب الآخر ستستأنف الأسبوع \
                          المقبل في العاصمة، وأضاف أن الحكومة تعمل على تحسين الخدمات";
    const FRENCH: &str = "Le ministre a déclaré à la presse que les négociations reprendront \
                          la semaine prochaine où les délégués se réuniront à Genève";

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        enc.encode(s).0.into_owned()
    }

    fn page(lang: &str, body: &str) -> String {
        format!("<html lang={lang}><body><p>{body}</p><p>{body}</p></body></html>")
    }

    #[test]
    fn utf8_shape_counts() {
        assert_eq!(
            utf8_shape("نص".as_bytes()),
            Utf8Shape {
                multibyte: 2,
                invalid: 0
            }
        );
        assert_eq!(
            utf8_shape(b"a\xC7\xE1b"),
            Utf8Shape {
                multibyte: 0,
                invalid: 2
            }
        );
        // A sequence cut off at the end is not an error.
        assert_eq!(
            utf8_shape(b"a\xD9"),
            Utf8Shape {
                multibyte: 0,
                invalid: 0
            }
        );
    }

    #[test]
    fn cp1256_arabic_is_mojibake_in_latin() {
        let bytes = encode(WINDOWS_1256, &page("en", ARABIC));
        assert_eq!(arabic_mojibake(&bytes), Some(WINDOWS_1256));
        let bytes = encode(ISO_8859_6, &page("en", ARABIC));
        assert_eq!(arabic_mojibake(&bytes), Some(ISO_8859_6));
    }

    #[test]
    fn french_is_not_mojibake_even_with_rtl_hint() {
        let bytes = encode(WINDOWS_1252, &page("fr", FRENCH));
        assert_eq!(arabic_mojibake(&bytes), None, "lang=fr");
        let bytes = encode(WINDOWS_1252, &page("ar", FRENCH));
        assert_eq!(arabic_mojibake(&bytes), None, "lang=ar on French words");
    }

    #[test]
    fn unlabelled_detection() {
        assert_eq!(detect(page("ar", ARABIC).as_bytes()), UTF_8);
        let bytes = encode(WINDOWS_1256, &page("ar", ARABIC));
        assert_eq!(detect(&bytes), WINDOWS_1256);
    }

    #[test]
    fn hints() {
        assert!(is_arabic_hint(b"lang", b"ar-EG"));
        assert!(is_arabic_hint(b"DIR", b" RTL "));
        assert!(!is_arabic_hint(b"lang", b"arn"));
        assert!(!is_arabic_hint(b"lang", b"fr"));
    }
}
