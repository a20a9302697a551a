"""Which label a trimmed candidate deserves: an ordered tuple of small named rules.

Each rule reads `(candidate, view, lexicon)` and returns None when it has nothing to say, or a `Verdict`: a
final one (the candidate relabelled, or no span at all), or a reshaped candidate the later rules go on with
(`final=False`). The first final verdict wins; a candidate no rule decides keeps its label. The order is the
order the rules were written in: a later rule may rely on an earlier one having passed. The rules about places
are in `place_rules`.
"""

from __future__ import annotations

from dataclasses import replace

from briefx import labels
from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.not_names import part_of_a_law_name
from briefx.components.entities.place_rules import (
    after_locative,
    city,
    country,
    electorate,
    ends_in_no_span_head,
    first_of_two_nationalities,
    nationality,
    natural_place,
    opens_with_no_span_head,
    part_of_a_place,
    place_ending_in_org_head,
    subdivision,
    unconfirmed_place,
)
from briefx.components.entities.verdicts import NO_SPAN, Rule, Verdict, applies_to
from briefx.components.entities.verdicts import as_label as _as
from briefx.components.entities.verdicts import from_model as _ner
from briefx.components.entities.verdicts import text_of as _text
from briefx.components.entities.wraps import is_break

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


@applies_to("PERSON", "EVENT")
def body_head_ends_person(cand: Candidate, view: DocView, lex: Lexicon) -> Verdict | None:
    """ "Nelson Provincial Museum", "the Taskforce", "Ministerial Advisory Panel": a "person" or an
    "event" ending in a word that closes a body's name and no person's is the body; an event's own
    head ("the 11th Advisory Council") leaves an event alone."""
    last = view.texts[cand.end - 1]
    if cand.label not in ("PERSON", "EVENT") or last not in lex.no_person_body_heads:
        return None
    if cand.label == "EVENT" and (last in lex.event_heads or last in lex.event_needs_number):
        return None
    return _as(cand, "ORG")


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


RULES: tuple[Rule, ...] = (
    electorate,
    acronym_names_a_body,
    company_word_ends_person,
    head_word_ends_person,
    body_head_ends_person,
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
