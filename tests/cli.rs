//! The `matn` command on one page: standard input, `-`, a file, the output flags, and
//! the exit statuses with their error lines. Asserts robust facts about the extraction
//! (a title, at least three paragraphs, how the first one starts), never the exact text
//! that other modules produce.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const TITLE: &str = "افتتاح محطة جديدة لتحلية مياه البحر في المنطقة الشرقية";

const PARAGRAPHS: &[&str] = &[
    "افتتح وزير الموارد المائية صباح الأحد محطة جديدة لتحلية مياه البحر في المنطقة الشرقية، بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يومياً. ويأتي المشروع ضمن خطة وطنية لتأمين مياه الشرب للمدن الساحلية خلال العقد المقبل.",
    "وقال الوزير في كلمة خلال حفل الافتتاح إن “المحطة ستغطي حاجة أكثر من مليون نسمة، وستخفف الضغط عن الآبار الجوفية”. وأضاف أن الحكومة تعمل على ربط المحطة بشبكة النقل الرئيسية قبل نهاية العام.",
    "وأوضح مدير المشروع أن أعمال البناء استغرقت ثلاث سنوات، وشارك فيها نحو ألفي عامل ومهندس. وأشار إلى أن المحطة تعمل جزئياً بالطاقة الشمسية، ما يخفض كلفة التشغيل بنسبة ملحوظة.",
    "ويعاني سكان عدد من الأحياء منذ سنوات من انقطاع المياه لفترات طويلة خلال أشهر الصيف. وعبّر عدد من الأهالي عن أملهم في أن تنهي المحطة الجديدة هذه المعاناة بشكل دائم.",
    "ومن المقرر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل، لترتفع الطاقة الإنتاجية إلى الضعف. وتقدر كلفة المرحلتين بنحو ثمانمئة مليون دولار بتمويل مشترك من الحكومة والقطاع الخاص.",
];

/// The words the first paragraph must start with.
const FIRST_WORDS: &str = "افتتح وزير الموارد المائية";

/// A news page: menu, article, footer.
fn article_page() -> String {
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{TITLE} - أخبار اليوم</title></head>
<body>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li>
<li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li></ul></nav>
<article>
<h1>{TITLE}</h1>
{body}</article>
<footer><p>جميع الحقوق محفوظة © 2026</p><a href="/contact">اتصل بنا</a> <a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>
"#
    )
}

/// A page with a menu and a greeting but no article.
fn home_page() -> String {
    r#"<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>أخبار اليوم</title></head>
<body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<div>مرحباً بكم في موقعنا</div><footer>جميع الحقوق محفوظة</footer></body></html>"#
        .to_string()
}

fn matn() -> Command {
    Command::cargo_bin("matn").unwrap()
}

/// Parses stdout as exactly one JSON object followed by a newline.
fn one_object(stdout: &[u8]) -> Value {
    let text = std::str::from_utf8(stdout).unwrap();
    assert!(text.ends_with('\n'), "output ends with a newline: {text:?}");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("one JSON object: {e}: {text}"))
}

/// The facts every correct extraction of [`article_page`] has.
fn assert_article(v: &Value, case: &str) {
    let title = v["title"].as_str().unwrap_or("");
    assert!(title.contains("محطة جديدة"), "{case}: title = {title:?}");
    let paragraphs = v["paragraphs"].as_array().unwrap();
    assert!(
        paragraphs.len() >= 3,
        "{case}: paragraphs = {}",
        paragraphs.len()
    );
    let first = paragraphs[0].as_str().unwrap();
    assert!(
        first.starts_with(FIRST_WORDS),
        "{case}: paragraphs[0] = {first:?}"
    );
    let all = paragraphs
        .iter()
        .filter_map(Value::as_str)
        .collect::<String>();
    assert!(
        !all.contains("سياسة الخصوصية"),
        "{case}: footer in paragraphs"
    );
}

#[test]
fn stdin_gives_one_json_object() {
    let out = matn().write_stdin(article_page()).assert().success();
    let v = one_object(&out.get_output().stdout);
    assert_article(&v, "stdin");
    assert!(
        v["source"]["path"].is_null(),
        "stdin: source.path = {}",
        v["source"]["path"]
    );
}

#[test]
fn dash_reads_stdin() {
    let out = matn()
        .arg("-")
        .write_stdin(article_page())
        .assert()
        .success();
    assert_article(&one_object(&out.get_output().stdout), "-");
}

#[test]
fn one_file_gives_one_json_object_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("water.html");
    std::fs::write(&page, article_page()).unwrap();
    let out = matn().arg(&page).assert().success().stderr("");
    let v = one_object(&out.get_output().stdout);
    assert_article(&v, "file");
    assert_eq!(
        v["source"]["path"].as_str(),
        Some(page.to_str().unwrap()),
        "file: source.path"
    );
}

#[test]
fn pretty_indents_the_object() {
    let out = matn()
        .arg("--pretty")
        .write_stdin(article_page())
        .assert()
        .success();
    let stdout = out.get_output().stdout.clone();
    let text = String::from_utf8(stdout.clone()).unwrap();
    assert!(
        text.starts_with("{\n  \""),
        "--pretty: starts {:?}",
        &text[..10.min(text.len())]
    );
    assert_article(&one_object(&stdout), "--pretty");
}

#[test]
fn format_text_prints_title_then_paragraphs() {
    let out = matn()
        .args(["--format", "text"])
        .write_stdin(article_page())
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        !text.trim_start().starts_with('{'),
        "--format text: JSON printed"
    );
    let blocks: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert!(blocks.len() >= 4, "--format text: {} blocks", blocks.len());
    assert!(
        blocks[0].contains("محطة جديدة"),
        "--format text: title {:?}",
        blocks[0]
    );
    assert!(
        blocks[1].starts_with(FIRST_WORDS),
        "--format text: first paragraph"
    );
}

#[test]
fn no_article_on_one_page_exits_1_with_its_line() {
    matn()
        .write_stdin(home_page())
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with("matn: -: "));
}

#[test]
fn empty_stdin_exits_1_saying_empty() {
    matn()
        .write_stdin("")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with("matn: -: ").and(predicate::str::contains("empty")));
}

#[test]
fn binary_file_exits_1_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("photo.html");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0u8..=255).cycle().take(4000));
    std::fs::write(&page, bytes).unwrap();
    let line = format!("matn: {}: ", page.display());
    matn()
        .arg(&page)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(line));
}

#[test]
fn nonexistent_single_file_exits_2_with_its_line() {
    matn()
        .arg("no/such/page.html")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with("matn: no/such/page.html: "));
}

#[test]
fn bad_usage_exits_2() {
    matn().arg("--no-such-flag").assert().code(2).stdout("");
    matn().args(["-j", "0", "x.html"]).assert().code(2);
    matn()
        .args(["--skip-existing", "x.html"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--output"));
    matn()
        .args(["-", "--files-from", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("matn: "));
}

#[test]
fn unknown_encoding_label_is_bad_usage() {
    matn()
        .args(["--encoding", "no-such-charset"])
        .write_stdin(article_page())
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no-such-charset"));
}

#[test]
fn encoding_override_is_recorded() {
    let out = matn()
        .args(["--encoding", "utf-8"])
        .write_stdin(article_page())
        .assert()
        .success();
    let v = one_object(&out.get_output().stdout);
    assert_eq!(
        v["source"]["encoding_from"], "override",
        "--encoding: source.encoding_from"
    );
}

#[test]
fn max_size_refuses_a_larger_page() {
    matn()
        .args(["--max-size", "100"])
        .write_stdin(article_page())
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with("matn: -: ").and(predicate::str::contains("100")));
}

#[test]
fn explain_adds_removed_and_prints_explain_lines() {
    let out = matn()
        .arg("--explain")
        .write_stdin(article_page())
        .assert()
        .success();
    let output = out.get_output();
    let v = one_object(&output.stdout);
    assert_article(&v, "--explain");
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    // Whatever the extractor drops, each dropped block is in the JSON and on stderr.
    let removed = v["removed"].as_array().map_or(0, Vec::len);
    let sources = v["metadata_sources"].as_array().map_or(0, Vec::len);
    let lines = stderr
        .lines()
        .filter(|l| l.starts_with("matn: explain: "))
        .count();
    let metadata_lines = stderr
        .lines()
        .filter(|l| l.starts_with("matn: explain: metadata "))
        .count();
    assert_eq!(
        lines - metadata_lines,
        removed,
        "--explain: stderr lines vs removed[]: {stderr}"
    );
    assert_eq!(
        metadata_lines, sources,
        "--explain: metadata lines vs metadata_sources[]: {stderr}"
    );
    assert_eq!(
        stderr.lines().count(),
        lines,
        "--explain: other stderr lines: {stderr}"
    );
}

#[test]
fn quiet_single_page_still_prints_errors() {
    matn()
        .arg("--quiet")
        .write_stdin(home_page())
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("matn: -: "));
}

#[test]
fn help_lists_the_flags() {
    let out = matn().arg("--help").assert().success();
    let help = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for flag in [
        "--output",
        "--skip-existing",
        "--files-from",
        "--null",
        "--threads",
        "--pretty",
        "--quiet",
        "--format",
        "--encoding",
        "--explain",
        "--max-size",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}");
    }
}
