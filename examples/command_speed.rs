//! The whole command, as a user runs it, against the parse floor on the same folder in the
//! same run: `matn DIR -o OUT -j 1` (walking, reading, extracting, serialising, atomic
//! writes, process start-up), `matn DIR -j 1 > /dev/null` and `matn DIR -o OUT -j 2`,
//! against `../shared/floor`'s stage (a), decoding plus html5ever's `parse_document`
//! (dropping the tree included), timed in-process over the same pages read into memory
//! first, as `../shared/floor` does.
//!
//! `cargo build --release && cargo run --release --example command_speed -- DIR [ROUNDS]`
//!
//! Each round times the floor over the whole folder once, then each command once; the
//! figures are the medians over the rounds (default 3) after one untimed warm-up round.
//! The binary is `target/release/matn` beside this example, or `$MATN_BIN`. Each `-o` run
//! writes into a folder of its own under `$TMPDIR` (default `/tmp`), all removed at the
//! end (`TMPDIR=/dev/shm` keeps the disk out of the figures).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The `*.html`/`*.htm` files of `dir` (not recursive, as `../shared/floor` reads them).
fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"));
    files.sort();
    files
}

fn matn_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("MATN_BIN") {
        return PathBuf::from(p);
    }
    // target/release/examples/command_speed -> target/release/matn
    std::env::current_exe()
        .ok()
        .and_then(|p| p.parent()?.parent().map(|d| d.join("matn")))
        .unwrap_or_else(|| PathBuf::from("target/release/matn"))
}

/// Wall time of one run of `matn ARGS`, in seconds; exits on a failed run. `OUT` in
/// `args` is replaced by `out`, a folder that does not exist yet.
fn time_command(bin: &Path, args: &[&str], out: &Path) -> f64 {
    let out = out.to_string_lossy();
    let args: Vec<&str> = args
        .iter()
        .map(|a| if *a == "OUT" { &*out } else { *a })
        .collect();
    let t = Instant::now();
    let status = Command::new(bin)
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let secs = t.elapsed().as_secs_f64();
    match status {
        // Exit 1: some pages had no article (a folder of real pages may hold one).
        Ok(s) if s.success() || s.code() == Some(1) => secs,
        other => {
            eprintln!(
                "command_speed: {} {:?} failed: {other:?}",
                bin.display(),
                args
            );
            std::process::exit(1);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: command_speed DIR [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3).max(1);
    let dir = PathBuf::from(dir);
    let files = pages(&dir);
    if files.is_empty() {
        eprintln!("command_speed: no .html pages in {}", dir.display());
        std::process::exit(2);
    }
    let data: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = data.iter().map(Vec::len).sum();
    let bin = matn_bin();
    let tmp = std::env::temp_dir().join(format!("matn-command-speed-{}", std::process::id()));
    let d = dir.to_string_lossy().into_owned();

    let floor = || {
        let t = Instant::now();
        for p in &data {
            let text = matn::read::decode_for_floor(p);
            std::hint::black_box(scraper::Html::parse_document(&text));
        }
        t.elapsed().as_secs_f64()
    };
    let commands: [(&str, Vec<&str>, bool); 3] = [
        (
            "matn DIR -o OUT -j 1",
            vec![&d, "-o", "OUT", "-j", "1", "-q"],
            true,
        ),
        (
            "matn DIR -j 1 > /dev/null",
            vec![&d, "-j", "1", "-q"],
            false,
        ),
        (
            "matn DIR -o OUT -j 2",
            vec![&d, "-o", "OUT", "-j", "2", "-q"],
            true,
        ),
    ];
    // Every run writes into a new folder, all removed at the end: removing a run's output
    // before the next would time the file system as much as matn (ext4 without a journal
    // scans past every inode freed in the last minutes for each new file).
    let runs = std::cell::Cell::new(0u32);
    let run = |(_, a, _): &(&str, Vec<&str>, bool)| {
        runs.set(runs.get() + 1);
        time_command(&bin, a, &tmp.join(format!("out{}", runs.get())))
    };

    // Warm-up round: the page cache, the binary, the floor's code.
    floor();
    for c in &commands {
        run(c);
    }
    let mut t_floor = Vec::new();
    let mut t_cmd: Vec<Vec<f64>> = vec![Vec::new(); commands.len()];
    for _ in 0..rounds {
        t_floor.push(floor());
        for (k, c) in commands.iter().enumerate() {
            t_cmd[k].push(run(c));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);

    let n = data.len() as f64;
    let mb = bytes as f64 / 1e6;
    let f = median(&mut t_floor);
    println!(
        "{}: {} pages, {:.2} MB; {} rounds (median), binary {}, output under {}",
        dir.display(),
        data.len(),
        mb,
        rounds,
        bin.display(),
        tmp.display()
    );
    println!(
        "{:<32} {:>9} {:>9} {:>8} {:>9}",
        "run", "seconds", "pages/s", "MB/s", "x floor"
    );
    println!(
        "{:<32} {:>9.3} {:>9.0} {:>8.1} {:>9.2}",
        "floor: decode + parse (in-proc)",
        f,
        n / f,
        mb / f,
        1.0
    );
    let mut j1 = f64::NAN;
    for (k, (name, _, _)) in commands.iter().enumerate() {
        let t = median(&mut t_cmd[k]);
        if k == 0 {
            j1 = t;
        }
        println!(
            "{:<32} {:>9.3} {:>9.0} {:>8.1} {:>9.2}",
            name,
            t,
            n / t,
            mb / t,
            t / f
        );
    }
    let j2 = median(&mut t_cmd[2]);
    println!("-j 2 speed-up over -j 1 (with -o): {:.2}x", j1 / j2);
}
