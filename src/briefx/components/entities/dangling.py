"""Organisations cut after a connector: the model's span, or what its trimming left, ends on
"of", "for", "and" or "the" ("Minister for" from "the Minister for Health", "Economic Club of"
before "New York", "Nominee for" before a post, "Administrator of the" before "FAA"). A name
never ends on a connector (GOLD.md: a span covers the whole name and nothing else), so the span
is mended: a post before the connector leaves the body after it, or nothing when only a portfolio
follows ("Minister for Health": roles stay outside names); a body's name goes on over the
capitalised run after it, across a line wrap ("Centers for Disease Control⏎and Prevention");
anything else loses the connector, but for "and", which may join two names. A document-level
repair after the choice.
"""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break

_DANGLING = frozenset({"of", "for", "to", "and", "&", "the", "in", "on", "at"})
_COMPLEMENTS = frozenset({"of", "for", "to"})  # a body's name goes on after these ("Office of the …")
_INNER = frozenset({"of", "for", "and", "&", "the", "on"})  # small words inside the run after it
_MAX_RUN = 8
_MARKUP = frozenset("()[]/:")  # "Agriculture](https://www.usda.gov…": a link glued to the word ends the run


def _core_end(view: DocView, cand: Candidate) -> int:
    """The end of the candidate without its trailing connectors and line breaks."""
    end = cand.end
    while end > cand.start and (view.texts[end - 1] in _DANGLING or is_break(view.texts[end - 1])):
        end -= 1
    return end


def _run_after(view: DocView, lex: Lexicon, k: int, people: frozenset[int]) -> int:
    """The end of the capitalised run from token k (an opening 'the' and line wraps skipped, small
    connectors kept between capitalised words) up to a post or a person's name (`people`: where
    one starts); k itself when no capital follows."""
    texts = view.texts
    end = k
    j = k
    while j < len(texts) and j - k < _MAX_RUN:
        text = texts[j]
        if _post(lex, text) or j in people:
            break  # "Minister for Aged Care and Minister for …": another post begins
        if text[:1].isupper() and any(c.isalpha() for c in text) and _MARKUP.isdisjoint(text):
            j += 1
            end = j
        elif is_break(text) or text in _INNER or (j == k and text.lower() == "the"):
            j += 1
        else:
            break
    return end


def _post(lex: Lexicon, text: str) -> bool:
    """A title or an occupation noun ("Minister", "Administrator", "Nominee")."""
    return text in lex.role_words or text.lower() in lex.occupation_words


def _roles_only(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """Posts, portfolios and connectors only ("Deputy Administrator for Management", "Health")."""
    words = [w for w in view.texts[start:end] if not is_break(w) and w != ","]
    return all(_post(lex, w) or w in lex.portfolio or w in _DANGLING or w.lower() == "the" for w in words)


def _has_body_word(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """A head word of bodies in the words ("Centre", "Centers", "Office", "Agency")."""
    tables = (lex.org_heads, lex.company_words, lex.short_heads, lex.government_heads, lex.short_form_body_heads)
    return any(w in table or w.removesuffix("s") in table for w in view.texts[start:end] for table in tables)


def _names_a_body(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """A body's head word, a known organisation or a short form ("FAA"), not a portfolio ("Aged Care")."""
    text = view.span_text(start, end)
    short_form = end - start == 1 and text.isupper()
    return short_form or text in lex.organisation_names or _has_body_word(view, lex, start, end)


def mended(view: DocView, lex: Lexicon, cand: Candidate, people: frozenset[int] = frozenset()) -> Candidate | None:
    """The organisation `cand` names once its dangling connector is dealt with; None when it names
    only a post. A candidate that ends on no connector is returned as it is."""
    if cand.label != "ORG" or view.texts[cand.end - 1] not in _DANGLING:
        return cand
    core = _core_end(view, cand)
    if core == cand.start:
        return None
    connector = next(t for t in view.texts[core : cand.end] if not is_break(t))
    after = _run_after(view, lex, cand.end, people)
    start = cand.end
    while start < len(view.texts) and (view.texts[start].lower() == "the" or is_break(view.texts[start])):
        start += 1
    if _post(lex, view.texts[core - 1]) and connector in _COMPLEMENTS:
        # "Administrator of the FAA": the post's body is after the connector; "Minister for Health": none
        if after == start or _roles_only(view, lex, start, after) or not _names_a_body(view, lex, start, after):
            return None
        return Candidate(start, after, "ORG", cand.source)
    if _roles_only(view, lex, cand.start, core) or (
        connector in _COMPLEMENTS and start < len(view.texts) and _post(lex, view.texts[start])
    ):
        return None  # "Nominee for Deputy Administrator": a post for a post
    # "and" goes on only inside an "X of/for Y and Z" name ("Centers for Disease Control and Prevention")
    inside = not _COMPLEMENTS.isdisjoint(view.texts[cand.start : core])
    goes_on = connector in _COMPLEMENTS or (connector in {"and", "&"} and inside)
    if goes_on and after > cand.end and _has_body_word(view, lex, cand.start, core):
        return Candidate(cand.start, after, "ORG", cand.source)
    if connector in {"and", "&"}:
        return cand  # "the Army’s Research and …": two names or one, the later rules judge
    return Candidate(cand.start, core, "ORG", cand.source, cand.iso)


def _runs_past(grown: Candidate, other: Candidate) -> bool:
    return grown.overlaps(other) and other.end > grown.end


def dangling_connectors(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with every organisation that ends on a connector mended (see `mended`); a mended
    name that grew takes the place of the names it now covers."""
    out: list[Candidate] = []
    grown: list[Candidate] = []
    people = frozenset(c.start for c in chosen if c.label == "PERSON")
    for cand in chosen:
        fixed = mended(view, lex, cand, people)
        if fixed is not None and fixed.end > cand.end and any(_runs_past(fixed, c) for c in chosen):
            # a longer name the model found past it stays ("… Engineers⏎Lieutenant General …" is split later)
            stripped = Candidate(cand.start, _core_end(view, cand), "ORG", cand.source)
            fixed = None if fixed.start > cand.start else stripped
        if fixed is None:
            continue
        if fixed.end > cand.end:
            grown.append(fixed)
        out.append(fixed)
    if grown:
        out = [c for c in out if c in grown or not any(g.overlaps(c) for g in grown)]
    return sorted(out, key=lambda c: c.start)
