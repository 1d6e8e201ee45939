//! Speed of `matn::extract` on a folder, one core, in-process, as a ratio to the parse
//! floor measured in the same run on the same pages: decoding as `../shared/floor` does
//! (BOM, `<meta>` label, else UTF-8) plus html5ever's `parse_document`.
//!
//! `cargo run --release --example speed -- DIR [PASSES]`
//!
//! Prints pages/s, MB/s and the median ms per page of each, and the ratio.

use std::time::Instant;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        0.0
    } else {
        v[v.len() / 2]
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: speed DIR [PASSES]");
        std::process::exit(2);
    };
    let passes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "html" || x == "htm"));
    files.sort();
    let pages: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let opts = matn::Options::default();
    let floor = |p: &[u8]| {
        let text = matn::read::decode_for_floor(p);
        std::hint::black_box(scraper::Html::parse_document(&text));
    };
    let full = |p: &[u8]| {
        let _ = std::hint::black_box(matn::extract(p, &opts));
    };
    // Warm-up pass.
    for p in &pages {
        floor(p);
        full(p);
    }
    let mut per_page_floor = vec![Vec::new(); pages.len()];
    let mut per_page_full = vec![Vec::new(); pages.len()];
    let (mut t_floor, mut t_full) = (0.0, 0.0);
    // Each pass runs the folder through the floor, then through matn, one page at a time
    // (as `../shared/floor` does): neither finds the other's page warm in the cache.
    for _ in 0..passes {
        for (i, p) in pages.iter().enumerate() {
            let t = Instant::now();
            floor(p);
            let a = t.elapsed().as_secs_f64();
            per_page_floor[i].push(a);
            t_floor += a;
        }
        for (i, p) in pages.iter().enumerate() {
            let t = Instant::now();
            full(p);
            let b = t.elapsed().as_secs_f64();
            per_page_full[i].push(b);
            t_full += b;
        }
    }
    let mut med_floor: Vec<f64> = per_page_floor.iter_mut().map(|v| median(v)).collect();
    let mut med_full: Vec<f64> = per_page_full.iter_mut().map(|v| median(v)).collect();
    let (mf, mx) = (median(&mut med_floor) * 1e3, median(&mut med_full) * 1e3);
    let n = (pages.len() * passes) as f64;
    let mb = (bytes * passes) as f64 / 1e6;
    println!(
        "{} pages, {:.2} MB, {passes} passes",
        pages.len(),
        bytes as f64 / 1e6
    );
    println!("| stage | pages/s | MB/s | median ms/page |");
    println!("|---|---|---|---|");
    println!(
        "| floor: decode + parse | {:.0} | {:.1} | {:.3} |",
        n / t_floor,
        mb / t_floor,
        mf
    );
    println!(
        "| matn extract | {:.0} | {:.1} | {:.3} |",
        n / t_full,
        mb / t_full,
        mx
    );
    println!(
        "ratio to floor: {:.2}x (median per page), {:.2}x (total time)",
        mx / mf,
        t_full / t_floor
    );
}
