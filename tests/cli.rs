//! The `matn` command on one page: standard input, `-`, a file, the output flags, and
//! the exit statuses with their error lines. The pages are written here, small and plain
//! (a menu, an `<article>` of `<p>`s, a footer), so the exact title, paragraphs, error
//! lines and `--explain` output are known and pinned.

mod common;

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

/// [`article_page`] with two more pieces of chrome inside the article: a share bar and
/// a read-also link after the last paragraph.
fn explain_page() -> String {
    article_page().replace(
        "</article>",
        "<p><a href=\"/news/2\">اقرأ أيضاً: ارتفاع أسعار المياه المعبأة في الأسواق</a></p>\n\
         <div class=\"share-buttons\"><a href=\"#\">فيسبوك</a> <a href=\"#\">تويتر</a></div>\n\
         </article>",
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

/// Every correct extraction of [`article_page`]: its exact headline and exactly its five
/// paragraphs, in order, with the menu and the footer left out.
fn assert_article(v: &Value, case: &str) {
    common::assert_extraction(v, case, TITLE, PARAGRAPHS, FIRST_WORDS);
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
    assert_eq!(
        text,
        format!("{TITLE}\n\n{}\n", PARAGRAPHS.join("\n\n")),
        "--format text: the title, a blank line, the paragraphs apart by blank lines"
    );
}

#[test]
fn no_article_on_one_page_exits_1_with_its_line() {
    matn()
        .write_stdin(home_page())
        .assert()
        .code(1)
        .stdout("")
        .stderr("matn: -: no article found\n");
}

#[test]
fn empty_stdin_exits_1_saying_empty() {
    matn()
        .write_stdin("")
        .assert()
        .code(1)
        .stdout("")
        .stderr("matn: -: empty input\n");
}

#[test]
fn binary_file_exits_1_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("photo.html");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0u8..=255).cycle().take(4000));
    std::fs::write(&page, bytes).unwrap();
    let line = format!(
        "matn: {}: binary input (PNG image), not an HTML page\n",
        page.display()
    );
    matn().arg(&page).assert().code(1).stdout("").stderr(line);
}

#[test]
fn nonexistent_single_file_exits_2_with_its_line() {
    matn()
        .arg("no/such/page.html")
        .assert()
        .code(2)
        .stdout("")
        .stderr("matn: no/such/page.html: No such file or directory (os error 2)\n");
}

#[test]
fn bad_usage_exits_2() {
    matn()
        .arg("--no-such-flag")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: unexpected argument '--no-such-flag' found\n",
        ));
    matn()
        .args(["-j", "0", "x.html"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: invalid value '0' for '--threads <N>': 0 is not in 1..=65535\n",
        ));
    matn()
        .args(["--skip-existing", "x.html"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: the following required arguments were not provided:\n  --output <DIR>\n",
        ));
    matn()
        .args(["-", "--files-from", "-"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("matn: standard input (-) can only be read once\n");
}

#[test]
fn unknown_encoding_label_is_bad_usage() {
    matn()
        .args(["--encoding", "no-such-charset"])
        .write_stdin(article_page())
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: invalid value 'no-such-charset' for '--encoding <LABEL>': \
             unknown encoding label \"no-such-charset\"\n",
        ));
}

#[test]
fn encoding_override_is_recorded() {
    let out = matn()
        .args(["--encoding", "utf-8"])
        .write_stdin(article_page())
        .assert()
        .success();
    let v = one_object(&out.get_output().stdout);
    assert_article(&v, "--encoding utf-8");
    assert_eq!(
        v["source"]["encoding_from"], "override",
        "--encoding: source.encoding_from"
    );
    assert_eq!(
        v["source"]["encoding"], "UTF-8",
        "--encoding: source.encoding"
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
        .stderr("matn: -: input too large (more than 100 bytes)\n");
}

/// What `--explain` reports for [`explain_page`]: each dropped block's rule and text, in
/// document order for each stage (strip, then the body filters).
const EXPLAIN_REMOVED: &[(&str, &str)] = &[
    (
        "strip: <nav> is never content",
        "الرئيسية سياسة اقتصاد رياضة ثقافة",
    ),
    (
        "strip: chrome class/id <div class=\"share-buttons\">",
        "فيسبوك تويتر",
    ),
    (
        "strip: <footer> is never content",
        "جميع الحقوق محفوظة © 2026 اتصل بنا سياسة الخصوصية",
    ),
    // A short linked sentence is not link-dense on its own: the read-also phrase drops it.
    (
        "text: chrome phrase",
        "اقرأ أيضاً: ارتفاع أسعار المياه المعبأة في الأسواق",
    ),
];

#[test]
fn explain_adds_removed_and_prints_explain_lines() {
    let out = matn()
        .arg("--explain")
        .write_stdin(explain_page())
        .assert()
        .success();
    let output = out.get_output();
    let v = one_object(&output.stdout);
    // The chrome goes, the article stays exactly as without it.
    assert_article(&v, "--explain");
    let removed: Vec<(&str, &str)> = v["removed"]
        .as_array()
        .expect("--explain: removed[] present")
        .iter()
        .map(|r| (r["rule"].as_str().unwrap(), r["text"].as_str().unwrap()))
        .collect();
    assert_eq!(removed, EXPLAIN_REMOVED, "--explain: removed[]");
    let sources: Vec<(&str, &str)> = v["metadata_sources"]
        .as_array()
        .expect("--explain: metadata_sources[] present")
        .iter()
        .map(|r| (r["field"].as_str().unwrap(), r["source"].as_str().unwrap()))
        .collect();
    assert_eq!(
        sources,
        [("lang", "html lang"), ("dir", "html dir")],
        "--explain: metadata_sources[]"
    );
    // Standard error holds exactly one line per removed block, then one per metadata
    // source, and nothing else.
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    let mut want: String = EXPLAIN_REMOVED
        .iter()
        .map(|(rule, text)| format!("matn: explain: {rule}: {text}\n"))
        .collect();
    want.push_str("matn: explain: metadata lang: html lang\n");
    want.push_str("matn: explain: metadata dir: html dir\n");
    assert_eq!(stderr, want, "--explain: stderr");
}

#[test]
fn without_explain_there_is_no_removed_and_no_stderr() {
    let out = matn()
        .write_stdin(explain_page())
        .assert()
        .success()
        .stderr("");
    let v = one_object(&out.get_output().stdout);
    assert_article(&v, "no --explain");
    assert_eq!(v.get("removed"), None, "no --explain: removed");
    assert_eq!(
        v.get("metadata_sources"),
        None,
        "no --explain: metadata_sources"
    );
}

#[test]
fn quiet_single_page_still_prints_errors() {
    matn()
        .arg("--quiet")
        .write_stdin(home_page())
        .assert()
        .code(1)
        .stdout("")
        .stderr("matn: -: no article found\n");
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
