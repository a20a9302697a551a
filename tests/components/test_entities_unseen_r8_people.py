"""PERSON kinds found on unseen odd-year text, round 8 (New Zealand and Australian releases, PM
transcripts, White House remarks, Wikinews), under the tuned NER: a surname opened by lower-case
particles cut after a title ("Minister Georgina te Heuheu" -> "Georgina" + a place "Heuheu", "Mayor
Bill de Blasio" -> nothing), honours after a name kept inside it ("Geoffrey Blainey AC"), and a name
in apposition to a relative read as a body or place ("their son, Benton" ORG).
Cases written for this suite after the shape of those texts (none copied); the sources and rules
run on a blank tokenizer with the entity lexicon, the last table on the session model."""

from __future__ import annotations

import pytest
from tests.components import test_entities_real, test_entities_unseen

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.gazetteer import from_gazetteer
from briefx.components.entities.kin import couples, kin_appositions
from briefx.components.entities.lead_ins import topic_lead_ins
from briefx.components.entities.name_patterns import from_patterns
from briefx.components.entities.trim import trim

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_found = test_entities_real._found  # (text, label) of each candidate a source finds in a text
_after = test_entities_unseen._after  # (text, label) of each candidate a repair returns


PARTICLE_NAMES = [
    pytest.param("Fisheries Minister Hana van Rijn said on Friday", ("Hana van Rijn", "PERSON"), id="van-after-title"),
    pytest.param("Courts Minister Aroha te Kani visited the court", ("Aroha te Kani", "PERSON"), id="te-after-title"),
    pytest.param("Mayor Tom de Castro opened the park", ("Tom de Castro", "PERSON"), id="de-after-title"),
    pytest.param("President Ana da Costa arrived", ("Ana da Costa", "PERSON"), id="da-after-title"),
    pytest.param("Mr de Castro said it would start", ("de Castro", "PERSON"), id="particle-after-honourific"),
    pytest.param("Ms van der Berg thanked staff", ("van der Berg", "PERSON"), id="two-particles"),
    pytest.param("with the Rt Hon Ana Kerr MP, and", ("Ana Kerr", "PERSON"), id="honourific-name-unchanged"),
    # no surname after the particle: the name stops before it
    pytest.param("Minister Hana Rijn de facto said", ("Hana Rijn", "PERSON"), id="particle-then-lower-word"),
    pytest.param("Minister Hana Rijn and the Premier", ("Hana Rijn", "PERSON"), id="no-particle"),
]


@pytest.mark.parametrize("text, expected", PARTICLE_NAMES)
def test_a_title_led_name_goes_on_over_particles(tokenizer_and_lexicon, text, expected):
    assert expected in _found(tokenizer_and_lexicon, from_patterns, text)


TRIMMED = [
    pytest.param("thanks to Geoffrey Blainey AC and others", "Geoffrey Blainey AC", "Geoffrey Blainey", id="ac"),
    pytest.param("led by Angus Hale AK AFC today", "Angus Hale AK AFC", "Angus Hale", id="two-honours"),
    pytest.param("Dame Mere Tapu ONZM spoke", "Mere Tapu ONZM", "Mere Tapu", id="nz-honour"),
    pytest.param("a letter from Mrs te Kani today", "Kani", "te Kani", id="particle-after-honourific"),
    pytest.param("a letter from Ms van der Berg today", "Berg", "van der Berg", id="particles-after-honourific"),
    pytest.param("the Rio de Janeiro office", "Janeiro", "Janeiro", id="no-title-before"),
]


@pytest.mark.parametrize("text, surface, expected", TRIMMED)
def test_person_edges_on_honours_and_particles(tokenizer_and_lexicon, text, surface, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    start = view.doc.text.index(surface)
    span = view.doc.char_span(start, start + len(surface))
    out = trim(view, lex, Candidate(span.start, span.end, "PERSON", "ner"))
    assert out is not None and view.doc[out.start : out.end].text == expected


KIN = [
    pytest.param("with their son, Benton, and others", [("Benton", "ORG")], {("Benton", "PERSON")}, id="son-comma"),
    pytest.param("and her daughter, Marlo, who is two", [("Marlo", "GPE")], {("Marlo", "PERSON")}, id="daughter"),
    pytest.param("raised by his mother Arioth in Juba", [("Arioth", "ORG")], {("Arioth", "PERSON")}, id="no-comma"),
    pytest.param("his brother, Liam Hart, said", [("Liam Hart", "ORG")], {("Liam Hart", "PERSON")}, id="two-words"),
    pytest.param("the sister, Georgia, said", [("Georgia", "GPE")], {("Georgia", "GPE")}, id="country-stays"),
    pytest.param("a partner, Ukraine, said", [("Ukraine", "GPE")], {("Ukraine", "GPE")}, id="partner-is-no-kin"),
    pytest.param("his son, ACME Corp, said", [("ACME Corp", "ORG")], {("ACME Corp", "ORG")}, id="capitals-stay"),
    pytest.param("the son of Kenya Airways", [("Kenya Airways", "ORG")], {("Kenya Airways", "ORG")}, id="of-between"),
]


@pytest.mark.parametrize("text, chosen, expected", KIN)
def test_a_name_after_a_relative_is_a_person(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, kin_appositions, text, chosen) == expected


def test_the_name_of_a_relative_is_a_person_elsewhere_in_the_document(tokenizer_and_lexicon):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc("our son, Tully, is here. Tully and Jo, thank you"))
    chosen = [Candidate(3, 4, "ORG", "ner"), Candidate(8, 9, "GPE", "ner"), Candidate(10, 11, "GPE", "ner")]
    assert [c.label for c in kin_appositions(view, lex, chosen)] == ["PERSON", "PERSON", "GPE"]


COUPLES = [
    pytest.param(
        "we honour Rodney and Mary Hale today",
        [("Mary Hale", "PERSON")],
        {("Rodney", "PERSON"), ("Mary Hale", "PERSON")},
        id="dropped-first",
    ),
    pytest.param(
        "we honour Rodney and Mary Hale today",
        [("Rodney", "ORG"), ("Mary Hale", "PERSON")],
        {("Rodney", "PERSON"), ("Mary Hale", "PERSON")},
        id="first-as-body",
    ),
    pytest.param(
        "flights to Jordan and Mary Hale", [("Mary Hale", "PERSON")], {("Mary Hale", "PERSON")}, id="known-place"
    ),
    pytest.param(
        "with Tom Rodney and Mary Hale", [("Mary Hale", "PERSON")], {("Mary Hale", "PERSON")}, id="end-of-a-longer-name"
    ),
    pytest.param("the Senate and Mary Hale", [("Mary Hale", "PERSON")], {("Mary Hale", "PERSON")}, id="no-given-name"),
    pytest.param("Rodney and Westpac Bank", [("Westpac Bank", "ORG")], {("Westpac Bank", "ORG")}, id="no-person-after"),
]


@pytest.mark.parametrize("text, chosen, expected", COUPLES)
def test_the_first_of_a_couple_is_a_person(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, couples, text, chosen) == expected


DEMONYMS = [
    pytest.param("the East Timorese refugees arrived", ("East Timorese", "NORP"), id="compass-demonym"),
    pytest.param("West Papuan leaders met", ("West Papuan", "NORP"), id="west-papuan"),
]


@pytest.mark.parametrize("text, expected", DEMONYMS)
def test_a_people_named_with_a_compass_word_is_norp(tokenizer_and_lexicon, text, expected):
    assert expected in _found(tokenizer_and_lexicon, from_gazetteer, text)


LEAD_INS = [
    pytest.param(
        'Shortlisted:\n * Ruth Amesbury for "Salt Roads: A Coastal History";\n',
        [("Ruth Amesbury", "PERSON")],
        {("Ruth Amesbury", "PERSON")},
        id="colon-inside-a-quoted-title",
    ),
    pytest.param(
        "Highlights:\n * Expanding Solar Investments: the agency will lend\n",
        [("Expanding Solar Investments", "ORG")],
        set(),
        id="topic-lead-in-still-dropped",
    ),
]


@pytest.mark.parametrize("text, chosen, expected", LEAD_INS)
def test_a_quoted_title_makes_no_lead_in(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, topic_lead_ins, text, chosen) == expected


DOCUMENTS = [
    pytest.param(
        "Courts Minister Aroha te Kani visited the court on Monday. Mrs te Kani thanked the staff.",
        {"Aroha te Kani", "te Kani"},
        id="surname-alone-with-particle",
    ),
]


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_particle_names_in_a_document(extractor, text, expected):
    found = {text[m.start : m.end] for e in extractor.extract(text).entities if e.label == "PERSON" for m in e.mentions}
    assert expected <= found
