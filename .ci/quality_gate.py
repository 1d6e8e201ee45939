#!/usr/bin/env python3
"""Quality gate: run matn over ../shared/corpus/pages (Arabic) and ../shared/corpus-en/pages
(English, gzip), score with ../shared/eval/score.py (corpus-en with the WCXB metric, word
4-grams over raw tokens, in all and on the held-out third listed in corpus_en_holdout.txt)
and fail when any metric falls below the floors pinned in .ci/quality_floors.json.

usage: quality_gate.py [--bin target/release/matn] [--shared ../shared] [--keep DIR]
Exit 0: all floors hold (or ../shared is absent and MATN_SKIP_CORPUS=1: skipped with a
message). Exit 1: a floor broke, or ../shared is absent without MATN_SKIP_CORPUS=1 (CI never
sets it); the offending metrics are printed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

SKIP_VAR = "MATN_SKIP_CORPUS"
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(TOP, "target", "release", "matn"))
    ap.add_argument("--shared", default=os.path.join(TOP, "..", "shared"))
    ap.add_argument("--keep", help="write outputs here instead of a temporary folder")
    args = ap.parse_args()

    score = os.path.join(args.shared, "eval", "score.py")
    with open(os.path.join(HERE, "quality_floors.json")) as f:
        floors = json.load(f)
    out = args.keep or tempfile.mkdtemp(prefix="matn-gate-")
    failed = []
    for name, spec in SETS.items():
        pages = os.path.join(args.shared, spec["dir"], "pages")
        gold = os.path.join(args.shared, spec["dir"], "gold")
        if not (os.path.isdir(pages) and os.path.isdir(gold) and os.path.isfile(score)):
            if os.environ.get(SKIP_VAR) == "1":
                print(f"quality gate: {name}: skipped: {args.shared}/{spec['dir']} or "
                      f"eval/score.py not found and {SKIP_VAR}=1")
                continue
            print(f"quality gate: FAILED: {args.shared}/{spec['dir']} or eval/score.py not "
                  f"found (set {SKIP_VAR}=1 to skip the gate deliberately)")
            return 1
        pred = os.path.join(out, name)
        run_matn(args.bin, pages, os.path.join(pred, "matn"), spec["suffixes"])
        for part, ids in parts(name, gold).items():
            got = scored(score, subset_gold(gold, ids, os.path.join(out, f"{name}-{part}-gold")),
                         pred, spec["score_args"], f"{name} ({part})")
            if got is None:
                return 1
            failed += check(f"{name} ({part})", got, floors.get(f"{name}/{part}", {}))
    if failed:
        print("quality gate: FAILED")
        for f in failed:
            print("  " + f)
        return 1
    print("quality gate: all floors hold")
    return 0


# The scored sets: the Arabic corpus, and the English pages with the WCXB benchmark's own
# metric (word 4-grams over raw tokens).
SETS = {
    "corpus": {"dir": "corpus", "suffixes": (".html", ".htm"), "score_args": []},
    "corpus-en": {"dir": "corpus-en", "suffixes": (".html.gz",),
                  "score_args": ["--ngram", "4", "--raw-tokens"]},
}

# The third of corpus-en held out from tuning (every third page id in sorted order,
# chosen once before any tuning); looked at only to report.
HOLDOUT = os.path.join(HERE, "corpus_en_holdout.txt")


def parts(name, gold):
    """The page ids to score for each reported part of a set."""
    ids = sorted(f[:-5] for f in os.listdir(gold) if f.endswith(".json"))
    if name != "corpus-en":
        return {"all": ids}
    with open(HOLDOUT) as f:
        held = {line.strip() for line in f if line.strip()}
    return {"all": ids, "holdout": [i for i in ids if i in held]}


def subset_gold(gold, ids, dest):
    os.makedirs(dest, exist_ok=True)
    for i in ids:
        link = os.path.join(dest, i + ".json")
        if not os.path.exists(link):
            os.symlink(os.path.abspath(os.path.join(gold, i + ".json")), link)
    return dest


def run_matn(binary, pages, dest, suffixes):
    """One matn process per page, the page on standard input (as the peers are run)."""
    os.makedirs(dest, exist_ok=True)
    for name in sorted(os.listdir(pages)):
        suffix = next((s for s in suffixes if name.endswith(s)), None)
        if suffix is None:
            continue
        stem = name[: -len(suffix)]
        with open(os.path.join(pages, name), "rb") as f:
            page = f.read()
        res = subprocess.run([binary, "-"], input=page, capture_output=True, timeout=60)
        with open(os.path.join(dest, stem + ".json"), "wb") as f:
            f.write(res.stdout)
        if res.returncode != 0:
            print(f"quality gate: {name}: exit {res.returncode}: "
                  f"{res.stderr.decode(errors='replace').strip()}")


def scored(score, gold, pred, score_args, label):
    table = subprocess.run(
        [sys.executable, score, "--gold", gold, "--pred", pred, *score_args],
        capture_output=True, text=True,
    )
    print(f"== {label}")
    print(table.stdout)
    if table.returncode != 0:
        print(table.stderr)
        return None
    with open(os.path.join(pred, "scores.json")) as f:
        return json.load(f)["summary"]["matn"]


def check(label, got, floors):
    failed = []
    for key, floor in floors.items():
        if key.startswith("_"):
            continue
        if key.startswith("max_"):
            metric = key[4:]
            value = got.get(metric) or 0
            if value > floor:
                failed.append(f"{label}: {metric} = {value:.3f} > ceiling {floor}")
        else:
            value = got.get(key) or 0
            if value < floor:
                failed.append(f"{label}: {key} = {value:.3f} < floor {floor}")
    return failed


if __name__ == "__main__":
    sys.exit(main())
