"""briefx_capacity: power, energy and throughput ("1,570 MW", "10 bcm a year", "2 million TEU").

Voltage ("400 kV") and other measures are not capacities (GOLD.md) and get no span.
"""

from __future__ import annotations

import re

from spacy.language import Language

from briefx.components.attributes import register_attributes
from briefx.components.figures.base import BaseFigureComponent, Candidate
from briefx.normalize.numbers import parse_number
from briefx.normalize.units import parse_capacity
from briefx.resources import load_json

_FROM = re.compile(r"(?i:\bfrom)\s+$")
_WORDS = re.compile(r"[a-z]+")
_MASS_WINDOW = 40  # characters before a tonnage read for a mass cue
_TO_BARE = re.compile(r"\s+to\s+(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%]|[.,]\d)")


class CapacityComponent(BaseFigureComponent):
    """Find CAPACITY figures: value in the canonical unit, SI value and unit, qualifier."""

    label = "CAPACITY"
    patterns_file = "capacity.jsonl"

    def __init__(self, nlp: Language, name: str, *, span_group: str = "figures", patterns: str | None = None) -> None:
        super().__init__(nlp, name, span_group=span_group, patterns=patterns)
        self.mass_cues = frozenset(load_json("lexicons", "units.json")["mass_cues"])

    def is_mass(self, text: str, cand: Candidate) -> bool:
        """ "can weigh about fourteen tons", "loads of up to 44 tonnes": a bare tonnage under 1,000 after a
        mass cue weighs one thing; it is no throughput or production (GOLD.md CAPACITY)."""
        if cand.attrs["unit"] != "t" or not isinstance(cand.attrs["value"], float) or cand.attrs["value"] >= 1000:
            return False
        before = text[max(0, cand.start - _MASS_WINDOW) : cand.start].lower()
        return not self.mass_cues.isdisjoint(_WORDS.findall(before))

    def read(self, surface: str, text: str) -> dict | None:
        tables = self.tables
        capacity = parse_capacity(
            surface,
            units=tables.units,
            scales=tables.scale_words,
            number_words=tables.number_words,
        )
        if capacity is None:
            return None
        return {
            "value": capacity.value,
            "unit": capacity.unit,
            "si_value": capacity.si_value,
            "si_unit": capacity.si_unit,
        }

    def finish(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """ "from 21,000 vehicles per day to 8,000": the bare number after "to" is a capacity in the
        same unit, when the first is written without a scale word."""
        found = [cand for cand in found if not self.is_mass(text, cand)]
        extra = []
        starts = {cand.start for cand in found}
        for cand in found:
            after = _TO_BARE.match(text, cand.end)
            if after is None or after.start(1) in starts or not _FROM.search(text, max(0, cand.start - 8), cand.start):
                continue
            words = self.tables.number_words
            first = parse_number(text[cand.start : cand.end].split()[0], number_words=words, scales={})
            value = parse_number(after[1], number_words=words, scales={})
            if first is None or value is None or first != cand.attrs["value"]:
                continue  # "from 2 million tonnes to 3": the scale of the second is not written
            si = cand.attrs["si_value"]
            attrs = {**cand.attrs, "value": value, "si_value": si * value / first if si is not None and first else None}
            extra.append(Candidate(after.start(1), after.end(1), self.label, attrs))
        return sorted([*found, *extra], key=lambda c: c.start)


@Language.factory(
    "briefx_capacity",
    assigns=["doc.spans"],
    default_config={"span_group": "figures", "patterns": "capacity.jsonl"},
)
def make_capacity(nlp: Language, name: str, span_group: str, patterns: str) -> CapacityComponent:
    """Build the CAPACITY component."""
    register_attributes()
    return CapacityComponent(nlp, name, span_group=span_group, patterns=patterns)
