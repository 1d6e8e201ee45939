//! One regression test per page of `../shared/corpus`: matn must give the gold title and
//! exactly the gold paragraphs, and leak none of the gold boilerplate phrases. The corpus
//! lives beside the repository, not in it; without it these tests say so and pass.

use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.join("gold").is_dir().then_some(dir)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check(page: &str) {
    let Some(dir) = corpus() else {
        eprintln!("{page}: ../shared/corpus not found; skipped");
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

/// Every page of the corpus has a test above.
#[test]
fn every_corpus_page_has_a_test() {
    let Some(dir) = corpus() else {
        return;
    };
    let listed = include_str!("corpus.rs");
    let mut missing = Vec::new();
    for e in std::fs::read_dir(dir.join("gold"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = e
            .file_name()
            .to_string_lossy()
            .trim_end_matches(".json")
            .to_string();
        if !listed.contains(&format!("\"{name}\"")) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "corpus pages without a regression test: {missing:?}"
    );
}
