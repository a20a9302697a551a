"""Names in the title and in sub-headings set in headline case or in capitals: the model reads every
capitalised word as a name there, so such a name stands only when the body confirms it. The body confirms
a name it writes the same way or longer ("Kenya Power and Lighting Company" for "Kenya Power"), and a
person it names by the same first and last words: a heading gives a board member's full name in capitals
over the biography ("MR MICHAEL JENINS CROUCH, AM" over "Michael Crouch, AM is …"), and GOLD.md gives the
names of sub-headings spans too."""

from __future__ import annotations

from spacy.tokens import Span

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_TRUSTED_SOURCES = frozenset({"gazetteer", "layout", "honourific"})


def _words(view: DocView, cand: Candidate) -> list[str]:
    """The name's words in lower case, over a line wrap and markup ("MICHAEL<br />\\nCROUCH")."""
    return view.doc[cand.start : cand.end].text.lower().split()


def _ends(words: list[str]) -> tuple[str, str] | None:
    """A person's first and last words, the middle names left out ("ian ernest webber" → ian, webber)."""
    alpha = [w for w in words if w.isalpha()]
    return (alpha[0], alpha[-1]) if len(alpha) > 1 else None


def _confirmed_in_body(view: DocView, cand: Candidate, body_texts: set[str], body_people: set) -> bool:
    words = _words(view, cand)
    text = " ".join(words)  # a heading's name over a line wrap
    # "Kenya Power" in a headline, "Kenya Power and Lighting Company" in the body
    if cand.source in _TRUSTED_SOURCES or any(b == text or b.startswith(text + " ") for b in body_texts):
        return True
    return cand.label == "PERSON" and _ends(words) in body_people


def headline_cased(lex: Lexicon, line: Span) -> bool:
    """Headline case capitalises every word but the small ones ('Kenya Raises Rates as Inflation Climbs');
    a line with two lower-case words or more is in sentence case ('What will NZGIF finance?')."""
    lower = sum(1 for t in line if t.is_alpha and t.is_lower and t.text not in lex.headline_small_words)
    return lower < 2


def confirm_headlines(view: DocView, lex: Lexicon, cands: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """Names in the title and in sub-headings set in headline case must be confirmed by the body (headline
    case capitalises every word; a sub-heading in sentence case, a FAQ's question, writes names as the body
    does); gazetteer places inside a dropped fragment stay."""
    lines = [line for line in view.headlines if line.label_ == "TITLE" or headline_cased(lex, line)]
    if not lines:
        return chosen
    in_line = {i for line in lines for i in range(line.start, line.end)}
    body_names = [c for c in chosen if c.start not in in_line]
    body = {" ".join(_words(view, c)) for c in body_names}
    people = {_ends(_words(view, c)) for c in body_names if c.label == "PERSON"} - {None}
    kept = [c for c in chosen if c.start not in in_line or _confirmed_in_body(view, c, body, people)]
    kept_ids = {id(c) for c in kept}
    dropped = [c for c in chosen if id(c) not in kept_ids]
    # "… as Beijing Readies Zero-Tariff Regime": the fragment goes, the place in it stays
    inner = [
        c
        for c in cands
        if c.source == "gazetteer"
        and any(d.start <= c.start and c.end <= d.end for d in dropped)
        and all(c.end <= k.start or k.end <= c.start for k in kept)
    ]
    return sorted(kept + inner, key=lambda c: c.start)
