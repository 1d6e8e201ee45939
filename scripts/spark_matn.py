#!/usr/bin/env python3
"""Runs matn over WARC files with Apache Spark: the paths are an RDD, and each partition
pipes its paths to one `matn --files-from -` process (RDD.pipe), whose JSON Lines are the
output records. The matn binary must exist at the same path on every worker (or be
shipped with `--files` / `SparkFiles`), and the WARC paths must be readable from the
workers (a shared file system; for HDFS/S3 see docs/scale-out.md).

    spark-submit scripts/spark_matn.py PATHS.txt OUT_DIR [--matn /abs/path/to/matn]
        [--partitions N]
    python3 scripts/spark_matn.py PATHS.txt OUT_DIR --master 'local[2]'   # no cluster

PATHS.txt holds one WARC path per line (a local path, or a Hadoop path that textFile
reads). OUT_DIR receives Spark's part-* files of JSON Lines (saveAsTextFile); with
`--collect FILE` the lines are written to one local FILE instead.
"""

import argparse
import os
import shutil


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", help="text file: one WARC path per line")
    ap.add_argument("out", help="output folder for saveAsTextFile (ignored with --collect)")
    ap.add_argument("--matn", default=shutil.which("matn") or "matn", help="matn binary")
    ap.add_argument("--partitions", type=int, default=None, help="default: one per path")
    ap.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    ap.add_argument("--collect", default=None, help="write all lines to this local file")
    args = ap.parse_args()

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("matn")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    paths = sc.textFile(args.paths).map(str.strip).filter(bool)
    count = paths.count()
    paths = paths.repartition(args.partitions or max(count, 1))
    matn = os.path.abspath(args.matn) if os.path.exists(args.matn) else args.matn
    # One matn per partition; its exit status 1 (some records failed, reported on the
    # executor's stderr) must not fail the task, so the code is not checked.
    records = paths.pipe(f"{matn} --quiet --files-from -", checkCode=False)
    if args.collect:
        with open(args.collect, "w", encoding="utf-8") as f:
            for line in records.toLocalIterator():
                f.write(line + "\n")
    else:
        records.saveAsTextFile(args.out)
    spark.stop()


if __name__ == "__main__":
    main()
