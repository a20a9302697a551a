"""briefx_facts: tie every figure to what it measures, whose it is, when, and how it moved.

For each span in ``doc.spans["figures"]`` the component reads the parse of the
figure's clause (GOLD.md § Facts) and sets ``span._.fact`` to a plain dict of
character offsets (plain data, so it survives pickling)::

    {"measure": [start, end] | None, "subjects": [[start, end], ...],
     "period": [start, end] | None, "kind": "level" | "change" | "target",
     "direction": "up" | "down" | None, "changes": [start, end] | None}

``changes`` is the figure a change figure changes when the same sentence gives
both (``$2.44 billion, an increase of 21.9%``). Cue words are data
(``models/lexicons/facts.json``). Seams: `cues` (the word lists), `clauses`
(a figure's clause and its path up to the clause head), `measure`, `cells`
(a table cell's measure), `kind`, `period`, `anchors` (subjects), `rows` (a
table cell's subjects), `component` (the pipe, the cross-figure repairs and the
nearest-phrase baseline).
"""

from briefx.components.facts.component import FactsComponent, make_facts, nearest_facts

__all__ = ["FactsComponent", "make_facts", "nearest_facts"]
