//! Criterion benchmark of the whole command on a folder, as a user runs it: a `matn DIR -o
//! OUT -j 1` process (start-up, walk, read, extract, serialise, atomic writes), the same
//! with `-j 2`, and with the results streamed to standard output, beside the parse floor
//! over the same pages in-process. Pages come from `MATN_BENCH_PAGES`, else
//! `../shared/corpus/pages`, else `fixtures/pages`.
//!
//! `cargo bench --bench batch`; `examples/command_speed.rs` prints the same comparison as
//! ratios with medians of whole runs.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn folder() -> Option<PathBuf> {
    std::env::var_os("MATN_BENCH_PAGES")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            PathBuf::from("../shared/corpus/pages"),
            PathBuf::from("fixtures/pages"),
        ])
        .find(|d| d.is_dir())
}

fn pages(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"));
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn run(args: &[&std::ffi::OsStr]) {
    let status = Command::new(env!("CARGO_BIN_EXE_matn"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    assert!(
        status.as_ref().is_ok_and(|s| s.success()),
        "matn {args:?}: {status:?}"
    );
}

fn bench(c: &mut Criterion) {
    let Some(dir) = folder() else {
        eprintln!("no pages to benchmark");
        return;
    };
    let data = pages(&dir);
    let out = std::env::temp_dir().join(format!("matn-bench-batch-{}", std::process::id()));
    let (d, o) = (dir.as_os_str(), out.as_os_str());
    let mut g = c.benchmark_group(format!("{} pages, whole command", data.len()));
    g.sample_size(20);
    g.bench_function("floor: decode + parse (in-process)", |b| {
        b.iter(|| {
            for p in &data {
                let text = matn::read::decode_for_floor(p);
                black_box(scraper::Html::parse_document(&text));
            }
        })
    });
    let j1 = ["-o".as_ref(), o, "-j".as_ref(), "1".as_ref(), "-q".as_ref()];
    g.bench_function("matn DIR -o OUT -j 1", |b| {
        b.iter(|| {
            let _ = std::fs::remove_dir_all(&out);
            run(&[&[d][..], &j1[..]].concat());
        })
    });
    let j2 = ["-o".as_ref(), o, "-j".as_ref(), "2".as_ref(), "-q".as_ref()];
    g.bench_function("matn DIR -o OUT -j 2", |b| {
        b.iter(|| {
            let _ = std::fs::remove_dir_all(&out);
            run(&[&[d][..], &j2[..]].concat());
        })
    });
    let stream = ["-j".as_ref(), "1".as_ref(), "-q".as_ref()];
    g.bench_function("matn DIR -j 1 > /dev/null", |b| {
        b.iter(|| run(&[&[d][..], &stream[..]].concat()))
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&out);
}

criterion_group!(benches, bench);
criterion_main!(benches);
