"""A table set as text: a line a name opens and a sum closes, one row a line.

`Camden Municipal Council $ 79,000` under `The councils to receive grants are:`, `***Ara Taiohi Incorporated -
$60,000***` under `**List of grant recipients:**`, `<p>Wyndham Learning Centre      $100,000</p>` under
`Organisations      Funding (up to)`: the sum is a cell of its row, and like a cell (`cells.allocated_cell`) it is
an allocation the text announces when the lead above the rows names sums allotted, not sums paid
(corpus/README.md: announced allocations are targets; `Reward Payment (paid …)` heads payments made).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefx.components.facts.cells import Bounds, is_cell, lines_before
from briefx.components.facts.clauses import FigureView
from briefx.components.facts.cues import FactCues

_NAME_TAGS = ("PROPN", "NOUN", "ADJ", "ADP", "DET", "CCONJ", "PUNCT", "PART", "NUM", "SPACE", "X")


def _line_of(doc: Doc, span: Span) -> Bounds:
    """The token bounds of the line that holds the span."""
    start = span.start
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = span.end
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return start, end


def _marks(cues: FactCues) -> frozenset[str]:
    return cues.layout_marks | cues.bullet_marks


def row_name(view: FigureView, cues: FactCues) -> Span | None:
    """The name that opens the figure's line when the figure closes it (only closers and layout marks after it):
    words of a name (`Camden municipal Council`, `Hui E! Community Aotearoa`), the first capitalised, no
    lower-case verb (`Holidaymakers spent $479 million` is a sentence), no other figure, and a dash or colon
    at most before the sum; None otherwise."""
    doc = view.span.doc
    start, end = _line_of(doc, view.span)
    marks = _marks(cues)
    after = [t for t in doc[view.span.end : end] if not (t.is_space or t.text in marks)]
    if any(t.text not in cues.sentence_closers for t in after):
        return None
    words = [t for t in doc[start : view.span.start] if not (t.is_space or t.text in marks)]
    while words and words[-1].text in cues.label_closers:
        words.pop()
    if not words or not (words[0].is_title or words[0].is_upper) or any(t.i in view.others for t in words):
        return None
    if any(t.pos_ not in _NAME_TAGS and not (t.is_title or t.is_upper) for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1]


def row_lead(doc: Doc, start: int, others: frozenset[int], cues: FactCues) -> Bounds | None:
    """The lead of the rows above token `start`: the nearest line without a figure that is a cell (a caption or
    column heads) or ends in a colon (`grants are:`); rows and the prose told of each row between them are
    passed over."""
    for line in lines_before(doc, start, _marks(cues), cues.table_max_lines):
        if any(i in others for i in range(*line)):
            continue
        if doc[line[1] - 1].text == ":" or is_cell(doc, line, cues):
            return line
    return None


def allocated_row(view: FigureView, cues: FactCues) -> bool:
    """A sum that closes a named row (`row_name`) whose lead (`row_lead`) names allotted sums (`grants`,
    `Funding`, `allocation`) and no sums paid (`received`, `paid`): an allocation, a target."""
    if view.span.label_ != "MONEY":
        return False
    name = row_name(view, cues)
    if name is None:
        return False
    doc = view.span.doc
    lead = row_lead(doc, name.start, view.others, cues)
    if lead is None:
        return False
    words = {t.lower_ for t in doc[lead[0] : lead[1]]}
    return bool(words & cues.allocation_heads) and not words & cues.spent_heads
