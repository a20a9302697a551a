"""ORG kinds found on unseen odd-year joint statements, fact sheets and communiqués, round 10 (White House, New
Zealand and Australian government texts): capitalised topics, technologies and sectors read as bodies. A
section heading in title case or capitals that names a topic ("**4. Economy, Trade, Business, Investment,
and Technology**", "**2. NEXT STEPS AND OUTLOOK**"); a technology named by its head word ("High Performance
Computing (HPC)", "Unified Payments Interface", "Emerging Technology" beside "emerging technologies"); a
website's address ("Invest.gov", "on CVS.com"). Cases written for this suite after the shape of those texts
(none copied); the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen
from tests.components.test_entities_things import kept_by
from tests.components.test_entities_unseen_r6 import _repaired

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lead_ins import topic_lead_ins
from briefx.components.entities.sites import website_addresses
from briefx.components.entities.things import named_things

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _with_heading(tokenizer_and_lexicon, text: str, heading: str) -> DocView:
    """The text tokenized blank, with `heading` (a line of it) as its one section heading."""
    nlp, _ = tokenizer_and_lexicon
    doc = nlp.make_doc(text)
    at = text.index(heading)
    doc.spans["sections"] = [doc.char_span(at, at + len(heading))]
    return DocView(doc)


TOPIC_HEADINGS = [
    # topics: a heading of capitalised common nouns
    pytest.param(
        "We value open trade.\n\n**4. Economy, Trade, Business and Investment**\n\nOur economies grew.",
        "**4. Economy, Trade, Business and Investment**", [("Economy, Trade, Business", "ORG")], set(),
        id="list-of-topics",
    ),
    pytest.param(
        "Both act on climate change.\n\n**6. Climate Change and Environment**\n\nWe will meet.",
        "**6. Climate Change and Environment**", [("Climate Change and Environment", "ORG")], set(),
        id="numbered-bold",
    ),
    pytest.param(
        "The outlook is good.\n\n**2. NEXT STEPS AND OUTLOOK**\n\nThe group will meet.",
        "**2. NEXT STEPS AND OUTLOOK**", [("OUTLOOK", "ORG")], set(), id="capitals-common-noun-last",
    ),
    pytest.param(
        "We invest in equity.\n\n**WORKFORCE AND EQUITY**\n\nThe union will help.",
        "**WORKFORCE AND EQUITY**", [("EQUITY", "ORG")], set(), id="capitals-one-word",
    ),
    pytest.param(
        "It trains staff.\n\n**<u>Science, Technology, Engineering and Math Talent**\n\n-   Noting a fund.",
        "**<u>Science, Technology, Engineering and Math Talent**",
        [("Science, Technology", "ORG"), ("Engineering and Math Talent", "ORG")], set(), id="underlined-topics",
    ),
    # names: kept
    pytest.param(
        "The group met.\n\n**Task Force on Energy Security**\n\nIt met twice.",
        "**Task Force on Energy Security**", [("Task Force on Energy Security", "ORG")],
        {("Task Force on Energy Security", "ORG")}, id="two-word-body-head",
    ),
    pytest.param(  # a body's head set in capitals (a plain heading of an Australian PM release)
        "The group will report.\n\nMINISTERIAL TASK GROUP ON WATER TRADING\n\nIt met twice.",
        "MINISTERIAL TASK GROUP ON WATER TRADING", [("MINISTERIAL TASK GROUP ON WATER TRADING", "ORG")],
        {("MINISTERIAL TASK GROUP ON WATER TRADING", "ORG")}, id="body-head-in-capitals",
    ),
    pytest.param(
        "Funding goes far.\n\n**Funding for the Harbour Research Trust**\n\nIt will help.",
        "**Funding for the Harbour Research Trust**", [("Harbour Research Trust", "ORG")],
        {("Harbour Research Trust", "ORG")}, id="body-head",
    ),
    pytest.param(
        "LINZ works hard.\n\n**LINZ Biosecurity Operations**\n\nIt works.",
        "**LINZ Biosecurity Operations**", [("LINZ", "ORG")], {("LINZ", "ORG")}, id="short-form-in-capitals",
    ),
    pytest.param(
        "Biosecurity matters.\n\n**Kereru biosecurity on Crown lands**\n\nIt works.",
        "**Kereru biosecurity on Crown lands**", [("Crown", "ORG")], {("Crown", "ORG")},
        id="sentence-case-heading-untouched",
    ),
    pytest.param(
        "We back clean energy.\n\n**NASA AND CLEAN ENERGY**\n\nNASA will help.",
        "**NASA AND CLEAN ENERGY**", [("NASA", "ORG")], {("NASA", "ORG")}, id="known-short-form-in-capitals",
    ),
    pytest.param(
        "Investment rose.\n\n**Investment Outlook**\n\nThe Meridia Group will invest.",
        "**Investment Outlook**", [("Meridia Group", "ORG")], {("Meridia Group", "ORG")}, id="outside-the-heading",
    ),
]


@pytest.mark.parametrize("text, heading, chosen, expected", TOPIC_HEADINGS)
def test_organisations_in_topic_headings(tokenizer_and_lexicon, text, heading, chosen, expected):
    _, lex = tokenizer_and_lexicon
    view = _with_heading(tokenizer_and_lexicon, text, heading)
    assert _repaired(topic_lead_ins, view, lex, chosen) == expected


TECHNOLOGIES = [
    # technologies by their head word, and the short forms that stand for them
    pytest.param(
        "Both sides will work on High Speed Computing (HSC), easing exports of HSC software.",
        ["High Speed Computing", "HSC"], [], id="computing-and-short-form",
    ),
    pytest.param(
        "Banks discussed the Shared Payments Interface (SPI) system; the SPI could reach more users.",
        ["Shared Payments Interface", "SPI"], [], id="interface",
    ),
    pytest.param(
        "The council backs research in Artificial Intelligence and the Internet of Things.",
        ["Artificial Intelligence", "Internet of Things"], [], id="intelligence-things",
    ),
    pytest.param(
        "The partners launched an initiative on Critical and Emerging Technology to build emerging "
        "technologies together.", ["Emerging Technology"], [], id="company-word-written-in-lower-case",
    ),
    # bodies and companies stay
    pytest.param(
        "Students from the Pacific Institutes of Technology will visit.", ["Pacific Institutes of Technology"],
        ["Pacific Institutes of Technology"], id="plural-body-head",
    ),
    pytest.param(
        "Kaveri Technology will build the plant.", ["Kaveri Technology"], ["Kaveri Technology"],
        id="company-not-in-lower-case",
    ),
    pytest.param(
        "The Defence Intelligence Agency said it had seen the report.", ["Defence Intelligence Agency"],
        ["Defence Intelligence Agency"], id="body-head-last",
    ),
]


@pytest.mark.parametrize("text, orgs, expected", TECHNOLOGIES)
def test_technologies_named_by_their_head(tokenizer_and_lexicon, text, orgs, expected):
    nlp, lex = tokenizer_and_lexicon
    assert kept_by(named_things, nlp, lex, text, orgs) == expected


WEB_ADDRESSES = [
    # websites: no span
    pytest.param("Today the agency launched Build.gov to show the projects.", ["Build.gov"], [], id="government"),
    pytest.param("Read the summary at policy.tax.govt.nz before June.", ["policy.tax.govt.nz"], [],
                 id="government-nz"),
    pytest.param("The devices are sold on ShopRite.com, MegaMart.com and in stores.", ["ShopRite.com", "MegaMart.com"],
                 [], id="where-sold-and-the-list-after"),
    # outlets: kept
    pytest.param("Speaking to Portal.hu, the director said prices would rise.", ["Portal.hu"], ["Portal.hu"],
                 id="outlet-spoken-to"),
    pytest.param("In a Daily.com.au report, the doctor warned of delays.", ["Daily.com.au"], ["Daily.com.au"],
                 id="outlet-report"),
]


@pytest.mark.parametrize("text, orgs, expected", WEB_ADDRESSES)
def test_web_addresses_of_websites(tokenizer_and_lexicon, text, orgs, expected):
    nlp, lex = tokenizer_and_lexicon
    assert kept_by(website_addresses, nlp, lex, text, orgs) == expected

