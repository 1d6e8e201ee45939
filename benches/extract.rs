//! Criterion benchmarks over real pages: the parse floor (decode + html5ever), each
//! stage, and the whole `extract`, side by side. Pages come from `MATN_BENCH_PAGES`, else
//! `../shared/corpus/pages`, else `fixtures/pages`.
//!
//! `cargo bench` runs them; CI only checks that they compile (`cargo bench --no-run`).

use criterion::{criterion_group, criterion_main, Criterion};
use matn::{meta, parse, read, strip, text, Options};
use std::hint::black_box;
use std::path::PathBuf;

fn pages() -> Vec<Vec<u8>> {
    let dirs: Vec<PathBuf> = std::env::var_os("MATN_BENCH_PAGES")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            PathBuf::from("../shared/corpus/pages"),
            PathBuf::from("fixtures/pages"),
        ])
        .collect();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"))
            .collect();
        files.sort();
        let pages: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
        if !pages.is_empty() {
            return pages;
        }
    }
    Vec::new()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    if pages.is_empty() {
        eprintln!("no pages to benchmark");
        return;
    }
    let opts = Options::default();
    let decoded: Vec<String> = pages
        .iter()
        .filter_map(|p| read::decode(p, None).ok().map(|d| d.text))
        .collect();
    let mut g = c.benchmark_group(format!("{} pages", pages.len()));
    g.bench_function("floor: decode + parse", |b| {
        b.iter(|| {
            for p in &pages {
                let text = read::decode_for_floor(p);
                black_box(scraper::Html::parse_document(&text));
            }
        })
    });
    g.bench_function("stage: parse + flatten", |b| {
        b.iter(|| {
            for t in &decoded {
                black_box(parse::Dom::parse(t));
            }
        })
    });
    let doms: Vec<parse::Dom> = decoded.iter().map(|t| parse::Dom::parse(t)).collect();
    g.bench_function("stage: meta", |b| {
        b.iter(|| {
            for d in &doms {
                black_box(meta::collect(d));
            }
        })
    });
    g.bench_function("stage: strip + segment", |b| {
        b.iter(|| {
            for d in &doms {
                let s = strip::strip(d, false);
                black_box(text::segment(d, &s));
            }
        })
    });
    g.bench_function("whole extract", |b| {
        b.iter(|| {
            for p in &pages {
                let _ = black_box(matn::extract(p, &opts));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
