//! What the raw bytes are before any decoding: gzip (decompressed under a size cap),
//! a binary format (magic numbers, control-heavy data), UTF-16 without a byte-order
//! mark, or nothing at all (empty or whitespace only).

use super::tables::{GZIP_MAGIC, MAGIC_NUMBERS};
use crate::error::{Error, Result};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};
use std::io::Read;

/// How many leading bytes the binary and UTF-16 checks look at.
const SNIFF_BYTES: usize = 64 * 1024;

/// Share of control bytes (NUL and C0 controls other than whitespace and ESC) above
/// which data is binary. Random bytes have about 11%; a text page with a few stray NULs
/// stays far below.
const MAX_CONTROL_SHARE: f64 = 0.05;

/// Bytes counted per block when NULs are counted by parity: a block's pair count must
/// fit in a `u8` counter.
const PARITY_BLOCK: usize = 256;

/// UTF-16 without a BOM: at least this share of the bytes at one parity are NUL
/// (the high bytes of ASCII markup)…
const UTF16_MIN_NUL_SHARE: f64 = 0.3;
/// …and at most this share at the other parity.
const UTF16_MAX_OTHER_NUL_SHARE: f64 = 0.02;

/// Whether the input starts with the gzip magic number.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(GZIP_MAGIC)
}

/// Decompresses gzip data (all members), refusing output larger than `max_bytes`.
pub fn gunzip(bytes: &[u8], max_bytes: u64) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let limit = max_bytes.saturating_add(1);
    flate2::read::MultiGzDecoder::new(bytes)
        .take(limit)
        .read_to_end(&mut out)
        .map_err(|e| Error::Gzip(e.to_string()))?;
    if out.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            size: out.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(out)
}

/// The kind of binary data `bytes` is, if it is not text.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    for &(offset, magic, kind) in MAGIC_NUMBERS {
        if bytes
            .get(offset..offset + magic.len())
            .is_some_and(|b| b == magic)
        {
            return Some(kind);
        }
    }
    // UTF-16 text is full of NULs (ASCII) and 0x06 bytes (Arabic): not controls.
    let utf16_bom =
        matches!(Encoding::for_bom(bytes), Some((enc, _)) if enc == UTF_16LE || enc == UTF_16BE);
    if utf16_bom || utf16_without_bom(bytes).is_some() {
        return None;
    }
    let sample = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if sample.is_empty() {
        return None;
    }
    let controls = count_bytes(sample, is_control);
    if controls as f64 > MAX_CONTROL_SHARE * sample.len() as f64 {
        let nuls = sample.iter().filter(|&&b| b == 0).count();
        return Some(if nuls * 2 > controls {
            "NUL-heavy data"
        } else {
            "control-heavy data"
        });
    }
    None
}

/// UTF-16 text without a byte-order mark, recognised by the NUL bytes of its ASCII
/// characters all falling at one parity.
pub fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    let pairs = sample.len() / 2;
    // No NUL at all (every ordinary page) is no UTF-16; a byte search settles it.
    if pairs == 0 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    // Whole blocks first, in fixed-size loops the compiler vectorises.
    let mut blocks = sample.chunks_exact(PARITY_BLOCK);
    for block in &mut blocks {
        let (mut e, mut o) = (0u8, 0u8);
        for pair in block.chunks_exact(2) {
            if let [a, b] = pair {
                e += u8::from(*a == 0);
                o += u8::from(*b == 0);
            }
        }
        even += usize::from(e);
        odd += usize::from(o);
    }
    for pair in blocks.remainder().chunks_exact(2) {
        if let [a, b] = pair {
            even += usize::from(*a == 0);
            odd += usize::from(*b == 0);
        }
    }
    let share = |n: usize| n as f64 / pairs as f64;
    if share(even) >= UTF16_MIN_NUL_SHARE && share(odd) <= UTF16_MAX_OTHER_NUL_SHARE {
        Some(UTF_16BE)
    } else if share(odd) >= UTF16_MIN_NUL_SHARE && share(even) <= UTF16_MAX_OTHER_NUL_SHARE {
        Some(UTF_16LE)
    } else {
        None
    }
}

/// Whether the input holds nothing but whitespace (after an optional byte-order mark).
pub fn is_blank(bytes: &[u8]) -> bool {
    let rest = match Encoding::for_bom(bytes) {
        Some((enc, len)) if enc == UTF_16LE || enc == UTF_16BE => {
            // Whitespace code units: one ASCII whitespace byte and one NUL.
            return bytes
                .get(len..)
                .unwrap_or_default()
                .chunks(2)
                .all(|u| u.len() == 2 && u.iter().all(|&b| b == 0 || b.is_ascii_whitespace()));
        }
        Some((_, len)) => bytes.get(len..).unwrap_or_default(),
        None => bytes,
    };
    rest.iter().all(|b| b.is_ascii_whitespace())
}

/// Bytes counted per block by [`count_bytes`]: a multiple of the vector width whose
/// count fits in a `u8`.
const COUNT_BLOCK: usize = 128;

/// How many bytes of `bytes` satisfy `pred`, counted in fixed-size blocks with narrow
/// counters so that the loop vectorises.
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    let mut blocks = bytes.chunks_exact(COUNT_BLOCK);
    let mut total = 0usize;
    for block in &mut blocks {
        let mut n = 0u8;
        for &b in block {
            n += u8::from(pred(b));
        }
        total += usize::from(n);
    }
    total + blocks.remainder().iter().filter(|&&b| pred(b)).count()
}

/// NUL and the C0 controls other than whitespace and ESC, and DEL. Written without
/// branches (`|`, not `||`) so that counting them over a sample vectorises.
fn is_control(b: u8) -> bool {
    (b <= 0x08)
        | (b.wrapping_sub(0x0E) <= 0x1A - 0x0E)
        | (b.wrapping_sub(0x1C) <= 0x1F - 0x1C)
        | (b == 0x7F)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn block_count_matches_a_plain_count_at_every_length() {
        let bytes: Vec<u8> = (0..700u32).map(|i| (i * 37 % 256) as u8).collect();
        for len in 0..bytes.len() {
            let sample = &bytes[..len];
            let plain = sample.iter().filter(|&&b| is_control(b)).count();
            assert_eq!(count_bytes(sample, is_control), plain, "length {len}");
        }
    }

    #[test]
    fn control_test_matches_its_ranges() {
        for b in 0..=255u8 {
            assert_eq!(
                is_control(b),
                matches!(b, 0x00..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F),
                "is_control({b:#04x})"
            );
        }
    }

    #[test]
    fn utf16_parity_is_counted_across_blocks_and_remainder() {
        // Long enough for whole blocks plus a remainder, in both byte orders.
        let text = "<p>نص عربي</p> ".repeat(41);
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(le.len() % PARITY_BLOCK != 0, "sample has a remainder");
        assert_eq!(utf16_without_bom(&le), Some(UTF_16LE), "little-endian");
        assert_eq!(utf16_without_bom(&be), Some(UTF_16BE), "big-endian");
        assert_eq!(utf16_without_bom(text.as_bytes()), None, "UTF-8");
    }

    #[test]
    fn magic_numbers_are_binary() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n\0\0"), Some("PNG image"));
        assert_eq!(binary_kind(b"%PDF-1.7\n<html>"), Some("PDF document"));
        assert_eq!(binary_kind(b"PK\x03\x04rest"), Some("ZIP archive"));
        assert_eq!(
            binary_kind(b"\0\0\0\x18ftypmp42"),
            Some("MP4/QuickTime media")
        );
    }

    #[test]
    fn scattered_nuls_are_text_but_nul_heavy_is_binary() {
        let mut page = "<p>نص عربي</p>".repeat(100).into_bytes();
        page[10] = 0;
        page[500] = 0;
        assert_eq!(binary_kind(&page), None);
        let heavy: Vec<u8> = (0..1000u32)
            .map(|i| if i % 3 == 0 { 0 } else { b'a' })
            .collect();
        assert_eq!(binary_kind(&heavy), Some("NUL-heavy data"));
        let controls: Vec<u8> = (0..1000u32)
            .map(|i| if i % 5 == 0 { 3 } else { b'a' })
            .collect();
        assert_eq!(binary_kind(&controls), Some("control-heavy data"));
    }

    #[test]
    fn utf16_without_bom_is_text() {
        let units: Vec<u8> = "<html><p>نص</p></html>"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(utf16_without_bom(&units), Some(UTF_16LE));
        assert_eq!(binary_kind(&units), None);
        let be: Vec<u8> = "<html><p>نص</p></html>"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(utf16_without_bom(&be), Some(UTF_16BE));
    }

    #[test]
    fn arabic_utf16_with_bom_is_text() {
        let text = "نص عربي طويل بلا وسوم تقريبا ".repeat(50);
        for bom_le in [true, false] {
            let mut bytes = if bom_le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in text.encode_utf16() {
                bytes.extend(if bom_le {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                });
            }
            assert_eq!(
                binary_kind(&bytes),
                None,
                "little-endian {bom_le}: field kind"
            );
        }
    }

    #[test]
    fn blank_inputs() {
        assert!(is_blank(b""));
        assert!(is_blank(b" \n\t\r "));
        assert!(is_blank(b"\xEF\xBB\xBF \n"));
        assert!(is_blank(b"\xFF\xFE \0\n\0"));
        assert!(!is_blank(b" x "));
        assert!(!is_blank(b"\xFF\xFEx\0"));
    }

    #[test]
    fn gzip_round_trip_and_cap() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&b"<p>a</p>".repeat(100)).unwrap();
        let gz = enc.finish().unwrap();
        assert!(is_gzip(&gz));
        assert_eq!(gunzip(&gz, 10_000).unwrap().len(), 800);
        assert!(matches!(
            gunzip(&gz, 799),
            Err(Error::TooLarge { limit: 799, .. })
        ));
        assert!(matches!(
            gunzip(&gz[..gz.len() / 2], 10_000),
            Err(Error::Gzip(_))
        ));
    }
}
