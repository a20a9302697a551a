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


_BEFORE_A_POST = frozenset({"a", "an", ","})


def _post_word(lex: Lexicon, text: str) -> bool:
    return lex.post_title(text) or text.lower() in lex.post_nouns or text.lower() in lex.post_heads


def _completes_a_title(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "the Executive [Branch]", "Chief of [Staff]", "Ambassador [Extraordinary]": common words that complete the
    title before them (or before its "of")."""
    texts, s = view.texts, cand.start
    if not all(w.lower() in lex.post_complements for w in texts[s : cand.end]):
        return False
    k = s - 2 if s > 1 and texts[s - 1] == "of" else s - 1
    return k >= 0 and texts[k] in lex.title_words


def post_alone(view: DocView, lex: Lexicon, cand: Candidate, names: set[str]) -> bool:
    """The candidate is a post read as a person: one post's word, the last of a title run ("General Manager",
    "Managing Partner", "Deputy Clerk"), after "a" or a comma ("a Councillor"), or a plural ("the Chairs"); or
    capitalised words closed by a post's word, none a given name ("Deputy Campaign Manager", "Chief Operational
    Planner", "Licensed Auditor"), or common words completing a title ("Executive Branch"); and no word of a full
    name in `names`. A singular title after "the" is left to
    the rules about people ("the Chancellor spoke")."""
    texts, s = view.texts, cand.start
    words = texts[s : cand.end]
    if cand.label != "PERSON" or not all(w.istitle() and w.isalpha() for w in words) or names.intersection(words):
        return False
    if _completes_a_title(view, lex, cand):
        return True
    if len(words) > 1:
        # a post's noun closes the run, not a title that is a surname too ("Rose King", "Julie Bishop")
        last = words[-1]
        closed = last.lower() in lex.post_nouns or last.lower() in lex.post_heads or last in lex.lone_titles
        return closed and not any(w in lex.given_names for w in words)
    if not _post_word(lex, words[-1]):
        return False
    text = words[0]
    plural = text not in lex.role_words and text.endswith("s")
    return plural or (s > 0 and ((texts[s - 1].istitle() and texts[s - 1].isalpha()) or texts[s - 1] in _BEFORE_A_POST))


def titles_alone(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The candidates without the titles read alone as bodies, places, events or people."""
    people = [c for c in chosen if c.label == "PERSON" and len(c) > 1]
    # a post read as a person ("Deputy Presiding Member") lends its words to no one ("Presiding Member" alone)
    names = {view.texts[i] for c in people if not post_alone(view, lex, c, set()) for i in c.tokens()}
    return [cand for cand in chosen if not (title_alone(view, lex, cand) or post_alone(view, lex, cand, names))]
