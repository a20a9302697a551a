"""briefx_capacity on a blank pipeline: power, energy, flow and volume units."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.conftest import blank_pipeline

Row = tuple[str, object, str, object, str | None, str | None]
BBL_D = 0.158987295 / 86400
BCM_YR = 1e9 / (365.25 * 86400)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_pipeline("briefx_capacity")


def capacities(nlp: Language, text: str) -> list[Row]:
    doc = nlp(text)
    return [
        (s.text, s._.value, s._.unit, s._.si_value, s._.si_unit, s._.qualifier)
        for s in doc.spans["figures"]
    ]


SPEC = [
    ("Five plants total 1,570 MW.", [("1,570 MW", 1570.0, "MW", 1.57e9, "W", None)]),
    ("It is a 240 MW facility.", [("240 MW", 240.0, "MW", 2.4e8, "W", None)]),
    ("A 3 GW solar panel plant is planned.", [("3 GW", 3.0, "GW", 3e9, "W", None)]),
    (
        "The pipe carries 10 bcm a year.",
        [("10 bcm a year", 10.0, "bcm/yr", 10 * BCM_YR, "m3/s", None)],
    ),
    (
        "The field pumps 250,000 barrels per day.",
        [("250,000 barrels per day", 250000.0, "bbl/d", 250000 * BBL_D, "m3/s", None)],
    ),
    (
        "A mill of 5 million tonnes per year.",
        [("5 million tonnes per year", 5e6, "t/yr", None, None, None)],
    ),
    ("The port handled 2 million TEU.", [("2 million TEU", 2e6, "TEU", None, None, None)]),
    ("Exports reached 15 bcm in 2022.", [("15 bcm", 15.0, "bcm", None, None, None)]),
    ("A 1.4GW wind farm.", [("1.4GW", 1.4, "GW", 1.4e9, "W", None)]),
    (
        "It will make about 5.8 TWh of power a year.",
        [("5.8 TWh", 5.8, "TWh", 5.8e12, "Wh", "approx")],
    ),
    ("Targets of 43–50 GW stand.", [("43–50 GW", (43.0, 50.0), "GW", (4.3e10, 5e10), "W", None)]),
    (
        "Output was around 3.3 million bpd.",
        [("3.3 million bpd", 3.3e6, "bbl/d", 3.3e6 * BBL_D, "m3/s", "approx")],
    ),
]
REGRESSIONS = [
    (
        "A 20 MW/40 MWh battery is paired.",
        [("20 MW", 20.0, "MW", 2e7, "W", None), ("40 MWh", 40.0, "MWh", 4e7, "Wh", None)],
    ),
    ("Imports were 816 000 t last season.", [("816 000 t", 816000.0, "t", None, None, None)]),
    ("A 400 kV line links the grids.", []),
    ("A 500 km road.", []),
]


@pytest.mark.parametrize(
    "text, expected", SPEC + REGRESSIONS, ids=[c[0] for c in SPEC + REGRESSIONS]
)
def test_capacity(nlp: Language, text: str, expected: list[Row]) -> None:
    assert_rows(capacities(nlp, text), expected)


def assert_rows(found: list[Row], expected: list[Row]) -> None:
    assert [row[0] for row in found] == [row[0] for row in expected]
    for got, want in zip(found, expected, strict=True):
        assert got[1] == pytest.approx(want[1])
        assert got[2] == want[2]
        assert got[3] == (None if want[3] is None else pytest.approx(want[3]))
        assert got[4:] == want[4:]


# Real releases (issue 9; real dev and unseen odd-year text): a tonnage that weighs one thing is no
# capacity; a commodity's tonnage still is. Cases written after their shape.
MASS = [
    pytest.param("Each of the carved stones can weigh about twelve tons.", [], id="weighs-one-thing"),
    pytest.param("Heavy trucks may carry loads of up to 48 tonnes on the new bridge.", [], id="load-limit"),
    pytest.param("The rule would allow vehicles of up to around 52 tonnes on approved routes.", [],
                 id="vehicle-mass"),
    pytest.param("Stock limits of 2,500 tonnes apply to traders.", ["2,500 tonnes"], id="large-tonnage-stays"),
    pytest.param("Its pilot plant produced 1,200 tonnes in the first half.", ["1,200 tonnes"], id="production-stays"),
    pytest.param("The route will carry up to 16 tonnes of cargo per flight.", ["16 tonnes"], id="no-mass-cue-stays"),
    # US trade fact sheets (unseen odd-year White House text): metric tons written 'mt', millions of them 'MMT'
    pytest.param("Buyers will take 30 MMT of wheat and a quota of 8,000 mt of pork.", ["30 MMT", "8,000 mt"],
                 id="metric-tons-abbreviated"),
]


@pytest.mark.parametrize("text, expected", MASS)
def test_mass_is_no_capacity(nlp: Language, text: str, expected: list[str]) -> None:
    assert [row[0] for row in capacities(nlp, text)] == expected


# Stop 28, unseen odd-year releases (Australian PM water and recycling releases, NZ drought aid and waste
# grants): litres and megalitres with a rate are flows, and what is measured may stand between the unit
# and the rate; a volume with no rate is no capacity. Cases written after their shape.
ML_YR = 1000 / (365.25 * 86400)
L_D = 0.001 / 86400
VOLUMES_WITH_A_RATE = [
    pytest.param("Savings reach up to 12 000 megalitres of water a year.",
                 [("12 000 megalitres of water a year", 12000.0, "ML/yr", 12000 * ML_YR, "m3/s", "under")],
                 id="megalitres-of-water-a-year"),
    pytest.param("The scheme cuts groundwater use by 4,200 megalitres per year.",
                 [("4,200 megalitres per year", 4200.0, "ML/yr", 4200 * ML_YR, "m3/s", None)],
                 id="megalitres-per-year"),
    pytest.param("Plants make 150 megalitres (ML) of ethanol per annum, and 150 ML per annum more later.",
                 [("150 megalitres (ML) of ethanol per annum", 150.0, "ML/yr", 150 * ML_YR, "m3/s", None),
                  ("150 ML per annum", 150.0, "ML/yr", 150 * ML_YR, "m3/s", None)],
                 id="abbreviation-in-brackets-and-the-abbreviation"),
    pytest.param("Two units produce a combined 18,000 litres a day.",
                 [("18,000 litres a day", 18000.0, "L/d", 18000 * L_D, "m3/s", None)], id="litres-a-day"),
    pytest.param("Towns send 4200 tonnes of green waste each year to landfill.",
                 [("4200 tonnes of green waste each year", 4200.0, "t/yr", None, None, None)],
                 id="tonnes-of-a-commodity-each-year"),
    pytest.param("The terminal will ship 2 million tonnes of LNG per year.",
                 [("2 million tonnes of LNG per year", 2e6, "t/yr", None, None, None)], id="tonnes-of-lng-per-year"),
    pytest.param("It beat the 250 megalitres target and saved 90,000 litres within a year.", [],
                 id="volumes-with-no-rate"),
]


@pytest.mark.parametrize("text, expected", VOLUMES_WITH_A_RATE)
def test_volume_with_a_rate(nlp: Language, text: str, expected: list[Row]) -> None:
    assert_rows(capacities(nlp, text), expected)


# Stop 29, unseen odd-year releases (an Australian PM water release): "between A and B <unit>" is one range
# whose bare low end takes the unit of the high end (GOLD.md: a range of figures is one span).
GL_YR = 1e6 / (365.25 * 86400)
BETWEEN = [
    pytest.param("The works save between 7 and 10 gigalitres per annum.",
                 [("7 and 10 gigalitres per annum", (7.0, 10.0), "GL/yr", (7 * GL_YR, 10 * GL_YR), "m3/s", None)],
                 id="bare-low-end-takes-the-unit"),
    pytest.param("Mills ship between 2 and 3 million tonnes a year.",
                 [("2 and 3 million tonnes a year", (2e6, 3e6), "t/yr", None, None, None)],
                 id="bare-low-end-takes-the-scale"),
    pytest.param("Output rose from 7 to 10 gigalitres per annum.",
                 [("10 gigalitres per annum", 10.0, "GL/yr", 10 * GL_YR, "m3/s", None)],
                 id="a-change-from-a-bare-number-is-no-range"),
]


@pytest.mark.parametrize("text, expected", BETWEEN)
def test_between_range(nlp: Language, text: str, expected: list[Row]) -> None:
    assert_rows(capacities(nlp, text), expected)
