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
//! with [`meta`] and [`title`] reading the whole page beside it. [`archive`] takes pages
//! out of MHTML and WARC files.

pub mod archive;
pub mod article;
pub mod error;
mod fnv;
pub mod lexicon;
pub mod locate;
pub mod meta;
pub mod options;
pub mod parse;
pub mod quotes;
pub mod read;
pub mod strip;
pub mod text;
mod threads;
pub mod title;
pub mod write;

pub use article::{Article, Metadata, MetadataSource, Quote, Removed, Source, SCHEMA_VERSION};
pub use error::{Error, Result};
pub use options::{Options, Thresholds};

/// Builds the phrase automata and tables ahead of the first page, in `parts` shares
/// so that threads can build them side by side (`part` in `0..parts`; one part builds
/// all). Every table is otherwise built on first use, which makes a batch's threads wait
/// for the one that builds it.
pub fn warm_up(part: usize, parts: usize) {
    let all = parts <= 1;
    if all || part % 2 == 0 {
        text::warm_up();
    }
    if all || part % 2 == 1 {
        strip::warm_up();
        meta::scan::warm_up();
    }
}

/// Extracts the article from one page's raw bytes: HTML (any encoding, gzip or not),
/// plain text, or an MHTML file (its HTML part). A WARC file holds many pages and is an
/// error here: read it with [`archive::warc::Reader`] and [`extract_page`].
pub fn extract(bytes: &[u8], opts: &Options) -> Result<Article> {
    let bytes = read::ungzip(bytes, opts.max_bytes)?;
    match archive::sniff(&bytes) {
        archive::Kind::Html => {}
        archive::Kind::Mhtml => return extract_page(&archive::mhtml::page(&bytes)?, opts),
        archive::Kind::Warc => {
            return Err(Error::Warc(
                "a web archive holds many pages; read it as a batch".to_string(),
            ))
        }
    }
    read::check_text(&bytes)?;
    let decoded = read::decode(&bytes, opts.encoding.as_deref())?;
    let source = Source {
        path: opts.path.clone(),
        encoding: decoded.encoding.name().to_string(),
        encoding_from: decoded.from.as_str().to_string(),
        ..Source::default()
    };
    extract_text(&decoded.text, source, opts)
}

/// Extracts the article from a page taken out of an archive; `source` gets what the
/// archive states (`url`, `date`, `warc_record_id`), and the archive's `charset=` label
/// takes the place of the page's own `<meta>` label.
pub fn extract_page(page: &archive::Page, opts: &Options) -> Result<Article> {
    let bytes = read::prepare(&page.html, opts.max_bytes)?;
    let decoded = read::decode_labelled(&bytes, opts.encoding.as_deref(), page.charset.as_deref())?;
    let source = Source {
        path: opts.path.clone(),
        encoding: decoded.encoding.name().to_string(),
        encoding_from: decoded.from.as_str().to_string(),
        url: page.url.clone(),
        date: page.date.clone(),
        warc_record_id: page.warc_record_id.clone(),
    };
    extract_text(&decoded.text, source, opts)
}

/// Extracts the article from an already decoded page.
pub fn extract_str(html: &str, opts: &Options) -> Result<Article> {
    let source = Source {
        path: opts.path.clone(),
        encoding: "UTF-8".to_string(),
        encoding_from: "caller".to_string(),
        ..Source::default()
    };
    extract_text(html, source, opts)
}

fn extract_text(html: &str, source: Source, opts: &Options) -> Result<Article> {
    if !text::looks_like_markup(html) {
        return plain_text(html, source, opts);
    }
    // Pathological nesting, attribute counts and open formatting elements make the tree
    // builder super-linear: such a page goes through the guard first.
    let dom = parse::Dom::parse_page(html);
    let mut facts = meta::collect(&dom);
    let stripped = strip::strip(&dom, opts.explain);
    // A page where no article stands out once its chrome is stripped is read again with
    // only its frame stripped (see [`strip::frame`]); a page with no text outside its frame
    // is still an error.
    let found = match find_article(&dom, &stripped, &facts, opts, false) {
        Some(found) => Some((found, stripped.removed)),
        None => {
            let frame = strip::frame(&dom, &stripped, opts.explain);
            find_article(&dom, &frame, &facts, opts, true).map(|found| (found, frame.removed))
        }
    };
    let Some((
        Found {
            title,
            paragraphs,
            removed: body_removed,
        },
        mut removed,
    )) = found
    else {
        return Err(Error::NoArticle);
    };
    meta::finish(&mut facts, &paragraphs);
    let quotes = quotes::find_quotes(&paragraphs);
    removed.extend(body_removed);
    Ok(Article {
        title,
        paragraphs,
        quotes,
        metadata_sources: if opts.explain {
            facts
                .sources
                .into_iter()
                .map(|(field, source)| MetadataSource { field, source })
                .collect()
        } else {
            Vec::new()
        },
        metadata: facts.metadata,
        source,
        removed: if opts.explain { removed } else { Vec::new() },
    })
}

/// The headline and the body paragraphs found on a page, and the blocks dropped on the way.
struct Found {
    title: Option<String>,
    paragraphs: Vec<String>,
    removed: Vec<Removed>,
}

/// Locates the article of a stripped page and reads its headline and paragraphs; `None`
/// when no container stands out or its text is shorter than an article. `baseline`: the
/// page's text without an article's filters ([`text::baseline_paragraphs`]).
fn find_article(
    dom: &parse::Dom,
    stripped: &strip::Stripped,
    facts: &meta::PageFacts,
    opts: &Options,
    baseline: bool,
) -> Option<Found> {
    let th = &opts.thresholds;
    let mut blocks = text::segment(dom, stripped);
    let root = locate::locate(dom, stripped, &blocks, facts, th)?;
    let root = locate::listing(dom, stripped, &mut blocks, root).unwrap_or(root);
    let body = if baseline {
        text::baseline_paragraphs(dom, &blocks, root, th, opts.explain)
    } else {
        text::paragraphs(dom, stripped, &blocks, root, th, opts.explain)
    };
    let title = title::choose(dom, stripped, &blocks, root, facts);
    let paragraphs = text::drop_title(body.paragraphs, title.as_deref());
    let chars: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    (chars >= th.min_article_chars).then_some(Found {
        title,
        paragraphs,
        removed: body.removed,
    })
}

/// A page with no markup at all (a saved `.txt`): paragraphs are its blank-line-separated
/// blocks, whitespace collapsed; there is no headline to tell apart.
fn plain_text(text: &str, source: Source, opts: &Options) -> Result<Article> {
    let paragraphs = text::plain_paragraphs(text);
    let chars: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    if chars < opts.thresholds.min_article_chars {
        return Err(Error::NoArticle);
    }
    let mut facts = meta::PageFacts::default();
    meta::finish(&mut facts, &paragraphs);
    Ok(Article {
        title: None,
        quotes: quotes::find_quotes(&paragraphs),
        paragraphs,
        metadata: facts.metadata,
        source,
        removed: Vec::new(),
        metadata_sources: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html lang=ar><head><meta property='og:site_name' content='موقع'>\
        <title>عنوان الخبر هنا - موقع</title></head><body><nav>الرئيسية</nav><article>\
        <h1>عنوان الخبر هنا</h1><p>قال الوزير في مؤتمر صحفي اليوم إن الحكومة ستواصل العمل على \
        تحسين الخدمات العامة في كل المحافظات، مؤكدا أن الخطة تبدأ الشهر المقبل.</p><p>وأضاف أن \
        الميزانية المخصصة للخطة كافية لتنفيذ المرحلة الأولى منها خلال عام واحد.</p></article>\
        <footer>جميع الحقوق محفوظة</footer></body></html>";

    /// A page whose content wrapper is named like chrome and whose longer text sits in a
    /// hidden panel, beside a footer with more prose than the panel: no article stands out
    /// once the chrome is stripped.
    fn frame_page(content: &str) -> String {
        format!(
            "<html lang=en><head><title>Rooms we built</title></head><body>\
             <header><nav><a href=/>Home</a> <a href=/work>Work</a> <a href=/shop>Shop</a>\
             </nav></header><div class=main-sidebar-wrap>{content}</div>\
             <footer><p>We are a small firm of builders and joiners in the valley, working on \
             houses, barns and chapels since 1998. Come and see the yard on a Saturday.</p>\
             </footer>\
             </body></html>"
        )
    }

    #[test]
    fn a_page_without_an_article_gives_its_text_outside_the_frame() {
        let page = frame_page(
            "<h1>Rooms we built</h1><p>Kitchens, attics and garden rooms, each one drawn for \
             the house it belongs to.</p><ul><li><a href=/w/1>A kitchen in oak</a></li>\
             <li><a href=/w/2>An attic study</a></li><li><a href=/w/3>A garden room</a></li>\
             </ul><div style='display:none'><p>Tell us what you have in mind and we will come \
             round to measure up, free of charge, within a week.</p></div>",
        );
        let a = extract(page.as_bytes(), &Options::default()).expect("the page's text");
        assert_eq!(a.title.as_deref(), Some("Rooms we built"));
        assert_eq!(
            a.paragraphs,
            [
                "Kitchens, attics and garden rooms, each one drawn for the house it belongs to.",
                "Tell us what you have in mind and we will come round to measure up, free of \
                 charge, within a week.",
            ]
        );
    }

    #[test]
    fn a_page_with_no_text_outside_its_frame_has_no_article() {
        let no_article = |content: &str| {
            let got = extract(frame_page(content).as_bytes(), &Options::default());
            assert!(matches!(got, Err(Error::NoArticle)), "{content:?}: {got:?}");
        };
        // Nothing at all, only the frame.
        no_article("");
        // Only menus: a list of links and a row of buttons.
        no_article(
            "<ul><li><a href=/a>Kitchens and pantries</a></li><li><a href=/b>Attics and \
             lofts</a></li><li><a href=/c>Garden rooms and sheds</a></li><li><a href=/d>\
             Chapels and halls</a></li></ul><button>All</button><button>Oak</button>",
        );
        // Text, but less than an article's (two short lines).
        no_article("<h2>Rooms we built</h2><p>Kitchens, attics and garden rooms.</p>");
        // An empty body.
        let got = extract(b"<html><body></body></html>", &Options::default());
        assert!(matches!(got, Err(Error::NoArticle)), "{got:?}");
    }

    #[test]
    fn a_plain_text_page_keeps_its_blank_line_paragraphs() {
        let text = "فقرة أولى من نص عادي، فيها كلام يكفي ليكون فقرة حقيقية للقارئ الذي يقرأ \
                    الملف من أوله إلى آخره دون أن يمل.\n\n\
                    فقرة ثانية تمتد\nعلى سطرين، وتكمل الكلام وتضيف إليه معلومات أخرى مفيدة.\n";
        let a = extract(text.as_bytes(), &Options::default()).unwrap();
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        assert!(a.paragraphs[1].contains("تمتد على سطرين"));
        assert_eq!(
            a.paragraphs,
            [
                "فقرة أولى من نص عادي، فيها كلام يكفي ليكون فقرة حقيقية للقارئ الذي يقرأ \
                 الملف من أوله إلى آخره دون أن يمل.",
                "فقرة ثانية تمتد على سطرين، وتكمل الكلام وتضيف إليه معلومات أخرى مفيدة.",
            ]
        );
        assert_eq!(a.title, None);
        assert_eq!(a.metadata.dir.as_deref(), Some("rtl"));
    }

    #[test]
    fn explain_lists_dropped_blocks_and_metadata_sources() {
        let opts = Options {
            explain: true,
            ..Options::default()
        };
        let a = extract(PAGE.as_bytes(), &opts).unwrap();
        assert!(
            a.removed.iter().any(|r| r.text.contains("الرئيسية")),
            "removed: {:?}",
            a.removed
        );
        assert!(
            a.metadata_sources.iter().any(|m| m.field == "site_name"),
            "metadata_sources: {:?}",
            a.metadata_sources
        );
        let removed: Vec<(&str, &str)> = a
            .removed
            .iter()
            .map(|r| (r.rule.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(
            removed,
            [
                ("strip: <nav> is never content", "الرئيسية"),
                ("strip: <footer> is never content", "جميع الحقوق محفوظة"),
                // The headline leaves the body (it is the title).
                (
                    "text: short label before or after the body",
                    "عنوان الخبر هنا"
                ),
            ]
        );
        let sources: Vec<(&str, &str)> = a
            .metadata_sources
            .iter()
            .map(|m| (m.field.as_str(), m.source.as_str()))
            .collect();
        assert_eq!(
            sources,
            [
                ("site_name", "meta og:site_name"),
                ("lang", "html lang"),
                ("dir", "body text (unicode-bidi)"),
            ]
        );
        // Explaining changes nothing else.
        assert_eq!(a.title.as_deref(), Some("عنوان الخبر هنا"));
        let quiet = extract(PAGE.as_bytes(), &Options::default()).unwrap();
        assert!(quiet.removed.is_empty() && quiet.metadata_sources.is_empty());
        assert_eq!(quiet.paragraphs.len(), 2);
        assert_eq!(quiet.paragraphs, a.paragraphs);
        assert_eq!(quiet.metadata, a.metadata);
        assert_eq!(quiet.title.as_deref(), Some("عنوان الخبر هنا"));
    }
}
