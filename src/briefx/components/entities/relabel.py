"""Which label a trimmed candidate deserves: an ordered tuple of small named rules.

Each rule reads `(candidate, view, lexicon)` and returns None when it has nothing to say, or a `Verdict`: a
final one (the candidate relabelled, or no span at all), or a reshaped candidate the later rules go on with
(`final=False`). The first final verdict wins; a candidate no rule decides keeps its label. The order is the
order the rules were written in: a later rule may rely on an earlier one having passed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from briefx import labels
from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.not_names import part_of_a_law_name
from briefx.components.entities.wraps import is_break


@dataclass(frozen=True)
class Verdict:
    cand: Candidate | None  # None: no span
    final: bool = True


NO_SPAN = Verdict(None)
Rule = Callable[[Candidate, DocView, Lexicon], Verdict | None]


def applies_to(*labels: str) -> Callable[[Rule], Rule]:
    """Declare the candidate labels a rule can say anything about; for any other label it
    returns None (a test checks it), so `relabel` does not ask it."""

    def mark(rule: Rule) -> Rule:
        rule.labels = frozenset(labels)  # type: ignore[attr-defined]
        return rule

    return mark


def _as(cand: Candidate, label: str, start: int | None = None) -> Verdict:
    return Verdict(Candidate(cand.start if start is None else start, cand.end, label, cand.source))


def _text(cand: Candidate, view: DocView) -> str:
    return view.span_text(cand.start, cand.end)


def _ner(cand: Candidate, *labels: str) -> bool:
    return cand.source == "ner" and cand.label in labels


# -- people -----------------------------------------------------------------------------


@applies_to("PERSON")
def acronym_names_a_body(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "AfDB Vice-President …": a one-word "person" in capitals is a body; not "O’Neill", "DeBartolo"."""
    text = _text(cand, view)
    if cand.label == "PERSON" and len(cand) == 1 and sum(map(str.isupper, text)) > 1 and not lex.surname_cased(text):
        return _as(cand, "ORG")
    return None


@applies_to("PERSON")
def company_word_ends_person(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Mkopo Haraka Holdings", "the Shadow Cabinet": a "person" ending in a company word or
    a government's head word is the body."""
    last = view.texts[cand.end - 1]
    if cand.label == "PERSON" and (last in lex.company_words or last in lex.government_heads):
        return _as(cand, "ORG") if len(cand) > 1 else NO_SPAN
    return None


@applies_to("PERSON")
def head_word_ends_person(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "the Summit", "Spokane Tribe", "Shelby County": a "person" ending in a word that heads
    an event, a tribe's land or a place, and opening on no known given name, is none; a county
    is a place, a summit an event."""
    texts = view.texts
    last = texts[cand.end - 1]
    if cand.label != "PERSON" or last not in lex.not_person_heads or texts[cand.start] in lex.given_names:
        return None
    if len(cand) > 1 and last in lex.event_heads:
        return _as(cand, "EVENT")
    if len(cand) > 1 and last.lower() in lex.gpe_types:
        return _as(cand, "GPE")
    return NO_SPAN


@applies_to("PERSON")
def city_opens_company(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Nairobi Water" is a company; not "said Charlotte Amesbury"."""
    city_first = cand.label == "PERSON" and len(cand) > 1 and view.texts[cand.start] in lex.cities
    if city_first and not context.speaks(view, lex, cand.start, cand.end):
        return _as(cand, "ORG")
    return None


@applies_to("PERSON", "GPE")
def owner_of_possessions(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Northlight's chief executive", "…'s shareholders": the owner is an organisation."""
    doc, end = view.doc, cand.end
    if (
        _ner(cand, "PERSON", "GPE")
        and end + 1 < len(doc)
        and doc[end].text in lex.possessives
        and not lex.governed_place(_text(cand, view))
        and any(t.lower_ in lex.org_possessions for t in doc[end + 1 : end + 4])
    ):
        return _as(cand, "ORG")
    return None


def _spaced_ner_person(cand: Candidate, view: DocView) -> bool:
    return _ner(cand, "PERSON") and cand.start > 0 and bool(view.doc[cand.start - 1].whitespace_)


@applies_to("PERSON")
def country_opens_company(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Kazakhstan Temir Zholy"; not "Foreign Minister of Kazakhstan Daniyar Seitkali"."""
    doc, start = view.doc, cand.start
    if not _spaced_ner_person(cand, view):
        return None
    titled = start > 2 and doc[start - 2].text in {"of", "to", "for"} and doc[start - 3].text in lex.role_words
    if doc[start - 1].text in lex.countries and not titled:
        return _as(cand, "ORG", start - 1)
    return None


@applies_to("PERSON")
def employer_after_post(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "chief executive of Himalayan Trails": the name after a post and "of" is the employer."""
    doc, start = view.doc, cand.start
    if _spaced_ner_person(cand, view) and start > 1 and doc[start - 1].text == "of":
        if doc[start - 2].lower_ in lex.post_nouns:
            return _as(cand, "ORG")
    return None


@applies_to("PERSON", "GPE")
def apposition_says_organisation(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Azersu, Azerbaijan's national water utility": the apposition names a body."""
    text = _text(cand, view)
    named = _ner(cand, "PERSON", "GPE") and text not in lex.countries and not lex.post_title(text)
    return _as(cand, "ORG") if named and context.appositive(view, lex, cand.end) == "ORG" else None


@applies_to("ORG", "GPE")
def apposition_says_person(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Lim Wei Ting, group chief executive of …": the apposition names a post."""
    text = _text(cand, view)
    span = view.doc[cand.start : cand.end]
    if (
        _ner(cand, "ORG", "GPE")
        and text not in lex.countries
        and text not in lex.cities
        and all(t.is_title for t in span)
        and not any(t.text in lex.org_heads or t.text in lex.company_words for t in span)
        and context.appositive(view, lex, cand.end) == "PERSON"
    ):
        return _as(cand, "PERSON")
    return None


@applies_to("GPE", "ORG")
def role_before_name(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "China's ambassador to Kenya, Guo Lihua, says": a role phrase before a comma and the name."""
    text = _text(cand, view)
    if _ner(cand, "GPE", "ORG") and text not in lex.countries and text not in lex.cities:
        if context.role_before(view, lex, cand.start):
            return _as(cand, "PERSON")
    return None


@applies_to("ORG", "GPE")
def event_code(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "COP31" is an event."""
    if cand.label in ("ORG", "GPE") and len(cand) == 1 and lex.event_codes.match(_text(cand, view)):
        return _as(cand, "EVENT")
    return None


@applies_to("PERSON")
def descriptor_before_person(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "data provider Dealogic" is a body, "Broadcaster Piers Morgan" a person (issue 9)."""
    if cand.label == "PERSON" and cand.start and (before := view.doc[cand.start - 1]).lower_ in lex.org_descriptors:
        return None if len(cand) >= 2 and lex.occupation(before) else _as(cand, "ORG")
    return None


@applies_to("ORG", "PERSON", "EVENT", "LOC")
def part_of_a_law(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Rural Bus Services Bill", "the George Floyd Justice in Policing Act", "the CHIPS and
    Science Act": part of a law's name gets no span (GOLD.md), the words before a small connector
    or 'and' as well as the tail after it."""
    if cand.label in ("ORG", "PERSON", "EVENT", "LOC") and part_of_a_law_name(view, lex, cand):
        return NO_SPAN
    return None


# -- organisations the model found: titles and places at the edges ----------------------


@applies_to("ORG")
def org_without_titles(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Halcyon & Reade Securities Ltd of London", "WHO Representative", "UN Resident
    Coordinator": the place and the title are no part of the organisation's name."""
    if not _ner(cand, "ORG"):
        return None
    doc, start, end = view.doc, cand.start, cand.end
    for k in range(start + 1, end - 1):
        tail = doc[k + 1 : end].text
        if doc[k].text == "of" and doc[k - 1].text in lex.legal_suffixes and lex.known_place(tail):
            end = k
            break
    stripped = end
    while end - start > 1 and doc[end - 1].text in lex.role_words:
        end -= 1
    while end < stripped and end - start > 1 and doc[end - 1].text in lex.portfolio:
        end -= 1
    return Verdict(replace(cand, end=end), final=False) if end != cand.end else None


@applies_to("ORG")
def org_after_title(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Commissioner of Inland Revenue": the title and its "of" are no part of the body's name."""
    if not _ner(cand, "ORG") or view.texts[cand.start] not in lex.role_words:
        return None
    k = cand.start + 1
    if k >= cand.end or view.texts[k] not in {"of", "for"}:
        return None
    k += 1
    if k < cand.end and view.texts[k] == "the":
        k += 1
    # one word left ("Secretary of State") is the post's own name
    return Verdict(replace(cand, start=k), final=False) if cand.end - k >= 2 else None


_LIST = frozenset({",", "and", "&"})


@applies_to("ORG")
def org_before_title(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Commerce Secretary", "World Bank Country Director", "Surgeon⏎General": before a title
    (over a line wrap and more portfolio words) the portfolio words go; "Tamil Nadu Industries
    Minister" leaves a place."""
    texts = view.texts
    after = cand.end
    while after < len(view) and (is_break(texts[after]) or texts[after] in lex.portfolio or texts[after] in _LIST):
        after += 1  # "Indian External⏎Affairs Minister", "Tertiary Education, Skills and Employment Minister"
    if not _ner(cand, "ORG") or after >= len(view) or texts[after] not in lex.role_words:
        return None
    start, end = cand.start, cand.end
    while end > start and (texts[end - 1] in lex.portfolio or texts[end - 1] in _LIST):
        end -= 1
    if end == start:
        return NO_SPAN
    if lex.governed_place(view.doc[start:end].text):
        return Verdict(Candidate(start, end, "GPE", cand.source))
    return Verdict(replace(cand, end=end), final=False) if end != cand.end else None


@applies_to("ORG", "GPE")
def lone_portfolio_word(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Energy company bosses": a portfolio word alone names nobody, nor a title ("the Taoiseach said"),
    nor a post in a list line, whatever the model took it for ("Name, Provost, Howard University")."""
    text = _text(cand, view)
    lone = _ner(cand, "ORG", "GPE") and len(cand) == 1
    return NO_SPAN if lone and (lex.post_title(text) or (cand.label == "ORG" and text in lex.portfolio)) else None


@applies_to("ORG")
def portfolio_of_a_post(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Secretary for Trade, Investments and Industry", "Assistant Governor (Financial System)",
    "Secretary of State for Civilian Security": the portfolio of a post is no body."""
    if not _ner(cand, "ORG"):
        return None
    doc, start = view.doc, cand.start
    before = doc[start - 1].text if start > 0 else ""
    k = start - 2 if before in {"of", "for", "("} else start - 3
    if before == "the" and start > 2 and doc[start - 2].text in {"of", "for"}:
        before = doc[start - 2].text  # "Minister for the Armed Forces"
    texts = view.texts[start : cand.end]
    # "Secretary of State for Civilian Security": a portfolio word, "for" and what the post covers
    covers = texts[0] in lex.portfolio and "for" in texts
    if (
        before in {"of", "for", "("}
        and k >= 0
        and doc[k].text in lex.role_words
        and all(
            t in lex.portfolio or t in {",", "and", "&"} or (covers and (t == "for" or t.istitle() or is_break(t)))
            for t in texts
        )
        and not any(t in lex.org_heads for t in texts)
    ):
        return NO_SPAN
    return None


@applies_to("ORG")
def unconfirmed_opening_word(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Nutrition treatment for …", "Hotel occupancy …": a capital that only opens a sentence."""
    if not _ner(cand, "ORG") or len(cand) != 1 or not view.doc[cand.start].is_title:
        return None
    text = _text(cand, view)
    if view.sentence_initial(cand.start) and not view.named_midsentence(text, cand.start):
        return NO_SPAN
    return None


# -- places -----------------------------------------------------------------------------


@applies_to("PERSON", "ORG", "LOC", "NORP")
def subdivision(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Tamil Nadu", "Western Australia", "Sevastopol" are places with a government."""
    if _ner(cand, "PERSON", "ORG", "LOC", "NORP") and _text(cand, view) in lex.subdivisions:
        return _as(cand, "GPE")
    return None


@applies_to("PERSON", "ORG")
def after_locative(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "people to Tema", a town after places ("River Avon, Evesham"); not "lending to Azersu, …", nor "to Aurecon"."""
    doc, start, end, town = view.doc, cand.start, cand.end, lex.place_or_town(_text(cand, view))
    span = doc[start:end]
    if (
        _ner(cand, "PERSON", "ORG")
        and town
        and start > 0 and (doc[start - 1].text in lex.locative or context.after_places(view, start))
        and not (start > 1 and doc[start - 2].lower_ == "according")
        and len(span) <= 2
        and all(t.is_title for t in span)
        and not any(t.text in lex.company_words or t.text in lex.org_heads for t in span)
        and context.appositive(view, lex, end) != "ORG"
    ):
        return _as(cand, "GPE")
    return None


@applies_to("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")
def ends_in_no_span_head(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "the Paris Agreement", "the Marshall Plan", "the Fair Work Act" (the model's EVENT): plans, laws and
    treaties get no span (GOLD.md)."""
    if view.texts[cand.end - 1] in lex.no_span_heads:
        return NO_SPAN
    return None


@applies_to("ORG")
def opens_with_no_span_head(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Partnership for Global Infrastructure and Investment": a plan or partnership named by
    what it is for gets no span (GOLD.md)."""
    texts = view.texts
    if _ner(cand, "ORG") and len(cand) > 2 and texts[cand.start] in lex.never_body_heads:
        return NO_SPAN if texts[cand.start + 1] in {"for", "of", "on"} else None
    return None


@applies_to("PERSON", "ORG", "LOC", "NORP", "EVENT")
def country(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    text = _text(cand, view)
    if cand.label in {"PERSON", "ORG", "LOC", "NORP", "EVENT"} and text in lex.countries:
        return Verdict(Candidate(cand.start, cand.end, "GPE", cand.source, lex.countries[text]))
    return None


@applies_to("PERSON", "ORG")
def city(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    if cand.label in {"PERSON", "ORG"} and _text(cand, view) in lex.cities:
        return _as(cand, "GPE")
    return None


@applies_to("PERSON", "ORG", "GPE")
def nationality(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    if cand.label in {"PERSON", "ORG", "GPE"} and lex.nationality(_text(cand, view)):
        return _as(cand, "NORP")
    return None


@applies_to("NORP")
def first_of_two_nationalities(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Estonian-French talks": the second nationality is a name of its own."""
    texts, start = view.texts, cand.start
    if cand.label == "NORP" and len(cand) == 3 and texts[start + 1] in {"-", "–"} and texts[start + 2] in lex.demonyms:
        return Verdict(Candidate(start, start + 1, "NORP", cand.source))
    return None


@applies_to("GPE", "ORG", "PERSON")
def part_of_a_place(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "South Auckland", "Northern NSW", "South-East Queensland", "Far North Queensland": a compass part of
    a city, state or country (or of a region: "Southern New England") is a region with no government
    of its own (LOC), whatever the model called it; "South Africa", "West Bengal", a district
    ("Central Otago", a city in entities.json) and towns ("South Bend") are governed."""
    k = context.compass_end(view, lex, cand.start, cand.end)
    if cand.label not in {"GPE", "ORG", "PERSON"} or k is None or cand.end - k > 3:
        return None
    place, whole = view.span_text(k, cand.end), _text(cand, view)
    region = lex.governed_place(place) or place in lex.loc_names  # "Southern New England"
    if region and not lex.governed_place(whole) and whole not in lex.world_cities:
        return _as(cand, "LOC")
    return None


@applies_to("GPE")
def natural_place(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """Rivers, seas, ranges, regions: LOC, not GPE."""
    if cand.label == "GPE" and _text(cand, view) in lex.loc_names:
        return _as(cand, "LOC")
    return None


@applies_to("GPE", "EVENT")
def place_ending_in_org_head(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "United Nations", the model's event "National Hurricane Center" are bodies; a "Convention Center" no span."""
    words, heads = view.texts[cand.start : cand.end], {"GPE": lex.org_heads, "EVENT": lex.event_body_heads}
    venue = cand.label == "EVENT" and words[-1] in lex.facility_heads and not lex.event_heads.isdisjoint(words)
    named = len(words) > 1 and words[-1] in heads.get(cand.label, ())
    return (NO_SPAN if venue else _as(cand, "ORG")) if named else None


@applies_to("GPE")
def unconfirmed_place(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Background" as a heading, "AI": no place the gazetteers or the body confirm."""
    text = _text(cand, view)
    if not _ner(cand, "GPE") or len(cand) != 1 or lex.governed_place(text):
        return None
    if text.isupper() or (view.sentence_initial(cand.start) and not view.named_midsentence(text, cand.start)):
        return NO_SPAN
    return None


@applies_to("PERSON", "ORG", "LOC", "NORP", "EVENT")
def electorate(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "the next Member for Macquarie", "MP for Leeds": a constituency is a place (GPE)."""
    s = cand.start
    if cand.label != "GPE" and s >= 2 and view.texts[s - 1] == "for" and view.texts[s - 2] in lex.electorate_titles:
        return _as(cand, "GPE")
    return None


RULES: tuple[Rule, ...] = (
    electorate,
    acronym_names_a_body,
    company_word_ends_person,
    head_word_ends_person,
    city_opens_company,
    owner_of_possessions,
    country_opens_company,
    employer_after_post,
    apposition_says_organisation,
    apposition_says_person,
    role_before_name,
    event_code,
    descriptor_before_person,
    part_of_a_law,
    org_without_titles,
    org_after_title,
    org_before_title,
    lone_portfolio_word,
    portfolio_of_a_post,
    unconfirmed_opening_word,
    subdivision,
    after_locative,
    ends_in_no_span_head,
    opens_with_no_span_head,
    country,
    city,
    nationality,
    first_of_two_nationalities,
    natural_place,
    part_of_a_place,
    place_ending_in_org_head,
    unconfirmed_place,
)


_BY_LABEL = {label: tuple(r for r in RULES if label in r.labels) for label in labels.ENTITY_LABELS}


def relabel(view: DocView, lex: Lexicon, cand: Candidate, rules: tuple[Rule, ...] = RULES) -> Candidate | None:
    """The candidate as the first final verdict of `rules` has it; its own label otherwise.
    Reshaping rules keep the label, so the rules for the candidate's label are all asked."""
    if rules is RULES:
        rules = _BY_LABEL[cand.label]
    for rule in rules:
        verdict = rule(cand, view, lex)
        if verdict is None:
            continue
        if verdict.final:
            return verdict.cand
        cand = verdict.cand
    iso = lex.countries.get(_text(cand, view)) if cand.label == "GPE" else None
    return Candidate(cand.start, cand.end, cand.label, cand.source, iso or cand.iso)
