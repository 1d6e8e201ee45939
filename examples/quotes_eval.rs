//! Runs the quotes stage on the gold paragraphs of a corpus, so that extraction errors do
//! not count: `cargo run --release --example quotes_eval -- GOLD_DIR OUT_DIR`, then
//! `python3 score.py --gold GOLD_DIR --pred OUT_DIR`.

use std::path::Path;
use std::process::ExitCode;

fn run(gold: &Path, out: &Path) -> Result<usize, String> {
    let dir = out.join("matn");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut entries: Vec<_> = std::fs::read_dir(gold)
        .map_err(|e| format!("{}: {e}", gold.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    for path in &entries {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let g: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let paragraphs: Vec<String> = g["paragraphs"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| p.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let quotes = matn::quotes::find_quotes(&paragraphs);
        let q: Vec<serde_json::Value> = quotes
            .iter()
            .map(|q| {
                serde_json::json!({"text": q.text, "speaker": q.speaker, "cue": q.cue,
                    "paragraph": q.paragraph, "fragment": q.fragment, "closed": q.closed})
            })
            .collect();
        let doc = serde_json::json!({"title": g["title"], "paragraphs": paragraphs, "quotes": q});
        let name = path.file_name().ok_or("no file name")?;
        let target = dir.join(name);
        let body = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
        std::fs::write(&target, body).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(entries.len())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [gold, out] = args.as_slice() else {
        eprintln!("usage: quotes_eval GOLD_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(gold), Path::new(out)) {
        Ok(n) => {
            eprintln!("quotes_eval: {n} pages written to {out}/matn");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("quotes_eval: {e}");
            ExitCode::FAILURE
        }
    }
}
