"""Candidates from the gazetteers: countries, cities, natural places, nationalities and
well-known organisations by name; ISO 3166-2 subdivisions and world towns only where the
context says "a place" ("in Maharashtra", "the islands of Bhola, Hatiya and Sandwip")."""

from __future__ import annotations

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon, capitalised


def matches(view: DocView, lex: Lexicon) -> list[tuple[str, int, int]]:
    """Every (group, start, end) where a gazetteer name's words stand in the document."""
    texts = view.texts
    found = []
    for i, text in enumerate(texts):
        for k in lex.gazetteer_lengths.get(text, ()):
            if i + k > len(texts):
                continue  # a slice past the end is shorter: "New Zealand" ending the text is no 3-word match
            keys = lex.gazetteer.get(tuple(texts[i : i + k]))
            if keys:
                found += [(key, i, i + k) for key in keys]
    return found


def _region_start(view: DocView, lex: Lexicon, start: int) -> int:
    """ "Central and West Asia", "East, Central and Southern Africa"; not "Middle East and North Africa"."""
    doc = view.doc
    while (
        start >= 2
        and doc[start].text in lex.compass
        and doc[start - 1].text in {"and", ","}
        and doc[start - 2].text in lex.compass
        and not (start > 2 and capitalised(doc[start - 3].text))
    ):
        start -= 2
    return start


def _named(view: DocView, lex: Lexicon, key: str, start: int, end: int) -> Candidate | None:
    """The candidate a gazetteer match of `key` gives, or None where the name goes on."""
    doc = view.doc
    if key == "COUNTRY":
        return Candidate(start, end, "GPE", "gazetteer", lex.iso_code(doc[start:end].text))
    if key == "CITY":
        if view.name_continues(end):
            return None  # "Charlotte Amesbury", "London Gatwick", "Nairobi Securities Exchange"
        return Candidate(start, end, "GPE", "gazetteer")
    if key == "ORG":
        continues = view.name_continues(end) and doc[end].text not in lex.role_words
        if continues or (start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start):
            return None  # part of a longer name: "UN Environment Programme", "Kenya Red Cross"
        if end < len(doc) and doc[end].text in lex.role_words and doc[start:end].text in lex.portfolio:
            return None  # a portfolio before a title: "Cabinet Secretary Kiptoo"
        return Candidate(start, end, "ORG", "gazetteer")
    if key == "LOC":
        if view.name_continues(end) and not view.in_headline(start):
            return None  # "Caspian Gateway Terminals", "Thames Water", "the Arctic Circle Assembly"
        return Candidate(_region_start(view, lex, start), end, "LOC", "gazetteer")
    if key == "NORP":
        return Candidate(start, end, "NORP", "gazetteer")
    if key == "PERSON":
        if view.name_continues(end) and doc[end].text not in lex.person_continuations:
            return None  # part of a longer name: "Trump Tower", "Obama Foundation"
        return Candidate(start, end, "PERSON", "gazetteer")
    return None


def from_gazetteer(view: DocView, lex: Lexicon) -> list[Candidate]:
    """Names the gazetteers know, where nothing says they are part of a longer name."""
    found = matches(view, lex)
    out = []
    for key, start, end in found:
        if context.compound_part(view, lex, start):
            continue
        cand = _named(view, lex, key, start, end)
        if cand is not None:
            out.append(cand)
    out += qualified_peoples(view, lex)
    return out + subdivisions(view, lex, [(a, b) for key, a, b in found if key == "SUBDIVISION"])


def qualified_peoples(view: DocView, lex: Lexicon) -> list[Candidate]:
    """ "Indigenous Australians", "Native Americans": one NORP over the qualifier and the
    nationality (GOLD.md labels the outermost name), over a wrap's extra space too."""
    texts, out = view.texts, []
    for word in lex.people_qualifiers:
        for i in view.positions.get(word, ()):
            k = view.word_from(i + 1)
            if k < len(texts) and k - i <= 2 and lex.nationality(f"{word} {texts[k]}"):
                out.append(Candidate(i, k + 1, "NORP", "gazetteer"))
    return out


def subdivisions(view: DocView, lex: Lexicon, found: list[tuple[int, int]]) -> list[Candidate]:
    """ISO 3166-2 names (gazetteer matches) where the context allows a place: "in
    Maharashtra", "Tamil Nadu". At each word the longest name decides; an accepted name
    is not searched inside again."""
    doc, texts = view.doc, view.texts
    ends_at: dict[int, list[int]] = {}
    for start, end in sorted(found, key=lambda m: (m[0], -m[1])):
        ends_at.setdefault(start, []).append(end)
    out = []
    free = 0  # the first word not inside an accepted name
    for start in sorted(ends_at):
        if start < free or not texts[start].istitle():
            continue
        end = ends_at[start][0]
        placed = start > 0 and doc[start - 1].lower_ in lex.locative
        if view.name_continues(end) or (start > 0 and capitalised(doc[start - 1].text) and not placed):
            continue  # "Punjab National Bank", "State Bank of Punjab" is the bank's
        typed = end < len(doc) and doc[end].lower_ in lex.gpe_types
        if (end - start > 1 or placed or typed) and not context.compound_part(view, lex, start):
            out.append(Candidate(start, end, "GPE", "gazetteer"))  # "in Maharashtra", "Tamil Nadu"
            free = end
    return out


def world_city(view: DocView, lex: Lexicon, i: int, *, any_size: bool = False) -> Candidate | None:
    """A town from the world cities table starting at token i, where nothing says it goes on."""
    doc = view.doc
    if not doc[i].is_title or doc[i].is_sent_start:
        return None
    for k in (3, 2, 1):
        end = i + k
        if end > len(doc) or view.name_continues(end):
            continue
        span = doc[i:end]
        population = lex.world_cities.get(span.text)
        if population is None or not all(capitalised(t.text) or t.text in {"-", "’s", "'s"} for t in span):
            continue
        if any_size or population >= lex.city_min_population:
            return Candidate(i, end, "GPE", "gazetteer")
    return None


def place_label(lex: Lexicon, text: str, label: str, kind: str) -> str:
    """ "Ghana's Volta and Oti regions" are governed (GPE); "the Alentejo region" is not (LOC)."""
    if label == "LOC" and kind.lower() in {"region", "regions"} and lex.governed_place(text):
        return "GPE"
    return label


def _typed_lists(view: DocView, lex: Lexicon, i: int) -> list[Candidate]:
    """ "the Barents, Kara and Beaufort seas", "the islands of Bhola, Hatiya and Sandwip"."""
    doc = view.doc
    tok = doc[i]
    out = []
    plural = lex.plural_types.get(tok.text)
    if plural and i > 0 and capitalised(doc[i - 1].text):
        parts = context.conjuncts_left(view, lex, i)
        if len(parts) > 1:
            out += [Candidate(a, b, place_label(lex, doc[a:b].text, plural, tok.text), "pattern") for a, b in parts]
    label = plural or lex.singular_types.get(tok.text)
    if label and i + 2 < len(doc) and doc[i + 1].text == "of" and capitalised(doc[i + 2].text):
        if plural:
            parts = context.conjuncts_right(view, lex, i + 2)
        else:
            parts = [(i + 2, context.name_run_right(view, lex, i + 2))]
        if not doc[i + 2].is_sent_start and (plural is None or len(parts) > 1):
            out += [Candidate(a, b, place_label(lex, doc[a:b].text, label, tok.text), "pattern") for a, b in parts]
    return out


def _towns_after(view: DocView, lex: Lexicon, i: int) -> list[Candidate]:
    """ "in Khulna", "between Guwahati and Jorhat": world towns after a place word."""
    doc = view.doc
    if doc[i].lower_ not in lex.place_context or i + 1 >= len(doc):
        return []
    city = world_city(view, lex, i + 1)
    if city is None:
        return []
    out = [city]
    if doc[i].lower_ == "between" and city.end + 1 < len(doc) and doc[city.end].text == "and":
        other = world_city(view, lex, city.end + 1, any_size=True)
        if other is not None:
            out.append(other)
    return out


def _based(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "a Khulna-based network": the town before "-based"."""
    doc = view.doc
    if not (i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "based" and doc[i].is_title):
        return None
    start = i
    while start > 0 and doc[start - 1].is_title and doc[start - 1].whitespace_:
        start -= 1
    for a in range(start, i + 1):
        if doc[a : i + 1].text in lex.world_cities:
            return Candidate(a, i + 1, "GPE", "gazetteer")
    return None


def _state_end(view: DocView, lex: Lexicon, i: int) -> int | None:
    """End of the state or country named at token i ("Delaware", "Papua New Guinea", "TX"), where
    no longer name goes on; None when none is."""
    texts = view.texts
    for k in (3, 2, 1):
        end = i + k
        if end > len(texts) or view.name_continues(end):
            continue
        name = view.span_text(i, end)
        owner = end < len(texts) and texts[end] in lex.possessives  # "Callaghan Innovation, New Zealand’s agency"
        if not owner and (name in lex.subdivisions or name in lex.countries or (k == 1 and name in lex.state_codes)):
            return end
    return None


def _town_before_state(view: DocView, lex: Lexicon, i: int) -> list[Candidate]:
    """ "Lewes, Delaware", "Rabaul, Papua New Guinea", "Grand Prairie, TX": the capitalised words
    before a comma and the state or country the town lies in (the state's code too). Not a name
    with a given name, a title, a month or day, a body's or government's head or a company word ("Senator
    Cruz, Texas", "On Monday, Texas", "Rice University, Houston"), nor one after "of" ("University of
    Washington, Seattle"), nor before an owner ("Callaghan Innovation, New Zealand’s agency"). A word
    that opens a sentence, an acronym or three words only when they are a known town."""
    doc, texts = view.doc, view.texts
    if i < 1 or i + 1 >= len(doc):
        return []
    end = _state_end(view, lex, i + 1)
    start = context.name_run_left(view, lex, i)
    if end is None or not 0 < i - start <= 3 or (start > 0 and doc[start - 1].lower_ == "of"):
        return []
    words = texts[start:i]
    if view.span_text(start, i) not in lex.world_cities and (
        view.sentence_initial(start)  # "However, Texas …"
        or i - start > 2
        or any(w.isupper() for w in words)  # "the ETTF, Canada and …"
        or any(w.lower() in lex.calendar_words or w in lex.given_names or w in lex.body_heads for w in words)
        or any(w in lex.company_words or lex.post_title(w) for w in words)
    ):
        return []
    out = [Candidate(start, i, "GPE", "gazetteer")]
    if texts[i + 1] in lex.state_codes and end == i + 2:
        out.append(Candidate(i + 1, end, "GPE", "gazetteer"))
    return out


def from_place_context(view: DocView, lex: Lexicon) -> list[Candidate]:
    """Places the context names: lists before "seas" or after "islands of", towns after "in"
    or "between", a town before "-based"."""
    doc, texts = view.doc, view.texts
    out: list[Candidate] = []
    for i, text in enumerate(texts):
        based = i + 2 < len(texts) and texts[i + 1] == "-" and texts[i + 2].lower() == "based"
        if text == ",":
            out += _town_before_state(view, lex, i)
            continue
        if text not in lex.place_type_words and text.lower() not in lex.place_context and not based:
            continue
        out += _typed_lists(view, lex, i) + _towns_after(view, lex, i)
        town = _based(view, lex, i)
        if town is not None:
            out.append(town)
    return [c for c in out if not any(doc[c.start : c.end].text in t for t in (lex.countries, lex.demonyms))]
