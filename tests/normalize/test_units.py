"""parse_capacity and parse_percent: units, rates, SI conversion; pure, table-driven."""

from __future__ import annotations

import pytest

from briefx.normalize.units import Capacity, Percent, parse_capacity, parse_percent
from briefx.resources import load_json

NUMBER_WORDS = load_json("lexicons", "number_words.json")
SCALES = load_json("lexicons", "scale_words.json")["words"]
UNITS = load_json("lexicons", "units.json")
BCM_YR = 1e9 / (365.25 * 86400)
BBL_D = 0.158987295 / 86400

SPEC = [
    ("1,570 MW", Capacity(1570.0, "MW", 1.57e9, "W")),
    ("3 GW", Capacity(3.0, "GW", 3e9, "W")),
    ("10 bcm a year", Capacity(10.0, "bcm/yr", 10 * BCM_YR, "m3/s")),
    ("250,000 barrels per day", Capacity(250000.0, "bbl/d", 250000 * BBL_D, "m3/s")),
    ("5 million tonnes per year", Capacity(5e6, "t/yr", None, None)),
    ("2 million TEU", Capacity(2e6, "TEU", None, None)),
    ("15 bcm", Capacity(15.0, "bcm", None, None)),
]
UNIT_TABLE = [
    ("1.4GW", Capacity(1.4, "GW", 1.4e9, "W")),
    ("43–50 GW", Capacity((43.0, 50.0), "GW", (4.3e10, 5e10), "W")),
    ("5.8 TWh", Capacity(5.8, "TWh", 5.8e12, "Wh")),
    ("40 MWh", Capacity(40.0, "MWh", 4e7, "Wh")),
    ("190 kWh", Capacity(190.0, "kWh", 1.9e5, "Wh")),
    ("600 megawatts", Capacity(600.0, "MW", 6e8, "W")),
    ("3.3 million bpd", Capacity(3.3e6, "bbl/d", 3.3e6 * BBL_D, "m3/s")),
    ("10 billion cubic metres per year", Capacity(10.0, "bcm/yr", 10 * BCM_YR, "m3/s")),
    ("99,000 tonnes a year", Capacity(99000.0, "t/yr", None, None)),
    ("3 mtpa", Capacity(3e6, "t/yr", None, None)),
    ("1.5 million TEU a year", Capacity(1.5e6, "TEU/yr", None, None)),
    ("212,000 twenty-foot equivalent units", Capacity(212000.0, "TEU", None, None)),
]
REGRESSIONS = [
    ("816 000 t", Capacity(816000.0, "t", None, None)),
    ("816\u2009000 t", Capacity(816000.0, "t", None, None)),
]
NOT_CAPACITIES = ["400 kV", "500 km", "12 hectares", "5 pounds"]


@pytest.mark.parametrize(
    "text, expected",
    SPEC + UNIT_TABLE + REGRESSIONS,
    ids=[c[0] for c in SPEC + UNIT_TABLE + REGRESSIONS],
)
def test_parse_capacity(text: str, expected: Capacity) -> None:
    capacity = parse_capacity(text, units=UNITS, scales=SCALES, number_words=NUMBER_WORDS)
    assert capacity is not None
    assert (capacity.unit, capacity.si_unit) == (expected.unit, expected.si_unit)
    assert capacity.value == pytest.approx(expected.value)
    if expected.si_value is None:
        assert capacity.si_value is None
    else:
        assert capacity.si_value == pytest.approx(expected.si_value)


@pytest.mark.parametrize("text", NOT_CAPACITIES, ids=NOT_CAPACITIES)
def test_parse_capacity_refuses(text: str) -> None:
    # GOLD.md: voltage and other measures are not capacities.
    assert parse_capacity(text, units=UNITS, scales=SCALES, number_words=NUMBER_WORDS) is None


PERCENTS = [
    ("21.9%", Percent(21.9, None)),
    ("34 percent", Percent(34.0, None)),
    ("18 per cent", Percent(18.0, None)),
    ("2 percentage points", Percent(2.0, "pp")),
    ("0.3 pp", Percent(0.3, "pp")),
    ("10–12%", Percent((10.0, 12.0), None)),
    ("6–10 percent", Percent((6.0, 10.0), None)),
    ("5%-6%", Percent((5.0, 6.0), None)),
    ("five per cent", Percent(5.0, None)),
]


@pytest.mark.parametrize("text, expected", PERCENTS, ids=[c[0] for c in PERCENTS])
def test_parse_percent(text: str, expected: Percent) -> None:
    percent = parse_percent(
        text, markers=UNITS["percent"], scales=SCALES, number_words=NUMBER_WORDS
    )
    assert percent is not None
    assert percent.unit == expected.unit
    assert percent.value == pytest.approx(expected.value)


def test_parse_percent_needs_a_marker() -> None:
    assert (
        parse_percent("21.9", markers=UNITS["percent"], scales=SCALES, number_words=NUMBER_WORDS)
        is None
    )
