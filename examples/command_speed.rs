//! The whole command, as a user runs it, against the parse floor on the same folder in the
//! same run: `matn DIR -o OUT -j 1` (walking, reading, extracting, serialising, atomic
//! writes, process start-up), `matn DIR -j 1 > /dev/null` and `matn DIR -o OUT -j 2`,
//! against `../shared/floor`'s stage (a), decoding plus html5ever's `parse_document`
//! (dropping the tree included), timed in-process over the same pages read into memory
//! first, as `../shared/floor` does.
//!
//! `cargo build --release && cargo run --release --example command_speed -- DIR [ROUNDS] [--pair] [--rt]`
//!
//! Each round times the floor over the whole folder once, then each command once, the
//! commands in forward order on even rounds and in reverse on odd ones (no command always
//! runs right after the same one). The machine's own speed drifts between minutes (by a
//! quarter on a shared VM), so besides the ratio of the medians over the rounds, the
//! figures that compare two runs are the median (and quartiles) of the ratios paired
//! within each round, where the drift cancels. `--pair` times only the floor and the two
//! `-o` commands, for more rounds in the same time. One untimed warm-up round comes first;
//! ROUNDS defaults to 9. CPU time is the children's user + system time (Linux). `--rt`
//! (Linux, as root) runs the floor and the commands under the real-time policy
//! `SCHED_FIFO`, so that other processes on a shared machine (builds, profilers) wait
//! rather than take a core in the middle of a run: on a 2-core machine one busy neighbour
//! halves `-j 2` and leaves `-j 1` alone. Drift of the machine's own speed remains, and
//! is what the paired ratios are for.
//! The binary is `target/release/matn` beside this example, or `$MATN_BIN`. Each `-o` run
//! writes into a folder of its own under `$TMPDIR` (default `/tmp`), all removed at the
//! end (`TMPDIR=/dev/shm` keeps the disk out of the figures). On ext4 without a journal
//! (this machine's), for 1-6 minutes after files are removed every new inode in that block
//! group is found by a scan past the freed ones (`recently_deleted()`): after one
//! invocation's cleanup (some 10 000 files) a new file took 130 us instead of 9, `-j 1`
//! took 0.25 s instead of 0.17 and `-j 2` over `-j 1` fell from 1.92x to 1.83x (the two
//! threads scan the same inode-table blocks). So the time to make a file is measured
//! before and after the rounds and printed, with a warning when it is slow.

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

/// User + system time of the waited-for children so far, in seconds (NaN off Linux).
fn children_cpu() -> f64 {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `getrusage` fills the zeroed struct it is given and nothing else.
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut u) } == 0 {
            let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            return secs(u.ru_utime) + secs(u.ru_stime);
        }
    }
    f64::NAN
}

/// CPU time spent by the whole machine so far (all cores, not idle, steal included), in
/// seconds, from `/proc/stat` (NaN where there is none). Ticks are 10 ms.
fn machine_busy() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/stat") else {
        return f64::NAN;
    };
    let Some(line) = stat.lines().next() else {
        return f64::NAN;
    };
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    let v: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    if v.len() < 8 {
        return f64::NAN;
    }
    (v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / 100.0
}

/// Puts this process (and the commands it starts) under `SCHED_FIFO`; whether it could.
fn real_time() -> bool {
    #[cfg(target_os = "linux")]
    {
        let param = libc::sched_param { sched_priority: 10 };
        // SAFETY: sets this process's own policy from a valid parameter.
        return unsafe { libc::sched_setscheduler(0, libc::SCHED_FIFO, &param) } == 0;
    }
    #[allow(unreachable_code)]
    false
}

/// Microseconds to create (and write 100 bytes to) one new file in `dir`, over `n` files
/// named after `tag`; the files stay (removed with the rest), since removing them would
/// slow the next files made nearby on ext4 (see the module's notes). NaN on failure.
fn creation_cost(dir: &Path, tag: &str, n: usize) -> f64 {
    let probe = dir.join(format!("probe-{tag}"));
    if std::fs::create_dir_all(&probe).is_err() {
        return f64::NAN;
    }
    let t = Instant::now();
    for i in 0..n {
        if std::fs::write(probe.join(format!("f{i}")), [b'x'; 100]).is_err() {
            return f64::NAN;
        }
    }
    t.elapsed().as_secs_f64() * 1e6 / n as f64
}

/// The `q` quantile (0..=1) of `v`, interpolated between neighbours.
fn quantile(v: &[f64], q: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    let x = q * (v.len() - 1) as f64;
    let (lo, hi) = (x.floor() as usize, x.ceil() as usize);
    v[lo] + (v[hi] - v[lo]) * (x - lo as f64)
}

/// One timed run: wall and CPU time in seconds, and how many cores other processes kept
/// busy meanwhile (from `/proc/stat`, to 10 ms: about ±0.15 cores on a 0.15 s run).
#[derive(Clone, Copy)]
struct Timing {
    wall: f64,
    cpu: f64,
    foreign: f64,
}

/// Times one run of `matn ARGS`; exits on a failed run. `OUT` in
/// `args` is replaced by `out`, a folder that does not exist yet.
fn time_command(bin: &Path, args: &[&str], out: &Path) -> Timing {
    let out = out.to_string_lossy();
    let args: Vec<&str> = args
        .iter()
        .map(|a| if *a == "OUT" { &*out } else { *a })
        .collect();
    let busy = machine_busy();
    let cpu = children_cpu();
    let t = Instant::now();
    let status = Command::new(bin)
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let secs = t.elapsed().as_secs_f64();
    match status {
        // Exit 1: some pages had no article (a folder of real pages may hold one).
        Ok(s) if s.success() || s.code() == Some(1) => {
            let cpu = children_cpu() - cpu;
            Timing {
                wall: secs,
                cpu,
                foreign: ((machine_busy() - busy - cpu) / secs).max(0.0),
            }
        }
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
    let mut rounds = 9;
    let mut pair = false;
    let mut rt = false;
    let mut dir = None;
    for a in std::env::args().skip(1) {
        if a == "--pair" {
            pair = true;
        } else if a == "--rt" {
            rt = true;
        } else if dir.is_none() {
            dir = Some(PathBuf::from(a));
        } else if let Ok(n) = a.parse::<usize>() {
            rounds = n.max(1);
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: command_speed DIR [ROUNDS] [--pair] [--rt]");
        std::process::exit(2);
    };
    if rt && !real_time() {
        eprintln!("command_speed: --rt: cannot set SCHED_FIFO (not root?); timing as usual");
        rt = false;
    }
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
    const J1: usize = 0;
    const J2: usize = 2;
    const QUIET: f64 = 0.25;
    // A new file takes 5-15 us on tmpfs and on this machine's ext4 when nothing was
    // removed nearby lately, 100+ us after some 10 000 files were.
    const SLOW_CREATE_US: f64 = 30.0;
    let mut commands: Vec<(&str, Vec<&str>)> = vec![
        (
            "matn DIR -o OUT -j 1",
            vec![&d, "-o", "OUT", "-j", "1", "-q"],
        ),
        ("matn DIR -j 1 > /dev/null", vec![&d, "-j", "1", "-q"]),
        (
            "matn DIR -o OUT -j 2",
            vec![&d, "-o", "OUT", "-j", "2", "-q"],
        ),
    ];
    if pair {
        // Kept in its place (J2) so that the indices hold, but never run.
        commands[1].1.clear();
    }
    // Every run writes into a new folder, all removed at the end: removing a run's output
    // before the next would time the file system as much as matn (ext4 without a journal
    // scans past every inode freed in the last minutes for each new file).
    let runs = std::cell::Cell::new(0u32);
    let run = |args: &[&str]| {
        runs.set(runs.get() + 1);
        time_command(&bin, args, &tmp.join(format!("out{}", runs.get())))
    };
    let order = |round: usize| -> Vec<usize> {
        let mut ks: Vec<usize> = (0..commands.len())
            .filter(|&k| !commands[k].1.is_empty())
            .collect();
        if round % 2 == 1 {
            ks.reverse();
        }
        ks
    };

    let created_before = creation_cost(&tmp, "before", 200);
    // Warm-up round: the page cache, the binary, the floor's code.
    floor();
    for k in order(0) {
        run(&commands[k].1);
    }
    let started = Instant::now();
    let mut t_floor = Vec::new();
    let mut wall: Vec<Vec<f64>> = vec![Vec::new(); commands.len()];
    let mut cpu: Vec<Vec<f64>> = vec![Vec::new(); commands.len()];
    let mut foreign: Vec<Vec<f64>> = vec![Vec::new(); commands.len()];
    for round in 0..rounds {
        t_floor.push(floor());
        for k in order(round) {
            let t = run(&commands[k].1);
            wall[k].push(t.wall);
            cpu[k].push(t.cpu);
            foreign[k].push(t.foreign);
        }
    }
    let created_after = creation_cost(&tmp, "after", 200);
    let _ = std::fs::remove_dir_all(&tmp);

    let n = data.len() as f64;
    let mb = bytes as f64 / 1e6;
    let f = median(&mut t_floor.clone());
    println!(
        "{}: {} pages, {:.2} MB; {} rounds in {:.0} s{}, binary {}, output under {}",
        dir.display(),
        data.len(),
        mb,
        rounds,
        started.elapsed().as_secs_f64(),
        if rt { " (SCHED_FIFO)" } else { "" },
        bin.display(),
        tmp.display()
    );
    println!(
        "making a file under {}: {:.0} us before the rounds, {:.0} us after",
        tmp.display(),
        created_before,
        created_after
    );
    if created_before.max(created_after) > SLOW_CREATE_US {
        println!(
            "  (over {SLOW_CREATE_US} us: on ext4 without a journal, inodes freed in the last \
             1-6 minutes nearby, which every new inode is scanned past; -o timings are \
             inflated, -j 2 more than -j 1; wait, or use another TMPDIR)"
        );
    }
    println!(
        "{:<32} {:>8} {:>8} {:>8} {:>7} {:>8} {:>14}",
        "run (medians)", "seconds", "CPU s", "pages/s", "MB/s", "x floor", "paired x floor"
    );
    println!(
        "{:<32} {:>8.3} {:>8} {:>8.0} {:>7.1} {:>8.2} {:>14}",
        "floor: decode + parse (in-proc)",
        f,
        "",
        n / f,
        mb / f,
        1.0,
        ""
    );
    for (k, (name, args)) in commands.iter().enumerate() {
        if args.is_empty() {
            continue;
        }
        let t = median(&mut wall[k].clone());
        let c = median(&mut cpu[k].clone());
        let paired: Vec<f64> = wall[k].iter().zip(&t_floor).map(|(a, b)| a / b).collect();
        println!(
            "{:<32} {:>8.3} {:>8.3} {:>8.0} {:>7.1} {:>8.2} {:>14.2}",
            name,
            t,
            c,
            n / t,
            mb / t,
            t / f,
            median(&mut paired.clone())
        );
    }
    let ratios: Vec<f64> = wall[J1].iter().zip(&wall[J2]).map(|(a, b)| a / b).collect();
    let cpu_ratios: Vec<f64> = cpu[J2].iter().zip(&cpu[J1]).map(|(a, b)| a / b).collect();
    println!(
        "-j 2 speed-up over -j 1 (with -o): paired median {:.2}x (quartiles {:.2}-{:.2}, \
         range {:.2}-{:.2}, {} of {} rounds >= 1.85x); ratio of medians {:.2}x",
        quantile(&ratios, 0.5),
        quantile(&ratios, 0.25),
        quantile(&ratios, 0.75),
        quantile(&ratios, 0.0),
        quantile(&ratios, 1.0),
        ratios.iter().filter(|&&r| r >= 1.85).count(),
        ratios.len(),
        median(&mut wall[J1].clone()) / median(&mut wall[J2].clone())
    );
    // Rounds where other processes used no more than the cores each run left free (one
    // for -j 1, none for -j 2 on two cores), give or take a quarter of a core.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
    let quiet_for = |threads: f64| (cores - threads).max(0.0) + QUIET;
    let quiet: Vec<f64> = ratios
        .iter()
        .enumerate()
        .filter(|&(i, _)| foreign[J1][i] <= quiet_for(1.0) && foreign[J2][i] <= quiet_for(2.0))
        .map(|(_, &r)| r)
        .collect();
    println!(
        "  other processes' load, median -j 1 / -j 2: {:.2} / {:.2} cores; in the {} of {} rounds \
         where they kept to the cores each run left free (+{QUIET}): paired median {:.2}x \
         (quartiles {:.2}-{:.2})",
        quantile(&foreign[J1], 0.5),
        quantile(&foreign[J2], 0.5),
        quiet.len(),
        ratios.len(),
        quantile(&quiet, 0.5),
        quantile(&quiet, 0.25),
        quantile(&quiet, 0.75),
    );
    println!(
        "-j 2 CPU time over -j 1 (with -o): paired median {:.3}x (quartiles {:.3}-{:.3})",
        quantile(&cpu_ratios, 0.5),
        quantile(&cpu_ratios, 0.25),
        quantile(&cpu_ratios, 0.75)
    );
}
