"""Small towns (GeoNames cities1000, `models/lexicons/small_towns.json`) where the sentence says place.

The towns of 1,000 to 15,000 people are too many, and too many share a name with a person or a body, to
be read anywhere: "in Beachlands", "at Kippa-Ring", "near Windorah", "from Orbost" name the town only
because a locative preposition stands before it. The model reads such a name as a body (real dev, out of
fold: "Beachlands" 5 times, "Woodend", "Modbury", "Orbost", "Kippa-Ring" 3 times each).
"""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_MAX_WORDS = 4  # "Villers - Bretonneux", "Point Piper", "Te Kuiti"


def _named_otherwise(view: DocView, text: str) -> bool:
    """The model reads `text` as a word of a longer person's or body's name in the document
    ("Vice President Harris" … "support from Harris"): the bare word is that name, not the town."""
    return any(ent.label_ in ("PERSON", "ORG") and len(ent) > 1 and text in ent.text.split() for ent in view.doc.ents)


def _body_word(lex: Lexicon, words: list[str]) -> bool:
    """A word that heads a body, an event or a post ("Council", "Congress", "Summit"): no small town."""
    return any(
        w in lex.body_heads or w in lex.event_heads or w in lex.company_words or lex.post_title(w) for w in words
    )


def _names_a_feature(view: DocView, lex: Lexicon, first: str) -> bool:
    """Somewhere the word opens a natural feature's name with its type after it ("the Toktogul and Kairakkum
    reservoirs", "Lake Toktogul" aside): the bare word is the feature (LOC), not the town."""
    doc = view.doc
    for p in view.positions.get(first, []):
        k = p + 1
        while k < len(doc) and k - p < _MAX_WORDS + 2 and (doc[k].is_title or doc[k].text in {",", "and", "-"}):
            k += 1
        kind = doc[k].lower_ if k < len(doc) and doc[k].is_lower else ""
        if lex.plural_types.get(kind, lex.singular_types.get(kind)) == "LOC":
            return True
    return False


def _goes_on(view: DocView, lex: Lexicon, end: int) -> bool:
    """The word goes on as a compound or an owner: "in Long-term resilience", "in Parkinson’s disease"."""
    doc = view.doc
    if end >= len(doc):
        return False
    return doc[end].text in lex.possessives or (doc[end].text == "-" and not doc[end - 1].whitespace_)


def _in_title(view: DocView, i: int) -> bool:
    """The preposition at i stands inside a title-case name or heading: "Priority in Time", "the Climate Crisis
    at Home"."""
    return i > 0 and view.doc[i - 1].is_title and not view.sentence_initial(i - 1)


def town_after(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """The longest small or world town starting at token i, where no longer name goes on, no person
    holds it and no word names a body."""
    doc = view.doc
    if not doc[i].is_title or doc[i].ent_type_ == "PERSON":
        return None
    for k in range(_MAX_WORDS, 0, -1):
        end = i + k
        if end > len(doc) or view.name_continues(end) or not doc[end - 1].is_alpha or _goes_on(view, lex, end):
            continue
        text = doc[i:end].text
        if text not in lex.small_towns and text not in lex.world_cities:
            continue
        if lex.known_place(text) or text.lower() in lex.calendar_words or _body_word(lex, text.split()):
            return None  # countries, states and seas are the gazetteer's; "in August" is a date, "at Council" a body
        if _names_a_feature(view, lex, doc[i].text):
            return None
        if any(t.ent_type_ == "PERSON" for t in doc[i:end]) or _named_otherwise(view, text):
            return None
        return Candidate(i, end, "GPE", "gazetteer")
    return None


def from_small_towns(view: DocView, lex: Lexicon) -> list[Candidate]:
    """ "in Beachlands", "at Kippa-Ring", "near Windorah", "from Orbost": a town after a locative preposition."""
    out = []
    for i, tok in enumerate(view.doc[:-1]):
        if tok.lower_ in lex.town_prepositions and not _in_title(view, i):
            town = town_after(view, lex, i + 1)
            if town is not None:
                out.append(town)
    return out
