//! The `matn` command: a thin layer over [`matn::extract`].

fn main() {
    let mut buf = Vec::new();
    let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf);
    match matn::extract(&buf, &matn::Options::default()) {
        Ok(a) => println!(
            "{}",
            matn::write::render(&a, matn::write::Format::Json { pretty: false })
        ),
        Err(e) => {
            eprintln!("matn: -: {e}");
            std::process::exit(1);
        }
    }
}
