//! Small text helpers of the metadata stage: whitespace collapsing, HTML entity decoding
//! and tag stripping for JSON-LD strings, and the folded key used to compare words
//! (never written to the output).

/// Named entities decoded in JSON-LD strings (the parser already decodes the markup).
const NAMED_ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("hellip", "…"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("zwnj", "\u{200c}"),
    ("zwj", "\u{200d}"),
    ("rlm", "\u{200f}"),
    ("lrm", "\u{200e}"),
];

/// Longest entity name or number we try to decode, in bytes.
const MAX_ENTITY_LEN: usize = 10;

/// Collapses runs of whitespace to one space and trims.
pub fn collapse(s: &str) -> String {
    let mut out = Collapsed::with_capacity(s.len());
    out.push(s);
    out.text
}

/// Bytes that may begin a whitespace character (`char::is_whitespace`): the ASCII ones
/// and the lead bytes `C2`, `E1`, `E2`, `E3` of the others. Arabic letters never do.
static MAY_BE_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let lead = [
        b'\t', b'\n', 0x0B, 0x0C, b'\r', b' ', 0xC2, 0xE1, 0xE2, 0xE3,
    ];
    let mut k = 0;
    while k < lead.len() {
        t[lead[k] as usize] = true;
        k += 1;
    }
    t
};

/// Byte length of the whitespace character at byte `i` of `s` (a byte that
/// [`MAY_BE_SPACE`]), or 0 when the character there is not whitespace.
fn space_len(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => 1,
        _ => s
            .get(i..)
            .and_then(|r| r.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
    }
}

/// Text collapsed while it is appended: runs of whitespace become one space, none at
/// either end. Appending pieces gives what [`collapse`] gives on their concatenation,
/// without building the concatenation first.
#[derive(Debug, Default)]
pub struct Collapsed {
    /// The collapsed text so far.
    pub text: String,
    /// Whitespace was seen after the last word (written only if another word follows).
    space: bool,
}

impl Collapsed {
    /// An empty buffer with room for `n` bytes.
    pub fn with_capacity(n: usize) -> Collapsed {
        Collapsed {
            text: String::with_capacity(n),
            space: false,
        }
    }

    /// Appends `s`. Words separated by one ASCII space are already collapsed, so they
    /// are copied together as one segment; a segment ends at any other whitespace.
    pub fn push(&mut self, s: &str) {
        let b = s.as_bytes();
        // Start of the segment being read (words joined by single spaces).
        let mut seg: Option<usize> = None;
        let mut i = 0;
        while i < b.len() {
            // Runs of bytes that cannot begin a space are copied without a look.
            let run = b[i..]
                .iter()
                .position(|&c| MAY_BE_SPACE[usize::from(c)])
                .unwrap_or(b.len() - i);
            if run > 0 {
                seg.get_or_insert(i);
                i += run;
                continue;
            }
            let n = space_len(s, i);
            if n == 0 {
                seg.get_or_insert(i);
                i += 1;
                continue;
            }
            let gap = i;
            i += n;
            while i < b.len() && MAY_BE_SPACE[usize::from(b[i])] {
                match space_len(s, i) {
                    0 => break,
                    n => i += n,
                }
            }
            // One plain space between two words of a segment stays as it is.
            if seg.is_some() && i == gap + 1 && b[gap] == b' ' && i < b.len() {
                continue;
            }
            if let Some(from) = seg.take() {
                self.word(s.get(from..gap).unwrap_or_default());
            }
            self.space = true;
        }
        if let Some(from) = seg {
            self.word(s.get(from..).unwrap_or_default());
        }
    }

    /// Appends a word, after one space when whitespace separates it from the text.
    fn word(&mut self, w: &str) {
        if self.space && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.space = false;
        self.text.push_str(w);
    }

    /// Marks a word boundary (a space if another word follows).
    pub fn space(&mut self) {
        self.space = true;
    }

    /// Whether no word has been appended.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Empties the buffer, keeping its memory.
    pub fn clear(&mut self) {
        self.text.clear();
        self.space = false;
    }
}

/// Decodes `&amp;`-style entities (named ones from a small table, numeric ones all).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let semi = after
            .char_indices()
            .take(MAX_ENTITY_LEN + 1)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = semi.and_then(|end| decode_one(&after[..end]).map(|d| (d, end)));
        match decoded {
            Some((d, end)) => {
                out.push_str(&d);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_one(name: &str) -> Option<String> {
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return char::from_u32(code).map(String::from);
    }
    NAMED_ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| (*v).to_string())
}

/// Removes `<…>` tags, leaving a space where a tag was.
pub fn strip_tags(s: &str) -> String {
    if !s.contains('<') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// A JSON-LD string made plain: entities decoded, tags stripped, whitespace collapsed.
/// Entities are decoded twice at most, since `&amp;quot;` is common.
pub fn plain(s: &str) -> String {
    if !s.contains(['&', '<']) {
        return collapse(s);
    }
    let once = decode_entities(s);
    let twice = if once.contains('&') {
        decode_entities(&once)
    } else {
        once
    };
    collapse(&strip_tags(&twice))
}

/// The value of an ASCII, Arabic-Indic or Persian digit.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6f0}'..='\u{6f9}' => Some(c as u32 - 0x6f0),
        _ => None,
    }
}

/// Characters that never matter when comparing text: the text stage's bidi controls and
/// the zero-width space, non-joiner and joiner.
pub fn is_invisible(c: char) -> bool {
    crate::text::is_bidi_control(c) || matches!(c, '\u{200b}'..='\u{200d}')
}

/// A comparison key: lower-case, hamza forms of alif to bare alif, tā' marbūṭa to hā',
/// alif maqṣūra to yā', tatweel, harakat and bidi controls removed, whitespace collapsed.
/// Used to match words against the lexicon, never for output.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match fold_char(c) {
            Folded::Keep(c) => c,
            Folded::Drop => continue,
            Folded::Space => {
                space = true;
                continue;
            }
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c.is_ascii() || CASELESS_BLOCK.contains(&c) {
            // The std case tables are slow outside ASCII, and Arabic has no case.
            out.push(c);
        } else {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
    out
}

/// What [`fold`] does with one character.
enum Folded {
    /// Written, lower-cased unless it is in the Arabic block.
    Keep(char),
    /// Left out.
    Drop,
    /// Whitespace: one space between words.
    Space,
}

/// [`fold`] of one character; ASCII and the Arabic block, nearly all of a page's text,
/// are told apart without the Unicode tables.
fn fold_char(c: char) -> Folded {
    match c {
        '\t'..='\r' | ' ' => Folded::Space,
        c if c.is_ascii() => Folded::Keep(c.to_ascii_lowercase()),
        'أ' | 'إ' | 'آ' | 'ٱ' => Folded::Keep('ا'),
        'ة' => Folded::Keep('ه'),
        'ى' => Folded::Keep('ي'),
        'ؤ' => Folded::Keep('و'),
        'ئ' => Folded::Keep('ي'),
        '\u{640}' | '\u{64b}'..='\u{65f}' | '\u{670}' => Folded::Drop,
        // The one bidi control in the block (Arabic letter mark); the rest of the block
        // is neither invisible nor whitespace.
        '\u{61c}' => Folded::Drop,
        '\u{600}'..='\u{6ff}' => Folded::Keep(c),
        c if is_invisible(c) => Folded::Drop,
        c if c.is_whitespace() => Folded::Space,
        c => Folded::Keep(c),
    }
}

/// The Arabic block: no character in it has a lower-case form.
const CASELESS_BLOCK: std::ops::RangeInclusive<char> = '\u{0600}'..='\u{06FF}';

/// Whether `s` looks like a URL rather than a name.
pub fn is_url(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with("http://")
        || t.starts_with("https://")
        || t.starts_with("//")
        || t.starts_with("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode_named_and_numeric() {
        assert_eq!(
            decode_entities("&quot;شعر&quot; &#1575;&#x644; &amp;"),
            "\"شعر\" ال &"
        );
        assert_eq!(decode_entities("a & b &unknown; &"), "a & b &unknown; &");
    }

    #[test]
    fn plain_strips_tags_and_double_entities() {
        assert_eq!(
            plain("<p>نص &amp;quot;أول&amp;quot;</p>\n<p>ثان</p>"),
            "نص \"أول\" ثان"
        );
    }

    #[test]
    fn fold_merges_hamza_forms_and_drops_tatweel() {
        assert_eq!(fold("أبريل"), fold("إبريل"));
        assert_eq!(fold("ابريل"), fold("أبـريل"));
        assert_eq!(fold("  Home  Page "), "home page");
        for s in [
            "",
            " ",
            "a",
            " a ",
            "a  b",
            "\u{a0}نص\u{2003}\u{3000}عربي\u{b}x\t",
            "x\u{85}y",
        ] {
            let words: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(collapse(s), words.join(" "), "collapse({s:?})");
        }
        for c in CASELESS_BLOCK {
            assert!(
                c.to_lowercase().eq([c]),
                "U+{:04X} has no case",
                u32::from(c)
            );
        }
        assert_eq!(fold("مساءً"), "مساء");
    }

    #[test]
    fn collapse_matches_split_whitespace_for_every_space_character() {
        let spaces: Vec<char> = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        // Non-space characters that share a lead byte with the spaces.
        let others = ['\u{ab}', '\u{1681}', '\u{2019}', '\u{3001}', 'ن', 'x'];
        for &sp in &spaces {
            for &o in &others {
                let s = format!("{sp}{o}{o}{sp}{sp}{o} {o}{sp}");
                let words: Vec<&str> = s.split_whitespace().collect();
                assert_eq!(collapse(&s), words.join(" "), "collapse({s:?})");
                let mut pieces = Collapsed::default();
                for (k, piece) in s.split_inclusive(o).enumerate() {
                    pieces.push(piece);
                    if k == 1 {
                        pieces.push("");
                    }
                }
                assert_eq!(pieces.text, words.join(" "), "pieces of {s:?}");
            }
        }
    }

    /// [`fold`] as first written, one character at a time through the Unicode tables.
    fn fold_reference(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for c in s.chars() {
            let c = match c {
                'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                'ؤ' => 'و',
                'ئ' => 'ي',
                '\u{640}' | '\u{64b}'..='\u{65f}' | '\u{670}' => continue,
                c if is_invisible(c) => continue,
                c if c.is_whitespace() => {
                    space = true;
                    continue;
                }
                c => c,
            };
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
        out
    }

    #[test]
    fn fold_matches_the_reference_on_every_character() {
        for c in (0..=0x3100u32)
            .chain(0xfb00..=0xffff)
            .filter_map(char::from_u32)
        {
            for s in [format!("{c}"), format!("a{c}b"), format!(" {c}{c} ")] {
                assert_eq!(fold(&s), fold_reference(&s), "fold({s:?})");
            }
        }
        let text = "  أخبار\u{200f} اليوم: إعلان ـــ «الرئيس»\tالجديد ٢٠٢٤ Élan ǅ İ\u{a0}x ";
        assert_eq!(fold(text), fold_reference(text));
    }

    #[test]
    fn digits_of_three_scripts() {
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('۹'), Some(9));
        assert_eq!(digit_value('x'), None);
    }
}
