"""Dates as real releases and wire copy write them (issue 9), on a blank pipeline."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    pytest.param("Wednesday, July 10, 2019\n\nLeaders met.", [("Wednesday, July 10, 2019", "2019-07-10")],
                 id="weekday-before-a-full-date-is-one-date"),
    pytest.param("In a report in March of last year, he said.", [("March of last year", "2019-03")],
                 id="month-of-last-year"),
    pytest.param("Construction is likely to begin later in 2026.", [("later in 2026", "2026")], id="later-in-a-year"),
    pytest.param("Sales fell since 16 February this year.", [("16 February this year", "2020-02-16")],
                 id="day-month-this-year"),
    pytest.param("Delivery begins in August\n    2021, as planned.", [("August\n    2021", "2021-08")],
                 id="month-and-year-across-a-wrapped-line"),
    pytest.param("Rates will fall by the end of next year.", [("end of next year", "2021")],
                 id="end-of-next-year-unchanged"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_real_dates(blank, text, expected):
    nlp = blank("briefx_sections", "briefx_dates")
    doc = nlp.make_doc(text)
    doc._.published = date(2020, 6, 21)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert [(s.text, s._.value) for s in doc.spans["dates"]] == expected
