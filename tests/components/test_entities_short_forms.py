"""Short forms of things that are no names (round 5 of the unseen real texts: White House background
calls and fact sheets, Wikinews science stories, UK agency releases): where the long form got no span
(a programme, an order, a vehicle, a post, a common-noun term), the short form the text defines for it
gets none either, every mention of it. Short forms of bodies stay, and so do short forms whose long
form is a chosen name. Cases written for this suite after the shape of those texts; the repair runs on
a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import functools

import pytest
import spacy
from tests.components.test_entities_things import kept_by

from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.short_forms import short_forms_of_no_names

_BLANK = spacy.blank("en")


@pytest.mark.parametrize(
    "text, orgs, expected",
    [
        pytest.param(
            "Leaders will fund ports through the Partnership for Coastal Trade and Shipping, or PCTS, a "
            "flagship initiative. PCTS will open an office.",
            ["PCTS"],
            [],
            id="programme-then-comma-or",
        ),
        pytest.param(
            "Leaders will fund ports through the Partnership\nfor Coastal Trade and Shipping, or PCTS, a "
            "flagship initiative.",
            ["PCTS"],
            [],
            id="programme-over-a-line-wrap",
        ),
        pytest.param(
            "The crew docked at the Lunar Gateway Module (LGM) on Friday. The LGM has room for four.",
            ["LGM"],
            [],
            id="vehicle-in-brackets",
        ),
        pytest.param(
            "**Customs Issues Detention Order\n(DO):** the DO covers cotton from the region.",
            ["DO"],
            [],
            id="order-in-a-bold-lead-in",
        ),
        pytest.param(
            "She met the Director of Marine Research (DMR) on Tuesday.",
            ["DMR"],
            [],
            id="post-in-brackets",
        ),
        pytest.param(
            "Grants favour merit, not equity, access and inclusion (EAI). EAI rules end today.",
            ["EAI"],
            [],
            id="lower-case-term",
        ),
        pytest.param(
            "The Kenya Revenue Authority (KRA) collected more. KRA said so.",
            ["Kenya Revenue Authority", "KRA"],
            ["Kenya Revenue Authority", "KRA", "KRA"],
            id="chosen-long-form-keeps-its-short-form",
        ),
        pytest.param(
            "Donors pledged more to the International Housing Association (IHA). IHA lends to poor countries.",
            ["IHA"],
            ["IHA", "IHA"],
            id="missed-body-keeps-its-short-form",
        ),
        pytest.param(
            "Inflation eased, the central bank (CBK) said. The CBK held its rate.",
            ["CBK"],
            ["CBK", "CBK"],
            id="lower-case-body-keeps-its-short-form",
        ),
        pytest.param(
            "Staff of the Pacific Trade Office (PTO) met growers.",
            ["PTO"],
            ["PTO"],
            id="office-is-a-body",
        ),
        pytest.param(
            "Delegates of the Council's Conservation of Arctic Polar Seas (CAPS) working group met. CAPS will report.",
            ["CAPS"],
            ["CAPS", "CAPS"],
            id="body-word-after-the-brackets",
        ),
        pytest.param(
            "Agents of Border Enforcement’s (BE) Coastal Fraud Investigations (CFI) seized cargo. CFI said so.",
            ["CFI"],
            ["CFI", "CFI"],
            id="unit-after-a-possessive",
        ),
        pytest.param(
            "**Center for Maritime and Energy Studies (CMES):** shipping will recover.",
            ["CMES"],
            ["CMES"],
            id="institute-heading-missed",
        ),
        pytest.param(
            "Funds go to the region’s Workforce Training Boards (WTB) this year.",
            ["WTB"],
            ["WTB"],
            id="plural-body-word",
        ),
        pytest.param(
            "The Rural Broadband Subsidy Program ends in June. Most homes enrolled in RBSP are remote.",
            ["RBSP"],
            [],
            id="initials-of-a-programme-named-undefined",
        ),
        pytest.param(
            "The Pacific Disaster Relief Fund Program helps. The PDRF said it will help.",
            ["PDRF"],
            ["PDRF"],
            id="initials-of-a-body-inside-a-programme",
        ),
        pytest.param(
            "The Marine Safety Authority enforces the Marine Safety Act. MSA inspectors boarded ships.",
            ["Marine Safety Authority", "MSA"],
            ["Marine Safety Authority", "MSA"],
            id="initials-shared-by-a-law-and-its-body",
        ),
        pytest.param(
            "Exports rose, Statistics Norway (SSB) said.",
            ["SSB"],
            ["SSB"],
            id="initials-not-spelled",
        ),
        # round 30, unseen NZ, White House and Australian PM releases: short forms that spell their long form
        # with a glue word's initial, letters inside words, or over listing commas
        pytest.param(
            "Every town named in the Request for Proposals (RFP) gets fibre. Towns outside the RFP wait.",
            ["RFP"],
            [],
            id="glue-word-initial",
        ),
        pytest.param(
            "Ministers backed the Young Northeast Asian Leaders Initiative (YNEALI) program. YNEALI alumni met.",
            ["YNEALI"],
            [],
            id="letter-inside-a-word",
        ),
        pytest.param(
            "Grants flow through the Regional Skills Transformation Program (RTSP) this year. The RTSP ends in 2027.",
            ["RTSP"],
            [],
            id="letters-out-of-initial-order",
        ),
        pytest.param(
            "The $12 billion Water Supply, Storage, and Treatment (WSST) Program opens. States get WSST funds.",
            ["WSST"],
            [],
            id="listing-commas",
        ),
        pytest.param(
            "Funds reached the Pacific Islands Media Council (PIMAC) in May. PIMAC said so.",
            ["PIMAC"],
            ["PIMAC", "PIMAC"],
            id="loose-spelling-of-a-body-stays",
        ),
        # round 33, real dev out of fold (White House fact sheets, NZ and Australian releases): the model chose the
        # long form of a programme, database or reserve as an organisation; its head word says it names a thing
        pytest.param(
            "Ministers renewed cooperation on core\nAndean Border Security Initiative (ABSI) programs. ABSI pays.",
            ["Andean Border Security Initiative", "ABSI"],
            [],
            id="chosen-initiative-and-its-short-form",
        ),
        pytest.param(
            "The National Officer Misconduct Database (NOMD) opens in May. Agencies will report to NOMD.",
            ["National Officer Misconduct Database", "NOMD"],
            [],
            id="chosen-database",
        ),
        pytest.param(
            "Crude flowed from the Northern Crude Reserve (NCR) last week. The NCR holds 40 days of supply.",
            ["Northern Crude Reserve", "NCR"],
            [],
            id="chosen-reserve",
        ),
    ],
)
def test_short_forms_of_no_names(text, orgs, expected):
    assert kept_by(short_forms_of_no_names, _BLANK, _lexicon(), text, orgs) == expected


@functools.cache
def _lexicon() -> Lexicon:
    return Lexicon(_BLANK)
