"""Where an ISO 8601 period value lies relative to a day. Pure: no spaCy, no Pydantic, no I/O."""

from __future__ import annotations

import re
from datetime import date

_START = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _bounds(value: str) -> tuple[date, int] | None:
    """The first day of a value and the year of its end: `2016/2017` -> (2016-01-01, 2017)."""
    first, _, last = value.partition("/")
    start = _START.match(first)
    end = _START.match(last or first)
    if start is None or end is None:
        return None
    year, month, day = start.groups()
    return date(int(year), int(month or 1), int(day or 1)), int(end.group(1))


def lies_ahead(value: str | None, *, published: date) -> bool:
    """Whether a period lies after the publication day: it starts later (`2030`, `2026-09` in a text of
    May 2026), or it starts in the publication year and ends in a later one (`2016/2017`, the fiscal
    year 2016/17, in a budget release of May 2016). The current year (`2026` in 2026) does not lie ahead."""
    if value is None:
        return False
    bounds = _bounds(value)
    if bounds is None:
        return False
    start, end_year = bounds
    return start > published or (start.year >= published.year and end_year > published.year)
