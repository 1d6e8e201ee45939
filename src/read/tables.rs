//! The read stage's data tables, grouped by purpose: magic numbers of binary formats,
//! element classes for the byte-level markup passes, encodings whose labels may hide
//! Arabic text, and the `lang`/`dir` values that mark a page as written in Arabic script.

/// Magic numbers of formats that are never an HTML page: (offset, bytes, name).
pub(crate) const MAGIC_NUMBERS: &[(usize, &[u8], &str)] = &[
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xFF\xD8\xFF", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"PK\x07\x08", "ZIP archive"),
    (0, b"\x1F\x8B", "gzip data inside gzip data"),
    (0, b"BZh", "bzip2 data"),
    (0, b"\xFD7zXZ\x00", "xz data"),
    (0, b"\x28\xB5\x2F\xFD", "zstd data"),
    (0, b"7z\xBC\xAF\x27\x1C", "7z archive"),
    (0, b"Rar!\x1A\x07", "RAR archive"),
    (0, b"RIFF", "RIFF media (WebP, WAV, AVI)"),
    (0, b"OggS", "Ogg media"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"ID3", "MP3 audio"),
    (4, b"ftyp", "MP4/QuickTime media"),
    (0, b"\x1A\x45\xDF\xA3", "Matroska/WebM media"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\x00\x00\x01\x00", "ICO image"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"\x7FELF", "ELF executable"),
    (0, b"\xCA\xFE\xBA\xBE", "Mach-O or Java class"),
    (0, b"\xCF\xFA\xED\xFE", "Mach-O executable"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "MS Office document"),
];

/// The gzip magic number (with the deflate method byte).
pub(crate) const GZIP_MAGIC: &[u8] = b"\x1F\x8B\x08";

/// Elements that never have contents, so never add to the nesting depth.
pub(crate) const VOID_ELEMENTS: &[&[u8]] = &[
    b"area",
    b"base",
    b"basefont",
    b"bgsound",
    b"br",
    b"col",
    b"embed",
    b"frame",
    b"hr",
    b"image",
    b"img",
    b"input",
    b"keygen",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
];

/// Elements whose contents are raw text up to their own end tag (no child elements).
pub(crate) const RAW_TEXT_ELEMENTS: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
];

/// Elements whose first line break the tree builder drops (`<pre>\n` starts with the
/// next line): the text right after their start tag is passed on untouched.
pub(crate) const LEADING_NEWLINE_ELEMENTS: &[&[u8]] = &[b"pre", b"listing"];

/// After this start tag the rest of the document is text.
pub(crate) const PLAINTEXT_ELEMENT: &[u8] = b"plaintext";

/// Elements the tree builder merges or places itself: they never deepen the tree.
pub(crate) const STRUCTURAL_ELEMENTS: &[&[u8]] = &[b"html", b"head", b"body"];

/// Roots of foreign content (SVG, MathML), where `/>` really closes an element.
pub(crate) const FOREIGN_ROOTS: &[&[u8]] = &[b"svg", b"math"];

/// Start tags that close an open `<p>` (the HTML standard's "close a p element").
pub(crate) const CLOSES_P: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"center",
    b"details",
    b"dialog",
    b"dir",
    b"div",
    b"dl",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"hr",
    b"li",
    b"dd",
    b"dt",
    b"main",
    b"menu",
    b"nav",
    b"ol",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"ul",
];

/// Start tags that implicitly end an open element of the same group on top of the
/// stack: a new `<li>` ends the open `<li>`, a `<td>` ends the open `<th>`, and so on.
pub(crate) const SIBLING_GROUPS: &[&[&[u8]]] = &[
    &[b"li"],
    &[b"dt", b"dd"],
    &[b"td", b"th"],
    &[b"tr"],
    &[b"option"],
    &[b"a"],
    &[b"nobr"],
    &[b"rb", b"rt", b"rtc", b"rp"],
];

/// Encodings whose decoding of Arabic windows-1256 / ISO-8859-6 bytes is Latin
/// mojibake: a page labelled (or detected) as one of these may really be Arabic.
pub(crate) const LATIN_ENCODINGS: &[&str] = &[
    "windows-1252",
    "windows-1250",
    "windows-1254",
    "windows-1257",
    "windows-1258",
    "ISO-8859-2",
    "ISO-8859-3",
    "ISO-8859-4",
    "ISO-8859-10",
    "ISO-8859-13",
    "ISO-8859-14",
    "ISO-8859-15",
    "ISO-8859-16",
    "macintosh",
];

/// Primary `lang` subtags of languages written in Arabic script.
pub(crate) const ARABIC_SCRIPT_LANGS: &[&[u8]] = &[
    b"ar", b"fa", b"ur", b"ps", b"ckb", b"ku", b"sd", b"ug", b"ks",
];

/// The `dir` value of right-to-left pages.
pub(crate) const RTL_DIR: &[u8] = b"rtl";

/// Elements whose `lang` / `dir` speak for the whole page.
pub(crate) const ROOT_ELEMENTS: &[&[u8]] = &[b"html", b"body"];

/// Elements a browser lays out as blocks: a dropped tag of one becomes a line break, so
/// the words on either side stay apart.
pub(crate) const BLOCK_ELEMENTS: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"center",
    b"dd",
    b"details",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"li",
    b"main",
    b"nav",
    b"ol",
    b"p",
    b"pre",
    b"section",
    b"table",
    b"tbody",
    b"td",
    b"tfoot",
    b"th",
    b"thead",
    b"tr",
    b"ul",
];

/// Whether `name` (any case) is in `table`.
pub(crate) fn contains(table: &[&[u8]], name: &[u8]) -> bool {
    table.iter().any(|t| t.eq_ignore_ascii_case(name))
}

/// The Arabic single-byte encodings a mislabelled page may really be in, in order of
/// preference when the bytes fit both equally.
pub(crate) const ARABIC_ENCODINGS: &[&str] = &["windows-1256", "ISO-8859-6"];

/// Code points of Arabic letters (the basic block's letters and the extended letters of
/// Persian and Urdu), by which a decoding of high-bit bytes is judged.
pub(crate) const ARABIC_LETTERS: &[std::ops::RangeInclusive<char>] =
    &['\u{0621}'..='\u{064A}', '\u{0671}'..='\u{06D3}'];

/// Formatting elements: while one is on the tree builder's list of active formatting
/// elements, it is re-created ("reconstructed") in every new block that gets text.
pub(crate) const FORMATTING_ELEMENTS: &[&[u8]] = &[
    b"a", b"b", b"big", b"code", b"em", b"font", b"i", b"nobr", b"s", b"small", b"strike",
    b"strong", b"tt", b"u",
];

/// Formatting elements of which a new one ends the active one (the adoption agency).
pub(crate) const SELF_ENDING_FORMATTING: &[&[u8]] = &[b"a", b"nobr"];

/// Elements that put a marker on the list of active formatting elements: formatting
/// elements opened before them are not reconstructed inside them.
pub(crate) const FORMATTING_MARKERS: &[&[u8]] = &[
    b"applet",
    b"caption",
    b"marquee",
    b"object",
    b"td",
    b"th",
    b"template",
];

/// The paragraph element, which block start tags close.
pub(crate) const PARAGRAPH: &[u8] = b"p";

/// The attributes the parse keeps when the guard cuts what no stage reads: those the
/// stages look up (strip's hidden/role/class rules and app links, metadata's microdata,
/// `<meta>`, `<link>` and `<time>` readers, the JSON-LD `type`, `lang`/`dir`), and those
/// that steer html5ever's tree builder (`type` of `<input>`, `color`/`face`/`size` of a
/// `<font>` that breaks out of SVG, MathML's `encoding`, a template's
/// `shadowrootmode`). Lower case; a page's names are compared ignoring ASCII case.
/// `Dom::attr` checks in debug builds that every name it is asked for is here.
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "aria-expanded",
    "aria-hidden",
    "aria-label",
    "class",
    "color",
    "content",
    "datetime",
    "dir",
    "encoding",
    "face",
    "hidden",
    "href",
    "http-equiv",
    "id",
    "itemprop",
    "itemtype",
    "lang",
    "name",
    "property",
    "pubdate",
    "rel",
    "role",
    "shadowrootmode",
    "size",
    "start",
    "style",
    "type",
];

/// Longest name in [`KEPT_ATTRIBUTES`].
const LONGEST_KEPT_ATTRIBUTE: usize = 14;

/// Whether attribute `name` is in [`KEPT_ATTRIBUTES`] (ASCII case ignored): one look at
/// the length and the first byte, then the few names that share them.
pub fn is_kept_attribute(name: &[u8]) -> bool {
    let (Some(&first), true) = (name.first(), name.len() <= LONGEST_KEPT_ATTRIBUTE) else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    KEPT_ATTRIBUTES.iter().any(|k| {
        k.len() == name.len() && k.as_bytes()[0] == first && k.as_bytes().eq_ignore_ascii_case(name)
    })
}
