//! matn's tokenizer against html5ever's on arbitrary text: whenever matn's takes a page,
//! both must give the same tree (kinds, links, text, attributes).
#![no_main]

use libfuzzer_sys::fuzz_target;
use matn::parse::Dom;

fn same(a: &Dom, b: &Dom) -> bool {
    a.nodes.len() == b.nodes.len()
        && (0..a.nodes.len()).all(|i| {
            let (x, y) = (a.nodes[i], b.nodes[i]);
            x.kind == y.kind
                && x.parent == y.parent
                && x.end == y.end
                && a.text(i) == b.text(i)
                && a.attrs(i) == b.attrs(i)
        })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(fast) = Dom::parse_fast(&text) {
        let slow = Dom::parse_with_html5ever(&text);
        assert!(same(&fast, &slow), "trees differ for {text:?}");
    }
});
