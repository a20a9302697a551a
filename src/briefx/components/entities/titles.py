"""Titles the model read as bodies or places (issue 9, transcripts and news): a title alone
("an audience with the Emperor", "the Chancellor said") names no one (corpus/README: roles and
titles stay outside names). The model reads a plural title as an event too ("The Ministers have
decided", "the Secretaries shall", spread over the document by `repairs.propagate`). A
document-level repair after the choice; a name right after a title read as a body ("Speaker
McCarthy") is `given_names`' business."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_READ_AS = frozenset({"ORG", "GPE", "EVENT"})


def title_alone(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The candidate is one title word ("Emperor", "Ministers") read as a body, a place or an event."""
    return cand.label in _READ_AS and len(cand) == 1 and view.texts[cand.start] in lex.role_words


def titles_alone(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The candidates without the titles read alone as bodies, places or events."""
    return [cand for cand in chosen if not title_alone(view, lex, cand)]
