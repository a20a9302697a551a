"""The figure lexicons loaded once, the regex fragments built from them, and the one
`compile_patterns` that turns `models/patterns/*.jsonl` templates into regexes (the
figure components and briefx_dates both use it)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from briefx.normalize.units import COMMODITY
from briefx.resources import load_json

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")

# Digits with optional thousands groups (comma, no-break/thin space or space) and decimals.
_NUMBER = r"(?:\d{1,3}(?:[,\u00a0\u2009\u202f ]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\.\d+)"
# a number with a written fraction: "1-1/2", "1/4", "4½" (central banks write rates so)
_FRACTION_OR_NUMBER = rf"(?:\d{{1,2}}-\d/\d{{1,2}}|\d/\d{{1,2}}|\d+[½¼¾⅓⅔⅛]|{_NUMBER})(?![\d/])"


def _alternation(items: Iterable[str], *, fold: bool = False, bounded: bool = False) -> str:
    """A regex alternation of literal `items`, longest first; spaces match any whitespace."""
    escaped = sorted({re.escape(item).replace(r"\ ", r"\s+") for item in items}, key=len, reverse=True)
    if not escaped:
        return "(?!)"
    body = "|".join(escaped)
    group = f"(?i:{body})" if fold else f"(?:{body})"
    return group + r"(?![^\W\d_])" if bounded else group


@dataclass(frozen=True)
class FigureTables:
    """The lexicons the figure components read, and the regex fragments built from them."""

    number_words: Mapping[str, Mapping[str, float]]
    scale_words: Mapping[str, float]
    scales: Mapping[str, float]
    currencies: Mapping[str, Any]
    units: Mapping[str, Any]
    qualifiers: Mapping[str, Sequence[str]]
    change_cues: frozenset[str]
    count_rules: Mapping[str, Any]
    fragments: Mapping[str, str] = field(repr=False)
    not_figures: NotFigurePatterns = field(default=(), repr=False)
    # the entries marked 'markup': tried on the text as given too, whose tags briefx masks before reading
    markup_not_figures: NotFigurePatterns = field(default=(), repr=False)


@cache
def figure_tables() -> FigureTables:
    """Load the figure lexicons once per process and build the shared regex fragments."""
    number_words = load_json("lexicons", "number_words.json")
    scale_table = load_json("lexicons", "scale_words.json")
    currencies = load_json("lexicons", "currencies.json")
    units = load_json("lexicons", "units.json")
    qualifier_table = load_json("lexicons", "qualifiers.json")
    count_rules = load_json("lexicons", "count_rules.json")
    not_figures = load_json("lexicons", "not_figures.json")["patterns"]

    words = sorted([*number_words["units"], *number_words["tens"]], key=len, reverse=True)
    unit_word = "|".join(w for w in words if w in number_words["units"])
    tens_word = "|".join(w for w in words if w in number_words["tens"])
    simple = rf"(?:(?:{tens_word})(?:[-\s](?:{unit_word}))?|(?:{unit_word}))"
    fraction = r"(?:\s+and\s+(?:a|one)[\s-](?:half|quarter))"
    word_number = rf"(?i:(?<![\w-]){simple}(?:\s+hundred(?:\s+(?:and\s+)?{simple})?)?{fraction}?(?![\w]))"
    amount = rf"(?:{_NUMBER}|{word_number})"
    scale = _alternation(scale_table["words"], fold=True, bounded=True)
    glued = _alternation(scale_table["glued"], fold=True, bounded=True)

    rate_units, plain_units = [], []
    for entry in units["units"]:
        target = rate_units if entry.get("rates") else plain_units
        target.append(entry)

    def unit_alternation(entries: list[dict[str, Any]]) -> str:
        surfaces = [s for e in entries for s in e.get("surfaces", ())]
        unit_words = [w for e in entries for w in e.get("words", ())]
        abbreviations = _alternation(surfaces, bounded=True)
        spelled = _alternation(unit_words, fold=True, bounded=True)
        return f"(?:{abbreviations}|{spelled})"

    rate = _alternation([p for phrases in units["rate_phrases"].values() for p in phrases], fold=True, bounded=True)
    unit = rf"(?:{unit_alternation(rate_units)}(?:{COMMODITY}\s*{rate})?|{unit_alternation(plain_units)})"
    percent = units["percent"]
    fragments = {
        "B": r"(?<![\w.,])",
        "E": r"(?![\w])",
        "NUM": _NUMBER,
        "WORDNUM": word_number,
        "AMOUNT": amount,
        "RANGE": rf"{amount}(?:{_BEFORE_DASH}[–—-]\s?{amount})?",
        "NUMRANGE": rf"{_NUMBER}(?:{_BEFORE_DASH}[–—-]\s?{_NUMBER})?",
        "FRACRANGE": rf"(?<![/\d]){_FRACTION_OR_NUMBER}(?:\s?(?:[–—-]|to)\s?{_FRACTION_OR_NUMBER})?",
        "SCALE": scale,
        "SCALED": rf"(?:{_WRAP_GAP}{scale}|{glued})?",
        "GAP": _WRAP_GAP,
        "SYMBOL": _symbol_alternation(currencies["symbols"]),
        "CODE": _alternation([*currencies["codes"], *currencies.get("lowercase_codes", ())], bounded=True),
        "CURWORD": _alternation(currencies["words"], fold=True, bounded=True),
        "UNIT": unit,
        "PCT": _alternation([*percent["points"], *percent["percent"], *percent.get("basis_points", ())], fold=True)
        + r"(?![^\W\d_])",
    }
    return FigureTables(
        number_words=number_words,
        scale_words=scale_table["words"],
        scales={**scale_table["words"], **scale_table["glued"]},
        currencies=currencies,
        units=units,
        qualifiers=qualifier_table["qualifiers"],
        change_cues=frozenset(qualifier_table["change_cues"]),
        count_rules=count_rules,
        fragments=fragments,
        not_figures=_not_figure_patterns(not_figures),
        markup_not_figures=_not_figure_patterns([p for p in not_figures if p.get("markup")]),
    )


_WORD_START = re.compile(r"\S*$")


NotFigurePatterns = tuple[tuple[tuple[str, ...], re.Pattern[str], bool], ...]
"""(strings one of which the text must contain, pattern, extend the match back to its word's start)."""


def _not_figure_patterns(entries: list[dict]) -> NotFigurePatterns:
    return tuple((_cues(p["when"]), re.compile(p["pattern"]), bool(p.get("extend_left"))) for p in entries)


def _cues(when: str | list[str]) -> tuple[str, ...]:
    """A not-figure pattern's 'when': one string, or several (any of them in the text)."""
    return (when,) if isinstance(when, str) else tuple(when)


@lru_cache(maxsize=8)  # the four figure components ask for the same texts in turn
def not_figure_ranges(text: str, patterns: NotFigurePatterns) -> tuple[tuple[int, int], ...]:
    """Character ranges of URLs, e-mail addresses, file names and query strings in `text`."""
    ranges = []
    for when, pattern, extend_left in patterns:
        if not any(cue in text for cue in when):
            continue
        for match in pattern.finditer(text):
            start = match.start()
            if extend_left:
                start -= len(_WORD_START.search(text, max(0, start - 200), start).group())
            ranges.append((start, match.end()))
    return tuple(ranges)


_BEFORE_DASH = r"[ \t\u00a0]?"  # a dash after a line break opens a list item ("57 in 2008⏎- 87"): no range
# "$2.5⏎    billion": a hard wrap into an indented list line; "$6.75  million": two spaces in typed releases
_WRAP_GAP = r"(?:[ \t\u00a0]{2,3}|\s?|\n[ \t\u00a0]{1,8})"


# One space of a pattern template may be a hard wrap into an indented line ("June 1,⏎        2025",
# "between 2000⏎    and 2019" in bulleted fact sheets); a blank line still ends a date, and so does a
# line that opens a list item ("- 57 in 2008⏎- 87 in 2007": no range "2008⏎- 87").
_WRAP_SPACE = r"(?:(?!\n[ \t\u00a0]*(?:[-*•+]|\d{1,2}[.)])[ \t\u00a0])\s[ \t\u00a0]{0,8})"


def wrap_tolerant(template: str) -> str:
    """`template` with each single ``\\s`` (bare or ``?``) outside character classes and lookbehinds
    read as `_WRAP_SPACE`; ``\\s+`` and ``\\s*`` cross a wrap already."""
    out: list[str] = []
    groups: list[bool] = []  # open groups: whether each is a lookbehind
    in_class = False
    i = 0
    while i < len(template):
        char = template[i]
        if char == "\\":
            pair = template[i : i + 2]
            plain = pair == "\\s" and template[i + 2 : i + 3] not in ("+", "*")
            out.append(_WRAP_SPACE if plain and not in_class and not any(groups) else pair)
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            groups.append(template.startswith(("(?<=", "(?<!"), i))
        elif char == ")" and groups:
            groups.pop()
        out.append(char)
        i += 1
    return "".join(out)


def _symbol_alternation(symbols: Iterable[str]) -> str:
    parts = []
    symbols = sorted(symbols, key=len, reverse=True)
    for symbol in symbols:
        escaped = re.escape(symbol)
        parts.append(rf"(?<![^\W\d_]){escaped}" if symbol[0].isalpha() else escaped)
    # A first-character lookahead lets the scan skip most positions cheaply.
    first = "".join(sorted({re.escape(symbol[0]) for symbol in symbols}))
    return f"(?=[{first}])(?:" + "|".join(parts) + ")"


def pattern_sources(rows: Iterable[Mapping[str, Any]], fragments: Mapping[str, str]) -> list[tuple[str, str]]:
    """Pattern-file rows (`{"id", "regex"}` templates with `{FRAGMENT}` placeholders) as (id, regex source)."""
    return [(row["id"], _PLACEHOLDER.sub(lambda m: fragments[m.group(1)], row["regex"])) for row in rows]


def compile_patterns(
    rows: Iterable[Mapping[str, Any]], fragments: Mapping[str, str]
) -> list[tuple[str, re.Pattern[str]]]:
    """Compile pattern-file rows: `{"id", "regex"}` templates with `{FRAGMENT}` placeholders."""
    return [(name, re.compile(source)) for name, source in pattern_sources(rows, fragments)]
