"""Candidates from the page layout: the byline's authors and outlet, the agency, the
dateline's place."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_NEAR_ROWS = 1  # a column's cells stand on neighbouring lines
_MAX_CELL_WORDS = 3  # "Jennifer Clyburn Reed"; four words are a body's ("Theodore Roosevelt Conservation Partnership")


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


def _before_bracket(name: str) -> str:
    """The name without a bracketed post closing it ("Brent Layton (Chair)")."""
    return name[: name.rindex("(")].rstrip() if name.endswith(")") else name


def _cell_words(name: str) -> list[str]:
    """A cell's words besides initials and a short name in brackets ("Jeremy J. (Jerry) Rickman")."""
    return [w for w in name.split() if not w.startswith("(") and not w.endswith(".")] or [""]


def _person_cell(lex: Lexicon, name: str) -> bool:
    """A cell that may name a person: two to three words besides initials and a short name in brackets
    ("Jeremy James (Jerry) Rickman", "Heather Daly"), not opened by a common word, with no word of a body, a
    post, a kind of place or a company, in no capitals row ("WAIKATO"), and no known place or body. Whether a
    given name opens it is read apart (`_opens_with_given_name`)."""
    words = _cell_words(name)
    return (
        len(words) > 1 and words[0].lower() not in lex.stop
        and len(words) <= _MAX_CELL_WORDS
        and not any(len(w) > 1 and w.isupper() for w in words)
        and not any(
            w in lex.company_words or w in lex.org_heads or w in lex.place_type_words or lex.post_title(w)
            for w in words
        )
        and not lex.place_or_town(name)
        and name not in lex.organisation_names
    )


def _row_cells(view: DocView, lex: Lexicon) -> list[tuple[int, int, int, bool]]:
    """Each name-shaped cell of each line: its line, start and end characters, and whether a given name opens it;
    none where fewer than `person_rows_min` lines hold a cell a given name opens (read first, as it is cheap)."""
    found, pos = [], 0
    for row, line in enumerate(view.text.split("\n")):
        for m in lex.person_cell.finditer(line):
            found.append((row, pos + m.start("name"), _before_bracket(m.group("name"))))
        pos += len(line) + 1
    if len({row for row, _, name in found if _opens_with_given_name(lex, name)}) < lex.person_rows_min:
        return []
    return [(row, start, start + len(name), _opens_with_given_name(lex, name))
            for row, start, name in found if _person_cell(lex, name)]


def _opens_with_given_name(lex: Lexicon, name: str) -> bool:
    return _cell_words(name)[0] in lex.given_names


def person_rows(view: DocView, lex: Lexicon) -> list[Candidate]:
    """A person's name as a cell of a list's rows or a table ("Automation Products Ltd, Greg Coulter (09)
    415 2512, $4,500", "Shareez Farouk, Department of Internal Affairs", a cell "Nikki Davies-Colley" on
    its own line): no sentence stands around it, so the model reads it as a body or not at all. The list's
    own shape tells it: only where `person_rows_min` rows or more of the document hold a cell a given name
    opens; then a name-shaped cell in the same column of another row is a person too."""
    cells = _row_cells(view, lex)
    given = [cell for cell in cells if cell[3]]
    if len({row for row, *_ in given}) < lex.person_rows_min:
        return []
    columns = {(row, _column(view.text, start)) for row, start, _, _ in given}
    chosen = [
        (start, end)
        for row, start, end, by_name in cells
        if by_name or (_beside(columns, row, _column(view.text, start)) and _plain_cell(view.text, start, end))
    ]
    spans = (view.doc.char_span(start, end) for start, end in chosen)
    return [Candidate(span.start, span.end, "PERSON", "layout") for span in spans if span is not None]


def _beside(columns: set[tuple[int, int]], row: int, column: int) -> bool:
    """A row near one whose cell in that column a given name opens."""
    return any((near, column) in columns for near in range(row - _NEAR_ROWS, row + _NEAR_ROWS + 1))


def _plain_cell(text: str, start: int, end: int) -> bool:
    """A cell set off by commas or its line's ends, no brackets ("(Te Kuiti)"), and no sentence
    going on after it ("On Sunday, the …")."""
    before = text[max(0, start - 2) : start].rstrip(" *\\-\t")
    after = text[end : end + 40].lstrip(" *\\\t")
    opener = not before or before[-1] in ",\n"
    closer = not after or after[0] == "\n" or (after[0] == "," and not after[1:].lstrip()[:1].islower())
    return opener and closer and not _wrapped(text, start)


def _wrapped(text: str, start: int) -> bool:
    """The cell's line goes on from the line before ("Deputy Assistant to the President for⏎Infrastructure
    Implementation"): that line holds words and ends in none of a row's ends (a stop, a comma, a bracket, bold
    marks, a markdown hard break)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    before = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return bool(before.strip()) and not before.endswith("  ") and before.rstrip()[-1] not in ".,;:)*"


def _column(text: str, start: int) -> int:
    """The cell's column: the commas before it on its line."""
    return text.count(",", text.rfind("\n", 0, start) + 1, start)


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
    return out + place_lines(view, lex) + state_rows(view, lex) + person_rows(view, lex)
