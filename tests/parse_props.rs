//! matn's own tree sink against `scraper` (the tree matn used to build, and the one
//! `../shared/floor` times): on random markup made to hit the tree builder's hard cases
//! (tables and foster parenting, misnested formatting and the adoption agency, templates,
//! repeated `<html>`/`<body>` attributes, raw-text elements, SVG, comments), both must give
//! the same pre-order nodes: kind, parent, subtree end, depth, text and attributes.
//! matn's own tokenizer (`src/parse/tokens.rs`) is held to html5ever's the same way: on
//! random markup built from the tokenizer's hard cases (character references, attribute
//! forms, comment endings, doctypes, raw-text end tags, escaped scripts, carriage
//! returns) and on every saved page of the corpora, undecoded by the guard.

use matn::parse::{Dom, Kind, Tag, NO_PARENT};
use proptest::prelude::*;
use scraper::node::Node as HtmlNode;

/// One node as both trees describe it.
#[derive(Debug, PartialEq)]
struct Flat {
    kind: Kind,
    parent: usize,
    end: usize,
    depth: u32,
    text: Option<String>,
    attrs: Vec<(String, String)>,
}

fn from_matn(html: &str) -> Vec<Flat> {
    flat(&Dom::parse(html))
}

fn flat(dom: &Dom) -> Vec<Flat> {
    (0..dom.nodes.len())
        .map(|i| {
            let n = dom.nodes[i];
            Flat {
                kind: n.kind,
                parent: n.parent,
                end: n.end,
                depth: n.depth,
                text: dom.text(i).map(str::to_string),
                attrs: dom
                    .attrs(i)
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect(),
            }
        })
        .collect()
}

fn from_scraper(html: &str) -> Vec<Flat> {
    use ego_tree::iter::Edge;
    let doc = scraper::Html::parse_document(html);
    let mut out: Vec<Flat> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let (kind, text, attrs) = match node.value() {
                    HtmlNode::Element(e) => (
                        Kind::Element(Tag::from_name(e.name())),
                        None,
                        e.attrs()
                            .map(|(k, v)| (k.to_string(), v.to_string()))
                            .collect(),
                    ),
                    HtmlNode::Text(t) => (Kind::Text, Some(t.text.to_string()), Vec::new()),
                    _ => (Kind::Other, None, Vec::new()),
                };
                let ix = out.len();
                out.push(Flat {
                    kind,
                    parent: open.last().copied().unwrap_or(NO_PARENT),
                    end: ix + 1,
                    depth: u32::try_from(open.len()).unwrap_or(u32::MAX),
                    text,
                    attrs,
                });
                open.push(ix);
            }
            Edge::Close(_) => {
                if let Some(ix) = open.pop() {
                    out[ix].end = out.len();
                }
            }
        }
    }
    out
}

/// matn's tokenizer and html5ever's give the same tree; when matn's refuses the page,
/// it must be for a reason it names, and never for markup it is meant to cover.
fn assert_same_tokens(html: &str) {
    match Dom::parse_fast(html) {
        Ok(fast) => {
            let slow = Dom::parse_with_html5ever(html);
            let (a, b) = (flat(&fast), flat(&slow));
            assert_eq!(a.len(), b.len(), "node count differs for {html:?}");
            for (i, (x, y)) in a.iter().zip(&b).enumerate() {
                assert_eq!(x, y, "node {i} differs for {html:?}");
            }
        }
        Err(why) => assert!(
            matches!(why, "NUL" | "CDATA" | "DOCTYPE"),
            "refused for {why:?}: {html:?}"
        ),
    }
}

fn assert_same(html: &str) {
    let (a, b) = (from_matn(html), from_scraper(html));
    assert_eq!(a.len(), b.len(), "node count differs for {html:?}");
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(x, y, "node {i} differs for {html:?}");
    }
}

/// Pieces of markup the random pages are made of.
const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"a b\">",
    "</div>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<a href=x>",
    "</a>",
    "<table>",
    "</table>",
    "<tr>",
    "<td>",
    "</td>",
    "<th>",
    "<tbody>",
    "<caption>",
    "<template>",
    "</template>",
    "<html lang=ar>",
    "<body dir=rtl>",
    "<body class=x>",
    "<head>",
    "<title>",
    "</title>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<textarea>",
    "</textarea>",
    "<svg><title>t</title><path d=1/>",
    "</svg>",
    "<math>",
    "<!-- c -->",
    "<!DOCTYPE html>",
    "<br>",
    "<hr>",
    "<img src=a alt=b>",
    "<ul><li>",
    "<li>",
    "</ul>",
    "<select><option>",
    "</select>",
    "<form>",
    "</form>",
    "<h1 id=t>",
    "</h1>",
    "<nobr>",
    "<font color=red>",
    "</font>",
    "<frameset>",
    "<noscript>",
    "</noscript>",
    "<plaintext>",
    "<?pi x?>",
    "<input type=hidden>",
    "<button>",
    "</button>",
    "text ",
    " نص عربي ",
    "&amp;",
    "&nbsp;",
    "\n",
    "\0",
    "</",
    "<",
    "<p class=\"x\" class=\"y\" id=\"z\">",
    "</body>",
    "</html>",
    "<table><tr><td>cell</td></tr></table>",
    "<b><p>mis</b>nested</p>",
];

/// Pieces that reach the tokenizer's corners.
const TOKEN_PIECES: &[&str] = &[
    "&amp", "&ampx", "&amp;", "&notit;", "&notin;", "&#x41;", "&#65", "&#128;", "&#0;",
    "&#;", "&#x;", "& ", "&", "&copy=", "&nosuch;", "&AMP;", "&#xD800;", "&#99999999999;",
    "<a href=x&amp;y>", "<a href='x&copy=1'>", "<a title=\"&ampx &amp\">", "<a b c=d>",
    "<A HREF=X>", "<div =x>", "<div a=b/>", "<div a='b'c>", "<div a=\"b\"/c>", "<div/ a>",
    "<br/>", "<img a= b >", "<p a b=>", "<p a=>x", "<p class=x class=y>", "<p\ta\n=\x0c'v'>",
    "<!-->", "<!--->", "<!---->", "<!-- a -- b -->", "<!--a--!>", "<!--a--!-->", "<!--<!-- x -->",
    "<!--", "<!x>", "<!>", "</ x>", "</>", "</", "<?x>", "<", "< p>", "<1>", "</1>",
    "<!DOCTYPE html>", "<!doctype HTML>",
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">",
    "<!DOCTYPE html SYSTEM 'about:legacy-compat'>", "<!DOCTYPE>", "<!DOCTYPEhtml>",
    "<title>", "</title>", "</TITLE >", "</title x=1>", "</titlex>", "<textarea>", "</textarea>",
    "<style>", "</style>", "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<noembed>", "</noembed>",
    "<noscript>", "</noscript>", "<script>", "</script>", "</SCRIPT>", "<script type=\"application/ld+json\">",
    "<!--", "-->", "<script>x", "<!-- <script>", "</script -->", "--!>", "<plaintext>",
    "<svg>", "</svg>", "<![CDATA[x]]>", "<math><mi>", "<pre>", "\n", "\r\n", "\r", "\u{feff}",
    "text", " ", "نص", "\t", "<p>", "</p>", "<b>", "</b>", "<table>", "<td>", "<!-- c -->",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn own_tokenizer_gives_html5evers_tree(pieces in prop::collection::vec(0..TOKEN_PIECES.len(), 0..30)) {
        let html: String = pieces.iter().map(|&k| TOKEN_PIECES[k]).collect();
        assert_same_tokens(&html);
    }

    #[test]
    fn own_tokenizer_gives_html5evers_tree_on_markup_characters(s in "[<>/!=&;#xX0-9a-zA-Z \"'\n\r\t-]{0,120}") {
        assert_same_tokens(&s);
    }

    #[test]
    fn own_tokenizer_gives_html5evers_tree_on_random_pieces(pieces in prop::collection::vec(0..PIECES.len(), 0..40)) {
        let html: String = pieces.iter().map(|&k| PIECES[k]).collect();
        assert_same_tokens(&html);
    }

    #[test]
    fn own_sink_builds_scrapers_tree(pieces in prop::collection::vec(0..PIECES.len(), 0..40)) {
        let html: String = pieces.iter().map(|&k| PIECES[k]).collect();
        assert_same(&html);
    }

    #[test]
    fn own_sink_builds_scrapers_tree_on_any_text(s in "\\PC{0,200}") {
        assert_same(&s);
    }
}

#[test]
fn hard_cases_match() {
    for html in [
        "",
        "<table><tr><td>a</td>stray<b>bold</b></tr></table>",
        "<b>1<p>2</b>3</p>",
        "<a href=1>x<div>y<a href=2>z</a></div></a>",
        "<html a=1><body b=2><html c=3 a=9><body d=4>text",
        "<template><p>inside</p><template><b>deep</b></template></template>after",
        "<table><template><tr><td>t</td></tr></template></table>",
        "<p>a<table>b<tr>c</tr>d</table>e",
        "<svg><foreignObject><p>x</p></foreignObject><desc><b>y</b></desc></svg>",
        "<select><option>1<option>2</select><keygen>",
        "<frameset><frame></frameset>",
        "<!doctype html><!--a--><html><!--b--><head></head><!--c--><body></body></html><!--d-->",
        // A random run found this one: `</>` is a parse-error token in html5ever, which
        // keeps the line break after `<pre>`.
        "<pre></>\nx",
        "<listing></>\n\nx",
    ] {
        assert_same(html);
        assert_same_tokens(html);
    }
}

#[test]
fn own_tokenizer_takes_the_plain_shapes_and_refuses_the_rest() {
    for html in [
        "<!DOCTYPE html><html><head><title>a &amp; b</title></head><body><p class=x>t</p></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\"><p>a",
        "<script><!-- <script>x</script> --></script><p>after",
        "<p>a\r\nb\rc",
        // html5ever drops a byte-order mark right after a script's end tag (its driver
        // feeds the tokenizer again there); matn's tokenizer does the same.
        "<script></script -->\u{feff}x",
        "<meta charset=utf-8>\u{feff}<p>y",
    ] {
        assert!(Dom::parse_fast(html).is_ok(), "refused {html:?}");
        assert_same_tokens(html);
    }
    assert_eq!(Dom::parse_fast("<p>a\0b").err(), Some("NUL"));
    assert_eq!(
        Dom::parse_fast("<svg><![CDATA[x]]></svg>").err(),
        Some("CDATA")
    );
    assert_eq!(Dom::parse_fast("<!DOCTYPE>").err(), Some("DOCTYPE"));
    // Refused pages still parse, through html5ever's tokenizer.
    assert_same("<svg><![CDATA[x<y]]></svg>");
}

/// Every saved page we have, as decoded text before the guard (scripts, comments and
/// attributes intact): both tokenizers give the same tree.
#[test]
fn own_tokenizer_gives_html5evers_tree_on_every_saved_page() {
    let mut dirs = vec![
        std::path::PathBuf::from("fixtures"),
        std::path::PathBuf::from("fixtures/meta"),
    ];
    let corpus = std::path::Path::new("../shared/corpus/pages");
    if corpus.is_dir() {
        dirs.push(corpus.to_path_buf());
    }
    let mut seen = 0;
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let Ok(decoded) = matn::read::decode(&bytes, None) else {
                continue;
            };
            let text = decoded.text.as_str();
            let fast = Dom::parse_fast(text)
                .unwrap_or_else(|why| panic!("{}: refused: {why}", path.display()));
            let (a, b) = (flat(&fast), flat(&Dom::parse_with_html5ever(text)));
            assert_eq!(a.len(), b.len(), "{}: node count differs", path.display());
            if let Some(i) = (0..a.len()).find(|&i| a[i] != b[i]) {
                panic!(
                    "{}: node {i} differs: {:?} vs {:?}",
                    path.display(),
                    a[i],
                    b[i]
                );
            }
            seen += 1;
        }
    }
    assert!(seen >= 20, "only {seen} pages");
}

/// One node of [`read_parts`]: depth, kind, text and attributes.
type ReadPart = (u32, Kind, Option<String>, Vec<(String, String)>);

/// A tree as depth-first (depth, kind, text, attributes) with what extraction leaves out
/// taken out: attributes no stage reads, and the text of `<style>` and non-JSON-LD
/// `<script>` elements.
fn read_parts(dom: &Dom) -> Vec<ReadPart> {
    let dead = |i: usize| {
        let p = dom.nodes[i].parent;
        p != NO_PARENT
            && match dom.tag(p) {
                Some(Tag::Style) => true,
                Some(Tag::Script) => !dom
                    .attrs(p)
                    .iter()
                    .any(|a| a.value.to_ascii_lowercase().contains("ld+json")),
                _ => false,
            }
    };
    (0..dom.nodes.len())
        .filter(|&i| !(dom.nodes[i].kind == Kind::Text && dead(i)))
        .map(|i| {
            let n = dom.nodes[i];
            let attrs = dom
                .attrs(i)
                .iter()
                .filter(|a| matn::read::is_kept_attribute(a.name.local.as_bytes()))
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect();
            (n.depth, n.kind, dom.text(i).map(str::to_string), attrs)
        })
        .collect()
}

/// Pieces with attributes extraction drops and raw text it leaves out.
const PAGE_PIECES: &[&str] = &[
    "<div class=a data-x=1 onclick='f()'>",
    "</div>",
    "<p style=\"x\" data-y>",
    "</p>",
    "<script>var a = 1;</script>",
    "<script type=\"application/ld+json\">{\"a\":1}</script>",
    "<style>p{}</style>",
    "<svg><style>s</style><script>t</script></svg>",
    "<a href=x target=_blank rel=nofollow>",
    "</a>",
    "<img src=a srcset='b 2x' alt=c>",
    "<table>",
    "<td>",
    "<b>",
    "</b>",
    "text",
    " ",
    "<noscript>n</noscript>",
    "<select><script>s</script>",
    "<frameset>",
    "<script><!-- <script>x</script> --></script>",
    "<title>t</title>",
    "<!-- c -->",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn page_parse_is_the_parse_without_unread_parts(pieces in prop::collection::vec(0..PAGE_PIECES.len(), 0..30)) {
        let html: String = pieces.iter().map(|&k| PAGE_PIECES[k]).collect();
        prop_assert_eq!(read_parts(&Dom::parse_page(&html)), read_parts(&Dom::parse(&html)), "{:?}", html);
    }
}

/// Markup past the guard's limits is parsed as the guard leaves it.
#[test]
fn page_parse_goes_through_the_guard_past_its_limits() {
    let deep = "<div>".repeat(100_000) + "deep";
    let many = format!(
        "<p {}>x</p>",
        (0..5000)
            .map(|k| format!("class{k}=v"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let many_kept = format!(
        "<p {}>x</p>",
        (0..5000)
            .map(|k| format!("id=v{k} class=c{k}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let formatting = format!(
        "<p>{}{}",
        (0..500).map(|k| format!("<b id={k}>")).collect::<String>(),
        "<p>x".repeat(2000)
    );
    for (what, html) in [
        ("deep", &deep),
        ("attributes", &many),
        ("kept attributes", &many_kept),
        ("formatting", &formatting),
    ] {
        let t = std::time::Instant::now();
        let page = Dom::parse_page(html);
        let guarded = matn::read::limit_markup(html, &matn::read::MarkupLimits::default());
        assert_eq!(
            read_parts(&page),
            read_parts(&Dom::parse(&guarded)),
            "{what}"
        );
        assert!(t.elapsed().as_secs() < 10, "{what}: {:?}", t.elapsed());
    }
    // The deep page keeps its text, at no more than the guard's depth.
    let page = Dom::parse_page(&deep);
    assert!(page
        .nodes
        .iter()
        .all(|n| n.depth as usize <= matn::read::MAX_NESTING_DEPTH + 4));
    assert!((0..page.nodes.len()).any(|i| page.text(i) == Some("deep")));
}
