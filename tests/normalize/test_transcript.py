"""Speaker tags of podium transcripts, in the shapes real transcripts write them (issue 9)."""

from __future__ import annotations

import re

import pytest

from briefx.normalize.transcript import TagTables, read_tag, transcript_tags
from briefx.resources import load_json

_LEX = load_json("lexicons", "transcript.json")
TABLES = TagTables.from_lexicon(_LEX)

TAGS = [
    # (line, tag as written, the name in it, question)
    pytest.param("MS. PSAKI: Good afternoon.", "MS. PSAKI:", "PSAKI", False, id="white-house-honorific"),
    pytest.param("MR PRICE: Thank you.", "MR PRICE:", "PRICE", False, id="state-dept-no-stop"),
    pytest.param("Q Thanks, Jen.", "Q", None, True, id="q-space"),
    pytest.param("Q: Thank you, sir.", "Q:", None, True, id="q-colon"),
    pytest.param("Q", "Q", None, True, id="q-alone-on-its-line"),
    pytest.param("QUESTION: On Ukraine, please.", "QUESTION:", None, True, id="state-dept-question"),
    pytest.param("PRESS SECRETARY JOHN F. KIRBY: Morning.", "PRESS SECRETARY JOHN F. KIRBY:", "JOHN F. KIRBY",
                 False, id="pentagon-title-and-full-name"),
    pytest.param("CHAIR POWELL. Good afternoon.", "CHAIR POWELL.", "POWELL", False, id="central-bank-full-stop"),
    pytest.param("GEN. MILLEY: Sure.", "GEN. MILLEY:", "MILLEY", False, id="abbreviated-rank"),
    pytest.param("AMBASSADOR THOMAS-GREENFIELD: Thank you.", "AMBASSADOR THOMAS-GREENFIELD:",
                 "THOMAS-GREENFIELD", False, id="hyphenated-name"),
    pytest.param("THE PRESIDENT: Well, look.", "THE PRESIDENT:", None, False, id="role-only"),
    pytest.param("SENIOR ADMINISTRATION OFFICIAL: Yes.", "SENIOR ADMINISTRATION OFFICIAL:", None, False,
                 id="anonymous-official"),
    pytest.param("MODERATOR: Next question.", "MODERATOR:", None, False, id="moderator"),
    pytest.param("Prime Minister: Thank you.", "Prime Minister:", None, False, id="uk-mixed-case-role"),
    pytest.param("Mr Smith: Yes.", "Mr Smith:", "Smith", False, id="mixed-case-honorific"),
    pytest.param("Q\xa0\xa0\xa0 Mr. President, are you concerned?", "Q", None, True, id="no-break-space-after-q"),
    pytest.param(" PM: Well, thank you very much.", None, None, None, id="leading-space-is-no-tag-start"),
    # pm-transcripts doorstops (unseen, issue 9): a minister's tag names the portfolio, not a person
    pytest.param("MINISTER FOR REGIONAL ROADS: We started small.", "MINISTER FOR REGIONAL ROADS:", None, False,
                 id="portfolio-tag"),
    pytest.param("MINISTER FOR TRADE AND TOURISM: Yes.", "MINISTER FOR TRADE AND TOURISM:", None, False,
                 id="portfolio-tag-with-and"),
    # White House gaggles (unseen, 2021-2024): a tag ending in a role noun names a role, whatever qualifies it
    pytest.param("AIR FORCE ONE CREW MEMBER: Please take your seats.", "AIR FORCE ONE CREW MEMBER:", None, False,
                 id="crew-member"),
    pytest.param("WHITE HOUSE AIDE: Last question.", "WHITE HOUSE AIDE:", None, False, id="qualified-aide"),
    pytest.param("SENIOR MILITARY OFFICIAL: That is right.", "SENIOR MILITARY OFFICIAL:", None, False,
                 id="qualified-official"),
    pytest.param("USS DELAWARE CREW: Hooyah!", "USS DELAWARE CREW:", None, False, id="ship-crew"),
    pytest.param("NATASHA GRIGGS MP: Thanks.", "NATASHA GRIGGS MP:", "NATASHA GRIGGS", False,
                 id="postnominal-is-no-role-head"),
    # OCR'd pm-transcripts of the 1980s-90s (dev zy-pmc-19920317, unseen r28-4): 'J:' is the journalist's tag
    pytest.param("J: Is the recession over, Prime Minister?", "J:", None, True, id="journalist-initial"),
]


@pytest.mark.parametrize("line, label, name, question", TAGS)
def test_read_tag(line, label, name, question):
    tag = read_tag(line, TABLES)
    if label is None:  # lines reach read_tag stripped
        tag = read_tag(line.strip(), TABLES)
        assert tag is not None and tag.label == "PM:" and tag.names_nobody
        return
    assert tag is not None
    assert tag.label == label
    assert (line[tag.name_start : tag.name_end] if tag.name_start is not None else None) == name
    assert tag.question is question


NOT_TAGS = [
    pytest.param("U.S. troops arrived on Monday.", id="initialism-opens-a-sentence"),
    pytest.param("Quite so: the talks went on.", id="word-starting-with-q"),
    pytest.param("WASHINGTON, D.C. - The Department announced", id="dateline"),
    pytest.param("The minister said: 'We will act.'", id="colon-in-a-sentence"),
    pytest.param("(Laughter.)", id="stage-direction"),
    pytest.param("SUBJECTS: Regional Visit to Port Lincoln, TPP", id="transcript-header-label"),
    pytest.param("TEL: 2. Aug. 95 4: 06 No. 012 P. 02", id="fax-page-header"),
]


@pytest.mark.parametrize("line", NOT_TAGS)
def test_not_a_tag(line):
    assert read_tag(line, TABLES) is None


def test_fact_sheet_leads_are_no_transcript():
    lines = [
        "FACT SHEET: The Partnership",
        "SUPPORTING UKRAINE: The United States will provide aid.",
        "ENERGY SECURITY: Both sides will cut gas use.",
        "CLIMATE: New targets were set.",
        "TRADE: Tariffs fall.",
    ]
    assert transcript_tags(lines, TABLES) == [None] * len(lines)


# joint remarks with no questioner and under four tags (dev ye-pmc-20101113 'PRESIDENT OBAMA:' then 'PM:'; PM&C
# remarks with a host, their bold tags alone on a line; White House remarks before a bilateral meeting)
SPEAKERS_REMARKS = [
    pytest.param(["PRESIDENT OBAMA: We have no closer ally.", "PM: Thank you, Mr President."],
                 id="president-then-pm"),
    pytest.param(["PROFESSOR BYRNE:", "Welcome to our campus.", "PRIME MINISTER:", "Thank you for having me."],
                 id="tags-alone-host-then-pm"),
    pytest.param(["PRIME MINISTER:", "Welcome.", "PRIME MINISTER WICKREMESINGHE:", "Thank you."],
                 id="two-prime-ministers"),
    pytest.param(["PRESIDENT BIDEN: Welcome back.", "CHANCELLOR SCHOLZ: Thank you.", "PRESIDENT BIDEN: Thanks."],
                 id="president-chancellor-president"),
    pytest.param(["THE PRESIDENT: Thank you all.", "MAYOR PUREVAL: Welcome to the city."],
                 id="the-president-and-a-mayor"),
]
# guards the rule must not cross (they held before it too)
NOT_SPEAKERS_REMARKS = [
    pytest.param(["SUPPORTING UKRAINE: The United States will provide aid.", "ENERGY SECURITY: Both sides act."],
                 id="fact-sheet-leads"),
    pytest.param(["THE ECONOMY: Growth returned.", "PRESIDENT BIDEN: We did it."], id="a-lead-and-a-speaker"),
    pytest.param(["PRIME MINISTER: Good morning.", "PRIME MINISTER: And thank you."], id="one-speaker"),
    pytest.param(["MINISTER FOR FINANCE. The Budget is balanced.", "PRESIDENT BIDEN. We met."],
                 id="full-stops-are-sentences"),
]


@pytest.mark.parametrize("lines", SPEAKERS_REMARKS)
def test_two_speakers_with_titled_tags_make_a_transcript(lines):
    tags = transcript_tags(lines, TABLES)
    assert [t is not None for t in tags] == [":" in line for line in lines]


@pytest.mark.parametrize("lines", NOT_SPEAKERS_REMARKS)
def test_leads_and_a_lone_speaker_make_no_transcript(lines):
    assert transcript_tags(lines, TABLES) == [None] * len(lines)


def test_a_questioner_makes_a_transcript_and_a_one_off_full_stop_tag_stays_a_sentence():
    lines = ["MS. PSAKI: Hello.", "Q Why?", "NEW YORK. The city said.", "MS. PSAKI: Because."]
    tags = transcript_tags(lines, TABLES)
    assert [t.label if t else None for t in tags] == ["MS. PSAKI:", "Q", None, "MS. PSAKI:"]


def test_repeated_named_tags_make_a_transcript_without_q():
    lines = ["CHAIR POWELL. Good afternoon.", "MICHELLE SMITH. Steve.", "STEVE LIESMAN. Why now?",
             "CHAIR POWELL. Because.", "MICHELLE SMITH. Next."]
    assert all(transcript_tags(lines, TABLES))


@pytest.mark.parametrize("line", ["AFP: Will the talks resume?", "CCTV: Could you confirm?"])
def test_a_bare_one_word_tag_names_no_person(line):
    tag = read_tag(line, TABLES)
    assert tag is not None and tag.name_start is None and not tag.names_nobody


def test_a_scanned_semicolon_closes_a_tag_written_elsewhere_with_a_colon():
    """OCR'd Hawke and Keating transcripts ('JOURNALIST; …', 'PM; …' among 'PM:' lines: dev zy-pmc-19920317, unseen
    r28-4, 9 of 156 scanned pm-transcripts); a semicolon after a word no line writes with a colon is no tag."""
    lines = ["JOURNALIST: Will you go?", "PM: Yes.", "JOURNALIST; When?", "PM; Soon.", "CANBERRA; the city said.",
             "J; And the Budget?"]
    tags = transcript_tags(lines, TABLES)
    assert [t.label if t else None for t in tags] == ["JOURNALIST:", "PM:", "JOURNALIST;", "PM;", None, None]
    assert tags[2].question and tags[3].key == "PM"


@pytest.mark.parametrize("line, closes", [
    pytest.param("END 2:15 P.M. EST", True, id="white-house-end-time"),
    pytest.param("[ends]", True, id="bracketed"),
    # pm-transcripts write the marker bare as well (dev: 8 transcripts; unseen r28-4: 6), the gold leaves it out
    pytest.param("Ends", True, id="bare-title-case"),
    pytest.param("ENDS", True, id="bare-capitals"),
    pytest.param("(ends)", True, id="in-round-brackets"),
    pytest.param("ends.", True, id="with-a-full-stop"),
    pytest.param("Endsley said no.", False, id="a-name"),
    pytest.param("Ending the war is the aim.", False, id="a-sentence"),
])
def test_closing_lines(line, closes):
    assert bool(re.match(_LEX["closing"], line)) is closes
