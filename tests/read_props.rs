//! Properties of the read stage on generated input: decoding never panics, UTF-8 text
//! comes back as it went in, the prescan finds a label anywhere in its window, and the
//! markup guard keeps documents within its limits (and leaves shallow ones alone), and an
//! article nested at any depth and in any structure comes out with exactly its paragraphs.

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
        let limits = MarkupLimits { max_depth: depth, max_attributes: attrs, max_active_formatting: fmt, cut_unread: false };
        // Text without a tag is left alone.
        let plain = text.replace('<', "");
        let out = limit_markup(&plain, &limits);
        prop_assert!(matches!(out, Cow::Borrowed(_)), "field output for {:?}", plain);
        prop_assert_eq!(out.as_ref(), plain.as_str());
        let out = limit_markup(&text, &limits);
        let again = limit_markup(&out, &limits);
        prop_assert_eq!(again.as_ref(), out.as_ref(), "a second pass changes {:?}", text);
        let out = limit_markup(&soup, &limits);
        // What the guard drops is markup (a block tag becomes a `<br><br>` break): the
        // text between tags stays.
        prop_assert!(out.replace("<br><br>", "").len() <= soup.len(), "field length");
        // The output is within the limits: a second pass leaves it as it is.
        let again = limit_markup(&out, &limits);
        prop_assert!(matches!(again, Cow::Borrowed(_)), "a second pass changes {:?} -> {:?} -> {:?}", soup, out, again);
    }

    #[test]
    fn nesting_guard_is_identity_on_shallow_input(soup in markup_soup()) {
        // No document nests deeper than its number of start tags.
        let limit = soup.matches('<').count() + 1;
        prop_assert!(matches!(limit_nesting(&soup, limit), Cow::Borrowed(_)), "field output for {:?}", soup);
        let limits = MarkupLimits { max_depth: limit, max_attributes: limit, max_active_formatting: limit, cut_unread: false };
        prop_assert!(matches!(limit_markup(&soup, &limits), Cow::Borrowed(_)), "field output for {:?}", soup);
    }
}

/// Sentences for generated articles: long enough to be body text, no chrome phrase.
const SENTENCES: &[&str] = &[
    "أعلنت وزارة المياه والري، اليوم الأحد، عن خطة طارئة لضمان وصول المياه إلى جميع الأحياء خلال موجة الحر.",
    "وقال الناطق باسم الوزارة إن الطواقم الفنية ستعمل على مدار الساعة لمعالجة أي انقطاع في الشبكة.",
    "وأضاف أن الوزارة رفعت كميات الضخ بنسبة 15 في المئة، داعيا المواطنين إلى ترشيد الاستهلاك في ساعات الذروة.",
    "من جهتها، أكدت دائرة الأرصاد الجوية أن درجات الحرارة ستتجاوز 40 درجة مئوية في المناطق الشرقية هذا الأسبوع.",
    "ويعاني سكان عدد من الأحياء منذ سنوات من انقطاع المياه لفترات طويلة خلال أشهر الصيف الحارة.",
    "وتقدر كلفة المشروع بنحو ثمانمئة مليون دولار بتمويل مشترك من الحكومة والقطاع الخاص والمصارف المحلية.",
];

/// The generated article's headline.
const HEADLINE: &str = "وزارة المياه تعلن خطة جديدة لمواجهة موجة الحر";

/// Elements an article may sit inside, start and end tag: blocks, and inline and
/// formatting elements (beyond the guard's cap on those left open).
const WRAPPERS: &[(&str, &str)] = &[
    ("<div>", "</div>"),
    ("<section>", "</section>"),
    ("<div class=\"row\">", "</div>"),
    ("<main>", "</main>"),
    ("<span>", "</span>"),
    ("<b>", "</b>"),
    ("<font size=\"2\">", "</font>"),
    ("<em>", "</em>"),
];

/// Blocks a single paragraph may sit inside.
const BLOCKS: &[(&str, &str)] = &[
    ("<div>", "</div>"),
    ("<section>", "</section>"),
    ("<div class=\"text\">", "</div>"),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Whatever wraps the article (up to 1 500 elements deep, three times the guard's
    /// limit; closed or left open) and each of its paragraphs, the extraction gives
    /// exactly the headline and the paragraphs that were embedded.
    #[test]
    fn an_article_at_any_depth_comes_out_exactly(
        outer in prop::collection::vec(prop::sample::select(WRAPPERS), 0..1500),
        closed in any::<bool>(),
        paragraphs in prop::sample::subsequence(SENTENCES, 2..=SENTENCES.len())
            .prop_flat_map(|ps| {
                let n = ps.len();
                (Just(ps), prop::collection::vec(prop::collection::vec(prop::sample::select(BLOCKS), 0..4), n))
            }),
    ) {
        let (sentences, blocks) = paragraphs;
        let mut page = format!(
            "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body>"
        );
        for (open, _) in &outer {
            page.push_str(open);
        }
        page.push_str(&format!("<article><h1>{HEADLINE}</h1>\n"));
        for (sentence, wrap) in sentences.iter().zip(&blocks) {
            for (open, _) in wrap {
                page.push_str(open);
            }
            page.push_str(&format!("<p>{sentence}</p>"));
            for (_, close) in wrap.iter().rev() {
                page.push_str(close);
            }
            page.push('\n');
        }
        page.push_str("</article>");
        if closed {
            for (_, close) in outer.iter().rev() {
                page.push_str(close);
            }
        }
        page.push_str("</body></html>");
        let a = matn::extract(page.as_bytes(), &matn::Options::default())
            .map_err(|e| TestCaseError::fail(format!("depth {}: {e}", outer.len())))?;
        prop_assert_eq!(a.title.as_deref(), Some(HEADLINE), "depth {}: field title", outer.len());
        prop_assert_eq!(&a.paragraphs, &sentences, "depth {}: field paragraphs", outer.len());
    }
}

/// Pieces of pages for the script-body and comment cut: scripts and styles with
/// markup-like bodies, JSON-LD, comments of every shape (also inside scripts and CDATA),
/// SVG, tables, selects, framesets, raw-text kin.
const CUT_PIECES: &[&str] = &[
    "<script>var s = '<p>not a paragraph</p>';</script>",
    "<script type=\"application/ld+json\">{\"headline\":\"h\"}</script>",
    "<style>p > b { color: red }</style>",
    "<script><!-- document.write('<script>x</script>') --></script>",
    "<script>if (a < b && c > d) {}",
    "</script>",
    "<style>",
    "</style>",
    "<svg><script>x<y</script><style>a{}</style></svg>",
    "<math><style>q</style></math>",
    "<table><tr><td>cell",
    "<select><option>one",
    "</select>",
    "<frameset>",
    "<textarea>t<b>x</b></textarea>",
    "<title>a<b</title>",
    "<noscript><p>n</p></noscript>",
    "<p>paragraph text ",
    "<div class=\"c\">",
    "</div>",
    "<b>",
    "</p>",
    "نص ",
    "<!-- c -->",
    "<!-- a -- b --->",
    "<!-- x --!> y -->",
    "<!-->",
    "<!--->",
    "<!--",
    "-->",
    "<svg><![CDATA[ <!-- in cdata --> ]]></svg>",
    "<svg><style><!-- </style><!-- q --> r -->",
    "<!DOCTYPE html>",
    "<div data-id=7 class=\"a b\" onclick='x()' data-long=\"abcdefghijkl\" id=main>",
    "<img src=a.jpg srcset=\"a 1x, b 2x\" alt=\"pic\" width=3/>",
    "<a href=\"/x\" data-track=\"{&quot;a&quot;:1}\" rel=nofollow title='t'>",
    "<p hidden data-x style=\"display:none\"class=q data-more=\"0123456789\">",
    "<p data-a=1 data-b=\"2\"data-c='3' role=note / >",
    "<svg><font color=red size=2 data-q=1 data-padding=\"0123456789abcdef\">",
    "<math><annotation-xml encoding=\"text/html\" data-z=1><p>in</p></annotation-xml></math>",
    "<input type=hidden data-v=1 data-padding=\"0123456789abcdef0123\">",
    "<template shadowrootmode=open data-t=1 data-pad=\"0123456789\"><b>s</b></template>",
    "<html data-theme=dark lang=ar data-padding=\"0123456789abcdef\">",
    "<body data-page=1 class=home data-padding=\"0123456789abcdef01\">",
    "<meta property=og:title content=T data-x=1 data-pad=\"0123456789\">",
    "<time datetime=2024-01-01 data-k=v pubdate data-pad=\"0123456789\">",
    "<head>",
    "<body>",
    "\n        ",
    "  \t ",
    "\r\n\t",
    " \n  x  y\t\tz \r ",
    "<pre>",
    "</pre>",
    "\n\n  code\n",
    "<listing>\r\n\n l \n</listing>",
    "<table>\n  <tr>\n    <td> a  b </td>\n  </tr>\n</table>",
];

/// The tree's nodes other than the text inside `<script>`/`<style>` elements: kind,
/// depth, text and kept attributes, in document order.
type Outline = Vec<(String, u32, Option<String>, Vec<(String, String)>)>;

/// `text` with each run of ASCII white space written as one line break (when the run
/// holds one) or one space: what the guard's shortening of runs keeps.
fn runs_as_one(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run: Option<bool> = None;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') {
            let newline = matches!(c, '\n' | '\r');
            run = Some(run.unwrap_or(false) | newline);
            continue;
        }
        if let Some(newline) = run.take() {
            out.push(if newline { '\n' } else { ' ' });
        }
        out.push(c);
    }
    if let Some(newline) = run {
        out.push(if newline { '\n' } else { ' ' });
    }
    out
}

/// The shrunk case a random run once found: the guard ended the script at the `</script>`
/// its double escape hides and cut the comment-like text after it, which the parse reads
/// as script.
#[test]
fn cut_follows_a_script_through_its_double_escape() {
    let html = "<script>if (a < b && c > d) {}<!--<script>var s = '<p>not a paragraph</p>';\
                </script><!--</script><!-- c -->";
    let on = MarkupLimits::default();
    let off = MarkupLimits {
        cut_unread: false,
        ..on
    };
    assert_eq!(
        outline(&limit_markup(html, &on)),
        outline(&limit_markup(html, &off)),
        "page {html:?}"
    );
}

fn outline(html: &str) -> Outline {
    use matn::parse::{Dom, Kind, Tag};
    let dom = Dom::parse(html);
    (0..dom.nodes.len())
        .filter(|&i| {
            let p = dom.nodes[i].parent;
            !(dom.nodes[i].kind == Kind::Text
                && p != matn::parse::NO_PARENT
                && matches!(dom.tag(p), Some(Tag::Script | Tag::Style)))
        })
        .map(|i| {
            let n = dom.nodes[i];
            let kept = dom
                .attrs(i)
                .iter()
                .filter(|a| matn::read::is_kept_attribute(a.name.local.as_bytes()))
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect();
            (
                format!("{:?}", n.kind),
                n.depth,
                dom.text(i).map(runs_as_one),
                kept,
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Cutting script, style and comment bodies and unread attributes, and shortening runs
    /// of white space, before the parse changes nothing else in the tree (comment nodes
    /// stay; their text is not kept; a run reads as one space or line break either way),
    /// and every kept attribute keeps its value.
    #[test]
    fn cut_script_bodies_leave_the_rest_of_the_tree(
        pieces in prop::collection::vec(0..CUT_PIECES.len(), 0..30)
    ) {
        let html: String = pieces.iter().map(|&k| CUT_PIECES[k]).collect();
        let on = MarkupLimits::default();
        let off = MarkupLimits { cut_unread: false, ..on };
        let cut = limit_markup(&html, &on);
        let whole = limit_markup(&html, &off);
        prop_assert_eq!(outline(&cut), outline(&whole), "page {:?}", html);
    }
}
