//! Pages inside archives: what kind of input a file is, told by its content ([`sniff`]),
//! and the page that an archive holds, with what the archive states about it ([`Page`]).
//! [`mhtml`] takes the HTML part out of a saved single-file page; [`warc`] streams the
//! records of a web archive and [`http`] reads the HTTP response inside one.
//!
//! ```no_run
//! use std::fs::File;
//! let opts = matn::Options::default();
//! for record in matn::archive::warc::Reader::new(File::open("crawl.warc.gz").unwrap()) {
//!     let Ok(record) = record else { continue };
//!     if let Ok(matn::archive::warc::Content::Page(page)) = matn::archive::warc::page(&record, &opts) {
//!         let article = matn::extract_page(&page, &opts);
//!     }
//! }
//! ```

pub mod http;
pub mod mhtml;
pub mod warc;

use std::io::Read;

/// What an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTML page, plain text, or anything else that the page reader judges (binary
    /// data and empty input are refused there). Gzip-compressed or not.
    Html,
    /// MIME `multipart/related` (a browser's "save as single file", `.mhtml`/`.mht`).
    Mhtml,
    /// A web archive: `WARC/1.0` or `WARC/1.1` on the first line, plain or gzip.
    Warc,
}

/// How many bytes of an input [`sniff`] needs to see (more is ignored).
pub const SNIFF_BYTES: usize = 16 * 1024;

/// The most header lines [`sniff`] reads looking for a MIME `Content-Type`.
const MAX_SNIFF_HEADER_LINES: usize = 64;

/// Tells the kind of an input from its first bytes (at least [`SNIFF_BYTES`] of them
/// when the input is that long). Gzip-compressed input is judged by what it
/// decompresses to.
pub fn sniff(head: &[u8]) -> Kind {
    if crate::read::is_gzip(head) {
        let mut out = Vec::with_capacity(SNIFF_BYTES);
        // A head cut short ends the stream early; what was inflated so far is enough.
        let _ = flate2::read::MultiGzDecoder::new(head)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut out);
        return sniff_plain(&out);
    }
    sniff_plain(head)
}

fn sniff_plain(head: &[u8]) -> Kind {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = head.get(start..).unwrap_or_default();
    match head.first() {
        // Markup, the usual case, is settled by its first byte.
        None | Some(b'<') => Kind::Html,
        Some(b'W') if head.starts_with(b"WARC/1.") || head.starts_with(b"WARC/0.") => Kind::Warc,
        Some(b) if b.is_ascii_alphabetic() && is_multipart_related(head) => Kind::Mhtml,
        _ => Kind::Html,
    }
}

/// Whether `head` starts with MIME headers whose `Content-Type` is `multipart/related`.
fn is_multipart_related(head: &[u8]) -> bool {
    let mut in_content_type = false;
    for line in head.split(|&b| b == b'\n').take(MAX_SNIFF_HEADER_LINES) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return false;
        }
        let value = if line.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
            if !in_content_type {
                continue;
            }
            line
        } else {
            let Some(colon) = memchr::memchr(b':', line) else {
                return false;
            };
            let (name, rest) = line.split_at(colon);
            let is_token = !name.is_empty()
                && name
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(b));
            if !is_token {
                return false;
            }
            in_content_type = name.eq_ignore_ascii_case(b"content-type");
            if !in_content_type {
                continue;
            }
            rest.get(1..).unwrap_or_default()
        };
        let value = value.trim_ascii_start();
        if !value.is_empty() {
            return value
                .get(..17)
                .is_some_and(|v| v.eq_ignore_ascii_case(b"multipart/related"));
        }
    }
    false
}

/// Reads the first [`SNIFF_BYTES`] of `reader` (fewer when it is shorter) for [`sniff`].
pub fn read_head(reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    reader.take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// One page taken out of an archive: the raw bytes of its HTML and what the archive
/// states about it. [`crate::extract_page`] extracts it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The page's bytes, transfer and content encodings undone, charset untouched.
    pub html: Vec<u8>,
    /// The archive's `charset=` label for them (MHTML part or HTTP `Content-Type`).
    pub charset: Option<String>,
    /// The page's address (`WARC-Target-URI`, the MHTML part's `Content-Location`).
    pub url: Option<String>,
    /// When it was captured, ISO 8601 (`WARC-Date`, the MHTML file's `Date`).
    pub date: Option<String>,
    /// The WARC record's `WARC-Record-ID`.
    pub warc_record_id: Option<String>,
}

/// Adds one header line (`Name: value`, or a continuation line starting with a space or a
/// tab) to `headers`, as HTTP and WARC write them. False when the line is neither.
pub(crate) fn add_header_line(headers: &mut Vec<(String, String)>, line: &str) -> bool {
    if line.starts_with([' ', '\t']) {
        if let Some((_, value)) = headers.last_mut() {
            value.push(' ');
            value.push_str(line.trim());
        }
        return true;
    }
    match line.split_once(':') {
        Some((name, value)) => {
            headers.push((name.trim().to_string(), value.trim().to_string()));
            true
        }
        None => false,
    }
}

/// The parameter `name` of a MIME or HTTP header value such as
/// `text/html; charset="windows-1256"`, quotes removed.
pub(crate) fn header_param<'a>(value: &'a str, name: &str) -> Option<&'a str> {
    value.split(';').skip(1).find_map(|param| {
        let (key, val) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| val.trim().trim_matches('"').trim())
            .filter(|v| !v.is_empty())
    })
}

/// The media type of a `Content-Type` value, lower case, without its parameters.
pub(crate) fn media_type(value: &str) -> String {
    value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether a media type is an HTML page.
pub(crate) fn is_html_type(media: &str) -> bool {
    matches!(media, "text/html" | "application/xhtml+xml")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn kinds_are_told_by_content() {
        let cases: &[(&[u8], Kind)] = &[
            (b"<!DOCTYPE html><p>x", Kind::Html),
            (b"", Kind::Html),
            (b"  \r\n<html>", Kind::Html),
            (b"plain text: not a header line", Kind::Html),
            (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", Kind::Warc),
            (b"\r\nWARC/1.1\r\n", Kind::Warc),
            (
                b"From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"b\"\r\n\r\n--b\r\n",
                Kind::Mhtml,
            ),
            (
                b"MIME-Version: 1.0\nContent-Type:\n multipart/Related; boundary=x\n\n",
                Kind::Mhtml,
            ),
            (b"Subject: x\r\nContent-Type: text/plain\r\n\r\n", Kind::Html),
            (b"Subject: x\r\n\r\nContent-Type: multipart/related\r\n", Kind::Html),
            (b"\x89PNG\r\n\x1a\n", Kind::Html),
        ];
        for (bytes, want) in cases {
            assert_eq!(sniff(bytes), *want, "{:?}", String::from_utf8_lossy(bytes));
        }
    }

    #[test]
    fn gzip_is_judged_by_what_it_holds_even_cut_short() {
        let warc = gzip(&b"WARC/1.0\r\nWARC-Type: response\r\n".repeat(400));
        assert_eq!(sniff(&warc), Kind::Warc, "whole");
        assert_eq!(sniff(&warc[..warc.len() - 8]), Kind::Warc, "cut");
        assert_eq!(sniff(&gzip(b"<html>")), Kind::Html, "html");
    }

    #[test]
    fn header_params_and_media_types() {
        let ct = "Text/HTML; Charset=\"windows-1256\"; x=y";
        assert_eq!(header_param(ct, "charset"), Some("windows-1256"));
        assert_eq!(header_param(ct, "boundary"), None);
        assert_eq!(header_param("text/html; charset=", "charset"), None);
        assert_eq!(media_type(ct), "text/html");
        assert!(is_html_type(&media_type(ct)));
        assert!(!is_html_type("application/pdf"));
    }
}
