"""Titles the model read as bodies or places (issue 9, transcripts and news): a title alone
("an audience with the Emperor", "the Chancellor said") names no one (corpus/README: roles and
titles stay outside names). The model reads a plural title as an event too ("The Ministers have
decided", "the Secretaries shall", spread over the document by `repairs.propagate`). A
document-level repair after the choice; a name right after a title read as a body ("Speaker
McCarthy") is `given_names`' business.

A post's word the model read alone as a person ("General Manager", "Managing Partner", "the Chairs", seen on NZ
appointment releases, White House lists and Australian releases) names no one either, unless it is a word of a
person's full name in the document ("Brigadier Rose King … Brigadier King", "Julie Bishop … Bishop said")."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_READ_AS = frozenset({"ORG", "GPE", "EVENT"})


def title_alone(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The candidate is one title word ("Emperor", "Ministers") read as a body, a place or an event."""
    return cand.label in _READ_AS and len(cand) == 1 and view.texts[cand.start] in lex.role_words


def post_alone(view: DocView, lex: Lexicon, cand: Candidate, names: set[str]) -> bool:
    """The candidate is one post's word read as a person, the last of a title run ("General Manager", "Managing
    Partner") or a plural ("the Chairs"), and no word of a full name in `names`; a singular title after "the" is
    left to the rules about people ("the Chancellor spoke")."""
    texts, s = view.texts, cand.start
    text = texts[s]
    if cand.label != "PERSON" or len(cand) != 1 or not text.istitle() or text in names:
        return False
    if not (lex.post_title(text) or text.lower() in lex.post_nouns):
        return False
    plural = text not in lex.role_words and text.endswith("s")
    return plural or (s > 0 and texts[s - 1].istitle() and texts[s - 1].isalpha())


def titles_alone(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The candidates without the titles read alone as bodies, places, events or people."""
    names = {view.texts[i] for c in chosen if c.label == "PERSON" and len(c) > 1 for i in c.tokens()}
    return [cand for cand in chosen if not (title_alone(view, lex, cand) or post_alone(view, lex, cand, names))]
