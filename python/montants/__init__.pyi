from decimal import Decimal
from typing import Iterable, List, Optional, Sequence, TypedDict, Union

import pandas

class Actor(TypedDict):
    name: str
    kind: str
    role: str

class Finding(TypedDict):
    doc: str
    index: int
    line: int
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    value: Optional[Union[int, Decimal]]
    min: Optional[Union[int, Decimal]]
    max: Optional[Union[int, Decimal]]
    currency: str
    currency_inferred: bool
    qualifier: str
    period: Optional[str]
    per: Optional[str]
    source: str
    source_cue: Optional[str]
    actors: List[Actor]
    purpose: Optional[str]
    part_of: Optional[int]
    repeat_of: Optional[int]
    rule: str
    sentence: str

FIELDS: List[str]

def extract(text: str, doc: str = "-", country: Optional[str] = None) -> List[Finding]: ...
def extract_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    docs: Optional[Sequence[str]] = None,
    country: Optional[str] = None,
) -> List[List[Finding]]: ...
def to_pandas(
    findings: Union[Iterable[Finding], Iterable[List[Finding]], Iterable[str]], exact: bool = False
) -> pandas.DataFrame: ...
