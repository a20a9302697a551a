"""briefx_percent on a blank pipeline: percent, per cent, percentage points, ranges."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.conftest import blank_pipeline

Row = tuple[str, object, str | None, str | None]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_pipeline("briefx_percent")


def percents(nlp: Language, text: str) -> list[Row]:
    doc = nlp(text)
    return [(s.text, s._.value, s._.unit, s._.qualifier) for s in doc.spans["figures"]]


SPEC = [
    ("Trade grew 21.9% on the year.", [("21.9%", 21.9, None, None)]),
    ("Output rose 34 percent.", [("34 percent", 34.0, None, None)]),
    ("Exports rose 18 per cent.", [("18 per cent", 18.0, None, None)]),
    ("The rate fell by 2 percentage points.", [("2 percentage points", 2.0, "pp", None)]),
    ("Inflation eased 0.3 pp from January.", [("0.3 pp", 0.3, "pp", None)]),
    ("Margins of 10–12% are expected.", [("10–12%", (10.0, 12.0), None, None)]),
    ("Visits rose nearly 50% on the year.", [("50%", 50.0, None, "approx")]),
    ("Rail carries less than 5% of trade.", [("5%", 5.0, None, "under")]),
    ("Tariffs of up to 35% apply.", [("35%", 35.0, None, "under")]),
    ("Turnout was more than 60 per cent.", [("60 per cent", 60.0, None, "over")]),
]
RANGES = [
    ("Growth of 2.5% to 3% is forecast.", [("2.5% to 3%", (2.5, 3.0), None, None)]),
    ("Prices fell 5%-6% in May.", [("5%-6%", (5.0, 6.0), None, None)]),
    (
        "Losses fell from 42% to 25% of supply.",
        [("42%", 42.0, None, None), ("25%", 25.0, None, None)],
    ),
    ("A band of 6–10 percent holds.", [("6–10 percent", (6.0, 10.0), None, None)]),
    # stop 29, an unseen NZ release: "between around A and B per cent" is one range, hedged
    ("Staff get a pay rise of between around 15 and 50 per cent.",
     [("15 and 50 per cent", (15.0, 50.0), None, "approx")]),
    # GOLD.md: basis points are PERCENT with unit "bp" and the value as written (issue 10)
    ("Rates rose 25 basis points.", [("25 basis points", 25.0, "bp", None)]),
]
# issue 9, unseen White House joint statements: bullets hard-wrapped into indented lines
WRAPPED = [
    ("-   a tariff rate of 15\n    percent applies.", [("15\n    percent", 15.0, None, None)]),
]
NOT_PERCENT = [
    ("The percentage was not given.", []),
]


@pytest.mark.parametrize(
    "text, expected",
    SPEC + RANGES + WRAPPED + NOT_PERCENT,
    ids=[c[0] for c in SPEC + RANGES + WRAPPED + NOT_PERCENT],
)
def test_percent(nlp: Language, text: str, expected: list[Row]) -> None:
    found = percents(nlp, text)
    assert [row[0] for row in found] == [row[0] for row in expected]
    for got, want in zip(found, expected, strict=True):
        assert got[1] == pytest.approx(want[1])
        assert got[2:] == want[2:]
