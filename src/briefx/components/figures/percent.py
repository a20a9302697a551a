"""briefx_percent: percentages and percentage points ("21.9%", "34 per cent", "0.25 pp")."""

from __future__ import annotations

from spacy.language import Language

from briefx.components.attributes import register_attributes
from briefx.components.figures.base import BaseFigureComponent
from briefx.normalize.units import parse_percent


class PercentComponent(BaseFigureComponent):
    """Find PERCENT figures: value, unit ("pp" for percentage points), qualifier."""

    label = "PERCENT"
    patterns_file = "percent.jsonl"
    signed = True

    def read(self, surface: str, text: str) -> dict | None:
        tables = self.tables
        percent = parse_percent(
            surface,
            markers=tables.units["percent"],
            scales=tables.scale_words,
            number_words=tables.number_words,
        )
        if percent is None:
            return None
        return {"value": percent.value, "unit": percent.unit}


@Language.factory(
    "briefx_percent",
    assigns=["doc.spans"],
    default_config={"span_group": "figures", "patterns": "percent.jsonl"},
)
def make_percent(nlp: Language, name: str, span_group: str, patterns: str) -> PercentComponent:
    """Build the PERCENT component."""
    register_attributes()
    return PercentComponent(nlp, name, span_group=span_group, patterns=patterns)
