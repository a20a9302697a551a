"""Candidates from the shape of a name around a head word: organisations ending in Authority,
Ministry, Holdings…; events ending in Summit, Plenum, War…, named storms and exercises;
places ending in Corridor, Zone, Sea…; "<Name> district" GPEs; a person after a title;
an acronym in brackets."""

from __future__ import annotations

from collections.abc import Callable

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.incidents import event_code, named_incident, storm_name
from briefx.components.entities.lexicon import ORDINAL_DIGITS, YEAR, Lexicon, capitalised
from briefx.components.entities.organisations import body_alone, org, past_qualifiers, qualifier_open
from briefx.components.entities.place_heads import (
    governed_place_at,
    known_place_after_head,
    natural_place,
    place_at_type,
    titled_subdivision,
)
from briefx.components.entities.wraps import is_break

Finder = Callable[[DocView, Lexicon, int], Candidate | None]
_NAME_GLUE = frozenset({"of", "for", "in", "to", "and", "the", "-", "’s", "'s"})
_OF_WORDS = frozenset({"of", "for", "at", "to", "in"})


def _left(view: DocView, lex: Lexicon, i: int) -> int:
    return context.extend_left(view, lex, i, allow_connectors=False)


def _named_before(view: DocView, lex: Lexicon, i: int) -> bool:
    doc = view.doc
    return i > 0 and (
        capitalised(doc[i - 1].text) or (i > 1 and doc[i - 1].text in lex.possessives and doc[i - 2].is_title)
    )


def _head_after_opener(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "At Times, …", "That Times Square …": the capitalised word before the head is a sentence's
    opening word (lex.leading_words), and the head alone names no body the way "Parliament" does."""
    before = view.doc[i - 1]
    return (
        before.is_sent_start
        and before.lower_ in lex.leading_words
        and view.texts[i] not in lex.short_heads
        and view.texts[i] not in lex.government_heads
    )


def organisation_at_head(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "Bank of England", "Chinese Embassy": a name around an organisation's head word."""
    text = view.texts[i]
    named_after = i + 2 < len(view) and view.texts[i + 1] in {"of", "for", "on"}
    named_before = _named_before(view, lex, i) and not _head_after_opener(view, lex, i)
    if text in lex.org_heads and (named_before or named_after):
        if not (text in lex.event_needs_number and event(view, lex, i)):
            return org(view, lex, i)
    return None


def company_at_suffix(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "Seowon Energy Materials", "Fairlie & Quist Ltd": a name before a company word; a
    bracketed qualifier before the legal suffix stays inside ("Foodstuffs (New Zealand) Ltd")."""
    doc = view.doc
    suffix_end = context.company_suffix(view, lex, i)
    qualified = qualifier_open(view, lex, i) is not None
    if not (suffix_end and (_named_before(view, lex, i) or qualified) and not view.name_continues(suffix_end)):
        return None
    start = past_qualifiers(view, lex, _left(view, lex, i))
    while start >= 2 and doc[start - 1].text == "&" and capitalised(doc[start - 2].text):
        start = _left(view, lex, start - 2)
    start = _after_titles(view, lex, start, i)
    return Candidate(start, suffix_end, "ORG", "pattern") if i - start >= 1 else None


def _after_titles(view: DocView, lex: Lexicon, start: int, i: int) -> int:
    """Past the title words that open a run before a name ("Energy Minister Nordhavn Ltd"):
    role words, and portfolio words before a role word; "Rural Support Trust" keeps "Rural"."""
    texts = view.texts
    while start < i:
        k = start
        while k < i and texts[k] in lex.portfolio:
            k += 1
        if texts[k] not in lex.role_words:
            break
        start = k + 1
    return start


def _battle_place(view: DocView, i: int) -> bool:
    """ "Battle of Kapyong", "Battle of the Coral Sea": a capitalised place after "of" (and "the")."""
    texts = view.texts
    k = i + 3 if texts[i + 2 : i + 3] == ["the"] else i + 2
    return texts[i + 1 : i + 2] == ["of"] and k < len(texts) and view.doc[k].is_title


def named_event(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "Hurricane Teodora", "Tropical Cyclone Ana", "the Northern Lynx 2026 exercise", "the Battle of Kapyong": a
    storm's name after its kind, an exercise's name before the word, a battle's place after "of"."""
    doc = view.doc
    tok = doc[i]
    if tok.text in lex.battle_words and _battle_place(view, i):
        return Candidate(i, _event_end(view, lex, i), "EVENT", "pattern")  # "the Battle of Kapyong"
    if tok.text in lex.storms and i + 1 < len(doc) and storm_name(view, lex, i):
        start = i
        while start > 0 and i - start < 2 and doc[start - 1].text in lex.storm_grades:  # "Tropical Cyclone"
            start -= 1
        return Candidate(start, i + 2, "EVENT", "pattern")
    if tok.lower_ not in lex.exercise_words or not tok.text.islower() or i == 0:
        return None
    end = i
    if YEAR.match(doc[end - 1].text):
        end -= 1
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
        start -= 1
    name = doc[start:end]
    if start == end or lex.known_place(name.text) or name.text in lex.organisation_names:
        return None
    if any(t.text in lex.role_words or t.text in lex.portfolio or t.text in lex.org_heads for t in name):
        return None
    return Candidate(start, i if end < i else end, "EVENT", "pattern")


def fixed_form(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "Government of Azerbaijan", "Air Astana", "Kaziranga National Park": names of a set shape."""
    doc = view.doc
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if tok.text == "Government" and nxt is not None and nxt.text == "of" and i + 2 < len(doc):
        if doc[i + 2].text in lex.countries:
            return Candidate(i, i + 3, "ORG", "pattern")
    prefixed = tok.text in lex.org_prefixes and nxt is not None and nxt.text not in lex.not_after_air
    if prefixed and not tok.is_sent_start:
        if i > 0 and capitalised(doc[i - 1].text):
            return None  # "Ämari Air Base"
        if lex.plain_name_word(nxt) or nxt.text in lex.countries or nxt.text in lex.world_cities:
            return Candidate(i, i + 2, "ORG", "pattern")  # "Air Astana", "Air India"
    if tok.text in lex.reserve_heads and i > 1 and doc[i - 1].text in lex.reserve_kinds:
        start = _left(view, lex, i - 1)
        if start < i - 1:
            return Candidate(start, i + 1, "LOC", "pattern")  # "Kaziranga National Park"
    return None


def headed_name(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """An event, a natural place, a region or district, or a person, by the word at i."""
    doc, texts, text = view.doc, view.texts, view.texts[i]
    if text in lex.event_heads or text in lex.event_needs_number:
        return event(view, lex, i)
    if text in lex.loc_heads and i > 0 and not view.name_continues(i + 1):
        start = context.extend_left(view, lex, i)
        if start < i and doc[start].text not in lex.role_words:
            end = known_place_after_head(view, lex, i)  # "the Eastern Gulf of Mexico"
            if end is not None and (view.name_continues(end) or not all(w in lex.compass for w in texts[start:i])):
                return None  # "the Western Bay of Plenty Tourism Trust", "Tourism Bay of Plenty": a body's name
            place = natural_place(view, lex, start, i, end)
            return None if place.label == "LOC" and governed_place_at(view, lex, place.start, i) else place
    elif text in lex.loc_types and i > 0 and doc[i - 1].is_title:
        return place_at_type(view, lex, i)
    elif text in lex.gpe_types and i > 0 and (text.islower() or titled_subdivision(view, lex, i)):
        start = _left(view, lex, i)
        if start < i and doc[start].text not in lex.demonyms:
            return Candidate(start, i + 1, "GPE", "pattern")
    elif text in lex.title_words or text.lower() in lex.lower_role_words:  # a role, or a person prefix ("Lady")
        return person_after_role(view, lex, i)
    return None


def bracketed_acronym(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "(ESA)": an acronym alone in brackets names a body; not "measles-rubella (MR)"."""
    doc = view.doc
    if view.texts[i] != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")":
        return None
    acronym = doc[i + 1]
    described = i > 0 and doc[i - 1].text.islower()
    if acronym.text.isupper() and 2 <= len(acronym.text) <= 8 and acronym.is_alpha and not described:
        return Candidate(acronym.i, acronym.i + 1, "ORG", "pattern")
    return None


def honoured_name(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "The Hon. Jane Doe MP", "THE HON. MALCOLM TURNBULL MP", "Hon. Mensah-Bonsu said": the
    name after an honourific, in any case, hyphenated words whole, without postnominals."""
    doc = view.doc
    if view.texts[i] not in lex.honourifics:
        return None
    start = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "." else i + 1
    end, words = start, 0
    while end < len(doc) and words < 4:
        after = _particle_surname(view, lex, end)  # "Mrs te Heuheu": particles, then the surname
        if after == end and not _honoured_word(doc[end], lex):
            break
        end = max(after, end + 1)
        words += 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and _honoured_word(doc[end + 1], lex):
            end += 2  # "Mensah-Bonsu"
    return Candidate(start, end, "PERSON", "honourific") if words else None


def _honoured_word(tok, lex: Lexicon) -> bool:
    text = tok.text
    return (
        tok.is_alpha and (tok.is_title or tok.is_upper) and text not in lex.postnominals
        and text not in lex.role_words and text.title() not in lex.role_words and tok.lower_ not in lex.stop
    )


def numbered_unit(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "3rd Infantry Division", "101st Airborne Division", "7th Fleet": a numbered military
    unit is an organisation (issue 9: defence releases)."""
    doc = view.doc
    if view.texts[i] not in lex.unit_heads:
        return None
    start = i
    while start > 0 and i - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    if start > 0 and ORDINAL_DIGITS.match(doc[start - 1].text):
        return Candidate(start - 1, i + 1, "ORG", "pattern")
    return None


FINDERS: tuple[Finder, ...] = (
    honoured_name,
    numbered_unit,
    organisation_at_head,
    company_at_suffix,
    event_code,
    named_event,
    named_incident,
    fixed_form,
    body_alone,
    headed_name,
    bracketed_acronym,
)


def from_patterns(view: DocView, lex: Lexicon) -> list[Candidate]:
    """At each word where some pattern can start, the first finder's name."""
    out: list[Candidate] = []
    for i, text in enumerate(view.texts):
        if text not in lex.pattern_triggers and text.lower() not in lex.exercise_words:
            if not lex.event_codes.match(text):
                continue  # no finder starts at this word
        for finder in FINDERS:
            cand = finder(view, lex, i)
            if cand is not None:
                out.append(cand)
                if cand.label == "PERSON" and text.endswith("s") and text in lex.role_words:
                    out.extend(_coordinated_person(view, lex, cand))
                break
    return out


def _coordinated_person(view: DocView, lex: Lexicon, first: Candidate) -> list[Candidate]:
    """ "Presidents Ames and Okafor": after a plural title, the name after "and" is a person too."""
    doc = view.doc
    k = first.end
    while k < len(doc) and doc[k].text in {",", "and", "of"}:
        k += 1
        if doc[k - 1].text == "of":  # "Presidents Buhari of Nigeria and Talon of Benin"
            while k < len(doc) and doc[k].is_title:
                k += 1
    start = k
    while k < len(doc) and k - start < 4 and lex.plain_name_word(doc[k]):
        k += 1
    joined = any(t.text == "and" for t in doc[first.end : start])
    return [Candidate(start, k, "PERSON", "pattern")] if joined and k > start else []


def _person_title_run(view: DocView, lex: Lexicon, i: int) -> int:
    """End of the capitalised run after the title at i ("Minister of Foreign Affairs of Poland …")."""
    doc = view.doc
    k = i + 1
    # the parser may open a sentence after a title ("Presidents | Ames and Okafor"): a title ends none
    while k < len(doc) and (capitalised(doc[k].text) or doc[k].text in _NAME_GLUE) and (
        not doc[k].is_sent_start or (k == i + 1 and doc[i].text in lex.title_words)
    ):
        nxt = k + 2 if k + 2 < len(doc) and doc[k + 1].text == "the" else k + 1
        if doc[k].text == "and" and nxt < len(doc) and doc[nxt].text not in lex.portfolio:
            break  # "Minister of Industry and Trade Radek Veselka and Vietnam's Minister …"
        k += 1
    end = k
    while end > i + 1 and not doc[end - 1].text[:1].isupper():
        end -= 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2  # "Park Ji-hoon"
    while (
        end + 2 < len(doc) and doc[end].lower_ in lex.name_particles and doc[end + 1].text == "-"
        and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_title
    ):
        end += 3  # "Abdel Fattah el-Sisi", "Bashar al-Assad"
    return _particle_surname(view, lex, end)


def _particle_surname(view: DocView, lex: Lexicon, end: int) -> int:
    """ "Minister Vanessa van Uden", "Mr de Blasio": a name running into lower-case particles
    goes on to the surname after them."""
    surname = context.particles_then_name(view, lex, end) if end < len(view.doc) else None
    return end if surname is None or surname == end or view.doc[surname].is_sent_start else surname + 1


def _name_words_back(view: DocView, lex: Lexicon, i: int, end: int) -> int:
    """Walk back from `end` over up to three name words; "Adjei-Boateng" counts once."""
    doc = view.doc
    start = end
    words = 0
    while start > i + 1 and words < 4:
        word_start = start - 1
        while (
            word_start - 2 > i
            and doc[word_start - 1].text == "-"
            and not doc[word_start - 1].whitespace_
            and not doc[word_start - 2].whitespace_
        ):
            word_start -= 2
        if doc[word_start].lower_ in lex.name_particles and word_start > i:
            start = word_start  # "el-Sisi": the particle opens the surname
            continue
        if not lex.plain_name_word(doc[word_start]):
            if words and doc[word_start].is_title and doc[word_start].text in lex.given_names:
                start = word_start  # "Mayor of Leeds Mara Ames": a given name that names a place too opens the name
            break
        start = word_start
        words += 1
    return start


def _title_goes_on(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """The one word after a title is still the title: an occupation ("Managing Attorney of
    Housing Policy"), or a portfolio joined by "and" to a run that ends in a title ("Chief Data
    and Equitable Delivery Officer")."""
    doc = view.doc
    if lex.occupation(doc[start]):
        return True
    if end >= len(doc) or doc[end].text != "and":
        return False
    k, words = end + 1, 0
    while k < len(doc) and (is_break(doc[k].text) or doc[k].is_title and doc[k].text not in lex.title_words):
        words += not doc[k].is_space
        k += 1
    return k < len(doc) and words > 0 and doc[k].text in lex.role_words


def person_after_role(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "Minister of Foreign Affairs of Poland Marta Wierzbicka said": the name ends the title run."""
    doc = view.doc
    end = _person_title_run(view, lex, i)
    start = _name_words_back(view, lex, i, end)
    first_of = next((k for k in range(i + 2, end) if doc[k].lower_ in _OF_WORDS), None)
    if (start == end or doc[start - 1].lower_ in _OF_WORDS) and first_of is not None:
        # "Secretary Buttigieg of Transportation", "President … López Obrador of Mexico": the
        # name before the first "of" is the person's
        end = first_of
        start = _name_words_back(view, lex, i, end)
    if start == end:
        return None
    if _of_the_before(view, start):
        start = _given_name_inside(view, lex, start, end)  # "President of the Republic Emmanuel Macron"
    opener = start - 2 if start > 1 and doc[start - 1].text in lex.demonyms else start - 1
    if doc[opener].lower_ in _OF_WORDS or lex.closes_body(doc[end - 1].text):
        return None  # "chief executive of (Kenyan) Kerala Skyways", "the Prime Ministerial Taskforce": an organisation
    single_ok = (
        end - start == 1
        and start == i + 1
        and (end == len(doc) or not doc[end].is_title)
        and not _title_goes_on(view, lex, start, end)
    )
    if (end - start < 2 and not single_ok) or end - start > 6:
        return None
    return Candidate(start, end, "PERSON", "pattern")


def _of_the_before(view: DocView, start: int) -> bool:
    """ "Vice President of the United States", "Representative of the Republic": what a title
    names after "of the" is a place or a body, no person."""
    doc = view.doc
    return start >= 2 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in _OF_WORDS


def _given_name_inside(view: DocView, lex: Lexicon, start: int, end: int) -> int:
    """Where a given name and surname start after the place or body a title names, else `end`."""
    return next((k for k in range(start + 1, end - 1) if view.texts[k] in lex.given_names), end)


def _title_before(view: DocView, lex: Lexicon, j: int, head: int) -> bool:
    """A title word at j ends the name left of an event's head, but for the plural that
    names who meets: "G20 Leaders’ Summit", "Foreign Ministers Meeting"."""
    text = view.texts[j]
    if text not in lex.role_words:
        return False
    return not (text.endswith("s") and (j + 1 == head or view.texts[j + 1] in lex.possessives))


def _event_start(view: DocView, lex: Lexicon, i: int) -> int:
    """Left of an event's head: capitalised words, "(ACRONYM)", possessives between names, a
    number inside ("Formula 1 Azerbaijan Grand Prix"), an ordinal before ("the first …")."""
    doc = view.doc
    start = i
    j = i - 1
    joins = {"-", "–", "of", "and"} if context.posts_of_before(view, lex, i) else {"-", "–"}
    while j >= 0:
        tok = doc[j]
        if tok.is_space or j in view.blocked_for_events:
            break  # "the June G7 Leaders’ Summit": a date before the name is no part of it
        if tok.text == ")" and j >= 2 and doc[j - 2].text == "(":
            j -= 3
            continue
        if capitalised(tok.text) and tok.text not in lex.determiners and not _title_before(view, lex, j, i):
            start = j
        elif not (
            (tok.text in lex.possessives or tok.text in joins or tok.like_num)  # "Heads of| Government Meeting"
            and j > 0
            and capitalised(doc[j - 1].text)
        ):
            break
        j -= 1
    if start > 0 and doc[start - 1].lower_ in lex.ordinals:
        start -= 1  # "the first ASEAN–SCO Ministerial Dialogue"
    elif context.year_opens_name(view, lex, start - 1):
        start -= 1  # "the 2022 Madrid Summit", "the virtual 2020 National Convention" (the real gold)
    return start


def _event_end(view: DocView, lex: Lexicon, i: int) -> int:
    """Right of an event's head: "of the 20th CPC Central Committee", "Against Japanese
    Aggression", a year ("Trans-Caspian Connectivity Forum 2026")."""
    doc = view.doc
    end = k = i + 1
    while k < len(doc):
        tok = doc[k]
        if capitalised(tok.text) and tok.text not in lex.determiners and not tok.is_sent_start:
            end = k = k + 1
            continue
        if tok.text in lex.connectors and tok.text != "and":
            m = k
            while m < len(doc) and doc[m].text in lex.connectors and doc[m].text != "and":
                m += 1
            if m < len(doc) and capitalised(doc[m].text) and m not in view.blocked_for_events:
                k = m  # not "Election on November 3": a date after the name is no part of it
                continue
        if tok.text == "and" and k + 1 < len(doc) and capitalised(doc[k + 1].text) and doc[k + 1].text != "I":
            k += 1  # "the Summit and Exhibition"; not "the Forum and I think"
            continue
        if k == end and YEAR.match(tok.text):
            end = k + 1
        break
    return end


def _unnumbered_meeting(view: DocView, lex: Lexicon, i: int, numbered: bool) -> bool:
    """A head that names a meeting only with a number ("the 3rd Session"), or names a body
    more often than a meeting ("UN Conference on Trade and Development"); not when who
    meets is named before it (`context.participants_before`)."""
    head = view.texts[i]
    if head not in lex.event_needs_number or numbered or context.participants_before(view, lex, i):
        return False
    if head not in lex.event_heads or head in {"Congress", "Session", "Meeting"}:
        return True
    return head == "Conference" and i + 1 < len(view) and view.texts[i + 1] in {"on", "of"}


def event(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """An event around its head word at i, or the organisation such a name turns out to be."""
    doc = view.doc
    if not view.texts[i][:1].isupper() or context.treaty_head(view, lex, i):
        return None
    start, end = _event_start(view, lex, i), _event_end(view, lex, i)
    span = doc[start:end]
    if len(span) < 2 or span[-1].text in lex.facility_heads or span[-1].text in lex.no_span_heads:
        return None  # a venue is a facility, "the Fair Work Act" a law: no span (GOLD.md)
    if i + 1 < len(doc) and doc[i + 1].like_num and not YEAR.match(doc[i + 1].text):
        return None  # "Day One of the Summit", "Round 2": a part of an event, not its name
    numbered = any(t.like_num or t.text[:1].isdigit() or t.lower_ in lex.ordinals for t in span)
    if _unnumbered_meeting(view, lex, i, numbered):
        return None
    followed_by_of = i + 1 < len(doc) and doc[i + 1].text == "of"
    ordinal = ORDINAL_DIGITS.match(span[0].text) or span[0].lower_ in lex.ordinals
    if (
        doc[end - 1].text in lex.org_heads
        and doc[end - 1].text not in lex.event_heads
        and not followed_by_of
        and not ordinal  # "the 22nd Energy Community Ministerial Council" meets: an EVENT (GOLD.md)
    ):
        # "Edinburgh Festival Fringe Society", "Energy Security and Net Zero Committee"
        return org(view, lex, end - 1) or Candidate(start, end, "ORG", "pattern")
    if view.span_text(start, end) in lex.organisation_names:
        return Candidate(start, end, "ORG", "pattern")  # "Pacific Islands Forum": a body the tables know
    return Candidate(start, end, "EVENT", "pattern")
