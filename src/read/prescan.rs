//! The HTML standard's "prescan a byte stream to determine its encoding": the first
//! 1024 bytes are searched for `<meta charset>` or `<meta http-equiv="content-type"
//! content="…charset=…">`, skipping comments and other tags' attributes exactly as the
//! algorithm says. Labels are resolved with `encoding_rs` (the WHATWG label table).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// How many bytes the prescan looks at (the HTML standard's figure).
pub const PRESCAN_BYTES: usize = 1024;

/// The encoding the page's own `<meta>` declares, if any, after the standard's
/// substitutions (UTF-16 labels → UTF-8, `x-user-defined` → windows-1252).
pub fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let input = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let mut pos = 0;
    while pos < input.len() {
        let rest = input.get(pos..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            // To the `>` of the first `-->`; `<!-->` closes at once.
            pos = find_comment_close(input, pos + 2)?;
        } else if starts_with_ci(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            pos += 5;
            if let Some(found) = meta(input, &mut pos)? {
                return Some(found);
            }
        } else if rest.first() == Some(&b'<')
            && (rest.get(1).is_some_and(u8::is_ascii_alphabetic)
                || (rest.get(1) == Some(&b'/') && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // Another tag: skip its name and attributes.
            while input.get(pos).is_some_and(|&b| !is_space(b) && b != b'>') {
                pos += 1;
            }
            while attribute(input, &mut pos)?.is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += rest.iter().position(|&b| b == b'>')?;
        }
        pos += 1;
    }
    None
}

/// The position of the `>` that ends a comment whose `<!--` starts at `from - 2`.
fn find_comment_close(input: &[u8], from: usize) -> Option<usize> {
    let mut i = from + 2;
    loop {
        if input.get(i)? == &b'>' && input.get(i - 2..i)? == b"--" {
            return Some(i);
        }
        i += 1;
    }
}

/// Steps 1–4 for a `<meta` tag whose attributes start at `pos`. `None`: the input ran
/// out; `Some(None)`: this meta declares nothing usable; `Some(Some(enc))`: found.
fn meta(input: &[u8], pos: &mut usize) -> Option<Option<&'static Encoding>> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    // None: no charset yet; Some(None): a charset that is no encoding (failure).
    let mut charset: Option<Option<&'static Encoding>> = None;
    while let Some((name, value)) = attribute(input, pos)? {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value.eq_ignore_ascii_case(b"content-type") => got_pragma = true,
            b"content" if charset.is_none() => {
                if let Some(enc) = charset_from_content(&value) {
                    charset = Some(Some(enc));
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Some(Encoding::for_label(&value));
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    let found = match (need_pragma, charset) {
        (None, _) | (_, None) | (_, Some(None)) => None,
        (Some(true), _) if !got_pragma => None,
        (_, Some(Some(enc))) => Some(substitute(enc)),
    };
    Some(found)
}

/// The standard's substitutions for a label found in a `<meta>`.
fn substitute(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16BE || enc == UTF_16LE {
        UTF_8
    } else if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    }
}

/// "Get an attribute": `None` when the input ran out, `Some(None)` at the tag's `>`.
/// Names and values come back lower-cased, as the algorithm says.
#[allow(clippy::type_complexity)]
fn attribute(input: &[u8], pos: &mut usize) -> Option<Option<(Vec<u8>, Vec<u8>)>> {
    while is_space(*input.get(*pos)?) || input.get(*pos)? == &b'/' {
        *pos += 1;
    }
    if input.get(*pos)? == &b'>' {
        return Some(None);
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    // The name.
    loop {
        let b = *input.get(*pos)?;
        if b == b'=' && !name.is_empty() {
            *pos += 1;
            break;
        } else if is_space(b) {
            // Spaces, then `=` or the end of this attribute.
            while is_space(*input.get(*pos)?) {
                *pos += 1;
            }
            if input.get(*pos)? != &b'=' {
                return Some(Some((name, value)));
            }
            *pos += 1;
            break;
        } else if b == b'/' || b == b'>' {
            return Some(Some((name, value)));
        }
        name.push(b.to_ascii_lowercase());
        *pos += 1;
    }
    // The value.
    while is_space(*input.get(*pos)?) {
        *pos += 1;
    }
    let b = *input.get(*pos)?;
    if b == b'"' || b == b'\'' {
        loop {
            *pos += 1;
            let c = *input.get(*pos)?;
            if c == b {
                *pos += 1;
                return Some(Some((name, value)));
            }
            value.push(c.to_ascii_lowercase());
        }
    }
    if b == b'>' {
        return Some(Some((name, value)));
    }
    loop {
        let c = *input.get(*pos)?;
        if is_space(c) || c == b'>' {
            return Some(Some((name, value)));
        }
        value.push(c.to_ascii_lowercase());
        *pos += 1;
    }
}

/// "The algorithm for extracting a character encoding from a meta element", on the
/// (lower-cased) `content` value.
pub(crate) fn charset_from_content(s: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    loop {
        let found = s
            .get(pos..)?
            .windows(7)
            .position(|w| w.eq_ignore_ascii_case(b"charset"))?;
        pos += found + 7;
        while s.get(pos).is_some_and(|&b| is_space(b)) {
            pos += 1;
        }
        if s.get(pos) != Some(&b'=') {
            continue;
        }
        pos += 1;
        while s.get(pos).is_some_and(|&b| is_space(b)) {
            pos += 1;
        }
        let q = *s.get(pos)?;
        if q == b'"' || q == b'\'' {
            let rest = s.get(pos + 1..)?;
            let end = rest.iter().position(|&b| b == q)?;
            return Encoding::for_label(rest.get(..end)?);
        }
        let rest = s.get(pos..)?;
        let end = rest
            .iter()
            .position(|&b| is_space(b) || b == b';')
            .unwrap_or(rest.len());
        return Encoding::for_label(rest.get(..end)?);
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_6, WINDOWS_1256};

    fn name(s: &str) -> Option<&'static str> {
        prescan(s.as_bytes()).map(|e| e.name())
    }

    #[test]
    fn meta_charset_in_any_case_and_quoting() {
        assert_eq!(name("<META CharSet=windows-1256>"), Some("windows-1256"));
        assert_eq!(name("<meta charset='iso-8859-6'/>"), Some("ISO-8859-6"));
        assert_eq!(name("<meta\tcharset = \" utf-8 \">"), Some("UTF-8"));
    }

    #[test]
    fn http_equiv_needs_the_pragma() {
        let with = r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">"#;
        assert_eq!(prescan(with.as_bytes()), Some(WINDOWS_1256));
        let reversed = r#"<meta content="text/html;charset='ISO-8859-6'" http-equiv=content-type>"#;
        assert_eq!(prescan(reversed.as_bytes()), Some(ISO_8859_6));
        let without = r#"<meta content="text/html; charset=windows-1256">"#;
        assert_eq!(
            prescan(without.as_bytes()),
            None,
            "content without http-equiv"
        );
    }

    #[test]
    fn comments_and_attribute_values_hide_labels() {
        assert_eq!(
            name("<!-- <meta charset=windows-1256> --><meta charset=utf-8>"),
            Some("UTF-8")
        );
        assert_eq!(
            name("<!--><meta charset=windows-1256>"),
            Some("windows-1256")
        );
        assert_eq!(
            name("<div title='<meta charset=windows-1256>'><meta charset=iso-8859-6>"),
            Some("ISO-8859-6")
        );
    }

    #[test]
    fn standard_substitutions() {
        assert_eq!(name("<meta charset=utf-16le>"), Some("UTF-8"));
        assert_eq!(name("<meta charset=utf-16>"), Some("UTF-8"));
        assert_eq!(name("<meta charset=x-user-defined>"), Some("windows-1252"));
    }

    #[test]
    fn unknown_label_or_first_attribute_wins() {
        assert_eq!(
            name("<meta charset=klingon><meta charset=utf-8>"),
            Some("UTF-8")
        );
        assert_eq!(
            name("<meta charset=windows-1256 charset=utf-8>"),
            Some("windows-1256")
        );
        assert_eq!(
            name(
                "<meta charset=klingon content='text/html; charset=utf-8' http-equiv=content-type>"
            ),
            None
        );
    }

    #[test]
    fn label_past_1024_bytes_is_not_seen() {
        let late = format!("{}<meta charset=windows-1256>", " ".repeat(PRESCAN_BYTES));
        assert_eq!(name(&late), None);
    }

    #[test]
    fn meta_cut_off_by_the_window_finds_nothing() {
        assert_eq!(name("<meta charset=\"windows-1256"), None);
        assert_eq!(name("<meta"), None);
        assert_eq!(name("<!--"), None);
    }

    #[test]
    fn content_charset_extraction() {
        assert_eq!(
            charset_from_content(b"text/html; charset=utf-8"),
            Some(UTF_8)
        );
        assert_eq!(
            charset_from_content(b"charsetx; charset = \"utf-8\""),
            Some(UTF_8)
        );
        assert_eq!(charset_from_content(b"charset='utf-8"), None);
        assert_eq!(charset_from_content(b"text/html"), None);
    }
}
