//! Where results go: reading a page's bytes, the `-o` mirror (paths and atomic writes),
//! standard output with quiet broken pipes, and everything printed on standard error
//! (errors, `--explain` lines, the progress bar and the batch summary).

use super::args::Input;
use super::walk::GZIP_SUFFIX;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How often the progress bar redraws itself while no page finishes.
const PROGRESS_TICK: Duration = Duration::from_millis(120);

/// The progress line: total is unknown while a folder is still being walked.
const PROGRESS_TEMPLATE: &str = "{spinner} {human_pos} pages, {rate} pages/s, {elapsed}";

/// Permissions asked for an output file before the umask, as for any new file
/// (temporary files would otherwise stay readable by their owner only).
#[cfg(unix)]
const OUTPUT_FILE_MODE: u32 = 0o666;

/// Why a page's bytes could not be had.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be opened or read at all: it counts as unreadable.
    Io(io::Error),
    /// The page is there but larger than `--max-size`: a failed page.
    TooLarge(String),
}

/// Reads one page, refusing (without reading it all) one larger than `max_bytes`.
pub fn read_page(input: &Input, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    match input {
        Input::Stdin => {
            io::stdin()
                .lock()
                .take(max_bytes.saturating_add(1))
                .read_to_end(&mut buf)
                .map_err(ReadError::Io)?;
            if buf.len() as u64 > max_bytes {
                return Err(over_limit(max_bytes));
            }
        }
        Input::Path(p) => {
            let file = std::fs::File::open(p).map_err(ReadError::Io)?;
            let meta = file.metadata().map_err(ReadError::Io)?;
            if meta.is_file() {
                return read_opened(
                    Opened {
                        file,
                        head: buf,
                        size: meta.len(),
                    },
                    max_bytes,
                );
            }
            // A pipe or a device: no length to trust, so never more than the limit.
            file.take(max_bytes.saturating_add(1))
                .read_to_end(&mut buf)
                .map_err(ReadError::Io)?;
            if buf.len() as u64 > max_bytes {
                return Err(over_limit(max_bytes));
            }
        }
    }
    Ok(buf)
}

/// An input found larger than `max_bytes` only while it was read (standard input, a pipe,
/// a file that grew).
fn over_limit(max_bytes: u64) -> ReadError {
    ReadError::TooLarge(format!("input too large (more than {max_bytes} bytes)"))
}

/// A page file the walk opened to look at its first bytes: the open file, those bytes
/// and the file's size then.
pub struct Opened {
    pub file: std::fs::File,
    pub head: Vec<u8>,
    pub size: u64,
}

/// Reads the rest of an [`Opened`] page after its first bytes, refusing (without reading
/// on) one larger than `max_bytes`, as [`read_page`] does.
pub fn read_opened(opened: Opened, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let Opened {
        mut file,
        head: mut buf,
        size,
    } = opened;
    if size > max_bytes {
        let e = matn::Error::TooLarge {
            size,
            limit: max_bytes,
        };
        return Err(ReadError::TooLarge(e.to_string()));
    }
    // A file's own `read_to_end` sizes its reads from the file's length: one read for the
    // rest and one to see the end.
    file.read_to_end(&mut buf).map_err(ReadError::Io)?;
    if buf.len() as u64 > max_bytes {
        // The file grew past the limit after it was measured.
        return Err(over_limit(max_bytes));
    }
    Ok(buf)
}

/// The file extension written for each output format.
pub fn extension(format: matn::write::Format) -> &'static str {
    match format {
        matn::write::Format::Json { .. } => "json",
        matn::write::Format::Text => "txt",
    }
}

/// `OUT/a/b/page.json` for the page `a/b/page.html` (or `page.html.gz`, `page.mhtml`);
/// `OUT/a/crawl.jsonl` for the archive `a/crawl.warc.gz` with `ext` `jsonl`.
pub fn mirror_target(out: &Path, rel: &Path, ext: &str) -> Option<PathBuf> {
    let name = rel.file_name()?.to_string_lossy().into_owned();
    let cut = name.len().saturating_sub(GZIP_SUFFIX.len());
    let name = match name.get(cut..) {
        Some(tail) if tail.eq_ignore_ascii_case(GZIP_SUFFIX) => name.get(..cut).unwrap_or(&name),
        _ => &name,
    };
    let file = Path::new(name).with_extension(ext);
    let dir = rel
        .parent()
        .map_or_else(|| out.to_path_buf(), |p| out.join(p));
    Some(dir.join(file))
}

/// Writes `data` to `target` all at once: a temporary file in the same folder, flushed,
/// then renamed over the final name. A crash leaves a `.tmp*` file, never a partial
/// `target`.
///
/// On Linux the file is first made without a name (`O_TMPFILE`) and linked in as `target`
/// once written ([`unnamed::write`]): the new inode is allocated outside the folder's lock,
/// so threads writing into one folder do not queue behind each other's inode allocation,
/// and a crash leaves nothing behind. Elsewhere, or where the file system cannot, a named
/// temporary file is renamed.
pub fn write_atomic(target: &Path, data: &[u8]) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    if let Some(done) = unnamed::write(target, data) {
        return done;
    }
    let mut tmp = temp_beside(target)?;
    tmp.write_all(data)?;
    persist(tmp, target)
}

/// A new temporary file in `target`'s folder (created if need be), with an ordinary
/// file's permissions, to be [`persist`]ed as `target` once complete.
pub fn temp_beside(target: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(OUTPUT_FILE_MODE));
    }
    // The folder nearly always exists already (a batch writes many files into each):
    // create it only when the file cannot be made, saving two system calls a page.
    match builder.tempfile_in(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir)?;
            builder.tempfile_in(dir)
        }
        other => other,
    }
}

/// Flushes a complete temporary file and renames it over `target`.
pub fn persist(mut tmp: tempfile::NamedTempFile, target: &Path) -> io::Result<()> {
    tmp.flush()?;
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// Atomic writes through a file without a name (Linux `O_TMPFILE`), linked in when whole.
#[cfg(target_os = "linux")]
mod unnamed {
    use std::ffi::CString;
    use std::fs::File;
    use std::io::{self, Write};
    use std::os::fd::{AsRawFd, FromRawFd};
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

    /// Set once the file system or kernel has refused an unnamed file: later pages go
    /// straight to the named temporary file.
    static UNSUPPORTED: AtomicBool = AtomicBool::new(false);

    /// Tells apart the temporary names of one process when a target is replaced.
    static NEXT_NAME: AtomicU64 = AtomicU64::new(0);

    /// How many temporary names are tried before giving up on replacing a target.
    const NAME_TRIES: u32 = 16;

    /// Writes `data` as `target`: an unnamed file in `target`'s folder (created if need
    /// be), linked in as `target`; when `target` exists, linked under a temporary name
    /// and renamed over it. `None` when this way is not available here (no `O_TMPFILE`,
    /// no `/proc`, a path with a NUL): the caller writes a named temporary file instead,
    /// which reports any error that is really the target's.
    pub(super) fn write(target: &Path, data: &[u8]) -> Option<io::Result<()>> {
        if UNSUPPORTED.load(Ordering::Relaxed) {
            return None;
        }
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let c_dir = CString::new(dir.as_os_str().as_bytes()).ok()?;
        let c_target = CString::new(target.as_os_str().as_bytes()).ok()?;
        let mut file = match open_unnamed(&c_dir) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Err(e) = std::fs::create_dir_all(dir) {
                    return Some(Err(e));
                }
                open_unnamed(&c_dir).ok()?
            }
            Err(e) => {
                // EOPNOTSUPP (the file system), EISDIR or EINVAL (a kernel before 3.11):
                // the same for every later page. Anything else (permissions, space) is
                // the folder's and is reported by the named way.
                if matches!(
                    e.raw_os_error(),
                    Some(libc::EOPNOTSUPP | libc::EISDIR | libc::EINVAL)
                ) {
                    UNSUPPORTED.store(true, Ordering::Relaxed);
                }
                return None;
            }
        };
        if let Err(e) = file.write_all(data) {
            return Some(Err(e));
        }
        let fd_path = CString::new(format!("/proc/self/fd/{}", file.as_raw_fd())).ok()?;
        match link(&fd_path, &c_target) {
            Ok(()) => Some(Ok(())),
            Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {
                Some(replace(&fd_path, dir, target))
            }
            Err(e) => {
                if e.kind() == io::ErrorKind::NotFound {
                    // No /proc: the same for every later page.
                    UNSUPPORTED.store(true, Ordering::Relaxed);
                }
                None
            }
        }
    }

    /// Links the open unnamed file at `fd_path` under a fresh temporary name beside
    /// `target`, then renames that over `target`.
    fn replace(fd_path: &CString, dir: &Path, target: &Path) -> io::Result<()> {
        for _ in 0..NAME_TRIES {
            let n = NEXT_NAME.fetch_add(1, Ordering::Relaxed);
            let tmp = dir.join(format!(".matn-{}-{n}.tmp", std::process::id()));
            let c_tmp = CString::new(tmp.as_os_str().as_bytes())
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
            match link(fd_path, &c_tmp) {
                Ok(()) => {
                    return std::fs::rename(&tmp, target).inspect_err(|_| {
                        let _ = std::fs::remove_file(&tmp);
                    });
                }
                Err(e) if e.raw_os_error() == Some(libc::EEXIST) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "no free temporary name beside the output file",
        ))
    }

    /// An unnamed regular file in folder `dir`, open for writing, with an ordinary new
    /// file's permissions (before the umask).
    fn open_unnamed(dir: &CString) -> io::Result<File> {
        // SAFETY: `dir` is a valid NUL-terminated path; the descriptor returned is new
        // and owned by the `File` alone.
        let fd = unsafe {
            libc::open(
                dir.as_ptr(),
                libc::O_TMPFILE | libc::O_WRONLY | libc::O_CLOEXEC,
                super::OUTPUT_FILE_MODE as libc::c_uint,
            )
        };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` was just opened above and nothing else holds it.
        Ok(unsafe { File::from_raw_fd(fd) })
    }

    /// `linkat` following the `/proc/self/fd` link to the open file (which needs no
    /// privilege, unlike `AT_EMPTY_PATH`).
    fn link(from: &CString, to: &CString) -> io::Result<()> {
        // SAFETY: both are valid NUL-terminated paths.
        let r = unsafe {
            libc::linkat(
                libc::AT_FDCWD,
                from.as_ptr(),
                libc::AT_FDCWD,
                to.as_ptr(),
                libc::AT_SYMLINK_FOLLOW,
            )
        };
        if r == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }
}

/// What became of a write to standard output.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    Ok,
    /// The reader went away (`matn dir/ | head -1`): stop quietly.
    Closed,
    /// Any other failure, with its message.
    Failed(String),
}

/// Writes one record and its newline to standard output.
pub fn write_record(out: &mut impl Write, record: &str) -> Written {
    let result = out
        .write_all(record.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match result {
        Ok(()) => Written::Ok,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Written::Closed,
        Err(e) => Written::Failed(e.to_string()),
    }
}

/// The counts a batch ends with.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    /// Pages extracted and written.
    pub ok: u64,
    /// Pages (and paths that could not be walked) that failed.
    pub failed: u64,
    /// Pages left alone by `--skip-existing`.
    pub skipped: u64,
    /// Pages whose bytes were read, whatever became of them afterwards.
    pub readable: u64,
    /// Something went wrong that is not a failed page (an empty folder).
    pub errored: bool,
}

impl Counts {
    /// Every page the batch dealt with.
    pub fn pages(&self) -> u64 {
        self.ok + self.failed + self.skipped
    }
}

/// Everything printed on standard error.
pub struct Reporter {
    bar: Option<ProgressBar>,
    quiet: bool,
}

impl Reporter {
    pub fn new(progress: bool, quiet: bool) -> Reporter {
        let bar = progress.then(|| {
            let style = ProgressStyle::with_template(PROGRESS_TEMPLATE)
                .map(|s| {
                    s.with_key(
                        "rate",
                        |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                            let _ = write!(w, "{:.1}", state.per_sec());
                        },
                    )
                })
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(style);
            bar.enable_steady_tick(PROGRESS_TICK);
            bar
        });
        Reporter { bar, quiet }
    }

    /// Prints `matn: PATH: reason` above the progress bar.
    pub fn error(&self, path: &str, reason: &str) {
        self.line(&format!("matn: {path}: {reason}"));
    }

    /// Prints one line above the progress bar.
    pub fn line(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// One more page done.
    pub fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Takes the progress bar off the screen.
    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    /// Clears the bar and, unless quiet, prints the one-line summary.
    pub fn finish(&self, counts: &Counts, elapsed: Duration, interrupted: bool) {
        self.clear();
        if !self.quiet && counts.pages() > 0 {
            eprintln!("{}", summary(counts, elapsed, interrupted));
        }
    }
}

/// `matn: 120 pages, 118 ok, 2 failed, 350.2 pages/s`.
pub fn summary(counts: &Counts, elapsed: Duration, interrupted: bool) -> String {
    let mut s = format!(
        "matn: {} pages, {} ok, {} failed",
        counts.pages(),
        counts.ok,
        counts.failed
    );
    if counts.skipped > 0 {
        s.push_str(&format!(", {} skipped", counts.skipped));
    }
    let secs = elapsed.as_secs_f64();
    if secs > 0.0 {
        s.push_str(&format!(", {:.1} pages/s", counts.pages() as f64 / secs));
    }
    if interrupted {
        s.push_str(", interrupted");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirror_target_replaces_the_extension_and_drops_gz() {
        let out = Path::new("OUT");
        let cases = [
            ("a/b/page.html", "OUT/a/b/page.json"),
            ("page.htm", "OUT/page.json"),
            ("x/page.html.gz", "OUT/x/page.json"),
            ("x/page.HTM.GZ", "OUT/x/page.json"),
            ("x/some.name.html", "OUT/x/some.name.json"),
            ("x/saved.mhtml", "OUT/x/saved.json"),
        ];
        for (rel, want) in cases {
            let got = mirror_target(out, Path::new(rel), "json");
            assert_eq!(got.as_deref(), Some(Path::new(want)), "mirror of {rel}");
        }
        assert_eq!(mirror_target(out, Path::new(""), "json"), None, "empty rel");
        for (rel, want) in [
            ("a/crawl.warc.gz", "OUT/a/crawl.jsonl"),
            ("c.WARC", "OUT/c.jsonl"),
        ] {
            let got = mirror_target(out, Path::new(rel), "jsonl");
            assert_eq!(got.as_deref(), Some(Path::new(want)), "mirror of {rel}");
        }
    }

    /// The names of the files in folder `dir`.
    fn file_names(dir: &Path) -> Vec<std::ffi::OsString> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    }

    #[test]
    fn atomic_write_leaves_only_the_final_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a/b/page.json");
        write_atomic(&target, b"{}\n").unwrap();
        write_atomic(&target, b"{\"x\":1}\n").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"{\"x\":1}\n", "content");
        assert_eq!(
            file_names(&dir.path().join("a/b")),
            ["page.json"],
            "files in the folder"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn unnamed_write_creates_and_replaces_without_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("new/page.json");
        // `None` only where the file system has no O_TMPFILE; this machine's have.
        let first = unnamed::write(&target, b"one\n").expect("O_TMPFILE available");
        assert!(first.is_ok(), "first write: {first:?}");
        let second = unnamed::write(&target, b"two\n").expect("O_TMPFILE available");
        assert!(second.is_ok(), "replacing write: {second:?}");
        assert_eq!(std::fs::read(&target).unwrap(), b"two\n", "content");
        assert_eq!(
            file_names(&dir.path().join("new")),
            ["page.json"],
            "files in the folder"
        );
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_gives_an_ordinary_file_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("page.json");
        write_atomic(&target, b"{}\n").unwrap();
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        // Whatever the umask, the group or others get at least what a plain new file
        // gets; a temporary file's 0600 would give them nothing.
        let plain = dir.path().join("plain");
        std::fs::write(&plain, b"").unwrap();
        let plain_mode = std::fs::metadata(&plain).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, plain_mode & 0o777, "page.json mode");
    }

    #[test]
    fn opened_page_reads_on_after_its_first_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("page.html");
        let page: Vec<u8> = (0..40_000u32).map(|i| b'a' + (i % 26) as u8).collect();
        std::fs::write(&p, &page).unwrap();
        let open = || {
            let file = std::fs::File::open(&p).unwrap();
            let head = matn::archive::read_head(&file).unwrap();
            assert_eq!(head.len(), matn::archive::SNIFF_BYTES, "head");
            Opened {
                file,
                head,
                size: page.len() as u64,
            }
        };
        assert_eq!(
            read_opened(open(), 40_000).unwrap(),
            page,
            "page.html bytes"
        );
        match read_opened(open(), 39_999) {
            Err(ReadError::TooLarge(m)) => {
                assert_eq!(
                    m, "input too large (40000 bytes; the limit is 39999)",
                    "message"
                )
            }
            other => panic!("page.html: expected TooLarge, got {other:?}"),
        }
    }

    #[test]
    fn too_large_file_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.html");
        std::fs::write(&p, vec![b'a'; 100]).unwrap();
        match read_page(&Input::Path(p.clone()), 10) {
            Err(ReadError::TooLarge(m)) => {
                assert!(m.contains("100"), "message: {m}");
                assert_eq!(m, "input too large (100 bytes; the limit is 10)", "message");
            }
            other => panic!("big.html: expected TooLarge, got {other:?}"),
        }
        assert_eq!(
            read_page(&Input::Path(p), 100).unwrap().len(),
            100,
            "at the limit"
        );
    }

    #[test]
    fn broken_pipe_is_reported_as_closed() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        assert_eq!(
            write_record(&mut Closed, "{}"),
            Written::Closed,
            "broken pipe"
        );
        let mut v = Vec::new();
        assert_eq!(write_record(&mut v, "{}"), Written::Ok, "vec");
        assert_eq!(v, b"{}\n", "record and newline");
    }

    #[test]
    fn summary_names_every_count() {
        let c = Counts {
            ok: 118,
            failed: 2,
            skipped: 0,
            readable: 120,
            errored: false,
        };
        assert_eq!(
            summary(&c, Duration::from_secs(2), false),
            "matn: 120 pages, 118 ok, 2 failed, 60.0 pages/s",
            "summary"
        );
        let c = Counts { skipped: 3, ..c };
        assert!(
            summary(&c, Duration::ZERO, true).ends_with("3 skipped, interrupted"),
            "skipped"
        );
    }
}
