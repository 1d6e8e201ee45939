//! Scores the quotes stage on matn's own quote set (`tests/quotes_set/`), the dev and check
//! halves and the blind passages apart: quote F1, speaker accuracy, role accuracy and names counted as quotes,
//! by the matching rule of `shared/eval/score.py`.
//! `cargo run --release --example quotes_set_eval [-- --errors dev|check|all] [--from ID]`;
//! `--from p88` scores only the passages numbered 88 or more (a batch of
//! fresh passages, scored on its own before anything is tuned on it). A second table counts
//! the wrong speakers of each half by class (none, part of the name, name and more, a
//! shared word, another name): counts only, so the blind half is described, never read.

#[path = "../tests/quotes_set/score.rs"]
mod score;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let show = value("--errors");
    let from = value("--from").unwrap_or_default();
    let mut passages = score::load_all(&score::dir());
    // p100 comes after p99: ids are compared by their number.
    let number = |id: &str| -> u32 {
        let digits: String = id
            .chars()
            .skip(1)
            .take_while(|c| c.is_ascii_digit())
            .collect();
        digits.parse().unwrap_or(0)
    };
    passages.retain(|p| number(&p.id) >= number(&from));
    println!(
        "{:<6} {:>8} {:>6} {:>6} {:>8} {:>8} {:>8} {:>6}",
        "split", "passages", "gold", "pred", "quote F1", "spk acc", "role acc", "names"
    );
    let mut by_split = Vec::new();
    for split in ["dev", "check", "blind"] {
        let mut total = score::Tally::default();
        let mut n = 0;
        for p in passages.iter().filter(|p| p.split == split) {
            let quotes = matn::quotes::find_quotes(&p.paragraphs);
            let (t, errors) = score::score(p, &quotes);
            total.add(&t);
            n += 1;
            // The blind passages are scored only: their errors stay unread.
            if split != "blind" && show.as_deref().is_some_and(|w| w == split || w == "all") {
                for e in errors {
                    eprintln!("{e}");
                }
            }
        }
        println!(
            "{:<6} {:>8} {:>6} {:>6} {:>8.3} {:>8.3} {:>8.3} {:>6}",
            split,
            n,
            total.gold,
            total.pred,
            total.f1(),
            total.speaker_acc(),
            total.role_acc(),
            total.names
        );
        by_split.push((split, total));
    }
    // Wrong speakers by class, the blind half included: counts only, no text.
    print!("\nwrong speakers by class:\n{:<6}", "split");
    for name in score::MissClass::NAMES {
        print!(" {name:>8}");
    }
    println!();
    for (split, t) in by_split {
        print!("{split:<6}");
        for n in t.misses {
            print!(" {n:>8}");
        }
        println!();
    }
}
