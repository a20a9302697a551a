"""briefx_capacity: power, energy and throughput ("1,570 MW", "10 bcm a year", "2 million TEU").

Voltage ("400 kV") and other measures are not capacities (GOLD.md) and get no span.
"""

from __future__ import annotations

from spacy.language import Language

from briefx.components.attributes import register_attributes
from briefx.components.figures.base import BaseFigureComponent
from briefx.normalize.units import parse_capacity


class CapacityComponent(BaseFigureComponent):
    """Find CAPACITY figures: value in the canonical unit, SI value and unit, qualifier."""

    label = "CAPACITY"
    patterns_file = "capacity.jsonl"

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


@Language.factory(
    "briefx_capacity",
    assigns=["doc.spans"],
    default_config={"span_group": "figures", "patterns": "capacity.jsonl"},
)
def make_capacity(nlp: Language, name: str, span_group: str, patterns: str) -> CapacityComponent:
    """Build the CAPACITY component."""
    register_attributes()
    return CapacityComponent(nlp, name, span_group=span_group, patterns=patterns)
