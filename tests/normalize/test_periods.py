"""lies_ahead: a period after the publication day makes a figure's value a plan or forecast."""

from __future__ import annotations

from datetime import date

import pytest

from briefx.normalize.periods import lies_ahead

PUBLISHED = date(2016, 5, 26)

# (value, expected)
CASES = [
    ("2030", True),
    ("2016/2017", True),  # the fiscal year 2016/17 in a budget release of May 2016
    ("2017-03", True),
    ("2016-09-01", True),
    ("2016", False),  # the current year: a level so far or a forecast, the text must say
    ("2015/2016", False),
    ("2010/2020", False),
    ("2016-05-26", False),
    ("2016-W20", False),
    ("P3Y", False),
    (None, False),
]


@pytest.mark.parametrize("value, expected", CASES, ids=[str(c[0]) for c in CASES])
def test_lies_ahead(value, expected):
    assert lies_ahead(value, published=PUBLISHED) is expected
