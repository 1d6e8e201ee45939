//! The `matn` command on many pages: several files, folders, `--files-from`, JSON Lines
//! order, the `-o` mirror (atomic, resumable), failures inside a batch, the summary,
//! exit statuses, a closed pipe and Ctrl-C.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

const TITLE: &str = "معرض الكتاب الدولي يستقبل زواره في دورته الجديدة";

const PARAGRAPHS: &[&str] = &[
    "انطلقت مساء الخميس فعاليات الدورة الجديدة من معرض الكتاب الدولي، بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة. ويستمر المعرض عشرة أيام، ويضم برنامجاً ثقافياً حافلاً بالندوات والأمسيات الشعرية.",
    "وقالت رئيسة اللجنة المنظمة في مؤتمر صحافي إن «الإقبال في اليوم الأول فاق التوقعات، وهذا دليل على أن القراءة ما زالت بخير». وأكدت أن اللجنة خصصت جناحاً كاملاً لكتب الأطفال هذا العام.",
    "وتحل إحدى الدول ضيف شرف على الدورة الحالية، حيث تعرض مخطوطات نادرة وأعمالاً فنية تعكس تراثها الأدبي. كما يشارك عدد من الكتاب الشباب في جلسات توقيع لإصداراتهم الأولى.",
    "وأشار عدد من الناشرين إلى ارتفاع أسعار الورق والطباعة خلال العام الماضي، ما انعكس على أسعار الكتب. لكنهم أعربوا عن تفاؤلهم بحركة البيع في الأيام الأولى من المعرض.",
    "ويفتح المعرض أبوابه يومياً من العاشرة صباحاً حتى العاشرة مساءً، مع تخصيص الفترة الصباحية لزيارات طلاب المدارس. وتوفر إدارة المعرض حافلات مجانية من وسط المدينة إلى مقر المعرض.",
];

/// The words the first paragraph must start with.
const FIRST_WORDS: &str = "انطلقت مساء الخميس";

/// A news page: menu, article, footer.
fn article_page() -> String {
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{TITLE} | صحيفة المدينة</title></head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/culture">ثقافة وفنون</a></li>
<li><a href="/opinion">آراء</a></li></ul></nav>
<article>
<h1>{TITLE}</h1>
{body}</article>
<footer><p>صحيفة المدينة © 2026 جميع الحقوق محفوظة</p><a href="/about">من نحن</a></footer>
</body></html>
"#
    )
}

/// A section index: links and a greeting, no article.
fn index_page() -> String {
    r#"<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>صحيفة المدينة</title></head>
<body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav><div>أهلاً بكم</div></body></html>"#
        .to_string()
}

fn matn() -> Command {
    Command::cargo_bin("matn").unwrap()
}

/// Writes `files` (relative path, contents) under a new temporary folder.
fn tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, bytes) in files {
        let p = dir.path().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes).unwrap();
    }
    dir
}

/// Parses JSON Lines.
fn lines(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("JSON line: {e}: {l}")))
        .collect()
}

/// `source.path` of each record, relative to `root`.
fn paths(records: &[Value], root: &Path) -> Vec<String> {
    records
        .iter()
        .map(|v| {
            let p = v["source"]["path"].as_str().unwrap_or("<none>");
            Path::new(p)
                .strip_prefix(root)
                .map_or(p.to_string(), |r| r.display().to_string())
        })
        .collect()
}

/// Every correct extraction of [`article_page`]: its exact headline and exactly its five
/// paragraphs, in order, with the menu and the footer left out.
fn assert_article(v: &Value, case: &str) {
    common::assert_extraction(v, case, TITLE, PARAGRAPHS, FIRST_WORDS);
}

/// [`article_page`] as `--format text` writes it: the title, then the paragraphs, apart
/// by blank lines.
fn article_text() -> String {
    format!("{TITLE}\n\n{}\n", PARAGRAPHS.join("\n\n"))
}

/// Checks a batch's summary line: `matn: COUNTS, R pages/s` with a rate `R`, the only
/// part that varies from run to run.
fn assert_summary(line: Option<&str>, counts: &str) {
    let line = line.unwrap_or_else(|| panic!("no summary line; expected {counts:?}"));
    let rate = line
        .strip_prefix(&format!("matn: {counts}, "))
        .and_then(|rest| rest.strip_suffix(" pages/s"))
        .unwrap_or_else(|| panic!("summary {line:?}: expected \"matn: {counts}, R pages/s\""));
    assert!(
        rate.parse::<f64>().is_ok_and(|r| r >= 0.0),
        "summary {line:?}: rate {rate:?}"
    );
}

/// Every file under `dir`, relative, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn several_files_give_json_lines_in_argument_order() {
    let page = article_page();
    let dir = tree(&[("b.html", page.as_bytes()), ("a.html", page.as_bytes())]);
    let (a, b) = (dir.path().join("a.html"), dir.path().join("b.html"));
    let out = matn()
        .arg(&b)
        .arg(&a)
        .arg("-q")
        .assert()
        .success()
        .stderr("");
    let records = lines(&out.get_output().stdout);
    assert_eq!(
        paths(&records, dir.path()),
        ["b.html", "a.html"],
        "order of records"
    );
    for r in &records {
        assert_article(r, "several files");
    }
}

#[test]
fn folder_is_walked_recursively_in_sorted_order_html_only() {
    let page = article_page();
    let p = page.as_bytes();
    let dir = tree(&[
        ("z.html", p),
        ("a/2.htm", p),
        ("a/10.html", p),
        ("a/b/c.html", p),
        ("a/notes.txt", b"not a page"),
        ("m/data.json", b"{}"),
        ("m/page.HTML", p),
    ]);
    let out = matn().arg(dir.path()).assert().success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(
        paths(&records, dir.path()),
        [
            "a/10.html",
            "a/2.htm",
            "a/b/c.html",
            "m/page.HTML",
            "z.html"
        ],
        "walk order"
    );
    for r in &records {
        assert_article(r, "folder walk");
    }
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "stderr: {stderr}");
    assert_summary(stderr.lines().next(), "5 pages, 5 ok, 0 failed");
}

#[test]
fn output_folder_mirrors_the_tree_atomically() {
    let page = article_page();
    let p = page.as_bytes();
    let dir = tree(&[
        ("in/x.html", p),
        ("in/a/b/page.html", p),
        ("in/a/skip.txt", b"x"),
    ]);
    let out_dir = dir.path().join("out");
    matn()
        .arg(dir.path().join("in"))
        .arg("-o")
        .arg(&out_dir)
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        files_under(&out_dir),
        ["a/b/page.json", "x.json"],
        "files written (no temp files)"
    );
    for f in ["a/b/page.json", "x.json"] {
        let text = fs::read_to_string(out_dir.join(f)).unwrap();
        assert!(text.ends_with("}\n"), "{f}: ends with newline");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_article(&v, f);
    }
}

#[test]
fn output_of_named_files_keeps_their_relative_paths() {
    let page = article_page();
    let dir = tree(&[
        ("a/b/page.html", page.as_bytes()),
        ("c.htm", page.as_bytes()),
    ]);
    matn()
        .current_dir(dir.path())
        .args([
            "a/b/page.html",
            "./c.htm",
            "-o",
            "out",
            "--format",
            "text",
            "-q",
        ])
        .assert()
        .success()
        .stderr("");
    assert_eq!(
        files_under(&dir.path().join("out")),
        ["a/b/page.txt", "c.txt"],
        "text files written"
    );
    for f in ["a/b/page.txt", "c.txt"] {
        let text = fs::read_to_string(dir.path().join("out").join(f)).unwrap();
        assert_eq!(text, article_text(), "{f}");
    }
}

#[test]
fn skip_existing_leaves_written_pages_alone() {
    let page = article_page();
    let dir = tree(&[
        ("in/a.html", page.as_bytes()),
        ("in/b.html", page.as_bytes()),
    ]);
    let out_dir = dir.path().join("out");
    fs::create_dir_all(&out_dir).unwrap();
    fs::write(out_dir.join("a.json"), "kept\n").unwrap();
    let out = matn()
        .arg(dir.path().join("in"))
        .arg("-o")
        .arg(&out_dir)
        .arg("--skip-existing")
        .assert()
        .success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "stderr: {stderr}");
    assert_summary(stderr.lines().next(), "2 pages, 1 ok, 0 failed, 1 skipped");
    assert_eq!(
        fs::read_to_string(out_dir.join("a.json")).unwrap(),
        "kept\n",
        "a.json kept"
    );
    let v: Value =
        serde_json::from_str(&fs::read_to_string(out_dir.join("b.json")).unwrap()).unwrap();
    assert_article(&v, "b.json");
}

#[test]
fn files_from_reads_newline_separated_paths() {
    let page = article_page();
    let dir = tree(&[
        ("one.html", page.as_bytes()),
        ("two words.html", page.as_bytes()),
    ]);
    let list = format!(
        "{}\n{}\n",
        dir.path().join("two words.html").display(),
        dir.path().join("one.html").display()
    );
    let out = matn()
        .args(["--files-from", "-"])
        .write_stdin(list)
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(
        paths(&records, dir.path()),
        ["two words.html", "one.html"],
        "order"
    );
    for r in &records {
        assert_article(r, "--files-from");
    }
}

#[test]
fn files_from_with_null_reads_nul_separated_paths() {
    let page = article_page();
    let dir = tree(&[("a.html", page.as_bytes()), ("b.html", page.as_bytes())]);
    let list_file = dir.path().join("list");
    let mut list = Vec::new();
    for name in ["b.html", "a.html"] {
        list.extend(dir.path().join(name).to_str().unwrap().as_bytes());
        list.push(0);
    }
    fs::write(&list_file, list).unwrap();
    let out = matn()
        .arg("--files-from")
        .arg(&list_file)
        .arg("-0")
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(paths(&records, dir.path()), ["b.html", "a.html"], "order");
    for r in &records {
        assert_article(r, "--files-from -0");
    }
}

#[test]
fn bad_pages_in_a_batch_fail_alone_and_are_counted() {
    let page = article_page();
    let index = index_page();
    let mut binary = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    binary.extend((0u8..=255).cycle().take(4000));
    let dir = tree(&[
        ("1-good.html", page.as_bytes()),
        ("2-empty.html", b""),
        ("3-binary.html", &binary),
        ("4-index.html", index.as_bytes()),
        ("5-good.html", page.as_bytes()),
    ]);
    let out_dir = dir.path().join("out");
    let out = matn()
        .arg(dir.path())
        .arg("-o")
        .arg(&out_dir)
        .assert()
        .code(1)
        .stdout("");
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    let root = dir.path().display().to_string();
    assert_eq!(lines.len(), 4, "stderr: {stderr}");
    assert_eq!(
        lines[..3],
        [
            format!("matn: {root}/2-empty.html: empty input"),
            format!("matn: {root}/3-binary.html: binary input (PNG image), not an HTML page"),
            format!("matn: {root}/4-index.html: no article found"),
        ],
        "error lines"
    );
    assert_summary(lines.get(3).copied(), "5 pages, 2 ok, 3 failed");
    assert_eq!(
        files_under(&out_dir),
        ["1-good.json", "5-good.json"],
        "files written"
    );
    for f in ["1-good.json", "5-good.json"] {
        let v: Value = serde_json::from_str(&fs::read_to_string(out_dir.join(f)).unwrap()).unwrap();
        assert_article(&v, f);
    }
}

#[test]
fn nonexistent_path_in_a_batch_fails_alone() {
    let page = article_page();
    let dir = tree(&[("a.html", page.as_bytes())]);
    let missing = dir.path().join("missing.html");
    let out = matn()
        .arg(&missing)
        .arg(dir.path().join("a.html"))
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let err: Vec<&str> = stderr.lines().collect();
    assert_eq!(err.len(), 2, "stderr: {stderr}");
    assert_eq!(
        err[0],
        format!(
            "matn: {}: No such file or directory (os error 2)",
            missing.display()
        ),
        "error line"
    );
    assert_summary(err.get(1).copied(), "2 pages, 1 ok, 1 failed");
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 1, "records");
    assert_article(&records[0], "the readable page");
}

#[test]
fn nothing_readable_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let (m1, m2) = (dir.path().join("m1.html"), dir.path().join("m2.html"));
    let out = matn().arg(&m1).arg(&m2).assert().code(2).stdout("");
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let err: Vec<&str> = stderr.lines().collect();
    assert_eq!(err.len(), 3, "stderr: {stderr}");
    for (line, m) in err.iter().zip([&m1, &m2]) {
        assert_eq!(
            *line,
            format!(
                "matn: {}: No such file or directory (os error 2)",
                m.display()
            )
        );
    }
    assert_summary(err.get(2).copied(), "2 pages, 0 ok, 2 failed");
}

#[test]
fn empty_folder_exits_2_with_its_line() {
    let dir = tree(&[("notes.txt", b"x")]);
    matn()
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "matn: {}: no pages or archives in this folder\n",
            dir.path().display()
        ));
}

#[test]
fn empty_files_from_list_exits_2() {
    matn()
        .args(["--files-from", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stdout("")
        .stderr("matn: no pages to read\n");
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_and_the_rest_extracted() {
    let page = article_page();
    let dir = tree(&[("d/a.html", page.as_bytes())]);
    std::os::unix::fs::symlink(dir.path(), dir.path().join("d/loop")).unwrap();
    let out = matn().arg(dir.path()).assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let err: Vec<&str> = stderr.lines().collect();
    assert_eq!(err.len(), 2, "stderr: {stderr}");
    assert_eq!(
        err[0],
        format!(
            "matn: {}: symbolic link loop (leads back to {})",
            dir.path().join("d/loop").display(),
            dir.path().display()
        ),
        "loop line"
    );
    assert_summary(err.get(1).copied(), "2 pages, 1 ok, 1 failed");
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 1, "records");
    assert_article(&records[0], "d/a.html");
}

#[cfg(unix)]
#[test]
fn unreadable_folder_is_reported_not_fatal() {
    use std::os::unix::fs::PermissionsExt;
    let page = article_page();
    let dir = tree(&[
        ("a.html", page.as_bytes()),
        ("locked/b.html", page.as_bytes()),
    ]);
    let locked = dir.path().join("locked");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read_dir(&locked).is_ok() {
        // Running as root: permissions do not stop us, nothing to test.
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("unreadable_folder_is_reported_not_fatal: skipped, permissions not enforced");
        return;
    }
    let out = matn().arg(dir.path()).assert().code(1);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let err: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        err.first().copied(),
        Some(
            format!(
                "matn: {}: Permission denied (os error 13)",
                locked.display()
            )
            .as_str()
        ),
        "line: {stderr}"
    );
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 1, "records");
    assert_article(&records[0], "a.html");
}

#[test]
fn quiet_batch_prints_no_summary_but_errors() {
    let page = article_page();
    let dir = tree(&[("a.html", page.as_bytes()), ("b.html", b"")]);
    let out = matn().arg(dir.path()).arg("--quiet").assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr,
        format!(
            "matn: {}: empty input\n",
            dir.path().join("b.html").display()
        ),
        "stderr"
    );
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 1, "records");
    assert_article(&records[0], "a.html");
}

#[test]
fn pretty_batch_prints_one_indented_object_per_page() {
    let page = article_page();
    let dir = tree(&[("a.html", page.as_bytes()), ("b.html", page.as_bytes())]);
    let out = matn()
        .arg(dir.path())
        .args(["--pretty", "-q"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let objects: Vec<Value> = serde_json::Deserializer::from_str(&text)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(objects.len(), 2, "objects");
    for o in &objects {
        assert_article(o, "--pretty batch");
    }
    assert!(text.starts_with("{\n  "), "indented");
}

#[test]
fn order_holds_with_many_threads_and_pages() {
    let page = article_page();
    let names: Vec<String> = (0..60).map(|i| format!("p{i:03}.html")).collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .map(|n| (n.as_str(), page.as_bytes()))
        .collect();
    let dir = tree(&files);
    let out = matn()
        .arg(dir.path())
        .args(["-j", "4", "-q"])
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(paths(&records, dir.path()), names, "order with -j 4");
    for r in &records {
        assert_article(r, "-j 4");
    }
}

/// Writes `n` copies of the article page into a folder.
fn many_pages(n: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let page = article_page();
    for i in 0..n {
        fs::write(input.join(format!("p{i:04}.html")), &page).unwrap();
    }
    (dir, input)
}

#[test]
fn closed_pipe_ends_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let (_dir, input) = many_pages(400);
    let mut child = Command::new(env!("CARGO_BIN_EXE_matn"))
        .arg(&input)
        .args(["-j", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    // The reader is gone: `matn in/ | head -1`.
    let out = child.wait_with_output().unwrap();
    let v: Value = serde_json::from_str(&first)
        .unwrap_or_else(|e| panic!("first line is one JSON object: {e}: {first:?}"));
    assert_article(&v, "first line before the pipe closed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr, "", "stderr after a closed pipe");
    assert_eq!(
        out.status.code(),
        Some(0),
        "exit status after a closed pipe"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_finishes_files_in_flight_and_leaves_no_partial_file() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let (dir, input) = many_pages(1500);
    let out_dir = dir.path().join("out");
    let child = Command::new(env!("CARGO_BIN_EXE_matn"))
        .arg(&input)
        .arg("-o")
        .arg(&out_dir)
        .args(["-j", "1"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !out_dir.join("p0001.json").exists() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success(), "kill -INT");
    let out = child.wait_with_output().unwrap();
    let written = files_under(&out_dir);
    assert_eq!(out.status.code(), Some(130), "exit status after Ctrl-C");
    assert!(
        written.len() < 1500,
        "Ctrl-C stopped the batch: {} files",
        written.len()
    );
    assert!(!written.is_empty(), "p0001.json was written before Ctrl-C");
    for f in &written {
        assert!(f.ends_with(".json"), "left-over file {f}");
        let text = fs::read_to_string(out_dir.join(f)).unwrap();
        let v: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{f}: incomplete JSON: {e}"));
        assert_article(&v, f);
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("interrupted"),
        "summary says interrupted: {stderr}"
    );
}

#[test]
fn gzip_pages_in_a_folder_are_read_and_mirrored_without_gz() {
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(article_page().as_bytes()).unwrap();
    let packed = gz.finish().unwrap();
    let dir = tree(&[("in/a/page.html.gz", &packed), ("in/b.htm.gz", &packed)]);
    let out_dir = dir.path().join("out");
    let out = matn()
        .arg(dir.path().join("in"))
        .arg("-o")
        .arg(&out_dir)
        .assert()
        .success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "stderr: {stderr}");
    assert_summary(stderr.lines().next(), "2 pages, 2 ok, 0 failed");
    assert_eq!(
        files_under(&out_dir),
        ["a/page.json", "b.json"],
        "files written"
    );
    for f in ["a/page.json", "b.json"] {
        let v: Value = serde_json::from_str(&fs::read_to_string(out_dir.join(f)).unwrap()).unwrap();
        assert_article(&v, f);
    }
}

#[test]
fn explain_in_a_batch_puts_removed_in_each_record() {
    let page = article_page();
    let dir = tree(&[("a.html", page.as_bytes()), ("b.html", page.as_bytes())]);
    let out = matn()
        .arg(dir.path())
        .args(["--explain", "-q"])
        .assert()
        .success()
        .stderr("");
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 2, "records");
    for (i, r) in records.iter().enumerate() {
        assert_article(r, &format!("record {i}"));
        // The menu and the footer are dropped, so each record lists exactly them.
        let removed: Vec<(&str, &str)> = r["removed"]
            .as_array()
            .unwrap_or_else(|| panic!("record {i}: no removed[]"))
            .iter()
            .map(|x| (x["rule"].as_str().unwrap(), x["text"].as_str().unwrap()))
            .collect();
        assert_eq!(
            removed,
            [
                (
                    "strip: <nav> is never content",
                    "الرئيسية أخبار ثقافة وفنون آراء"
                ),
                (
                    "strip: <footer> is never content",
                    "صحيفة المدينة © 2026 جميع الحقوق محفوظة من نحن"
                ),
            ],
            "record {i}: removed[]"
        );
    }
}

#[test]
fn stdin_page_between_files_keeps_its_place() {
    let page = article_page();
    let dir = tree(&[("a.html", page.as_bytes()), ("c.html", page.as_bytes())]);
    let out = matn()
        .arg(dir.path().join("a.html"))
        .arg("-")
        .arg(dir.path().join("c.html"))
        .write_stdin(page)
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(
        paths(&records, dir.path()),
        ["a.html", "<none>", "c.html"],
        "order"
    );
    for r in &records {
        assert_article(r, "a.html, -, c.html");
    }
}

#[test]
fn text_batch_separates_pages_with_a_form_feed_line() {
    let page = article_page();
    let dir = tree(&[("a.html", page.as_bytes()), ("b.html", page.as_bytes())]);
    let out = matn()
        .arg(dir.path())
        .args(["--format", "text", "-q"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let one = article_text();
    assert_eq!(
        text,
        format!("{one}\u{c}\n{one}"),
        "text output of two pages"
    );
}
