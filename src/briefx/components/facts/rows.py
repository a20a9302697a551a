"""A table row's parties: the subjects of a figure that is a cell of a table (`cells`), read from its row.

`**1**⏎⏎Northland Inc.⏎⏎Visitor centre upgrade⏎⏎$700,000`: a row has no sentence that holds both its figure
and its names, so the clause rules find no subject; the names of the row's lines before the figure are its
parties (GOLD.md § Facts, subjects: owner, receiver, place), one span each, in text order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefx.components.facts.cells import Bounds
from briefx.components.facts.clauses import FigureView
from briefx.components.facts.cues import FactCues


def row_of(view: FigureView, cell: tuple[Bounds | None, int] | None) -> Span | None:
    """The row's lines before a table cell (`cells.table_cell`), or None for a figure in prose."""
    if cell is None:
        return None
    stop = cell[1]
    return view.span.doc[stop : view.span.start] if stop < view.span.start else None


def inline_row(view: FigureView, named: frozenset[int], cues: FactCues) -> Span | None:
    """`Christchurch $10,000 Dunedin $9,750 Far North $6,000`, `Mackenzie Basin Catchment Collective South Canterbury
    $625,000 4 ½ years Upper …`, `ACT   $3.220 million⏎NSW   $64.212 million`: a table whose rows the text runs
    together, each a figure after only names (`named`: their tokens), dates and marks. The names since the figure
    before (or since the line's start) are the row's parties; a run needs the row before or after it to be one too,
    so a name that merely opens a line of prose (`Acme $5 million to build …`) is no row."""
    doc, start = view.span.doc, view.span.start
    i, after_figure = start - 1, False
    while i >= 0 and "\n" not in doc[i].text:
        if i in view.others:
            after_figure = True
            break
        if not _row_token(doc[i], view, named, cues):
            return None
        i -= 1
    if not any(k in named for k in range(i + 1, start)):
        return None
    return doc[i + 1 : start] if after_figure or _row_follows(view, named, cues) else None


def _row_follows(view: FigureView, named: frozenset[int], cues: FactCues) -> bool:
    """The figure's next row: names (at least one), dates and marks, then another figure."""
    doc, seen = view.span.doc, False
    for token in doc[view.span.end :]:
        if token.i in view.others:
            return seen
        if not (_row_token(token, view, named, cues) or "\n" in token.text):
            return False
        seen = seen or token.i in named
    return False


def _row_token(token: Token, view: FigureView, named: frozenset[int], cues: FactCues) -> bool:
    return token.i in named or token.i in view.dated or not token.text.strip() or \
        (token.is_punct and token.text not in cues.sentence_closers)


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

