"""Relabelling rules about places (see `relabel`): a name the model or a source gave another label that is a
governed place (GPE), a region or natural place (LOC), a nationality (NORP), or a plan's or treaty's name (no span)."""

from __future__ import annotations

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.verdicts import NO_SPAN, Verdict, applies_to
from briefx.components.entities.verdicts import as_label as _as
from briefx.components.entities.verdicts import from_model as _ner
from briefx.components.entities.verdicts import text_of as _text


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
