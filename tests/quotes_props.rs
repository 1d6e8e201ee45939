//! Property tests of the quotes stage: on arbitrary text with quotation marks, Arabic
//! letters, colons and newlines it never panics, and every quote's `start`/`end` slice
//! exactly its `text` out of its paragraph.

use matn::quotes::find_quotes;
use proptest::prelude::*;

/// Pieces the generator strings together: every mark, Arabic words and cue words,
/// punctuation, Latin letters with apostrophes, spaces and newlines.
const PIECES: &[&str] = &[
    "“",
    "”",
    "«",
    "»",
    "\"",
    "‘",
    "’",
    "„",
    "‹",
    "›",
    ":",
    "،",
    ".",
    ",",
    "؟",
    " ",
    "  ",
    "\n",
    "قال",
    "وقال",
    "وأضاف",
    "مشيرا",
    "إلى",
    "أن",
    "إن",
    "بحسب",
    "نقلت",
    "عن",
    "قوله",
    "صحيفة",
    "الوزير",
    "الصحيفة",
    "حزب",
    "التي",
    "كانت",
    "أما",
    "في",
    "مؤتمر",
    "لـ",
    "بـ",
    "و",
    "ـ",
    "don’t",
    "d’Ivoire",
    "ab\"cd",
    "1",
    "٢",
    "ً",
    "\u{200F}",
    "ﻻ",
    "😀",
];

/// Words of a statement: no quotation mark, no cue word.
const STATEMENT_WORDS: &[&str] = &[
    "الحكومة",
    "ستواصل",
    "العمل",
    "على",
    "تحسين",
    "الخدمات",
    "العامة",
    "في",
    "كل",
    "المحافظات",
    "والخطة",
    "تبدأ",
    "الشهر",
    "المقبل",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(PIECES), 0..60).prop_map(|v| v.concat()),
        ".{0,80}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_slice_their_text(paragraphs in proptest::collection::vec(text(), 0..6)) {
        let quotes = find_quotes(&paragraphs);
        for q in &quotes {
            prop_assert!(q.paragraph < paragraphs.len(), "paragraph index {} out of range", q.paragraph);
            prop_assert!(q.start <= q.end, "start {} > end {}", q.start, q.end);
            let p = &paragraphs[q.paragraph];
            prop_assert!(q.end <= p.chars().count(), "end {} past the paragraph", q.end);
            let slice: String = p.chars().skip(q.start).take(q.end - q.start).collect();
            prop_assert_eq!(&slice, &q.text);
            prop_assert!(!q.text.is_empty(), "empty quote text");
        }
    }

    #[test]
    fn long_runs_of_marks_do_not_panic(n in 0usize..3000, mark in proptest::sample::select(&["«", "\"", "“", "»", "”"][..])) {
        let p = format!("قال الوزير: {}", mark.repeat(n));
        let quotes = find_quotes(std::slice::from_ref(&p));
        // Marks with no words between them quote nothing.
        prop_assert!(quotes.iter().all(|q| q.text.chars().any(char::is_alphanumeric)), "{:?}", quotes);
        prop_assert_eq!(quotes.len(), 0, "{} marks {}", n, mark);
    }

    #[test]
    fn a_statement_in_marks_is_quoted_exactly(
        words in proptest::collection::vec(proptest::sample::select(STATEMENT_WORDS), 3..12),
        marks in proptest::sample::select(&[("«", "»"), ("“", "”"), ("\"", "\"")][..]),
    ) {
        let statement = words.join(" ");
        let p = format!("وقال الوزير في مؤتمر صحفي: {}{statement}{}، مضيفا أن العمل مستمر.", marks.0, marks.1);
        let quotes = find_quotes(std::slice::from_ref(&p));
        prop_assert_eq!(quotes.len(), 1, "{:?}: {:?}", p, quotes);
        let q = &quotes[0];
        prop_assert_eq!(&q.text, &statement);
        prop_assert_eq!(q.paragraph, 0);
        prop_assert!(q.closed, "closed");
        let slice: String = p.chars().skip(q.start).take(q.end - q.start).collect();
        prop_assert_eq!(slice, statement);
    }
}
