//! The `matn` command: a thin layer over [`matn::extract`].
//!
//! - `matn`, `matn -`, `matn FILE`: one page, one JSON object (or text) on stdout.
//! - `matn FILE FILE…`, `matn DIR`, `--files-from LIST`: JSON Lines on stdout, one object
//!   per page in input order (folders recursively, `.html`/`.htm`/`.html.gz`/`.htm.gz`,
//!   `.mhtml`/`.mht`, `.warc`/`.warc.gz`, sorted by name), each with `source.path`.
//! - A WARC file (`matn crawl.warc.gz`, alone or among others, told by its content) is
//!   a batch of its own: one JSON Lines object per HTML response record, with `-o` one
//!   `.jsonl` file per WARC file; a record that fails is reported as
//!   `matn: PATH#RECORD-ID: reason`. An MHTML file is one page. With `--format text`, pages are
//!   separated by a line holding a form feed (blank lines separate paragraphs).
//! - `-o OUT`: a mirrored tree of `.json` files (`.txt` with `--format text`), each
//!   written atomically (temporary file in the target folder, then renamed). A page
//!   named on the command line keeps its path as given, without root, `.` and `..`
//!   parts; a page found in a folder keeps its path below that folder.
//!
//! Every failure is one line on stderr, `matn: PATH: reason` (standard input is `-`);
//! one failed page never stops a batch.
//!
//! Exit status:
//! - **0**: every page extracted (pages skipped by `--skip-existing` count as done).
//!   Also when standard output is closed by its reader (`matn dir/ | head -1`): the
//!   program stops at once, quietly, with no message and no summary.
//! - **1**: some pages failed and the rest were written. A single page that was read but
//!   yielded no article (empty, binary, too large, no article body) is such a failure.
//!   A folder named on the command line that holds no pages, beside other inputs that
//!   do, also gives 1.
//! - **2**: bad usage (clap's own errors, `-` read twice, `-o` with standard input, an
//!   unknown `--encoding` label), or nothing readable: a single input that cannot be
//!   opened or read, a batch in which not one page could be read (nonexistent paths,
//!   empty folders, an empty `--files-from` list, WARC files with no HTML response).
//! - **130**: a batch stopped by Ctrl-C. The first Ctrl-C takes no new pages and lets
//!   those in flight finish (their files are complete); a second one exits at once,
//!   which can leave a `.tmp*` file but never a partial output file.

mod cli;

/// See Cargo.toml: fewer page faults and instructions per page than the system's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use cli::args::{Args, Config, Mode};
use cli::Exit;

fn main() {
    let args = Args::parse();
    let exit = match Config::from_args(args) {
        Err(e) => {
            eprintln!("matn: {}", e.0);
            Exit::Unusable
        }
        Ok(cfg) => match &cfg.mode {
            Mode::Single(input) => {
                let input = input.clone();
                if cli::batch::is_archive(&input) {
                    cli::batch::run(cfg.into_archive_stream(input))
                } else {
                    cli::single::run(&cfg, &input)
                }
            }
            Mode::Stream | Mode::Mirror(_) => cli::batch::run(cfg),
        },
    };
    std::process::exit(exit.code());
}
