//! matn turns a saved Arabic news page into its headline, body paragraphs and quoted
//! statements with their speakers, without the site's chrome.
//!
//! ```no_run
//! let bytes = std::fs::read("page.html").unwrap();
//! let article = matn::extract(&bytes, &matn::Options::default()).unwrap();
//! println!("{:?}", article.title);
//! ```
//!
//! The pipeline runs one way, a module per stage:
//! [`read`] → [`parse`] → [`strip`] → [`locate`] → [`text`] → [`quotes`] → [`write`],
//! with [`meta`] and [`title`] reading the whole page beside it.

pub mod article;
pub mod error;
pub mod lexicon;
pub mod locate;
pub mod meta;
pub mod options;
pub mod parse;
pub mod quotes;
pub mod read;
pub mod strip;
pub mod text;
pub mod title;
pub mod write;

pub use article::{Article, Metadata, Quote, Removed, Source, SCHEMA_VERSION};
pub use error::{Error, Result};
pub use options::{Options, Thresholds};

/// Extracts the article from one page's raw bytes.
pub fn extract(bytes: &[u8], opts: &Options) -> Result<Article> {
    let bytes = read::prepare(bytes, opts.max_bytes)?;
    let decoded = read::decode(&bytes, opts.encoding.as_deref())?;
    let source = Source {
        path: opts.path.clone(),
        encoding: decoded.encoding.name().to_string(),
        encoding_from: decoded.from.as_str().to_string(),
    };
    extract_text(&decoded.text, source, opts)
}

/// Extracts the article from an already decoded page.
pub fn extract_str(html: &str, opts: &Options) -> Result<Article> {
    let source = Source {
        path: opts.path.clone(),
        encoding: "UTF-8".to_string(),
        encoding_from: "caller".to_string(),
    };
    extract_text(html, source, opts)
}

fn extract_text(html: &str, source: Source, opts: &Options) -> Result<Article> {
    let th = &opts.thresholds;
    // Pathological nesting, attribute counts and open formatting elements make the tree
    // builder super-linear; the guard leaves ordinary pages untouched.
    let html = read::limit_markup(html, &read::MarkupLimits::default());
    let dom = parse::Dom::parse(&html);
    let mut facts = meta::collect(&dom);
    let stripped = strip::strip(&dom, th, opts.explain);
    let blocks = text::segment(&dom, &stripped);
    let root = locate::locate(&dom, &blocks, &facts, th).ok_or(Error::NoArticle)?;
    let body = text::paragraphs(&dom, &stripped, &blocks, root, th, opts.explain);
    let title = title::choose(&dom, &stripped, &blocks, root, &facts);
    let paragraphs = text::drop_title(body.paragraphs, title.as_deref());
    let chars: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    if chars < th.min_article_chars {
        return Err(Error::NoArticle);
    }
    meta::finish(&mut facts, &paragraphs);
    let quotes = quotes::find_quotes(&paragraphs);
    let mut removed = stripped.removed;
    removed.extend(body.removed);
    Ok(Article {
        title,
        paragraphs,
        quotes,
        metadata: facts.metadata,
        source,
        removed: if opts.explain { removed } else { Vec::new() },
    })
}
