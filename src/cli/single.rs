//! One page in, one record out: `matn`, `matn -`, `matn FILE`. No threads, no progress,
//! no summary; `--explain` also lists the dropped blocks on standard error.

use super::args::{Config, Input};
use super::output::{self, ReadError, Written};
use super::Exit;

/// A WARC file that was not seen as one before it was read (a pipe given as a path, such
/// as `<(zcat crawl.warc.gz)`): its records one after another, JSON Lines on standard
/// output, failures as `matn: PATH#RECORD-ID: reason`.
fn archive_in_memory(cfg: &Config, options: &matn::Options, name: &str, bytes: &[u8]) -> Exit {
    use matn::archive::warc;
    let mut out = std::io::stdout().lock();
    let (mut ok, mut failed) = (0u64, 0u64);
    let records = warc::Reader::new(bytes)
        .with_filter(warc::responses_only)
        .with_max_block(options.max_bytes);
    for record in records {
        let extracted = match record {
            Err(e) => Err((e.place(), e.reason)),
            Ok(r) if r.block.is_none() => continue,
            Ok(r) => {
                let place = r
                    .id()
                    .map_or_else(|| format!("offset {}", r.offset), str::to_string);
                match warc::page(&r, options) {
                    Ok(warc::Content::Skip(_)) => continue,
                    Ok(warc::Content::Page(page)) => {
                        matn::extract_page(&page, options).map_err(|e| (place, e.to_string()))
                    }
                    Err(reason) => Err((place, reason)),
                }
            }
        };
        match extracted {
            Ok(article) => {
                let mut record = matn::write::render(&article, cfg.format);
                if ok > 0 && cfg.format == matn::write::Format::Text {
                    record = format!("{}\n{record}", super::batch::TEXT_PAGE_BREAK);
                }
                ok += 1;
                match output::write_record(&mut out, &record) {
                    Written::Ok => {}
                    Written::Closed => return Exit::Ok,
                    Written::Failed(e) => {
                        eprintln!("matn: standard output: {e}");
                        return Exit::SomeFailed;
                    }
                }
            }
            Err((place, reason)) => {
                failed += 1;
                eprintln!("matn: {name}#{place}: {reason}");
            }
        }
    }
    match (ok, failed) {
        (0, 0) => {
            eprintln!("matn: {name}: no HTML pages in this archive");
            Exit::Unusable
        }
        (_, 0) => Exit::Ok,
        _ => Exit::SomeFailed,
    }
}

/// Extracts `input` and prints it; returns the exit status.
pub fn run(cfg: &Config, input: &Input) -> Exit {
    let name = input.display();
    let bytes = match output::read_page(input, cfg.options.max_bytes) {
        Ok(b) => b,
        Err(ReadError::Io(e)) => {
            eprintln!("matn: {name}: {e}");
            return Exit::Unusable;
        }
        Err(ReadError::TooLarge(m)) => {
            eprintln!("matn: {name}: {m}");
            return Exit::SomeFailed;
        }
    };
    let mut options = cfg.options.clone();
    if let Input::Path(_) = input {
        options.path = Some(name.clone());
    }
    if matn::archive::sniff(&bytes) == matn::archive::Kind::Warc {
        return archive_in_memory(cfg, &options, &name, &bytes);
    }
    let extracted = std::panic::catch_unwind(|| matn::extract(&bytes, &options));
    let article = match extracted {
        Ok(Ok(a)) => a,
        Ok(Err(e)) => {
            eprintln!("matn: {name}: {e}");
            return Exit::SomeFailed;
        }
        Err(panic) => {
            eprintln!("matn: {name}: {}", super::panic_reason(panic.as_ref()));
            return Exit::SomeFailed;
        }
    };
    if options.explain {
        for r in &article.removed {
            eprintln!("matn: explain: {}: {}", r.rule, r.text);
        }
        for m in &article.metadata_sources {
            eprintln!("matn: explain: metadata {}: {}", m.field, m.source);
        }
    }
    let record = matn::write::render(&article, cfg.format);
    match output::write_record(&mut std::io::stdout().lock(), &record) {
        Written::Ok | Written::Closed => Exit::Ok,
        Written::Failed(e) => {
            eprintln!("matn: standard output: {e}");
            Exit::SomeFailed
        }
    }
}
