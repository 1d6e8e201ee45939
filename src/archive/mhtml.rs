//! MHTML (a browser's "save as single file", `.mhtml`/`.mht`): the HTML part of a MIME
//! `multipart/related` message. The part is the one the root's `start` parameter names
//! (by `Content-ID` or `Content-Location`), else the first `text/html` part. Its
//! transfer encoding (quoted-printable, base64) is undone; its charset is not: the raw
//! bytes go to matn's own decoding with the part's `charset=` as a label that may lie.
//!
//! MIME structure and the transfer decoders come from the `mail-parser` crate; the part's
//! bytes are taken from the raw message by the offsets it reports, because its own
//! text decoding would apply the charset (or UTF-8 when none is given) itself.

use super::Page;
use crate::error::{Error, Result};
use mail_parser::{Encoding, MessageParser, MessagePart, MimeHeaders, PartType};

/// Takes the HTML part out of an MHTML file.
pub fn page(bytes: &[u8]) -> Result<Page> {
    if u32::try_from(bytes.len()).is_err() {
        return Err(Error::Mhtml("larger than 4 GiB".to_string()));
    }
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| Error::Mhtml("no MIME headers".to_string()))?;
    let root = message
        .parts
        .first()
        .ok_or_else(|| Error::Mhtml("no MIME parts".to_string()))?;
    let start = root
        .content_type()
        .and_then(|ct| ct.attribute("start"))
        .map(id_of);
    let is_html = |p: &&MessagePart| {
        !matches!(p.body, PartType::Multipart(_))
            && p.content_type().is_some_and(|ct| {
                ct.ctype().eq_ignore_ascii_case("text")
                    && ct.subtype().is_some_and(|s| s.eq_ignore_ascii_case("html"))
            })
    };
    let named = start.and_then(|start| {
        message.parts.iter().skip(1).find(|p| {
            p.content_id().map(id_of) == Some(start)
                || p.content_location().map(str::trim) == Some(start)
        })
    });
    let part = named
        .or_else(|| message.parts.iter().skip(1).find(is_html))
        .or_else(|| Some(root).filter(is_html))
        .ok_or_else(|| Error::Mhtml("no text/html part".to_string()))?;
    let raw = usize::try_from(part.offset_body)
        .ok()
        .zip(usize::try_from(part.offset_end).ok())
        .and_then(|(from, to)| message.raw_message().get(from..to))
        .ok_or_else(|| Error::Mhtml("the HTML part lies outside the file".to_string()))?;
    let html = match part.encoding {
        Encoding::QuotedPrintable => {
            mail_parser::decoders::quoted_printable::quoted_printable_decode(raw)
                .ok_or_else(|| Error::Mhtml("corrupt quoted-printable HTML part".to_string()))?
        }
        Encoding::Base64 => mail_parser::decoders::base64::base64_decode(raw)
            .ok_or_else(|| Error::Mhtml("corrupt base64 HTML part".to_string()))?,
        Encoding::None => raw.to_vec(),
    };
    Ok(Page {
        html,
        charset: part
            .content_type()
            .and_then(|ct| ct.attribute("charset"))
            .map(str::to_string),
        url: part
            .content_location()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_string),
        date: message.date().map(|d| d.to_rfc3339()),
        warc_record_id: None,
    })
}

/// A `Content-ID` or `start` value without its angle brackets and `cid:` prefix.
fn id_of(id: &str) -> &str {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    id.strip_prefix("cid:").unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mhtml(start: &str, parts: &[&str]) -> Vec<u8> {
        let mut s = format!(
            "From: <Saved by Blink>\r\nSubject: =?utf-8?Q?x?=\r\nDate: Sat, 7 Mar 2026 10:00:00 +0200\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";{start}\r\n\
             \tboundary=\"----B\"\r\n\r\n"
        );
        for p in parts {
            s.push_str("------B\r\n");
            s.push_str(p);
            s.push_str("\r\n");
        }
        s.push_str("------B--\r\n");
        s.into_bytes()
    }

    #[test]
    fn quoted_printable_part_keeps_its_raw_bytes_and_label() {
        let part = "Content-Type: text/html; charset=windows-1256\r\n\
                    Content-Transfer-Encoding: quoted-printable\r\n\
                    Content-Location: https://example.com/a\r\n\r\n\
                    <p>=C7=E1=E6=D2=ED=D1 a long line that was =\r\nwrapped</p>";
        let css = "Content-Type: text/css\r\nContent-Location: s.css\r\n\r\np{}";
        let p = page(&mhtml("", &[part, css])).unwrap();
        assert_eq!(
            p.html, b"<p>\xC7\xE1\xE6\xD2\xED\xD1 a long line that was wrapped</p>",
            "html"
        );
        assert_eq!(p.charset.as_deref(), Some("windows-1256"), "charset");
        assert_eq!(p.url.as_deref(), Some("https://example.com/a"), "url");
        assert_eq!(p.date.as_deref(), Some("2026-03-07T10:00:00+02:00"), "date");
    }

    #[test]
    fn base64_part_and_the_start_parameter() {
        let first = "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml>\r\n\r\n<p>frame</p>";
        let main = "Content-Type: text/html; charset=utf-8\r\nContent-ID: <main@mhtml>\r\n\
                    Content-Transfer-Encoding: base64\r\n\r\nPHA+2YbYtTwvcD4=\r\n";
        let p = page(&mhtml(" start=\"<main@mhtml>\";", &[first, main])).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&p.html).trim(),
            "<p>نص</p>",
            "start"
        );
        let p = page(&mhtml("", &[first, main])).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&p.html).trim(),
            "<p>frame</p>",
            "first"
        );
    }

    #[test]
    fn no_html_part_is_an_error_not_a_panic() {
        let css = "Content-Type: text/css\r\n\r\np{}";
        assert!(matches!(page(&mhtml("", &[css])), Err(Error::Mhtml(_))));
        assert!(page(b"").is_err());
        assert!(page(b"Content-Type: multipart/related; boundary=x\r\n\r\n--x\r\n").is_err());
    }
}
