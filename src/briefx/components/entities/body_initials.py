"""A body's initials written alone after its full name: "Voting for the FOMC monetary policy
action" in a statement of the Federal Open Market Committee, "ALPA" after the Air Line Pilots
Association, "HNZC" after Housing New Zealand Corporation. The model leaves such a short form
unlabelled when it stands as a modifier or is not defined in brackets; GOLD.md labels a short form
of an organisation ORG. The cue is the document's own ORG names: one of two words or more that
ends in a body's head word ("Committee", "Association", "Corporation"; not a programme's or a
thing's) spells the letters, three or more of them. Candidates for the choice, like
`repairs.short_references`."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.organisations import inside_address
from briefx.components.entities.wraps import is_break
from briefx.normalize.names import initials

_MIN_LETTERS = 3  # two letters spell too many other things ("DC", "MS", "LA")


def _body_heads(lex: Lexicon) -> frozenset[str]:
    heads = lex.org_heads | lex.short_form_body_heads | lex.government_heads
    return heads - lex.no_span_heads - lex.thing_heads


def spelled_bodies(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> set[str]:
    """The initials of the document's ORG names that end in a body's head word."""
    heads = _body_heads(lex)
    spelled = set()
    for cand in chosen:
        if cand.label != "ORG" or len(cand) < 2:
            continue
        words = [w for w in view.texts[cand.start : cand.end] if not is_break(w)]
        if len(words) > 1 and words[-1] in heads:
            letters = initials(view.span_text(cand.start, cand.end))
            if len(letters) >= _MIN_LETTERS:
                spelled.add(letters)
    return spelled


def initials_of_bodies(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ORG candidates for the words no chosen name covers that spell a named body's initials."""
    spelled = spelled_bodies(view, lex, chosen)
    if not spelled:
        return []
    taken = {i for cand in chosen for i in cand.tokens()}
    # not inside a web address ("twitter.com/NILC/status", "…/Updated-ALPA-Statement")
    found = [
        i for i, text in enumerate(view.texts) if text in spelled and i not in taken and not inside_address(view, i)
    ]
    return [Candidate(i, i + 1, "ORG", "ner") for i in found]
