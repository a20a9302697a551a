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

from datetime import date
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

# `Doc.text` joins every token's text on each access; a component that reads it per turn,
# per quote or per pattern makes the pipeline quadratic in the text. A Doc's text never
# changes (retokenizing splits and merges tokens, not characters), so it is joined once.
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


# A Doc made from a masked copy of the text (markup blanked, same length: `briefx.normalize.markup`)
# keeps the text as given in user_data, so `nlp.pipe(n_process=…)` carries it.
_GIVEN_TEXT_KEY = "briefx.given_text"


def set_given_text(doc: Doc, text: str) -> None:
    """Record the text as given of a Doc made from its masked copy."""
    doc.user_data[_GIVEN_TEXT_KEY] = text


def given_text(doc: Doc) -> str | None:
    """The text as given of a Doc made from a masked copy; None when the Doc's text is the text as given."""
    return doc.user_data.get(_GIVEN_TEXT_KEY)


# the publication date is a `date` on the Doc; user_data holds its day number, which
# `Doc.to_bytes` (and so `nlp.pipe(n_process=…)`) can serialise, as it cannot a `date`
_PUBLISHED_KEY = "briefx.published"


def _get_published(doc: Doc) -> date | None:
    day = doc.user_data.get(_PUBLISHED_KEY)
    return None if day is None else date.fromordinal(day)


def _set_published(doc: Doc, value: date | None) -> None:
    if value is not None and not isinstance(value, date):
        raise TypeError(f"doc._.published takes a datetime.date, not {type(value).__name__}")
    doc.user_data[_PUBLISHED_KEY] = None if value is None else value.toordinal()


DOC_ATTRIBUTES = {
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
    if not Doc.has_extension("published"):
        Doc.set_extension("published", getter=_get_published, setter=_set_published)
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
