"""An event's head word alone, read by the model as an organisation: "During the Summit, leaders
agreed", "the Olympics": a capitalised short reference to an event is the EVENT (as GOLD.md has
"the Committee" for an organisation; the real gold labels "The Summit" so). Heads that also name
bodies when unnumbered ("Congress", "Assembly", "Convention": ``event_heads_need_number``) are
left to the other rules. A document-level repair after the choice."""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon


def _event_head_alone(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    word = view.texts[cand.start]
    return cand.label == "ORG" and len(cand) == 1 and word in lex.event_heads and word not in lex.event_needs_number


def event_heads_alone(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The choice with one-word organisations that are an event's head read as the event."""
    return [replace(c, label="EVENT") if _event_head_alone(view, lex, c) else c for c in chosen]
