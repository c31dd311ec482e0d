"""The Python binding: the seed article through the Rust library, exact decimals, many texts in
parallel in order, and a DataFrame with the command line's columns."""

import decimal
import pathlib

import pytest

import montants

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = (ROOT / "fixtures" / "investai-2025-02.txt").read_text(encoding="utf-8")


def test_the_readme_example():
    found = montants.extract("L’État apportera 1,5 milliard d’euros.")
    assert len(found) == 1
    f = found[0]
    assert f["value"] == 1500000000 and isinstance(f["value"], int)
    assert f["currency"] == "EUR"
    assert f["source"] == "public"
    assert f["text"] == "1,5 milliard d’euros"
    assert list(f) == montants.FIELDS


def test_the_seed_article():
    found = montants.extract(SEED, doc="seed")
    assert [(f["value"], f["currency"]) for f in found] == [
        (200000000000, "EUR"),
        (200000000000, "EUR"),
        (50000000000, "EUR"),
        (150000000000, "EUR"),
        (109000000000, "EUR"),
        (500000000000, "USD"),
        (200000000000, "EUR"),
    ]
    assert {f["doc"] for f in found} == {"seed"}
    # Offsets are in characters of the Python string.
    for f in found:
        assert SEED[f["start"] : f["end"]] == f["text"]


def test_country():
    (f,) = montants.extract("Le projet coûte 3 millions de dollars.", country="CA")
    assert f["currency"] == "CAD"
    assert montants.extract("Le projet coûte 3 millions de dollars.")[0]["currency"] == "USD"
    with pytest.raises(ValueError, match="unknown country"):
        montants.extract("3 $", country="XX")


def test_decimals_are_exact():
    (f,) = montants.extract("Le dividende est de 1,35 € par action.")
    assert f["value"] == decimal.Decimal("1.35")


def test_many_texts_in_order_equal_one_by_one():
    texts = [SEED, "", "Rien ici.", "La Région verse 3 000 € à la commune."] * 25
    many = montants.extract_many(texts, threads=2)
    assert len(many) == len(texts)
    for i, (text, found) in enumerate(zip(texts, many)):
        assert found == montants.extract(text, doc=str(i))


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="text must be str"):
        montants.extract(b"3 M\xe2\x82\xac")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        montants.extract_many(["a", 3])


def test_to_pandas():
    frame = montants.to_pandas([SEED, "La Région verse 3 000 € à la commune."])
    assert list(frame.columns) == montants.FIELDS
    assert len(frame) == 8
    assert frame["value"].dtype == "float64"
    assert frame.loc[7, "value"] == 3000.0
    exact = montants.to_pandas(montants.extract("Le dividende est de 1,35 € par action."), exact=True)
    assert exact.loc[0, "value"] == decimal.Decimal("1.35")
