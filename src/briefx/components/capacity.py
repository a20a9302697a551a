"""briefx_capacity: power, energy and throughput ("1,570 MW", "10 bcm a year", "2 million TEU").

Voltage ("400 kV") and other measures are not capacities (GOLD.md) and get no span.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from briefx.components.attributes import register_attributes
from briefx.components.figures import Candidate, FigureComponent, non_overlapping
from briefx.normalize.units import parse_capacity


class Capacity(FigureComponent):
    """Find CAPACITY figures: value in the canonical unit, SI value and unit, qualifier."""

    label = "CAPACITY"

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        span_group: str = "figures",
        patterns: str = "capacity.jsonl",
    ) -> None:
        super().__init__(nlp, name, span_group=span_group, patterns=patterns)

    def find(self, doc: Doc) -> Iterable[Candidate]:
        text = doc.text
        tables = self.tables
        found = []
        for _, match in self.matches(text):
            capacity = parse_capacity(
                match.group(),
                units=tables.units,
                scales=tables.scale_words,
                number_words=tables.number_words,
            )
            if capacity is None:
                continue
            attrs = {
                "value": capacity.value,
                "unit": capacity.unit,
                "si_value": capacity.si_value,
                "si_unit": capacity.si_unit,
                "qualifier": self.qualifier(text, match.start()),
            }
            found.append(Candidate(match.start(), match.end(), self.label, attrs))
        return self.merge_ranges(text, non_overlapping(found), "unit")


@Language.factory(
    "briefx_capacity",
    assigns=["doc.spans"],
    default_config={"span_group": "figures", "patterns": "capacity.jsonl"},
)
def make_capacity(nlp: Language, name: str, span_group: str, patterns: str) -> Capacity:
    """Build the CAPACITY component."""
    register_attributes()
    return Capacity(nlp, name, span_group=span_group, patterns=patterns)
