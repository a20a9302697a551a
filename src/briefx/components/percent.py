"""briefx_percent: percentages and percentage points ("21.9%", "34 per cent", "0.25 pp")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from briefx.components.attributes import register_attributes
from briefx.components.figures import Candidate, FigureComponent, non_overlapping
from briefx.normalize.units import parse_percent


class Percent(FigureComponent):
    """Find PERCENT figures: value, unit ("pp" for percentage points), qualifier."""

    label = "PERCENT"

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        span_group: str = "figures",
        patterns: str = "percent.jsonl",
    ) -> None:
        super().__init__(nlp, name, span_group=span_group, patterns=patterns)

    def find(self, doc: Doc) -> Iterable[Candidate]:
        text = doc.text
        tables = self.tables
        found = []
        for _, match in self.matches(text):
            percent = parse_percent(
                match.group(),
                markers=tables.units["percent"],
                scales=tables.scale_words,
                number_words=tables.number_words,
            )
            if percent is None:
                continue
            attrs = {
                "value": percent.value,
                "unit": percent.unit,
                "qualifier": self.qualifier(text, match.start()),
            }
            found.append(Candidate(match.start(), match.end(), self.label, attrs))
        return self.merge_ranges(text, non_overlapping(found), "unit")


@Language.factory(
    "briefx_percent",
    assigns=["doc.spans"],
    default_config={"span_group": "figures", "patterns": "percent.jsonl"},
)
def make_percent(nlp: Language, name: str, span_group: str, patterns: str) -> Percent:
    """Build the PERCENT component."""
    register_attributes()
    return Percent(nlp, name, span_group=span_group, patterns=patterns)
