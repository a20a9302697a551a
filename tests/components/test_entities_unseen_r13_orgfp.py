"""ORG false positives found in the out-of-fold errors on real dev and on unseen odd-year texts, round 13
(Australian PM transcripts and releases, Wikinews, White House fact sheets, NZ funding releases, FOMC
statements): a person whose given name the US-census table does not hold, read as a body while the document
names the person elsewhere by the last name alone; plural short forms that name a class of bodies; a body's
name before a financial instrument. Cases written for this suite after the shape of those texts (none
copied); the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import re

import pytest
import spacy
from tests.components import test_entities_things, test_entities_unseen

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.given_names import given_names
from briefx.components.entities.short_forms import classes_of_bodies
from briefx.components.entities.things import named_things

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _chosen(doc: spacy.tokens.Doc, surfaces: list[tuple[str, str]]) -> list[Candidate]:
    """A model candidate for each (surface, label), at the surface's first occurrence after the previous one."""
    out, at = [], 0
    for surface, label in surfaces:
        start = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(doc.text, at).start()
        span = doc.char_span(start, start + len(surface))
        assert span is not None, surface
        out.append(Candidate(span.start, span.end, label, "ner"))
        at = start + len(surface)
    return out


NAMED_ALONE = [
    # text, the model's candidates (surface, label) in text order, the labels after the repair
    pytest.param(
        "We will honour Ravindra Kolhapure this year. Mr Kolhapure is a fine batsman.",
        [("Ravindra Kolhapure", "ORG"), ("Kolhapure", "PERSON")],
        ["PERSON", "PERSON"],
        id="surname-after-a-prefix",
    ),
    pytest.param(
        "Seyed Hamid Qarabaghi-Nouri, an adviser, died. Qarabaghi-Nouri was 70.",
        [("Seyed Hamid Qarabaghi-Nouri", "ORG"), ("Qarabaghi-Nouri", "PERSON")],
        ["PERSON", "PERSON"],
        id="hyphenated-surname",
    ),
    pytest.param(
        "He raised the case of Schapira Dunleavy with Jakarta, as in Ms Dunleavy's case.",
        [("Schapira Dunleavy", "ORG"), ("Jakarta", "GPE"), ("Dunleavy", "PERSON")],
        ["PERSON", "GPE", "PERSON"],
        id="possessive-mention",
    ),
    # no mention of the last name alone: the body stays
    pytest.param(
        "We will honour Ravindra Kolhapure this year.",
        [("Ravindra Kolhapure", "ORG")],
        ["ORG"],
        id="no-other-mention",
    ),
    # a title before the last name is no given name: the span would hold the title (GOLD.md)
    pytest.param(
        "Premier Giddings backed it. Giddings said so.",
        [("Premier Giddings", "ORG"), ("Giddings", "PERSON")],
        ["ORG", "PERSON"],
        id="title-before",
    ),
    # a company of two founders' names stays a company
    pytest.param(
        "Fisher & Paykel hired staff. Paykel said so.",
        [("Fisher & Paykel", "ORG"), ("Paykel", "PERSON")],
        ["ORG", "PERSON"],
        id="ampersand-company",
    ),
    pytest.param(
        "Kolhapure Holdings hired staff. Kolhapure said so.",
        [("Kolhapure Holdings", "ORG"), ("Kolhapure", "PERSON")],
        ["ORG", "PERSON"],
        id="company-word-last",
    ),
]


@pytest.mark.parametrize("text, chosen, labels", NAMED_ALONE)
def test_a_person_named_alone_elsewhere(tokenizer_and_lexicon, text, chosen, labels):
    nlp, lex = tokenizer_and_lexicon
    doc = nlp.make_doc(text)
    out = given_names(DocView(doc), lex, _chosen(doc, chosen))
    assert [c.label for c in out] == labels


CLASSES = [
    # text, the model's candidates (surface, label) in text order, the surfaces kept after the repair
    # a plural short form names a class of bodies (White House fact sheets, NZ funding releases)
    pytest.param(
        "grants to Tribal Colleges and Universities (TCUs) this year. TCUs train nurses and each TCU hires staff.",
        [("Tribal Colleges and Universities", "ORG"), ("TCUs", "ORG"), ("TCU", "ORG")],
        [],
        id="long-plural-and-singular",
    ),
    pytest.param(
        "all 28 Regional Visitor Organisations (RVOs) are funded. Funding by RVO: Northland Inc. and Fonterra",
        [("Regional Visitor Organisations", "ORG"), ("RVO", "ORG"), ("Northland Inc.", "ORG"), ("Fonterra", "ORG")],
        ["Northland Inc.", "Fonterra"],
        id="bracketed-plural-only",
    ),
    pytest.param(
        "selected for Centre of Quake Excellence (CoQE) funding; ten CoQEs are funded by the Commission",
        [("Centre of Quake Excellence", "ORG"), ("CoQEs", "ORG"), ("Commission", "ORG")],
        ["Commission"],
        id="mixed-case-singular-bracketed",
    ),
    # no plural short form: a body and its short form stay
    pytest.param(
        "the Security Industry Authority (SIA) said. The SIA is on LinkedIn",
        [("Security Industry Authority", "ORG"), ("SIA", "ORG"), ("SIA", "ORG")],
        ["Security Industry Authority", "SIA", "SIA"],
        id="singular-body",
    ),
    # a plural written in capitals is no plural short form ("SIDS", "UNHCRS" are not read so)
    pytest.param(
        "Small Island Developing States (SIDS) met the UNDP",
        [("Small Island Developing States", "ORG"), ("UNDP", "ORG")],
        ["Small Island Developing States", "UNDP"],
        id="capital-s",
    ),
]


@pytest.mark.parametrize("text, chosen, kept", CLASSES)
def test_a_plural_short_form_names_no_body(tokenizer_and_lexicon, text, chosen, kept):
    nlp, lex = tokenizer_and_lexicon
    doc = nlp.make_doc(text)
    view = DocView(doc)
    out = classes_of_bodies(view, lex, _chosen(doc, chosen))
    assert [view.span_text(c.start, c.end) for c in out] == kept


INSTRUMENTS = [
    # text, the model's ORG surfaces (every occurrence), the names kept (FOMC statements)
    pytest.param(
        "The Desk will buy longer-term Treasury securities. The Treasury said it agreed.",
        ["Treasury"],
        ["Treasury"],
        id="lower-case-instrument-that-mention-only",
    ),
    pytest.param(
        "Statement Regarding Purchases of Treasury Securities and Agency Mortgage-Backed Securities",
        ["Treasury Securities", "Agency Mortgage-Backed Securities"],
        [],
        id="capitalised-instruments",
    ),
    # a broker's name ends in the noun with no body's word before it: it stays
    pytest.param(
        "analysts at Harbourline Securities estimate the gain",
        ["Harbourline Securities"],
        ["Harbourline Securities"],
        id="broker",
    ),
]


@pytest.mark.parametrize("text, orgs, kept", INSTRUMENTS)
def test_a_body_before_a_financial_instrument(tokenizer_and_lexicon, text, orgs, kept):
    nlp, lex = tokenizer_and_lexicon
    assert test_entities_things.kept_by(named_things, nlp, lex, text, orgs) == kept
