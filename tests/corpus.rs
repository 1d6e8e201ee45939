//! One regression test per page of `../shared/corpus`: matn must give the gold title and
//! exactly the gold paragraphs, and leak none of the gold boilerplate phrases. The corpus
//! lives beside the repository, not in it; without it these tests fail, unless
//! `MATN_SKIP_CORPUS=1` is set, when they print that they were skipped and pass (CI never
//! sets it).

use std::path::PathBuf;

/// Set to `1` to skip the corpus tests on a machine without `../shared/corpus`.
const SKIP_VAR: &str = "MATN_SKIP_CORPUS";

/// Whether the skip variable is set to `1`.
fn skip_requested() -> bool {
    std::env::var_os(SKIP_VAR).is_some_and(|v| v == "1")
}

/// The corpus folder; `None` (skip) only when it is missing and [`SKIP_VAR`] is `1`.
/// A missing corpus without the variable is a failure, never a silent pass.
fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    resolve(dir.join("gold").is_dir().then_some(dir), skip_requested())
}

/// What a test does with the corpus it found (or not) and the skip variable.
fn resolve(found: Option<PathBuf>, skip: bool) -> Option<PathBuf> {
    match (found, skip) {
        (Some(dir), _) => Some(dir),
        (None, true) => None,
        (None, false) => panic!(
            "../shared/corpus/gold not found: the corpus tests cannot run \
             (set {SKIP_VAR}=1 to skip them deliberately)"
        ),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check(page: &str) {
    let Some(dir) = corpus() else {
        eprintln!("{page}: skipped: ../shared/corpus not found and {SKIP_VAR}=1");
        return;
    };
    let bytes = std::fs::read(dir.join("pages").join(format!("{page}.html")))
        .unwrap_or_else(|e| panic!("{page}: cannot read the page: {e}"));
    let gold: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("gold").join(format!("{page}.json")))
            .unwrap_or_else(|e| panic!("{page}: cannot read the gold file: {e}")),
    )
    .unwrap_or_else(|e| panic!("{page}: gold is not JSON: {e}"));
    let article = matn::extract(&bytes, &matn::Options::default())
        .unwrap_or_else(|e| panic!("{page}: extraction failed: {e}"));

    let mut failures = Vec::new();
    let want_title = gold["title"].as_str().map(collapse);
    if article.title.as_deref().map(collapse) != want_title {
        failures.push(format!(
            "title:\n    expected {want_title:?}\n    actual   {:?}",
            article.title
        ));
    }
    let want: Vec<String> = gold["paragraphs"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p.as_str()).map(collapse).collect())
        .unwrap_or_default();
    let got: Vec<String> = article.paragraphs.iter().map(|p| collapse(p)).collect();
    if want != got {
        let i = want
            .iter()
            .zip(&got)
            .position(|(a, b)| a != b)
            .unwrap_or(want.len().min(got.len()));
        failures.push(format!(
            "paragraphs[{i}] (expected {} paragraphs, actual {}):\n    expected {:?}\n    actual   {:?}",
            want.len(),
            got.len(),
            want.get(i),
            got.get(i)
        ));
    }
    let body = got.join("\n");
    for phrase in gold["boilerplate"].as_array().into_iter().flatten() {
        if let Some(p) = phrase.as_str() {
            if body.contains(&collapse(p)) {
                failures.push(format!("boilerplate leaked into paragraphs: {p:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "corpus page {page}:\n  {}",
        failures.join("\n  ")
    );
}

macro_rules! corpus_pages {
    ($($name:ident => $page:literal),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check($page);
            }
        )*
    };
}

corpus_pages! {
    akhbarelyom_com => "akhbarelyom-com__1731695567",
    almadenahnews_com => "almadenahnews-com__1588107198",
    alyaum_com => "alyaum-com__1784190729",
    arabic_cnn_com => "arabic-cnn-com__syria-clashes-2013",
    assabah_com_tn => "assabah-com-tn__164913",
    elbaladtv_net => "elbaladtv-net__1806793639",
    lbcgroup_tv => "lbcgroup-tv__2026-01-08",
    t1_a01_sudan_amman => "t1__a01-sudan-amman",
    t1_a05_sharjah_novel => "t1__a05-sharjah-novel",
    t1_a10_morocco_afcon => "t1__a10-morocco-afcon",
    t2_a03_morocco_measles => "t2__a03-morocco-measles",
    t2_a06_tunisia_ai => "t2__a06-tunisia-ai",
    t2_a12_luxor_tomb => "t2__a12-luxor-tomb",
    t3_a01_sudan_amman => "t3__a01-sudan-amman",
    t3_a08_opec_cuts => "t3__a08-opec-cuts",
    t3_a11_nato_summit => "t3__a11-nato-summit",
    t4_a02_egypt_rates => "t4__a02-egypt-rates",
    t4_a07_lebanon_president => "t4__a07-lebanon-president",
    t4_a09_jordan_heatwave => "t4__a09-jordan-heatwave",
    youm7_com => "youm7-com__1691196862",
}

/// Every page of the corpus has a test above, and every test above a page.
#[test]
fn every_corpus_page_has_a_test() {
    let Some(dir) = corpus() else {
        eprintln!(
            "every_corpus_page_has_a_test: skipped: ../shared/corpus not found and {SKIP_VAR}=1"
        );
        return;
    };
    let source = include_str!("corpus.rs");
    let list = source
        .split_once("corpus_pages! {\n")
        .and_then(|(_, rest)| rest.split_once("\n}"))
        .map(|(list, _)| list)
        .expect("the corpus_pages! list");
    let mut listed: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split_once("=> \""))
        .filter_map(|(_, rest)| rest.split_once('"'))
        .map(|(name, _)| name)
        .collect();
    listed.sort_unstable();
    let mut gold: Vec<String> = std::fs::read_dir(dir.join("gold"))
        .unwrap_or_else(|e| panic!("../shared/corpus/gold: {e}"))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_string))
        .collect();
    gold.sort_unstable();
    assert_eq!(listed.len(), 20, "tests listed: {listed:?}");
    assert_eq!(
        listed, gold,
        "corpus_pages! list (left) vs ../shared/corpus/gold (right)"
    );
}

/// A missing corpus fails unless the skip variable asks for a skip; a present corpus is
/// used whatever the variable says.
#[test]
fn a_missing_corpus_fails_unless_skipping_is_asked_for() {
    let here = PathBuf::from("/some/corpus");
    assert_eq!(resolve(Some(here.clone()), false), Some(here.clone()));
    assert_eq!(resolve(Some(here.clone()), true), Some(here));
    assert_eq!(resolve(None, true), None);
    let missing = std::panic::catch_unwind(|| resolve(None, false));
    let message = missing
        .expect_err("a missing corpus without the variable must fail")
        .downcast::<String>()
        .map(|m| *m)
        .unwrap_or_default();
    assert_eq!(
        message,
        "../shared/corpus/gold not found: the corpus tests cannot run \
         (set MATN_SKIP_CORPUS=1 to skip them deliberately)"
    );
}
