"""parse_money / parse_amount: symbols, ISO codes and currency words; pure, table-driven."""

from __future__ import annotations

import pytest

from briefx.normalize.currency import Money, parse_amount, parse_money
from briefx.resources import load_json

NUMBER_WORDS = load_json("lexicons", "number_words.json")
SCALE_TABLE = load_json("lexicons", "scale_words.json")
SCALES = {**SCALE_TABLE["words"], **SCALE_TABLE["glued"]}
CURRENCIES = load_json("lexicons", "currencies.json")

SPEC = [
    ("$2.44 billion", Money(2.44e9, "USD")),
    ("2 million yuan", Money(2e6, "CNY")),
    ("RMB 5bn", Money(5e9, "CNY")),
    ("$2–3 billion", Money((2e9, 3e9), "USD")),
    ("C$10 million", Money(1e7, "CAD")),
    ("US$7.3 million", Money(7.3e6, "USD")),
]
SYMBOLS_AND_WORDS = [
    ("A$4 million", Money(4e6, "AUD")),
    ("HK$10bn", Money(1e10, "HKD")),
    ("€10 billion", Money(1e10, "EUR")),
    ("£900m", Money(9e8, "GBP")),
    ("₹4,150 crore", Money(4.15e10, "INR")),
    ("₽12 billion", Money(1.2e10, "RUB")),
    ("₼5.2 million", Money(5.2e6, "AZN")),
    ("₺300 million", Money(3e8, "TRY")),
    ("₦1.5 trillion", Money(1.5e12, "NGN")),
    ("200 million euros", Money(2e8, "EUR")),
    ("40 million manat", Money(4e7, "AZN")),
    ("3 billion rubles", Money(3e9, "RUB")),
    ("500 crore rupees", Money(5e9, "INR")),
    ("12 million pounds sterling", Money(1.2e7, "GBP")),
    ("1.2 trillion tenge", Money(1.2e12, "KZT")),
    ("84 cents", Money(0.84, "USD")),
    ("KSh 420 million", Money(4.2e8, "KES")),
]
REGRESSIONS = [
    ("USD34.6 million", Money(3.46e7, "USD")),  # one parser read 6,000,000
    ("USD 200", Money(200.0, "USD")),
    ("15-20 usd", Money((15.0, 20.0), "USD")),
    ("$1.2 million to $23.5 million", Money((1.2e6, 2.35e7), "USD")),
    ("$6,800–7,500", Money((6800.0, 7500.0), "USD")),
    ("5 pounds", Money(5.0, None)),  # a weight, not sterling
]


@pytest.mark.parametrize(
    "text, expected",
    SPEC + SYMBOLS_AND_WORDS + REGRESSIONS,
    ids=[c[0] for c in SPEC + SYMBOLS_AND_WORDS + REGRESSIONS],
)
def test_parse_money(text: str, expected: Money) -> None:
    money = parse_money(text, currencies=CURRENCIES, scales=SCALES, number_words=NUMBER_WORDS)
    assert money.currency == expected.currency
    assert money.value == pytest.approx(expected.value)


CONTEXT_CASES = [
    # real text (issue 9): a government's own release writes "$" for its own dollar
    ("$2.4 million", "The New Zealand Government today announced funding for Waikato schools.", "NZD"),
    ("$1 billion", "Trade between Sri Lanka and Australia grew; Australian companies invest.", "AUD"),
    ("$5 million", "The United States and New Zealand signed; the U.S. will give $5 million.", "USD"),
    ("$9,800", "Copper traded on the London Metal Exchange; Toronto miners in Canada rose.", "USD"),
    ("¥1.85 trillion", "Trade in yuan terms rose.", "CNY"),
    ("¥1.85 trillion", "The Bank of Japan held rates.", "JPY"),
    ("297 billion pesos", "The Philippines set aside funds.", "PHP"),
]


@pytest.mark.parametrize(
    "text, context, expected", CONTEXT_CASES, ids=[c[1] for c in CONTEXT_CASES]
)
def test_currency_from_context(text: str, context: str, expected: str) -> None:
    money = parse_money(
        text, currencies=CURRENCIES, scales=SCALES, number_words=NUMBER_WORDS, context=context
    )
    assert money.currency == expected


def test_parse_amount_is_the_value() -> None:
    assert (
        parse_amount(
            "$2.44 billion", currencies=CURRENCIES, scales=SCALES, number_words=NUMBER_WORDS
        )
        == 2.44e9
    )
    assert (
        parse_amount(
            "2.44 billion", currencies=CURRENCIES, scales=SCALES, number_words=NUMBER_WORDS
        )
        is None
    )


def test_sri_lankan_rupees() -> None:
    money = parse_money(
        "Rs. 10 billion",
        currencies=CURRENCIES,
        scales=SCALES,
        number_words=NUMBER_WORDS,
        context="Colombo port expansion in Sri Lanka",
    )
    assert money.currency == "LKR"


def test_rupees_in_an_indian_story_stay_inr() -> None:
    money = parse_money(
        "Rs. 10 billion",
        currencies=CURRENCIES,
        scales=SCALES,
        number_words=NUMBER_WORDS,
        context="India's exports to Sri Lanka rose; the deal is worth Rs. 10 billion",
    )
    assert money.currency == "INR"
