"""montants on Spark (local[2]): mapInPandas through the Python package and RDD.pipe through
the binary both give the command line's findings on the same records, and the findings go to
Parquet and back. Skipped when PySpark is missing, unless MONTANTS_REQUIRE_SPARK=1 (CI)."""

import json
import os
import pathlib
import subprocess
from decimal import Decimal

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]

if os.environ.get("MONTANTS_REQUIRE_SPARK") != "1":
    pytest.importorskip("pyspark")

from pyspark.sql import SparkSession  # noqa: E402

import montants.spark  # noqa: E402


def binary():
    for candidate in [os.environ.get("MONTANTS_BIN"), ROOT / "target/release/montants", ROOT / "target/debug/montants"]:
        if candidate and pathlib.Path(candidate).exists():
            return str(candidate)
    pytest.fail("no montants binary: cargo build --release, or set MONTANTS_BIN")


def records():
    paths = sorted((ROOT / "fixtures" / "news").glob("*.txt")) + [ROOT / "fixtures" / "investai-2025-02.txt"]
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in paths]


def key(f):
    exact = lambda v: None if v is None else Decimal(str(v)).normalize()  # noqa: E731
    actors = [(a["name"], a["kind"], a["role"]) for a in f["actors"]]
    return (f["doc"], f["index"], f["text"], exact(f["value"]), exact(f["min"]), exact(f["max"]),
            f["currency"], f["qualifier"], f["per"], f["source"], f["start"], f["end"], actors,
            f["purpose"], f["sentence"])


@pytest.fixture(scope="module")
def spark():
    session = (
        SparkSession.builder.master("local[2]")
        .appName("montants-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield session
    session.stop()


def cli_findings(recs):
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    out = subprocess.run([binary(), "--input", "jsonl", "--format", "jsonl", "-q"], input=lines.encode(),
                         capture_output=True, check=True)
    return [json.loads(l, parse_float=Decimal) for l in out.stdout.decode().splitlines()]


def test_map_in_pandas_and_pipe_equal_the_cli(spark, tmp_path):
    recs = records()
    expected = sorted(key(f) for f in cli_findings(recs))
    assert len(expected) > 100
    df = spark.createDataFrame(recs).repartition(2)

    found = montants.spark.findings(df, threads=1)
    rows = [r.asDict(recursive=True) for r in found.collect()]
    assert sorted(key(r) for r in rows) == expected

    piped = montants.spark.findings_by_pipe(df, binary=binary()).collect()
    assert sorted(key(r) for r in piped) == expected

    found.write.parquet(str(tmp_path / "findings.parquet"))
    back = spark.read.parquet(str(tmp_path / "findings.parquet"))
    assert back.count() == len(expected)
    assert back.schema["value"].dataType.simpleString() == "decimal(38,6)"
