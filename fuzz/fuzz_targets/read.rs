//! The read stage on arbitrary bytes: prepare (gzip, binary, size), decode (with and
//! without an override), the prescan, and the markup guard on the decoded text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;

/// Labels the first input byte picks from as an override (or none).
const LABELS: &[&str] = &["utf-8", "windows-1256", "iso-8859-6", "utf-16le", "utf-16be", "x-user-defined", "replacement", "klingon"];

/// Small caps so the guard's rewriting is exercised on small inputs too.
const FUZZ_LIMITS: matn::read::MarkupLimits = matn::read::MarkupLimits {
    max_depth: 8,
    max_attributes: 4,
    max_active_formatting: 3,
    cut_unread: true,
};

fuzz_target!(|data: &[u8]| {
    let (choice, bytes) = match data.split_first() {
        Some((&c, rest)) => (c, rest),
        None => return,
    };
    let _ = matn::read::prescan(bytes);
    let Ok(prepared) = matn::read::prepare(bytes, 1 << 20) else {
        return;
    };
    let label = LABELS.get(usize::from(choice)).copied();
    for override_label in [None, label] {
        if let Ok(d) = matn::read::decode(&prepared, override_label) {
            let limited = matn::read::limit_markup(&d.text, &FUZZ_LIMITS);
            // A second pass over guarded text must not panic either.
            if let Cow::Owned(once) = &limited {
                let twice = matn::read::limit_markup(once, &FUZZ_LIMITS);
                let _ = twice.len();
            }
            let shallow = matn::read::limit_nesting(&d.text, usize::MAX);
            assert!(matches!(shallow, Cow::Borrowed(_)), "no limit, no change");
        }
    }
});
