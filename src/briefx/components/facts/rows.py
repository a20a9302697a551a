"""A table row's parties: the subjects of a figure that is a cell of a table (`cells`), read from its row.

`**1**⏎⏎Northland Inc.⏎⏎Visitor centre upgrade⏎⏎$700,000`: a row has no sentence that holds both its figure
and its names, so the clause rules find no subject; the names of the row's lines before the figure are its
parties (GOLD.md § Facts, subjects: owner, receiver, place), one span each, in text order.
"""

from __future__ import annotations

from spacy.tokens import Span

from briefx.components.facts.cells import Bounds
from briefx.components.facts.clauses import FigureView
from briefx.components.facts.cues import FactCues


def row_of(view: FigureView, cell: tuple[Bounds | None, int] | None) -> Span | None:
    """The row's lines before a table cell (`cells.table_cell`), or None for a figure in prose."""
    if cell is None:
        return None
    stop = cell[1]
    return view.span.doc[stop : view.span.start] if stop < view.span.start else None


def row_parties(row: Span, ents: list[Span], cues: FactCues) -> list[Span]:
    """The names of subject labels inside the row, the first span of each entity."""
    out: list[Span] = []
    seen: set[str] = set()
    for ent in ents:
        if ent.start < row.start or ent.end > row.end or ent.label_ not in cues.subject_labels:
            continue
        key = ent._.canonical or ent.text
        if key not in seen:
            seen.add(key)
            out.append(ent)
    return out


def named_once(subjects: list[Span], cues: FactCues) -> list[Span]:
    """A state's code right before a place's name, with only marks between (`| AL | Alabama | $3,593,711 |`,
    `<td>AL</td> <td>Alabama</td>`), is that place's short form beside it: the figure's subject is the place, once.
    A code after a town (`Austin, TX`) is no short form of it and stays."""
    out: list[Span] = []
    for k, ent in enumerate(subjects):
        after = subjects[k + 1] if k + 1 < len(subjects) else None
        if ent.label_ == "GPE" and ent.text in cues.state_codes and after is not None and after.label_ == "GPE" \
                and after.text not in cues.state_codes and _only_marks(ent.doc[ent.end : after.start]):
            continue
        out.append(ent)
    return out


def _only_marks(between: Span) -> bool:
    return len(between) <= 3 and all(t.is_punct or t.is_space or not t.text.strip() for t in between)

