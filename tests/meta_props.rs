//! Property tests: the date parsers and the metadata stage never panic, whatever the
//! input, and whatever they return is a valid ISO 8601 date.

use matn::meta::dates::{find_in_text, parse_structured};
use proptest::prelude::*;

/// Pieces dates are made of, so that the generator hits the parsers' branches often.
const PIECES: &[&str] = &[
    "12",
    "٢٠٢٤",
    "۱۴",
    "2024",
    "05",
    "/",
    "-",
    ":",
    ".",
    "(",
    ")",
    "+",
    "T",
    "Z",
    " ",
    "،",
    ",",
    "كانون",
    "الثاني",
    "تشرين",
    "الأول",
    "شباط",
    "آذار",
    "مارس",
    "أبريل",
    "جويلية",
    "أوت",
    "رمضان",
    "ذو",
    "الحجة",
    "هـ",
    "الأحد",
    "منذ",
    "ساعات",
    "GMT",
    "م",
    "PM",
    "Sept",
    "May",
    "آخر تحديث",
    "الساعة",
    "\u{640}",
    "\u{64b}",
    "\u{200f}",
];

fn valid_iso(s: &str) -> bool {
    let b = s.as_bytes();
    (s.len() == 10 || s.len() == 25)
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && s.get(..4).is_some_and(|y| y.parse::<u32>().is_ok())
}

proptest! {
    #[test]
    fn parsers_never_panic_on_any_string(s in any::<String>()) {
        let _ = find_in_text(&s);
        let _ = parse_structured(&s);
    }

    #[test]
    fn parsers_never_panic_on_date_like_strings(parts in prop::collection::vec(prop::sample::select(PIECES), 0..24)) {
        let s: String = parts.concat();
        if let Some(f) = find_in_text(&s) {
            prop_assert!(valid_iso(&f.date.iso()), "{s:?} -> {}", f.date.iso());
        }
        if let Some(d) = parse_structured(&s) {
            prop_assert!(valid_iso(&d.iso()), "{s:?} -> {}", d.iso());
        }
    }

    #[test]
    fn collect_never_panics_on_odd_markup(parts in prop::collection::vec(prop::sample::select(&[
        "<h1>", "</h1>", "<script type=\"application/ld+json\">", "</script>", "{", "}", "[", "]",
        "\"datePublished\":", "\"2024-01-01\"", ",", "<time datetime=\"2024-13-40\">", "<div class=\"breadcrumb\">",
        "<li>", "الرئيسية", "كتب", "<div class=\"comments\">", "</div>", "12 مايو 2024", "<meta name=\"author\" content=\"\">",
    ][..]), 0..40)) {
        let html: String = parts.concat();
        let dom = matn::parse::Dom::parse(&html);
        let mut facts = matn::meta::collect(&dom);
        matn::meta::finish(&mut facts, std::slice::from_ref(&html));
    }
}
