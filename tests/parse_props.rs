//! matn's own tree sink against `scraper` (the tree matn used to build, and the one
//! `../shared/floor` times): on random markup made to hit the tree builder's hard cases
//! (tables and foster parenting, misnested formatting and the adoption agency, templates,
//! repeated `<html>`/`<body>` attributes, raw-text elements, SVG, comments), both must give
//! the same pre-order nodes: kind, parent, subtree end, depth, text and attributes.

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
    let dom = Dom::parse(html);
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

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
    ] {
        assert_same(html);
    }
}
