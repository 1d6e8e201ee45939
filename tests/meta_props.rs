//! Property tests: the date parsers and the metadata stage never panic, whatever the
//! input, whatever they return is a valid ISO 8601 date, and a date written out inside
//! ordinary words is found exactly.

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

/// Words with no digit and no date meaning, to surround a date with.
const WORDS: &[&str] = &[
    "أعلنت",
    "الوزارة",
    "عن",
    "خطة",
    "جديدة",
    "لمواجهة",
    "موجة",
    "الحر",
    "نشر",
    "في",
    "-",
    "،",
];

/// The Egyptian month names, January first.
const MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
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
        if let Some(f) = find_in_text(&s) {
            prop_assert!(valid_iso(&f.date.iso()), "{s:?} -> {}", f.date.iso());
        }
        if let Some(d) = parse_structured(&s) {
            prop_assert!(valid_iso(&d.iso()), "{s:?} -> {}", d.iso());
        }
    }

    #[test]
    fn a_written_date_among_words_is_found_exactly(
        before in prop::collection::vec(prop::sample::select(WORDS), 0..8),
        after in prop::collection::vec(prop::sample::select(WORDS), 0..8),
        day in 1u32..=28,
        month in 1usize..=12,
        year in 1995i32..=2030,
    ) {
        let s = format!("{} {day} {} {year} {}", before.join(" "), MONTHS[month - 1], after.join(" "));
        let want = format!("{year:04}-{month:02}-{day:02}");
        let found = find_in_text(&s).map(|f| f.date.iso());
        prop_assert_eq!(found.as_deref(), Some(want.as_str()), "{:?}", s);
        let iso = parse_structured(&want).map(|d| d.iso());
        prop_assert_eq!(iso.as_deref(), Some(want.as_str()));
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
        let md = &facts.metadata;
        for date in [&md.published, &md.modified].into_iter().flatten() {
            prop_assert!(valid_iso(date), "{html:?} -> {date}");
        }
        prop_assert!(md.categories.iter().all(|c| !c.trim().is_empty()), "{html:?} -> {:?}", md.categories);
        prop_assert!(md.author.as_deref().is_none_or(|a| !a.trim().is_empty()), "{html:?} -> {:?}", md.author);
    }
}
