"""Places named by their type word: "the Samarkand region", "the Alentejo region", "Derwent
Valley", "the Hurunui District" (the pattern source's place heads, see name_patterns.headed_name)."""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break


def place_at_type(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "the Alentejo region" is a LOC; "the Pacific region" names the Pacific and "the Canterbury
    region" Canterbury, a known place the span holds alone (the real corpus's gold)."""
    doc, text = view.doc, view.texts[i]
    start = context.extend_left(view, lex, i, allow_connectors=False)
    if view.texts[i - 1] in lex.org_heads or view.texts[i - 1] in lex.company_words:
        return None  # "the Waikato Rural Support Trust region": the trust's area, not a place's name
    if start < i and doc[start].text not in lex.demonyms:
        place = doc[start:i].text
        if text == "region" and place in lex.loc_names:
            return Candidate(start, i, "LOC", "pattern")  # "the Pacific region": the region's own name
        if text == "region" and _name_goes_on_left(view, lex, start):
            return None  # "the Hawke’s Bay region": "Bay" is no place of its own
        if text == "region" and any(place in t for t in (lex.world_cities, lex.subdivisions)):
            return Candidate(start, i, "GPE", "pattern")  # "the Waikato region": the province's own name
        return Candidate(start, i + 1, "LOC", "pattern")
    return None


def _name_goes_on_left(view: DocView, lex: Lexicon, start: int) -> bool:
    """The name before doc[start] goes on through a possessive or "of" ("Hawke’s Bay", "Bay of Plenty")."""
    texts = view.texts
    joined = start >= 2 and (texts[start - 1] in lex.possessives or texts[start - 1] == "of")
    return joined and view.doc[start - 2].is_title


def natural_place(view: DocView, lex: Lexicon, start: int, i: int, end: int | None = None) -> Candidate:
    """The place doc[start:end] (end: i+1) with a natural place's head at i: "the Central Highlands and
    Derwent Valley" are two places, the second named here; "the Republic of Marshall Islands" is a country."""
    texts = view.texts
    end = i + 1 if end is None else end
    for k in range(i - 1, start, -1):
        if texts[k] == "and" and texts[k - 1] in lex.loc_heads:
            return Candidate(k + 1, end, "LOC", "pattern")
        if texts[k] == "of" and view.span_text(k + 1, i + 1) in lex.countries:
            return Candidate(start, i + 1, "GPE", "pattern", lex.iso_code(view.span_text(k + 1, i + 1)))
    return Candidate(start, end, "LOC", "pattern")


def governed_place_at(view: DocView, lex: Lexicon, start: int, i: int) -> bool:
    """A town, subdivision or country's name ends at the natural place's head at i: "Rhode Island",
    "Staten Island", "Christmas Island" (in "Residents of Christmas Island") are governed places,
    "Stewart Island" and "Waipapa Point" are not."""
    return any(
        lex.governed_place(name) or name in lex.world_cities
        for name in (view.span_text(k, i + 1) for k in range(start, i))
    )


_KNOWN_TAIL_WORDS = 3  # words after "of" a known place's name may hold ("Bay of Plenty", "Gulf of St. Lawrence")


def known_place_after_head(view: DocView, lex: Lexicon, i: int) -> int | None:
    """Where the known place that the head at i opens with "of" ends: "Gulf of Mexico" in "the Eastern
    Gulf of⏎Mexico", "Bay of Plenty" in "Eastern Bay of Plenty" (the real gold's LOC); None when no
    known place's name goes on from the head ("the Northern Coast of Vitu Levu")."""
    texts = view.texts
    if i + 2 >= len(texts) or texts[i + 1] != "of":
        return None
    words = [k for k in range(i + 2, min(len(texts), i + 2 + 2 * _KNOWN_TAIL_WORDS)) if not is_break(texts[k])]
    for n in range(min(_KNOWN_TAIL_WORDS, len(words)), 0, -1):
        name = " ".join([texts[i], "of", *(texts[k] for k in words[:n])])
        if name in lex.loc_names or name in lex.subdivisions:
            return words[n - 1] + 1
    return None


def titled_subdivision(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "the Hurunui District", "Kittitas County": a capitalised subdivision's type after its name,
    the name going on no further, over a line wrap too ("Hurunui District Council" is a body,
    "Assistant County⏎Supervisor" a post)."""
    texts = view.texts
    if texts[i] not in lex.titled_gpe_types or not view.doc[i - 1].is_title or texts[i - 1] in lex.role_words:
        return False
    after = i + 2 if i + 1 < len(texts) and is_break(texts[i + 1]) else i + 1
    return not view.name_continues(after)


def _hyphenated_surname(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Talia Anderson-Town": a known given name, and the type glued by a hyphen to the word before it."""
    texts = view.texts
    return len(cand) > 3 and texts[cand.start] in lex.given_names and texts[cand.end - 2] in {"-", "‐"}


def people_named_by_place_type(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: "Stewart Island", "Jefferson Parish", "Ho Chi Minh City" read as
    people. A name of two words or more ending in a capitalised place type names that place, LOC or
    GPE as the type says (no person's name ends in one); not a descriptive type ("Military Region")."""
    out = []
    for cand in chosen:
        last = view.texts[cand.end - 1]
        label = lex.singular_types.get(last.lower()) if cand.label == "PERSON" and len(cand) > 1 else None
        typed = label and last.istitle() and last.lower() not in lex.loc_types
        typed = typed and not _hyphenated_surname(view, lex, cand)
        out.append(replace(cand, label=label) if typed else cand)
    return out


def _polity_start(view: DocView, lex: Lexicon, start: int) -> int | None:
    """Where "the Commonwealth of" / "People’s Republic of" opens before a place's name at `start`, over a
    line wrap too; None when no capitalised polity title and "of" stand right before it."""
    texts, k = view.texts, start - 1
    while k > 0 and is_break(texts[k]):
        k -= 1
    if k < 1 or texts[k] != "of":
        return None
    k -= 1
    while k > 0 and is_break(texts[k]):
        k -= 1
    if texts[k] not in lex.polity_titles:
        return None
    # "People’s Republic", "Democratic Republic": capitalised words of the title before it
    while k >= 2 and texts[k - 1] in lex.possessives and texts[k - 2] in lex.polity_modifiers:
        k -= 2
    while k >= 1 and texts[k - 1] in lex.polity_modifiers:
        k -= 1
    return k


def polities_by_title(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: "the Commonwealth of Puerto Rico", "the State of Tennessee", "People’s
    Republic of Bangladesh" are one governed place (GOLD.md: `People’s Republic of China` is a GPE), where the
    model read only the place's name, or the whole as a body."""
    out = []
    for cand in chosen:
        inner = None
        if cand.label == "GPE":
            start = _polity_start(view, lex, cand.start)
            inner = None if start is None else Candidate(start, cand.end, "GPE", cand.source, cand.iso)
        elif cand.label in ("ORG", "PERSON") and len(cand) > 2 and view.texts[cand.start] in lex.polity_titles:
            rest = [k for k in range(cand.start + 1, cand.end) if not is_break(view.texts[k])]
            place = " ".join(view.texts[k] for k in rest[1:])
            if view.texts[rest[0]] == "of" and lex.governed_place(place):
                inner = replace(cand, label="GPE")
        out.append(inner or cand)
    grown = [c for c in out if c not in chosen]
    return [c for c in out if c in grown or not any(g.start <= c.start and c.end <= g.end for g in grown)]


def towns_read_as_places(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: a town's or state's name the model read as a place in one sentence and as
    a body or a person in another ("the people of Allentown, Pennsylvania" beside "Allentown is making a
    comeback", "in Upper Hutt" beside "Upper Hutt, the Kapiti Coast and Levin") is the place wherever it
    stands alone: the document names one town, and a body or person named by the town's bare name is rare,
    unless a body's longer name opens with it ("Kafue Copper said … Shares in Kafue rose")."""
    places = {" ".join(view.span_text(c.start, c.end).split()) for c in chosen if c.label == "GPE"}
    # a body named after the town ("Kafue Copper … Kafue shares") keeps its bare name a body
    places -= {view.texts[c.start] for c in chosen if c.label == "ORG" and len(c) > 1}
    # a small town only where a place context read it ("in Beachlands"), not a body another rule took for a place
    placed = {view.span_text(c.start, c.end) for c in chosen if c.label == "GPE" and c.source == "gazetteer"}
    out = []
    for cand in chosen:
        text = " ".join(view.span_text(cand.start, cand.end).split()) if cand.label in ("ORG", "PERSON") else ""
        small = text in lex.small_towns and text in placed
        town = text in places and (text in lex.world_cities or small or lex.governed_place(text))
        out.append(replace(cand, label="GPE") if town else cand)
    return out


# words no body's name opens with: "Following New Zealand’s decision", "Both Australia and Japan"
_NOT_NAME_TAGS = ("VB", "IN", "RB", "DT", "WDT", "WRB", "CC", "MD", "PRP")
_BODY_WORDS = 2  # "Tourism New Zealand", "Export Finance Australia": a body's words before the country's name


def _body_before_country(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The candidate is a title-case word or two before a country's name and no place by its whole name:
    "Tourism New Zealand", "Enterprise Ireland", "Biodiesel Oils NZ"; not "Papua New Guinea",
    "South Australia", "Greater China", "Port Sudan" (a place modifier or a compass word opens them),
    "Following New Zealand’s decision" (no name opens with a verb, preposition or determiner)."""
    texts = view.texts
    for k in range(cand.start + 1, min(cand.end, cand.start + _BODY_WORDS + 1)):
        if view.span_text(k, cand.end) in lex.countries:
            words = texts[cand.start : k]
            return (
                not any(t.tag_.startswith(_NOT_NAME_TAGS) for t in view.doc[cand.start : k])
                and words[0] not in lex.compass
                and words[0] not in lex.place_modifiers
                and all(w.istitle() and w.isalpha() and w not in lex.demonyms for w in words)
                and not lex.place_or_town(view.span_text(cand.start, cand.end))
            )
    return False


def bodies_named_before_countries(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: a place the model found that is a word or two before a country's name
    is a body named after the country ("Tourism New Zealand said", "grants to Biodiesel New Zealand"): ORG."""
    return [
        replace(c, label="ORG", iso=None) if _ner_place(c) and _body_before_country(view, lex, c) else c for c in chosen
    ]


def _ner_place(cand: Candidate) -> bool:
    return cand.label == "GPE" and cand.source == "ner"


def short_place_references(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "the Channel" after "the English Channel", "the Basin" after "the Columbia River Basin": a capitalised
    place head after "the", standing alone, is the place the document named in full with it (LOC), as "the
    Committee" is the body and "the Summit" the event (GOLD.md, corpus/README.md). Not inside another name
    ("Gardens by the Bay"), nor before a capitalised word ("the Bay Area")."""
    texts, doc = view.texts, view.doc
    heads = {texts[c.end - 1] for c in chosen if c.label == "LOC" and len(c) > 1 and texts[c.end - 1] in lex.loc_heads}
    if not heads:
        return []
    inside = {i for c in chosen if len(c) > 1 for i in c.tokens()}
    out = []
    for head in heads:
        for i in view.positions.get(head, ()):
            before = i - 1
            while before > 0 and is_break(texts[before]):
                before -= 1  # "the⏎Basin"
            if i in inside or before < 0 or texts[before].lower() != "the":
                continue
            if i + 1 < len(doc) and doc[i + 1].is_title and not doc[i + 1].is_sent_start:
                continue
            out.append(Candidate(i, i + 1, "LOC", "gazetteer"))
    return out


def _feature_core(view: DocView, lex: Lexicon, cand: Candidate) -> str | None:
    """ "Taupo" of "Lake Taupo", "Murray" of "Murray River": the feature's own word of a two-word LOC."""
    words = [w for w in view.texts[cand.start : cand.end] if not is_break(w)]
    if cand.label != "LOC" or len(words) != 2:
        return None
    if words[0] in lex.feature_openers:
        return words[1]
    return words[0] if words[1] in lex.feature_heads else None


def features_by_bare_name(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: the own word of a lake, mountain, river or island the document names in
    full ("Lake Taupo", "Murray River", "Kaikoura Island") standing alone is the feature (LOC), where the model
    read it as a town, a body or a person ("inflows to the Murray", "the purchase of Kaikoura"); not a region
    or state the tables know ("Waikato" beside "Waikato River"), nor a body's bare name when a body's longer
    name opens with it (lexicon feature_openers, feature_heads)."""
    cores = {core for c in chosen if (core := _feature_core(view, lex, c)) and not lex.governed_place(core)}
    if not cores:
        return chosen
    bodies = {view.texts[c.start] for c in chosen if c.label == "ORG" and len(c) > 1}
    out = []
    for cand in chosen:
        word = view.texts[cand.start] if len(cand) == 1 else None
        body = cand.label == "ORG" and word in bodies  # "Taupo District Council … Taupo said"
        feature = word in cores and cand.label in ("GPE", "ORG", "PERSON") and not body
        out.append(replace(cand, label="LOC", iso=None) if feature else cand)
    return out


def bodies_of_two_places(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "the Port Authority of New York and New Jersey", "the Transplantation Society of Australia and New
    Zealand": a body named "of" a place whose name the model ended at that place, with "and" and a second
    place right after it that no capitalised word goes on from, is one ORG over both places."""
    out: list[Candidate] = []
    for cand in chosen:
        body = out[-1] if out else None
        if body is not None and cand.label in ("GPE", "LOC") and _second_place(view, lex, body, cand):
            out[-1] = replace(body, end=cand.end)
            continue
        out.append(cand)
    return out


def _second_place(view: DocView, lex: Lexicon, body: Candidate, place: Candidate) -> bool:
    texts, doc = view.texts, view.doc
    # "and" or "&" between (the joiners of a law's name serve any name)
    if body.label != "ORG" or place.start != body.end + 1 or texts[body.end] not in lex.law_joiners:
        return False
    of = max((i for i in range(body.start + 1, body.end - 1) if texts[i] == "of"), default=None)
    if of is None:
        return False
    first = of + 2 if texts[of + 1].lower() == "the" else of + 1
    if not lex.place_or_town(view.span_text(first, body.end)) or not lex.place_or_town(_text(view, place)):
        return False
    return place.end >= len(doc) or not doc[place.end].is_title


def _text(view: DocView, cand: Candidate) -> str:
    return view.span_text(cand.start, cand.end)
