//! Batches: many pages on a rayon pool, with at most [`IN_FLIGHT_PER_THREAD`] × threads
//! pages read or waiting at once, and results handed out in input order as soon as they
//! are ready (a reorder buffer), so memory stays flat however many pages there are.
//!
//! One thread walks the inputs and hands pages to the pool, taking a token per page;
//! workers read, extract, render and (with `-o`) write atomically; the calling thread
//! puts results back in order, prints them or their errors, and returns the token.

use super::args::{Config, Input, Mode};
use super::output::{self, Counts, ReadError, Reporter, Written};
use super::walk::{Item, Page, Walk};
use super::Exit;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Instant;

/// Pages in flight (read, being extracted, or waiting for their turn) per worker thread.
pub const IN_FLIGHT_PER_THREAD: usize = 4;

/// With `--format text` on standard output, the line between two pages: a form feed,
/// since blank lines already separate paragraphs.
pub const TEXT_PAGE_BREAK: &str = "\u{c}";

/// Set by the first Ctrl-C: take no new pages, let those in flight finish.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// What became of one input item.
#[derive(Debug)]
enum Outcome {
    /// Extracted; the rendered record when it goes to standard output.
    Done(Option<String>),
    /// `--skip-existing` and the output was there.
    Skipped,
    /// A page or path that failed; `read` when its bytes had been read.
    Failed {
        path: String,
        reason: String,
        read: bool,
    },
    /// A folder with no pages.
    Empty(String),
    /// Not started: the batch was stopping.
    Cancelled,
}

/// What every worker needs.
struct Shared {
    options: matn::Options,
    format: matn::write::Format,
    mirror: Option<PathBuf>,
    skip_existing: bool,
    stop: AtomicBool,
}

impl Shared {
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed) || INTERRUPTED.load(Ordering::Relaxed)
    }
}

/// Runs a batch ([`Mode::Stream`] or [`Mode::Mirror`]) and returns the exit status.
pub fn run(cfg: Config) -> Exit {
    install_interrupt_handler();
    let started = Instant::now();
    let reporter = Reporter::new(cfg.progress, cfg.quiet);
    let threads = cfg
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("matn-{i}"))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            reporter.line(&format!("matn: cannot start worker threads: {e}"));
            return Exit::Unusable;
        }
    };
    let shared = Arc::new(Shared {
        options: cfg.options,
        format: cfg.format,
        mirror: match cfg.mode {
            Mode::Mirror(dir) => Some(dir),
            _ => None,
        },
        skip_existing: cfg.skip_existing,
        stop: AtomicBool::new(false),
    });
    let capacity = threads.saturating_mul(IN_FLIGHT_PER_THREAD).max(1);
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(capacity);
    for _ in 0..capacity {
        // Cannot fail: the channel holds exactly `capacity` tokens and the receiver lives.
        let _ = token_tx.send(());
    }
    let (result_tx, result_rx) = mpsc::channel::<(u64, Outcome)>();
    let walk = Walk::new(cfg.inputs, cfg.files_from);

    let (counts, closed) = std::thread::scope(|scope| {
        let producer_shared = Arc::clone(&shared);
        let pool = &pool;
        scope.spawn(move || produce(walk, pool, producer_shared, &token_rx, result_tx));
        let consumed = consume(&result_rx, token_tx, &shared, &reporter);
        // On an early return (closed pipe) stop the walk and the queued pages; dropping
        // the receiver and the token sender unblocks the walking thread.
        shared.stop.store(true, Ordering::Relaxed);
        drop(result_rx);
        consumed
    });
    if closed {
        reporter.clear();
        return Exit::Ok;
    }
    let interrupted = INTERRUPTED.load(Ordering::Relaxed);
    reporter.finish(&counts, started.elapsed(), interrupted);
    if counts.pages() == 0 && !counts.errored {
        reporter.line("matn: no pages to read");
    }
    exit_status(&counts, interrupted)
}

/// 130 after Ctrl-C; 2 when not one page could be read; 1 when anything failed; else 0.
fn exit_status(c: &Counts, interrupted: bool) -> Exit {
    if interrupted {
        Exit::Interrupted
    } else if c.readable == 0 && c.skipped == 0 {
        Exit::Unusable
    } else if c.failed > 0 || c.errored {
        Exit::SomeFailed
    } else {
        Exit::Ok
    }
}

/// The first Ctrl-C stops new work; a second one ends the program at once.
fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(Exit::Interrupted.code());
        }
    });
}

/// Walks the inputs and hands each item to the pool, one token per item.
fn produce(
    walk: Walk,
    pool: &rayon::ThreadPool,
    shared: Arc<Shared>,
    tokens: &mpsc::Receiver<()>,
    results: mpsc::Sender<(u64, Outcome)>,
) {
    for (seq, item) in (0u64..).zip(walk) {
        if tokens.recv().is_err() || shared.stopping() {
            return;
        }
        let direct = match item {
            Item::Page(page) => {
                let shared = Arc::clone(&shared);
                let results = results.clone();
                pool.spawn(move || {
                    let outcome = if shared.stopping() {
                        Outcome::Cancelled
                    } else {
                        guarded(&page.input, || process(&page, &shared))
                    };
                    let _ = results.send((seq, outcome));
                });
                continue;
            }
            Item::Failed { path, reason } => Outcome::Failed {
                path,
                reason,
                read: false,
            },
            Item::Empty { path } => Outcome::Empty(path),
        };
        if results.send((seq, direct)).is_err() {
            return;
        }
    }
}

/// Puts results back in input order and reports them. Returns the counts and whether
/// standard output was closed by its reader.
fn consume(
    results: &mpsc::Receiver<(u64, Outcome)>,
    tokens: mpsc::SyncSender<()>,
    shared: &Shared,
    reporter: &Reporter,
) -> (Counts, bool) {
    let mut counts = Counts::default();
    let mut pending: BTreeMap<u64, Outcome> = BTreeMap::new();
    let mut next = 0u64;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut first_record = true;
    for (seq, outcome) in results {
        pending.insert(seq, outcome);
        while let Some(outcome) = pending.remove(&next) {
            next += 1;
            let _ = tokens.send(());
            match outcome {
                Outcome::Done(record) => {
                    counts.ok += 1;
                    counts.readable += 1;
                    if let Some(record) = record {
                        let record = match (shared.format, first_record) {
                            (matn::write::Format::Text, false) => {
                                format!("{TEXT_PAGE_BREAK}\n{record}")
                            }
                            _ => record,
                        };
                        first_record = false;
                        match output::write_record(&mut out, &record) {
                            Written::Ok => {}
                            Written::Closed => return (counts, true),
                            Written::Failed(e) => {
                                reporter.error("standard output", &e);
                                counts.errored = true;
                                return (counts, false);
                            }
                        }
                    }
                }
                Outcome::Skipped => counts.skipped += 1,
                Outcome::Failed { path, reason, read } => {
                    counts.failed += 1;
                    counts.readable += u64::from(read);
                    reporter.error(&path, &reason);
                }
                Outcome::Empty(path) => {
                    counts.errored = true;
                    reporter.error(&path, "no .html or .htm pages in this folder");
                }
                Outcome::Cancelled => {}
            }
            reporter.tick();
        }
    }
    (counts, false)
}

/// Runs `work` for one page; a panic (a bug in the extractor) becomes that page's
/// failure instead of ending the batch or leaving its place in the order empty.
fn guarded(input: &Input, work: impl FnOnce() -> Outcome) -> Outcome {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|panic| {
        Outcome::Failed {
            path: input.display(),
            reason: super::panic_reason(panic.as_ref()),
            read: true,
        }
    })
}

/// Reads, extracts, renders and (with `-o`) writes one page.
fn process(page: &Page, shared: &Shared) -> Outcome {
    let name = page.input.display();
    let ext = output::extension(shared.format);
    let target = match &shared.mirror {
        None => None,
        Some(dir) => match output::mirror_target(dir, &page.rel, ext) {
            Some(t) => Some(t),
            None => {
                return Outcome::Failed {
                    path: name,
                    reason: "no file name to write the output under".to_string(),
                    read: false,
                }
            }
        },
    };
    if shared.skip_existing && target.as_deref().is_some_and(|t| t.exists()) {
        return Outcome::Skipped;
    }
    let bytes = match output::read_page(&page.input, shared.options.max_bytes) {
        Ok(b) => b,
        Err(e) => {
            let (reason, read) = match e {
                ReadError::Io(e) => (e.to_string(), false),
                ReadError::TooLarge(m) => (m, true),
            };
            return Outcome::Failed {
                path: name,
                reason,
                read,
            };
        }
    };
    let mut options = shared.options.clone();
    options.path = match page.input {
        Input::Stdin => None,
        Input::Path(_) => Some(name.clone()),
    };
    let article = match matn::extract(&bytes, &options) {
        Ok(a) => a,
        Err(e) => {
            return Outcome::Failed {
                path: name,
                reason: e.to_string(),
                read: true,
            }
        }
    };
    let record = matn::write::render(&article, shared.format);
    match target {
        None => Outcome::Done(Some(record)),
        Some(target) => {
            let mut data = record.into_bytes();
            data.push(b'\n');
            match output::write_atomic(&target, &data) {
                Ok(()) => Outcome::Done(None),
                Err(e) => Outcome::Failed {
                    path: name,
                    reason: format!("cannot write {}: {e}", target.display()),
                    read: true,
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(ok: u64, failed: u64, skipped: u64, readable: u64) -> Counts {
        Counts {
            ok,
            failed,
            skipped,
            readable,
            errored: false,
        }
    }

    #[test]
    fn exit_status_follows_the_contract() {
        let cases = [
            ("all ok", counts(3, 0, 0, 3), Exit::Ok),
            ("some failed", counts(2, 1, 0, 3), Exit::SomeFailed),
            (
                "all read, none extracted",
                counts(0, 2, 0, 2),
                Exit::SomeFailed,
            ),
            ("nothing readable", counts(0, 2, 0, 0), Exit::Unusable),
            ("no pages at all", counts(0, 0, 0, 0), Exit::Unusable),
            ("all skipped", counts(0, 0, 4, 0), Exit::Ok),
        ];
        for (case, c, want) in cases {
            assert_eq!(exit_status(&c, false), want, "{case}");
        }
        let empty_folder_beside_pages = Counts {
            errored: true,
            ..counts(1, 0, 0, 1)
        };
        assert_eq!(
            exit_status(&empty_folder_beside_pages, false),
            Exit::SomeFailed,
            "empty folder beside pages"
        );
        assert_eq!(
            exit_status(&counts(3, 0, 0, 3), true),
            Exit::Interrupted,
            "interrupted"
        );
    }

    #[test]
    fn a_panicking_page_becomes_a_failed_page() {
        let input = Input::Path("bad.html".into());
        match guarded(&input, || panic!("index out of bounds")) {
            Outcome::Failed { path, reason, read } => {
                assert_eq!(path, "bad.html", "path");
                assert!(reason.contains("index out of bounds"), "reason: {reason}");
                assert_eq!(
                    reason,
                    "internal error (please report this page): index out of bounds"
                );
                assert!(read, "read");
            }
            other => panic!("bad.html: expected Failed, got {other:?}"),
        }
    }
}
