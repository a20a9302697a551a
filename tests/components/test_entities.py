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


# (text, spans that must be found, spans that must not be)
CONTEXT_SPANS = [
    pytest.param(
        "Dairy farmers in Gujarat and Karnataka sold more milk this year.",
        {("Gujarat", "GPE"), ("Karnataka", "GPE")},
        set(),
        id="subdivision-after-preposition-and-coordinated",
    ),
    pytest.param(
        "Exhibitors will meet at the Gulf Marine Trade Show (GMTS) in May; GMTS organisers expect 400 firms.",
        {("Gulf Marine Trade Show", "EVENT"), ("GMTS", "EVENT")},
        {("GMTS", "ORG")},
        id="short-form-takes-the-event-label",
    ),
    pytest.param(
        "The Pan-African Agency for Seed Testing (Pan-African AST) inspected 30 labs.",
        {("Pan-African AST", "ORG")},
        set(),
        id="two-word-short-form",
    ),
    pytest.param(
        "Officials from the Department for Transport, Housing and Communities visited the site.",
        {("Department for Transport, Housing and Communities", "ORG")},
        set(),
        id="listed-portfolios-stay-in-the-name",
    ),
    pytest.param(
        "Talks stalled, as the Fisheries and Ocean Economy Committee questioned the minister.",
        {("Fisheries and Ocean Economy Committee", "ORG")},
        set(),
        id="committee-joined-by-and",
    ),
    pytest.param(
        "Patrol boats now cover the Laptev, Kara and Barents seas.",
        {("Laptev", "LOC"), ("Kara", "LOC"), ("Barents", "LOC")},
        set(),
        id="names-listed-before-a-plural-place-word",
    ),
    pytest.param(
        "Ferries link the islands of Ometepe, Zapatera and Solentiname.",
        {("Ometepe", "LOC"), ("Zapatera", "LOC"), ("Solentiname", "LOC")},
        set(),
        id="islands-of-a-list",
    ),
    pytest.param(
        "A new bus service runs between Sylhet and Mymensingh from June.",
        {("Sylhet", "GPE"), ("Mymensingh", "GPE")},
        set(),
        id="world-cities-after-between",
    ),
    pytest.param(
        "Boats now ply the Irrawaddy River and the Salween to the sea.",
        {("Irrawaddy River", "LOC"), ("Salween", "LOC")},
        set(),
        id="geography-gazetteer",
    ),
    pytest.param(
        "Work began on the Almaty–Tashkent–Dushanbe railway last spring.",
        set(),
        {("Almaty", "GPE"), ("Tashkent", "GPE"), ("Dushanbe", "GPE")},
        id="places-inside-a-facility-name",
    ),
    pytest.param(
        "Ministers will meet again at the Nordic Water Forum 2027 in Oslo.",
        {("Nordic Water Forum 2027", "EVENT")},
        set(),
        id="event-name-ends-in-its-year",
    ),
    pytest.param(
        "Freight rose, said Dana Osei, chief executive of Tamarind Shipping Lanes, on Friday.",
        {("Dana Osei", "PERSON")},
        {("Tamarind Shipping Lanes", "PERSON")},
        id="name-after-a-post-of-is-no-person",
    ),
    pytest.param(
        "Brightwell chief executive Tomas Varga said the deal would close in March.",
        {("Brightwell", "ORG"), ("Tomas Varga", "PERSON")},
        set(),
        id="employer-before-a-post",
    ),
    pytest.param(
        "Barclays, NatWest, Quarrymoor and Lloyds arranged the bond.",
        {("Barclays", "ORG"), ("Quarrymoor", "ORG")},
        set(),
        id="name-listed-among-organisations",
    ),
    pytest.param(
        "Most doses will go to Gavi, the Vaccine Alliance, this year.",
        {("Gavi, the Vaccine Alliance", "ORG")},
        {("Gavi", "ORG")},
        id="gazetteer-name-beats-its-parts",
    ),
    pytest.param(
        "The Port of Antwerp Authority said volumes fell.",
        {("Port of Antwerp Authority", "ORG")},
        set(),
        id="port-of-place-authority",
    ),
    pytest.param(
        "Envoys prepared for the 14th Andean Energy Ministerial Council in Quito.",
        {("14th Andean Energy Ministerial Council", "EVENT")},
        set(),
        id="numbered-meeting-of-a-body",
    ),
    pytest.param(
        "The Africa Centres for Disease Control and Prevention (Africa CDC) issued a warning.",
        {("Africa Centres for Disease Control and Prevention", "ORG"), ("Africa CDC", "ORG")},
        set(),
        id="name-stops-at-its-bracket",
    ),
    pytest.param(
        "The launch slipped a week. Vantorra, the Lisbon-based launch operator, said the rocket was ready.",
        {("Vantorra", "ORG")},
        set(),
        id="apposition-names-an-organisation",
    ),
    pytest.param(
        "Prices will fall. Meanwhile, the regulator said tariffs would stay.",
        set(),
        {("Meanwhile", "ORG")},
        id="sentence-adverb-before-an-apposition-is-no-name",
    ),
    pytest.param(
        "Insured losses from Hurricane Belinda reached $12 billion; Belinda flooded two ports.",
        {("Hurricane Belinda", "EVENT"), ("Belinda", "EVENT")},
        {("Belinda", "PERSON")},
        id="storm-name-and-its-bare-mentions",
    ),
    pytest.param(
        "About 4,000 troops joined the Iron Heron 2027 exercise near the coast.",
        {("Iron Heron 2027", "EVENT")},
        set(),
        id="exercise-name-before-the-word",
    ),
    pytest.param(
        "A solar park will be built in the Bukhara region next year.",
        {("Bukhara", "GPE")},
        set(),
        id="region-named-after-its-city-is-governed",
    ),
    pytest.param(
        "The bank's director general for Central and West Asia spoke first.",
        {("Central and West Asia", "LOC")},
        set(),
        id="compass-words-joined-by-and",
    ),
    pytest.param(
        "The talks were co-chaired by Minister of Industry and Trade Pavel Novotny and Peru's Minister of Energy"
        " and Mines Rosa Quispe.",
        {("Pavel Novotny", "PERSON"), ("Rosa Quispe", "PERSON")},
        set(),
        id="two-titled-names-joined-by-and",
    ),
    pytest.param(
        "The cover was arranged by Marlowe & Finch Ltd of London.",
        {("Marlowe & Finch Ltd", "ORG")},
        set(),
        id="ampersand-company-stops-before-of-place",
    ),
    pytest.param(
        "Anna Berg, the UN Resident Coordinator in Laos, said aid had arrived.",
        {("UN", "ORG"), ("Anna Berg", "PERSON")},
        {("UN Resident", "ORG")},
        id="title-words-after-an-organisation",
    ),
    pytest.param(
        "The next Polish-Czech talks are due in Prague.",
        {("Polish", "NORP"), ("Czech", "NORP")},
        set(),
        id="hyphenated-nationalities-split",
    ),
    pytest.param(
        "Output rose 4%, Veltrania said on Monday. Veltrania runs two smelters.",
        set(),
        {("Veltrania", "PERSON")},
        id="one-word-person-no-full-name-explains",
    ),
    pytest.param(
        "Brokers were calm, said Florence Whitcombe, head of marine at a London firm. Whitcombe expects rates to ease.",
        {("Florence Whitcombe", "PERSON"), ("Whitcombe", "PERSON")},
        set(),
        id="first-name-that-is-also-a-city",
    ),
    pytest.param(
        "The Government of Ghana will contribute $40 million.",
        {("Government of Ghana", "ORG")},
        set(),
        id="government-of-a-country",
    ),
    pytest.param(
        "New routes were announced by Air Tanzania and Kenya Airways.",
        {("Air Tanzania", "ORG")},
        set(),
        id="air-prefixed-airline",
    ),
    pytest.param(
        "Rangers counted 120 tigers in Bandipur National Park this year.",
        {("Bandipur National Park", "LOC")},
        set(),
        id="national-park-is-a-place",
    ),
]


@pytest.mark.parametrize("text, expected, absent", CONTEXT_SPANS)
def test_entity_spans_from_context(extractor, text, expected, absent):
    found, _ = _ents(extractor, text)
    assert expected <= found
    assert not absent & found


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


SURNAMES = [
    pytest.param(
        "First Lady Jill Biden visited Durham. President Joe Biden spoke there, and Biden thanked the crowd.",
        "Biden",
        id="two-people-of-one-surname-the-bare-surname-names-neither",
    ),
    pytest.param(
        "Minister Lena Parkhurst opened the plant. Parkhurst said the plant would open in May.",
        "Lena Parkhurst",
        id="one-person-the-surname-takes-the-full-name",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", SURNAMES)
def test_a_surname_takes_the_one_fuller_name(extractor, text, expected):
    doc = extractor.nlp(text)
    last = [e for e in doc.ents if e.label_ == "PERSON"][-1]
    assert (last.text, last._.canonical) == (expected.split()[-1], expected)


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
    # the long form and the three short forms, the one before a title included (its employer)
    assert len(names["Zambia Development Agency"].mentions) == 4


def test_gazetteer_names_split_on_spaces_as_the_tokenizer_splits_them(extractor):
    """The entity component splits plain and hyphenated gazetteer names on spaces and hyphens
    instead of tokenizing them (a start-up saving); that is only right while the tokenizer agrees."""
    from briefx.components.entities.lexicon import HYPHENATED_NAME, PLAIN_NAME, name_words

    nlp = extractor.nlp
    lex = nlp.get_pipe("briefx_entities").lexicon
    names = set(lex.countries) | lex.cities | lex.loc_names | lex.demonyms | lex.organisation_names
    names |= {n.upper() for n in set(lex.countries) | lex.cities} | set(lex.subdivision_names)
    plain = [name for name in names if PLAIN_NAME.match(name)]
    hyphenated = [name for name in names if HYPHENATED_NAME.match(name) and not PLAIN_NAME.match(name)]
    assert len(plain) > 1000 and len(hyphenated) > 300
    assert [n for n in plain if [t.text for t in nlp.make_doc(n)] != n.split(" ")] == []
    assert [n for n in hyphenated if [t.text for t in nlp.make_doc(n)] != list(name_words(nlp, n))] == []
    assert name_words(nlp, "Guinea-Bissau") == ("Guinea", "-", "Bissau")


LONE_NAMES = [
    pytest.param(
        "Output rose, said Charlotte Whitmore on Monday.", 5, ("Charlotte Whitmore", "PERSON"), id="first-name"
    ),
    pytest.param("The Kestrelmoor results came out on Monday.", 1, ("Kestrelmoor", "ORG"), id="not-after-the"),
    pytest.param("Shares rose, Kestrelmoor reported on Monday.", 3, ("Kestrelmoor", "ORG"), id="organisation"),
    # the model took the surname alone after a title and a given name the tables lack
    pytest.param("The garden was opened by First Lady Marevna Tolliver on Monday.", 8,
                 ("Marevna Tolliver", "PERSON"), id="given-name-after-a-title"),
    pytest.param("Output rose at Lady Bay Kestrelmoor, the company said.", 5,
                 ("Kestrelmoor", "ORG"), id="a-title-word-inside-a-place-is-no-title"),
]


def test_a_body_read_as_a_person_does_not_vouch_for_the_town_it_names(extractor):
    """ "Advance Cairns" taken for a person must not keep a lone "Cairns" a person: a town's
    name stands for a person only after a given name (unseen PM transcripts)."""
    from briefx.components.entities.candidates import Candidate
    from briefx.components.entities.doc_view import DocView
    from briefx.components.entities.repairs import lone_names

    nlp = extractor.nlp
    doc = nlp.make_doc("We met Advance Cairns and the mayor of Cairns on Monday.")
    chosen = [Candidate(2, 4, "PERSON", "ner"), Candidate(8, 9, "PERSON", "ner")]
    out = lone_names(DocView(doc), nlp.get_pipe("briefx_entities").lexicon, chosen)
    assert [(doc[c.start : c.end].text, c.label) for c in out] == [("Advance Cairns", "PERSON"), ("Cairns", "GPE")]


@pytest.mark.parametrize("text, at, expected", LONE_NAMES)
def test_one_word_person_is_re_read(extractor, text, at, expected):
    """What a one-word PERSON candidate that no full name explains becomes."""
    from briefx.components.entities.candidates import Candidate
    from briefx.components.entities.doc_view import DocView
    from briefx.components.entities.repairs import lone_names

    nlp = extractor.nlp
    comp = nlp.get_pipe("briefx_entities")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "briefx_entities":
            break
        doc = proc(doc)
    out = lone_names(DocView(doc), comp.lexicon, [Candidate(at, at + 1, "PERSON", "ner")])
    assert [(doc[c.start : c.end].text, c.label) for c in out] == [expected]


def test_towns_named_like_common_words_need_more_than_a_preposition(extractor):
    from briefx.components.entities.doc_view import DocView
    from briefx.components.entities.gazetteer import from_place_context

    nlp = extractor.nlp
    comp = nlp.get_pipe("briefx_entities")
    doc = nlp.make_doc("They found Paradise in Reading, then flew to Sylhet.")
    found = [(doc[c.start : c.end].text, c.label) for c in from_place_context(DocView(doc), comp.lexicon)]
    assert found == [("Sylhet", "GPE")]


def test_named_midsentence_looks_up_the_word_asked_for(extractor):
    """The first lookup on a document builds the word index; it must still answer for the
    word asked for, not for the last word indexed."""
    from briefx.components.entities.doc_view import DocView

    view = DocView(extractor.nlp("Hotel occupancy rose. Rates fell."))
    assert view.named_midsentence("Hotel", 0) is False
    assert view.named_midsentence("occupancy", -1) is True


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Trade with New Zealand", "New Zealand", "GPE"),
        ("Flights to Buenos Aires", "Buenos Aires", "GPE"),
        ("A statement from the United Nations", "United Nations", "ORG"),
    ],
    ids=["country-ends-text", "city-ends-text", "org-ends-text"],
)
def test_a_name_ending_the_text_unpunctuated_is_read_whole(extractor, text, name, label):
    """Regression: a gazetteer lookup sliced past the last token read 'New Zealand' as a
    three-word match ending outside the Doc, and the entity repairs raised IndexError."""
    found, _ = _ents(extractor, text)
    assert (name, label) in found
