"""briefx_money on a blank pipeline: spans, values, currencies, qualifiers."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span
from tests.conftest import blank_pipeline

Row = tuple[str, object, str | None, str | None]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_pipeline("briefx_money")


def money(nlp: Language, text: str) -> list[Row]:
    doc = nlp(text)
    return [
        (s.text, s._.value, s._.currency, s._.qualifier)
        for s in doc.spans["figures"]
        if s.label_ == "MONEY"
    ]


SPEC = [
    ("Bilateral trade reached $2.44 billion last year.", [("$2.44 billion", 2.44e9, "USD", None)]),
    ("The agency received 2 million yuan in aid.", [("2 million yuan", 2e6, "CNY", None)]),
    ("The bank lent RMB 5bn to the utility.", [("RMB 5bn", 5e9, "CNY", None)]),
    ("It could add $2–3 billion a year.", [("$2–3 billion", (2e9, 3e9), "USD", None)]),
    (
        "The fund holds C$10 million (US$7.3 million) in bonds.",
        [("C$10 million", 1e7, "CAD", None), ("US$7.3 million", 7.3e6, "USD", None)],
    ),
    (
        "It costs about C$10 million (US$7.3 million).",
        [("C$10 million", 1e7, "CAD", "approx"), ("US$7.3 million", 7.3e6, "USD", "approx")],
    ),
    ("Sales topped more than €40 million.", [("€40 million", 4e7, "EUR", "over")]),
    ("The deficit is less than £3bn.", [("£3bn", 3e9, "GBP", "under")]),
    ("Nearly $1 billion was raised.", [("$1 billion", 1e9, "USD", "approx")]),
    ("Grants of up to ₹500 crore are planned.", [("₹500 crore", 5e9, "INR", "under")]),
]
SYMBOLS_AND_WORDS = [
    ("A pledge of A$4 million followed.", [("A$4 million", 4e6, "AUD", None)]),
    ("They raised HK$10bn.", [("HK$10bn", 1e10, "HKD", None)]),
    ("The plant costs ₼5.2 million.", [("₼5.2 million", 5.2e6, "AZN", None)]),
    ("A ₺300 million loan.", [("₺300 million", 3e8, "TRY", None)]),
    ("Revenue hit ₦1.5 trillion.", [("₦1.5 trillion", 1.5e12, "NGN", None)]),
    ("The state spent ₽12 billion.", [("₽12 billion", 1.2e10, "RUB", None)]),
    ("A deal worth 200 million euros was signed.", [("200 million euros", 2e8, "EUR", None)]),
    ("They invested 40 million manat.", [("40 million manat", 4e7, "AZN", None)]),
    (
        "Crude slipped 84 cents to $61.20.",
        [("84 cents", 0.84, "USD", None), ("$61.20", 61.2, "USD", None)],
    ),
    ("The payout was £900m.", [("£900m", 9e8, "GBP", None)]),
    ("The government added KSh 420 million.", [("KSh 420 million", 4.2e8, "KES", None)]),
    ("Headline: Unlocking USD 370 Million", [("USD 370 Million", 3.7e8, "USD", None)]),
    ("The port received RM45 million from the state.", [("RM45 million", 4.5e7, "MYR", None)]),
    ("Dhaka will fund Tk 42,000 crore of the plan.", [("Tk 42,000 crore", 4.2e11, "BDT", None)]),
    ("They will invest ₹1.05 lakh crore in wind.", [("₹1.05 lakh crore", 1.05e12, "INR", None)]),
]
REGRESSIONS = [
    ("The loan of USD34.6 million was approved.", [("USD34.6 million", 3.46e7, "USD", None)]),
    ("Each kit costs USD 200.", [("USD 200", 200.0, "USD", None)]),
    ("Tickets cost 15-20 usd.", [("15-20 usd", (15.0, 20.0), "USD", None)]),
    (
        "Awards range from nothing: $1.2 million to $23.5 million each.",
        [("$1.2 million to $23.5 million", (1.2e6, 2.35e7), "USD", None)],
    ),
    (
        "Profit rose from $1.2 million to $23.5 million.",
        [("$1.2 million", 1.2e6, "USD", None), ("$23.5 million", 2.35e7, "USD", None)],
    ),
    ("Delegates met at the COP29 summit.", []),
    ("The 2012–13 budget was tight.", []),
    ("The parcel weighed 5 pounds.", []),
    ("A 400 kV line was built.", []),
]


@pytest.mark.parametrize(
    "text, expected",
    SPEC + SYMBOLS_AND_WORDS + REGRESSIONS,
    ids=[c[0] for c in SPEC + SYMBOLS_AND_WORDS + REGRESSIONS],
)
def test_money(nlp: Language, text: str, expected: list[Row]) -> None:
    found = money(nlp, text)
    assert [row[0] for row in found] == [row[0] for row in expected]
    for got, want in zip(found, expected, strict=True):
        assert got[1] == pytest.approx(want[1])
        assert got[2:] == want[2:]


def test_yen_is_yuan_beside_yuan(nlp: Language) -> None:
    assert money(nlp, "Trade rose to ¥1.85 trillion, or 1.85 trillion yuan.")[0][2] == "CNY"
    assert money(nlp, "The Bank of Japan bought ¥1.85 trillion of bonds.")[0][2] == "JPY"


def test_money_leaves_dates_alone(nlp: Language) -> None:
    doc = nlp.make_doc("The 2025 EUR bond priced well.")
    doc.spans["dates"] = [Span(doc, 1, 2, label="DATE")]
    doc = nlp(doc)
    assert [s.text for s in doc.spans["figures"]] == []
