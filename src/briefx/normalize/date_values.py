"""The values of date expressions: the reading and its context, ISO 8601 arithmetic,
holidays, and the period readers `briefx.normalize.dates.read_date` dispatches to.

Pure: no spaCy, no Pydantic, no I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

Kind = Literal["absolute", "relative", "comparison", "duration", "day"]
Tense = Literal["past", "future"] | None
"""How a reading was obtained.

``absolute``: the text states the year. ``relative``: resolved against the
reference date or year. ``comparison``: resolved against the previous period
(an anaphor). ``duration``: a length of time or rolling period, always null.
``day``: a day or week resolved against the reference date.
"""


@dataclass(frozen=True)
class DateLexicon:
    """Word tables the normaliser needs, keyed in lower case."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    seasons: frozenset[str]
    holidays: Mapping[str, Any] = field(default_factory=dict)
    anaphoric_days: Mapping[str, int] = field(default_factory=dict)
    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()

    @classmethod
    def from_tables(cls, tables: Mapping[str, Any]) -> DateLexicon:
        """Build from the parsed `lexicons/dates.json`."""
        return cls(
            months=dict(tables["months"]),
            weekdays=dict(tables["weekdays"]),
            numbers=dict(tables["numbers"]),
            ordinals=dict(tables["ordinals"]),
            seasons=frozenset(tables["seasons"]),
            holidays=dict(tables.get("holidays", {})),
            anaphoric_days=dict(tables.get("anaphoric_days", {})),
            rewrites=tuple((re.compile(pattern), repl) for pattern, repl in tables.get("rewrites", ())),
        )


@dataclass(frozen=True)
class DateReading:
    """The ISO 8601 value of a date expression (None when unknown) and how it was read."""

    value: str | None
    kind: Kind

    @property
    def is_period(self) -> bool:
        """True for a year, month or month range: a period later anaphors can refer to."""
        if self.value is None or "W" in self.value:
            return False
        return all(part.count("-") <= 1 for part in self.value.split("/"))


@dataclass(frozen=True)
class _Context:
    reference: date | None
    year: int | None
    anchor: str | None
    anchor_open: bool
    future: bool
    floor: date | None
    anchor_day: str | None = None
    tense: Tense = None
    happened: bool = False
    anchor_quarter: str | None = None


_ISO_PART = re.compile(r"(\d{4})((?:-\d{2}){0,2})")
_NUMERAL = re.compile(r"\d+(?:\.\d+)?")
_FISCAL = re.compile(r"^(\d{4})/(\d{4})$")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _interval(start: str, end: str) -> str:
    return start if start == end else f"{start}/{end}"


def _week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def nearest_year(
    month: int,
    *,
    reference: date | None,
    year: int | None,
    future: bool = False,
    floor: date | None = None,
    past: bool = False,
) -> int | None:
    """The year of a month named without one.

    With a reference date: the occurrence of `month` nearest to it, after it for
    future-tense statements, leaning to the past otherwise (a penalty for a month ahead,
    three months within the year, seven into the next: "July" said in March with no cue
    stays in the same year, as real releases mean it (issue 9, round 6: 11 of the 15
    later months in real dev, the other 4 with a past cue), but "since January" said in October is this January,
    not next, and "December" said in February is last year's). Without one: `year`,
    except that a future month before the `floor` month (the latest past event the
    text reports) falls in the next year. `past` (the clause says the event happened:
    ``sales fell in February``) rules out a month after the reference month.
    """
    if reference is None:
        if future and year is not None and floor is not None and floor.year == year:
            return year + 1 if month < floor.month else year
        return year

    def cost(candidate: int) -> tuple[int, int]:
        delta = (candidate - reference.year) * 12 + month - reference.month
        if future:
            return (abs(delta) + 24 if delta < 0 else delta), -candidate
        ahead = (3 if candidate == reference.year else 7) if delta > 0 else 0
        return abs(delta) + ahead + (100 if past and delta > 0 else 0), candidate

    return min((reference.year - 1, reference.year, reference.year + 1), key=cost)


def resolve_weekday(
    weekday: int, *, reference: date, future: bool = False, tense: Tense = "past", which: str | None = None
) -> date:
    """The day a weekday (0 = Monday) names, seen from `reference`.

    ``next``/``last`` are strictly after/before the reference. Otherwise the tense
    decides: the weekday on or after the reference for the future, on or before it
    for the past or with no cue (so the publication's own weekday is that very day).
    `future` is the older spelling of ``tense="future"``.
    """
    ahead = (weekday - reference.weekday()) % 7
    if which == "next":
        return reference + timedelta(days=ahead or 7)
    if which == "last":
        return reference - timedelta(days=(7 - ahead) % 7 or 7)
    if future or tense == "future":
        return reference + timedelta(days=ahead)
    return reference - timedelta(days=(7 - ahead) % 7)


def shift_years(value: str, years: int) -> str | None:
    """Move every part of an ISO year, month, day or interval value by `years`."""
    parts = []
    for part in value.split("/"):
        match = _ISO_PART.fullmatch(part)
        if match is None:
            return None
        parts.append(f"{int(match[1]) + years:04d}{match[2]}")
    return "/".join(parts)


def infer_year(mentions: Iterable[tuple[int, float]]) -> int | None:
    """The year an undated article is about, from weighted explicit year mentions.

    Each mention is ``(year, weight)``; the component gives full weight to years
    stated as when something happened (``in 2025``, ``2025 saw``), half weight to
    future-tense ones and none to targets and starting points (``by 2030``,
    ``since 2012``) or ranges (``2027–2030``). The year with the highest total
    wins; a tie goes to the latest year, because reports cite older years as
    comparisons (``up from 2024``) while their subject is the newest.
    """
    totals: dict[int, float] = defaultdict(float)
    for year, weight in mentions:
        if weight > 0:
            totals[year] += weight
    if not totals:
        return None
    return max(totals, key=lambda year: (totals[year], year))


def _number(word: str | None, lexicon: DateLexicon) -> float | None:
    if word is None:
        return None
    word = word.removeprefix("a ").strip()
    if _NUMERAL.fullmatch(word):
        return float(word)
    if word in lexicon.numbers:
        return float(lexicon.numbers[word])
    return None


def _anchor_end(anchor: str) -> tuple[int, int | None]:
    end = anchor.split("/")[-1]
    year, _, rest = end.partition("-")
    return int(year), int(rest[:2]) if rest else None


def _year_of(word: str | None, ctx: _Context) -> tuple[int | None, Kind]:
    """Resolve the year named by `2026`, `the year`, `this year`, `next year`, `last year`."""
    if word is None or word == "the year":
        return ctx.year, "relative"
    if word.isdigit():
        return int(word), "absolute"
    if "financial" in word or "fiscal" in word:
        return None, "relative"
    offset = {"this year": 0, "next year": 1, "last year": -1}[word]
    return _deictic_year(offset, ctx), "relative"


def _deictic_year(offset: int, ctx: _Context) -> int | None:
    """``this``/``next``/``last year``: against the reference date, else the article's year.

    With only an inferred year, ``last year`` and ``next year`` are read as the
    years around the one reported (corpus: ``in 2025 … last year`` → 2024), but
    ``this year`` stays null: a report about 2025 may be written in 2026 (GOLD seed).
    """
    if ctx.reference is not None:
        return ctx.reference.year + offset
    if offset and ctx.year is not None:
        return ctx.year + offset
    return None


def _relative(which: str, unit: str, plural: bool, ctx: _Context) -> DateReading:
    if plural or unit in ("decade", "century"):
        return DateReading(None, "duration")  # GOLD.md: "the coming years" is null
    ref = ctx.reference
    if which in ("previous", "preceding", "following"):
        if ctx.anchor_open:
            return DateReading(None, "comparison")
        step = 1 if which == "following" else -1
        if unit == "year" and ctx.anchor and _FISCAL.match(ctx.anchor):
            return DateReading(shift_years(ctx.anchor, step), "comparison")
        if unit == "year":
            base = _anchor_end(ctx.anchor)[0] if ctx.anchor else ctx.year
            return DateReading(_iso(base + step) if base else None, "comparison")
        if unit == "month" and ctx.anchor and _anchor_end(ctx.anchor)[1]:
            year, month = _add_months(*_anchor_end(ctx.anchor), step)  # type: ignore[arg-type]
            return DateReading(_iso(year, month), "comparison")
        return DateReading(None, "comparison")
    if which == "past":
        # "the past year" in an undated review names the year under review (GOLD seed);
        # with a publication date it is a rolling twelve months, like "the past decade".
        if unit == "year" and ref is None and ctx.year is not None:
            return DateReading(_iso(ctx.year), "relative")
        return DateReading(None, "duration")
    if which == "coming" and unit == "year" and ref is not None:
        return DateReading(None, "duration")  # "over the coming year": twelve rolling months, like "the past year"
    step = {"this": 0, "current": 0, "last": -1, "next": 1, "coming": 1}[which]
    if unit == "year":
        deictic = _deictic_year(step, ctx)
        return DateReading(_iso(deictic) if deictic else None, "relative")
    if ref is None:
        return DateReading(None, "day" if unit == "week" else "relative")
    if unit == "month":
        return DateReading(_iso(*_add_months(ref.year, ref.month, step)), "relative")
    if unit == "week":
        return DateReading(_week(ref + timedelta(weeks=step)), "day")
    quarter = (ref.month - 1) // 3 + 3 * ref.year + step
    year, first = quarter // 3, quarter % 3 * 3 + 1
    return DateReading(_interval(_iso(year, first), _iso(year, first + 2)), "relative")


def _anchor_year(ctx: _Context) -> int | None:
    """The year of the last period mentioned, when it is a single past or present year."""
    if ctx.anchor is None or ctx.anchor_open or _FISCAL.match(ctx.anchor):
        return None
    first, last = _anchor_end(ctx.anchor.split("/")[0])[0], _anchor_end(ctx.anchor)[0]
    if first != last or (ctx.year is not None and last > ctx.year):
        return None
    return last


def _not_begun(unit: str, n: int, year: int, ctx: _Context) -> bool:
    """A bare quarter or half reported in the past that starts after the reference date."""
    if ctx.reference is None or ctx.tense != "past" or year != ctx.reference.year or n < 1:
        return False
    first_month = (n - 1) * (3 if unit == "quarter" else 6) + 1
    return first_month > ctx.reference.month


def is_quarter(value: str | None) -> bool:
    """Whether an ISO value is one calendar quarter (``2025-07/2025-09``)."""
    if value is None or not (match := re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", value)):
        return False
    return match[1] == match[3] and int(match[4]) - int(match[2]) == 2 and int(match[2]) % 3 == 1


def _month_year(month: int, ctx: _Context) -> int | None:
    return nearest_year(
        month, reference=ctx.reference, year=ctx.year, future=ctx.future, floor=ctx.floor, past=ctx.happened
    )


def _iso_day(reference: date | None, offset: int) -> str | None:
    return (reference + timedelta(days=offset)).isoformat() if reference else None


def _year_range(match: re.Match[str]) -> str | None:
    first, sep, second = int(match[1]), match[2], match[3]
    if len(second) == 2:
        last = first // 100 * 100 + int(second)
        if last == first + 1:
            return f"{first}/{last}"  # fiscal year 2024/25, 2012–13
        if sep == "-" and 1 <= int(second) <= 12:
            return _iso(first, int(second))  # ISO month 2026-03
        return None
    return f"{first}/{int(second)}" if int(second) > first else None


def _quarter(code: str, n: int, year: int) -> str | None:
    size = 3 if code == "q" else 6
    count = 12 // size
    n = count if n == -1 else n
    if not 1 <= n <= count:
        return None
    first = (n - 1) * size + 1
    return _interval(_iso(year, first), _iso(year, first + size - 1))


def _year_to(match: re.Match[str], months: Mapping[str, int], ctx: _Context) -> DateReading:
    if match[1] == "date":
        if ctx.anchor and (end := _anchor_end(ctx.anchor))[1]:
            year, month = end
        elif ctx.reference:
            year, month = ctx.reference.year, ctx.reference.month
        else:
            return DateReading(None, "comparison")
        return DateReading(_interval(_iso(year, 1), _iso(year, month)), "comparison")  # type: ignore[arg-type]
    month = months.get(match[2])
    if month is None:
        return DateReading(None, "relative")
    explicit = match[3] is not None
    year = int(match[3]) if explicit else nearest_year(month, reference=ctx.reference, year=ctx.year, future=False)
    if year is None:
        return DateReading(None, "relative")
    start = _add_months(year, month, -11)
    return DateReading(_interval(_iso(*start), _iso(year, month)), "absolute" if explicit else "relative")


def _months_to(count: float | None, month: int, year_text: str | None, ctx: _Context) -> DateReading:
    """ "the three months to September": the months ending with the named one (a reported past)."""
    year = int(year_text) if year_text else nearest_year(month, reference=ctx.reference, year=ctx.year)
    if year is None or count is None or not 1 <= count <= 24 or count != int(count):
        return DateReading(None, "relative")
    start = _add_months(year, month, 1 - int(count))
    return DateReading(_interval(_iso(*start), _iso(year, month)), "absolute" if year_text else "relative")


def _days(
    month: int,
    day: int,
    end_month: int | None,
    end_day: int | None,
    year_text: str | None,
    ctx: _Context,
) -> DateReading:
    if year_text:
        year: int | None = int(year_text)
        kind: Kind = "absolute"
    else:
        year = _month_year(month, ctx)
        kind = "day"
    if year is None or not _valid_day(year, month, day):
        return DateReading(None, kind)
    start = _iso(year, month, day)
    if end_month is None or end_day is None:
        return DateReading(start, kind)
    end_year = year + 1 if end_month < month else year
    if not _valid_day(end_year, end_month, end_day):
        return DateReading(None, kind)
    return DateReading(_interval(start, _iso(end_year, end_month, end_day)), kind)


def _month_range(first: int, first_year: str | None, last: int, last_year: str | None, ctx: _Context) -> DateReading:
    kind: Kind = "absolute" if last_year or first_year else "relative"
    if last_year:
        end = int(last_year)
    elif first_year:
        end = int(first_year) + (1 if last < first else 0)
    else:
        resolved = _month_year(last, ctx)
        if resolved is None:
            return DateReading(None, kind)
        end = resolved
    start = int(first_year) if first_year else end - (1 if first > last else 0)
    return DateReading(_interval(_iso(start, first), _iso(end, last)), kind)


def _month(month: int, year_text: str | None, relative: str | None, ctx: _Context) -> DateReading:
    if year_text:
        return DateReading(_iso(int(year_text), month), "absolute")
    if relative:
        year = _deictic_year({"this": 0, "next": 1, "last": -1}[relative], ctx)
        return DateReading(_iso(year, month) if year else None, "relative")
    year = _month_year(month, ctx)
    return DateReading(_iso(year, month) if year else None, "relative")


def _named_month(which: str, month: int, ctx: _Context) -> DateReading:
    """``last March``: the latest March before the reference; ``next March`` the first after."""
    ref = ctx.reference
    if ref is None:
        return DateReading(None, "relative")
    if which == "this":
        return DateReading(_iso(_month_year(month, ctx) or ref.year, month), "relative")
    if which == "last":
        return DateReading(_iso(ref.year if month < ref.month else ref.year - 1, month), "relative")
    return DateReading(_iso(ref.year if month > ref.month else ref.year + 1, month), "relative")


def _same_period(unit: str, year_text: str | None, ctx: _Context) -> DateReading:
    if ctx.anchor_open:
        return DateReading(None, "comparison")
    if ctx.anchor is None:
        base = int(year_text) if year_text else (ctx.year - 1 if ctx.year else None)
        return DateReading(_iso(base) if base else None, "comparison")
    anchor_year, anchor_month = _anchor_end(ctx.anchor)
    offset = int(year_text) - anchor_year if year_text else -1
    if unit == "month" and anchor_month:
        return DateReading(_iso(anchor_year + offset, anchor_month), "comparison")
    return DateReading(shift_years(ctx.anchor, offset), "comparison")


def _earlier(unit: str, ctx: _Context) -> DateReading:
    if ctx.anchor_open:
        return DateReading(None, "comparison")
    if ctx.anchor is not None:
        if unit == "year":
            return DateReading(shift_years(ctx.anchor, -1), "comparison")
        year, month = _anchor_end(ctx.anchor)
        if unit == "month" and month:
            return DateReading(_iso(*_add_months(year, month, -1)), "comparison")
        return DateReading(None, "comparison")
    if ctx.reference is None:
        return DateReading(None, "comparison")
    if unit == "year":
        return DateReading(_iso(ctx.reference.year - 1), "comparison")
    if unit == "month":
        year, month = _add_months(ctx.reference.year, ctx.reference.month, -1)
        return DateReading(_iso(year, month), "comparison")
    return DateReading(_week(ctx.reference - timedelta(weeks=1)), "day")


def _shifted(unit: str, count: float, step: int, ctx: _Context) -> DateReading:
    """Whole years before or after the year of the last period named (``four years earlier``); else null."""
    if unit != "year" or count != int(count) or not ctx.anchor or ctx.anchor_open:
        return DateReading(None, "comparison")
    return DateReading(_iso(_anchor_end(ctx.anchor)[0] + step * int(count)), "comparison")


def _duration(match: re.Match[str], lexicon: DateLexicon, ctx: _Context) -> DateReading:
    count = _number(match[1], lexicon)
    if count is None:
        return DateReading(None, "relative")
    if not match[4] or match[2]:
        return DateReading(None, "duration")  # GOLD.md: bare durations are null
    if match[4] != " ago":  # "four years earlier", "two days later": counted from the period named before
        return _shifted(match[3], count, -1 if match[4] == " earlier" else 1, ctx)
    ref, unit, n = ctx.reference, match[3], int(count)
    if ref is None or count != n:
        return DateReading(None, "relative")
    if unit == "year":
        return DateReading(_iso(ref.year - n), "relative")
    if unit == "month":
        return DateReading(_iso(*_add_months(ref.year, ref.month, -n)), "relative")
    if unit == "week":
        return DateReading(_week(ref - timedelta(weeks=n)), "day")
    if unit == "day":
        return DateReading((ref - timedelta(days=n)).isoformat(), "day")
    return DateReading(None, "duration")
