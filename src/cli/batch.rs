//! Batches: many pages on a rayon pool, with at most [`IN_FLIGHT_PER_THREAD`] × threads
//! pages handed out and not yet reported (twice that while one slow page holds its
//! successors back, and fewer once the records waiting for their turn hold
//! [`HELD_BYTES_MAX`]), and results handed out in input order as soon as they are ready
//! (a reorder buffer), so memory stays flat however many pages there are.
//!
//! With several workers, the calling thread walks the inputs, keeps [`QUEUED_PER_WORKER`]
//! units queued on the pool per worker thread, extracts the next unit itself when the
//! pool has enough, and between units puts results back in order and prints them or
//! their errors. Workers read, extract, render and (with `-o`) write atomically. With one
//! worker (`-j 1`, or a one-core machine) the calling thread does it all in turn: the
//! same [`Producer`] and [`Consumer`], joined directly.
//!
//! A unit is a page file (read by whoever extracts it), or one record of a WARC file: the
//! calling thread streams a WARC's records one at a time ([`matn::archive::warc::Reader`])
//! and hands each out like a page, between an [`Outcome::ArchiveStart`] and an
//! [`Outcome::ArchiveEnd`] of its own. With `-o`, the calling thread writes a WARC's
//! records in order to one temporary `.jsonl` file beside its target and renames it at
//! the archive's end, so an archive's output appears whole or not at all.

use super::args::{Config, Input, Mode};
use super::output::{self, Counts, ReadError, Reporter, Written};
use super::walk::{Item, Page, Walk};
use super::Exit;
use matn::archive::{self, warc};
use std::collections::BTreeMap;
use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Instant;

/// Pages in flight (read, being extracted, or waiting for their turn) per worker thread;
/// twice this many while one slow page holds its successors back. Finished pages wait for
/// their turn as an outcome (with `-o`, nothing but a count) or a rendered record (on
/// standard output, bounded by [`HELD_BYTES_MAX`]), so a wide window costs little; a
/// narrow one made the walking thread wait for the slow page: with 4 (8 units at `-j 2`)
/// a 500 KB page among small ones left a core idle for 1.5–2 ms of every 10 in some runs
/// (up to 26 ms of a 95 ms batch of 240 pages, measured with `perf sched`).
pub const IN_FLIGHT_PER_THREAD: usize = 16;

/// Units queued on the pool per thread: enough that no thread runs dry while the walking
/// thread reports or extracts a large page (whoever is free takes the next unit): a large
/// page takes the time of ten small ones.
pub const QUEUED_PER_WORKER: usize = 8;

/// Rendered records waiting in the reorder buffer for a slow page before them, in bytes,
/// beyond which the walking thread hands out nothing more until the slow page is done.
pub const HELD_BYTES_MAX: usize = 16 << 20;

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
    /// A WARC record's article, rendered: printed, or appended to its archive's output.
    Record(String),
    /// A WARC record with no page to extract (a request, a redirect, a PDF…); not a
    /// page, so not counted. With `--explain`, the line saying why.
    Ignored(Option<String>),
    /// A WARC file's records follow; with `-o`, they go to `target` (`None` on stdout).
    ArchiveStart {
        path: String,
        target: Option<PathBuf>,
    },
    /// The WARC file's records are all done.
    ArchiveEnd,
}

impl Outcome {
    /// The bytes of a rendered record this outcome holds while it waits for its turn.
    fn held_bytes(&self) -> usize {
        match self {
            Outcome::Done(Some(record)) | Outcome::Record(record) => record.len(),
            _ => 0,
        }
    }
}

/// With `-o`, the WARC file whose records are being written, and its temporary file.
struct ArchiveOutput {
    path: String,
    target: Option<PathBuf>,
    file: Option<std::io::BufWriter<tempfile::NamedTempFile>>,
    /// Records that were pages (extracted or failed).
    pages: u64,
    /// The first write failure, if any.
    failed: Option<String>,
}

/// What every worker needs.
struct Shared {
    options: matn::Options,
    format: matn::write::Format,
    mirror: Option<PathBuf>,
    skip_existing: bool,
    /// Whether the walk keeps a page's file open for its worker ([`open_input`]): only
    /// while the units that may be queued stay under [`MAX_FILES_KEPT_OPEN`].
    keep_open: bool,
    stop: AtomicBool,
}

/// The most page files the walk keeps open for queued units (one per queued unit, eight
/// per thread): far under the usual limit of 1 024 descriptors, which a batch also needs
/// for its output files.
const MAX_FILES_KEPT_OPEN: usize = 256;

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
    let shared = Arc::new(Shared {
        options: cfg.options,
        format: cfg.format,
        mirror: match cfg.mode {
            Mode::Mirror(dir) => Some(dir),
            _ => None,
        },
        skip_existing: cfg.skip_existing,
        keep_open: threads.saturating_mul(QUEUED_PER_WORKER + 1) <= MAX_FILES_KEPT_OPEN,
        stop: AtomicBool::new(false),
    });
    let walk = Walk::new(cfg.inputs, cfg.files_from);
    let (counts, closed) = if threads <= 1 {
        sequential(walk, &shared, &reporter)
    } else {
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
        parallel(walk, threads, &pool, &shared, &reporter)
    };
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

/// One worker: the calling thread walks, reads, extracts and writes each unit in turn,
/// with no hand-off between threads (a batch with `-j 1` spends nothing on waking and
/// waiting).
fn sequential(walk: Walk, shared: &Arc<Shared>, reporter: &Reporter) -> (Counts, bool) {
    let mut consumer = Consumer::new(shared, reporter);
    Producer {
        shared: Arc::clone(shared),
        to: Dispatch::Inline(&mut consumer),
        seq: 0,
    }
    .produce(walk);
    consumer.finish()
}

/// Workers on the pool, the walking and reporting done on one of them: it walks, keeps
/// [`QUEUED_PER_WORKER`] units per thread queued on the pool, and between units reports
/// what came back, in order. When the queue is full, or twice [`IN_FLIGHT_PER_THREAD`] ×
/// threads units are out and unreported (one slow page holding its successors back), or
/// the records held back reach [`HELD_BYTES_MAX`], it runs queued units itself rather
/// than wait, and so again at the end. No walking
/// thread, no token hand-off, and a worker with work queued never sleeps.
fn parallel(
    walk: Walk,
    threads: usize,
    pool: &rayon::ThreadPool,
    shared: &Arc<Shared>,
    reporter: &Reporter,
) -> (Counts, bool) {
    let capacity = threads.saturating_mul(IN_FLIGHT_PER_THREAD).max(1) as u64;
    let queue = threads.saturating_mul(QUEUED_PER_WORKER).max(1) as u64;
    pool.install(|| {
        // The tables every page needs, built side by side rather than by the first
        // thread to need each while the other waits.
        rayon::spawn(|| matn::warm_up(0, 2));
        matn::warm_up(1, 2);
        let (result_tx, result_rx) = mpsc::channel::<(u64, Outcome)>();
        let mut consumer = Consumer::new(shared, reporter);
        Producer {
            shared: Arc::clone(shared),
            to: Dispatch::Pool {
                capacity,
                queue,
                out: 0,
                results: result_tx,
                returned: result_rx,
                consumer: &mut consumer,
            },
            seq: 0,
        }
        .produce(walk);
        consumer.finish()
    })
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

/// Where the producer's units go.
enum Dispatch<'a, 'b> {
    /// To the pool this thread runs on (see [`parallel`]); outcomes come back through
    /// `returned` and go to `consumer`.
    Pool {
        /// Units handed out and not yet reported, at most twice this many.
        capacity: u64,
        /// Units out on the pool (`out`) before this thread runs queued ones itself.
        queue: u64,
        out: u64,
        results: mpsc::Sender<(u64, Outcome)>,
        returned: mpsc::Receiver<(u64, Outcome)>,
        consumer: &'a mut Consumer<'b>,
    },
    /// Run on this thread and handed straight to the consumer, in order.
    Inline(&'a mut Consumer<'b>),
}

/// Hands units of work out in input order, one sequence number each.
struct Producer<'a, 'b> {
    shared: Arc<Shared>,
    to: Dispatch<'a, 'b>,
    seq: u64,
}

impl Producer<'_, '_> {
    /// Reports what came back from the pool, waiting only while twice `capacity` units
    /// are handed out and unreported (a slow page holds its successors back); `false`
    /// when the batch is stopping.
    fn token(&mut self) -> bool {
        if let Dispatch::Pool {
            capacity,
            queue,
            out,
            returned,
            consumer,
            ..
        } = &mut self.to
        {
            loop {
                let full = *out >= *queue
                    || self.seq.saturating_sub(consumer.next) >= capacity.saturating_mul(2)
                    || consumer.held >= HELD_BYTES_MAX;
                let back = match returned.try_recv() {
                    Ok(back) => Some(back),
                    // Run a queued unit here rather than wait; wait when none is left.
                    Err(_) if full => match rayon::yield_now() {
                        Some(rayon::Yield::Executed) => continue,
                        _ => returned.recv().ok(),
                    },
                    Err(_) => None,
                };
                let Some((seq, outcome)) = back else { break };
                *out = out.saturating_sub(1);
                if !consumer.take(seq, outcome) {
                    self.shared.stop.store(true, Ordering::Relaxed);
                    return false;
                }
            }
        }
        !self.shared.stopping()
    }

    /// Waits for every unit handed out to come back and be reported (on the pool).
    fn drain(&mut self) {
        if let Dispatch::Pool {
            returned,
            consumer,
            out,
            ..
        } = &mut self.to
        {
            while consumer.next < self.seq {
                let back = match returned.try_recv() {
                    Ok(back) => Ok(back),
                    Err(_) => match rayon::yield_now() {
                        Some(rayon::Yield::Executed) => continue,
                        _ => returned.recv(),
                    },
                };
                let Ok((seq, outcome)) = back else {
                    return;
                };
                *out = out.saturating_sub(1);
                if !consumer.take(seq, outcome) {
                    // Standard output is gone: what is still out finishes on its own.
                    self.shared.stop.store(true, Ordering::Relaxed);
                    return;
                }
            }
        }
    }

    /// Hands `outcome` of unit `seq` on; `false` when the batch is stopping.
    fn deliver(&mut self, seq: u64, outcome: Outcome) -> bool {
        let consumer = match &mut self.to {
            Dispatch::Pool { consumer, .. } => consumer,
            Dispatch::Inline(consumer) => consumer,
        };
        let going = consumer.take(seq, outcome);
        if !going {
            self.shared.stop.store(true, Ordering::Relaxed);
        }
        going
    }

    /// Runs `work` as the next unit; `false` when the batch is stopping.
    fn spawn(
        &mut self,
        input: Input,
        work: impl FnOnce(&Shared) -> Outcome + Send + 'static,
    ) -> bool {
        if !self.token() {
            return false;
        }
        let seq = self.seq;
        self.seq += 1;
        if let Dispatch::Pool { results, out, .. } = &mut self.to {
            *out += 1;
            let shared = Arc::clone(&self.shared);
            let results = results.clone();
            rayon::spawn(move || {
                let outcome = if shared.stopping() {
                    Outcome::Cancelled
                } else {
                    guarded(&input, || work(&shared))
                };
                let _ = results.send((seq, outcome));
            });
            return true;
        }
        let outcome = guarded(&input, || work(&self.shared));
        self.deliver(seq, outcome)
    }

    /// Sends an outcome known without work as the next unit; `false` when stopping.
    fn direct(&mut self, outcome: Outcome) -> bool {
        if !self.token() {
            return false;
        }
        let seq = self.seq;
        self.seq += 1;
        self.deliver(seq, outcome)
    }

    /// Walks the inputs and hands each page, and each record of each WARC file, out;
    /// returns when every unit is reported (or the batch stops).
    fn produce(mut self, walk: Walk) {
        self.walk(walk);
        self.drain();
    }

    fn walk(&mut self, walk: Walk) {
        for item in walk {
            let going = match item {
                Item::Page(page) => match open_input(&page.input, self.shared.keep_open) {
                    Opening::Archive(reader) => self.archive(&page, reader),
                    Opening::Page(opened) => self.spawn(page.input.clone(), move |shared| {
                        process(&page, opened, shared)
                    }),
                },
                Item::Failed { path, reason } => self.direct(Outcome::Failed {
                    path,
                    reason,
                    read: false,
                }),
                Item::Empty { path } => self.direct(Outcome::Empty(path)),
            };
            if !going {
                return;
            }
        }
    }

    /// Streams one WARC file's records to the pool. `false` when the batch is stopping.
    fn archive(&mut self, page: &Page, reader: Box<dyn Read + Send>) -> bool {
        let name = page.input.display();
        let target = match &self.shared.mirror {
            None => None,
            Some(dir) => {
                let ext = archive_extension(self.shared.format);
                match output::mirror_target(dir, &page.rel, ext) {
                    Some(t) => Some(t),
                    None => {
                        return self.direct(Outcome::Failed {
                            path: name,
                            reason: "no file name to write the output under".to_string(),
                            read: false,
                        })
                    }
                }
            }
        };
        if self.shared.skip_existing && target.as_deref().is_some_and(|t| t.exists()) {
            return self.direct(Outcome::Skipped);
        }
        if !self.direct(Outcome::ArchiveStart {
            path: name.clone(),
            target,
        }) {
            return false;
        }
        let records = warc::Reader::new(reader)
            .with_filter(warc::responses_only)
            .with_max_block(self.shared.options.max_bytes);
        for record in records {
            let going = match record {
                Ok(record) if record.block.is_none() => self.direct(Outcome::Ignored(None)),
                Ok(record) => {
                    let name = name.clone();
                    self.spawn(page.input.clone(), move |shared| {
                        process_record(&record, &name, shared)
                    })
                }
                Err(e) => self.direct(Outcome::Failed {
                    path: format!("{name}#{}", e.place()),
                    reason: e.reason,
                    read: true,
                }),
            };
            if !going {
                return false;
            }
        }
        self.direct(Outcome::ArchiveEnd)
    }
}

/// Whether an input is a WARC file, told by its first bytes. Only a regular file is opened
/// to look (a pipe such as `<(zcat x)` would lose what was read); standard input is
/// peeked at without consuming anything.
pub fn is_archive(input: &Input) -> bool {
    match input {
        Input::Stdin => {
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            // Peeks without consuming: the bytes stay in standard input's buffer.
            lock.fill_buf()
                .is_ok_and(|head| archive::sniff(head) == archive::Kind::Warc)
        }
        Input::Path(p) => {
            std::fs::metadata(p).is_ok_and(|m| m.is_file())
                && std::fs::File::open(p)
                    .and_then(archive::read_head)
                    .is_ok_and(|head| archive::sniff(&head) == archive::Kind::Warc)
        }
    }
}

/// What the walking thread made of an input: a WARC file to stream, or a page for a
/// worker, with the file already open when it is a regular one.
enum Opening {
    Archive(Box<dyn Read + Send>),
    Page(Option<output::Opened>),
}

/// Opens an input once to tell a WARC file from a page by its first bytes. A regular
/// file stays open, and a page's worker reads on from the bytes already read rather than
/// opening it again. Standard input is peeked at without consuming anything; anything
/// else (a pipe, a device) is not read here, and one that cannot be opened is left to its
/// worker to report. With `keep_open` false (very many threads), a page's file is closed
/// again and its worker opens it anew.
fn open_input(input: &Input, keep_open: bool) -> Opening {
    let path = match input {
        Input::Stdin if is_archive(input) => return Opening::Archive(Box::new(std::io::stdin())),
        Input::Stdin => return Opening::Page(None),
        Input::Path(p) => p,
    };
    let Ok(file) = std::fs::File::open(path) else {
        return Opening::Page(None);
    };
    let size = match file.metadata() {
        Ok(m) if m.is_file() => m.len(),
        _ => return Opening::Page(None),
    };
    let Ok(head) = archive::read_head(&file) else {
        return Opening::Page(None);
    };
    if archive::sniff(&head) == archive::Kind::Warc {
        return Opening::Archive(Box::new(std::io::Cursor::new(head).chain(file)));
    }
    Opening::Page(keep_open.then_some(output::Opened { file, head, size }))
}

/// The extension of a WARC file's `-o` output: one record per line.
fn archive_extension(format: matn::write::Format) -> &'static str {
    match format {
        matn::write::Format::Json { .. } => "jsonl",
        matn::write::Format::Text => "txt",
    }
}

/// Puts results back in input order and reports them: counts, records on standard
/// output, errors on standard error, archive outputs.
struct Consumer<'a> {
    shared: &'a Shared,
    reporter: &'a Reporter,
    counts: Counts,
    /// Outcomes that came before their turn.
    pending: BTreeMap<u64, Outcome>,
    /// The bytes of the records in `pending`.
    held: usize,
    next: u64,
    out: std::io::StdoutLock<'static>,
    first_record: bool,
    archive: Option<ArchiveOutput>,
    /// Standard output was closed by its reader.
    closed: bool,
}

impl<'a> Consumer<'a> {
    fn new(shared: &'a Shared, reporter: &'a Reporter) -> Self {
        Consumer {
            shared,
            reporter,
            counts: Counts::default(),
            pending: BTreeMap::new(),
            held: 0,
            next: 0,
            out: std::io::stdout().lock(),
            first_record: true,
            archive: None,
            closed: false,
        }
    }

    /// Takes unit `seq`'s outcome and reports every outcome whose turn has come; `false`
    /// once the batch must stop (standard output closed or failing).
    fn take(&mut self, seq: u64, outcome: Outcome) -> bool {
        if seq != self.next {
            self.held += outcome.held_bytes();
            self.pending.insert(seq, outcome);
            return true;
        }
        let mut turn = Some(outcome);
        while let Some(outcome) = turn {
            self.next += 1;
            if !self.report(outcome) {
                return false;
            }
            turn = self.pending.remove(&self.next);
            if let Some(o) = &turn {
                self.held = self.held.saturating_sub(o.held_bytes());
            }
        }
        true
    }

    /// Reports one outcome in its turn; `false` once the batch must stop.
    fn report(&mut self, outcome: Outcome) -> bool {
        match outcome {
            Outcome::Done(None) => {
                self.counts.ok += 1;
                self.counts.readable += 1;
            }
            Outcome::Done(Some(record)) | Outcome::Record(record) => {
                self.counts.ok += 1;
                self.counts.readable += 1;
                if let Some(a) = self.archive.as_mut() {
                    a.pages += 1;
                    if let Some(file) = a.file.as_mut() {
                        append(a.pages, file, &record, self.shared.format, &mut a.failed);
                        return true;
                    }
                }
                let record = match (self.shared.format, self.first_record) {
                    (matn::write::Format::Text, false) => {
                        format!("{TEXT_PAGE_BREAK}\n{record}")
                    }
                    _ => record,
                };
                self.first_record = false;
                match output::write_record(&mut self.out, &record) {
                    Written::Ok => {}
                    Written::Closed => {
                        self.closed = true;
                        return false;
                    }
                    Written::Failed(e) => {
                        self.reporter.error("standard output", &e);
                        self.counts.errored = true;
                        return false;
                    }
                }
            }
            Outcome::Skipped => self.counts.skipped += 1,
            Outcome::Failed { path, reason, read } => {
                self.counts.failed += 1;
                self.counts.readable += u64::from(read);
                if let Some(a) = self.archive.as_mut() {
                    a.pages += 1;
                }
                self.reporter.error(&path, &reason);
            }
            Outcome::Empty(path) => {
                self.counts.errored = true;
                self.reporter
                    .error(&path, "no pages or archives in this folder");
            }
            Outcome::Cancelled => {}
            Outcome::Ignored(explain) => {
                if let Some(line) = explain {
                    self.reporter.line(&line);
                }
                return true;
            }
            Outcome::ArchiveStart { path, target } => {
                let mut failed = None;
                let file = target
                    .as_deref()
                    .and_then(|t| match output::temp_beside(t) {
                        Ok(f) => Some(std::io::BufWriter::new(f)),
                        Err(e) => {
                            failed = Some(format!("cannot write {}: {e}", t.display()));
                            None
                        }
                    });
                self.archive = Some(ArchiveOutput {
                    path,
                    target,
                    file,
                    pages: 0,
                    failed,
                });
                return true;
            }
            Outcome::ArchiveEnd => {
                if let Some(a) = self.archive.take() {
                    finish_archive(a, &mut self.counts, self.reporter);
                }
                return true;
            }
        }
        self.reporter.tick();
        true
    }

    /// The counts, and whether standard output was closed by its reader.
    fn finish(self) -> (Counts, bool) {
        (self.counts, self.closed)
    }
}

/// Appends one record to an archive's output file (the first write failure is kept).
fn append(
    nth: u64,
    file: &mut impl Write,
    record: &str,
    format: matn::write::Format,
    failed: &mut Option<String>,
) {
    if failed.is_some() {
        return;
    }
    let page_break = matches!(format, matn::write::Format::Text) && nth > 1;
    let written = if page_break {
        writeln!(file, "{TEXT_PAGE_BREAK}")
    } else {
        Ok(())
    }
    .and_then(|()| writeln!(file, "{record}"));
    if let Err(e) = written {
        *failed = Some(e.to_string());
    }
}

/// Renames an archive's output file into place, or reports why not; an archive with no
/// HTML page at all is reported like an empty folder.
fn finish_archive(a: ArchiveOutput, counts: &mut Counts, reporter: &Reporter) {
    if a.pages == 0 {
        counts.errored = true;
        reporter.error(&a.path, "no HTML pages in this archive");
        return;
    }
    let (Some(file), Some(target)) = (a.file, a.target.as_deref()) else {
        if let Some(reason) = a.failed {
            counts.errored = true;
            reporter.error(&a.path, &reason);
        }
        return;
    };
    let persisted = match a.failed {
        Some(reason) => Err(reason),
        None => file
            .into_inner()
            .map_err(|e| e.error().to_string())
            .and_then(|tmp| output::persist(tmp, target).map_err(|e| e.to_string())),
    };
    if let Err(reason) = persisted {
        counts.errored = true;
        reporter.error(
            &a.path,
            &format!("cannot write {}: {reason}", target.display()),
        );
    }
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

/// Reads (on from `opened` when the walk opened the file), extracts, renders and (with
/// `-o`) writes one page.
fn process(page: &Page, opened: Option<output::Opened>, shared: &Shared) -> Outcome {
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
    let max_bytes = shared.options.max_bytes;
    let read = match opened {
        Some(opened) => output::read_opened(opened, max_bytes),
        None => output::read_page(&page.input, max_bytes),
    };
    let bytes = match read {
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

/// Extracts and renders one WARC record. Records that hold no page are ignored (with
/// `--explain`, a line says why, for responses); a record that fails is named
/// `PATH#RECORD-ID`.
fn process_record(record: &warc::Record, path: &str, shared: &Shared) -> Outcome {
    let place = record
        .id()
        .map_or_else(|| format!("offset {}", record.offset), str::to_string);
    let name = format!("{path}#{place}");
    let page = match warc::page(record, &shared.options) {
        Ok(warc::Content::Page(page)) => page,
        Ok(warc::Content::Skip(why)) => {
            let explain = shared
                .options
                .explain
                .then(|| format!("matn: explain: {name}: skipped: {why}"));
            return Outcome::Ignored(explain);
        }
        Err(reason) => {
            return Outcome::Failed {
                path: name,
                reason,
                read: true,
            }
        }
    };
    let mut options = shared.options.clone();
    options.path = Some(path.to_string());
    match matn::extract_page(&page, &options) {
        Ok(article) => Outcome::Record(matn::write::render(&article, shared.format)),
        Err(e) => Outcome::Failed {
            path: name,
            reason: e.to_string(),
            read: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_file_is_kept_open_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("page.html");
        std::fs::write(&p, "<p>نص</p>").unwrap();
        match open_input(&Input::Path(p.clone()), true) {
            Opening::Page(Some(opened)) => {
                assert_eq!(opened.head, "<p>نص</p>".as_bytes(), "page.html head");
                assert_eq!(opened.size, "<p>نص</p>".len() as u64, "page.html size");
            }
            _ => panic!("page.html: expected an open page"),
        }
        assert!(
            matches!(open_input(&Input::Path(p), false), Opening::Page(None)),
            "page.html without keep_open"
        );
        let warc = dir.path().join("crawl.warc");
        std::fs::write(
            &warc,
            "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
        )
        .unwrap();
        assert!(
            matches!(open_input(&Input::Path(warc), false), Opening::Archive(_)),
            "crawl.warc is streamed whatever keep_open says"
        );
    }

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
    fn records_held_for_a_slow_page_are_counted_until_their_turn() {
        let shared = Shared {
            options: matn::Options::default(),
            format: matn::write::Format::Json { pretty: false },
            mirror: None,
            skip_existing: false,
            keep_open: true,
            stop: AtomicBool::new(false),
        };
        let reporter = Reporter::new(false, true);
        let mut consumer = Consumer::new(&shared, &reporter);
        // The records go to an archive's temporary file rather than to standard output.
        let tmp = tempfile::NamedTempFile::new().unwrap();
        consumer.archive = Some(ArchiveOutput {
            path: "crawl.warc".to_string(),
            target: None,
            file: Some(std::io::BufWriter::new(tmp)),
            pages: 0,
            failed: None,
        });
        assert!(consumer.take(1, Outcome::Record("{\"a\":1}".to_string())));
        assert!(consumer.take(2, Outcome::Done(None)));
        assert!(consumer.take(3, Outcome::Record("{}".to_string())));
        assert_eq!(consumer.held, 9, "two records wait for unit 0");
        assert_eq!(consumer.next, 0, "nothing reported before unit 0");
        assert!(consumer.take(0, Outcome::Record("{}".to_string())));
        assert_eq!(consumer.held, 0, "all reported");
        assert_eq!(consumer.next, 4, "next");
        assert_eq!(consumer.counts.ok, 4, "ok");
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
