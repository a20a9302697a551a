"""Resolve date expressions to ISO 8601 values (GOLD.md DATE rules).

Pure: no spaCy, no Pydantic, no I/O. The word tables (months, weekdays, number
words, ordinals) come in a `DateLexicon` built by the component from
`models/lexicons/dates.json`.

Three kinds of context decide a relative value:

- ``reference``: the day the article was written (its published date). Deictic
  expressions -- ``this year``, ``end of the year``, ``last month``, ``today``,
  weekdays -- need it; without it they are null, because an article about a year
  may be written during that year or after it (GOLD seed: ``this year`` → null).
- ``year``: the year the article is about (published or inferred). Bare months,
  quarters and ``later in the year`` resolve against it.
- ``anchor``: the value of the last calendar period the text mentioned.
  Anaphors -- ``the previous year``, ``the same period last year``, ``a year
  earlier``, ``year to date`` -- resolve against it. ``anchor_open`` says that
  the last period was a duration (``the next 12 months``); an anaphor of a rolling
  period is rolling too, so its value is null.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
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


_PART = (
    r"(?:early|mid|late|(?:end|beginning|start|middle|close) of"
    r"|(?:first|second|third|fourth|last|final) (?:week|fortnight|half) of)"
)
_ORD = r"(?:st|nd|rd|th)?"
_JOIN = r"(?: ?- ?| to | until | through | till | and )"
_DAY_PART = r"(?: (?:morning|afternoon|evening|night))?"

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-?w(\d{2})$")
_YEAR_RANGE = re.compile(
    r"^(?:(?:fiscal|financial)(?: year)? ?|fy ?)?(\d{4})(?: ?(-|/) ?| to | until | through | and )"
    r"(\d{4}|\d{2})(?: (?:academic|financial|fiscal|school|marketing|crop|budget) year)?$"
)
_YEAR = re.compile(
    r"^(?:(?:early|mid|late|(?:end|beginning|start|middle|close) of"
    r"|spring|summer|autumn|winter)(?: of)?[ -]|(?:fiscal|financial)(?: year)? |fy ?)?(\d{4})$"
)
_DECADE = re.compile(r"^(?:(?:early|mid|late)[ -])?(\d{4})s$")
_QUARTER_CODE = re.compile(r"^(q[1-4]|h[12]) ?(\d{4})$")
_QUARTER = re.compile(
    r"^([a-z0-9]+) (quarter|half)(?: of)?"
    r"(?: (\d{4}|the year|this year|next year|last year|the (?:financial|fiscal) year))?$"
)
_FIRST_MONTHS = re.compile(
    r"^(first|last) ([a-z0-9]+) (days|weeks|months|years)(?: of"
    r" (\d{4}|the year|this year|next year|last year|the (?:financial|fiscal) year))?$"
)
_MONTH_QUARTER = re.compile(r"^([a-z]+) quarter(?: of (\d{4}))?$")
_NAMED_MONTH = re.compile(r"^(last|next|this) ([a-z]+)$")
_YEAR_TO = re.compile(r"^(?:(?:fiscal|financial) )?year to (date|([a-z]+)(?: (\d{4}))?)$")
_DAY_RANGE_MD = re.compile(rf"^([a-z]+) (\d{{1,2}}){_ORD}{_JOIN}(?:([a-z]+) )?(\d{{1,2}}){_ORD}(?: (\d{{4}}))?$")
_DAY_RANGE_DM = re.compile(rf"^(\d{{1,2}}){_ORD}{_JOIN}(\d{{1,2}}){_ORD} ([a-z]+)(?: (\d{{4}}))?$")
_DATE_MD = re.compile(rf"^([a-z]+) (\d{{1,2}}){_ORD}(?: (\d{{4}}))?$")
_DATE_DM = re.compile(rf"^(\d{{1,2}}){_ORD} (?:of )?([a-z]+)(?: (\d{{4}}))?$")
_MONTH_RANGE = re.compile(rf"^(?:{_PART} )?([a-z]+)(?: (\d{{4}}))?{_JOIN}(?:{_PART} )?([a-z]+)(?: (\d{{4}}))?$")
_MONTH = re.compile(rf"^(?:{_PART} )?([a-z]+)(?: (\d{{4}})| (next|last|this) year)?$")
_RELATIVE = re.compile(
    r"^(?:earlier |later )?(this|last|next|previous|past|coming|current|preceding|following)"
    r" (year|month|week|quarter|decade|century)(s?)$"
)
_RELATIVE_COUNT = re.compile(
    r"^(?:next|past|last|coming|previous|recent|following|preceding)(?: [a-z0-9.]+)?"
    r" (?:days|weeks|months|years|decades)$"
)
_SAME_PERIOD = re.compile(
    r"^same (period|month|quarter|week|time|day|season) (?:of |in )?"
    r"(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior) year|(\d{4}))$"
)
_EARLIER = re.compile(r"^(year|month|week) (?:earlier|before|ago)$")
_IN_THE = re.compile(r"^(?:(?:later|earlier) in the|full) (year|month|week)$")
_CONSECUTIVE = re.compile(r"^([a-z0-9]+) (?:consecutive|straight|successive|running) (year|month|quarter)$")
_EDGE_OF = re.compile(r"^(?:end|close|start|beginning|middle) of (the|this|next|last) (year|month|week)$")
_DAY_WORD = re.compile(rf"^(today|tonight|yesterday|tomorrow|this){_DAY_PART}$")
_WEEKDAY = re.compile(rf"^(?:(last|next|this) )?([a-z]+){_DAY_PART}$")
_DURATION = re.compile(
    r"^((?:a )?[a-z]+|\d+(?:\.\d+)?)(?: ?(?:-|to|or) ?([a-z]+|\d+(?:\.\d+)?))?"
    r" (day|week|month|year|decade|centur(?:y|ie))s?( ago)?$"
)
_VAGUE = re.compile(r"^(?:(?:days|weeks|months|years|decades|centuries)(?: ago)?|decade)$")
_SEASON = re.compile(r"^(?:(?:this|last|next|coming|early|late) )?([a-z]+)$")
_DASHES = re.compile(r"[–—−]")
_ABBREVIATION_DOT = re.compile(r"(?<=[a-z])\.")
_SPACES = re.compile(r"\s+")
_ISO_PART = re.compile(r"(\d{4})((?:-\d{2}){0,2})")
_NUMERAL = re.compile(r"\d+(?:\.\d+)?")
_DETERMINER = re.compile(r"^(?:the|a|an) ")
_HYPHENED_PERIOD = re.compile(r"(?<=[a-z0-9])-(?=quarter\b|half\b)")
_YEAR_AGO = re.compile(r"^year ?- ?ago ([a-z]+)$")
_TRAILING_YEAR = re.compile(r"^(.*?)(?: (\d{4}))?$")
_APOSTROPHES = re.compile(r"[’‘`]")
_FISCAL = re.compile(r"^(\d{4})/(\d{4})$")


def _clean(text: str) -> str:
    text = _APOSTROPHES.sub("'", _DASHES.sub("-", text.lower()))
    text = _HYPHENED_PERIOD.sub(" ", text)
    text = _ABBREVIATION_DOT.sub("", text).replace(",", " ")
    text = _SPACES.sub(" ", text).strip()
    return _DETERMINER.sub("", text)


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
    future-tense statements, leaning to the past otherwise (a seven-month penalty
    for a month ahead: "December" said in November stays in the same year, but
    "since January" said in October is this January, not next). Without one: `year`,
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
        return abs(delta) + (7 if delta > 0 else 0) + (100 if past and delta > 0 else 0), candidate

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


def read_date(
    text: str,
    *,
    lexicon: DateLexicon,
    reference: date | None = None,
    year: int | None = None,
    anchor: str | None = None,
    anchor_open: bool = False,
    future: bool = False,
    floor: date | None = None,
    parse_day: Callable[[str], str | None] | None = None,
    anchor_day: str | None = None,
    tense: Tense = None,
    happened: bool = False,
    anchor_quarter: str | None = None,
) -> DateReading:
    """Read a date expression such as ``late August to early September``.

    Args:
        text: the expression as written (a leading determiner is ignored).
        lexicon: month, weekday and number words.
        reference: the day the article was written, when known.
        year: the year the article is about (``reference.year`` when published).
        anchor: ISO value of the last calendar period mentioned before `text`.
        anchor_open: the last period mentioned was a duration or rolling period.
        future: the sentence speaks of the future (``will meet on Friday``).
        floor: with no reference, the latest past day the text reports (see `nearest_year`).
        parse_day: reads a single day written with its year ("3 March 2026") to ISO;
            the component passes dateparser's reading, the patterns are the fallback.
        anchor_day: ISO value of the last single day resolved before `text`
            (``that same day``, ``the next morning`` count from it).
        tense: the tense of the clause around `text` ("past", "future" or None when
            no cue says); weekdays and bare quarters read it.
        happened: the text says the period has begun (``since January``): a month
            after the reference month is last year's.
        anchor_quarter: ISO value of the last quarter mentioned (``the quarter`` is it).
    """
    ctx = _Context(
        reference, year, anchor, anchor_open, future, floor, anchor_day, "future" if future else tense, happened,
        anchor_quarter,
    )
    t = _clean(text)
    for pattern, repl in lexicon.rewrites:  # "wednesday july 10 2019" -> "july 10 2019"
        t = pattern.sub(repl, t)
    months = lexicon.months

    if match := _ISO.match(t):
        y, m, d = (int(g) for g in match.groups())
        return DateReading(_iso(y, m, d) if _valid_day(y, m, d) else None, "absolute")
    if match := _ISO_WEEK.match(t):
        valid = 1 <= int(match[2]) <= date(int(match[1]), 12, 28).isocalendar().week
        return DateReading(f"{match[1]}-W{match[2]}" if valid else None, "absolute")
    if match := _YEAR_RANGE.match(t):
        return DateReading(_year_range(match), "absolute")
    if match := _YEAR.match(t):
        return DateReading(match[1], "absolute")
    if match := _DECADE.match(t):
        # "the 1980s" → 1980/1989 (the coarsest precision the text gives); "the early 1980s" is vaguer: null
        first = int(match[1])
        plain = not t.startswith(("early", "mid", "late")) and first % 10 == 0
        return DateReading(f"{first}/{first + 9}" if plain else None, "absolute")
    if match := _QUARTER_CODE.match(t):
        return DateReading(_quarter(match[1][0], int(match[1][1]), int(match[2])), "absolute")
    if (match := _QUARTER.match(t)) and match[1] in lexicon.ordinals:
        base, kind = _year_of(match[3], ctx)
        if match[3] == "the year" and (follows := _anchor_year(ctx)) is not None:
            base, kind = follows, "comparison"  # "the first half of 2024 … the second half of the year"
        n = lexicon.ordinals[match[1]]
        if match[3] is None and base and _not_begun(match[2], n, base, ctx):
            base -= 1  # "third-quarter profit rose", published in February: last year's
        value = _quarter("q" if match[2] == "quarter" else "h", n, base) if base else None
        return DateReading(value, kind)
    if match := _FIRST_MONTHS.match(t):
        base, kind = _year_of(match[4], ctx)
        count = _number(match[2], lexicon)
        if match[3] != "months":
            return DateReading(None, "duration")
        if base is None or count is None or not 1 <= count <= 12:
            return DateReading(None, kind)
        first, last = (1, int(count)) if match[1] == "first" else (13 - int(count), 12)
        return DateReading(_interval(_iso(base, first), _iso(base, last)), kind)
    if match := _YEAR_TO.match(t):
        return _year_to(match, months, ctx)
    if (match := _DAY_RANGE_MD.match(t)) and match[1] in months:
        second = months.get(match[3], 0) if match[3] else months[match[1]]
        if second:
            return _days(months[match[1]], int(match[2]), second, int(match[4]), match[5], ctx)
    if (match := _DAY_RANGE_DM.match(t)) and match[3] in months:
        month = months[match[3]]
        return _days(month, int(match[1]), month, int(match[2]), match[4], ctx)
    if (match := _DATE_MD.match(t)) and match[1] in months:
        if match[3] and parse_day and (day := parse_day(t)):
            return DateReading(day, "absolute")
        return _days(months[match[1]], int(match[2]), None, None, match[3], ctx)
    if (match := _DATE_DM.match(t)) and match[2] in months:
        if match[3] and parse_day and (day := parse_day(t)):
            return DateReading(day, "absolute")
        return _days(months[match[2]], int(match[1]), None, None, match[3], ctx)
    if (match := _MONTH_QUARTER.match(t)) and match[1] in months:
        last = months[match[1]]
        year_value = int(match[2]) if match[2] else _month_year(last, ctx)
        if year_value is None or last % 3:
            return DateReading(None, "relative")
        value = _interval(_iso(year_value, last - 2), _iso(year_value, last))
        return DateReading(value, "absolute" if match[2] else "relative")
    if (match := _NAMED_MONTH.match(t)) and match[2] in months:
        return _named_month(match[1], months[match[2]], ctx)
    if (match := _MONTH_RANGE.match(t)) and match[1] in months and match[3] in months:
        return _month_range(months[match[1]], match[2], months[match[3]], match[4], ctx)
    if (match := _MONTH.match(t)) and match[1] in months:
        return _month(months[match[1]], match[2], match[3], ctx)
    if match := _RELATIVE.match(t):
        return _relative(match[1], match[2], bool(match[3]), ctx)
    if t == "quarter":
        return DateReading(anchor_quarter if is_quarter(anchor_quarter) else None, "comparison")
    if match := _YEAR_AGO.match(t):
        return _same_period(match[1], None, ctx)
    if t in lexicon.anaphoric_days:
        return _anaphoric_day(lexicon.anaphoric_days[t], ctx)
    if (match := _TRAILING_YEAR.match(t)) and match[1] in lexicon.holidays:
        return _holiday(lexicon.holidays[match[1]], match[2], ctx)
    if _RELATIVE_COUNT.match(t):
        return DateReading(None, "duration")
    if match := _SAME_PERIOD.match(t):
        return _same_period(match[1], match[2], ctx)
    if match := _EARLIER.match(t):
        return _earlier(match[1], ctx)
    if match := _IN_THE.match(t):
        # "later in the year" follows the narrative; "the full year" is the year reported.
        base = _anchor_end(anchor)[0] if anchor and not t.startswith("full") else year
        value = _iso(base) if base and match[1] == "year" else None
        return DateReading(value, "comparison")
    if (match := _CONSECUTIVE.match(t)) and match[2] == "year":
        base = _anchor_end(anchor)[0] if anchor else year
        return DateReading(_iso(base) if base else None, "comparison")
    if match := _EDGE_OF.match(t):
        if reference is None:
            return DateReading(None, "relative")
        return _relative({"the": "this"}.get(match[1], match[1]), match[2], False, ctx)
    if match := _DAY_WORD.match(t):
        if match[1] == "this" and t == "this":
            return DateReading(None, "day")
        offset = {"yesterday": -1, "tomorrow": 1}.get(match[1], 0)
        return DateReading(_iso_day(reference, offset), "day")
    if (match := _WEEKDAY.match(t)) and match[2] in lexicon.weekdays:
        if reference is None:
            return DateReading(None, "day")
        day = resolve_weekday(lexicon.weekdays[match[2]], reference=reference, tense=ctx.tense, which=match[1])
        return DateReading(day.isoformat(), "day")
    if match := _DURATION.match(t):
        return _duration(match, lexicon, ctx)
    if _VAGUE.match(t):
        return DateReading(None, "duration")
    if (match := _SEASON.match(t)) and match[1] in lexicon.seasons:
        return DateReading(None, "relative")  # GOLD.md: seasons are null
    return DateReading(None, "relative")


def resolve_period(
    text: str,
    *,
    lexicon: DateLexicon,
    reference: date | None = None,
    year: int | None = None,
    anchor: str | None = None,
    anchor_open: bool = False,
    future: bool = False,
    floor: date | None = None,
    parse_day: Callable[[str], str | None] | None = None,
) -> str | None:
    """The ISO 8601 value of a date expression, or None; see `read_date`."""
    return read_date(
        text,
        lexicon=lexicon,
        reference=reference,
        year=year,
        anchor=anchor,
        anchor_open=anchor_open,
        future=future,
        floor=floor,
        parse_day=parse_day,
    ).value


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


def _anaphoric_day(offset: int, ctx: _Context) -> DateReading:
    """``that same day``, ``the next morning``: a day counted from the last day the text resolved."""
    if ctx.anchor_day is None:
        return DateReading(None, "comparison")
    return DateReading((date.fromisoformat(ctx.anchor_day) + timedelta(days=offset)).isoformat(), "comparison")


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


def _duration(match: re.Match[str], lexicon: DateLexicon, ctx: _Context) -> DateReading:
    count = _number(match[1], lexicon)
    if count is None:
        return DateReading(None, "relative")
    if not match[4] or match[2]:
        return DateReading(None, "duration")  # GOLD.md: bare durations are null
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
