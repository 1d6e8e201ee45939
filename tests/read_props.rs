//! Properties of the read stage on generated input: decoding never panics, UTF-8 text
//! comes back as it went in, the prescan finds a label anywhere in its window, and the
//! markup guard never panics and leaves shallow documents alone.

use matn::read::{
    decode, limit_markup, limit_nesting, prepare, prescan, MarkupLimits, PRESCAN_BYTES,
};
use proptest::prelude::*;
use std::borrow::Cow;

/// Labels for the override: WHATWG labels, odd spellings, and unknown ones.
fn label() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        prop::sample::select(vec![
            "utf-8",
            "UTF8",
            " windows-1256 ",
            "iso-8859-6",
            "arabic",
            "utf-16le",
            "utf-16be",
            "x-user-defined",
            "replacement",
            "iso-2022-jp",
            "gb18030",
            "latin1",
        ])
        .prop_map(String::from),
        "[a-z0-9_ -]{0,14}",
    ])
}

/// Pieces of markup, so that generated documents have real structure.
fn markup_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<b>",
            "</b>",
            "<span class='a>b'>",
            "</span>",
            "<li>",
            "<ul>",
            "</ul>",
            "<td>",
            "<tr>",
            "<table>",
            "</table>",
            "<br>",
            "<img src=x>",
            "<svg>",
            "<path d=\"M0\"/>",
            "</svg>",
            "<div/>",
            "<!--",
            "-->",
            "<script>",
            "</script>",
            "<style>",
            "</style>",
            "<textarea>",
            "</textarea>",
            "<!doctype html>",
            "<?x?>",
            "</>",
            "<",
            ">",
            "'",
            "\"",
            "=",
            "نص",
            "text ",
            "&amp;",
            "<plaintext>",
        ]),
        0..120,
    )
    .prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..3000), label in label()) {
        let _ = decode(&bytes, label.as_deref());
        if let Ok(prepared) = prepare(&bytes, 2048) {
            let _ = decode(&prepared, label.as_deref());
        }
    }

    #[test]
    fn decode_never_panics_on_html_like_bytes(
        page in markup_soup(),
        noise in prop::collection::vec(any::<u8>(), 0..64),
        at in 0usize..4000,
        label in label(),
    ) {
        let mut bytes = page.into_bytes();
        let at = at.min(bytes.len());
        bytes.splice(at..at, noise);
        let _ = decode(&bytes, label.as_deref());
    }

    #[test]
    fn utf8_text_round_trips(text in "\\PC{0,400}", labelled in any::<bool>()) {
        let page = if labelled { format!("<meta charset=utf-8>{text}") } else { text.clone() };
        match decode(page.as_bytes(), None) {
            Ok(d) => {
                let expected = page.strip_prefix('\u{FEFF}').unwrap_or(&page);
                prop_assert_eq!(d.encoding.name(), "UTF-8", "field encoding for {:?}", page);
                prop_assert_eq!(d.text.as_str(), expected, "field text");
            }
            Err(matn::Error::Empty) => {
                let rest = page.strip_prefix('\u{FEFF}').unwrap_or(&page);
                prop_assert!(rest.bytes().all(|b| b.is_ascii_whitespace()), "field error: Empty for {:?}", page);
            }
            Err(e) => prop_assert!(false, "field error: {} for {:?}", e, page),
        }
    }

    #[test]
    fn prescan_finds_a_label_anywhere_in_its_window(
        filler in "[a-zA-Z0-9 .,]{0,1100}",
        tags in prop::collection::vec(prop::sample::select(vec![
            "<div class=\"x\">", "<!-- c -->", "<title>t</title>", "<link rel=x href='/a>b'>",
            "</p>", "<!doctype html>", "<?php ?>",
        ]), 0..6),
        form in 0usize..4,
        label in prop::sample::select(vec!["windows-1256", "ISO-8859-6", "utf-8", "windows-1252", "arabic", "cp1256"]),
    ) {
        let meta = match form {
            0 => format!("<meta charset={label}>"),
            1 => format!("<META CHARSET=\"{label}\"/>"),
            2 => format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">"),
            _ => format!("<meta content='text/html;charset={label}' http-equiv=content-type>"),
        };
        let page = format!("{}{}{}<p>body</p>", tags.concat(), filler, meta);
        let end = page.find(&meta).map(|at| at + meta.len()).unwrap_or(usize::MAX);
        let expected = encoding_rs::Encoding::for_label(label.as_bytes());
        let found = prescan(page.as_bytes());
        if end <= PRESCAN_BYTES {
            prop_assert_eq!(found, expected, "field label: meta ending at byte {}", end);
        } else {
            prop_assert_eq!(found, None, "field label: meta ending at byte {} is outside the window", end);
        }
    }

    #[test]
    fn nesting_guard_never_panics(text in "\\PC{0,300}", soup in markup_soup(), depth in 0usize..6, attrs in 0usize..4, fmt in 0usize..4) {
        let limits = MarkupLimits { max_depth: depth, max_attributes: attrs, max_active_formatting: fmt };
        let _ = limit_markup(&text, &limits);
        let out = limit_markup(&soup, &limits);
        // What the guard drops is markup: the text between tags stays.
        prop_assert!(out.len() <= soup.len(), "field length");
    }

    #[test]
    fn nesting_guard_is_identity_on_shallow_input(soup in markup_soup()) {
        // No document nests deeper than its number of start tags.
        let limit = soup.matches('<').count() + 1;
        prop_assert!(matches!(limit_nesting(&soup, limit), Cow::Borrowed(_)), "field output for {:?}", soup);
        let limits = MarkupLimits { max_depth: limit, max_attributes: limit, max_active_formatting: limit };
        prop_assert!(matches!(limit_markup(&soup, &limits), Cow::Borrowed(_)), "field output for {:?}", soup);
    }
}
