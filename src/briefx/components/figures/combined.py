"""briefx_figures: money, percent, capacity and count as one component."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from briefx.components.attributes import register_attributes
from briefx.components.figures.base import FigureComponent
from briefx.components.figures.capacity import Capacity
from briefx.components.figures.count import Count
from briefx.components.figures.money import Money
from briefx.components.figures.percent import Percent


class Figures:
    """Money, percent, capacity and count in one component (`nlp.add_pipe("briefx_figures")`)."""

    def __init__(self, parts: Sequence[FigureComponent]) -> None:
        self.parts = list(parts)

    def __call__(self, doc: Doc) -> Doc:
        for part in self.parts:
            part(doc)
        return doc


@Language.factory(
    "briefx_figures",
    assigns=["doc.spans"],
    default_config={"span_group": "figures"},
)
def make_figures(nlp: Language, name: str, span_group: str) -> Figures:
    """Build the combined figures component (money, percent, capacity, count)."""
    register_attributes()
    return Figures(
        [
            Money(nlp, f"{name}.money", span_group=span_group),
            Percent(nlp, f"{name}.percent", span_group=span_group),
            Capacity(nlp, f"{name}.capacity", span_group=span_group),
            Count(nlp, f"{name}.count", span_group=span_group),
        ]
    )
