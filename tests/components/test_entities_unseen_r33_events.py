"""Events and bodies of round 33. A name with an event's head after "members of the", "Chair of the", "a trustee
of the", "representatives on the" is the body those people sit on ("the Local Government Forum", "a Ministerial
Advisory Panel", "the … Festival of the Arts"): found out of fold on real dev (NZ releases on appointments and a
defence review, Australian PM releases on a business forum and a UN advocacy group, a White House list of
appointees). A body's name with an ordinal before it ("its ninth Community Cabinet", "the 29th … Conference") is
a numbered meeting, an EVENT (GOLD.md): found out of fold on real dev (an Australian PM release on community
cabinets, White House statements on a climate conference and a replenishment conference). Cases written after the
shape of those texts (none copied); the repair runs on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.event_references import bodies_and_meetings

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _repaired(tokenizer_and_lexicon, text: str, surface: str, label: str) -> tuple[str, str]:
    """(surface, label) the repair leaves of one chosen name."""
    (out,) = test_entities_unseen._after(tokenizer_and_lexicon, bodies_and_meetings, text, [(surface, label)])
    return out


BODIES_WITH_MEMBERS = [
    pytest.param("She is a former Chair of the Regional Councils Forum and a lawyer.", "Regional Councils Forum",
                 "EVENT", ("Regional Councils Forum", "ORG"), id="chair-of-forum"),
    pytest.param("He consulted members of the Pacific Youth Forum on the draft.", "Pacific Youth Forum",
                 "EVENT", ("Pacific Youth Forum", "ORG"), id="members-of-forum"),
    pytest.param("He is a trustee of the Otago Festival of the Arts and a director.", "Otago Festival of the Arts",
                 "EVENT", ("Otago Festival of the Arts", "ORG"), id="trustee-of-festival"),
    pytest.param("Two representatives on the Asian Business Forum were named.", "Asian Business Forum", "EVENT",
                 ("Asian Business Forum", "ORG"), id="representatives-on-forum"),
    pytest.param("She agreed to serve as co-chair of the Global Health Champions this year.", "Global Health Champions",
                 "EVENT", ("Global Health Champions", "ORG"), id="co-chair-of-group"),
]

MEETINGS_LEFT_ALONE = [
    pytest.param("Members of the Nordic Leaders Summit agreed a statement.", "Nordic Leaders Summit", "EVENT",
                 ("Nordic Leaders Summit", "EVENT"), id="summit-has-no-members"),
    pytest.param("She was Chair of the 12th Regional Trade Conference in Apia.", "12th Regional Trade Conference",
                 "EVENT", ("12th Regional Trade Conference", "EVENT"), id="numbered-meeting-stays-event"),
    pytest.param("Ministers will attend the Pacific Trade Forum in Apia.", "Pacific Trade Forum", "EVENT",
                 ("Pacific Trade Forum", "EVENT"), id="no-members-before"),
]

NUMBERED_MEETINGS = [
    pytest.param("The Government will hold its tenth Regional Cabinet meeting in Ballarat.", "Regional Cabinet", "ORG",
                 ("Regional Cabinet", "EVENT"), id="ordinal-word-before-cabinet"),
    pytest.param("It follows the 30th U.N. Biodiversity Conference in Cali.", "30th U.N. Biodiversity Conference",
                 "ORG", ("30th U.N. Biodiversity Conference", "EVENT"), id="ordinal-digits-open-conference"),
    pytest.param("Pledges made at the Fourth Replenishment Conference rose.", "Fourth Replenishment Conference", "ORG",
                 ("Fourth Replenishment Conference", "EVENT"), id="capitalised-ordinal-opens"),
    pytest.param("The 41st Joint Boundary Committee Meeting was held in Suva.", "41st Joint Boundary Committee", "ORG",
                 ("41st Joint Boundary Committee Meeting", "EVENT"), id="meeting-head-after-closes-name"),
]

BODIES_LEFT_ALONE = [
    pytest.param("Soldiers of the 3rd Infantry Division arrived.", "3rd Infantry Division", "ORG",
                 ("3rd Infantry Division", "ORG"), id="numbered-unit-stays-body"),
    pytest.param("The Regional Cabinet agreed on Monday.", "Regional Cabinet", "ORG", ("Regional Cabinet", "ORG"),
                 id="no-ordinal-stays-body"),
]


@pytest.mark.parametrize(
    "text, surface, label, expected", BODIES_WITH_MEMBERS + MEETINGS_LEFT_ALONE + NUMBERED_MEETINGS + BODIES_LEFT_ALONE
)
def test_bodies_and_meetings(tokenizer_and_lexicon, text, surface, label, expected):
    assert _repaired(tokenizer_and_lexicon, text, surface, label) == expected
