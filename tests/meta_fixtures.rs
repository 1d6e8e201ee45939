//! The metadata stage on the hand-written pages of `fixtures/meta/`, one test per page:
//! one page per month-name family, plus a page with only a Hijri date. Each failure
//! names the fixture and the field.

use matn::meta;
use matn::parse::Dom;

struct Want {
    published: Option<&'static str>,
    author: Option<&'static str>,
    agency: Option<&'static str>,
    categories: &'static [&'static str],
}

fn check(name: &str, want: Want) {
    let path = format!("{}/fixtures/meta/{name}.html", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = matn::read::decode(&bytes, None).expect("decodes").text;
    let md = meta::collect(&Dom::parse(&text)).metadata;
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
}
