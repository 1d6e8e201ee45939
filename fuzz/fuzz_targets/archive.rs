//! The archive readers on arbitrary bytes: kind sniffing, the WARC record stream (plain
//! or gzip), each record's HTTP response and page, and the MHTML part finder.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = matn::archive::sniff(data);
    let opts = matn::Options {
        max_bytes: 1 << 20,
        ..matn::Options::default()
    };
    for record in matn::archive::warc::Reader::new(data).with_max_block(1 << 20) {
        if let Ok(record) = record {
            if let Ok(matn::archive::warc::Content::Page(page)) =
                matn::archive::warc::page(&record, &opts)
            {
                let _ = matn::read::prepare(&page.html, opts.max_bytes);
            }
        }
    }
    let _ = matn::archive::mhtml::page(data);
});
