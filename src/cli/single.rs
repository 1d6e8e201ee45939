//! One page in, one record out: `matn`, `matn -`, `matn FILE`. No threads, no progress,
//! no summary; `--explain` also lists the dropped blocks on standard error.

use super::args::{Config, Input};
use super::output::{self, ReadError, Written};
use super::Exit;

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
