"""montants on Apache Spark: two recipes over a DataFrame of ``{id, text}`` records.

1. In process, with the Python package on every executor (``pip install montants`` there):
   ``findings(df)`` runs ``mapInPandas`` over the partitions, calling the Rust library with the
   GIL released, and returns a DataFrame of findings (``.write.parquet(...)`` it).
2. As a streaming filter, with the ``montants`` binary on every executor: ``findings_by_pipe``
   sends each partition as JSON Lines through ``montants --input jsonl --format jsonl``
   (``RDD.pipe``; the same command works under Hadoop Streaming).

Both give, record for record, what ``montants --input jsonl --format jsonl`` gives.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Iterator

import montants

#: Amounts as exact decimals: 32 digits before the point (montants keeps at most 28
#: significant digits) and 6 after (a price per share, a rate in a thousandth of a cent).
_MONEY = "decimal(38,6)"

#: The findings' schema, in the command line's field order.
SCHEMA = (
    "doc string, index long, line long, start long, end long, byte_start long, byte_end long, "
    f"text string, value {_MONEY}, min {_MONEY}, max {_MONEY}, currency string, "
    "currency_inferred boolean, qualifier string, period string, per string, source string, "
    "source_cue string, actors array<struct<name:string,kind:string,role:string>>, "
    "purpose string, part_of long, "
    "repeat_of long, rule string, sentence string"
)


def _exact(v):
    return None if v is None else Decimal(v)


def _rows(pdfs: Iterator, id_col: str, text_col: str, threads) -> Iterator:
    import pandas as pd

    for pdf in pdfs:
        ids = [str(i) for i in pdf[id_col]]
        texts = ["" if t is None else str(t) for t in pdf[text_col]]
        rows = []
        for found in montants.extract_many(texts, threads=threads, docs=ids):
            for f in found:
                f = dict(f)
                for k in ("value", "min", "max"):
                    f[k] = _exact(f[k])
                rows.append(f)
        yield pd.DataFrame(rows, columns=montants.FIELDS)


def findings(df, id_col: str = "id", text_col: str = "text", threads=None):
    """A DataFrame of findings (``SCHEMA``) of the records of ``df``, through mapInPandas. Each
    Python worker uses ``threads`` threads (default: all its cores; with one Spark task per
    core, pass 1)."""
    return df.select(id_col, text_col).mapInPandas(
        lambda pdfs: _rows(pdfs, id_col, text_col, threads), schema=SCHEMA
    )


def findings_by_pipe(df, binary: str = "montants", id_col: str = "id", text_col: str = "text"):
    """The same findings through the ``montants`` binary as a streaming filter: an RDD of dicts
    (``spark.read.json(rdd.map(json.dumps))`` makes it a DataFrame)."""
    lines = df.select(id_col, text_col).rdd.map(
        lambda r: json.dumps({"id": str(r[0]), "text": r[1] or ""}, ensure_ascii=False)
    )
    command = [binary, "--input", "jsonl", "--format", "jsonl", "-j", "1", "-q"]
    return lines.pipe(" ".join(command)).map(lambda l: json.loads(l, parse_float=Decimal))
