"""briefx_entities and briefx_resolve: repairs that hold on the real model.

Cases are written for this suite (not copied from any article); they exercise
general rules: roles cut out of PERSON, gazetteer countries and cities, events
by head word, organisations with acronyms, programmes with no span, units and
headline fragments never names, surnames grouped under the full name.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _ents(extractor, text):
    doc = extractor.nlp(text)
    return {(e.text, e.label_) for e in doc.ents}, doc


SPANS = [
    pytest.param(
        "Foreign Minister Anna Kowalska met Kenyan officials in Nairobi on Monday.",
        {("Anna Kowalska", "PERSON"), ("Kenyan", "NORP"), ("Nairobi", "GPE")},
        id="role-cut",
    ),
    pytest.param(
        "Trade between Kenya and Türkiye rose, the ministry said.",
        {("Kenya", "GPE"), ("Türkiye", "GPE")},
        id="gazetteer-countries",
    ),
    pytest.param(
        "Leaders gathered for the Africa Climate Summit in Addis Ababa.",
        {("Africa Climate Summit", "EVENT"), ("Addis Ababa", "GPE")},
        id="event-head",
    ),
    pytest.param(
        "The Asian Infrastructure Investment Bank (AIIB) approved the loan.",
        {("Asian Infrastructure Investment Bank", "ORG"), ("AIIB", "ORG")},
        id="org-acronym",
    ),
    pytest.param("The plan is part of the Belt and Road Initiative.", set(), id="programme-no-span"),
    pytest.param(
        "Cargo moves along the Middle Corridor to the Black Sea.",
        {("Middle Corridor", "LOC"), ("Black Sea", "LOC")},
        id="loc-names",
    ),
    pytest.param("Schools in the Yasamal district reopened.", {("Yasamal district", "GPE")}, id="gpe-type-word"),
    pytest.param(
        "The bank is lending $90 million to Suvalink, Georgia's national grid operator, for new lines.",
        {("Suvalink", "ORG"), ("Georgia", "GPE")},
        id="appositive-descriptor-org",
    ),
    pytest.param(
        "Delegates arrived for the COP33 summit in Belém on Monday.",
        {("COP33", "EVENT")},
        id="conference-code-event",
    ),
    pytest.param(
        "The United Nations Environment Programme (UNEP) published the report.",
        {("UNEP", "ORG")},
        id="acronym-of-programme-named-org",
    ),
    pytest.param(
        "Negotiators from the European Union and the Mercosur bloc met again in Brasília.",
        {("European Union", "ORG")},
        id="and-the-splits-names",
    ),
]


@pytest.mark.parametrize("text, expected", SPANS)
def test_entity_spans(extractor, text, expected):
    found, _ = _ents(extractor, text)
    assert expected <= found
    if not expected:
        assert not {e for e in found if e[1] in ("ORG", "EVENT")}


def test_units_are_never_names(extractor):
    found, _ = _ents(extractor, "The plant adds 450 MW and 1,200 GWh a year.")
    assert not {t for t, label in found if label in ("PERSON", "ORG") and t in ("MW", "GWh")}


def test_role_and_grouping(extractor):
    text = (
        "Deputy Governor Maria Santos said inflation eased. Santos added that the bank "
        "would act. The World Trade Organization (WTO) welcomed the move, and the WTO said more."
    )
    doc = extractor.nlp(text)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [(e.text, e._.canonical) for e in people] == [("Maria Santos", "Maria Santos"), ("Santos", "Maria Santos")]
    assert people[0]._.role == "Deputy Governor"
    wto = [e._.canonical for e in doc.ents if e.text == "WTO"]
    assert wto and set(wto) == {"World Trade Organization"}


def test_country_iso_codes(extractor):
    doc = extractor.nlp("Officials from Germany and the United Kingdom met.")
    codes = {e.text: e._.iso_code for e in doc.ents if e.label_ == "GPE"}
    assert codes == {"Germany": "DEU", "United Kingdom": "GBR"}


def test_dateline_place_and_acronyms_are_grouped(extractor):
    text = (
        "LUSAKA, May 4 — The Zambia Development Agency (ZDA) met investors in Lusaka. "
        "ZDA Director-General Mwila Banda said the ZDA would publish a list."
    )
    record = extractor.extract(text)
    names = {e.name: e for e in record.entities}
    assert {"LUSAKA"} <= set(names["Lusaka"].aliases)
    assert names["Zambia Development Agency"].aliases == ["ZDA"]
    assert len(names["Zambia Development Agency"].mentions) == 3
