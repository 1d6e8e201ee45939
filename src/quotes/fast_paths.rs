//! The stage's shortcuts against the reference paths they stand for: on the same text
//! each gives the same result, on chosen cases and on random Arabic, Latin and mark text.

use proptest::prelude::*;

use super::tokens::{has_mark, tokenize, Scratch};
use super::*;

/// Pieces of random paragraphs: every quotation mark, cue words, names, titles, words that
/// normalisation changes (hamza forms, diacritics, ى), punctuation, Latin and spaces.
const PIECES: &[&str] = &[
    "“",
    "”",
    "«",
    "»",
    "\"",
    "‘",
    "’",
    "„",
    "‟",
    "‚",
    "‛",
    "‹",
    "›",
    "'",
    ":",
    "،",
    ".",
    "؟",
    "-",
    " ",
    " ",
    " ",
    "\u{00A0}",
    "\u{200F}",
    "قال",
    "وقال",
    "قالت",
    "وأضاف",
    "مضيفا",
    "أكد",
    "إن",
    "أن",
    "بحسب",
    "ونقلت",
    "عن",
    "قوله",
    "الوزير",
    "وزيرة",
    "الصحة",
    "الدكتور",
    "سامي",
    "الخطيب",
    "ليلى",
    "العلوي",
    "صحيفة",
    "الأهرام",
    "على",
    "علي",
    "إلى",
    "مُحَمّد",
    "ـ",
    "الذي",
    "مصدر",
    "عسكري",
    "لتؤكد",
    "the",
    "said",
    "Minister",
    "don’t",
    "٢٠٢٦",
    "😀",
];

fn paragraph() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
            .prop_map(|v| v.join(" ")),
        2 => proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
            .prop_map(|v| v.concat()),
        1 => ".{0,60}",
    ]
}

/// [`find_quotes_with`] against every paragraph read.
fn same_as_reading_all(paragraphs: &[String]) {
    let th = Thresholds::default();
    assert_eq!(
        find_quotes_with(paragraphs, &th),
        quotes_of(paragraphs, paragraphs.len(), &th),
        "quotes of {paragraphs:#?}"
    );
}

fn paras(ps: &[&str]) -> Vec<String> {
    ps.iter().map(|p| p.to_string()).collect()
}

#[test]
fn paragraphs_after_the_last_mark_are_not_read() {
    // Cues, names and an open quote before the trailing paragraphs.
    same_as_reading_all(&paras(&[
        "قالت وزيرة الصحة ليلى العلوي في مؤتمر صحفي إن الوضع مستقر.",
        "وأضافت: «سنواصل العمل على تحسين الخدمات",
        "وقال الوزير سامي الخطيب إن الخطة تبدأ الشهر المقبل، مضيفا أنها شاملة.",
        "وأكد مصدر عسكري أن القوات انسحبت.",
    ]));
    // No mark at all.
    same_as_reading_all(&paras(&[
        "قال الوزير إن الخطة تبدأ الشهر المقبل.",
        "وأضاف أن العمل مستمر.",
    ]));
    // Marks in the last paragraph only, and none anywhere but a lone apostrophe.
    same_as_reading_all(&paras(&["قال الوزير:", "وأضاف: «العمل مستمر»."]));
    same_as_reading_all(&paras(&["don't", "l'avis"]));
    same_as_reading_all(&[]);
}

#[test]
fn has_mark_is_the_tokenizers_reading() {
    let cases = [
        "",
        "قال الوزير",
        "«نعم»",
        "“نعم”",
        "\"yes\"",
        "don’t",
        "don't",
        "‹›",
        "„‟‚‛",
        "\u{00A0}\u{00AD}\u{2013}\u{2014}\u{200F}\u{2026}",
        "é à ü",
        "😀«",
    ];
    let mut scratch = Scratch::default();
    for text in cases {
        assert_eq!(
            has_mark(text),
            tokenize(text, &mut scratch).has_mark,
            "has_mark of {text:?}"
        );
    }
}

/// [`words::is_definite`] as it read before: the chars counted first.
fn is_definite_by_count(n: &str) -> bool {
    use crate::lexicon::quotes as lex;
    if n.chars().count() < 4 {
        return false;
    }
    if n.starts_with(lex::DEFINITE_ARTICLE) || n.starts_with(lex::LAM_ARTICLE) {
        return true;
    }
    lex::ARTICLE_PROCLITICS.iter().any(|p| {
        n.strip_prefix(*p)
            .is_some_and(|r| r.starts_with(lex::DEFINITE_ARTICLE) && r.chars().count() >= 4)
    })
}

#[test]
fn has_chars_stops_where_counting_would_agree() {
    for s in ["", "a", "ال", "قال", "وزيرة", "😀a", "مُحَمّد"] {
        for n in 0..8 {
            assert_eq!(
                words::has_chars(s, n),
                s.chars().count() >= n,
                "has_chars({s:?}, {n})"
            );
        }
    }
}

#[test]
fn maqsura_written_finds_what_match_indices_finds() {
    let cases: [&[&str]; 7] = [
        &[],
        &["قال على المنصة إلى الناس"],
        &["وعلى", "ليلى علي إلى", "حتى لدى"],
        &["علىالطريق", "مستشفى منتدى", "ى", "ىى ى"],
        &["عَلَى الأرض", "إلى، على؛ لدى."],
        &["no maqsura here", "😀ى", "aى b"],
        &["على\u{200F}", "على\u{00A0}إلى"],
    ];
    for ps in cases {
        let ps = paras(ps);
        assert_eq!(
            words::maqsura_written(&ps),
            words::maqsura_written_reference(&ps),
            "maqsura_written of {ps:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn has_chars_is_counting_the_chars(s in "[الوa😀\u{064E}]{0,7}", n in 0usize..9) {
        prop_assert_eq!(words::has_chars(&s, n), s.chars().count() >= n);
    }

    #[test]
    fn maqsura_written_agrees_with_match_indices(
        paragraphs in proptest::collection::vec(paragraph(), 0..6),
    ) {
        prop_assert_eq!(
            words::maqsura_written(&paragraphs),
            words::maqsura_written_reference(&paragraphs)
        );
    }

    #[test]
    fn is_definite_counts_only_what_it_needs(n in "[الوفبكلمa]{0,7}") {
        prop_assert_eq!(words::is_definite(&n), is_definite_by_count(&n));
    }

    #[test]
    fn norm_of_a_phrase_is_its_words_normalised(
        text in paragraph(),
        extra in "[\u{0621}-\u{065F}\u{0670}\u{0640}\u{00A0}\u{200B}-\u{200F} a]{0,12}",
    ) {
        // `speaker::introductions` splits a normalised name at its spaces.
        let text = text + &extra;
        let whole = tokens::norm(&text);
        let by_word: Vec<String> = text.split(' ').map(|w| tokens::norm(w).into_owned()).collect();
        prop_assert_eq!(whole.split(' ').collect::<Vec<_>>(), by_word);
    }

    #[test]
    fn has_mark_agrees_with_the_tokens(text in paragraph()) {
        let mut scratch = Scratch::default();
        prop_assert_eq!(has_mark(&text), tokenize(&text, &mut scratch).has_mark);
    }

    #[test]
    fn reading_up_to_the_last_mark_changes_no_quote(
        paragraphs in proptest::collection::vec(paragraph(), 0..6),
    ) {
        let th = Thresholds::default();
        prop_assert_eq!(
            find_quotes_with(&paragraphs, &th),
            quotes_of(&paragraphs, paragraphs.len(), &th)
        );
    }
}
