"""An event's head word alone, read by the model as an organisation: "During the Summit, leaders
agreed", "The Games open on Friday". GOLD.md names events, and a capitalised short reference to
one is no name of an organisation: no span. Heads that also name bodies when unnumbered
("Congress", "Assembly", "Convention": ``event_heads_need_number``) are left to the other rules.
A document-level repair after the choice."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon


def _event_head_alone(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    word = view.texts[cand.start]
    return cand.label == "ORG" and len(cand) == 1 and word in lex.event_heads and word not in lex.event_needs_number


def event_heads_alone(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The choice without one-word organisations that are an event's head."""
    return [c for c in chosen if not _event_head_alone(view, lex, c)]
