"""The custom attributes briefx components set on Docs and Spans.

Values live in `doc.user_data`, so they survive pickling in `nlp.pipe(n_process=…)`
and `Doc.to_bytes`. Span groups used by the components:

- ``doc.spans["title"]``, ``["byline"]`` (labels AUTHOR, OUTLET), ``["dateline"]``,
  ``["sections"]`` (headings), ``["paragraphs"]``, ``["furniture"]`` (dropped lines);
- ``doc.spans["dates"]`` (DATE), ``doc.spans["figures"]`` (MONEY, PERCENT, CAPACITY, COUNT),
  ``doc.spans["quotes"]`` (QUOTE);
- entities stay in ``doc.ents`` with ``Span._.canonical``, ``._.role``, ``._.iso_code``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_ATTRIBUTES = {
    "published": None,  # ISO date string given by the caller
    "year": None,  # the year relative dates resolve against
    "year_inferred": False,
    "doc_id": None,
}
SPAN_ATTRIBUTES = {
    "value": None,
    "currency": None,
    "qualifier": None,
    "unit": None,
    "si_value": None,
    "si_unit": None,
    "inferred": False,
    "canonical": None,
    "role": None,
    "iso_code": None,
    "speaker": None,
    "cue": None,
    "place": None,
    "fact": None,  # briefx_facts: a dict of character offsets, see components/facts.py
}


def register_attributes() -> None:
    """Declare briefx's extension attributes (idempotent)."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
