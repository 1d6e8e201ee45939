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
    "على",
    "th",
    "of",
    "نشر في",
    "Published",
    "March",
    "فيفري",
    "جوان",
    "(مارس)",
    "مارس (آذار)",
    "آذار/مارس",
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
        "<header>", "</header>", "<a href=\"/\">", "</a>", "<table><tr><td>", "</td></tr></table>", "الأحد 12/3/2023",
        "<title>سوق أسبوعية جديدة - الوادي</title>", "سوق أسبوعية جديدة", "<article>", "</article>", "<br>",
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

/// One Levantine and one standard (Egyptian/Gulf) name per month, from the lexicon.
fn month_pairs() -> Vec<(&'static str, &'static str, u8)> {
    use matn::lexicon::dates::MONTHS;
    let levantine = MONTHS.get(..12).unwrap_or_default();
    (1..=12u8)
        .filter_map(|m| {
            let lev = levantine.iter().find(|(_, n)| *n == m)?.0;
            let std = MONTHS.get(12..)?.iter().find(|(_, n)| *n == m)?.0;
            Some((lev, std, m))
        })
        .collect()
}

/// Arabic-Indic digits for ASCII ones.
fn indic(s: &str) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

proptest! {
    /// A combined month (`آذار (مارس)`, `مارس/آذار`, `آذار - مارس`), in either order,
    /// with or without a day name before and a clock time after, in either digit
    /// script, reads as the same day as the single name.
    #[test]
    fn combined_months_read_as_the_single_name(
        pair in 0usize..12,
        day in 1u32..=28,
        year in 1990u32..=2100,
        sep in prop::sample::select(&[" (", "(", " / ", "/", " - ", "،"][..]),
        reverse in any::<bool>(),
        day_name in any::<bool>(),
        clock in prop::sample::select(&["", " - 09:15", " الساعة 09:15", " 09:15 م"][..]),
        arabic_digits in any::<bool>(),
    ) {
        let pairs = month_pairs();
        prop_assert_eq!(pairs.len(), 12, "a Levantine and a standard name for each month");
        let (lev, std, m) = pairs[pair];
        let (a, b) = if reverse { (std, lev) } else { (lev, std) };
        let close = if sep.ends_with('(') { ")" } else { "" };
        let prefix = if day_name { "الجمعة " } else { "" };
        let mut s = format!("{prefix}{day} {a}{sep}{b}{close} {year}{clock}");
        if arabic_digits {
            s = indic(&s);
        }
        let want = format!("{year:04}-{m:02}-{day:02}");
        let got = find_in_text(&s).map(|f| f.date.iso());
        prop_assert_eq!(got.as_deref(), Some(want.as_str()), "{}", s);
        if !clock.is_empty() {
            let time = find_in_text(&s).and_then(|f| f.date.time);
            let hour = if clock.ends_with('م') { 21 } else { 9 };
            prop_assert_eq!(time, Some((hour, 15, 0)), "{}", s);
        }
    }
}
