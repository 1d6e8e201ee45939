//! The command line: the clap struct (its doc comments are the `--help` text) and
//! [`Config`], the plain settings that the rest of the binary runs on. Nothing past
//! [`Config::from_args`] sees clap.

use clap::{Parser, ValueEnum};
use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

/// The name under which a page read from standard input is reported.
pub const STDIN_NAME: &str = "-";

/// The widest `--help` wraps to, however wide the terminal.
const HELP_WIDTH: usize = 100;

/// Turn saved Arabic news pages into clean JSON: headline, body paragraphs, quoted
/// statements with their speakers, metadata.
///
/// With no PATH (or `-`), reads one page on standard input and prints one JSON object.
/// With several files or a folder (searched recursively for .html, .htm, .html.gz,
/// .htm.gz, .mhtml, .mht, .warc and .warc.gz, in sorted order), prints JSON Lines, one
/// object per page, in input order. A WARC file gives one object per HTML response
/// record. Every file's kind (HTML, MHTML, WARC, gzip or not) is told by its content.
/// With -o, writes a mirrored tree of .json files instead (one .jsonl per WARC file).
///
/// Exit status: 0 every page extracted; 1 some pages failed (the rest were written);
/// 2 bad usage or nothing readable; 130 a batch stopped by Ctrl-C.
#[derive(Debug, Parser)]
#[command(name = "matn", version, about, max_term_width = HELP_WIDTH)]
pub struct Args {
    /// Pages or folders to read; `-` is standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<OsString>,

    /// Write one .json file per page under DIR, mirroring the input tree
    /// (a/b/page.html becomes DIR/a/b/page.json). Files are written atomically.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: Option<PathBuf>,

    /// With -o: leave pages alone whose output file already exists (resume a batch).
    #[arg(long, requires = "output")]
    pub skip_existing: bool,

    /// Read more paths from FILE, one per line (`-` is standard input).
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<OsString>,

    /// With --files-from: paths are separated by NUL bytes (as `find -print0` writes
    /// them), not newlines.
    #[arg(short = '0', long = "null", requires = "files_from")]
    pub null: bool,

    /// Number of worker threads for a batch [default: all cores].
    #[arg(short = 'j', long = "threads", value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,

    /// Output format: the JSON schema, or the title and paragraphs as plain text.
    #[arg(long, value_enum, default_value_t = FormatArg::Json, value_name = "FORMAT")]
    pub format: FormatArg,

    /// Decode every page with this encoding (a WHATWG label such as windows-1256),
    /// whatever the page says about itself.
    #[arg(long, value_name = "LABEL", value_parser = parse_encoding)]
    pub encoding: Option<String>,

    /// List every dropped block and the rule that dropped it (`removed` in the JSON;
    /// for a single page also one line per block on standard error).
    #[arg(long)]
    pub explain: bool,

    /// Refuse pages larger than BYTES.
    #[arg(long, value_name = "BYTES", default_value_t = matn::Options::default().max_bytes)]
    pub max_size: u64,

    /// No progress bar and no summary; errors are still printed.
    #[arg(short, long)]
    pub quiet: bool,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Json,
    Text,
}

/// Refuses an encoding label at start-up rather than once per page.
fn parse_encoding(label: &str) -> Result<String, String> {
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        Some(_) => Ok(label.to_string()),
        None => Err(format!("unknown encoding label {label:?}")),
    }
}

/// Where a page (or a list of paths) comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file or a folder.
    Path(PathBuf),
}

impl Input {
    fn from_arg(arg: OsString) -> Input {
        if arg == STDIN_NAME {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }

    /// How the input is named in messages and in `source.path`.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => STDIN_NAME.to_string(),
            Input::Path(p) => p.display().to_string(),
        }
    }
}

/// What kind of run this is; decided once from the arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// One page in, one object out on standard output.
    Single(Input),
    /// Many pages, one record each on standard output, in input order.
    Stream,
    /// Many pages, one file each under this folder.
    Mirror(PathBuf),
}

/// How `--files-from` is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathList {
    pub source: Input,
    /// The byte that ends each path: `\n` or NUL.
    pub separator: u8,
}

/// Everything the binary needs to know, with clap left behind.
#[derive(Debug, Clone)]
pub struct Config {
    pub mode: Mode,
    /// The positional inputs, in the order given (empty in [`Mode::Single`]).
    pub inputs: Vec<Input>,
    /// More inputs, read lazily after the positional ones.
    pub files_from: Option<PathList>,
    /// With [`Mode::Mirror`]: skip pages whose output file exists.
    pub skip_existing: bool,
    /// Worker threads for a batch; `None` for one per core (asked only when a batch
    /// starts, so that a single page does no work it does not need).
    pub threads: Option<usize>,
    pub format: matn::write::Format,
    /// No progress and no summary.
    pub quiet: bool,
    /// Draw a progress bar (a batch, standard error is a terminal, not quiet).
    pub progress: bool,
    /// The library options shared by every page (`path` is set per page).
    pub options: matn::Options,
}

impl Config {
    /// The configuration for one WARC file named alone (`matn crawl.warc.gz`): a batch
    /// of its records on standard output, with a progress bar on a terminal.
    pub fn into_archive_stream(mut self, input: Input) -> Config {
        self.mode = Mode::Stream;
        self.inputs = vec![input];
        self.progress = !self.quiet && std::io::stderr().is_terminal();
        self
    }
}

/// A usage mistake that clap cannot see; the binary prints it and exits 2.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

impl Config {
    /// Turns parsed arguments into a [`Config`]. Looks at the file system once, to tell
    /// a single file from a folder.
    pub fn from_args(args: Args) -> Result<Config, UsageError> {
        let mut inputs: Vec<Input> = args.paths.into_iter().map(Input::from_arg).collect();
        let files_from = args.files_from.map(|f| PathList {
            source: Input::from_arg(f),
            separator: if args.null { 0 } else { b'\n' },
        });
        let stdin_uses = inputs.iter().filter(|i| **i == Input::Stdin).count()
            + usize::from(
                files_from
                    .as_ref()
                    .is_some_and(|l| l.source == Input::Stdin),
            );
        if stdin_uses > 1 {
            return Err(UsageError(
                "standard input (-) can only be read once".to_string(),
            ));
        }
        if inputs.is_empty() && files_from.is_none() {
            inputs.push(Input::Stdin);
        }
        let is_batch_input = inputs.len() > 1
            || files_from.is_some()
            || inputs
                .iter()
                .any(|i| matches!(i, Input::Path(p) if p.is_dir()));
        let mode = match (args.output, is_batch_input) {
            (Some(dir), _) => {
                if dir.exists() && !dir.is_dir() {
                    return Err(UsageError(format!(
                        "{}: -o needs a folder, and this is a file",
                        dir.display()
                    )));
                }
                if inputs.contains(&Input::Stdin) {
                    return Err(UsageError(
                        "-o writes one file per input path; a page on standard input (-) has no path"
                            .to_string(),
                    ));
                }
                Mode::Mirror(dir)
            }
            (None, true) => Mode::Stream,
            (None, false) => Mode::Single(inputs.pop().unwrap_or(Input::Stdin)),
        };
        let format = match args.format {
            FormatArg::Json => matn::write::Format::Json {
                pretty: args.pretty,
            },
            FormatArg::Text => matn::write::Format::Text,
        };
        let threads = args.threads.map(usize::from);
        let batch = !matches!(mode, Mode::Single(_));
        let options = matn::Options {
            encoding: args.encoding,
            explain: args.explain,
            max_bytes: args.max_size,
            ..matn::Options::default()
        };
        Ok(Config {
            mode,
            inputs,
            files_from,
            skip_existing: args.skip_existing,
            threads,
            format,
            quiet: args.quiet,
            progress: batch && !args.quiet && std::io::stderr().is_terminal(),
            options,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(argv: &[&str]) -> Result<Config, UsageError> {
        let args = Args::try_parse_from(std::iter::once("matn").chain(argv.iter().copied()))
            .map_err(|e| UsageError(e.to_string()))?;
        Config::from_args(args)
    }

    #[test]
    fn no_arguments_read_one_page_on_stdin() {
        let c = config(&[]).unwrap();
        assert_eq!(c.mode, Mode::Single(Input::Stdin), "mode");
    }

    #[test]
    fn one_file_is_single_two_are_a_stream() {
        let c = config(&["a.html"]).unwrap();
        assert_eq!(c.mode, Mode::Single(Input::Path("a.html".into())), "mode");
        let c = config(&["a.html", "b.html"]).unwrap();
        assert_eq!(c.mode, Mode::Stream, "mode");
        assert_eq!(c.inputs.len(), 2, "inputs");
    }

    #[test]
    fn a_folder_is_a_stream() {
        let dir = std::env::temp_dir();
        let c = config(&[dir.to_str().unwrap()]).unwrap();
        assert_eq!(c.mode, Mode::Stream, "mode");
    }

    #[test]
    fn output_makes_a_mirror_even_for_one_file() {
        let c = config(&["a.html", "-o", "out"]).unwrap();
        assert_eq!(c.mode, Mode::Mirror("out".into()), "mode");
    }

    /// The first line of the usage error for `argv`.
    fn usage_error(argv: &[&str]) -> String {
        match config(argv) {
            Ok(c) => panic!("{argv:?}: accepted as {:?}", c.mode),
            Err(UsageError(m)) => m.lines().next().unwrap_or_default().to_string(),
        }
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let out = file.path().to_str().unwrap();
        let got: Vec<String> = [
            &["-", "--files-from", "-"][..],
            &["-", "-"],
            &["a.html", "-o", out],
            &["-", "-o", "out"],
            &["-0", "a.html"],
            &["--encoding", "no-such-label"],
        ]
        .iter()
        .map(|argv| usage_error(argv))
        .collect();
        assert_eq!(
            got,
            [
                "standard input (-) can only be read once".to_string(),
                "standard input (-) can only be read once".to_string(),
                format!("{out}: -o needs a folder, and this is a file"),
                "-o writes one file per input path; a page on standard input (-) has no path"
                    .to_string(),
                "error: the following required arguments were not provided:".to_string(),
                "error: invalid value 'no-such-label' for '--encoding <LABEL>': \
                 unknown encoding label \"no-such-label\""
                    .to_string(),
            ]
        );
    }

    #[test]
    fn stdin_twice_is_a_usage_error() {
        assert!(
            config(&["-", "--files-from", "-"]).is_err(),
            "- and --files-from -"
        );
        assert!(config(&["-", "-"]).is_err(), "- -");
    }

    #[test]
    fn output_onto_a_file_is_a_usage_error() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let out = file.path().to_str().unwrap();
        assert!(config(&["a.html", "-o", out]).is_err(), "-o FILE");
    }

    #[test]
    fn stdin_with_output_is_a_usage_error() {
        assert!(config(&["-", "-o", "out"]).is_err(), "- -o out");
    }

    #[test]
    fn flags_that_need_another_are_refused_alone() {
        assert!(
            config(&["--skip-existing", "a.html"]).is_err(),
            "--skip-existing"
        );
        assert!(config(&["-0", "a.html"]).is_err(), "-0");
        assert!(config(&["-j", "0", "a.html"]).is_err(), "-j 0");
    }

    #[test]
    fn unknown_encoding_is_refused_at_start() {
        assert!(
            config(&["--encoding", "no-such-label"]).is_err(),
            "bad label"
        );
        let c = config(&["--encoding", "windows-1256"]).unwrap();
        assert_eq!(
            c.options.encoding.as_deref(),
            Some("windows-1256"),
            "encoding"
        );
    }

    #[test]
    fn files_from_null_sets_the_separator() {
        let c = config(&["--files-from", "-", "-0"]).unwrap();
        let list = c.files_from.unwrap();
        assert_eq!(list.separator, 0, "separator");
        assert_eq!(list.source, Input::Stdin, "source");
        assert_eq!(c.mode, Mode::Stream, "mode");
    }

    #[test]
    fn library_options_follow_the_flags() {
        let c = config(&["--explain", "--max-size", "1000", "--pretty"]).unwrap();
        assert!(c.options.explain, "explain");
        assert_eq!(c.options.max_bytes, 1000, "max_bytes");
        assert_eq!(
            c.format,
            matn::write::Format::Json { pretty: true },
            "format"
        );
    }
}
