//! Bytes to text, the way a browser does it: gzip and binary checks, BOM, the HTML
//! standard's `<meta charset>` / `http-equiv` prescan, detection with `chardetng` for
//! unlabelled or mislabelled pages, and decoding with `encoding_rs`. Hands on the
//! decoded `String` and records which encoding was used and why. Also owns the
//! byte-level markup guard ([`limit_nesting`]) that keeps pathological nesting from
//! making the parser super-linear.

mod detect;
mod markup;
mod nesting;
mod prescan;
mod sniff;
mod tables;
pub use tables::{is_kept_attribute, KEPT_ATTRIBUTES};

pub(crate) use nesting::dead_raw_text;
pub use nesting::{
    limit_markup, limit_nesting, MarkupLimits, MAX_ACTIVE_FORMATTING, MAX_ATTRIBUTES,
    MAX_NESTING_DEPTH,
};
pub use prescan::{prescan, PRESCAN_BYTES};

use crate::error::{Error, Result};
use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// Why a particular encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingFrom {
    /// A byte-order mark.
    Bom,
    /// The caller's `--encoding`.
    Override,
    /// The page's `<meta charset>` or `http-equiv` label.
    Meta,
    /// The archive's label: an MHTML part's or an HTTP response's `charset=`.
    Header,
    /// No label; detected from the bytes.
    Detected,
    /// A label was present but contradicted by the bytes; detected instead.
    DetectedLabelIgnored,
}

impl EncodingFrom {
    /// The name written to `source.encoding_from`.
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingFrom::Bom => "bom",
            EncodingFrom::Override => "override",
            EncodingFrom::Meta => "meta",
            EncodingFrom::Header => "header",
            EncodingFrom::Detected => "detected",
            EncodingFrom::DetectedLabelIgnored => "detected (label ignored)",
        }
    }
}

/// A decoded page.
#[derive(Debug)]
pub struct Decoded {
    /// The page's text, byte-order mark removed, malformed sequences as U+FFFD.
    pub text: String,
    /// The encoding the bytes were decoded with.
    pub encoding: &'static Encoding,
    /// Why that encoding.
    pub from: EncodingFrom,
}

/// Decodes a page. In browser order: `override_label` wins over everything else, then a
/// byte-order mark, then the page's own `<meta>` label (unless the bytes contradict it),
/// then detection. Malformed sequences become U+FFFD; nothing else in the text changes.
pub fn decode(bytes: &[u8], override_label: Option<&str>) -> Result<Decoded> {
    decode_labelled(bytes, override_label, None)
}

/// [`decode`] for a page that came with a transport label (an MHTML part's or an HTTP
/// response's `charset=`): as in a browser, that label takes the place of the page's
/// own `<meta>` label, and like it is checked against the bytes. A label the Encoding
/// Standard does not know is ignored.
pub fn decode_labelled(
    bytes: &[u8],
    override_label: Option<&str>,
    transport_label: Option<&str>,
) -> Result<Decoded> {
    if sniff::is_blank(bytes) {
        return Err(Error::Empty);
    }
    if let Some(label) = override_label {
        let enc = Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| Error::UnknownEncoding(label.to_string()))?;
        // A BOM of the same encoding is not text.
        let (text, _) = enc.decode_with_bom_removal(bytes);
        return Ok(decoded(text, enc, EncodingFrom::Override));
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_with_bom_removal(bytes);
        return Ok(decoded(text, enc, EncodingFrom::Bom));
    }
    if let Some(enc) = sniff::utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok(decoded(text, enc, EncodingFrom::Detected));
    }
    let transport = transport_label.and_then(|l| Encoding::for_label(l.trim().as_bytes()));
    let (label, labelled_from) = match transport {
        Some(enc) => (Some(enc), EncodingFrom::Header),
        None => (prescan::prescan(bytes), EncodingFrom::Meta),
    };
    // Labelled or not, valid UTF-8 (the usual case) is UTF-8: validate and copy in one step.
    if label.is_none_or(|l| l == UTF_8) {
        if let Some(text) = UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
            let from = if label.is_some() {
                labelled_from
            } else {
                EncodingFrom::Detected
            };
            return Ok(decoded(text, UTF_8, from));
        }
    }
    let (enc, from) = choose(bytes, label);
    let from = match from {
        EncodingFrom::Meta => labelled_from,
        other => other,
    };
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Ok(decoded(text, enc, from))
}

/// The decoding step of the speed floor (`../shared/floor`), for benchmarks that report
/// matn's time as a ratio to it: BOM, else the prescan's `<meta>` label, else UTF-8, and
/// no detection or checks. [`decode`] is what extraction uses.
pub fn decode_for_floor(bytes: &[u8]) -> String {
    let (enc, bom) =
        Encoding::for_bom(bytes).unwrap_or_else(|| (prescan(bytes).unwrap_or(UTF_8), 0));
    let bytes = bytes.get(bom..).unwrap_or_default();
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The encoding of a page without BOM or override that is not valid UTF-8, and why.
fn choose(bytes: &[u8], label: Option<&'static Encoding>) -> (&'static Encoding, EncodingFrom) {
    match label {
        Some(label) if label == UTF_8 => {
            // Valid UTF-8 was decoded before this point; a few bad bytes still pass.
            if detect::utf8_shape(bytes).is_utf8() {
                (UTF_8, EncodingFrom::Meta)
            } else {
                (detect::detect(bytes), EncodingFrom::DetectedLabelIgnored)
            }
        }
        Some(label) => {
            if detect::utf8_shape(bytes).is_clearly_utf8() {
                return (UTF_8, EncodingFrom::DetectedLabelIgnored);
            }
            if detect::is_latin(label) {
                if let Some(arabic) = detect::arabic_mojibake(bytes) {
                    return (arabic, EncodingFrom::DetectedLabelIgnored);
                }
            }
            (label, EncodingFrom::Meta)
        }
        None => (detect::detect(bytes), EncodingFrom::Detected),
    }
}

fn decoded(text: Cow<'_, str>, encoding: &'static Encoding, from: EncodingFrom) -> Decoded {
    Decoded {
        text: text.into_owned(),
        encoding,
        from,
    }
}

/// Checks the raw bytes before decoding: refuses oversized input, decompresses gzip
/// (refusing output over `max_bytes` too), refuses binary data and empty input. Returns
/// the bytes to decode, borrowed unless they were decompressed.
pub fn prepare(bytes: &[u8], max_bytes: u64) -> Result<Cow<'_, [u8]>> {
    let bytes = ungzip(bytes, max_bytes)?;
    check_text(&bytes)?;
    Ok(bytes)
}

/// The first half of [`prepare`]: refuses oversized input and decompresses gzip (under
/// the same cap), without judging what the bytes are.
pub fn ungzip(bytes: &[u8], max_bytes: u64) -> Result<Cow<'_, [u8]>> {
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(if sniff::is_gzip(bytes) {
        Cow::Owned(sniff::gunzip(bytes, max_bytes)?)
    } else {
        Cow::Borrowed(bytes)
    })
}

/// The second half of [`prepare`]: refuses empty input and binary data.
pub fn check_text(bytes: &[u8]) -> Result<()> {
    if sniff::is_blank(bytes) {
        return Err(Error::Empty);
    }
    if let Some(kind) = sniff::binary_kind(bytes) {
        return Err(Error::Binary(kind));
    }
    Ok(())
}

/// Whether the bytes start with the gzip magic number.
pub fn is_gzip(bytes: &[u8]) -> bool {
    sniff::is_gzip(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_wins_and_unknown_label_is_an_error() {
        let d = decode(b"\xC7\xE1", Some(" windows-1256 ")).unwrap();
        assert_eq!((d.text.as_str(), d.from), ("ال", EncodingFrom::Override));
        assert!(matches!(
            decode(b"x", Some("klingon")),
            Err(Error::UnknownEncoding(l)) if l == "klingon"
        ));
    }

    #[test]
    fn a_transport_label_takes_the_place_of_meta_and_is_checked() {
        let page = b"<meta charset=utf-8><p>\xC7\xE1\xE6\xD2\xED\xD1 \xC7\xE1\xE6\xD2\xED\xD1";
        let d = decode_labelled(page, None, Some("windows-1256")).unwrap();
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1256, "encoding");
        assert_eq!(d.from, EncodingFrom::Header, "from");
        assert!(d.text.contains("الوزير"), "text: {}", d.text);
        let utf8 = "<p>قال الوزير إن الحكومة ستعمل".repeat(5);
        let d = decode_labelled(utf8.as_bytes(), None, Some("windows-1256")).unwrap();
        assert_eq!(
            (d.encoding, d.from),
            (UTF_8, EncodingFrom::DetectedLabelIgnored),
            "a lying label"
        );
        let d = decode_labelled(b"<meta charset=utf-8><p>x", None, Some("no-such")).unwrap();
        assert_eq!(d.from, EncodingFrom::Meta, "unknown label ignored");
    }

    #[test]
    fn override_drops_only_its_own_bom() {
        let d = decode("\u{FEFF}نص".as_bytes(), Some("utf-8")).unwrap();
        assert_eq!(d.text, "نص");
    }

    #[test]
    fn labelled_utf8_with_a_few_bad_bytes_stays_utf8() {
        let mut page = "<meta charset=utf-8><p>".as_bytes().to_vec();
        page.extend("قال الوزير إن الحكومة ستعمل".repeat(10).as_bytes());
        page.push(0xFF);
        let d = decode(&page, None).unwrap();
        assert_eq!((d.encoding, d.from), (UTF_8, EncodingFrom::Meta));
        assert!(d.text.ends_with('\u{FFFD}'), "invalid byte becomes U+FFFD");
    }

    #[test]
    fn utf8_bytes_under_a_single_byte_label_are_utf8() {
        let page = format!("<meta charset=windows-1256><p>{}", "قال الوزير ".repeat(5));
        let d = decode(page.as_bytes(), None).unwrap();
        assert_eq!(
            (d.encoding, d.from),
            (UTF_8, EncodingFrom::DetectedLabelIgnored)
        );
    }

    #[test]
    fn prepare_refuses_what_is_not_a_page() {
        assert!(matches!(prepare(b"", 10), Err(Error::Empty)));
        assert!(matches!(prepare(b"  \n", 10), Err(Error::Empty)));
        assert!(matches!(
            prepare(b"%PDF-1.4", 100),
            Err(Error::Binary("PDF document"))
        ));
        assert!(matches!(
            prepare(b"<p>abc</p>", 5),
            Err(Error::TooLarge { size: 10, limit: 5 })
        ));
        assert!(matches!(prepare(b"<p>x</p>", 100), Ok(Cow::Borrowed(_))));
    }
}
