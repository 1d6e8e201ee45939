//! The library's error type: what can go wrong with one page.
//!
//! The binary adds the path (`matn: PATH: reason`); the messages here are the reason.

use thiserror::Error;

/// Why a page could not be extracted.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input has no bytes at all, or only whitespace.
    #[error("empty input")]
    Empty,
    /// The input is not text: an image, a PDF, an archive or random bytes.
    #[error("binary input ({0}), not an HTML page")]
    Binary(&'static str),
    /// `--encoding` named a label the WHATWG Encoding Standard does not know.
    #[error("unknown encoding label {0:?}")]
    UnknownEncoding(String),
    /// The input looked gzip-compressed but could not be decompressed.
    #[error("corrupt gzip data: {0}")]
    Gzip(String),
    /// The input is larger than `Options::max_bytes`.
    #[error("input too large ({size} bytes; the limit is {limit})")]
    TooLarge { size: u64, limit: u64 },
    /// The page was read, but nothing on it reads as an article (a home page, a
    /// section index, a login form).
    #[error("no article found")]
    NoArticle,
    /// The input is an MHTML file ("save as single file") that cannot be read, or that
    /// holds no HTML part.
    #[error("MHTML: {0}")]
    Mhtml(String),
    /// The input is a WARC file, or a WARC record that cannot be read as a page.
    #[error("WARC: {0}")]
    Warc(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
