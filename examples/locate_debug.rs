//! Diagnostic: for one page, prints what strip dropped (with --explain rules), the top
//! container candidates of `locate` with their scores, and the kept/dropped body blocks.
//!
//! `cargo run --release --example locate_debug -- PAGE.html[.gz]`

use matn::options::Thresholds;
use matn::parse::{Dom, Kind};
use std::io::Read;

fn main() {
    let path = std::env::args().nth(1).expect("usage: locate_debug PAGE");
    let mut bytes = std::fs::read(&path).expect("read");
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .expect("gzip");
        bytes = out;
    }
    let decoded = matn::read::decode(&bytes, None).expect("decode");
    let html = matn::read::limit_markup(&decoded.text, &matn::read::MarkupLimits::default());
    let dom = Dom::parse(&html);
    let th = Thresholds::default();
    let stripped = matn::strip::strip(&dom, true);
    // MATN_FRAME=1: the fallback's strip, the page's frame only.
    let stripped = if std::env::var_os("MATN_FRAME").is_some() {
        matn::strip::frame(&dom, &stripped, true)
    } else {
        stripped
    };
    for r in &stripped.removed {
        if r.text.chars().count() > 30 {
            println!("STRIP {} | {}", r.rule, r.text);
        }
    }
    let blocks = matn::text::segment(&dom, &stripped);
    let n = dom.nodes.len();
    let mut score = vec![0f32; n];
    for b in &blocks {
        score[b.owner] += matn::locate::block_value(b, &th);
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if p != matn::parse::NO_PARENT {
            score[p] += score[i];
        }
    }
    let mut cands: Vec<(usize, f32)> = (0..n)
        .filter(|&i| matches!(dom.nodes[i].kind, Kind::Element(_)))
        .map(|i| (i, score[i]))
        .collect();
    cands.sort_by(|a, b| b.1.total_cmp(&a.1));
    let describe = |i: usize| {
        format!(
            "#{i} <{:?} id={:?} class={:?}> raw={}",
            dom.tag(i),
            dom.attr(i, "id").unwrap_or(""),
            dom.attr(i, "class").unwrap_or(""),
            stripped.raw_chars[i]
        )
    };
    for (i, s) in cands.iter().take(8) {
        println!("CAND {s:.0} {}", describe(*i));
    }
    let facts = matn::meta::collect(&dom);
    let root = matn::locate::locate(&dom, &stripped, &blocks, &facts, &th);
    println!("ROOT {:?}", root.map(describe));
    // The root's ancestors with their raw scores, to see what the body lost to.
    if let Some(root) = root {
        let mut a = dom.nodes[root].parent;
        while a != matn::parse::NO_PARENT {
            println!("  UP {:.0} {}", score[a], describe(a));
            a = dom.nodes[a].parent;
        }
    }
    // MATN_NODE=ix prints one node's score and its children's.
    if let Some(ix) = std::env::var("MATN_NODE")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        println!("NODE {:.0} {}", score[ix], describe(ix));
        for c in dom.children(ix) {
            if matches!(dom.nodes[c].kind, Kind::Element(_)) {
                println!("  CHILD {:.0} {}", score[c], describe(c));
            }
        }
    }
    if let Some(root) = root {
        for b in blocks.iter().filter(|b| dom.contains(root, b.first)) {
            let t: String = b.text.chars().take(90).collect();
            println!(
                "  [{:.0} ch={} ld={:.2} p={} {:?}] {t}",
                matn::locate::block_value(b, &th),
                b.chars,
                b.link_density(),
                b.punct,
                b.owner_tag
            );
        }
        let body = matn::text::paragraphs(&dom, &stripped, &blocks, root, &th, true);
        for r in &body.removed {
            println!("DROP {} | {}", r.rule, r.text);
        }
    }
}
