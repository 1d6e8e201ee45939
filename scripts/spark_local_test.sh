#!/usr/bin/env bash
# The scale-out recipes of docs/scale-out.md, run on this machine: Apache Spark in local
# mode (scripts/spark_matn.py, RDD.pipe over WARC paths), the Hadoop Streaming mapper
# (scripts/hadoop_mapper.sh fed a path list) and, when GNU parallel is installed, its two
# recipes on the local host, over two small WARC.gz files built from the fixtures. Each output must equal the single-machine `matn a.warc.gz b.warc.gz`, compared
# as sets of JSON lines without source.path.
#
#   scripts/spark_local_test.sh            # uses target/release/matn (built if missing)
#
# pyspark comes from PyPI into a venv ($MATN_SPARK_VENV, default ~/.cache/matn/spark-venv,
# kept between runs); Java is the machine's. When pyspark cannot be installed, Java is
# missing or Spark does not start, the Spark part prints "spark local test: skipped:
# <reason>" and exits 0. It exits non-zero only when a recipe ran and its output differs
# (or the mapper, which needs nothing but bash, fails).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MATN=${MATN_BIN:-$ROOT/target/release/matn}
VENV=${MATN_SPARK_VENV:-$HOME/.cache/matn/spark-venv}
started=$(date +%s)

skip() {
  echo "spark local test: skipped: $*"
  exit 0
}

if [ ! -x "$MATN" ]; then
  cargo build --release --locked --quiet || { echo "spark local test: cannot build matn" >&2; exit 1; }
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 fixtures/archives/make.py warcs "$WORK"
printf '%s\n' "$WORK/a.warc.gz" "$WORK/b.warc.gz" > "$WORK/paths.txt"

# The single-machine reference (exit 1 would mean a failed record: none is expected).
"$MATN" --quiet "$WORK/a.warc.gz" "$WORK/b.warc.gz" > "$WORK/single.jsonl" \
  || { echo "spark local test: matn failed on the fixture WARCs" >&2; exit 1; }

# Compares two JSON Lines files as sets of records without source.path.
same_records() {
  python3 - "$1" "$2" <<'PY'
import json, sys
def records(path):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            r.get("source", {}).pop("path", None)
            out.append(json.dumps(r, sort_keys=True, ensure_ascii=False))
    return sorted(out)
a, b = records(sys.argv[1]), records(sys.argv[2])
if a != b:
    print(f"  {len(a)} records vs {len(b)}; first difference:", file=sys.stderr)
    for x, y in zip(a + [""] * len(b), b + [""] * len(a)):
        if x != y:
            print(f"  < {x[:300]}\n  > {y[:300]}", file=sys.stderr)
            break
    sys.exit(1)
print(f"  {len(a)} records, identical")
PY
}

echo "hadoop streaming mapper (scripts/hadoop_mapper.sh, local):"
MATN="$MATN" scripts/hadoop_mapper.sh < "$WORK/paths.txt" > "$WORK/mapper.jsonl" \
  || { echo "hadoop mapper: failed" >&2; exit 1; }
same_records "$WORK/single.jsonl" "$WORK/mapper.jsonl" || { echo "hadoop mapper: output differs" >&2; exit 1; }

# GNU parallel, when installed: the docs' --pipe recipe on the local host (`--sshlogin :`).
if command -v parallel > /dev/null; then
  echo "gnu parallel (--pipe, local host):"
  parallel --will-cite --pipe -N 1 --keep-order --sshlogin 2/: "$MATN --quiet --files-from -" \
    < "$WORK/paths.txt" > "$WORK/parallel.jsonl" || { echo "gnu parallel: failed" >&2; exit 1; }
  same_records "$WORK/single.jsonl" "$WORK/parallel.jsonl" || { echo "gnu parallel: output differs" >&2; exit 1; }
  parallel --will-cite --jobs 1 --sshlogin : "$MATN --quiet -o $WORK/mirror --skip-existing {}" \
    :::: "$WORK/paths.txt" || { echo "gnu parallel -o: failed" >&2; exit 1; }
  cat "$WORK"/mirror/"$WORK"/a.jsonl "$WORK"/mirror/"$WORK"/b.jsonl > "$WORK/mirror.jsonl"
  same_records "$WORK/single.jsonl" "$WORK/mirror.jsonl" || { echo "gnu parallel -o: output differs" >&2; exit 1; }
else
  echo "gnu parallel: not installed, recipe not run"
fi

# Spark: Java, then pyspark (installed once into the venv).
command -v java > /dev/null || skip "no java on PATH"
java -version > "$WORK/java.txt" 2>&1 || skip "java -version fails: $(head -1 "$WORK/java.txt")"
if ! "$VENV/bin/python" -c "import pyspark" > /dev/null 2>&1; then
  echo "installing pyspark into $VENV (once)"
  python3 -m venv "$VENV" > "$WORK/venv.log" 2>&1 || skip "cannot create a venv: $(tail -1 "$WORK/venv.log")"
  timeout 900 "$VENV/bin/pip" install --quiet pyspark > "$WORK/pip.log" 2>&1 \
    || skip "pip install pyspark failed: $(tail -1 "$WORK/pip.log")"
fi
echo "spark local mode ($(head -1 "$WORK/java.txt"); pyspark $("$VENV/bin/python" -c 'import pyspark; print(pyspark.__version__)')):"
export PYSPARK_PYTHON="$VENV/bin/python" SPARK_LOCAL_IP=127.0.0.1
if ! timeout 600 "$VENV/bin/python" scripts/spark_matn.py "$WORK/paths.txt" "$WORK/spark-out" \
    --master 'local[2]' --matn "$MATN" --collect "$WORK/spark.jsonl" > "$WORK/spark.log" 2>&1; then
  skip "spark did not run: $(grep -m1 -E 'Error|Exception' "$WORK/spark.log" || tail -1 "$WORK/spark.log")"
fi
if ! same_records "$WORK/single.jsonl" "$WORK/spark.jsonl"; then
  echo "spark local test: FAILED: Spark's output differs from the single-machine run" >&2
  exit 1
fi
echo "spark local test: ok ($(( $(date +%s) - started )) s)"
