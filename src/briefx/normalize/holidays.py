"""Days named by a holiday ("Christmas 2025", "Easter Monday"), weekends ("this weekend"), or
counted from the last day the text resolved ("the next day"). Pure: no spaCy, no Pydantic, no I/O."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from briefx.normalize.date_values import DateReading, _Context, _month_year


def _anaphoric_day(offset: int, ctx: _Context) -> DateReading:
    """``that same day``, ``the next morning``: a day counted from the last day the text resolved."""
    if ctx.anchor_day is None:
        return DateReading(None, "comparison")
    return DateReading((date.fromisoformat(ctx.anchor_day) + timedelta(days=offset)).isoformat(), "comparison")


def _weekend(which: str | None, ctx: _Context) -> DateReading:
    """``this weekend``: the Saturday and Sunday of the reference day's week; ``last``/``next`` a week
    before/after; ``the weekend`` the coming one in a future clause, else the latest one on or
    before the reference day."""
    ref = ctx.reference
    if ref is None:
        return DateReading(None, "day")
    saturday = ref + timedelta(days=5 - ref.weekday())
    if which in ("last", "past"):
        saturday -= timedelta(weeks=1)
    elif which in ("next", "coming"):
        saturday += timedelta(weeks=1)
    elif which is None and ctx.tense != "future" and saturday > ref:
        saturday -= timedelta(weeks=1)
    return DateReading(f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}", "day")


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(rule: Any, year: int) -> date:
    """The day of a holiday rule from `lexicons/dates.json` in `year`."""
    if isinstance(rule, list):
        return date(year, rule[0], rule[1])
    if "easter" in rule:
        return easter(year) + timedelta(days=rule["easter"])
    month, weekday, nth = rule["month"], rule["weekday"], rule["nth"]
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(rule: Any, year_text: str | None, ctx: _Context) -> DateReading:
    """``Thanksgiving Day``, ``Easter 2026``: the holiday in the stated year, else the nearest one."""
    if year_text:
        return DateReading(holiday_date(rule, int(year_text)).isoformat(), "absolute")
    month = rule[0] if isinstance(rule, list) else rule.get("month", 4)
    year = _month_year(month, ctx)
    if year is None:
        return DateReading(None, "day")
    day = holiday_date(rule, year)
    if ctx.reference is not None and ctx.tense == "future" and day < ctx.reference:
        day = holiday_date(rule, year + 1)
    return DateReading(day.isoformat(), "day")
