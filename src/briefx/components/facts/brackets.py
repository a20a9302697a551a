"""A sum in brackets after the item it costs (`50 new Projects ($56 million)`): the item's noun is its measure."""

from __future__ import annotations

from spacy.tokens import Token

from briefx.components.facts.clauses import NOUNS, FigureView, is_infinitive
from briefx.components.facts.cues import FactCues

_PLACE_ENTS = ("GPE", "LOC")


def bracketed_item(view: FigureView, cues: FactCues) -> Token | None:
    """`50 new Projects ($56 million)`, `investment in public science ($93.5 million over four years)`, `Solar plant in
    Nauru ($4m)`: a sum in brackets right after a noun phrase is what that item costs; its measure is the item's noun
    (past a place's phrase, to the noun the phrase hangs on); a name of a body or person (`Rice University ($18.0M)`),
    a date, a time noun or another figure (`$97.3 billion (£77.0 billion)`) before the bracket names no item."""
    span = view.span
    if span.label_ != "MONEY" or span.start < 2 or span.doc[span.start - 1].text != "(":
        return None
    token = span.doc[span.start - 2]
    while (token.ent_type_ in _PLACE_ENTS and token.dep_ == "pobj" and token.head.dep_ == "prep"
           and token.head.head.pos_ in NOUNS and token.head.head.i < token.i):
        token = token.head.head
    if token.dep_ == "dobj" and is_infinitive(token.head):
        token = _infinitive_owner(token.head)  # `Voice amplification to showcase climate action ($4m)`
    if (token is None or token.pos_ not in NOUNS or token.ent_type_ or token.like_num
            or token.lower_ in cues.time_nouns or "\n" in span.doc[token.i : span.start].text):
        return None  # not past the line: the parser may join a list's items
    return None if token.i in view.others or token.i in view.dated else token


def _infinitive_owner(verb: Token) -> Token | None:
    """The noun a `to`-infinitive tells the purpose of (`Roadmap to decarbonise the sector`): the noun it hangs on,
    or the subject the parser gave it."""
    if verb.dep_ in ("acl", "relcl", "advcl") and verb.head.pos_ in NOUNS and verb.head.i < verb.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in NOUNS and c.i < verb.i),
                None)
