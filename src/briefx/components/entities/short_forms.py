"""Short forms of things that are no names: "the Partnership for Global Infrastructure and
Investment, or PGII", "the International Space Station (ISS)", "diversity, equity, and inclusion
(DEI)". The rules before this one already judged the long form: a programme, a vehicle,
a system or a common-noun term got no span. The short form the document defines for it names the
same thing, so where the model still read it as an organisation ("PGII", propagated to every
mention) it gets no span either. A long form that holds a body's word ("International Development
Association (IDA)") or is a known organisation keeps its short form, chosen or missed. A short form in
the plural ("HBCUs", "RTOs") names a class of bodies, no body: it, its singular and its long form get no span.

A document-level repair after the choice; it reads only the tokens around "(" and ", or".
"""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break
from briefx.normalize.names import initials, spells

_GLUE = frozenset({"of", "and", "for", "on", "the", "to", "in", "&", "-"})
_MAX_LOWER_WORDS = 8  # words a lower-case long form may span


def _body_word(lex: Lexicon, word: str) -> bool:
    """A body's head word, plural too ("Boards"), or one that heads institutes named by a short form ("Center")."""
    tables = (lex.org_heads, lex.short_heads, lex.government_heads, lex.legal_suffixes, lex.short_form_body_heads)
    return any(w in table for table in tables for w in (word, word.removesuffix("s")))


def _after_possessive(view: DocView, lex: Lexicon, start: int) -> bool:
    """The long form names a unit of the body before it: "the Council's Protection of the Arctic Marine
    Environment (PAME)", "Immigration and Customs Enforcement’s (ICE) Homeland Security Investigations"."""
    texts, k = view.texts, start - 1
    while k > 0 and is_break(texts[k]):
        k -= 1
    if k > 2 and texts[k].startswith(")") and texts[k - 2] == "(":
        k -= 3
    return k >= 0 and texts[k] in lex.possessives


def _is_short(text: str) -> bool:
    """ "PGII", "ISS", "NC4": two or more capitals, letters first, no lower case."""
    return 2 <= len(text) <= 8 and text[0].isalpha() and text.isupper() and text.isalnum()


def _lower_case_words(view: DocView, end: int) -> list[str]:
    """The lower-case words just before token `end`, commas skipped ("diversity, equity, and inclusion")."""
    words: list[str] = []
    k = end - 1
    while k >= 0 and len(words) < _MAX_LOWER_WORDS:
        word = view.texts[k]
        if word[:1].isalpha() and word.islower():
            words.insert(0, word)
        elif word != ",":
            break
        k -= 1
    return words


def _lower_case_term(view: DocView, lex: Lexicon, short: str, end: int) -> bool:
    """The lower-case words before `end` spell the short form, glue words counted or not, and
    none is a body's word: "diversity, equity, and inclusion (DEI)"; not "the central bank (CBK)"."""
    words = _lower_case_words(view, end)
    for glue in (True, False):
        kept = [w for w in words if glue or w not in _GLUE]
        if len(kept) >= len(short) and "".join(w[0] for w in kept[-len(short) :]).upper() == short:
            term = kept[-len(short) :]
            return not any(_body_word(lex, w.title()) for w in term)
    return False


def _listing_comma(texts: list[str], k: int) -> bool:
    """The comma at k lists the words of one name: a capitalised word before it, a capitalised word or
    "and" after it ("Broadband Equity, Access, and Deployment")."""
    return texts[k] == "," and k > 0 and texts[k - 1][:1].isupper() and k + 1 < len(texts) and (
        texts[k + 1][:1].isupper() or texts[k + 1] == "and"
    )


def _run_start(view: DocView, end: int) -> int:
    """The first word of the title-case run before `end`, glue words and a listing comma inside it
    ("Partnership for Global Infrastructure and Investment", over a line wrap)."""
    texts, k = view.texts, end
    while k > 0 and (texts[k - 1][:1].isupper() or ((texts[k - 1] in _GLUE or is_break(texts[k - 1])) and k > 1)
                     or _listing_comma(texts, k - 1)):
        k -= 1
    while k < end and (not texts[k][:1].isupper() or texts[k].lower() in _GLUE):  # "The", "And"
        k += 1
    return k


def _spelled(short: str, words: list[str]) -> bool:
    """`short` is the initials of `words`, or, written more loosely, picks their letters in order from
    the first word's initial to the last word's, glue words and letters inside words counted, no more
    capitalised words than it has letters: "Request for Proposals (RFP)", "Young Southeast Asian Leaders
    Initiative (YSEALI)", "Industrial Research Transformation Program (ITRP)"."""
    if spells(short, initials(" ".join(words))):
        return True
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        len(capitalised) <= len(short)
        and words[-1][:1] == short[-1]
        and spells(short.lower(), "".join(w.lower() for w in words if w[:1].isalpha()))
    )


def _long_form_start(view: DocView, short: str, end: int) -> int | None:
    """Where the capitalised long form that `short` spells begins, the longest first."""
    run = _run_start(view, end)
    for start in range(run, end):
        words = [w for w in view.texts[start:end] if w != "," and not is_break(w)]
        if view.texts[start][:1].isupper() and _spelled(short, words):
            return start
    return None


def _names_nothing(view: DocView, lex: Lexicon, short: str, end: int, covered: set[int]) -> bool:
    """The long form ending at token `end` spells `short` and names nothing."""
    if _lower_case_term(view, lex, short, end):
        return True
    start = _long_form_start(view, short, end)
    return start is not None and _unnamed(view, lex, start, end, covered)


def _unnamed(view: DocView, lex: Lexicon, start: int, end: int, covered: set[int]) -> bool:
    """No chosen name lies on the words start:end, no body's word is among them, they are no known
    organisation and no unit of the body named before them."""
    words = [w for w in view.texts[start:end] if w not in _GLUE and not is_break(w)]
    return not (
        any(k in covered for k in range(start, end))
        or any(_body_word(lex, w) for w in words)
        or _after_possessive(view, lex, start)
        or view.span_text(start, end) in lex.organisation_names
    )


def _defined_short_forms(view: DocView, lex: Lexicon) -> list[tuple[str, int]]:
    """(short form, end of the words before it) for "X (XYZ)" and "X, or XYZ"; not "X (XYZ) working
    group", where a body's word after the brackets says the name is a body's."""
    texts = view.texts
    found = []
    for i in view.positions.get("(", ()):
        if i > 0 and i + 2 < len(texts) and texts[i + 2].startswith(")") and _is_short(texts[i + 1]):
            after = texts[i + 3 : i + 5]  # "working group"
            if not any(w.islower() and _body_word(lex, w.title()) for w in after):
                found.append((texts[i + 1], i))
    for i in view.positions.get("or", ()):
        if i > 1 and i + 1 < len(texts) and texts[i - 1] == "," and _is_short(texts[i + 1]):
            found.append((texts[i + 1], i - 1))
    return found


def _initials_of_no_names(view: DocView, lex: Lexicon, covered: set[int]) -> set[str]:
    """The initials of the programmes, plans and laws the document names and no chosen name covers
    ("ACP" where the text writes "the Affordable Connectivity Program" and, later, "enrolled in ACP")."""
    found = set()
    for head in lex.never_body_heads:
        for h in view.positions.get(head, ()):
            start = _run_start(view, h + 1)
            glued = start > 0 and view.texts[start - 1][:1].islower() and not view.texts[start - 1].islower()
            short = initials(view.span_text(start, h + 1))
            if len(short) >= 2 and not glued and _unnamed(view, lex, start, h + 1, covered):  # not "thePrivate …"
                found.add(short)
    return found


def _initials_of_bodies(view: DocView, chosen: list[Candidate]) -> set[str]:
    """ "SIA" beside a chosen "Security Industry Authority": the short form names the body too."""
    return {initials(view.span_text(c.start, c.end)) for c in chosen if c.label == "ORG" and len(c) > 1}


def _thing_long_form(view: DocView, lex: Lexicon, short: str, end: int) -> int | None:
    """Where the long form that `short` spells begins, when its head word names a thing (``short_form_thing_heads``:
    "Caribbean Basin Security Initiative (CBSI)", "National Accountability Database (NAD)") and no word of it is a
    body's; chosen or not, GOLD.md gives programmes, treaties, documents and products no span."""
    start = _long_form_start(view, short, end)
    if start is None:
        return None
    words = [w for w in view.texts[start:end] if w not in _GLUE and w != "," and not is_break(w)]
    if not words or words[-1] not in lex.short_form_thing_heads:
        return None
    return None if not _unnamed(view, lex, start, end, set()) else start


def _chosen_things(
    view: DocView, lex: Lexicon, chosen: list[Candidate], defined: list[tuple[str, int]]
) -> tuple[set[str], set[int]]:
    """The short forms of things the document defines (`defined`: `_defined_short_forms`), and the chosen
    organisations that are their long forms."""
    shorts, dropped = set(), set()
    for short, end in defined:
        start = _thing_long_form(view, lex, short, end)
        if start is None:
            continue
        shorts.add(short)
        dropped |= {
            id(c) for c in chosen
            if c.label == "ORG" and c.end == end and c.start <= start and _unnamed(view, lex, c.start, end, set())
        }
    return shorts, dropped


def short_forms_of_no_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the organisations spelled like a short form whose long form names nothing (module docstring)."""
    defined = _defined_short_forms(view, lex)
    things, dropped = _chosen_things(view, lex, chosen, defined)
    chosen = [c for c in chosen if id(c) not in dropped]
    covered = {k for c in chosen for k in c.tokens()}
    empty = _initials_of_no_names(view, lex, covered)
    empty |= {short for short, end in defined if _names_nothing(view, lex, short, end, covered)}
    empty -= lex.organisation_names | _initials_of_bodies(view, chosen)
    empty |= things - lex.organisation_names
    if not empty:
        return chosen
    return [c for c in chosen if c.label != "ORG" or view.span_text(c.start, c.end) not in empty]


def _plural_short(text: str) -> bool:
    """ "HBCUs", "RTOs", "CoREs": a short form in the plural, two or more capitals and a closing "s"."""
    stem = text[:-1]
    return len(stem) >= 2 and text.endswith("s") and stem.isalpha() and stem[0].isupper() and stem[-1].isupper()


def _bracketed_after(view: DocView, cand: Candidate) -> str | None:
    """The word in brackets right after the candidate: "Regional Tourism Organisations (RTOs)"."""
    texts, e = view.texts, cand.end
    return texts[e + 1] if e + 2 < len(texts) and texts[e] == "(" and texts[e + 2].startswith(")") else None


def classes_of_bodies(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the organisations a plural short form shows to be a class of bodies, no one body: "HBCUs", "31 RTOs",
    "the WISPs" (gold gives plural short forms no span), the same short form in the singular ("HBCU students",
    "each RTO") and the long form it is defined for ("Regional Tourism Organisations (RTOs)"), either number."""
    orgs = [c for c in chosen if c.label == "ORG"]
    plural = {t for c in orgs if _plural_short(t := view.span_text(c.start, c.end))}
    plural |= {b for c in orgs if (b := _bracketed_after(view, c)) and _plural_short(b)}
    if not plural:
        return chosen
    shorts = plural | {p[:-1] for p in plural}
    drop = set(shorts)
    for c in orgs:
        if _bracketed_after(view, c) in shorts:
            long = view.span_text(c.start, c.end)
            drop |= {long, long.removesuffix("s")}
    return [c for c in chosen if c.label != "ORG" or view.span_text(c.start, c.end) not in drop]
