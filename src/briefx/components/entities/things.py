"""Named things the model reads as organisations: systems, surveys, targets, accounts, indexes,
rules and vehicles ("the Quota Management System", "the International Visitor Survey", "the
Renewable Energy Target", "Tactical Unmanned Aerial Systems"). GOLD.md and corpus/README.md give
programmes, documents, technologies, products and vehicles no span. The cue is the head noun: a
name that ends in one of the lexicon's ``thing_heads`` and holds no word of a body ("Board of
Governors of the Federal Reserve System", "Kaveri Power Systems") names a thing, and so does the
short form defined in brackets after it ("(QMS)") or spelled by its initials ("the RET" after
"the Renewable Energy Target"). So does a name with a document's or programme's head word
before 'for', 'of' or 'on' ("Financial Stability Standards for Securities Settlement Facilities").
Budgets and challenges too ("the Wellbeing Budget", "National Science Challenges"). A body's name
before a financial instrument ("Treasury securities", ``instrument_nouns``) names the product there. A
document-level repair after the choice.
"""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break
from briefx.normalize.names import initials

_MAX_RUN = 4  # title-case words a name may run on past the candidate ("[Tactical Unmanned Aerial] Systems")
_COMPANY_HEAD_WORDS = 3  # "BAE Systems", "Norvant Systems": a company's name is short


def _run_end(view: DocView, cand: Candidate) -> int:
    """The end of the title-case run the candidate opens, over line wraps."""
    doc, k = view.doc, cand.end
    while k < len(doc) and k - cand.end < _MAX_RUN:
        if doc[k].is_title and doc[k].is_alpha:
            k += 1
        elif is_break(doc[k].text) and k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha:
            k += 1
        else:
            break
    while k > cand.end and not view.texts[k - 1][:1].isalpha():
        k -= 1
    return k


def _bodys_word(lex: Lexicon, word: str) -> bool:
    """A body's head word, singular or plural ("Indian Institutes of Technology")."""
    tables = (lex.org_heads, lex.short_heads, lex.government_heads, lex.legal_suffixes)
    return any(w in table for table in tables for w in (word, word.removesuffix("s")))


def _written_in_lower_case(view: DocView, lex: Lexicon, words: list[str]) -> bool:
    """Every word stands in lower case somewhere in the document, or is a small word: common words
    ("Emerging| Technology" beside "emerging technologies"), not a company's own ("Kaveri| Technology")."""
    return all(w in lex.stop or view.positions.get(w.lower()) for w in words if w[:1].isalpha())


def names_a_thing(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """The words start:end end in a thing's head and hold no body's word before it; a head that also
    ends companies' names ('Systems', 'Technology') needs a longer name and no other company word, or
    words before it that the document also writes in lower case."""
    words = [w for w in view.texts[start:end] if not is_break(w)]
    if len(words) >= 2 and words[-1].lower() in lex.instrument_nouns and any(_bodys_word(lex, w) for w in words[:-1]):
        return True  # "Treasury Securities", "Agency Mortgage-Backed Securities": a body's product, not a broker
    if len(words) < 2 or words[-1] not in lex.thing_heads:
        return False
    if words[-1] in lex.company_words and (
        len(words) < _COMPANY_HEAD_WORDS or any(w in lex.company_words for w in words[:-1])
    ):
        if not _written_in_lower_case(view, lex, words[:-1]):
            return False
    if view.span_text(start, end) in lex.organisation_names:
        return False
    if view.span_text(start, end - 1) in lex.organisation_names:
        return False  # "the Federal Reserve System": the body under another name
    return not any(_bodys_word(lex, w) for w in words[:-1])


def names_an_honour(view: DocView, lex: Lexicon, cand: Candidate, end: int) -> bool:
    """The candidate opens a name that ends at `end` in an honour's head ('Public Service Medal', 'NATO
    Meritorious Service Medal', 'Silver Seal Medallion'), whatever bodies its words name; not when the candidate
    is a body that owns the honour: a formal name with an opener and 'of' ('Department of Defense Medal'), a
    known organisation ('NATO Medal'), or a name ending in a body's head before the honour's own words ('Legacy
    Foundation American Hostage Freedom Award'), the service an honour rewards aside ('Distinguished Service')."""
    words = [w for w in view.texts[cand.start : end] if not is_break(w)]
    if len(words) < 2 or words[-1] not in lex.honour_heads:
        return False
    own = view.texts[cand.start : cand.end]
    formal = any(w == "of" and k and own[k - 1] in lex.org_openers for k, w in enumerate(own))
    headed = cand.end < end and own[-1] in lex.org_heads and own[-1] not in lex.honour_deeds
    return not (formal or headed or view.span_text(cand.start, cand.end) in lex.organisation_names)


_OF_WORDS = frozenset({"for", "of", "on"})


def heads_a_document(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """A programme's or a document's head word before 'for', 'of' or 'on' inside the name, and no
    body's word before it: "Financial Stability Standards for Securities Settlement Facilities",
    "National Policy Statement for Freshwater" (not "Committee on Standards in Public Life")."""
    texts = view.texts
    for i in range(start + 1, end - 1):
        if texts[i + 1] in _OF_WORDS and texts[i] in lex.never_body_heads:
            return not any(_bodys_word(lex, texts[k]) for k in range(start, i))
    return False


def _short_form_after(view: DocView, end: int) -> str | None:
    """ "(QMS)" right after the name."""
    texts = view.texts
    if end + 2 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" and texts[end + 1].isupper():
        return texts[end + 1]
    return None


def named_things(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the organisations that name a thing (see the module docstring), wherever the same words
    recur, and their short forms; a name cut short of its head ("[Tactical Unmanned Aerial] Systems")
    only there."""
    things: set[str] = set()
    cut: set[int] = set()
    for cand in chosen:
        if cand.label != "ORG":
            continue
        if heads_a_document(view, lex, cand.start, cand.end):
            things.add(view.span_text(cand.start, cand.end))
            continue
        end = _run_end(view, cand) if len(cand) > 1 else cand.end
        if end < len(view.texts) and view.texts[end] in lex.instrument_nouns:
            cut.add(cand.start)  # "longer-term Treasury securities": that mention only ("the Treasury said" stays)
            continue
        if names_an_honour(view, lex, cand, end):
            cut.add(cand.start)  # that mention only: "the Public Service Commissioner" elsewhere is another matter
            continue
        if not names_a_thing(view, lex, cand.start, end):
            continue
        if end == cand.end:
            things.add(view.span_text(cand.start, cand.end))
        else:
            cut.add(cand.start)
        # its short form, defined in brackets or not: "the QMS" after "Quota Management System"
        short = _short_form_after(view, end) or initials(view.span_text(cand.start, end))
        if short not in lex.organisation_names:
            things.add(short)
    if not things and not cut:
        return chosen
    return [
        c for c in chosen if c.label != "ORG" or (c.start not in cut and view.span_text(c.start, c.end) not in things)
    ]
