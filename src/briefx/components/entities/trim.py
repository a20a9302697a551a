"""A candidate's boundaries (GOLD.md): determiners, possessives and punctuation cut from the
edges, titles cut out of a person's name, initials, hyphenated and particle surnames kept
in, and text that cannot be a name at all refused. Labels are `relabel`'s business."""

from __future__ import annotations

from spacy.tokens import Token

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import INITIAL, Lexicon, capitalised

_PERSON_STOPS = frozenset({",", "(", "—", "–"})
_ADVERB_CUT_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def _strip_edges(view: DocView, lex: Lexicon, start: int, end: int) -> tuple[int, int]:
    """Determiners and punctuation off the front; possessives and punctuation off the back; an
    unclosed bracket ends the name ("… Control and Prevention (Africa CDC": the short form is
    a name of its own)."""
    doc = view.doc
    while start < end and (doc[start].text in lex.determiners or doc[start].is_punct or doc[start].is_space):
        start += 1
    if end - start > 1 and doc[start].lower_ in lex.question_openers and view.sentence_initial(start):
        start += 1  # "Will Labor win?": the question's verb is no part of the name
    while end > start and (doc[end - 1].text in lex.possessives or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    opening = [k for k in range(start, end) if doc[k].text == "("]
    if opening and not any(doc[k].text == ")" for k in range(opening[0], end)):
        end = opening[0]
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
    return start, end


def _occupation_first(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """ "Actress Denise Crosby", "Countryman Lawrence Cherono": an occupation word opens the
    span and two or more capitalised words, still a name, follow it; a word that is also a given
    name ("Mason", "Taylor") stays."""
    doc = view.doc
    if not lex.occupation(doc[start]):
        return False
    rest = [doc[k] for k in range(start + 1, end) if not doc[k].is_punct]
    return len(rest) >= 2 and rest[0].is_title and rest[-1].text[:1].isupper()


def _strip_titles(view: DocView, lex: Lexicon, start: int, end: int) -> tuple[int, int]:
    """A person's name without the title run before it, nor what follows a possessive or comma."""
    doc = view.doc
    while start < end and (
        doc[start].text in lex.role_words
        or doc[start].text in lex.person_prefixes
        or doc[start].text in lex.countries
        or doc[start].text in lex.demonyms
        or (doc[start].text in lex.cities and end - start == 1)  # not "Charlotte Amesbury", "Sofia Marchetti"
        or doc[start].text.islower()
        or doc[start].text in lex.possessives
        or _occupation_first(view, lex, start, end)
    ):
        start += 1
    roles = [k for k in range(start, end) if doc[k].text in lex.title_words]
    if roles and roles[-1] + 1 < end:
        start = roles[-1] + 1
    for k in range(start, end):
        if doc[k].text in lex.possessives or doc[k].text in _PERSON_STOPS or _spaced_hyphen(view, k):
            end = k
            break
    return start, end


def _spaced_hyphen(view: DocView, k: int) -> bool:
    """ "Alan Dunn - Managing Director of …": a hyphen with blanks both sides is a dash, and a person's name
    ends before it as before "–" (one that touches a word, "Jason-Smith", stays in the name)."""
    doc = view.doc
    return 0 < k < len(doc) and doc[k].text == "-" and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_)


def _plural_title_last(view: DocView, lex: Lexicon, end: int) -> bool:
    """ "Cabinet Ministers", "State Premiers": a plural title closing the span names a group, no
    person (a singular one may be a surname: "Julie Bishop")."""
    text = view.texts[end - 1]
    return text in lex.title_words and text.endswith("s") and text[:-1] in lex.title_words


def _hyphen_after(view: DocView, end: int) -> int:
    """ "Park Ji-hoon": a name goes on over a hyphen written without spaces."""
    doc = view.doc
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return end


def _person_edges(view: DocView, lex: Lexicon, start: int, end: int) -> tuple[int, int] | None:
    """Initials before ("K. Senthil Kumar") and hyphenated parts either side ("Montoya-Vega");
    None for a title written with hyphens ("Ambassador-at-Large")."""
    doc = view.doc
    while start > 0 and INITIAL.match(doc[start - 1].text):
        start -= 1
    # the hyphen touches the words either side ("Ambassador-at-Large"); a list's dash ("⏎- Heidi Nayak") does not
    if start > 1 and _attached_hyphen(view, start - 1):
        if not doc[start - 2].is_title or doc[start - 2].text in lex.role_words:
            return None
        start -= 2
    return start, _suffix_after(view, lex, _hyphen_after(view, end))


def _suffix_after(view: DocView, lex: Lexicon, end: int) -> int:
    """ "Joseph R. Biden, Jr.", "Robert Cummings Sr.": a generational suffix after the name, with or without its
    comma, is part of the name (as the real gold writes it)."""
    doc = view.doc
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    return k + 1 if k < len(doc) and doc[k].text in lex.name_suffixes else end


_COMPOUND_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _attached_hyphen(view: DocView, k: int) -> bool:
    doc = view.doc
    return 0 < k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _bound_prefix(view: DocView, lex: Lexicon, start: int, end: int) -> tuple[int, int] | None:
    """A place or nationality the model read in a compound opened by a bound prefix ("trans-",
    "sub-", "non-", "pro-"): a nationality or a country inside it keeps its span alone
    ("non-European" -> "European", GOLD.md; "pro-Russia"), a region or sea gets none ("Trans-Caspian route",
    "sub-Antarctic islands", "trans-Tasman travel"), nor does the prefix alone ("Trans", "pro"); a
    longer name that goes on past the compound keeps it ("sub-Saharan Africa")."""
    texts = view.texts
    if texts[start].lower() in lex.bound_prefixes and _attached_hyphen(view, start + 1):
        rest = view.span_text(start + 2, end)
        if end - start != 3:
            return (start, end) if end - start > 3 else None  # "Trans-Caspian International Transport Route"
        return (start + 2, end) if lex.nationality(rest) or rest in lex.countries else None
    if start > 1 and _attached_hyphen(view, start - 1) and texts[start - 2].lower() in lex.bound_prefixes:
        text = view.span_text(start, end)
        if lex.nationality(text) or text in lex.countries:
            return start, end
        return (start - 2, end) if end - start > 1 else None  # "[sub-]Saharan Africa"
    return start, end


def _not_a_name(lex: Lexicon, label: str, text: str) -> bool:
    """A unit symbol, a generational suffix alone, text without letters, a lower-case name, a
    person with digits; a place or nationality without a capital letter ("don’t" read as a place,
    "democratic values")."""
    if text in lex.units or text in lex.name_suffixes or not any(c.isalpha() for c in text):
        return True  # "Biden, Jr.": the suffix alone names nothing
    if label in {"PERSON", "ORG", "EVENT"} and not capitalised(text):
        return True
    if label in {"GPE", "LOC", "NORP"} and text.islower():
        return True
    return label == "PERSON" and any(c.isdigit() for c in text)


def _particles(view: DocView, lex: Lexicon, start: int, end: int) -> int:
    """ "Pieter van den Berg": lower-case particles inside a name, then the surname; a name
    does not end on "van"."""
    doc = view.doc
    k = end
    while k < len(doc) and doc[k].lower_ in lex.name_particles and doc[k].text.islower():
        k += 1
    if k > end and k < len(doc) and doc[k].is_title and doc[k].is_alpha:
        end = k + 1
    while end > start + 1 and doc[end - 1].lower_ in lex.name_particles and doc[end - 1].text.islower():
        end -= 1
    return end


def _postnominals_off(view: DocView, lex: Lexicon, start: int, end: int) -> int:
    """ "Geoffrey Blainey AC", "Angus Houston AK AFC": honours after a name are no part of it."""
    doc = view.doc
    while end > start + 1 and doc[end - 1].text in lex.postnominals:
        end -= 1
    return end


def particles_after_title(view: DocView, lex: Lexicon, start: int) -> int:
    """ "Mrs te Heuheu", "Mr de Blasio": particles between a title and the surname open the name."""
    doc = view.doc
    k = start
    while k > 0 and doc[k - 1].lower_ in lex.name_particles and doc[k - 1].text.islower():
        k -= 1
    return k if 0 < k < start and doc[k - 1].text in lex.title_words else start


def dropped_first_name(
    view: DocView, lex: Lexicon, start: int, *, taken: frozenset[int] | None = None, end: int | None = None
) -> int:
    """The model often drops a first name: "said [Charlotte] Amesbury", "Dr. [Sofia] Marchetti". A word counts
    when no entity of the model's holds it, or, given `taken`, when no name chosen does (the model may have read
    a chiefly title alone as a place: "Hon [Luamanuvao] Winnie Laban"). A name of two words or more, given its `end`,
    takes no word that closes a title ("Commissioner for Internal Market [Thierry Breton]")."""
    grown = 0
    doc = view.doc

    def free(k: int) -> bool:
        return lex.name_word(doc[k]) if taken is None else k not in taken and lex.plain_name_word(doc[k])

    while start > 0 and grown < 2 and free(start - 1) and not lex.occupation(doc[start - 1]):
        if _given_name_opens(lex, doc[start], doc[start - 1]):
            break
        if end is not None and end - start >= 2 and closes_a_title(view, lex, start - 1):
            break
        start -= 1
        grown += 1
    return start


def _given_name_opens(lex: Lexicon, first: Token, before: Token) -> bool:
    """ "Chief of Staff [Jeff Zients]", "Commissioner for Internal Market [Thierry Breton]": a name that already
    opens with a known given name takes no capitalised word before it that is none (the end of a title)."""
    return first.text in lex.given_names and before.text not in lex.given_names


_TITLE_RUN_LIMIT = 6


def closes_a_title(view: DocView, lex: Lexicon, k: int) -> bool:
    """ "Chief of [Staff]", "Under Secretary for Counterterrorism and Transnational [Crime]": the capitalised words
    and connectors before `k`, one connector at least, go back to a title word."""
    doc = view.doc
    joined = False
    for j in range(k - 1, max(-1, k - 1 - _TITLE_RUN_LIMIT), -1):
        text = doc[j].text
        if text in lex.title_words:
            return joined
        joined = joined or text in lex.joiners
        if not (text in lex.joiners or doc[j].is_title):
            return False
    return False


def trim(view: DocView, lex: Lexicon, cand: Candidate) -> Candidate | None:
    """`cand` with GOLD.md's boundaries, or None when what is left is no name."""
    doc = view.doc
    person = cand.label == "PERSON"
    start, end = _strip_edges(view, lex, cand.start, cand.end)
    if person:
        start, end = _strip_titles(view, lex, start, end)
    if start >= end or (person and _plural_title_last(view, lex, end)):
        return None
    if person:
        edges = _person_edges(view, lex, start, end)
        if edges is None:
            return None
        start, end = edges
    if cand.label in _COMPOUND_LABELS:
        bounds = _bound_prefix(view, lex, start, end)
        if bounds is None:
            return None
        start, end = bounds
    if _not_a_name(lex, cand.label, doc[start:end].text):
        return None
    if person:
        end = _postnominals_off(view, lex, start, _particles(view, lex, start, end))
        start = particles_after_title(view, lex, start)
        if cand.source == "ner":
            start = dropped_first_name(view, lex, start, end=end)
    if cand.label == "EVENT" and start > 1 and doc[start - 1].lower_ in lex.ordinals and doc[start - 2].lower_ == "the":
        start -= 1  # "the fifth International Polar Year"
    return Candidate(start, end, cand.label, cand.source, cand.iso)


def _sentence_adverb(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "Apparently Scott Morrison …", "Simply put, …", "Rapidly reducing …": a word in -ly the
    parse tags an adverb, opening its sentence, is no name nor part of one (a given name such as
    "Kelly" or "Beverly" stays)."""
    tok = view.doc[i]
    return (
        tok.tag_ == "RB"
        and tok.lower_.endswith("ly")
        and tok.is_alpha
        and tok.text not in lex.given_names
        and view.sentence_initial(i)
    )


def _opener_width(view: DocView, lex: Lexicon, start: int, end: int, label: str) -> int:
    """How many tokens at `start` open the sentence and no name: a leading word or two-word
    phrase ("En Route Gainesville"), or a sentence adverb; 0 when none."""
    texts = view.texts
    if not view.sentence_initial(start):
        return 0
    if end - start > 2 and f"{texts[start]} {texts[start + 1]}".lower() in lex.leading_words:
        return 2
    if end - start > 1 and texts[start].lower() in lex.leading_words:
        return 1
    # a body's name may open on one ("Generally Accepted Accounting Principles")
    return 1 if (end - start == 1 or label in _ADVERB_CUT_LABELS) and _sentence_adverb(view, lex, start) else 0


def sentence_openers(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice, whatever source found the name: the word that opens the
    sentence is cut from its front ("In Washington state", "With Mother’s Day tomorrow",
    "Alright Julia Gillard, thank you", "Apparently Scott Morrison"), and a determiner after it;
    a sentence adverb alone ("Simply", "Rapidly") is no name at all."""
    out = []
    texts = view.texts
    for cand in chosen:
        start = cand.start
        while start < cand.end and (width := _opener_width(view, lex, start, cand.end, cand.label)):
            start += width
            while start < cand.end - 1 and texts[start] in lex.determiners:
                start += 1
        if start == cand.start:
            out.append(cand)
        elif start >= cand.end:
            continue
        elif not view.span_text(start, cand.end).islower():  # "This city": no name is left
            out.append(Candidate(start, cand.end, cand.label, cand.source, cand.iso))
    return out
