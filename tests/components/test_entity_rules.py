"""Each entity rule on its own, on hand-built documents: a blank English tokenizer, the
candidate set by hand, no statistical model. One table per module of
`briefx.components.entities`; each case names what it pins."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities import relabel as rules
from briefx.components.entities.candidates import Candidate, choose
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.name_patterns import from_patterns
from briefx.components.entities.relabel import NO_SPAN, Verdict, relabel
from briefx.components.entities.trim import trim


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def lex(nlp) -> Lexicon:
    return Lexicon(nlp)


def _view(nlp, text: str) -> DocView:
    return DocView(nlp.make_doc(text))


def _said(view: DocView, verdict: Verdict | None):
    """A verdict as a table can state it: None (silent), "no span", or (text, label)."""
    if verdict is None:
        return None
    if verdict.cand is None:
        return "no span"
    text = view.doc[verdict.cand.start : verdict.cand.end].text
    return (text, verdict.cand.label) if verdict.final else ("reshaped", text, verdict.cand.label)


RELABEL = [
    # rule, text, candidate (start, end, label, source), verdict
    # real transcripts (issue 9): a constituency after "Member for"
    (rules.electorate, "the next Member for Macquarie.", (4, 5, "PERSON", "ner"), ("Macquarie", "GPE")),
    (rules.electorate, "a vote for Macquarie", (3, 4, "PERSON", "ner"), None),
    (rules.acronym_names_a_body, "AfDB Vice-President Kevin Urama spoke", (0, 1, "PERSON", "ner"), ("AfDB", "ORG")),
    (rules.acronym_names_a_body, "Okafor spoke", (0, 1, "PERSON", "ner"), None),
    (
        rules.company_word_ends_person,
        "Mkopo Haraka Holdings said",
        (0, 3, "PERSON", "ner"),
        ("Mkopo Haraka Holdings", "ORG"),
    ),
    (rules.company_word_ends_person, "Holdings said", (0, 1, "PERSON", "ner"), "no span"),
    (rules.company_word_ends_person, "the Shadow Cabinet met", (1, 3, "PERSON", "ner"), ("Shadow Cabinet", "ORG")),
    (rules.company_word_ends_person, "Amina Odhiambo said", (0, 2, "PERSON", "ner"), None),
    (rules.head_word_ends_person, "the Okanagan Tribe said", (1, 3, "PERSON", "ner"), "no span"),
    (rules.head_word_ends_person, "Ana Summit said", (0, 2, "PERSON", "ner"), None),
    # round 32, real dev out of fold (NZ and Australian releases): a body the model read as a person or an event
    (rules.body_head_ends_person, "the Waipu Golf Club said", (1, 4, "PERSON", "ner"), ("Waipu Golf Club", "ORG")),
    (rules.body_head_ends_person, "the Expert Panel said", (1, 3, "EVENT", "ner"), ("Expert Panel", "ORG")),
    (rules.body_head_ends_person, "the 9th Advisory Council opened", (1, 4, "EVENT", "ner"), None),
    (rules.body_head_ends_person, "Ana Moana said", (0, 2, "PERSON", "ner"), None),
    (rules.city_opens_company, "Nairobi Water raised tariffs", (0, 2, "PERSON", "ner"), ("Nairobi Water", "ORG")),
    (rules.city_opens_company, "said Nairobi Kamau", (1, 3, "PERSON", "ner"), None),
    (rules.owner_of_possessions, "Northlight's chief executive left", (0, 1, "PERSON", "ner"), ("Northlight", "ORG")),
    (rules.owner_of_possessions, "Kenya's chairman left", (0, 1, "GPE", "ner"), None),
    (rules.owner_of_possessions, "Northlight's chairman left", (0, 1, "PERSON", "pattern"), None),
    (
        rules.country_opens_company,
        "the Kazakhstan Temir Zholy board",
        (2, 4, "PERSON", "ner"),
        ("Kazakhstan Temir Zholy", "ORG"),
    ),
    (rules.country_opens_company, "Minister of Kazakhstan Daniyar Seitkali", (3, 5, "PERSON", "ner"), None),
    (
        rules.employer_after_post,
        "chief executive of Himalayan Trails",
        (3, 5, "PERSON", "ner"),
        ("Himalayan Trails", "ORG"),
    ),
    (rules.employer_after_post, "a friend of Himalayan Trails", (3, 5, "PERSON", "ner"), None),
    (
        rules.apposition_says_organisation,
        "Azersu, the national water utility, said",
        (0, 1, "PERSON", "ner"),
        ("Azersu", "ORG"),
    ),
    (rules.apposition_says_organisation, "Azersu, the national water utility, said", (0, 1, "PERSON", "pattern"), None),
    (
        rules.apposition_says_person,
        "Lim Wei Ting, group chief executive of Baltica",
        (0, 3, "ORG", "ner"),
        ("Lim Wei Ting", "PERSON"),
    ),
    (rules.apposition_says_person, "Baltica Holdings, chief executive", (0, 2, "ORG", "ner"), None),
    (
        rules.role_before_name,
        "China's ambassador to Kenya, Guo Lihua, says",
        (6, 8, "ORG", "ner"),
        ("Guo Lihua", "PERSON"),
    ),
    (rules.role_before_name, "China's ambassador to Kenya, Guo Lihua, says", (4, 5, "GPE", "ner"), None),
    (rules.event_code, "talks at COP31 in Baku", (2, 3, "ORG", "ner"), ("COP31", "EVENT")),
    (rules.event_code, "talks at COPE in Baku", (2, 3, "ORG", "ner"), None),
    (rules.descriptor_before_person, "data provider Dealogic said", (2, 3, "PERSON", "ner"), ("Dealogic", "ORG")),
    (rules.descriptor_before_person, "his friend Dealogic said", (2, 3, "PERSON", "ner"), None),
    (rules.part_of_a_law, "the Rural Bus Services Bill passed", (1, 4, "ORG", "ner"), "no span"),
    (rules.part_of_a_law, "the Rural Bus Services board met", (1, 4, "ORG", "ner"), None),
    (
        rules.org_without_titles,
        "Halcyon & Reade Securities Ltd of London said",
        (0, 7, "ORG", "ner"),
        ("reshaped", "Halcyon & Reade Securities Ltd", "ORG"),
    ),
    (rules.org_without_titles, "the WHO Representative said", (1, 3, "ORG", "ner"), ("reshaped", "WHO", "ORG")),
    (rules.org_without_titles, "the Bank of England said", (1, 4, "ORG", "ner"), None),
    (rules.org_before_title, "the Commerce Secretary said", (1, 2, "ORG", "ner"), "no span"),
    (rules.org_before_title, "Tamil Nadu Industries Minister said", (0, 3, "ORG", "ner"), ("Tamil Nadu", "GPE")),
    (rules.org_before_title, "the Bank of England Governor said", (1, 4, "ORG", "ner"), None),
    (rules.lone_portfolio_word, "Energy company bosses met", (0, 1, "ORG", "ner"), "no span"),
    (rules.lone_portfolio_word, "Baltica bosses met", (0, 1, "ORG", "ner"), None),
    (rules.portfolio_of_a_post, "the Secretary for Trade, Investments and Industry", (3, 8, "ORG", "ner"), "no span"),
    (rules.portfolio_of_a_post, "the Bank for Trade and Industry", (3, 6, "ORG", "ner"), None),
    (rules.unconfirmed_opening_word, "Nutrition treatment rose.", (0, 1, "ORG", "ner"), "no span"),
    (rules.unconfirmed_opening_word, "Nutrition rose. Funds for Nutrition grew.", (0, 1, "ORG", "ner"), None),
    (rules.subdivision, "factories in Tamil Nadu", (2, 4, "PERSON", "ner"), ("Tamil Nadu", "GPE")),
    (rules.subdivision, "annexation of Crimea and Sevastopol", (4, 5, "NORP", "ner"), ("Sevastopol", "GPE")),
    (rules.subdivision, "factories in Tamil Nadu", (2, 4, "PERSON", "pattern"), None),
    (rules.after_locative, "convoys to El Fasher", (2, 4, "PERSON", "ner"), ("El Fasher", "GPE")),
    (rules.after_locative, "according to El Fasher", (2, 4, "PERSON", "ner"), None),
    (rules.after_locative, "aid flights to Nairobi", (3, 4, "ORG", "ner"), ("Nairobi", "GPE")),
    # round 11, real dev out-of-fold: a body no gazetteer knows stays one after "to", "from" ("awarded to
    # Aurecon", "removal from Github", "anonymously to Crimestoppers")
    (rules.after_locative, "the design was awarded to Tasmanbrook", (5, 6, "ORG", "ner"), None),
    (rules.ends_in_no_span_head, "under the Paris Agreement", (2, 4, "ORG", "pattern"), "no span"),
    (rules.ends_in_no_span_head, "the Doha Round Agreement", (1, 4, "EVENT", "pattern"), "no span"),
    (rules.ends_in_no_span_head, "at the Doha Round talks", (2, 4, "EVENT", "pattern"), None),
    (rules.country, "Kenya said", (0, 1, "ORG", "ner"), ("Kenya", "GPE")),
    (rules.country, "Kenya said", (0, 1, "GPE", "ner"), None),
    (rules.city, "Nairobi said", (0, 1, "PERSON", "ner"), ("Nairobi", "GPE")),
    (rules.city, "Okafor said", (0, 1, "PERSON", "ner"), None),
    (rules.nationality, "Kenyan officials", (0, 1, "ORG", "ner"), ("Kenyan", "NORP")),
    (rules.nationality, "Kenyan officials", (0, 1, "NORP", "ner"), None),
    (rules.first_of_two_nationalities, "Estonian-French talks", (0, 3, "NORP", "ner"), ("Estonian", "NORP")),
    (rules.first_of_two_nationalities, "Estonian-Kazan talks", (0, 3, "NORP", "ner"), None),
    (rules.natural_place, "across the Caspian Sea", (2, 4, "GPE", "ner"), ("Caspian Sea", "LOC")),
    (rules.natural_place, "across the Caspian Sea", (2, 4, "LOC", "ner"), None),
    (rules.part_of_a_place, "in South Auckland", (1, 3, "GPE", "ner"), ("South Auckland", "LOC")),
    (rules.part_of_a_place, "in West Bengal", (1, 3, "GPE", "ner"), None),
    (rules.part_of_a_place, "drought in Northern Fiji", (2, 4, "GPE", "ner"), ("Northern Fiji", "LOC")),
    (rules.part_of_a_place, "farmers in North Canterbury", (2, 4, "PERSON", "ner"), ("North Canterbury", "LOC")),
    (rules.part_of_a_place, "people in Far North Queensland", (2, 5, "ORG", "ner"), ("Far North Queensland", "LOC")),
    (rules.part_of_a_place, "Talks with North Korea", (2, 4, "GPE", "ner"), None),
    (rules.part_of_a_place, "grants in Central Otago", (2, 4, "GPE", "ner"), None),
    (rules.part_of_a_place, "the South Canterbury Trust", (1, 4, "ORG", "ner"), None),
    (rules.part_of_a_place, "in South Auckland", (1, 3, "GPE", "ner"), ("South Auckland", "LOC")),
    (rules.part_of_a_place, "in West Bengal", (1, 3, "GPE", "ner"), None),
    # round 13, AU PM flood releases, WH storm readouts, NZ releases, wire copy (real dev out-of-fold and
    # unseen text): a compass part of a state, country or region is a region, whatever the model said
    (rules.part_of_a_place, "flooding in Northern NSW", (2, 4, "ORG", "ner"), ("Northern NSW", "LOC")),
    (rules.part_of_a_place, "floods in South-East Queensland", (2, 6, "GPE", "ner"), ("South-East Queensland", "LOC")),
    (rules.part_of_a_place, "landfall on Southern New England", (2, 5, "ORG", "ner"), ("Southern New England", "LOC")),
    (rules.part_of_a_place, "farmers in North Canterbury", (2, 4, "PERSON", "ner"), ("North Canterbury", "LOC")),
    (rules.part_of_a_place, "stores in Southern Poland", (2, 4, "GPE", "ner"), ("Southern Poland", "LOC")),
    # a district ("Central Otago") or a town ("South Bend") is governed; a state keeps its name
    (rules.part_of_a_place, "growers in Central Otago", (2, 4, "GPE", "ner"), None),
    (rules.part_of_a_place, "a plant in South Bend", (3, 5, "GPE", "ner"), None),
    (rules.part_of_a_place, "rain in Western Australia", (2, 4, "GPE", "ner"), None),
    (rules.part_of_a_place, "the Northern Territory Government", (1, 4, "ORG", "ner"), None),
    (
        rules.org_after_title,
        "the Commissioner of Inland Revenue said",
        (1, 5, "ORG", "ner"),
        ("reshaped", "Inland Revenue", "ORG"),
    ),
    (rules.org_after_title, "the Secretary of State said", (1, 4, "ORG", "ner"), None),
    (
        rules.opens_with_no_span_head,
        "the Partnership for Ocean Infrastructure grew",
        (1, 5, "ORG", "ner"),
        "no span",
    ),
    (rules.opens_with_no_span_head, "the Bank for Ocean Infrastructure grew", (1, 5, "ORG", "ner"), None),
    (rules.place_ending_in_org_head, "the United Nations said", (1, 3, "GPE", "ner"), ("United Nations", "ORG")),
    (rules.place_ending_in_org_head, "the United Kingdom said", (1, 3, "GPE", "ner"), None),
    # unseen storm reports (round 10): the forecasters' agency the model reads as an event after a storm's name
    (
        rules.place_ending_in_org_head,
        "the National Hurricane Center said",
        (1, 4, "EVENT", "ner"),
        ("National Hurricane Center", "ORG"),
    ),
    (rules.place_ending_in_org_head, "the Coastal Trade Conference opened", (1, 4, "EVENT", "ner"), None),
    (rules.place_ending_in_org_head, "talks at the Harbour Convention Center", (3, 6, "EVENT", "ner"), "no span"),
    (rules.unconfirmed_place, "Shares in AI rose", (2, 3, "GPE", "ner"), "no span"),
    (rules.unconfirmed_place, "Background rose.", (0, 1, "GPE", "ner"), "no span"),
    (rules.unconfirmed_place, "Kenya rose.", (0, 1, "GPE", "ner"), None),
]


@pytest.mark.parametrize(
    "rule, text, cand, expected",
    [pytest.param(*case, id=f"{case[0].__name__}-{k}") for k, case in enumerate(RELABEL)],
)
def test_relabel_rule(nlp, lex, rule, text, cand, expected):
    view = _view(nlp, text)
    assert _said(view, rule(Candidate(*cand), view, lex)) == expected


def test_every_relabel_rule_has_a_table_case():
    assert {r.__name__ for r in rules.RULES} == {case[0].__name__ for case in RELABEL}


RELABELLED = [
    pytest.param("Kenya said", (0, 1, "GPE", "ner"), ("Kenya", "GPE", "KEN"), id="no-rule-keeps-the-label-with-iso"),
    pytest.param("He met Kenya officials", (2, 3, "ORG", "ner"), ("Kenya", "GPE", "KEN"), id="country-gets-its-code"),
    pytest.param(
        "Halcyon & Reade Securities Ltd of London said",
        (0, 7, "ORG", "ner"),
        ("Halcyon & Reade Securities Ltd", "ORG", None),
        id="reshaped-goes-on",
    ),
    pytest.param("Holdings said", (0, 1, "PERSON", "ner"), None, id="first-final-verdict-wins"),
]


@pytest.mark.parametrize("text, cand, expected", RELABELLED)
def test_relabel_runs_the_rules_in_order(nlp, lex, text, cand, expected):
    view = _view(nlp, text)
    out = relabel(view, lex, Candidate(*cand))
    assert (None if out is None else (view.doc[out.start : out.end].text, out.label, out.iso)) == expected


def test_a_reshaping_rule_is_not_final(nlp, lex):
    view = _view(nlp, "the WHO Representative said")
    verdict = rules.org_without_titles(Candidate(1, 3, "ORG", "ner"), view, lex)
    assert verdict is not None and not verdict.final and verdict != NO_SPAN


TRIM = [
    pytest.param("Will Labor win the seat?", (0, 2, "PERSON", "ner"), "Labor", id="question-verb-at-sentence-start"),
    pytest.param("He said Will Smith won.", (2, 4, "PERSON", "ner"), "Will Smith", id="name-will-mid-sentence"),
    pytest.param("the Bank of England said", (0, 4, "ORG", "ner"), "Bank of England", id="determiner"),
    pytest.param("Kenya's economy", (0, 2, "GPE", "ner"), "Kenya", id="possessive"),
    pytest.param("Energy Minister Ali Karimov said", (0, 4, "PERSON", "ner"), "Ali Karimov", id="title-out-of-person"),
    pytest.param("said K. Senthil Kumar", (2, 4, "PERSON", "pattern"), "K. Senthil Kumar", id="initial"),
    pytest.param("said Pieter van den Berg", (1, 2, "PERSON", "pattern"), "Pieter van den Berg", id="particles"),
    pytest.param("said Park Ji-hoon today", (1, 3, "PERSON", "pattern"), "Park Ji-hoon", id="hyphen-after"),
    pytest.param("the Ambassador-at-Large said", (3, 4, "PERSON", "ner"), None, id="hyphenated-title"),
    # round 9, unseen New Zealand releases: a dash opening a list item is no hyphen of the name after it
    pytest.param("Members:\n- Heidi Nayak\n- Toni Jarvis", (4, 6, "PERSON", "ner"), "Heidi Nayak", id="list-dash"),
    pytest.param("rose 20 %", (1, 3, "ORG", "ner"), None, id="no-letters"),
    pytest.param("Officer 42 said", (0, 2, "PERSON", "pattern"), None, id="person-with-digits"),
    pytest.param(
        "the fifth International Polar Year", (2, 5, "EVENT", "pattern"), "fifth International Polar Year", id="ordinal"
    ),
    pytest.param(
        "the Africa Centres for Disease Control (Africa CDC",
        (1, 9, "ORG", "ner"),
        "Africa Centres for Disease Control",
        id="unclosed-bracket",
    ),
]


@pytest.mark.parametrize("text, cand, expected", TRIM)
def test_trim(nlp, lex, text, cand, expected):
    view = _view(nlp, text)
    out = trim(view, lex, Candidate(*cand))
    assert (None if out is None else view.doc[out.start : out.end].text) == expected


PATTERNS = [
    pytest.param("He met the Bank of England yesterday.", ("Bank of England", "ORG"), id="organisation-head"),
    pytest.param("Shares of Seowon Energy Materials rose.", ("Seowon Energy Materials", "ORG"), id="company-suffix"),
    pytest.param("Talks at COP31 ended.", ("COP31", "EVENT"), id="event-code"),
    pytest.param("Ships fled Hurricane Teodora on Monday.", ("Hurricane Teodora", "EVENT"), id="storm"),
    pytest.param("Aid after Tropical Cyclone Lusi reached Tonga.", ("Tropical Cyclone Lusi", "EVENT"),
                 id="storm-grade"),
    pytest.param("Severe Tropical Cyclone Kala hit Vanuatu.", ("Severe Tropical Cyclone Kala", "EVENT"),
                 id="two-storm-grades"),
    pytest.param("He flew Air Astana to Almaty.", ("Air Astana", "ORG"), id="fixed-form"),
    pytest.param("The European Space Agency (ESA) said.", ("ESA", "ORG"), id="bracketed-acronym"),
    # real text (issue 9): Commonwealth honourifics, in transcripts' capitals too
    pytest.param("PRIME MINISTER\n\nTHE HON. MALCOLM TURNBULL MP\n", ("MALCOLM TURNBULL", "PERSON"),
                 id="honourific-capitals-postnominal-left-out"),
    pytest.param("A talk with The Honourable Ranil Wickremesinghe, Prime Minister.", ("Ranil Wickremesinghe", "PERSON"),
                 id="the-honourable"),
    pytest.param("Next steps: Hon. Mensah-Bonsu said Ghana would host.", ("Mensah-Bonsu", "PERSON"),
                 id="honourific-hyphenated-surname"),
    # names after titles as real releases write them (issue 9)
    pytest.param("On Sunday Presidents Muhammadu Buhari of Nigeria and others signed.",
                 ("Muhammadu Buhari", "PERSON"), id="plural-title"),
    pytest.param("Today, President Andrés Manuel López Obrador of Mexico met them.",
                 ("Andrés Manuel López Obrador", "PERSON"), id="four-word-name-before-of"),
    pytest.param("The chair, President Abdel Fattah el-Sisi of Egypt, said so.", ("Abdel Fattah el-Sisi", "PERSON"),
                 id="particle-hyphen-surname"),
    pytest.param("Yesterday, he met with Secretary Buttigieg of Transportation.", ("Buttigieg", "PERSON"),
                 id="surname-before-of-portfolio"),
    pytest.param("He thanked wider Canterbury MPs Hamish Campbell and Nicola Grigg.", ("Hamish Campbell", "PERSON"),
                 id="after-MPs"),
    pytest.param("Presidents Ames and Okafor met in Lagos.", ("Okafor", "PERSON"), id="second-name-after-plural-title"),
    pytest.param("Soldiers of the 3rd Infantry Division arrived.", ("3rd Infantry Division", "ORG"),
                 id="numbered-military-unit"),
    # government releases name their own government and treasury by kind alone (issue 9)
    pytest.param("Grants open in May. The Government will back growers.", ("Government", "ORG"), id="the-government"),
    pytest.param("It reverses the previous Government's tax cuts.", ("Government", "ORG"), id="previous-government"),
    pytest.param("Spending tracked the Treasury's forecasts.", ("Treasury", "ORG"), id="the-treasury"),
]

BODIES_IN_LONGER_NAMES = [
    pytest.param("The Government Policy Statement sets funding.", "Government", id="name-goes-on"),
    pytest.param("She met the Treasury Secretary on Monday.", "Treasury", id="title-goes-on"),
    pytest.param("We, the Heads of Government, agreed.", "Government", id="no-determiner-before"),
    pytest.param("Aid from the government arrived.", "government", id="lower-case"),
]


@pytest.mark.parametrize("text, word", BODIES_IN_LONGER_NAMES)
def test_a_body_named_by_its_kind_only_when_the_name_stops(nlp, lex, text, word):
    view = _view(nlp, text)
    found = [view.doc[c.start : c.end].text for c in from_patterns(view, lex)]
    assert word not in found


@pytest.mark.parametrize("text, expected", PATTERNS)
def test_name_patterns(nlp, lex, text, expected):
    view = _view(nlp, text)
    found = [(view.doc[c.start : c.end].text, c.label) for c in from_patterns(view, lex)]
    assert expected in found


CHOOSE = [
    pytest.param([(0, 2, "ORG", "ner"), (1, 3, "ORG", "pattern")], [(1, 3, "ORG")], id="stronger-source-wins"),
    pytest.param([(0, 2, "ORG", "ner"), (0, 1, "GPE", "gazetteer")], [(0, 2, "ORG")], id="outer-over-gazetteer-part"),
    pytest.param([(0, 3, "ORG", "ner"), (0, 1, "GPE", "pattern")], [(0, 1, "GPE")], id="pattern-part-over-outer"),
    pytest.param([(0, 3, "ORG", "gazetteer"), (0, 1, "GPE", "gazetteer")], [(0, 3, "ORG")], id="outer-gazetteer-name"),
    pytest.param([(0, 1, "GPE", "ner"), (2, 3, "GPE", "ner")], [(0, 1, "GPE"), (2, 3, "GPE")], id="no-overlap-both"),
]


@pytest.mark.parametrize("cands, expected", CHOOSE)
def test_choose_among_overlaps(nlp, lex, cands, expected):
    view = _view(nlp, "Kenya Power Company said")
    chosen = choose(view, lex, [Candidate(*c) for c in cands])
    assert [(c.start, c.end, c.label) for c in chosen] == expected


def test_lexicon_is_read_only(lex):
    with pytest.raises(AttributeError):
        lex.role_words = frozenset()


SURNAMES = [
    pytest.param(
        "Amina Odhiambo spoke. Later Odhiambo left.", [(0, 2, "PERSON")], [(0, 2), (5, 6)], id="surname-added"
    ),
    pytest.param(
        "Amina Odhiambo spoke. Later Odhiambo Holdings left.", [(0, 2, "PERSON")], [(0, 2)], id="inside-a-longer-name"
    ),
    pytest.param(
        "Amina Odhiambo spoke. Odhiambo left.", [(0, 2, "PERSON"), (4, 5, "ORG")], [(0, 2), (4, 5)], id="relabelled"
    ),
    pytest.param("Odhiambo spoke. Odhiambo left.", [(0, 1, "PERSON")], [(0, 1)], id="no-full-name-no-surname"),
]


@pytest.mark.parametrize("text, ents, expected", SURNAMES)
def test_bare_surnames_become_person_mentions(nlp, lex, text, ents, expected):
    from spacy.tokens import Span

    from briefx.components.entities.surnames import add_surnames

    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    add_surnames(doc, list(doc.ents), lex.stop)
    assert [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"] == expected


# unseen PM transcripts and Wikinews: a body the model read as a person ("Advance Cairns",
# "Montana Native Vote") must not turn the town or state it names into that person elsewhere
NAMES_ALONE = [
    pytest.param("Susan", "Odhiambo", True, id="given-name-and-surname"),
    pytest.param("Lloyd", "Austin", True, id="given-name-before-a-city-surname"),
    pytest.param("Kestrel", "Odhiambo", True, id="surname-no-place"),
    pytest.param("Advance", "Cairns", False, id="large-town-no-given-name"),
    pytest.param("Montana", "Montana", False, id="state-no-given-name"),
]


@pytest.mark.parametrize("first, word, expected", NAMES_ALONE)
def test_a_place_word_names_a_person_alone_only_after_a_given_name(lex, first, word, expected):
    assert lex.names_person_alone(first, word) is expected


PLACE_NAMED_PEOPLE = [
    pytest.param(
        "Advance Cairns met us . Later Cairns grew .", [(0, 2, "PERSON"), (6, 7, "GPE")], [(0, 2)], id="town-kept"
    ),
    pytest.param(
        "Susan Cairns met us . Later Cairns left .", [(0, 2, "PERSON"), (6, 7, "GPE")], [(0, 2), (6, 7)], id="given"
    ),
]


@pytest.mark.parametrize("text, ents, expected", PLACE_NAMED_PEOPLE)
def test_bare_place_words_follow_only_people_with_a_given_name(nlp, lex, text, ents, expected):
    from spacy.tokens import Span

    from briefx.components.entities.surnames import add_surnames

    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    add_surnames(doc, list(doc.ents), lex.stop, lambda ent, word: lex.names_person_alone(ent[0].text, word))
    assert [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"] == expected


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.__name__)
def test_a_rule_is_silent_on_the_labels_it_does_not_declare(nlp, lex, rule):
    """`relabel` asks a rule only about the labels it declares; on every other label, over
    every case of the relabel table, the rule must have nothing to say."""
    others = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"} - rule.labels
    for _, text, (start, end, _label, source), _ in RELABEL:
        view = _view(nlp, text)
        for label in others:
            assert rule(Candidate(start, end, label, source), view, lex) is None, (text, label)


# -- the other sources and the document-level repairs, each on a hand-built document ----------

HEADED = [
    pytest.param("He crossed the Lobito Corridor yesterday.", ("Lobito Corridor", "LOC"), id="place-head"),
    pytest.param("The Samarkand region grew.", ("Samarkand", "GPE"), id="governed-region"),
    pytest.param("He opened the Baku Energy Week today.", ("Baku Energy Week", "EVENT"), id="event-head"),
    pytest.param("Energy Minister Ali Karimov said so.", ("Ali Karimov", "PERSON"), id="person-after-title"),
]


@pytest.mark.parametrize("text, expected", HEADED)
def test_headed_names(nlp, lex, text, expected):
    view = _view(nlp, text)
    found = [(view.doc[c.start : c.end].text, c.label) for c in from_patterns(view, lex)]
    assert expected in found


def _found(view: DocView, cands) -> list[tuple[str, str]]:
    return [(view.doc[c.start : c.end].text, c.label) for c in cands]


GAZETTEER = [
    pytest.param("Talks in Kenya ended.", ("Kenya", "GPE"), id="country"),
    pytest.param("Rain fell on Mombasa today.", ("Mombasa", "GPE"), id="city"),
    pytest.param("Kenyan officials met.", ("Kenyan", "NORP"), id="nationality"),
    pytest.param("Factories in Maharashtra grew.", ("Maharashtra", "GPE"), id="subdivision-after-in"),
    # pycountry lists Antarctica (AQ) as a country; it is a continent, and continents are LOC like Africa
    pytest.param("Four flights to Antarctica this season.", ("Antarctica", "LOC"), id="continent-listed-as-country"),
    pytest.param("In the Southern Ocean and Antarctica.", ("Antarctica", "LOC"), id="continent-in-a-list"),
    # US texts name the capital by its district alone ("a drive to D.C.", "from D.C.")
    pytest.param("She made a 14-hour drive to D.C. for the rally.", ("D.C.", "GPE"), id="district-of-columbia-alone"),
]


@pytest.mark.parametrize("text, expected", GAZETTEER)
def test_gazetteer(nlp, lex, text, expected):
    from briefx.components.entities.gazetteer import from_gazetteer

    view = _view(nlp, text)
    assert expected in _found(view, from_gazetteer(view, lex))


GAZETTEER_MISSES = [
    pytest.param("Rain fell on Mombasa Cement shares.", "Mombasa", id="city-inside-a-longer-name"),
    pytest.param("The Punjab National Bank lent.", "Punjab", id="subdivision-inside-a-name"),
]


@pytest.mark.parametrize("text, absent", GAZETTEER_MISSES)
def test_gazetteer_leaves_names_inside_names(nlp, lex, text, absent):
    from briefx.components.entities.gazetteer import from_gazetteer

    view = _view(nlp, text)
    assert absent not in [t for t, _ in _found(view, from_gazetteer(view, lex))]


PLACE_CONTEXT = [
    pytest.param(
        "Ships sailed the Barents, Kara and Beaufort seas.", {"Barents", "Kara", "Beaufort"}, id="listed-seas"
    ),
    pytest.param(
        "Floods hit the islands of Bhola, Hatiya and Sandwip.", {"Bhola", "Hatiya", "Sandwip"}, id="islands-of"
    ),
    # round 13, WH fact sheets and readouts, NZ releases, wire copy (real dev out-of-fold): a town before a
    # comma and its state or country, and a state's postal code after a town
    pytest.param("It expands its Grand Prairie, TX plant.", {"Grand Prairie", "TX"}, id="town-and-postal-code"),
    pytest.param("Work in Tarboro, North Carolina began.", {"Tarboro"}, id="town-before-a-state"),
    pytest.param("They cleared mines in Rabaul, Papua New Guinea, last year.", {"Rabaul"}, id="town-before-a-country"),
]


NO_TOWN_BEFORE_A_STATE = [
    pytest.param("On Monday, Texas officials met.", id="day"),
    pytest.param("Senator Cruz, Texas, voted no.", id="title"),
    pytest.param("Grants went to Rice University, Texas.", id="organisation"),
    pytest.param("She studied at the University of Washington, Seattle.", id="after-of"),
    pytest.param("However, Florida said no.", id="sentence-opener"),
    pytest.param("Staff of Jones Lang LaSalle, Illinois, met.", id="company"),
    pytest.param("It is run by Callaghan Innovation, New Zealand’s agency.", id="owner-after-the-country"),
    pytest.param("Through the ETTF, Canada and Mexico agreed.", id="acronym"),
    pytest.param("Under the Morrison Government, Australia approved leases.", id="government"),
    pytest.param("Staff at Pearce, PR Manager, said.", id="no-code-for-puerto-rico"),
]


@pytest.mark.parametrize("text", NO_TOWN_BEFORE_A_STATE)
def test_no_town_before_a_state(nlp, lex, text):
    from briefx.components.entities.gazetteer import from_place_context

    view = _view(nlp, text)
    assert _found(view, from_place_context(view, lex)) == []


@pytest.mark.parametrize("text, expected", PLACE_CONTEXT)
def test_place_context(nlp, lex, text, expected):
    from briefx.components.entities.gazetteer import from_place_context

    view = _view(nlp, text)
    assert expected <= {t for t, _ in _found(view, from_place_context(view, lex))}


def test_apposition_reveals_an_organisation(nlp, lex):
    from briefx.components.entities.from_model import from_appositions

    view = _view(nlp, "Then, Arianespace, the launch operator, said.")
    assert ("Arianespace", "ORG") in _found(view, from_appositions(view, lex))


def test_layout_authors_outlet_and_dateline(nlp, lex):
    from spacy.tokens import Span

    from briefx.components.entities.layout import from_layout

    doc = nlp.make_doc("By Jane Wanjiru\nDaily Nation\nNAIROBI, March 3 — Rates rose.")
    doc.spans["byline"] = [Span(doc, 1, 3, label="AUTHOR"), Span(doc, 4, 6, label="OUTLET")]
    dateline = Span(doc, 7, 11, label="DATELINE")
    doc.spans["dateline"] = [dateline]
    doc.spans["dateline"][0]._.place = "NAIROBI"
    view = DocView(doc)
    assert _found(view, from_layout(view, lex)) == [
        ("Jane Wanjiru", "PERSON"),
        ("Daily Nation", "ORG"),
        ("NAIROBI", "GPE"),
    ]


def _cands(*rows) -> list[Candidate]:
    return [Candidate(*row) for row in rows]


def test_acronym_in_brackets_takes_its_names_label(nlp, lex):
    from briefx.components.entities.repairs import acronyms

    view = _view(nlp, "The India Engineering Sourcing Show (IESS) opened.")
    out = acronyms(view, lex, _cands((1, 5, "EVENT", "pattern")))
    assert _found(view, out) == [("IESS", "EVENT")]


def test_acronym_after_an_unlabelled_name_names_both(nlp, lex):
    from briefx.components.entities.repairs import acronyms

    view = _view(nlp, "Kazakhstan Temir Zholy (KTZ) said.")
    assert set(_found(view, acronyms(view, lex, []))) == {("Kazakhstan Temir Zholy", "ORG"), ("KTZ", "ORG")}


def test_an_organisation_named_once_is_named_everywhere(nlp, lex):
    from briefx.components.entities.repairs import propagate

    view = _view(nlp, "Azerenerji OJSC said. Later Azerenerji agreed.")
    found = set(_found(view, propagate(view, lex, _cands((0, 2, "ORG", "ner")))))
    assert ("Azerenerji", "ORG") in found and ("Azerenerji OJSC", "ORG") in found


def test_short_reference_after_the_full_name(nlp, lex):
    from briefx.components.entities.repairs import short_references

    view = _view(nlp, "The Monetary Policy Committee met. The Committee held rates.")
    assert _found(view, short_references(view, lex, _cands((1, 4, "ORG", "ner")))) == [("Committee", "ORG")]


def test_places_joined_into_a_facility_get_no_span(nlp, lex):
    from briefx.components.entities.repairs import facility_chains

    view = _view(nlp, "The new Baku-Tbilisi-Kars railway opened.")
    assert [view.texts[i] for i in sorted(facility_chains(view, lex))] == ["Baku", "-", "Tbilisi", "-", "Kars"]


def test_headline_names_need_the_body(nlp, lex):
    from spacy.tokens import Span

    from briefx.components.entities.headlines import confirm_headlines

    doc = nlp.make_doc("Zerova Rises\n\nShares of Kenya rose.")
    doc.spans["title"] = [Span(doc, 0, 2, label="TITLE")]
    view = DocView(doc)
    chosen = _cands((0, 1, "ORG", "ner"), (5, 6, "GPE", "gazetteer"))
    assert _found(view, confirm_headlines(view, lex, chosen, chosen)) == [("Kenya", "GPE")]


# round 9 of unseen New Zealand releases: a FAQ heading in sentence case writes names as the body does
HEADLINE_CASE = [
    pytest.param("Zerova Lifts Output as Prices Climb", True, id="headline-case"),
    pytest.param("What will the Zerova Fund finance?", False, id="sentence-case-question"),
    pytest.param("Why has it changed to Zerova Finance Ltd?", False, id="sentence-case-two-lower-words"),
]


@pytest.mark.parametrize("text, expected", HEADLINE_CASE)
def test_headline_case(nlp, lex, text, expected):
    from briefx.components.entities.headlines import headline_cased

    doc = nlp.make_doc(text)
    assert headline_cased(lex, doc[:]) is expected


def test_sentence_case_heading_names_stand_alone(nlp, lex):
    from spacy.tokens import Span

    from briefx.components.entities.headlines import confirm_headlines

    doc = nlp.make_doc("Notes\n\nWhat will the Zerova Fund finance?\n\nIt lends to firms.")
    doc.spans["sections"] = [Span(doc, 2, 9, label="HEADING")]
    view = DocView(doc)
    chosen = _cands((5, 7, "ORG", "ner"))
    assert _found(view, confirm_headlines(view, lex, chosen, chosen)) == [("Zerova Fund", "ORG")]


LISTINGS = [
    pytest.param(
        "coordinated_places",
        "Turkana, Mandera and Garissa voted.",
        [(0, 1, "GPE", "gazetteer"), (2, 3, "PERSON", "ner"), (4, 5, "GPE", "gazetteer")],
        ("Mandera", "GPE"),
        id="listed-with-places",
    ),
    pytest.param(
        "coordinated_orgs",
        "Citigroup, HSBC, Zerova and Barclays ran it.",
        [(0, 1, "ORG", "gazetteer"), (2, 3, "ORG", "gazetteer"), (4, 5, "PERSON", "ner"), (6, 7, "ORG", "gazetteer")],
        ("Zerova", "ORG"),
        id="listed-with-organisations",
    ),
    pytest.param(
        "employers",
        "Baltica chief executive Henrik Sogaard said.",
        [(0, 1, "PERSON", "ner"), (3, 5, "PERSON", "ner")],
        ("Baltica", "ORG"),
        id="employer-before-post",
    ),
]


@pytest.mark.parametrize("repair, text, chosen, expected", LISTINGS)
def test_listings(nlp, lex, repair, text, chosen, expected):
    from briefx.components.entities import listings

    view = _view(nlp, text)
    assert expected in _found(view, getattr(listings, repair)(view, lex, _cands(*chosen)))


# -- names of no entity (issue 9: initialisms of things, programmes' short forms) -------------

NOT_NAMES = [
    pytest.param("The carrier USS Gerald R. Ford arrived.", [(2, 6, "ORG")], [], id="ship"),
    pytest.param("It is part of the Innovative New Zealand package.", [(6, 8, "GPE")], [], id="place-in-a-package"),
    pytest.param("They sought a UK-New Zealand Free Trade Agreement soon.", [(3, 4, "GPE"), (5, 7, "GPE")], [],
                 id="places-in-an-agreement"),
    pytest.param("The Fed eased U.S. dollar liquidity.", [(1, 2, "ORG"), (3, 4, "GPE")], ["Fed"], id="currency"),
    pytest.param("Progress toward an ASEAN-China code of conduct.", [(3, 4, "ORG"), (5, 6, "GPE")], ["ASEAN", "China"],
                 id="a-common-noun-after-names-keeps-them"),
    pytest.param("He met them at Christchurch International Airport today.", [(4, 7, "ORG")], [],
                 id="facility"),
    pytest.param("Work began on State Highway 1 this week.", [(3, 6, "ORG")], [], id="numbered-road"),
    # Australian PM and New Zealand releases (round 28): roads, rail links and military bases are facilities
    pytest.param("It will widen the Tullamarine Freeway by one lane.", [(4, 6, "ORG")], [], id="freeway"),
    pytest.param("The Prime Minister visited Larrakeyah Barracks today.", [(4, 6, "ORG")], [], id="barracks"),
    pytest.param("Work has started on the Moreton Bay Rail Link now.", [(5, 7, "LOC")], [],
                 id="place-inside-a-rail-link"),
    pytest.param("Other companies include City Rail Link Limited today.", [(3, 7, "ORG")], ["City Rail Link Limited"],
                 id="company-named-after-a-facility-stays"),
    pytest.param("The Home Office said.", [(1, 3, "ORG")], ["Home Office"], id="office-ends-organisations"),
    pytest.param("You have seen the Executive Order today.", [(5, 6, "PERSON")], [],
                 id="person-ending-in-a-document-word"),
    pytest.param("Sales of EVs rose as COVID-19 eased.", [(2, 3, "ORG"), (5, 6, "ORG")], [],
                 id="technology-and-disease"),
    pytest.param("They signed a memorandum of understanding (MOU) today. The MOU runs.",
                 [(7, 8, "ORG"), (12, 13, "ORG")], [], id="short-form-of-lower-case-words"),
    pytest.param("It adds a Winter Energy Payment (WEP) in 2018. The WEP helps.", [(7, 8, "ORG"), (13, 14, "ORG")], [],
                 id="short-form-of-a-programme"),
    pytest.param("The World Food Programme (WFP) said.", [(1, 4, "ORG"), (5, 6, "ORG")],
                 ["World Food Programme", "WFP"], id="short-form-of-a-named-organisation-stays"),
]


@pytest.mark.parametrize("text, cands, expected", NOT_NAMES)
def test_not_names(nlp, lex, text, cands, expected):
    from briefx.components.entities.not_names import not_names

    view = _view(nlp, text)
    kept = not_names(view, lex, [Candidate(s, e, label, "ner") for s, e, label in cands])
    assert all(isinstance(c, Candidate) for c in kept)
    assert [view.doc[c.start : c.end].text for c in kept] == expected


def test_written_entities_never_overlap(nlp, lex):
    """Issue 9: with another base model a repair could hand `write` overlapping names (spaCy
    error E1010); the longer one is written, never a crash."""
    from briefx.components.entities.component import write

    view = _view(nlp, "The Port of Mombasa Authority said on Monday.")
    write(view, lex, [Candidate(1, 5, "ORG", "ner"), Candidate(3, 4, "GPE", "gazetteer"),
                      Candidate(0, 2, "ORG", "pattern")])
    assert [(e.text, e.label_) for e in view.doc.ents] == [("Port of Mombasa Authority", "ORG")]


@pytest.mark.parametrize("cands, expected", [
    pytest.param([(1, 2, "ORG"), (3, 5, "PERSON"), (6, 7, "ORG"), (8, 10, "PERSON")],
                 [("Kaikoura", "GPE"), ("Stuart Smith", "PERSON"), ("Labour", "ORG"), ("Jo Lee", "PERSON")],
                 id="constituency-before-MP-but-not-a-party"),
])
def test_places_by_name(nlp, lex, cands, expected):
    from briefx.components.entities.repairs import places_by_name

    view = _view(nlp, "Local Kaikoura MP Stuart Smith and Labour MP Jo Lee spoke.")
    out = places_by_name(view, lex, [Candidate(s, e, label, "ner") for s, e, label in cands])
    assert [(view.doc[c.start : c.end].text, c.label) for c in out] == expected


def test_country_names_are_places_whatever_proposed_them(nlp, lex):
    from briefx.components.entities.repairs import places_by_name

    view = _view(nlp, "The Russian Federation and the DRC met.")
    out = places_by_name(view, lex, [Candidate(1, 3, "ORG", "pattern"), Candidate(5, 6, "ORG", "pattern")])
    assert [(c.label, c.iso) for c in out] == [("GPE", "RUS"), ("GPE", "COD")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("They pushed back against Putin’s invasion.", [("Putin", "PERSON")], id="surname-of-a-known-leader"),
    pytest.param("He stayed at Trump Tower.", [], id="a-longer-name-is-not-the-person"),
    pytest.param("Theresa May spoke in May.", [("Theresa May", "PERSON")], id="ambiguous-surname-only-in-full"),
])
def test_people_gazetteer(nlp, lex, text, expected):
    """Office holders press text names by surname alone (issue 9): models/lexicons/people.json."""
    from briefx.components.entities.gazetteer import from_gazetteer

    view = _view(nlp, text)
    found = [(view.doc[c.start : c.end].text, c.label) for c in from_gazetteer(view, lex) if c.label == "PERSON"]
    assert found == expected


def test_blocs_without_members(nlp, lex):
    from briefx.components.entities.repairs import blocs_without_members

    view = _view(nlp, "Our G7 Partners agreed, and KKR Partners invested.")
    out = blocs_without_members(view, lex, [Candidate(1, 3, "ORG", "pattern"), Candidate(6, 8, "ORG", "pattern")])
    assert [view.doc[c.start : c.end].text for c in out] == ["G7", "KKR Partners"]
