"""Attributes a tool could not hold, recomputed by briefx's normalisers from the span's text.

A span drawn or moved in an annotation tool comes back with a label and
offsets only. Its value, currency, unit and qualifier are read again from its
text the way the figure and date components read them; a quote's speaker cannot
be read from the quote alone and is left null for the annotator to fill.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from briefx.convert.spans import ATTRIBUTES, needs_attributes
from briefx.normalize.currency import parse_money
from briefx.normalize.dates import DateLexicon, resolve_period
from briefx.normalize.numbers import find_qualifier, parse_range
from briefx.normalize.units import parse_capacity, parse_percent
from briefx.resources import load_json

_QUALIFIER_WINDOW = 32  # as the figure components read it


@cache
def _date_lexicon() -> DateLexicon:
    return DateLexicon.from_tables(load_json("lexicons", "dates.json"))


def _published(document: dict[str, Any]) -> date | None:
    value = (document.get("meta") or {}).get("published")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _json_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def read_attributes(document: dict[str, Any], span: dict[str, Any]) -> dict[str, Any]:
    """The GOLD.md attributes of one span, read from its text (and the words before it)."""
    from briefx.components.figures import figure_tables

    label, surface, text = span["label"], span["text"], document["text"]
    if label == "QUOTE":
        return {"speaker": None}
    if label == "DATE":
        return {"value": resolve_period(surface, lexicon=_date_lexicon(), reference=_published(document))}
    tables = figure_tables()
    words = {"scales": tables.scale_words, "number_words": tables.number_words}
    found: dict[str, Any] = {"value": None}
    if label == "MONEY":
        money = parse_money(surface, currencies=tables.currencies, scales=tables.scales,
                            number_words=tables.number_words, context=text)
        found = {"value": money.value, "currency": money.currency}
    elif label == "PERCENT":
        percent = parse_percent(surface, markers=tables.units["percent"], **words)
        found = {"value": percent.value, "unit": percent.unit} if percent else {"value": None, "unit": None}
    elif label == "CAPACITY":
        capacity = parse_capacity(surface, units=tables.units, **words)
        found = capacity._asdict() if capacity else dict.fromkeys(ATTRIBUTES["CAPACITY"][:-1])
    elif label == "COUNT":
        found = {"value": parse_range(surface, **words)}
    before = text[max(0, span["start"] - _QUALIFIER_WINDOW) : span["start"]]
    found["qualifier"] = find_qualifier(before, qualifiers=tables.qualifiers)
    return {key: _json_value(value) for key, value in found.items()}


def fill_attributes(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The document with attributes read for every span that came back without them, and what was read."""
    notes = []
    spans = []
    for span in document.get("spans", []):
        if needs_attributes(span):
            attributes = read_attributes(document, span)
            span = {**span, **attributes}
            shown = ", ".join(f"{k}={v!r}" for k, v in attributes.items())
            notes.append(f"{span['label']} {span['text']!r} at {span['start']}: recomputed {shown}")
        spans.append(span)
    return {**document, "spans": spans}, notes
