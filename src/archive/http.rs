//! The HTTP response stored in a WARC `response` record: status line, headers and body,
//! with chunked transfer-encoding and gzip/deflate content-encoding undone.
//!
//! Crawlers differ in what they store: some keep the body as it came over the wire,
//! others store it decoded but keep the `Transfer-Encoding`/`Content-Encoding` headers.
//! So a body that does not start like a chunk size, or like gzip data, is taken as it
//! is.

use std::borrow::Cow;
use std::io::Read;

/// The longest response head (status line and headers) read.
pub const MAX_HEAD_BYTES: usize = 256 * 1024;

/// A parsed HTTP response, borrowing its body from the record.
#[derive(Debug)]
pub struct Response<'a> {
    /// The status code (200, 301…).
    pub status: u16,
    /// Header names and values, in order, as written (names compared case-insensitively).
    pub headers: Vec<(String, String)>,
    /// The body as stored in the record.
    pub body: &'a [u8],
}

impl<'a> Response<'a> {
    /// Parses a response: `HTTP/1.x NNN reason`, header lines, a blank line, the body.
    /// Lines may end in CRLF or LF alone.
    pub fn parse(block: &'a [u8]) -> Result<Response<'a>, String> {
        let mut rest = block;
        let mut status = None;
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            if block.len() - rest.len() > MAX_HEAD_BYTES {
                return Err(format!("HTTP head longer than {MAX_HEAD_BYTES} bytes"));
            }
            let Some(nl) = memchr::memchr(b'\n', rest) else {
                return Err("HTTP head cut short (no blank line before the body)".to_string());
            };
            let (line, tail) = rest.split_at(nl);
            rest = tail.get(1..).unwrap_or_default();
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let line = String::from_utf8_lossy(line);
            if status.is_none() {
                status = Some(status_code(&line)?);
                continue;
            }
            if line.is_empty() {
                break;
            }
            // A line that is no header is skipped: HTTP bodies in archives are lenient.
            super::add_header_line(&mut headers, &line);
        }
        Ok(Response {
            status: status.unwrap_or_default(),
            headers,
            body: rest,
        })
    }

    /// The first value of header `name`.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body with chunked transfer-encoding and gzip/deflate content-encoding undone,
    /// refusing more than `max_bytes` of output.
    pub fn decoded_body(&self, max_bytes: u64) -> Result<Cow<'a, [u8]>, String> {
        let mut body = Cow::Borrowed(self.body);
        let chunked = self
            .header("transfer-encoding")
            .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"));
        if chunked {
            if let Some(joined) = dechunk(self.body)? {
                body = Cow::Owned(joined);
            }
        }
        let encoding = self
            .header("content-encoding")
            .map(|e| e.trim().to_ascii_lowercase())
            .unwrap_or_default();
        match encoding.as_str() {
            "" | "identity" | "none" => {}
            "gzip" | "x-gzip" if crate::read::is_gzip(&body) => {
                let out = inflate(flate2::read::MultiGzDecoder::new(&body[..]), max_bytes)?;
                body = Cow::Owned(out);
            }
            "deflate" if body.first().is_none_or(|b| *b != b'<') => {
                let zlib = inflate(flate2::read::ZlibDecoder::new(&body[..]), max_bytes);
                let out = match zlib {
                    Ok(out) => out,
                    Err(_) => inflate(flate2::read::DeflateDecoder::new(&body[..]), max_bytes)?,
                };
                body = Cow::Owned(out);
            }
            "gzip" | "x-gzip" | "deflate" => {} // stored already decoded
            other => return Err(format!("unsupported Content-Encoding {other:?}")),
        }
        Ok(body)
    }
}

/// The status code of an HTTP status line.
fn status_code(line: &str) -> Result<u16, String> {
    let mut words = line.split_ascii_whitespace();
    let version = words.next().unwrap_or_default();
    if !version.starts_with("HTTP/") {
        return Err(format!("not an HTTP response (status line {:.40?})", line));
    }
    words
        .next()
        .and_then(|code| code.parse::<u16>().ok())
        .ok_or_else(|| format!("bad HTTP status line {:.40?}", line))
}

/// Decompresses under a size cap.
fn inflate(reader: impl Read, max_bytes: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("corrupt compressed body: {e}"))?;
    if out.len() as u64 > max_bytes {
        return Err(format!("body larger than {max_bytes} bytes"));
    }
    Ok(out)
}

/// Joins the chunks of a chunked body. `None` when the body does not start with a chunk
/// size (stored already joined); a body cut short keeps the chunks it has, as a browser
/// would show them.
fn dechunk(body: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    let mut first = true;
    loop {
        let Some(nl) = memchr::memchr(b'\n', rest) else {
            if first {
                return Ok(None);
            }
            break;
        };
        let line = rest.get(..nl).unwrap_or_default();
        let size_text = line.split(|&b| b == b';').next().unwrap_or_default();
        let size_text = std::str::from_utf8(size_text).unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            if first {
                return Ok(None);
            }
            return Err("corrupt chunked transfer-encoding".to_string());
        };
        first = false;
        rest = rest.get(nl + 1..).unwrap_or_default();
        if size == 0 {
            break;
        }
        let take = size.min(rest.len());
        out.extend_from_slice(rest.get(..take).unwrap_or_default());
        rest = rest.get(take..).unwrap_or_default();
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
        if take < size {
            break;
        }
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn status_headers_and_body() {
        let r =
            Response::parse(b"HTTP/1.1 301 Moved\r\nLocation: /b\r\nX-Long: a\r\n  b\r\n\r\nbody")
                .unwrap();
        assert_eq!(r.status, 301);
        assert_eq!(r.header("location"), Some("/b"));
        assert_eq!(r.header("x-long"), Some("a b"));
        assert_eq!(r.body, b"body");
        let lf = Response::parse(b"HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>").unwrap();
        assert_eq!((lf.status, lf.body), (200, &b"<p>"[..]));
        assert!(Response::parse(b"GET / HTTP/1.1\r\n\r\n").is_err());
        assert!(Response::parse(b"HTTP/1.1 200 OK\r\nno end").is_err());
        assert!(Response::parse(b"HTTP/1.1 abc\r\n\r\n").is_err());
    }

    #[test]
    fn chunked_and_gzip_are_undone() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<p>hello</p>").unwrap();
        let gz = gz.finish().unwrap();
        let (a, b) = gz.split_at(10);
        let mut block =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        block.extend(format!("{:x};ext=1\r\n", a.len()).as_bytes());
        block.extend(a);
        block.extend(format!("\r\n{:X}\r\n", b.len()).as_bytes());
        block.extend(b);
        block.extend(b"\r\n0\r\n\r\n");
        let r = Response::parse(&block).unwrap();
        assert_eq!(&*r.decoded_body(1000).unwrap(), b"<p>hello</p>");
        assert!(r.decoded_body(5).is_err(), "cap");
    }

    #[test]
    fn bodies_stored_decoded_are_kept() {
        let r = Response::parse(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n<p>x</p>",
        )
        .unwrap();
        assert_eq!(&*r.decoded_body(1000).unwrap(), b"<p>x</p>");
        let br = Response::parse(b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx").unwrap();
        assert!(br.decoded_body(1000).is_err());
        let cut = Response::parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
            .unwrap();
        assert_eq!(&*cut.decoded_body(1000).unwrap(), b"ab");
    }
}
