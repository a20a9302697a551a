"""Candidates from the page layout: the byline's authors and outlet, the agency, the
dateline's place."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon


def _dateline_place(view: DocView, lex: Lexicon, span) -> Candidate | None:
    """ "NAIROBI, March 3 —": the dateline's place, when it is a known or written-in-capitals place."""
    place = span._.place
    if not place or place in lex.not_entities:
        return None  # "SUBJECTS: …" heads a transcript, no place
    sub = view.doc.char_span(span.start_char, span.start_char + len(place))
    if sub is not None and (
        place.upper() in lex.upper_countries
        or place.upper() in lex.upper_cities
        or place.isupper()
        or place in lex.world_cities
    ):
        return Candidate(sub.start, sub.end, "GPE", "layout")
    return None


def _place_line(view: DocView, lex: Lexicon, span) -> bool:
    """ "Port Lincoln, South Australia" under a transcript's title is the venue's place, not a
    byline: the span is a known place, or one before a comma and a known place."""
    if lex.place_or_town(span.text):
        return True
    doc = view.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    line = doc[span.end + 1 :].text.split("\n", 1)[0].strip()
    return lex.place_or_town(line)


def place_lines(view: DocView, lex: Lexicon) -> list[Candidate]:
    """A town or region heading a row of a funding list, alone on its line or with its sum
    ("WAIKATO", "Grafton", "Whangārei – $50,000") or as the row's label ("**Dunedin:** AbacusBio
    Ltd"): no sentence stands around it, so the model gives it nothing; the gazetteer knows it."""
    out, pos = [], 0
    for line in view.text.split("\n"):
        match = lex.place_line.match(line)
        if match is not None:
            name = match.group("name")
            if lex.place_in_capitals(name) if name.isupper() and len(name) > 3 else lex.place_or_town(name):
                span = view.doc.char_span(pos + match.start("name"), pos + match.end("name"))
                if span is not None:
                    out.append(Candidate(span.start, span.end, "GPE", "gazetteer"))
        pos += len(line) + 1
    return out


def state_rows(view: DocView, lex: Lexicon) -> list[Candidate]:
    """A state's code as a cell of a table or list of states ("NJ  $582,987,076", "Blue Banner Pickles
    ( TAS)"): a code alone on its row or in brackets ending it. A code is too short to stand for a
    state by itself ("Temporary Accommodation Service (TAS)"), so only where the document holds
    `state_rows_min` such rows or more."""
    cells, pos = [], 0
    for line in view.text.split("\n"):
        match = lex.place_line.match(line) or lex.state_row.search(line)
        if match is not None and match.group("name") in lex.state_codes:
            cells.append((pos + match.start("name"), pos + match.end("name")))
        pos += len(line) + 1
    if len(cells) < lex.state_rows_min:
        return []
    spans = (view.doc.char_span(start, end) for start, end in cells)
    return [Candidate(span.start, span.end, "GPE", "layout") for span in spans if span is not None]


def from_layout(view: DocView, lex: Lexicon) -> list[Candidate]:
    """The agency and outlet are organisations; a byline author is a person unless the byline
    names an office ("Press Office of the Ministry"); the dateline's place is a GPE."""
    doc = view.doc
    out = [Candidate(span.start, span.end, "ORG", "layout") for span in doc.spans.get("agency", [])]
    for span in doc.spans.get("byline", []):
        if _place_line(view, lex, span):
            out.append(Candidate(span.start, span.end, "GPE", "layout"))
        elif span.label_ == "OUTLET":
            out.append(Candidate(span.start, span.end, "ORG", "layout"))
        elif span.label_ == "AUTHOR":
            org = any(w in lex.author_org_words for w in span.text.split())
            out.append(Candidate(span.start, span.end, "ORG" if org else "PERSON", "layout"))
    for span in doc.spans.get("dateline", []):
        place = _dateline_place(view, lex, span)
        if place is not None:
            out.append(place)
    return out + place_lines(view, lex) + state_rows(view, lex)
