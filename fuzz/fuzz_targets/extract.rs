//! The whole pipeline on arbitrary bytes: never a panic, whatever the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = matn::Options {
        max_bytes: 1 << 20,
        ..matn::Options::default()
    };
    let _ = matn::extract(data, &opts);
});
