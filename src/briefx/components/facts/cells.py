"""A figure alone on its line: a cell of a table, whose measure its row or its table's caption names.

`Northland Inc.⏎⏎$700,000` under `**Funding amounts by RTO**`: the row's line before the figure names what is
funded (`Paraplegic lift and toilets⏎⏎$50,000.00`), unless it is only a name (the row's party, a subject) or
the row's number; then the table's caption does (GOLD.md § Facts: the measure of a figure in a table).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from briefx.components.facts.clauses import FigureView
from briefx.components.facts.cues import FactCues

Bounds = tuple[int, int]


def _breaks(doc: Doc, i: int) -> bool:
    return doc[i].is_space and "\n" in doc[i].text


def _trim(doc: Doc, start: int, end: int, marks: frozenset[str]) -> Bounds | None:
    """A line's bounds without its layout marks (`**`, brackets) at either end; None when nothing is left."""
    while start < end and (doc[start].text in marks or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in marks or doc[end - 1].is_space):
        end -= 1
    return (start, end) if start < end else None


def alone_on_line(span: Span, marks: frozenset[str]) -> bool:
    """Only layout marks lie between the figure and the line breaks on either side."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and not _breaks(doc, i):
        if doc[i].text not in marks:
            return False
        i -= 1
    j = span.end
    while j < len(doc) and not _breaks(doc, j):
        if doc[j].text not in marks:
            return False
        j += 1
    return i >= 0 or span.start == 0


def lines_before(doc: Doc, start: int, marks: frozenset[str], limit: int) -> Iterator[Bounds]:
    """The non-empty lines before token `start`, nearest first (at most `limit`), without their layout marks."""
    end = start
    for i in range(start - 1, -2, -1):
        if limit == 0:
            return
        if i == -1 or _breaks(doc, i):
            line = _trim(doc, i + 1, end, marks)
            if line is not None:
                limit -= 1
                yield line
            end = i


def is_cell(doc: Doc, line: Bounds, cues: FactCues) -> bool:
    """A line that closes no sentence (`No.` is a word; `… Kelvin Davis said.”` closes one): a table's cell,
    header or caption, not a paragraph of prose."""
    start, end = line
    while end > start + 1 and doc[end - 1].is_quote:
        end -= 1
    size = end - start
    return size <= cues.cell_max_tokens and (size < 4 or doc[end - 1].text not in cues.sentence_closers)


def _row_number(doc: Doc, line: Bounds) -> bool:
    return all(t.like_num or t.is_punct for t in doc[line[0] : line[1]])


def _only_name(doc: Doc, line: Bounds) -> bool:
    """A line that one entity span covers (`Bay of Plenty Racing Club Inc`): the row's party, not its measure."""
    tokens = doc[line[0] : line[1]]
    return tokens[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in tokens[1:]) and (
        line[1] == len(doc) or doc[line[1]].ent_iob_ != "I")


def row_measure(view: FigureView, cues: FactCues) -> tuple[Bounds | None, int]:
    """The row's nearest line before the figure that is not a name, and the token where the row starts (a
    figure or a prose line before it ends the row above; a row number opens it, and the line after a row
    number is the row's label, its party: `**1**⏎⏎Northland Inc.⏎⏎$700,000`)."""
    doc = view.span.doc
    row: list[Bounds] = []
    numbered = False
    for line in lines_before(doc, view.span.start, cues.layout_marks, cues.row_max_lines):
        if not is_cell(doc, line, cues) or any(i in view.others for i in range(*line)):
            break
        if _row_number(doc, line):
            numbered = True
            break
        row.append(line)
    stop = row[-1][0] if row else view.span.start
    cells = row[:-1] if numbered else row
    return next((line for line in cells if not _only_name(doc, line)), None), stop


def caption(doc: Doc, start: int, cues: FactCues) -> Bounds | None:
    """The first line of the run of cells that ends before token `start`: the table's caption."""
    first = None
    for line in lines_before(doc, start, cues.layout_marks, cues.table_max_lines):
        if not is_cell(doc, line, cues):
            break
        first = line
    return None if first is None or _row_number(doc, first) else first


def table_head(view: FigureView, cues: FactCues, heads: dict[int, list[Bounds]]) -> list[Bounds]:
    """The table's caption and column heads above a cell: the lines of the run of cells before the figure that lie
    above the run's first line that is a figure alone (`**$ Approved**` over `Recipient⏎⏎Purpose⏎⏎$750,000`;
    `**Summary of round 2 grants**`, `[$50,000 maximum` are heads). A row's line of prose between two cells
    (`Actronic: Measurement and control products.`) stays in the run; two lines of prose end it. `heads` holds the
    heads found for the cells above (by the figure's first token): a cell of the same run has the same."""
    doc = view.span.doc
    head: list[Bounds] = []
    prose = False
    for line in lines_before(doc, view.span.start, cues.layout_marks, cues.table_max_lines):
        cell = is_cell(doc, line, cues)
        if prose and not cell:
            break
        prose = not cell
        if not all(i in view.others or doc[i].is_punct for i in range(*line)):
            head = [*head, line]
        elif line[0] in heads:
            head, prose = heads[line[0]], False
            break
        else:
            head = []
    heads[view.span.start] = head[:-1] if prose else head
    return heads[view.span.start]


def allocated_cell(view: FigureView, cell: tuple[Bounds | None, int] | None, cues: FactCues,
                   heads: dict[int, list[Bounds]]) -> bool:
    """A cell (`table_cell`) of a table whose heads (`table_head`) name sums allotted to each recipient (`**$
    Approved**`, `**Commitment**`, `**Table of funding to each council**`) and not sums paid out (`**Total Funds
    Received**`): an allocation the text announces, a target (corpus/README.md: announced allocations and approved
    grants are targets)."""
    if cell is None:
        return False
    words = {t.lower_ for start, end in table_head(view, cues, heads) for t in view.span.doc[start:end]}
    return bool(words & cues.allocation_heads) and not words & cues.spent_heads


def table_cell(view: FigureView, cues: FactCues) -> tuple[Bounds | None, int] | None:
    """A figure alone on its line: its row's measure line (`row_measure`) and the token where its row starts;
    None for a figure in prose. Read once per figure: the measure and the row's parties both use it."""
    if not alone_on_line(view.span, cues.layout_marks):
        return None
    return row_measure(view, cues)


def cell_measure(view: FigureView, cell: tuple[Bounds | None, int] | None,
                 cues: FactCues) -> tuple[Bounds | None, bool]:
    """The measure of a table cell (`table_cell`): its row's line, else its table's caption (and True)."""
    if cell is None:
        return None, False
    found, stop = cell
    return (found, False) if found is not None else (caption(view.span.doc, stop, cues), True)
