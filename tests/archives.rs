//! The `matn` command on archives (`fixtures/archives/`, built by its `make.py` from the
//! plain fixture pages): MHTML, a SingleFile page and WARC.gz. Each page inside an
//! archive must extract exactly as its plain page does (title, paragraphs, quotes,
//! metadata), and must satisfy the plain page's hand-written spec in
//! `fixtures/expected/`; `fixtures/expected/archives/` says what each archive holds
//! (page, url, date, record id, encoding) and which records fail. Also: WARC variants
//! (plain, one gzip stream), `-o`, folders, standard input, files whose name lies, and
//! random, truncated or damaged WARC and MHTML bytes that must never panic the readers.

use assert_cmd::Command;
use proptest::prelude::*;
use serde_json::Value;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn matn() -> Command {
    Command::cargo_bin("matn").unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn archive(name: &str) -> PathBuf {
    fixtures().join("archives").join(name)
}

fn spec(name: &str) -> Value {
    let path = fixtures()
        .join("expected/archives")
        .join(format!("{name}.json"));
    serde_json::from_slice(&fs::read(&path).unwrap()).unwrap()
}

/// Parses JSON Lines.
fn lines(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("JSON line: {e}: {l:.200}")))
        .collect()
}

/// matn's output on the plain fixture page `name`.
fn plain(name: &str) -> Value {
    let page = fixtures().join("pages").join(format!("{name}.html"));
    let out = matn().arg(&page).assert().success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

/// An archived page's output equals its plain page's output but for `source`, matches
/// the plain page's hand-written spec, and has the `source` the archive spec states.
fn assert_same_as_plain(got: &Value, want: &Value, case: &str) {
    let name = want["page"].as_str().unwrap();
    let plain = plain(name);
    for key in ["title", "paragraphs", "quotes", "metadata"] {
        assert_eq!(
            got[key], plain[key],
            "{case}: {key} differs from the plain {name}"
        );
    }
    let page_spec: Value = serde_json::from_slice(
        &fs::read(fixtures().join("expected").join(format!("{name}.json"))).unwrap(),
    )
    .unwrap();
    assert_eq!(got["title"], page_spec["title"], "{case}: title vs spec");
    assert_eq!(
        got["paragraphs"], page_spec["paragraphs"],
        "{case}: paragraphs vs spec"
    );
    let quotes: Vec<&str> = got["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["text"].as_str())
        .collect();
    for q in page_spec["quotes"].as_array().into_iter().flatten() {
        let text = q["text"].as_str().unwrap();
        let words = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric() && c != '\u{64b}' && c != '\u{64f}')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(
            quotes.iter().any(|g| words(g) == words(text)),
            "{case}: spec quote {text:?} not in {quotes:?}"
        );
    }
    for key in ["url", "date", "warc_record_id", "encoding", "encoding_from"] {
        assert_eq!(got["source"][key], want[key], "{case}: source.{key}");
    }
}

#[test]
fn mhtml_fixtures_extract_like_their_plain_pages() {
    for name in [
        "table-cp1256.qp.mhtml",
        "seed-wordpress.b64.mhtml",
        "singlefile-seed.html",
    ] {
        let out = matn().arg(archive(name)).assert().success().stderr("");
        let got: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_same_as_plain(&got, &spec(name), name);
    }
}

#[test]
fn a_singlefile_page_with_a_megabyte_of_style_is_fast() {
    let started = Instant::now();
    matn()
        .arg(archive("singlefile-seed.html"))
        .assert()
        .success();
    // 0.07 s in a release build here; a debug build on a loaded machine is far slower,
    // so this only catches a super-linear blow-up.
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}

/// The records and errors of a run on the crawl fixture (or a variant of it).
fn assert_crawl(stdout: &[u8], stderr: &[u8], shown_as: &str, case: &str) {
    let want = spec("crawl.warc.gz");
    let got = lines(stdout);
    let records = want["records"].as_array().unwrap();
    assert_eq!(got.len(), records.len(), "{case}: records");
    for (g, w) in got.iter().zip(records) {
        assert_same_as_plain(g, w, case);
        assert_eq!(g["source"]["path"].as_str(), Some(shown_as), "{case}: path");
    }
    let stderr = String::from_utf8_lossy(stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("matn: ") || !l.contains(" pages, "))
        .collect();
    let want_errors = want["errors"].as_array().unwrap();
    assert_eq!(errors.len(), want_errors.len(), "{case}: stderr {stderr}");
    for (line, w) in errors.iter().zip(want_errors) {
        let prefix = format!(
            "matn: {shown_as}#{}: {}",
            w["record"].as_str().unwrap(),
            w["reason"].as_str().unwrap()
        );
        assert!(line.starts_with(&prefix), "{case}: {line:?} vs {prefix:?}");
    }
}

#[test]
fn warc_gives_the_expected_records_and_one_error_for_the_truncated_one() {
    let path = archive("crawl.warc.gz");
    let out = matn().arg(&path).assert().code(1);
    let o = out.get_output();
    assert_crawl(
        &o.stdout,
        &o.stderr,
        path.to_str().unwrap(),
        "member per record",
    );
}

/// The crawl fixture decompressed (as far as its truncated end allows).
fn crawl_plain() -> Vec<u8> {
    let gz = fs::read(archive("crawl.warc.gz")).unwrap();
    let mut out = Vec::new();
    let _ = flate2::read::MultiGzDecoder::new(&gz[..]).read_to_end(&mut out);
    out
}

#[test]
fn plain_warc_and_one_gzip_stream_read_like_members() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("crawl.warc");
    fs::write(&plain, crawl_plain()).unwrap();
    let whole = dir.path().join("crawl-one-stream.warc.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&crawl_plain()).unwrap();
    fs::write(&whole, enc.finish().unwrap()).unwrap();
    for (path, case) in [(plain, "plain"), (whole, "one gzip stream")] {
        let out = matn().arg(&path).assert().code(1);
        let o = out.get_output();
        assert_crawl(&o.stdout, &o.stderr, path.to_str().unwrap(), case);
    }
}

#[test]
fn warc_on_standard_input_and_under_a_page_name() {
    let gz = fs::read(archive("crawl.warc.gz")).unwrap();
    let out = matn().write_stdin(gz.clone()).assert().code(1);
    let o = out.get_output();
    assert_crawl(&o.stdout, &o.stderr, "-", "stdin");
    let dir = tempfile::tempdir().unwrap();
    let lying = dir.path().join("crawl.html");
    fs::write(&lying, &gz).unwrap();
    let out = matn().arg(&lying).assert().code(1);
    let o = out.get_output();
    assert_crawl(&o.stdout, &o.stderr, lying.to_str().unwrap(), "named .html");
}

#[cfg(unix)]
#[test]
fn warc_through_a_named_pipe_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("crawl.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to test
    }
    let gz = fs::read(archive("crawl.warc.gz")).unwrap();
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || fs::write(writer_path, gz));
    let out = matn().arg(&fifo).assert().code(1);
    writer.join().unwrap().unwrap();
    let o = out.get_output();
    assert_crawl(&o.stdout, &o.stderr, fifo.to_str().unwrap(), "named pipe");
}

#[test]
fn explain_reports_skipped_responses() {
    let out = matn()
        .arg("--explain")
        .arg(archive("crawl.warc.gz"))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("-000000000004>: skipped: redirect 301 to http://arab-news.example/"),
        "{stderr}"
    );
    assert!(
        stderr.contains("-000000000006>: skipped: content type application/pdf"),
        "{stderr}"
    );
}

#[test]
fn output_folder_gets_one_jsonl_per_warc_and_one_json_per_mhtml() {
    let src = tempfile::tempdir().unwrap();
    fs::create_dir(src.path().join("sub")).unwrap();
    fs::copy(
        archive("crawl.warc.gz"),
        src.path().join("sub/crawl.warc.gz"),
    )
    .unwrap();
    fs::copy(
        archive("table-cp1256.qp.mhtml"),
        src.path().join("saved.mht"),
    )
    .unwrap();
    fs::write(src.path().join("notes.txt"), "not a page").unwrap();
    let out = tempfile::tempdir().unwrap();
    matn()
        .arg(src.path())
        .arg("-o")
        .arg(out.path())
        .assert()
        .code(1);
    let jsonl = fs::read(out.path().join("sub/crawl.jsonl")).unwrap();
    assert_eq!(lines(&jsonl).len(), 3, "records in crawl.jsonl");
    let mht: Value =
        serde_json::from_slice(&fs::read(out.path().join("saved.json")).unwrap()).unwrap();
    assert_same_as_plain(&mht, &spec("table-cp1256.qp.mhtml"), "saved.mht");
    let mut names: Vec<String> = walk(out.path());
    names.sort();
    assert_eq!(
        names,
        ["saved.json", "sub/crawl.jsonl"],
        "no temporary files left"
    );
    // Resuming leaves the archive alone.
    let again = matn()
        .arg(src.path())
        .arg("-o")
        .arg(out.path())
        .arg("--skip-existing")
        .assert()
        .success();
    assert!(
        String::from_utf8_lossy(&again.get_output().stderr).contains("2 skipped"),
        "skip-existing"
    );
}

fn walk(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else {
                let rel = p.strip_prefix(root).unwrap().display().to_string();
                out.push(rel);
            }
        }
    }
    out
}

#[test]
fn files_named_as_archives_that_are_not_give_one_error_line() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[u8], i32, &str)] = &[
        (
            "image.warc",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
            1,
            "binary input (PNG image)",
        ),
        ("empty.warc.gz", b"", 1, "empty input"),
        ("header-only.warc", b"WARC/1.0\r\nWARC-Type: response\r\n", 1, "truncated record"),
        ("no-html.mhtml", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\np{}\r\n--b--\r\n", 1, "MHTML: no text/html part"),
        ("bad-gzip.warc.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage-not-deflate", 1, ""),
    ];
    for (name, bytes, code, reason) in cases {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let out = matn().arg(&path).assert().code(*code);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        let first = stderr.lines().next().unwrap_or_default();
        let prefix = format!("matn: {}", path.display());
        assert!(
            first.starts_with(&prefix) && first.contains(reason),
            "{name}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(out.get_output().stdout.is_empty(), "{name}: stdout");
    }
    // A page named .mhtml is read as the HTML it is.
    let html = dir.path().join("page.mhtml");
    fs::copy(fixtures().join("pages/english-news.html"), &html).unwrap();
    matn().arg(&html).assert().success();
}

#[test]
fn a_warc_with_no_html_page_is_nothing_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pdf-only.warc");
    let block = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n";
    let warc = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:p>\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        block.len()
    );
    fs::write(&path, warc).unwrap();
    let out = matn().arg(&path).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.starts_with(&format!(
            "matn: {}: no HTML pages in this archive",
            path.display()
        )),
        "{stderr}"
    );
    assert!(out.get_output().stdout.is_empty());
}

#[test]
fn library_reads_warc_records_and_mhtml() {
    let gz = fs::read(archive("crawl.warc.gz")).unwrap();
    let opts = matn::Options::default();
    let mut pages = 0;
    let mut errors = 0;
    for record in matn::archive::warc::Reader::new(&gz[..]) {
        match record {
            Ok(r) => {
                if let Ok(matn::archive::warc::Content::Page(p)) =
                    matn::archive::warc::page(&r, &opts)
                {
                    matn::extract_page(&p, &opts).unwrap();
                    pages += 1;
                }
            }
            Err(_) => errors += 1,
        }
    }
    assert_eq!((pages, errors), (3, 1));
    let mhtml = fs::read(archive("seed-wordpress.b64.mhtml")).unwrap();
    assert_eq!(matn::archive::sniff(&mhtml), matn::archive::Kind::Mhtml);
    let a = matn::extract(&mhtml, &opts).unwrap();
    assert_eq!(
        a.source.url.as_deref(),
        Some("https://almadar-news.example/2022/03/02/pentagon-russia-channel/")
    );
    assert!(matches!(
        matn::extract(&crawl_plain(), &opts),
        Err(matn::Error::Warc(_))
    ));
}

/// Reads everything the WARC reader yields from `bytes`, extracting each page found.
fn read_all(bytes: &[u8]) -> usize {
    let opts = matn::Options::default();
    let mut n = 0;
    for record in matn::archive::warc::Reader::new(bytes).take(10_000) {
        n += 1;
        if let Ok(r) = record {
            if let Ok(matn::archive::warc::Content::Page(p)) = matn::archive::warc::page(&r, &opts)
            {
                let _ = matn::extract_page(&p, &opts);
            }
        }
    }
    n
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_bytes_never_panic_the_warc_reader(
        head in prop::sample::select(vec![&b""[..], b"WARC/1.0\r\n", b"\x1f\x8b\x08"]),
        bytes in prop::collection::vec(any::<u8>(), 0..4096),
    ) {
        let mut data = head.to_vec();
        data.extend(bytes);
        read_all(&data);
    }

    #[test]
    fn random_and_damaged_mhtml_never_panics(
        cut in 0.0f64..1.0,
        flip in 0usize..100_000,
        byte in any::<u8>(),
        tail in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        let opts = matn::Options::default();
        let mhtml = fs::read(archive("table-cp1256.qp.mhtml")).unwrap();
        let end = (mhtml.len() as f64 * cut) as usize;
        let mut damaged = mhtml[..end].to_vec();
        if !damaged.is_empty() {
            let i = flip % damaged.len();
            damaged[i] = byte;
        }
        damaged.extend(&tail);
        let _ = matn::archive::sniff(&damaged);
        let _ = matn::archive::mhtml::page(&damaged);
        let _ = matn::extract(&damaged, &opts);
    }

    #[test]
    fn truncated_and_damaged_warcs_never_panic(cut in 0.0f64..1.0, flip in 0usize..100_000, byte in any::<u8>()) {
        let plain = crawl_plain();
        let gz = fs::read(archive("crawl.warc.gz")).unwrap();
        for data in [plain, gz] {
            let end = (data.len() as f64 * cut) as usize;
            read_all(&data[..end]);
            let mut damaged = data.clone();
            let i = flip % damaged.len();
            damaged[i] = byte;
            read_all(&damaged);
        }
    }
}

/// Runs `matn ARGS` and returns (exit code, stdout, stderr without the summary's rate).
fn run_batch(args: &[&std::ffi::OsStr]) -> (Option<i32>, Vec<u8>, String) {
    let out = matn().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(|l| match l.rsplit_once(", ") {
            // "matn: 5 pages, …, 123.4 pages/s": the rate varies from run to run.
            Some((head, rate)) if l.starts_with("matn: ") && rate.ends_with(" pages/s") => {
                format!("{head}, R pages/s")
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    (out.status.code(), out.stdout, stderr)
}

/// One worker runs the batch on the calling thread, several on a pool: a batch of pages,
/// a WARC, an MHTML, a page with no article, a missing file and an empty folder gives the
/// same records in the same order, the same error lines, the same summary, the same exit
/// status and the same output files either way.
#[test]
fn one_worker_and_a_pool_give_the_same_batch() {
    let src = tempfile::tempdir().unwrap();
    fs::create_dir_all(src.path().join("a/empty")).unwrap();
    fs::copy(archive("crawl.warc.gz"), src.path().join("a/crawl.warc.gz")).unwrap();
    fs::copy(
        archive("table-cp1256.qp.mhtml"),
        src.path().join("a/saved.mht"),
    )
    .unwrap();
    for name in ["seed-wordpress", "english-news", "homepage-no-article"] {
        let page = fixtures().join("pages").join(format!("{name}.html"));
        fs::copy(&page, src.path().join(format!("{name}.html")))
            .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    }
    let missing = src.path().join("missing.html");
    let empty = src.path().join("a/empty");
    let mut runs = Vec::new();
    for jobs in ["1", "3"] {
        let (code, stdout, stderr) = run_batch(&[
            src.path().as_os_str(),
            missing.as_os_str(),
            empty.as_os_str(),
            "-j".as_ref(),
            jobs.as_ref(),
        ]);
        let out = tempfile::tempdir().unwrap();
        let (mirror_code, mirror_stdout, mirror_stderr) = run_batch(&[
            src.path().as_os_str(),
            missing.as_os_str(),
            empty.as_os_str(),
            "-o".as_ref(),
            out.path().as_os_str(),
            "-j".as_ref(),
            jobs.as_ref(),
        ]);
        assert!(mirror_stdout.is_empty(), "-j {jobs} -o: nothing on stdout");
        let mut files: Vec<(String, Vec<u8>)> = walk(out.path())
            .into_iter()
            .map(|rel| {
                let bytes = fs::read(out.path().join(&rel)).unwrap();
                (rel, bytes)
            })
            .collect();
        files.sort();
        runs.push((
            jobs,
            code,
            stdout,
            stderr,
            mirror_code,
            mirror_stderr,
            files,
        ));
    }
    let (one, pool) = (&runs[0], &runs[1]);
    assert_eq!(one.1, Some(1), "-j 1: exit status (a page failed)");
    assert_eq!(
        lines(&one.2).len(),
        3 + 1 + 2,
        "-j 1: records (3 WARC, 1 MHTML, 2 pages)"
    );
    assert!(
        one.3.contains("missing.html"),
        "-j 1: stderr names the missing file: {}",
        one.3
    );
    assert!(
        one.3.contains("a/empty"),
        "-j 1: stderr names the empty folder: {}",
        one.3
    );
    assert_eq!(one.1, pool.1, "exit status, -j 1 against -j 3");
    assert_eq!(one.2, pool.2, "stdout, -j 1 against -j 3");
    assert_eq!(one.3, pool.3, "stderr, -j 1 against -j 3");
    assert_eq!(one.4, pool.4, "exit status with -o, -j 1 against -j 3");
    assert_eq!(one.5, pool.5, "stderr with -o, -j 1 against -j 3");
    let names = |r: &[(String, Vec<u8>)]| r.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&one.6),
        [
            "a/crawl.jsonl",
            "a/saved.json",
            "english-news.json",
            "seed-wordpress.json"
        ],
        "-j 1 -o: output files"
    );
    assert_eq!(
        names(&one.6),
        names(&pool.6),
        "output files, -j 1 against -j 3"
    );
    for (a, b) in one.6.iter().zip(&pool.6) {
        assert_eq!(a.1, b.1, "{}: contents, -j 1 against -j 3", a.0);
    }
}
