//! WARC (ISO 28500, versions 1.0 and 1.1), read as a stream: [`Reader`] yields one
//! [`Record`] at a time, reading only that record's block, so memory stays flat however
//! large the file. Plain or gzip, one gzip member per record (the usual `.warc.gz`) or
//! one gzip stream for the whole file. [`page`] turns a `response` record into the
//! [`Page`] it holds, or says why it holds none.
//!
//! A record that cannot be read is an [`Error`] for that record, and reading goes on
//! with the next one: after a bad header the reader looks for the next `WARC/1.x` line.
//! Only the end of the data (a truncated record) or corrupt compression ends the stream.

use super::http::Response;
use super::{is_html_type, media_type, Page};
use crate::options::Options;
use std::io::{self, BufRead, BufReader, Read};

/// The longest WARC header line kept (longer ones are an error for their record).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// The most header bytes one record may have.
pub const MAX_HEADER_BYTES: usize = 1024 * 1024;

/// Read buffer size.
const BUFFER_BYTES: usize = 256 * 1024;

/// Block buffers start at most this large; a longer block grows its buffer as it is read,
/// so a lying `Content-Length` costs nothing up front.
const MAX_INITIAL_BLOCK: usize = 1024 * 1024;

/// One WARC record: its headers and, unless the reader's filter skipped it, its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Where the record starts in the (decompressed) stream, in bytes.
    pub offset: u64,
    /// `WARC/1.0` or `WARC/1.1`.
    pub version: String,
    /// Header names and values, in order.
    pub headers: Vec<(String, String)>,
    /// The block (`Content-Length` bytes); `None` when the filter skipped it.
    pub block: Option<Vec<u8>>,
}

impl Record {
    /// The first value of header `name` (compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `WARC-Type`: `response`, `request`, `warcinfo`, `metadata`…
    pub fn record_type(&self) -> Option<&str> {
        self.header("WARC-Type")
    }

    /// `WARC-Record-ID`, as written (`<urn:uuid:…>`).
    pub fn id(&self) -> Option<&str> {
        self.header("WARC-Record-ID")
    }

    /// `WARC-Target-URI`, without the angle brackets WARC 1.0 writers sometimes add.
    pub fn target_uri(&self) -> Option<&str> {
        self.header("WARC-Target-URI")
            .map(|u| u.trim().trim_start_matches('<').trim_end_matches('>'))
    }

    /// `WARC-Date` (ISO 8601).
    pub fn date(&self) -> Option<&str> {
        self.header("WARC-Date")
    }
}

/// A record that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Where the record starts in the (decompressed) stream.
    pub offset: u64,
    /// Its `WARC-Record-ID`, when its header was read.
    pub record_id: Option<String>,
    /// What went wrong.
    pub reason: String,
}

impl Error {
    /// How the record is named in messages: its id, or `offset N`.
    pub fn place(&self) -> String {
        match &self.record_id {
            Some(id) => id.clone(),
            None => format!("offset {}", self.offset),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place(), self.reason)
    }
}

impl std::error::Error for Error {}

/// The stream under the reader: as it is, or gzip (all members).
enum Source<R: Read> {
    Plain(BufReader<R>),
    Gzip(Box<flate2::read::MultiGzDecoder<BufReader<R>>>),
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Source::Plain(r) => r.read(buf),
            Source::Gzip(r) => r.read(buf),
        }
    }
}

/// Decides, from a record's headers, whether its block is read (`true`) or skipped.
pub type Filter = fn(&Record) -> bool;

/// Streams the records of a WARC file. An iterator of `Result<Record, Error>`.
pub struct Reader<R: Read> {
    inner: BufReader<Source<R>>,
    /// Bytes consumed from the decompressed stream.
    offset: u64,
    /// A version line found while looking for the next record after a bad one.
    pending: Option<(u64, String)>,
    filter: Filter,
    max_block: u64,
    done: bool,
}

impl<R: Read> Reader<R> {
    /// A reader of every record, blocks included, with no block size limit beyond
    /// [`Options::default`]'s `max_bytes`. Gzip is recognised by its magic number.
    pub fn new(reader: R) -> Reader<R> {
        let mut raw = BufReader::with_capacity(BUFFER_BYTES, reader);
        let gzip = raw.fill_buf().is_ok_and(crate::read::is_gzip);
        let source = if gzip {
            Source::Gzip(Box::new(flate2::read::MultiGzDecoder::new(raw)))
        } else {
            Source::Plain(raw)
        };
        Reader {
            inner: BufReader::with_capacity(BUFFER_BYTES, source),
            offset: 0,
            pending: None,
            filter: |_| true,
            max_block: Options::default().max_bytes,
            done: false,
        }
    }

    /// Reads only the blocks of records that `filter` accepts; the others are yielded
    /// with `block: None`, their bytes skipped without being kept.
    pub fn with_filter(mut self, filter: Filter) -> Reader<R> {
        self.filter = filter;
        self
    }

    /// A block longer than this is skipped and reported as an error for its record.
    pub fn with_max_block(mut self, max_block: u64) -> Reader<R> {
        self.max_block = max_block;
        self
    }

    fn error(&self, offset: u64, record_id: Option<String>, reason: impl Into<String>) -> Error {
        Error {
            offset,
            record_id,
            reason: reason.into(),
        }
    }

    /// Reads one line (up to and including `\n`) into `line`, keeping at most
    /// [`MAX_LINE_BYTES`]. Returns the bytes consumed and whether the line was too long.
    fn read_line(&mut self, line: &mut Vec<u8>) -> io::Result<(usize, bool)> {
        line.clear();
        let mut consumed = 0usize;
        let mut too_long = false;
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            let (take, end) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            let room = MAX_LINE_BYTES.saturating_sub(line.len());
            if take > room {
                too_long = true;
            }
            line.extend_from_slice(buf.get(..take.min(room)).unwrap_or_default());
            self.inner.consume(take);
            consumed += take;
            if end {
                break;
            }
        }
        self.offset += consumed as u64;
        Ok((consumed, too_long))
    }

    /// Skips `len` bytes of the stream; returns how many there were.
    fn skip(&mut self, len: u64) -> io::Result<u64> {
        let skipped = io::copy(&mut (&mut self.inner).take(len), &mut io::sink())?;
        self.offset += skipped;
        Ok(skipped)
    }

    /// Skips blank lines; returns the version line and its offset, or `None` at the end.
    fn version_line(&mut self) -> Result<Option<(u64, String)>, Error> {
        if let Some(found) = self.pending.take() {
            return Ok(Some(found));
        }
        let mut line = Vec::new();
        loop {
            let start = self.offset;
            let (n, too_long) = self.line_or_end(&mut line, start, None)?;
            if n == 0 {
                return Ok(None);
            }
            if line.iter().all(u8::is_ascii_whitespace) && !too_long {
                continue;
            }
            let text = String::from_utf8_lossy(&line).trim_end().to_string();
            if too_long || !is_version_line(&text) {
                let reason = format!("not a WARC record (first line {:.40?})", text);
                self.resync_after(start, None)?;
                return Err(self.error(start, None, reason));
            }
            return Ok(Some((start, text)));
        }
    }

    /// After a record whose length is unknown, looks for the next version line.
    fn resync(&mut self) -> Result<(), Error> {
        let mut line = Vec::new();
        loop {
            let start = self.offset;
            let (n, _) = self.line_or_end(&mut line, start, None)?;
            if n == 0 {
                self.done = true;
                return Ok(());
            }
            let text = String::from_utf8_lossy(&line).trim_end().to_string();
            if is_version_line(&text) {
                self.pending = Some((start, text));
                return Ok(());
            }
        }
    }

    fn next_record(&mut self) -> Result<Option<Record>, Error> {
        let Some((offset, version)) = self.version_line()? else {
            return Ok(None);
        };
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut header_bytes = 0usize;
        let mut line = Vec::new();
        loop {
            let id = record_id(&headers);
            let (n, too_long) = self.line_or_end(&mut line, offset, id.clone())?;
            if n == 0 {
                self.done = true;
                return Err(self.error(
                    offset,
                    id,
                    "truncated record (the data ends in its header)",
                ));
            }
            header_bytes += n;
            if too_long || header_bytes > MAX_HEADER_BYTES {
                self.resync_after(offset, id.clone())?;
                return Err(self.error(offset, id, "header line or header too long"));
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            if !super::add_header_line(&mut headers, text) {
                self.resync_after(offset, id.clone())?;
                return Err(self.error(offset, id, format!("bad header line {:.40?}", text)));
            }
        }
        let id = record_id(&headers);
        let length = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("Content-Length"))
            .map(|(_, v)| v.trim().parse::<u64>());
        let length = match length {
            Some(Ok(len)) => len,
            Some(Err(_)) | None => {
                self.resync_after(offset, id.clone())?;
                return Err(self.error(offset, id, "no valid Content-Length"));
            }
        };
        let mut record = Record {
            offset,
            version,
            headers,
            block: None,
        };
        if length > self.max_block || !(self.filter)(&record) {
            let skipped = match self.skip(length) {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Err(self.error(offset, id, read_failure(&e)));
                }
            };
            if skipped < length {
                self.done = true;
                return Err(self.error(offset, id, truncated(skipped, length)));
            }
            if length > self.max_block {
                let reason = format!(
                    "record block of {length} bytes, larger than the limit of {} bytes",
                    self.max_block
                );
                return Err(self.error(offset, id, reason));
            }
            return Ok(Some(record));
        }
        let capacity = usize::try_from(length)
            .unwrap_or(MAX_INITIAL_BLOCK)
            .min(MAX_INITIAL_BLOCK);
        let mut block = Vec::with_capacity(capacity);
        let read = (&mut self.inner).take(length).read_to_end(&mut block);
        self.offset += block.len() as u64;
        if let Err(e) = read {
            self.done = true;
            return Err(self.error(offset, id, read_failure(&e)));
        }
        if (block.len() as u64) < length {
            self.done = true;
            return Err(self.error(offset, id, truncated(block.len() as u64, length)));
        }
        record.block = Some(block);
        Ok(Some(record))
    }

    /// [`Self::read_line`]; a read failure (corrupt compression) ends the stream and is
    /// reported for the record at `offset`.
    fn line_or_end(
        &mut self,
        line: &mut Vec<u8>,
        offset: u64,
        id: Option<String>,
    ) -> Result<(usize, bool), Error> {
        self.read_line(line).map_err(|e| {
            self.done = true;
            Error {
                offset,
                record_id: id,
                reason: read_failure(&e),
            }
        })
    }

    /// [`Self::resync`], its own failure reported for the record at `offset`.
    fn resync_after(&mut self, offset: u64, id: Option<String>) -> Result<(), Error> {
        self.resync().map_err(|e| Error {
            offset,
            record_id: id,
            reason: e.reason,
        })
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(Some(record)) => Some(Ok(record)),
            Ok(None) => {
                self.done = true;
                None
            }
            // Each error path has already put the stream at the next record, or ended it.
            Err(e) => Some(Err(e)),
        }
    }
}

fn is_version_line(line: &str) -> bool {
    line.starts_with("WARC/1.") || line.starts_with("WARC/0.")
}

fn record_id(headers: &[(String, String)]) -> Option<String> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("WARC-Record-ID"))
        .map(|(_, v)| v.clone())
}

fn truncated(got: u64, want: u64) -> String {
    format!("truncated record ({got} of {want} bytes)")
}

fn read_failure(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => "truncated record (the data ends early)".to_string(),
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData => {
            format!("corrupt compressed data: {e}")
        }
        _ => e.to_string(),
    }
}

/// The [`Filter`] for extraction: only `response` records' blocks are read.
pub fn responses_only(record: &Record) -> bool {
    record
        .record_type()
        .is_some_and(|t| t.eq_ignore_ascii_case("response"))
}

/// What a record holds for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// An HTML page.
    Page(Page),
    /// Nothing to extract, and why (`request record`, `redirect 301 to …`,
    /// `content type application/pdf`…).
    Skip(String),
}

impl Content {
    /// Whether a skipped record is a redirect (`--explain` reports those).
    pub fn is_redirect(&self) -> bool {
        matches!(self, Content::Skip(why) if why.starts_with("redirect"))
    }
}

/// Takes the page out of a record: a `response` record whose HTTP status is 2xx and
/// whose `Content-Type` is HTML (or, without one, whose body looks like HTML). Any other
/// record is [`Content::Skip`]; a response that cannot be read is an error message.
pub fn page(record: &Record, opts: &Options) -> Result<Content, String> {
    let kind = record.record_type().unwrap_or("").to_ascii_lowercase();
    if kind != "response" {
        return Ok(Content::Skip(format!("{kind} record")));
    }
    let Some(block) = &record.block else {
        return Ok(Content::Skip("block not read".to_string()));
    };
    let payload_type = record.header("Content-Type").map(media_type);
    if payload_type
        .as_deref()
        .is_some_and(|t| !t.is_empty() && t != "application/http")
    {
        return Ok(Content::Skip(format!(
            "response of type {}",
            payload_type.unwrap_or_default()
        )));
    }
    let response = Response::parse(block)?;
    if (300..400).contains(&response.status) {
        let to = response.header("location").unwrap_or("?");
        return Ok(Content::Skip(format!(
            "redirect {} to {to}",
            response.status
        )));
    }
    if !(200..300).contains(&response.status) {
        return Ok(Content::Skip(format!("HTTP status {}", response.status)));
    }
    let content_type = response.header("content-type");
    let media = content_type.map(media_type).unwrap_or_default();
    if !media.is_empty() && !is_html_type(&media) {
        return Ok(Content::Skip(format!("content type {media}")));
    }
    let body = response.decoded_body(opts.max_bytes)?;
    if media.is_empty() && !looks_like_html(&body) {
        return Ok(Content::Skip("no content type, and not HTML".to_string()));
    }
    Ok(Content::Page(Page {
        html: body.into_owned(),
        charset: content_type
            .and_then(|ct| super::header_param(ct, "charset"))
            .map(str::to_string),
        url: record.target_uri().map(str::to_string),
        date: record.date().map(str::to_string),
        warc_record_id: record.id().map(str::to_string),
    }))
}

/// Whether a body with no declared type is HTML: markup within its first bytes.
fn looks_like_html(body: &[u8]) -> bool {
    let head = body.get(..1024).unwrap_or(body).to_ascii_lowercase();
    let head = head.trim_ascii_start();
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    head.starts_with(b"<")
        && [
            &b"<html"[..],
            b"<!doctype html",
            b"<head",
            b"<body",
            b"<p",
            b"<div",
        ]
        .iter()
        .any(|tag| memchr::memmem::find(head, tag).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(kind: &str, id: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
             WARC-Date: 2026-03-07T10:00:00Z\r\nWARC-Target-URI: https://example.com/{id}\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    const HTML: &[u8] =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n<p>x</p>";

    fn ids(items: &[Result<Record, Error>]) -> Vec<String> {
        items
            .iter()
            .map(|r| match r {
                Ok(r) => r.id().unwrap_or("?").to_string(),
                Err(e) => format!("error {}: {}", e.place(), e.reason),
            })
            .collect()
    }

    #[test]
    fn plain_member_per_record_and_whole_file_gzip_read_alike() {
        let a = record("response", "a", HTML);
        let b = record("request", "b", b"GET / HTTP/1.1\r\n\r\n");
        let plain = [a.clone(), b.clone()].concat();
        let members = [gzip(&a), gzip(&b)].concat();
        let whole = gzip(&plain);
        for (name, bytes) in [("plain", plain), ("members", members), ("whole", whole)] {
            let items: Vec<_> = Reader::new(&bytes[..]).collect();
            assert_eq!(ids(&items), ["<urn:uuid:a>", "<urn:uuid:b>"], "{name}");
            let first = items[0].as_ref().unwrap();
            assert_eq!(first.block.as_deref(), Some(HTML), "{name} block");
            assert_eq!(first.target_uri(), Some("https://example.com/a"));
        }
    }

    #[test]
    fn the_filter_skips_blocks() {
        let bytes = [
            record("request", "b", b"GET"),
            record("response", "a", HTML),
        ]
        .concat();
        let items: Vec<_> = Reader::new(&bytes[..])
            .with_filter(responses_only)
            .map(Result::unwrap)
            .collect();
        assert_eq!(items[0].block, None, "request");
        assert!(items[1].block.is_some(), "response");
    }

    #[test]
    fn a_truncated_last_record_is_one_error_after_the_others() {
        let bytes = [record("response", "a", HTML), record("response", "b", HTML)].concat();
        let cut = &bytes[..bytes.len() - 20];
        let items: Vec<_> = Reader::new(cut).collect();
        assert_eq!(ids(&items)[0], "<urn:uuid:a>");
        assert_eq!(items.len(), 2, "{:?}", ids(&items));
        let e = items[1].as_ref().unwrap_err();
        assert_eq!(e.record_id.as_deref(), Some("<urn:uuid:b>"));
        assert!(e.reason.starts_with("truncated"), "{}", e.reason);
        let gz = [
            gzip(&record("response", "a", HTML)),
            gzip(&record("response", "b", HTML)),
        ]
        .concat();
        let items: Vec<_> = Reader::new(&gz[..gz.len() - 30]).collect();
        assert!(
            items[0].is_ok() && items.len() == 2 && items[1].is_err(),
            "{:?}",
            ids(&items)
        );
    }

    #[test]
    fn a_bad_record_in_the_middle_does_not_stop_the_rest() {
        let bad =
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:x>\r\n\r\njunk\r\n\r\n";
        let bytes = [
            record("response", "a", HTML),
            bad.to_vec(),
            b"garbage line\r\n".to_vec(),
            record("response", "c", HTML),
        ]
        .concat();
        let items: Vec<_> = Reader::new(&bytes[..]).collect();
        assert_eq!(
            ids(&items),
            [
                "<urn:uuid:a>",
                "error <urn:uuid:x>: no valid Content-Length",
                "<urn:uuid:c>"
            ]
        );
        let not_warc: Vec<_> = Reader::new(&b"<html>hello</html>"[..]).collect();
        assert_eq!(not_warc.len(), 1, "one error");
        assert!(not_warc[0]
            .as_ref()
            .unwrap_err()
            .reason
            .starts_with("not a WARC record"));
    }

    #[test]
    fn records_become_pages_or_skips() {
        let opts = Options::default();
        let rec = |kind: &str, block: &[u8]| {
            Reader::new(&record(kind, "r", block)[..])
                .next()
                .unwrap()
                .unwrap()
        };
        match page(&rec("response", HTML), &opts).unwrap() {
            Content::Page(p) => {
                assert_eq!(p.html, b"<p>x</p>");
                assert_eq!(p.charset.as_deref(), Some("windows-1256"));
                assert_eq!(p.url.as_deref(), Some("https://example.com/r"));
                assert_eq!(p.date.as_deref(), Some("2026-03-07T10:00:00Z"));
                assert_eq!(p.warc_record_id.as_deref(), Some("<urn:uuid:r>"));
            }
            other => panic!("expected a page, got {other:?}"),
        }
        let skips: &[(&str, &[u8], &str)] = &[
            ("request", b"GET / HTTP/1.1\r\n\r\n", "request record"),
            (
                "response",
                b"HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\n",
                "redirect 301 to /b",
            ),
            (
                "response",
                b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF",
                "content type application/pdf",
            ),
            (
                "response",
                b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>",
                "HTTP status 404",
            ),
            (
                "response",
                b"HTTP/1.1 200 OK\r\n\r\n\x89PNG",
                "no content type, and not HTML",
            ),
        ];
        for (kind, block, why) in skips {
            assert_eq!(
                page(&rec(kind, block), &opts).unwrap(),
                Content::Skip(why.to_string()),
                "{why}"
            );
        }
        let untyped = page(
            &rec("response", b"HTTP/1.1 200 OK\r\n\r\n<!DOCTYPE html><p>"),
            &opts,
        );
        assert!(matches!(untyped, Ok(Content::Page(_))), "sniffed HTML");
        assert!(
            page(&rec("response", b"not http"), &opts).is_err(),
            "bad HTTP"
        );
    }
}
