"""montants: every funding figure out of French text.

Each finding is a dict with the fields of ``montants --format jsonl``: the amount as written
(``text``) and normalised (``value``, or ``min``/``max`` for a range, as exact ``int`` or
``decimal.Decimal``), its ``currency`` (ISO 4217), ``qualifier``, ``period``, ``source``
(public, private, mixed, unknown) and ``source_cue``, its ``actors``, and where it was found
(``doc``, ``line``, ``start``/``end`` in characters, ``sentence``).

>>> import montants
>>> [f["value"] for f in montants.extract("L’État apportera 1,5 milliard d’euros.")]
[1500000000]
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Iterable, List, Optional, Sequence

from . import _montants

__all__ = ["extract", "extract_many", "to_pandas", "FIELDS"]

#: The fields of a finding, in output order: those of a ``--format jsonl`` record, read off one.
FIELDS: List[str] = list(json.loads(_montants.extract_jsonl("3 M€", "-", None).splitlines()[0]))


def _parse(records: str) -> List[dict]:
    # Decimals stay exact: 1.35 is Decimal("1.35"), never the float 1.3500000000000001.
    return [json.loads(line, parse_float=Decimal) for line in records.splitlines() if line]


def extract(text: str, doc: str = "-", country: Optional[str] = None) -> List[dict]:
    """Every money mention of ``text``, in text order (``doc`` names the document).
    ``country`` (``"CA"``, ``"CH"``, ``"SN"``…) is the country of units the text leaves without
    one (a bare ``$``, ``francs``, ``F CFA``) when it names no place; an unknown code is a
    ``ValueError``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return _parse(_montants.extract_jsonl(text, doc, country))


def extract_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    docs: Optional[Sequence[str]] = None,
    country: Optional[str] = None,
) -> List[List[dict]]:
    """The findings of each text, in order, extracted in parallel on ``threads`` threads
    (default: all cores) with the GIL released. ``docs`` names the documents (default: their
    position, ``"0"``, ``"1"``…)."""
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] must be str, not {type(t).__name__}")
    docs = [str(i) for i in range(len(texts))] if docs is None else [str(d) for d in docs]
    return [_parse(r) for r in _montants.extract_many_jsonl(texts, docs, threads, country)]


def to_pandas(findings, exact: bool = False):
    """A pandas DataFrame of findings: a list of dicts (from ``extract``), a list of such
    lists (from ``extract_many``), or texts (extracted first). Amounts are floats unless
    ``exact`` (then ``Decimal`` objects); ``actors`` stays a list of dicts per row. pandas is
    needed only here (``pip install montants[pandas]``)."""
    import pandas as pd

    rows: List[dict] = []
    items = list(findings)
    if items and isinstance(items[0], str):
        items = extract_many(items)
    for item in items:
        if isinstance(item, dict):
            rows.append(item)
        else:
            rows.extend(item)
    frame = pd.DataFrame(rows, columns=FIELDS)
    if not exact:
        for column in ("value", "min", "max"):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v)).astype("float64")
    return frame
