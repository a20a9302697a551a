"""briefx_figures: money, percent, capacity and count as one component."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from briefx.components.attributes import register_attributes
from briefx.components.figures.base import BaseFigureComponent
from briefx.components.figures.capacity import CapacityComponent
from briefx.components.figures.count import CountComponent
from briefx.components.figures.money import MoneyComponent
from briefx.components.figures.percent import PercentComponent


class FiguresComponent:
    """Money, percent, capacity and count in one component (`nlp.add_pipe("briefx_figures")`)."""

    def __init__(self, parts: Sequence[BaseFigureComponent]) -> None:
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
def make_figures(nlp: Language, name: str, span_group: str) -> FiguresComponent:
    """Build the combined figures component (money, percent, capacity, count)."""
    register_attributes()
    return FiguresComponent(
        [
            MoneyComponent(nlp, f"{name}.money", span_group=span_group),
            PercentComponent(nlp, f"{name}.percent", span_group=span_group),
            CapacityComponent(nlp, f"{name}.capacity", span_group=span_group),
            CountComponent(nlp, f"{name}.count", span_group=span_group),
        ]
    )
