//! The extracted article: the types that the JSON schema (version 1) is made of.
//!
//! Every other stage produces a piece of an [`Article`]; [`crate::write`] serialises it.
//! Fields may be added in later versions; none is renamed or removed without a new
//! schema version.

use serde::Serialize;

/// The schema version written by this crate.
pub const SCHEMA_VERSION: u32 = 1;

/// One extracted article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// The visible headline, or `None` when the page has none.
    pub title: Option<String>,
    /// Body paragraphs in reading order, whitespace collapsed, words untouched.
    pub paragraphs: Vec<String>,
    /// Quoted statements found in `paragraphs`.
    pub quotes: Vec<Quote>,
    /// What the page states about itself.
    pub metadata: Metadata,
    /// Where the page came from and how its bytes were decoded.
    pub source: Source,
    /// Blocks that were dropped and why; only filled with `Options::explain`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removed>,
    /// Where each metadata value came from; only filled with `Options::explain`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub metadata_sources: Vec<MetadataSource>,
}

/// The source of one metadata value, for `--explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetadataSource {
    /// The `metadata` field.
    pub field: String,
    /// Where its value was found (`json-ld datePublished`, `meta article:published_time`…).
    pub source: String,
}

/// A quoted statement inside one paragraph.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Quote {
    /// The words between the quotation marks, without the marks.
    pub text: String,
    /// Who said it, as the article names them; `None` when the article does not say.
    pub speaker: Option<String>,
    /// The title or role the article gives beside the speaker's name (`وزير الصحة`);
    /// `None` when it gives none, or when the speaker is only a description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_role: Option<String>,
    /// The reporting verb or attribution phrase that named the speaker.
    pub cue: Option<String>,
    /// Index into `Article::paragraphs`.
    pub paragraph: usize,
    /// Start of `text` in the paragraph, in Unicode scalar values.
    pub start: usize,
    /// End (exclusive) of `text` in the paragraph, in Unicode scalar values.
    pub end: usize,
    /// `false` when the closing mark never came and the quote runs to the paragraph's end.
    pub closed: bool,
    /// `true` for a short scare quote or fragment rather than a full statement.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fragment: bool,
}

/// Metadata stated by the page.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    /// Canonical URL.
    pub url: Option<String>,
    pub site_name: Option<String>,
    /// Author name(s), joined with "، " when there are several.
    pub author: Option<String>,
    /// Publication date, ISO 8601 (`YYYY-MM-DD` or with time and offset).
    pub published: Option<String>,
    /// Last modification date, ISO 8601.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// A news agency credited when no author is named.
    #[serde(skip_serializing_if = "Option::is_none", rename = "agency")]
    pub agency: Option<String>,
    /// Sections, from the breadcrumb or `articleSection`.
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    /// Language of the page (`ar`, `en`, …).
    pub lang: Option<String>,
    /// Writing direction, `rtl` or `ltr`.
    pub dir: Option<String>,
}

/// Where the page came from and how it was decoded.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Source {
    /// The path the caller gave, if any.
    pub path: Option<String>,
    /// The encoding used to decode the bytes (WHATWG name).
    pub encoding: String,
    /// Why that encoding: `bom`, `header` (the archive's `charset=`: an MHTML part's or
    /// an HTTP response's Content-Type), `meta`, `override`, `detected`,
    /// `detected (label ignored)` or `default`.
    pub encoding_from: String,
    /// The page's address as the archive states it (a WARC record's `WARC-Target-URI`,
    /// an MHTML part's `Content-Location`); absent for a plain page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the archive captured the page (a WARC record's `WARC-Date`, an MHTML file's
    /// `Date`), ISO 8601; absent for a plain page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The WARC record's `WARC-Record-ID`; absent outside WARC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warc_record_id: Option<String>,
}

/// A block the extractor dropped, for `--explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Removed {
    /// The rule that dropped it.
    pub rule: String,
    /// The first words of its text.
    pub text: String,
}
