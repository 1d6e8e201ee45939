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
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
