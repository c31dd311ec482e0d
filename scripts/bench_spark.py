#!/usr/bin/env python3
"""What Spark costs per core: the generated corpus's JSON Lines records through montants on
local[N] (mapInPandas with the Python package, and RDD.pipe with the binary) beside the
binary alone with -j N, in one run. usage: bench_spark.py [SIZE_MB] [N] (default 20, 2)."""
import json
import os
import subprocess
import sys
import tempfile
import time

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
size, cores = (float(sys.argv[1]) if len(sys.argv) > 1 else 20), (int(sys.argv[2]) if len(sys.argv) > 2 else 2)
binary = os.environ.get("MONTANTS_BIN", os.path.join(root, "target", "release", "montants"))
work = tempfile.mkdtemp()
subprocess.run([sys.executable, os.path.join(root, "scripts", "gen_corpus.py"), "--out", work,
                "--size-mb", str(size), "--files", str(int(size * 100))], check=True, capture_output=True)
stream = os.path.join(work, "stream.jsonl")
mb = os.path.getsize(stream) / 1e6

t = time.time()
out = subprocess.run([binary, "--input", "jsonl", "--format", "jsonl", "-j", str(cores), stream, "-q"],
                     check=True, capture_output=True).stdout
cli_s, cli_n = time.time() - t, out.count(b"\n")

from pyspark.sql import SparkSession  # noqa: E402
import montants.spark  # noqa: E402

spark = (SparkSession.builder.master(f"local[{cores}]").config("spark.ui.enabled", "false")
         .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate())
df = spark.read.json(stream).repartition(cores * 4).cache()
df.count()
t = time.time()
n1 = montants.spark.findings(df, threads=1).count()
pandas_s = time.time() - t
t = time.time()
n2 = montants.spark.findings_by_pipe(df, binary=binary).count()
pipe_s = time.time() - t
spark.stop()
print(f"{mb:.1f} MB of JSON Lines, {cores} cores, findings {cli_n} / {n1} / {n2}")
for name, s in [("binary -j N", cli_s), ("Spark mapInPandas", pandas_s), ("Spark RDD.pipe", pipe_s)]:
    print(f"  {name:<18} {s:6.1f} s  {mb / s / cores:6.1f} MB/s per core  ({s / cli_s:.1f}x the binary)")
