//! The read stage on real page bytes (`fixtures/encoding/`, written by its `make.py`)
//! and on bad input: every case has a defined outcome and none panics.

use matn::read::{decode, prepare, EncodingFrom};
use matn::{extract, Error, Options};
use std::path::Path;

/// A sentence of the Arabic fixture page, which every correct decoding contains.
const ARABIC_SENTENCE: &str = "وأضاف أن الوزارة رفعت كميات الضخ بنسبة 15 في المئة";
/// A sentence of the French fixture page.
const FRENCH_SENTENCE: &str = "« Les équipes techniques travailleront jour et nuit »";

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/encoding")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e} (run make.py)", path.display()))
}

fn check(name: &str, encoding: &str, from: EncodingFrom, sentence: &str) {
    let bytes = fixture(name);
    let prepared = prepare(&bytes, Options::default().max_bytes)
        .unwrap_or_else(|e| panic!("{name}: prepare failed: {e}"));
    let d = decode(&prepared, None).unwrap_or_else(|e| panic!("{name}: decode failed: {e}"));
    assert_eq!(d.encoding.name(), encoding, "{name}: field encoding");
    assert_eq!(d.from, from, "{name}: field encoding_from");
    assert!(
        d.text.contains(sentence),
        "{name}: field text lacks {sentence:?}; starts {:?}",
        d.text.chars().take(300).collect::<String>()
    );
    assert!(
        !d.text.starts_with('\u{FEFF}'),
        "{name}: field text keeps the BOM"
    );
}

macro_rules! fixtures {
    ($($test:ident: $file:literal => $enc:literal, $from:ident, $sentence:ident;)*) => {
        $(
            #[test]
            fn $test() {
                check($file, $enc, EncodingFrom::$from, $sentence);
            }
        )*
    };
}

fixtures! {
    utf8_bom: "utf8-bom.html" => "UTF-8", Bom, ARABIC_SENTENCE;
    utf8_meta: "utf8-meta.html" => "UTF-8", Meta, ARABIC_SENTENCE;
    utf8_nolabel: "utf8-nolabel.html" => "UTF-8", Detected, ARABIC_SENTENCE;
    utf16le_bom: "utf16le-bom.html" => "UTF-16LE", Bom, ARABIC_SENTENCE;
    utf16be_bom: "utf16be-bom.html" => "UTF-16BE", Bom, ARABIC_SENTENCE;
    cp1256_meta: "cp1256-meta.html" => "windows-1256", Meta, ARABIC_SENTENCE;
    cp1256_http_equiv: "cp1256-http-equiv.html" => "windows-1256", Meta, ARABIC_SENTENCE;
    iso_8859_6_meta: "iso-8859-6-meta.html" => "ISO-8859-6", Meta, ARABIC_SENTENCE;
    cp1256_nolabel: "cp1256-nolabel.html" => "windows-1256", Detected, ARABIC_SENTENCE;
    cp1256_labelled_1252_is_a_lie: "cp1256-labelled-1252.html"
        => "windows-1256", DetectedLabelIgnored, ARABIC_SENTENCE;
    cp1256_labelled_latin1_without_lang_is_a_lie: "cp1256-labelled-latin1-nohint.html"
        => "windows-1256", DetectedLabelIgnored, ARABIC_SENTENCE;
    iso_8859_6_labelled_1252_is_a_lie: "iso-8859-6-labelled-1252.html"
        => "ISO-8859-6", DetectedLabelIgnored, ARABIC_SENTENCE;
    cp1256_labelled_utf8_is_a_lie: "cp1256-labelled-utf8.html"
        => "windows-1256", DetectedLabelIgnored, ARABIC_SENTENCE;
    latin1_french_stays_1252: "latin1-french.html" => "windows-1252", Meta, FRENCH_SENTENCE;
    latin1_french_unlabelled_is_1252: "latin1-french-nolabel.html"
        => "windows-1252", Detected, FRENCH_SENTENCE;
    gzip_compressed_page: "gzip-utf8-meta.html.gz" => "UTF-8", Meta, ARABIC_SENTENCE;
}

/// A deterministic stream of pseudo-random bytes (xorshift).
fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn opts() -> Options {
    Options::default()
}

/// The headline of `fixtures/encoding/utf8-meta.html`.
const FIXTURE_TITLE: &str = "وزارة المياه تعلن خطة جديدة لمواجهة موجة الحر";

/// The body paragraphs of `fixtures/encoding/utf8-meta.html`, as written there.
const FIXTURE_PARAGRAPHS: [&str; 4] = [
    "أعلنت وزارة المياه والري، اليوم الأحد، عن خطة طارئة لضمان وصول المياه إلى جميع الأحياء خلال موجة الحر التي يتوقع أن تستمر حتى نهاية الأسبوع.",
    "وقال الناطق باسم الوزارة إن \"الطواقم الفنية ستعمل على مدار الساعة لمعالجة أي انقطاع في الشبكة\".",
    "وأضاف أن الوزارة رفعت كميات الضخ بنسبة 15 في المئة، داعيا المواطنين إلى ترشيد الاستهلاك في ساعات الذروة.",
    "من جهتها، أكدت دائرة الأرصاد الجوية أن درجات الحرارة ستتجاوز 40 درجة مئوية في المناطق الشرقية؛ فهل تكفي هذه الإجراءات؟",
];

/// What a page cut after `cut` bytes holds of the fixture's paragraphs: each `<p>` that
/// starts before the cut, up to the cut, decoded as the page is (a character cut in two
/// becomes U+FFFD).
fn paragraphs_before(page: &[u8], cut: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = find(page, b"<p>", at) {
        let start = open + 3;
        if start >= cut {
            break;
        }
        let end = find(page, b"</p>", start).expect("every <p> is closed");
        let text = String::from_utf8_lossy(&page[start..end.min(cut)]);
        out.push(text.trim().to_string());
        at = end;
    }
    out
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

#[test]
fn the_fixture_page_gives_its_title_and_paragraphs() {
    let page = fixture("utf8-meta.html");
    let a = extract(&page, &opts()).expect("the fixture page extracts");
    assert_eq!(a.title.as_deref(), Some(FIXTURE_TITLE), "field title");
    assert_eq!(a.paragraphs, FIXTURE_PARAGRAPHS, "field paragraphs");
    assert_eq!(
        paragraphs_before(&page, page.len()),
        FIXTURE_PARAGRAPHS,
        "the helper reads the fixture's paragraphs"
    );
}

#[test]
fn empty_input_is_empty() {
    assert!(matches!(extract(b"", &opts()), Err(Error::Empty)));
    assert!(matches!(decode(b"", None), Err(Error::Empty)));
}

#[test]
fn whitespace_only_is_empty() {
    assert!(matches!(extract(b" \r\n\t \n", &opts()), Err(Error::Empty)));
    assert!(matches!(
        extract(b"\xEF\xBB\xBF\n", &opts()),
        Err(Error::Empty)
    ));
}

#[test]
fn png_pdf_and_random_bytes_are_binary() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    assert!(matches!(
        extract(png, &opts()),
        Err(Error::Binary("PNG image"))
    ));
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    assert!(matches!(
        extract(pdf, &opts()),
        Err(Error::Binary("PDF document"))
    ));
    for seed in 1..20u64 {
        let noise = random_bytes(4096, seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let got = extract(&noise, &opts());
        assert!(
            matches!(got, Err(Error::Binary(_))),
            "random bytes (seed {seed}): field error: {got:?}"
        );
    }
}

#[test]
fn gzip_of_a_png_is_binary_and_corrupt_gzip_is_an_error() {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let gz = enc.finish().unwrap();
    assert!(matches!(
        prepare(&gz, 1 << 20),
        Err(Error::Binary("PNG image"))
    ));
    let corrupt = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF, 1, 2, 3];
    assert!(matches!(prepare(&corrupt, 1 << 20), Err(Error::Gzip(_))));
}

#[test]
fn gzip_bomb_is_refused_by_the_decompressed_size() {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&vec![b' '; 4 << 20]).unwrap();
    let gz = enc.finish().unwrap();
    assert!(gz.len() < 64 * 1024);
    let got = prepare(&gz, 1 << 20);
    assert!(
        matches!(got, Err(Error::TooLarge { limit, .. }) if limit == 1 << 20),
        "field error: {got:?}"
    );
}

#[test]
fn oversized_input_is_too_large() {
    let o = Options {
        max_bytes: 10,
        ..Options::default()
    };
    assert!(matches!(
        extract(b"<p>more than ten bytes</p>", &o),
        Err(Error::TooLarge {
            size: 26,
            limit: 10
        })
    ));
}

#[test]
fn truncated_html_decodes_and_does_not_panic() {
    let page = fixture("utf8-meta.html");
    // Cut inside a tag, inside an attribute and in the middle of a character: before
    // enough of the article has come, there is none.
    for cut in [40, 97, 600, 601, page.len() / 2] {
        let d = decode(&page[..cut], None).unwrap_or_else(|e| panic!("cut {cut}: {e}"));
        assert_eq!(d.encoding.name(), "UTF-8", "cut {cut}: field encoding");
        let got = extract(&page[..cut], &opts());
        assert!(
            matches!(got, Err(Error::NoArticle)),
            "cut {cut}: field error: {got:?}"
        );
    }
    // After that, the title and the paragraphs up to the cut, the last one cut short
    // (904 and 1300 fall inside a character, 1180 just after a `</p>`); a cut inside the
    // closing `</html>` loses nothing.
    let after_third = find(&page, b"</p>", 1000).unwrap() + 4;
    assert_eq!(
        after_third, 1180,
        "the fixture's third </p> ends at byte 1180"
    );
    for (cut, count) in [
        (904, 2),
        (1054, 3),
        (1180, 3),
        (1300, 4),
        (page.len() - 3, 4),
    ] {
        let d = decode(&page[..cut], None).unwrap_or_else(|e| panic!("cut {cut}: {e}"));
        assert_eq!(d.encoding.name(), "UTF-8", "cut {cut}: field encoding");
        let a = extract(&page[..cut], &opts()).unwrap_or_else(|e| panic!("cut {cut}: {e}"));
        assert_eq!(
            a.title.as_deref(),
            Some(FIXTURE_TITLE),
            "cut {cut}: field title"
        );
        let want = paragraphs_before(&page, cut);
        assert_eq!(want.len(), count, "cut {cut}: paragraphs begun");
        assert_eq!(a.paragraphs, want, "cut {cut}: field paragraphs");
        assert_eq!(
            a.paragraphs[..count - 1],
            FIXTURE_PARAGRAPHS[..count - 1],
            "cut {cut}: whole paragraphs"
        );
    }
    assert!(paragraphs_before(&page, 904)[1].ends_with('\u{FFFD}'));
    assert_eq!(paragraphs_before(&page, 1180)[2], FIXTURE_PARAGRAPHS[2]);
}

#[test]
fn scattered_nul_bytes_are_text() {
    let mut page = fixture("utf8-meta.html");
    for i in [300, 700, 1100] {
        page.insert(i, 0);
    }
    let prepared = prepare(&page, 1 << 20).expect("a few NULs are not binary");
    let d = decode(&prepared, None).unwrap();
    assert!(
        d.text.contains('\0'),
        "field text: NULs are left to the parser"
    );
    // The parser drops a NUL in text; the one at byte 1100 splits the two bytes of the
    // و of المواطنين, each half of which becomes U+FFFD.
    let a = extract(&page, &opts()).expect("the page still extracts");
    assert_eq!(a.title.as_deref(), Some(FIXTURE_TITLE), "field title");
    let mut want = FIXTURE_PARAGRAPHS.map(str::to_string);
    want[2] = want[2].replace("المواطنين", "الم\u{FFFD}\u{FFFD}اطنين");
    assert_eq!(a.paragraphs, want, "field paragraphs");
}

#[test]
fn invalid_utf8_sequences_become_replacement_characters() {
    let mut page = fixture("utf8-meta.html");
    let at = page.len() - 200;
    page.splice(at..at, [0xC3, 0x28, 0xFF]);
    let d = decode(&page, None).unwrap();
    assert_eq!(
        (d.encoding.name(), d.from),
        ("UTF-8", EncodingFrom::Meta),
        "field encoding"
    );
    assert!(d.text.contains('\u{FFFD}'), "field text");
    assert!(d.text.contains(ARABIC_SENTENCE), "field text");
}

#[test]
fn bidi_override_characters_are_left_in_place() {
    let page = "<meta charset=utf-8><p>\u{202E}قال\u{202C} \u{2067}الوزير\u{2069}</p>";
    let d = decode(page.as_bytes(), None).unwrap();
    assert_eq!(d.text, page, "field text");
}

#[test]
fn plain_text_file_is_decoded() {
    let text = "هذا ملف نصي عادي بلا وسوم.\nسطر ثان.\n";
    let d = decode(text.as_bytes(), None).unwrap();
    assert_eq!(
        (d.text.as_str(), d.encoding.name(), d.from),
        (text, "UTF-8", EncodingFrom::Detected)
    );
    // Two short lines are too little to be an article.
    assert!(matches!(
        extract(text.as_bytes(), &opts()),
        Err(Error::NoArticle)
    ));
    // Longer plain text: its blank-line blocks are the paragraphs, lines joined.
    let text = format!(
        "{}\n\n{}\n{}\n",
        FIXTURE_PARAGRAPHS[0], FIXTURE_PARAGRAPHS[1], FIXTURE_PARAGRAPHS[2]
    );
    let a = extract(text.as_bytes(), &opts()).expect("plain text extracts");
    assert_eq!(a.title, None, "field title");
    assert_eq!(
        a.paragraphs,
        [
            FIXTURE_PARAGRAPHS[0].to_string(),
            format!("{} {}", FIXTURE_PARAGRAPHS[1], FIXTURE_PARAGRAPHS[2])
        ],
        "field paragraphs"
    );
    assert_eq!(a.source.encoding_from, "detected", "field encoding_from");
}

/// Builds an article page whose `<article>` (headline and paragraphs) sits inside `depth`
/// nested `<div>`s.
fn deeply_nested_article(depth: usize) -> String {
    let body: String = FIXTURE_PARAGRAPHS
        .iter()
        .map(|p| format!("<p>{p}</p>\n"))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\">\
         <title>{FIXTURE_TITLE} - أخبار اليوم</title></head><body>\
         <nav><a href=\"/\">الرئيسية</a> <a href=\"/local\">محليات</a></nav>\
         {}<article><h1>{FIXTURE_TITLE}</h1>\n{body}</article>{}\
         <footer>جميع الحقوق محفوظة 2024</footer></body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    )
}

#[test]
fn hundred_thousand_nested_divs_extract_in_time() {
    // Unguarded, html5ever takes 13 s in release (minutes in debug) on each page.
    let timed = |page: &str| {
        let start = std::time::Instant::now();
        let got = extract(page.as_bytes(), &opts());
        assert!(
            start.elapsed().as_secs() < 30,
            "100 000 nested divs: field time {:?}",
            start.elapsed()
        );
        got
    };
    // An article inside them: its headline and its paragraphs, each apart, exactly.
    let a = timed(&deeply_nested_article(100_000)).expect("the article extracts");
    assert_eq!(a.title.as_deref(), Some(FIXTURE_TITLE), "field title");
    assert_eq!(a.paragraphs, FIXTURE_PARAGRAPHS, "field paragraphs");
    // The same page at depths either side of the guard's limit gives the same article.
    for depth in [0, 1, 510, 511, 512, 513, 600] {
        let a = extract(deeply_nested_article(depth).as_bytes(), &opts())
            .unwrap_or_else(|e| panic!("depth {depth}: {e}"));
        assert_eq!(
            a.title.as_deref(),
            Some(FIXTURE_TITLE),
            "depth {depth}: field title"
        );
        assert_eq!(
            a.paragraphs, FIXTURE_PARAGRAPHS,
            "depth {depth}: field paragraphs"
        );
    }
    // The bare recipe (README's "100 000 nested <div>s"): unclosed divs, then one run of
    // text, which is the one paragraph.
    let sentence = "قال الوزير إن الحكومة ستعمل.";
    let page = "<div>".repeat(100_000) + &format!("{sentence} ").repeat(20);
    let a = timed(&page).expect("the text extracts");
    assert_eq!(a.title, None, "field title");
    assert_eq!(
        a.paragraphs,
        [vec![sentence; 20].join(" ")],
        "field paragraphs"
    );
}
