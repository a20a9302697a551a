"""Events named without an event head after the name: a code ("COP31"), a storm's kind before
its name ("Hurricane Teodora"), an incident word after its place ("the Martin Place siege")."""

from __future__ import annotations

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon, capitalised


def event_code(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "COP31"."""
    return Candidate(i, i + 1, "EVENT", "pattern") if lex.event_codes.match(view.texts[i]) else None


def storm_name(view: DocView, lex: Lexicon, i: int) -> bool:
    """The word after a storm's kind at i is its name: not "Hurricane Hunters" (a plural), not the
    "National Hurricane Center" (the kind inside a longer name)."""
    doc = view.doc
    nxt = doc[i + 1]
    if not lex.plain_name_word(nxt) or nxt.tag_ == "NNPS":
        return False
    prev = doc[i - 1] if i > 0 else None
    return prev is None or prev.is_sent_start or not prev.is_title or prev.text in lex.storm_grades


def named_incident(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "the Martin Place siege", "the Bali bombing", "the 2010 Upper Big Branch Mine disaster": a
    place's or site's name before an incident word (lex.incident_words), the word and an opening
    year inside the EVENT; not "the Disaster Recovery Fund", nor "Federal disaster assistance"."""
    doc = view.doc
    if doc[i].lower_ not in lex.incident_words or (i + 1 < len(doc) and capitalised(doc[i + 1].text)):
        return None
    start = i
    while start > 0 and i - start < 4 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
        start -= 1
    name = view.texts[start:i]
    if not name or all(w in lex.name_adjectives for w in name):
        return None
    if any(w in lex.role_words or w in lex.portfolio or w in lex.org_heads for w in name):
        return None
    if context.year_opens_name(view, lex, start - 1):
        start -= 1
    return Candidate(start, i + 1, "EVENT", "pattern")
