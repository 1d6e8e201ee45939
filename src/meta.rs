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
/// Interim: `<title>` and `og:title` only, until the metadata stage lands.
pub fn collect(dom: &Dom) -> PageFacts {
    use scraper::Selector;
    let mut f = PageFacts::default();
    if let Ok(sel) = Selector::parse("title") {
        f.title_tag = dom.html.select(&sel).next().map(|e| e.text().collect());
    }
    if let Ok(sel) = Selector::parse("meta[property='og:title']") {
        f.og_title = dom
            .html
            .select(&sel)
            .next()
            .and_then(|e| e.value().attr("content").map(str::to_string));
    }
    f
}
