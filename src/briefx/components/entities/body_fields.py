"""A body named by its head and a list of fields ("Department of the Environment, Water, Heritage and the
Arts", "Ministry of Innovation, Science and Technology", "Centers for Medicare and Medicaid Services") whose
name the model ended at the first field: the fields listed after it, up to the last after "and", belong to it.
Not where a field is a place ("Port Authority of New York and New Jersey": `place_heads.bodies_of_two_places`)
or opens a second body ("Ministry of Health and Ministry of Education"), nor where a capitalised word goes on
after the last field ("Department of Defence and Qantas Airways", a list row's next name)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon, capitalised
from briefx.components.entities.one_body import COMPLEMENTS, body_head, one_body_over_and

_AND = frozenset({"and", "&"})
_GOES_ON = _AND | COMPLEMENTS


def bodies_of_fields(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Each body's name stretched over the fields listed after it; the pieces inside the stretch dropped."""
    return _stretched(chosen, lambda cand: _fields_end(view, lex, cand))


def _names_fields(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The body's name is a head and a complement, then one field: "Department of Education"."""
    texts = view.texts
    heads = [k for k in range(cand.start, cand.end - 2) if body_head(lex, texts[k]) and texts[k + 1] in COMPLEMENTS]
    if not heads:
        return False
    first = heads[0] + 2
    if texts[first].lower() in lex.determiners:
        first += 1
    return first < cand.end and not lex.place_or_town(view.span_text(first, cand.end))


def _field(view: DocView, lex: Lexicon, i: int) -> int | None:
    """End of the field named at i ("Heritage", "Information Technology", "the Arts"), or None."""
    texts = view.texts
    the = i < len(texts) and texts[i].lower() == "the"  # not "a": "… Wisconsin-Madison and a Master’s Degree"
    i += the
    if i >= len(texts) or not capitalised(texts[i]):
        return None
    end = context.name_run_right(view, lex, i)
    words = texts[i:end]
    if end == i or len(words[0]) < 2 or words[0] in lex.body_heads:
        return None  # "… Department of Justice, and I would …", "… and Ministry of Education"
    if any(lex.place_or_town(view.span_text(k, end)) for k in range(i, end)):
        return None  # a place, or a name ending on one ("… Social Development, and Transit New Zealand")
    if len(words) > 1 and words[-1] in lex.body_heads:
        return None  # a second body ("… Technology, Massey University and Lund University"), not "Medicaid Services"
    if the and body_head(lex, words[-1]):
        return None  # "the Association of Southeast Asian Nations and the Shanghai Cooperation Organisation"
    if any(t in lex.title_words for t in words) or any(t in lex.body_heads for t in words[:-1]):
        return None
    return end


def _fields_end(view: DocView, lex: Lexicon, cand: Candidate) -> int | None:
    """End of the last field listed right after the body's name, when an "and" closes the list."""
    texts, doc = view.texts, view.doc
    if not _names_fields(view, lex, cand):
        return None
    i = cand.end
    while i < len(texts):
        joined = texts[i] in _AND or (texts[i] == "," and i + 1 < len(texts) and texts[i + 1] in _AND)
        if texts[i] != "," and not joined:
            return None
        i += 2 if texts[i] == "," and joined else 1
        end = _field(view, lex, i)
        if end is None:
            return None
        if joined:
            # a name, a post's complement ("Counselor for …") or an owner ("Master’s") goes on after it
            after = texts[end] if end < len(doc) else ""
            goes_on = capitalised(after) or after in _GOES_ON or after in lex.possessives
            company = end - i > 1 and texts[end - 1] in lex.company_words  # "… and Qantas Airways"
            return None if goes_on or company else end
        i = end
    return None


def plural_owners_inside_bodies(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Department of Veterans' Affairs", "Secondary Principals’ Association": a body's name the model ended
    at a plural owner's apostrophe goes on over the words after it, when the name opened on a head and a
    complement ("Department of Veterans") or the words after it end on a body's head ("Association"); not
    "the Greens' Adam Bandt" (a person after a party)."""
    return _stretched(chosen, lambda cand: _owned_end(view, lex, cand))


def fields_joined_by_and(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Baker Heart and Diabetes Institute", "Maori Arts and Crafts Institute": one body's name holding two
    fields joined by "and" (or "&"), read as two names, a first that has no head of its own and a second that is
    a field and a head; read as one body. Not two bodies ("Kiwibank and Auckland City Council", "Jade Software
    Corporation and Tait Electronics"): the first is one word, ends on a head or a place, the second opens on
    a head or a place or ends on a company's word ("Global Foundries and Samsung Electronics";
    `one_body.one_body_over_and` tells one body from two names)."""
    out: list[Candidate] = []
    for cand in chosen:
        last = out[-1] if out else None
        if last is not None and _joined_fields(view, lex, last, cand):
            out[-1] = replace(last, end=cand.end)
            continue
        out.append(cand)
    return out


def _joined_fields(view: DocView, lex: Lexicon, first: Candidate, second: Candidate) -> bool:
    texts = view.texts
    if first.label != "ORG" or second.label != "ORG" or second.start != first.end + 1 or texts[first.end] not in _AND:
        return False
    before = [t for t in texts[first.start : first.end] if not t.isspace()]
    after = [t for t in texts[second.start : second.end] if not t.isspace()]
    if len(before) < 2 or len(after) < 2 or not capitalised(before[-1]) or not capitalised(after[0]):
        return False
    if body_head(lex, before[-1]) or after[0] in lex.body_heads or after[0] in lex.company_words:
        return False
    if lex.place_or_town(before[-1]) or lex.place_or_town(after[0]) or lex.place_or_town(" ".join(after[:2])):
        return False  # "… and Auckland City Council": a second body named after its place
    return _field_head(lex, after) and one_body_over_and(lex, [*before, texts[first.end], *after])


def _field_head(lex: Lexicon, words: list[str]) -> bool:
    """The name's last word, past a legal suffix and a state in brackets ("Council (SA) Inc."), is a head of
    a body named by fields (`field_body_heads`), not a company's word ("… and United Automotive Industries Ltd")."""
    rest = list(words)
    while rest and (rest[-1] in lex.legal_suffixes or rest[-1] == ")"):
        if rest.pop() == ")":
            rest = rest[: rest.index("(")] if "(" in rest else []
    return bool(rest) and rest[-1] in lex.field_body_heads


def _stretched(chosen: list[Candidate], end_of: Callable[[Candidate], int | None]) -> list[Candidate]:
    """Each ORG stretched to the end `end_of` gives it, when only ORG pieces lie inside the stretch (they are
    dropped); any other name inside it keeps the ORG as it was."""
    out: list[Candidate] = []
    swallowed: set[int] = set()
    for n, cand in enumerate(chosen):
        if n in swallowed:
            continue
        end = end_of(cand) if cand.label == "ORG" else None
        inside = [m for m in range(n + 1, len(chosen)) if end is not None and chosen[m].start < end]
        if end is None or any(chosen[m].label != "ORG" or chosen[m].end > end for m in inside):
            out.append(cand)
            continue
        swallowed.update(inside)
        out.append(replace(cand, end=end))
    return out


def _owned_end(view: DocView, lex: Lexicon, cand: Candidate) -> int | None:
    texts, doc = view.texts, view.doc
    mark = cand.end
    if mark + 1 >= len(texts) or texts[mark] not in ("'", "’") or not texts[mark - 1].endswith("s"):
        return None
    if doc[mark - 1].whitespace_ or not capitalised(texts[mark + 1]):
        return None
    end = context.name_run_right(view, lex, mark + 1)
    words = texts[mark + 1 : end]
    if not words or any(t in lex.title_words for t in words) or end - mark - 1 > 3:
        return None
    if any(lex.place_or_town(view.span_text(mark + 1, k)) for k in range(mark + 2, end + 1)):
        return None  # the owner's own body named after a place: "United Nations’ Ukraine Humanitarian Fund"
    if end < len(doc) and capitalised(texts[end]):
        return None
    head_last = words[-1] in lex.body_heads
    return end if head_last or (_names_fields(view, lex, cand) and len(words) <= 2) else None
