"""Read capacities and percentages: "1,570 MW", "10 bcm a year", "3.3 million bpd", "2.5 pp".

The unit table is `models/lexicons/units.json`: each unit's surfaces (case-sensitive
abbreviations and any-case words), a multiplier into the canonical unit, an SI
factor, and the per-time units it forms with a rate phrase ("tonnes a year" -> t/yr).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from briefx.normalize.numbers import Value, negate, parse_range, scale_value, split_sign

_SPACES = re.compile(r"\s+")
# what a volume or mass measures, between its unit and its rate: "15 000 megalitres of water a year",
# "200 megalitres (ML) of biofuels per annum" (real dev gold): up to three words after "of"
COMMODITY = r"(?:\s*\([A-Za-z]{1,4}\))?(?:\s+of(?:\s+[^\W\d_][\w’'-]*){1,3}?)?"
_COMMODITY_END = re.compile(COMMODITY + r"\s*$")


class Capacity(NamedTuple):
    """A parsed capacity: value in `unit` (canonical spelling) and its SI form, if any."""

    value: Value | None
    unit: str
    si_value: Value | None
    si_unit: str | None


class Percent(NamedTuple):
    """A parsed percentage; `unit` is "pp" for percentage points."""

    value: Value | None
    unit: str | None


def _strip_suffix(text: str, phrases: Iterable[str], *, fold: bool) -> tuple[str, str] | None:
    """Remove the longest phrase `text` ends with (not glued to a letter before it)."""
    haystack = text.lower() if fold else text
    for phrase in sorted(phrases, key=len, reverse=True):
        needle = phrase.lower() if fold else phrase
        if not haystack.endswith(needle):
            continue
        cut = len(text) - len(phrase)
        if cut > 0 and phrase[0].isalpha() and text[cut - 1].isalpha():
            continue
        return text[:cut], phrase
    return None


def _find_unit(
    text: str, units: Sequence[Mapping[str, Any]]
) -> tuple[str, Mapping[str, Any]] | None:
    best: tuple[int, str, Mapping[str, Any]] | None = None
    for entry in units:
        for phrases, fold in ((entry.get("surfaces", ()), False), (entry.get("words", ()), True)):
            stripped = _strip_suffix(text, phrases, fold=fold)
            if stripped and (best is None or len(stripped[0]) < best[0]):
                best = (len(stripped[0]), stripped[0], entry)
    return (best[1], best[2]) if best else None


def parse_capacity(
    text: str,
    *,
    units: Mapping[str, Any],
    scales: Mapping[str, float],
    number_words: Mapping[str, Mapping[str, float]],
) -> Capacity | None:
    """Parse a number (or range) with a unit of power, energy or throughput.

    Args:
        text: the capacity as written ("1.4GW", "5 million tonnes per year", "43–50 GW").
        units: the units.json table ("units", "rate_phrases").
        scales: scale word -> multiplier.
        number_words: the number_words.json table.

    Returns:
        `Capacity(value, unit, si_value, si_unit)` with `value` fully scaled into the
        canonical unit (corpus/README.md: "5 million tonnes per year" -> 5e6 t/yr), or
        None when no known unit ends `text`. `si_*` are None for units without an SI
        form (t, t/yr, TEU, bcm).
    """
    body = text.strip()
    rate = None
    for rate_key, phrases in units.get("rate_phrases", {}).items():
        stripped = _strip_suffix(body, phrases, fold=True)
        if stripped is None:
            continue
        head = _COMMODITY_END.sub("", stripped[0], count=1)
        found = _find_unit(head, units["units"])
        if found and rate_key in found[1].get("rates", {}):
            body, rate = head, rate_key
            break
    found = _find_unit(body, units["units"])
    if found is None:
        return None
    number, entry = found
    if entry.get("rate_required") and rate is None:
        return None  # "2,000 cubic metres of concrete" is a volume, not a capacity
    spec: Mapping[str, Any] = entry["rates"][rate] if rate else entry
    value = parse_range(number, number_words=number_words, scales=scales)
    value = scale_value(value, float(entry.get("multiplier", 1)))
    si_unit = spec.get("si_unit")
    si_value = scale_value(value, float(spec["si_factor"])) if si_unit else None
    return Capacity(value, spec.get("unit", entry["unit"]), si_value, si_unit)


def parse_percent(
    text: str,
    *,
    markers: Mapping[str, Iterable[str]],
    scales: Mapping[str, float],
    number_words: Mapping[str, Mapping[str, float]],
) -> Percent | None:
    """Parse a percentage, percentage points or basis points: "21.9%" -> 21.9, "0.25 percentage points" -> pp,
    "250 bps" -> 250 bp (GOLD.md: the value as written), "-3.2%" / "minus 5 percent" -> negative.

    Args:
        text: the figure as written ("10–12%", "34 per cent", "0.3 pp").
        markers: units.json "percent" table: "percent" and "points" marker lists.
        scales: scale word -> multiplier.
        number_words: the number_words.json table.

    Returns:
        `Percent(value, unit)`, or None when `text` does not end with a marker.
    """
    sign, body = split_sign(_SPACES.sub(" ", text).strip())  # "4.35\xa0per\xa0cent" as published
    points = _strip_suffix(body, markers.get("points", ()), fold=True)
    basis = _strip_suffix(body, markers.get("basis_points", ()), fold=True)
    if points:
        body, unit = points[0], "pp"
    elif basis:
        body, unit = basis[0], "bp"
    else:
        plain = _strip_suffix(body, markers.get("percent", ()), fold=True)
        if plain is None:
            return None
        body, unit = plain[0], None
    # "5%-6%": drop the first marker so the range parses.
    for marker in markers.get("percent", ()):
        body = body.replace(marker, " ") if not marker[0].isalpha() else body
    value = parse_range(body.strip(), number_words=number_words, scales=scales)
    return Percent(negate(value) if sign < 0 else value, unit)
