//! The metadata stage on the hand-written pages of `fixtures/meta/`, one test per page:
//! one page per month-name family and date form, each in its own layout (table layouts
//! with a masthead date of the day, a logo `<h1>`, a top bar), plus pages with only a
//! Hijri date, only a masthead date, or no date at all. Each failure
//! names the fixture and the field.

use matn::meta;
use matn::parse::Dom;

struct Want {
    published: Option<&'static str>,
    author: Option<&'static str>,
    agency: Option<&'static str>,
    categories: &'static [&'static str],
}

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/meta/{name}.html", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    matn::read::decode(&bytes, None).expect("decodes").text
}

fn check(name: &str, want: Want) {
    check_text(name, &fixture(name), want);
}

fn check_text(name: &str, text: &str, want: Want) {
    let md = meta::collect(&Dom::parse(text)).metadata;
    assert_eq!(md.published.as_deref(), want.published, "{name}: published");
    assert_eq!(md.author.as_deref(), want.author, "{name}: author");
    assert_eq!(md.agency.as_deref(), want.agency, "{name}: agency");
    assert_eq!(md.categories, want.categories, "{name}: categories");
}

#[test]
fn levantine_visible_date_with_combined_month_and_indic_digits() {
    check(
        "levantine",
        Want {
            published: Some("2023-11-07"),
            author: Some("ليلى حداد"),
            agency: None,
            categories: &["ثقافة", "كتب"],
        },
    );
}

#[test]
fn egyptian_broken_jsonld_and_byline_class() {
    check(
        "egyptian",
        Want {
            published: Some("2022-03-15T08:30:00+02:00"),
            author: Some("هالة منصور"),
            agency: None,
            categories: &["اقتصاد"],
        },
    );
}

#[test]
fn maghrebi_month_agency_and_jsonld_breadcrumb() {
    check(
        "maghrebi",
        Want {
            published: Some("2021-07-12"),
            author: None,
            agency: Some("وكالات"),
            categories: &["فنون"],
        },
    );
}

#[test]
fn hijri_and_relative_dates_give_no_date() {
    check(
        "hijri-only",
        Want {
            published: None,
            author: None,
            agency: None,
            categories: &[],
        },
    );
    // The same page with a Gregorian date line has its date, and the page's language.
    let page = fixture("hijri-only");
    assert!(
        page.contains("الجمعة 1 شوال 1444 هـ"),
        "the fixture's date line"
    );
    let gregorian = page.replace("الجمعة 1 شوال 1444 هـ", "الجمعة 21 أبريل 2023");
    check_text(
        "hijri-only with a Gregorian date",
        &gregorian,
        Want {
            published: Some("2023-04-21"),
            author: None,
            agency: None,
            categories: &[],
        },
    );
    let md = meta::collect(&Dom::parse(&page)).metadata;
    assert_eq!(md.lang.as_deref(), Some("ar"), "hijri-only: lang");
}

#[test]
fn table_masthead_windows_1256_article_date_under_a_font_headline() {
    check(
        "table-masthead",
        Want {
            published: Some("2023-03-10"),
            author: None,
            agency: None,
            categories: &[],
        },
    );
}

#[test]
fn standard_month_with_levantine_in_parentheses_under_a_logo_h1() {
    check(
        "levantine-paren-reverse",
        Want {
            published: Some("2023-03-12"),
            author: None,
            agency: None,
            categories: &[],
        },
    );
}

#[test]
fn levantine_slash_standard_month_beside_a_top_bar_date() {
    check(
        "slash-combined",
        Want {
            published: Some("2023-02-28"),
            author: None,
            agency: None,
            categories: &[],
        },
    );
}

#[test]
fn maghrebi_numeric_date_line_and_maghrebi_month_masthead() {
    check(
        "maghrebi-numeric",
        Want {
            published: Some("2023-03-28"),
            author: None,
            agency: None,
            categories: &[],
        },
    );
}

#[test]
fn english_month_with_ordinal_and_clock() {
    check(
        "english-month",
        Want {
            published: Some("2023-03-12"),
            author: None,
            agency: None,
            categories: &[],
        },
    );
}

#[test]
fn masthead_date_of_the_day_alone_gives_no_date() {
    check(
        "masthead-only-no-date",
        Want {
            published: None,
            author: None,
            agency: None,
            categories: &[],
        },
    );
}

#[test]
fn page_without_any_date_gives_no_date() {
    check(
        "no-date",
        Want {
            published: None,
            author: None,
            agency: None,
            categories: &[],
        },
    );
}

/// The date-form pages, hand-written as whole articles, go through the whole pipeline
/// as articles with a body of several paragraphs (the older pages of `fixtures/meta/`
/// are metadata snippets too short for an article).
#[test]
fn date_form_fixtures_extract_as_articles() {
    for name in [
        "table-masthead",
        "levantine-paren-reverse",
        "slash-combined",
        "maghrebi-numeric",
        "english-month",
        "masthead-only-no-date",
        "no-date",
    ] {
        let path = format!("{}/fixtures/meta/{name}.html", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let a = matn::extract(&bytes, &matn::Options::default())
            .unwrap_or_else(|e| panic!("{name}: extract: {e}"));
        assert!(
            a.paragraphs.len() >= 3,
            "{name}: paragraphs {:?}",
            a.paragraphs
        );
        assert!(a.title.is_some(), "{name}: title");
    }
}
