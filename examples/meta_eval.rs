//! Measures the metadata stage against gold files: `published` (day and exact),
//! `categories` and `author` where the gold states them, and dates the gold does not
//! have (possible inventions).
//!
//! ```sh
//! cargo run --example meta_eval -- ../shared/corpus/pages ../shared/corpus/gold
//! ```

use std::path::{Path, PathBuf};

use matn::meta;
use matn::parse::Dom;
use serde_json::Value;

fn day(s: &str) -> &str {
    s.get(..10).unwrap_or(s)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pages = PathBuf::from(
        args.first()
            .map_or("../shared/corpus/pages", String::as_str),
    );
    let gold = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| pages.parent().unwrap_or(Path::new(".")).join("gold"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&pages)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"))
        .collect();
    files.sort();

    let (mut pub_n, mut pub_day, mut pub_exact, mut extra) = (0, 0, 0, 0);
    let (mut parse_time, mut collect_time) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    let (mut cat_n, mut cat_ok, mut auth_n, mut auth_ok) = (0, 0, 0, 0);
    println!(
        "{:<40} {:<27} {:<27} {:<4} {:<4}",
        "page", "published (ours)", "gold", "date", "cats"
    );
    for path in &files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let bytes = std::fs::read(path)?;
        let text = match matn::read::decode(&bytes, None) {
            Ok(d) => d.text,
            Err(e) => {
                println!("{stem:<40} decode error: {e}");
                continue;
            }
        };
        let t0 = std::time::Instant::now();
        let dom = Dom::parse(&text);
        let t1 = std::time::Instant::now();
        let facts = meta::collect(&dom);
        parse_time += t1 - t0;
        collect_time += t1.elapsed();
        let md = &facts.metadata;
        let g: Value = std::fs::read_to_string(gold.join(format!("{stem}.json")))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(Value::Null);
        let ours = md.published.clone().unwrap_or_else(|| "-".into());
        let gold_pub = g.get("published").and_then(Value::as_str);
        let date_mark = match gold_pub {
            Some(gp) => {
                pub_n += 1;
                let d = md.published.as_deref().is_some_and(|o| day(o) == day(gp));
                let x = md.published.as_deref() == Some(gp);
                pub_day += usize::from(d);
                pub_exact += usize::from(x);
                if x {
                    "ok"
                } else if d {
                    "day"
                } else {
                    "MISS"
                }
            }
            None if md.published.is_some() => {
                extra += 1;
                "new?"
            }
            None => "",
        };
        let cat_mark = match g.get("categories").and_then(Value::as_array) {
            Some(gc) => {
                cat_n += 1;
                let want: Vec<&str> = gc.iter().filter_map(Value::as_str).collect();
                let ok = want == md.categories.iter().map(String::as_str).collect::<Vec<_>>();
                cat_ok += usize::from(ok);
                if ok {
                    "ok"
                } else {
                    "MISS"
                }
            }
            None => "",
        };
        println!(
            "{stem:<40} {ours:<27} {:<27} {date_mark:<4} {cat_mark:<4}",
            gold_pub.unwrap_or("-")
        );
        if cat_mark == "MISS" {
            println!(
                "    categories: ours {:?} gold {:?}",
                md.categories,
                g.get("categories")
            );
        }
        if let Some(ga) = g.get("author") {
            auth_n += 1;
            let ok = ga.as_str() == md.author.as_deref();
            auth_ok += usize::from(ok);
            if !ok {
                println!("    author: ours {:?} gold {ga}", md.author);
            }
        }
        if std::env::var_os("META_EVAL_VERBOSE").is_some() {
            println!("    {md:?}");
            for (k, v) in &facts.sources {
                println!("      {k}: {v}");
            }
        }
    }
    println!();
    println!("published: {pub_day}/{pub_n} right day, {pub_exact}/{pub_n} exact; {extra} dates on pages whose gold has none");
    println!("categories: {cat_ok}/{cat_n} exact");
    println!("author: {auth_ok}/{auth_n} exact");
    println!(
        "time: parse {:.1} ms, collect {:.1} ms ({:.0}% of parse; measure a --release build)",
        parse_time.as_secs_f64() * 1e3,
        collect_time.as_secs_f64() * 1e3,
        100.0 * collect_time.as_secs_f64() / parse_time.as_secs_f64().max(1e-9)
    );
    Ok(())
}
