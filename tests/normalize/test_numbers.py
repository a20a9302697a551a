"""parse_number, parse_range, find_qualifier: pure, table-driven."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefx.normalize.numbers import find_qualifier, parse_number, parse_range, scale_value
from briefx.resources import load_json

NUMBER_WORDS = load_json("lexicons", "number_words.json")
SCALE_TABLE = load_json("lexicons", "scale_words.json")
SCALES = {**SCALE_TABLE["words"], **SCALE_TABLE["glued"]}
QUALIFIERS = load_json("lexicons", "qualifiers.json")["qualifiers"]

NUMBER_SPEC = [
    ("57,000", 57000.0),
    ("2.44 billion", 2.44e9),
    ("5 million", 5e6),
    ("five", 5.0),
    ("twenty-one", 21.0),
    ("one and one-half", 1.5),
    ("two and a half", 2.5),
    ("a dozen", 12.0),
    ("one hundred and twenty", 120.0),
    ("4.2bn", 4.2e9),
    ("900m", 9e8),
    ("4,150 crore", 4.15e10),
]
NUMBER_REGRESSIONS = [
    ("816\u2009000", 816000.0),  # thin-space thousands
    ("816 000", 816000.0),  # space thousands
    ("34.6 million", 3.46e7),  # "USD34.6 million" once read as 6,000,000
    ("1.4", 1.4),
]
NOT_NUMBERS = ["half", "thousands", "2–3", "five-year", "", "million", "G20 summit"]

RANGE_CASES = [
    ("2–3 billion", (2e9, 3e9)),
    ("150–200 million", (1.5e8, 2e8)),
    ("1.2 million to 23.5 million", (1.2e6, 2.35e7)),
    ("15-20", (15.0, 20.0)),
    ("between 10 and 12", (10.0, 12.0)),
    ("6,800–7,500", (6800.0, 7500.0)),
    ("2.44 billion", 2.44e9),
    # stop 28, an unseen NZ release ("About 80-100 roles"): a hyphen never joins digits into thousands
    ("80-100", (80.0, 100.0)),
    ("120-150 million", (1.2e8, 1.5e8)),
]
NOT_RANGES = ["5–4", "2012–13 season"]

QUALIFIER_SPEC = [
    ("bilateral trade reached about ", "approx"),
    ("nearly ", "approx"),
    ("Around ", "approx"),
    ("Some ", "approx"),
    ("more than ", "over"),
    ("exceeding ", "over"),
    ("at least ", "over"),
    ("less than ", "under"),
    ("up to ", "under"),
    ("as much as ", "under"),
    ("rose ", None),
    ("moreover ", None),
    ("just ", None),
]


@pytest.mark.parametrize(
    "text, expected",
    NUMBER_SPEC + NUMBER_REGRESSIONS,
    ids=[c[0] for c in NUMBER_SPEC + NUMBER_REGRESSIONS],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text, number_words=NUMBER_WORDS, scales=SCALES) == pytest.approx(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=NOT_NUMBERS)
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text, number_words=NUMBER_WORDS, scales=SCALES) is None


@pytest.mark.parametrize("text, expected", RANGE_CASES, ids=[c[0] for c in RANGE_CASES])
def test_parse_range(text: str, expected: float | tuple[float, float]) -> None:
    assert parse_range(text, number_words=NUMBER_WORDS, scales=SCALES) == pytest.approx(expected)


@pytest.mark.parametrize("text", NOT_RANGES, ids=NOT_RANGES)
def test_parse_range_refuses(text: str) -> None:
    assert parse_range(text, number_words=NUMBER_WORDS, scales=SCALES) is None


@pytest.mark.parametrize(
    "text, expected", QUALIFIER_SPEC, ids=[c[0].strip() for c in QUALIFIER_SPEC]
)
def test_find_qualifier(text: str, expected: str | None) -> None:
    assert find_qualifier(text, qualifiers=QUALIFIERS) == expected


def test_scale_value_is_exact() -> None:
    assert scale_value(1.4, 1e9) == 1_400_000_000
    assert scale_value((2.0, 3.0), 1e6) == (2e6, 3e6)
    assert scale_value(None, 10) is None


def test_normalize_imports_neither_spacy_nor_pydantic() -> None:
    # The real package: its __init__ loads the Pydantic schema lazily, on first use.
    code = (
        "import sys\n"
        "import briefx.normalize.numbers, briefx.normalize.currency, briefx.normalize.units\n"
        "import briefx.normalize.dates\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
        "assert 'pydantic' not in sys.modules, 'pydantic imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
