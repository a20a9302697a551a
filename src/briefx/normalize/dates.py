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
from collections.abc import Callable, Mapping
from datetime import date

from briefx.normalize.date_values import (  # noqa: F401 (DateLexicon … shift_years, easter, holiday_date: this module's API)
    DateLexicon,
    DateReading,
    Kind,
    Tense,
    _anchor_end,
    _anchor_year,
    _Context,
    _days,
    _duration,
    _earlier,
    _interval,
    _iso,
    _iso_day,
    _month,
    _month_range,
    _month_year,
    _months_to,
    _named_month,
    _not_begun,
    _number,
    _quarter,
    _relative,
    _same_period,
    _valid_day,
    _week,
    _year_of,
    _year_range,
    _year_to,
    infer_year,
    is_quarter,
    nearest_year,
    resolve_weekday,
    shift_years,
)
from briefx.normalize.holidays import _anaphoric_day, _holiday, _weekend, easter, holiday_date  # noqa: F401

Reader = Callable[[str, DateLexicon, _Context], DateReading | None]

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
_CENTURY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th) century$")
_QUARTER_CODE = re.compile(r"^(q[1-4]|h[12]) ?(\d{4})$")
_QUARTER = re.compile(
    r"^([a-z0-9]+) (quarter|half)(?: of)?"
    r"(?: (\d{4}|the year|this year|next year|last year|the (?:financial|fiscal) year))?$"
)
_FIRST_MONTHS = re.compile(
    r"^(first|last) ([a-z0-9]+) (days|weeks|months|years)(?: of"
    r" (\d{4}|the year|this year|next year|last year|the (?:financial|fiscal) year))?$"
)
# "the three months to September", "eleven months to the end of May", "three months to September 30, 2022",
# "the four months ended 31 October" (NZ Crown accounts)
_MONTHS_TO = re.compile(
    rf"^([a-z0-9.]+) months (?:to|ended|ending) (?:the end of )?(?:\d{{1,2}}{_ORD} )?"
    rf"([a-z]+)(?: \d{{1,2}}{_ORD})?(?: (\d{{4}}))?$"
)
_FISCAL_RANGE = re.compile(
    r"^(?:(?:fiscal|financial)(?: years?)? ?|fy ?)?(\d{4})/(\d{2}) ?(?:-|to|until|through) ?(\d{4})/(\d{2})$"
)
_MONTH_QUARTER = re.compile(r"^([a-z]+) quarter(?: of (\d{4}))?$")
_NAMED_MONTH = re.compile(r"^(last|next|this) ([a-z]+)$")
_YEAR_TO = re.compile(  # "the year to June", "the year ended 30 June 2021", "the tax year ending March 31"
    rf"^(?:(?:fiscal|financial|tax) )?year (?:to|ended|ending)"
    rf" (date|(?:\d{{1,2}}{_ORD} )?([a-z]+)(?: \d{{1,2}}{_ORD})?(?: (\d{{4}}))?)$"
)
_DAY_RANGE_MD = re.compile(rf"^([a-z]+) (\d{{1,2}}){_ORD}{_JOIN}(?:([a-z]+) )?(\d{{1,2}}){_ORD}(?: (\d{{4}}))?$")
_DAY_RANGE_DM = re.compile(rf"^(\d{{1,2}}){_ORD}{_JOIN}(\d{{1,2}}){_ORD} ([a-z]+)(?: (\d{{4}}))?$")
_DAY_RANGE_DMDM = re.compile(
    rf"^(\d{{1,2}}){_ORD} (?:of )?([a-z]+){_JOIN}(\d{{1,2}}){_ORD} (?:of )?([a-z]+)(?: (\d{{4}}))?$"
)
_FULL_DATE = rf"(?:[a-z]+ \d{{1,2}}{_ORD}|\d{{1,2}}{_ORD} (?:of )?[a-z]+) \d{{4}}"
_FULL_DATES = re.compile(rf"^({_FULL_DATE}){_JOIN}({_FULL_DATE})$")
_DATE_MD = re.compile(rf"^([a-z]+) (\d{{1,2}}){_ORD}(?: (\d{{4}}))?$")
_DATE_DM = re.compile(rf"^(\d{{1,2}}){_ORD} (?:of )?([a-z]+)(?: (\d{{4}}))?$")
_MONTH_RANGE = re.compile(rf"^(?:{_PART} )?([a-z]+)(?: (\d{{4}}))?{_JOIN}(?:{_PART} )?([a-z]+)(?: (\d{{4}}))?$")
_MONTH = re.compile(rf"^(?:{_PART} )?([a-z]+)(?: (\d{{4}})| (next|last|this) year)?$")
_MIXED_RANGE = re.compile(r"^(?:([a-z]+) )?(\d{4}) (?:to|until|through|till) (?:([a-z]+) )?(\d{4})$")
_RELATIVE = re.compile(
    r"^(?:earlier |later )?(this|last|next|previous|past|coming|current|preceding|following)"
    r" (year|month|week|quarter|decade|century)(s?)$"
)
_RELATIVE_COUNT = re.compile(
    r"^(?:most recent|next|past|last|coming|upcoming|previous|recent|following|preceding|latter)"
    r"(?: couple(?: of)?| [a-z0-9.]+)? (?:hours|days|weeks|months|years|decades)"
    r"(?: (?:and|or) (?:days|weeks|months|years|decades))?$"
)
_VAGUE_PERIOD = re.compile(
    r"^(?:many(?: long)? [a-z]+|some time(?: ago)?|(?:[a-z]+ (?:and|or) )?[a-z]+ ahead|[a-z]+ [a-z]+ and a half)$"
)
_WEEKEND = re.compile(r"^(?:(this|last|next|coming|past) )?weekend$")
_SAME_PERIOD = re.compile(
    r"^same (period|month|quarter|week|time|day|season) (?:of |in )?"
    r"(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior) year|(\d{4}))$"
)
_EARLIER = re.compile(r"^(year|month|week) (?:earlier|before|ago)$")
_IN_THE = re.compile(r"^(?:(?:later|earlier) in the|full) (year|month|week)$")
_CONSECUTIVE = re.compile(r"^([a-z0-9]+) (?:consecutive|straight|successive|running) (year|month|quarter)$")
_EDGE_OF = re.compile(r"^(?:end|close|start|beginning|middle) of (the|this|next|last) (year|month|week)$")
_DAY_WORD = re.compile(rf"^(today|tonight|yesterday|tomorrow|this){_DAY_PART}$|^(last) (?:night|evening)$")
_WEEKDAY = re.compile(rf"^(?:(last|next|this) )?([a-z]+){_DAY_PART}$")
_DURATION = re.compile(
    r"^((?:a )?[a-z]+|\d+(?:\.\d+)?)(?: ?(?:-|to|or) ?([a-z]+|\d+(?:\.\d+)?))?"
    r" (day|week|month|year|decade|centur(?:y|ie))s?( ago| earlier| later)?$"
)
_VAGUE = re.compile(r"^(?:(?:days|weeks|months|years|decades|centuries)(?: ago)?|decade)$")
_DASHES = re.compile(r"[–—−]")
_ABBREVIATION_DOT = re.compile(r"(?<=[a-z])\.")
_SPACES = re.compile(r"\s+")
_DETERMINER = re.compile(r"^(?:the|a|an) ")
_HYPHENED_PERIOD = re.compile(r"(?<=[a-z0-9])-(?=quarter\b|half\b)")
_YEAR_AGO = re.compile(r"^year ?- ?ago ([a-z]+)$")
_TRAILING_YEAR = re.compile(r"^(.*?)(?: (\d{4}))?$")
_APOSTROPHES = re.compile(r"[’‘`]")


_COORDINATED_MD = re.compile(
    r"^(?P<month>[A-Za-z]+\.?)\s(?P<first>\d{1,2}(?:st|nd|rd|th)?)\s(?:and|or|&)\s"
    r"(?P<second>\d{1,2}(?:st|nd|rd|th)?(?P<year>,?\s\d{4})?)$",
    re.IGNORECASE,
)
_COORDINATED_DM = re.compile(
    r"^(?P<first>\d{1,2}(?:st|nd|rd|th)?)\s(?:and|or|&)\s"
    r"(?P<second>\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?P<month>[A-Za-z]+\.?)(?P<year>,?\s\d{4})?)$",
    re.IGNORECASE,
)


def split_coordinated_days(text: str) -> list[tuple[int, int, str]]:
    """The two dates of coordinated days, as (start, end, text to read) each; [] for anything else.

    Issue 10: ``April 24 and 25`` names two days, not a range (a range needs ``to``, a dash,
    ``through`` or ``between … and``). The bare day is its own date and borrows the month
    and year written with the other: ``April 24 and 25, 2025`` → ``April 24`` read as
    "April 24 2025" and ``25, 2025``; ``24 and 25 April`` → ``24`` read as "24 April" and ``25 April``.
    """
    if match := _COORDINATED_MD.match(text):
        month, year = match["month"], match["year"] or ""
        return [
            (0, match.end("first"), f"{month} {match['first']}{year}"),
            (match.start("second"), len(text), f"{month} {match['second']}"),
        ]
    if match := _COORDINATED_DM.match(text):
        reads = f"{match['first']} {match['month']}{match['year'] or ''}"
        return [(0, match.end("first"), reads), (match.start("second"), len(text), match["second"])]
    return []


def _clean(text: str) -> str:
    text = _APOSTROPHES.sub("'", _DASHES.sub("-", text.lower()))
    text = _HYPHENED_PERIOD.sub(" ", text)
    text = _ABBREVIATION_DOT.sub("", text).replace(",", " ")
    text = _SPACES.sub(" ", text).strip()
    return _DETERMINER.sub("", text)


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
    weekday = lexicon.weekdays.get(t.split(" ", 1)[0])
    for pattern, repl in lexicon.rewrites:  # "wednesday july 10 2019" -> "july 10 2019"
        t = pattern.sub(repl, t)
    for reader in READERS:
        reading = reader(t, lexicon, ctx)
        if reading is not None:
            return on_weekday(reading, weekday) if weekday is not None and reading.kind == "day" else reading
    return DateReading(None, "relative")


def on_weekday(reading: DateReading, weekday: int) -> DateReading:
    """A day named with its weekday and no year ("Tuesday 10 February"): the year next to the one
    guessed whose calendar puts that day on that weekday, when the guessed year does not."""
    value = reading.value
    if value is None or not _ISO.match(value):
        return reading
    day = date.fromisoformat(value)
    if day.weekday() == weekday:
        return reading
    for year in (day.year - 1, day.year + 1):
        if _valid_day(year, day.month, day.day) and date(year, day.month, day.day).weekday() == weekday:
            return DateReading(date(year, day.month, day.day).isoformat(), reading.kind)
    return reading


def _absolute(t: str, lexicon: DateLexicon, ctx: _Context) -> DateReading | None:
    """ISO dates and weeks, years, year ranges, decades, "Q3 2025"."""
    if match := _ISO.match(t):
        y, m, d = (int(g) for g in match.groups())
        return DateReading(_iso(y, m, d) if _valid_day(y, m, d) else None, "absolute")
    if match := _ISO_WEEK.match(t):
        valid = 1 <= int(match[2]) <= date(int(match[1]), 12, 28).isocalendar().week
        return DateReading(f"{match[1]}-W{match[2]}" if valid else None, "absolute")
    if match := _YEAR_RANGE.match(t):
        return DateReading(_year_range(match), "absolute")
    if match := _FISCAL_RANGE.match(t):  # "2015/16 to 2016/17": from the first year to the last
        first, last = int(match[1]), int(match[3]) // 100 * 100 + int(match[4])
        return DateReading(f"{first}/{last}" if last > first else None, "absolute")
    if match := _YEAR.match(t):
        return DateReading(match[1], "absolute")
    if match := _DECADE.match(t):
        # "the 1980s" → 1980/1989 (the coarsest precision the text gives); "the early 1980s" is vaguer: null
        first = int(match[1])
        plain = not t.startswith(("early", "mid", "late")) and first % 10 == 0
        return DateReading(f"{first}/{first + 9}" if plain else None, "absolute")
    if match := _QUARTER_CODE.match(t):
        return DateReading(_quarter(match[1][0], int(match[1][1]), int(match[2])), "absolute")
    if match := _CENTURY.match(t):  # "the 21st century" → 2001/2100
        last = int(match[1]) * 100
        return DateReading(f"{last - 99:04d}/{last:04d}", "absolute")
    return None


def _parts_of_year(t: str, lexicon: DateLexicon, ctx: _Context) -> DateReading | None:
    """ "the third quarter of 2025", "the first nine months", "the year to March"."""
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
        if match[3] != "months" or (match[1] == "last" and match[4] is None):
            return DateReading(None, "duration")  # "over the last 10 months": a rolling period (GOLD.md)
        if base is None or count is None or not 1 <= count <= 12:
            return DateReading(None, kind)
        first, last = (1, int(count)) if match[1] == "first" else (13 - int(count), 12)
        return DateReading(_interval(_iso(base, first), _iso(base, last)), kind)
    if match := _YEAR_TO.match(t):
        return _year_to(match, lexicon.months, ctx)
    if (match := _MONTHS_TO.match(t)) and match[2] in lexicon.months:
        return _months_to(_number(match[1], lexicon), lexicon.months[match[2]], match[3], ctx)
    return None


def _days_of_month(t: str, lexicon: DateLexicon, ctx: _Context) -> DateReading | None:
    """ "March 3-5", "3-5 March", "15 March - 15 June", "March 3, 2026", "3 March"."""
    months = lexicon.months
    if (match := _DAY_RANGE_MD.match(t)) and match[1] in months:
        second = months.get(match[3], 0) if match[3] else months[match[1]]
        if second:
            return _days(months[match[1]], int(match[2]), second, int(match[4]), match[5], ctx)
    if (match := _DAY_RANGE_DM.match(t)) and match[3] in months:
        month = months[match[3]]
        return _days(month, int(match[1]), month, int(match[2]), match[4], ctx)
    if (match := _DAY_RANGE_DMDM.match(t)) and match[2] in months and match[4] in months:
        return _days(months[match[2]], int(match[1]), months[match[4]], int(match[3]), match[5], ctx)
    if match := _FULL_DATES.match(t):  # "March 3, 2023 to January 14, 2024": each end keeps its year
        first, last = (_days_of_month(part, lexicon, ctx) for part in (match[1], match[2]))
        if first and last and first.value and last.value and first.value < last.value:
            return DateReading(_interval(first.value, last.value), "absolute")
        return DateReading(None, "absolute")
    if (match := _DATE_MD.match(t)) and match[1] in months:
        return _days(months[match[1]], int(match[2]), None, None, match[3], ctx)
    if (match := _DATE_DM.match(t)) and match[2] in months:
        return _days(months[match[2]], int(match[1]), None, None, match[3], ctx)
    return None


def _months(t: str, lexicon: DateLexicon, ctx: _Context) -> DateReading | None:
    """ "the quarter to June", "last March", "March to May 2026", "March"."""
    months = lexicon.months
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
    if match := _MIXED_RANGE.match(t):  # "1998 to December 2016", "March 2001 to 2005"
        return _mixed_range(match, months)
    return None


def _mixed_range(match: re.Match[str], months: Mapping[str, int]) -> DateReading | None:
    """A range from a year to a month of a year, or back: each end keeps the precision it is written in."""
    if (match[1] is None) == (match[3] is None) or any(w is not None and w not in months for w in (match[1], match[3])):
        return None
    first = _iso(int(match[2]), months[match[1]] if match[1] else None)
    last = _iso(int(match[4]), months[match[3]] if match[3] else None)
    return DateReading(_interval(first, last) if last[:4] > first[:4] else None, "absolute")


def _relative_periods(t: str, lexicon: DateLexicon, ctx: _Context) -> DateReading | None:
    """ "last year", "the quarter", "a year ago", "the next day", "Christmas 2025", "three years"."""
    if match := _RELATIVE.match(t):
        return _relative(match[1], match[2], bool(match[3]), ctx)
    if t == "quarter":
        return DateReading(ctx.anchor_quarter if is_quarter(ctx.anchor_quarter) else None, "comparison")
    if match := _YEAR_AGO.match(t):
        return _same_period(match[1], None, ctx)
    if t in lexicon.anaphoric_days:
        return _anaphoric_day(lexicon.anaphoric_days[t], ctx)
    if (match := _TRAILING_YEAR.match(t)) and match[1] in lexicon.holidays:
        return _holiday(lexicon.holidays[match[1]], match[2], ctx)
    if _RELATIVE_COUNT.match(t):
        return DateReading(None, "duration")
    return None


def _anaphors(t: str, lexicon: DateLexicon, ctx: _Context) -> DateReading | None:
    """ "the same period last year", "a year earlier", "later in the year", "end of the year"."""
    if match := _SAME_PERIOD.match(t):
        return _same_period(match[1], match[2], ctx)
    if match := _EARLIER.match(t):
        return _earlier(match[1], ctx)
    if t in ("that year", "that same year"):  # the year of the last period the text named
        base = _anchor_end(ctx.anchor)[0] if ctx.anchor and not ctx.anchor_open else None
        return DateReading(_iso(base) if base else None, "comparison")
    if match := _IN_THE.match(t):
        # "later in the year" follows the narrative; "the full year" is the year reported.
        base = _anchor_end(ctx.anchor)[0] if ctx.anchor and not t.startswith("full") else ctx.year
        value = _iso(base) if base and match[1] == "year" else None
        if match[1] == "week" and ctx.reference is not None and not t.startswith("full"):
            value = _week(ctx.reference)  # "earlier in the week": the week of writing
        return DateReading(value, "comparison")
    if (match := _CONSECUTIVE.match(t)) and match[2] == "year":
        base = _anchor_end(ctx.anchor)[0] if ctx.anchor else ctx.year
        return DateReading(_iso(base) if base else None, "comparison")
    if match := _EDGE_OF.match(t):
        if ctx.reference is None:
            return DateReading(None, "relative")
        return _relative({"the": "this"}.get(match[1], match[1]), match[2], False, ctx)
    return None


def _days_and_durations(t: str, lexicon: DateLexicon, ctx: _Context) -> DateReading | None:
    """ "yesterday", "on Friday", "three years", "recent years"; a season or nothing known is
    null (GOLD.md: seasons are null)."""
    if match := _DAY_WORD.match(t):
        if match[1] == "this" and t == "this":
            return DateReading(None, "day")
        offset = {"yesterday": -1, "tomorrow": 1, None: -1}.get(match[1], 0)  # None: "last night" (group 2)
        return DateReading(_iso_day(ctx.reference, offset), "day")
    if (match := _WEEKDAY.match(t)) and match[2] in lexicon.weekdays:
        if ctx.reference is None:
            return DateReading(None, "day")
        day = resolve_weekday(lexicon.weekdays[match[2]], reference=ctx.reference, tense=ctx.tense, which=match[1])
        return DateReading(day.isoformat(), "day")
    if match := _DURATION.match(t):
        return _duration(match, lexicon, ctx)
    if _VAGUE.match(t) or _VAGUE_PERIOD.match(t):
        return DateReading(None, "duration")  # GOLD.md: vague periods are DATEs with a null value
    if match := _WEEKEND.match(t):
        return _weekend(match[1], ctx)
    return None


READERS: tuple[Reader, ...] = (
    _absolute,
    _parts_of_year,
    _days_of_month,
    _months,
    _relative_periods,
    _anaphors,
    _days_and_durations,
)


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
    ).value
