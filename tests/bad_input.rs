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
    // Cut inside a tag, inside an attribute and in the middle of a character.
    for cut in [40, 97, 600, 601, page.len() / 2, page.len() - 3] {
        let d = decode(&page[..cut], None).unwrap_or_else(|e| panic!("cut {cut}: {e}"));
        assert_eq!(d.encoding.name(), "UTF-8", "cut {cut}: field encoding");
        let _ = extract(&page[..cut], &opts());
    }
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
    let _ = extract(&page, &opts());
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
    let _ = extract(text.as_bytes(), &opts());
}

#[test]
fn hundred_thousand_nested_divs_extract_in_time() {
    let page = "<div>".repeat(100_000) + &"قال الوزير إن الحكومة ستعمل. ".repeat(20);
    let start = std::time::Instant::now();
    let _ = extract(page.as_bytes(), &opts());
    // Unguarded, html5ever takes 13 s in release (minutes in debug).
    assert!(
        start.elapsed().as_secs() < 30,
        "100 000 nested divs: field time {:?}",
        start.elapsed()
    );
}
