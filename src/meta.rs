//! Page metadata: JSON-LD, OpenGraph and meta tags, `<title>`, breadcrumbs, dates,
//! authors, language and direction. Also hands the title stage its candidates and the
//! locate stage JSON-LD's `articleBody`.

use crate::article::Metadata;
use crate::parse::Dom;

/// What the page says about itself, structured sources first.
#[derive(Debug, Default, Clone)]
pub struct PageFacts {
    /// The metadata written to the output.
    pub metadata: Metadata,
    /// `<title>` text.
    pub title_tag: Option<String>,
    /// `og:title` / `twitter:title`.
    pub og_title: Option<String>,
    /// JSON-LD `headline` / `name` of the article object.
    pub ld_headline: Option<String>,
    /// JSON-LD `articleBody`.
    pub ld_body: Option<String>,
    /// Where each value came from, for `--explain`: (field, source).
    pub sources: Vec<(String, String)>,
}

/// Collects metadata from the whole document (before stripping).
pub fn collect(dom: &Dom) -> PageFacts {
    let _ = dom;
    PageFacts::default()
}
