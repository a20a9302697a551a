"""briefx_sections on blank pipelines: layout parts by house style."""

from __future__ import annotations

import pytest


def _layout(blank, text):
    doc = blank("briefx_sections")(text)
    return {
        g: [(s.text, s.label_) for s in doc.spans[g]] for g in ("title", "byline", "dateline", "sections", "furniture")
    }, doc


STYLES = [
    pytest.param(
        "Port Traffic Hits Record\n\n2317\n\nBy Jane Doe and Ali Khan\n\nMOMBASA, Jan. 15 — Cargo rose.\n",
        {
            "title": ["Port Traffic Hits Record"],
            "byline": ["Jane Doe", "Ali Khan"],
            "dateline": ["MOMBASA, Jan. 15 —"],
            "furniture": ["2317"],
        },
        id="wire-two-authors-counter",
    ),
    pytest.param(
        "Bank Holds Rates\n\nBy Eleanor Webb, Economics Correspondent\n\nLONDON — The bank held.\n",
        {"title": ["Bank Holds Rates"], "byline": ["Eleanor Webb"], "dateline": ["LONDON —"]},
        id="author-with-role-suffix",
    ),
    pytest.param(
        "Envoy Meets Minister\n\nBy Sam Roe\nCoastal Times Staff Writer\n\nThe envoy met the minister.\n",
        {"byline": ["Sam Roe", "Coastal Times"]},
        id="outlet-line",
    ),
    pytest.param(
        "Statement on Talks\n\nOffice of the Spokesperson\n\nBrussels, 12 May 2026: The talks ended.\n",
        {"byline": ["Office of the Spokesperson"], "dateline": ["Brussels, 12 May 2026:"]},
        id="organisation-byline-mixed-case-dateline",
    ),
    pytest.param(
        "Talks Conclude\n\nMEDIA NOTE\nOffice of the Spokesperson\nDepartment of Energy\n\nMay 3, 2026\n\n"
        "The two delegations met in Lisbon and agreed on a timetable.\n",
        {"title": ["Talks Conclude"], "byline": ["Office of the Spokesperson"]},
        id="press-release-preamble",
    ),
    pytest.param(
        "Arrivals Climb\n\nMaria Lopes, Atlantic Travel Weekly\n\nArrivals rose by a third in May.\n",
        {"byline": ["Maria Lopes", "Atlantic Travel Weekly"]},
        id="name-comma-outlet",
    ),
    pytest.param(
        "Trade Grows\n\nShare this article\n\nTrade grew in May.\n\nRead more: Exports fall\n",
        {"furniture": ["Share this article", "Read more: Exports fall"], "byline": []},
        id="share-and-read-more",
    ),
]


@pytest.mark.parametrize("text, expected", STYLES)
def test_layout_parts(blank, text, expected):
    layout, _ = _layout(blank, text)
    for group, texts in expected.items():
        assert [t for t, _ in layout[group]] == texts


def test_headings_are_short_unpunctuated_lines_before_a_paragraph(blank):
    text = (
        "Title Here\n\nFirst paragraph ends here.\n\nFinancing the grid\n"
        "The loan covers the grid.\n\n- a bullet item\n- another item\n\nLooking ahead\nMore text follows.\n"
    )
    layout, doc = _layout(blank, text)
    assert [t for t, _ in layout["sections"]] == ["Financing the grid", "Looking ahead"]
    starts = [t.idx for t in doc if t.is_sent_start]
    assert text.index("The loan") in starts


def test_no_title_when_first_line_is_a_sentence(blank):
    layout, _ = _layout(blank, "The ministry said on Monday that exports rose by a fifth.\n")
    assert layout["title"] == []


def test_empty_text(blank):
    layout, _ = _layout(blank, "")
    assert all(v == [] for v in layout.values())


WRAPPED = (
    " \nVice President Kamala Harris met today with Vice President Yemi Osinbajo\n"
    "of Nigeria in Washington.  Vice President Harris affirmed the enduring\n"
    "strategic partnership between the United States and Nigeria.  The two\n"
    "leaders recognized the strong cultural ties between the American and\n"
    "Nigerian people.\n\n"
    "Vice President Harris underscored the importance of Nigerian elections\n"
    "and noted the strong partnership with the Independent National Electoral\n"
    "Commission and Nigerian civil society in the months ahead of the vote.\n"
)


def test_hard_wrapped_lines_carry_their_paragraph_on(blank):
    """A release wrapped at ~72 characters (real White House readouts): no title, heading or
    sentence start where a line was cut."""
    layout, doc = _layout(blank, WRAPPED)
    assert layout["title"] == [] and layout["sections"] == []
    assert [p.text.split()[0] for p in doc.spans["paragraphs"]] == ["Vice", "Vice"]
    cut = next(t for t in doc if t.idx == doc.text.index("of Nigeria"))
    assert cut.is_sent_start is not True


def test_short_lines_are_not_taken_for_a_wrap(blank):
    text = "Bank Holds Rates\n\nThe bank held.\nRates stay.\nMarkets rose.\nBonds fell.\nOil rose.\nGold fell.\n"
    layout, _ = _layout(blank, text)
    assert layout["title"] == [("Bank Holds Rates", "TITLE")]


FAXED = ("16. Nov. 92 11: 39 No. 008 P. 01/ 03\n125/ 92\n\nMINING PROJECT TO GO AHEAD\n\n"
         "The decision to go ahead was welcomed today by the Prime Minister, who said\n"
         "TEL: 16. Nov. 92 11: 40 No. 008 P. 02/ 03\nit would create 1000 jobs in the north.\n")
REAL_LAYOUT = [
    pytest.param("Wednesday, July 10, 2019\n\nThe council voted on Tuesday to close the plant.\n", {"title": []},
                 id="date-line-is-no-title"),
    pytest.param("Budget fact sheet\n\nThe Government will spend more.\n\n***What is changing?***\n\n"
                 "Rates will fall.\n",
                 {"sections": [("***What is changing?***", "HEADING")]}, id="markdown-emphasis-heading-as-written"),
    pytest.param("Budget fact sheet\n\nThe Government will spend more.\n\n## Summary\n\nRates will fall.\n",
                 {"sections": [("## Summary", "HEADING")]}, id="markdown-hash-heading-as-written"),
    pytest.param("Interview\n\nThe envoy spoke to us.\n\n**Are Italian companies investing beyond energy?**\n\n"
                 "Yes, they are.\n", {"sections": []}, id="bold-interview-question-is-no-heading"),
    pytest.param("Interview\n\nThe envoy spoke to us in Nairobi.\n\nWhat will your embassy do next?\n\n"
                 "We will open a trade office.\n", {"sections": []}, id="plain-question-to-you-is-no-heading"),
    pytest.param("Fact sheet\n\nThe scheme starts in July.\n\nWho can apply?\n\nFarmers can apply.\n",
                 {"sections": [("Who can apply?", "HEADING")]}, id="question-heading-asks-no-one"),
    pytest.param("Budget\n\nThe Board met.\n\n10 September 2025\n\nRates will fall.\n", {"sections": []},
                 id="date-line-is-no-heading"),
    # a second round of unseen odd-year releases: a flattened table of release months, a PDF page footer,
    # a joint statement's numbered bold headings
    pytest.param("Valuation\n\nThe valuation was released.\n\nMarch 2014\n\n2013/14\n\nRates will fall.\n",
                 {"sections": []}, id="month-and-year-line-is-no-heading"),
    pytest.param("Doorstop\n\nWe will build the road.\n\nPage 1 of 2 Doorstop Interview, Cairns\n\n"
                 "The road will open.\n", {"sections": []}, id="page-footer-is-no-heading"),
    pytest.param("Framework\n\nThe parties intend to negotiate an agreement on trade.\n\n2\\. **Customs**\n\n"
                 "1.  The parties intend to cut duties on farm goods and\n    machinery.\n",
                 {"sections": [("2\\. **Customs**", "HEADING")]}, id="numbered-bold-one-word-heading"),
    pytest.param("Schools\n\nThe minister announced the decisions today.\n\n- Four schools will close:\n\n"
                 "  Hill Road School\n\n  Park School.\n\nThe closures take effect next year.\n",
                 {"sections": []}, id="indented-items-under-a-bullet-are-no-headings"),
    pytest.param("Order\n\nThis order shall be implemented consistent with law.\n\n"
                 "                              JANE Q. PUBLIC\n\nTHE WHITE HOUSE,\n\n    May 4, 2025.\n",
                 {"sections": []}, id="indented-signature-is-no-heading"),
    pytest.param("Grants open\n\nClubs can apply for grants of up to $5,000.\n\n"
                 "For details of the grants, visit sportgrants.gov.au\n\nMedia contact: Jo Bloggs\n",
                 {"sections": []}, id="line-with-a-bare-web-address-is-no-heading"),
    pytest.param("PRIME MINISTER\n\nTHE HON. JANE DOE MP\n\nPRIME MINISTER: Hello.\n\nJOURNALIST:\n\n"
                 "What gives you that confidence?\n\nPRIME MINISTER: The figures.\n",
                 {"title": [], "sections": []}, id="transcript-header-and-lone-tag-question"),
    # unseen White House round-ups: the first line of a hard-wrapped lede the wrap width missed is no title
    pytest.param("Yesterday the President signed [an order\n](https://example.gov/a-long-address) that puts "
                 "fairness\nat the heart of every agency and asks each one to report back within the year.\n\n"
                 "Leaders praised it.\n", {"title": [], "sections": []}, id="lede-cut-short-by-a-link-is-no-title"),
    # Australian releases: a document label and a date line over the headline
    pytest.param(" MEDIA RELEASE\n\n Thursday, 12 March 2026\n\n Clinics left waiting as costs  blow out\n\n"
                 "The Government has delayed the clinics again, the senator said today.\n",
                 {"title": [("Clinics left waiting as costs  blow out", "TITLE")], "sections": []},
                 id="label-date-then-headline"),
    pytest.param("Media Release 12 March 2026\n\nClinics left waiting\n\nThe Government has delayed the clinics.\n",
                 {"title": [("Clinics left waiting", "TITLE")], "sections": []},
                 id="label-and-date-on-one-line-then-headline"),
    pytest.param("MEDIA RELEASE\n\nSenator John Roe\nShadow Minister for Health\n\nABC 12/26\n\n"
                 "Thursday, 12 March 2026\n\n"
                 "Clinics left waiting as costs blow out\n\nThe Government has delayed the clinics again.\n",
                 {"title": [("Clinics left waiting as costs blow out", "TITLE")], "sections": []},
                 id="masthead-office-number-and-date-over-the-headline"),
    pytest.param("THE HON JANE DOE MP\n\nPRIME MINISTER\n\nTRANSCRIPT\n\n12 March 2026\n\n"
                 "Press Conference with the Premier of Victoria\n\nPRIME MINISTER: Good morning.\n\n"
                 "JOURNALIST: Why now?\n", {"title": [], "sections": []},
                 id="transcript-under-a-masthead-has-no-title"),
    # Australian releases and transcripts: the issuer's masthead heads the page, no headline of its own
    pytest.param("   THE HON JANE DOE MP  MINISTER FOR TRADE  MEMBER FOR NORTHSIDE\n\n TRANSCRIPT  DOORSTOP  PERTH\n\n"
                 " SUBJECT/S: Exports; jobs\n\nJANE DOE: Exports rose.\n\nJOURNALIST: By how much?\n",
                 {"title": [], "sections": []}, id="masthead-over-a-doorstop"),
    pytest.param("Senator John Roe  Shadow Minister for Health\n\n"
                 "The Government has delayed the clinics again, the senator said today.\n",
                 {"title": [], "sections": []}, id="masthead-over-a-release"),
    # scanned PM releases of the 1990s (pm-transcripts): the fax header on each page, the release number
    pytest.param(FAXED, {"title": [("MINING PROJECT TO GO AHEAD", "TITLE")], "sections": [],
                         "furniture": [("16. Nov. 92 11: 39 No. 008 P. 01/ 03", "FURNITURE"), ("125/ 92", "FURNITURE"),
                                       ("TEL: 16. Nov. 92 11: 40 No. 008 P. 02/ 03", "FURNITURE")]},
                 id="fax-headers-and-release-number"),
]


@pytest.mark.parametrize("text, expected", REAL_LAYOUT)
def test_real_layout(blank, text, expected):
    """Layout kinds of real releases and transcripts (issue 9)."""
    layout, _ = _layout(blank, text)
    for group, items in expected.items():
        assert layout[group] == items, group


# Headings and titles of real releases (issue 9): each case written after the shape of a kind of real
# dev text, not copied from it.
MARKED_HEADINGS = [
    pytest.param("Rates Review\n\nThe Board met today.\n\n### Prices are expected to ease next year.\n\n"
                 "Prices rose in the quarter.\n",
                 ["### Prices are expected to ease next year."], id="hash-line-with-full-stop"),
    pytest.param("Media Release\n-------------\n\nThe Board met today.\n\nWages are still rising fast.\n"
                 "----------------------------\n\nWages rose in the quarter.\n",
                 ["Wages are still rising fast."], id="setext-underlined-sentence"),
    pytest.param("Outlook Report\n==============\n\nAt a Glance\n-----------\n\nGrowth picked up.\n",
                 ["At a Glance"], id="setext-right-under-the-title"),
    pytest.param("Budget fact sheet\n\nThe Government will spend more.\n\n"
                 "**1. $12 million over three years for rural clinics across the Northland region**\n\n"
                 "The clinics will open next year.\n",
                 ["**1. $12 million over three years for rural clinics across the Northland region**"],
                 id="bold-numbered-long-line"),
    pytest.param("Drought declared\n\nThe minister declared a drought.\n\n**Support measures may include:**\n\n"
                 "- tax relief\n- wage subsidies\n", ["**Support measures may include:**"], id="bold-colon-line"),
    pytest.param("Budget fact sheet\n\nThe Government will spend more.\n\n"
                 "**See the full fact sheet in the attached documents.**\n", [], id="bold-last-line-heads-nothing"),
    pytest.param("Keynote on Resilience\n\n**Address to the Finance Forum**\nPerth – 4 March 2026\n\n"
                 "Thank you for having me.\n", [], id="bold-event-line-over-a-date"),
    # unseen White House fact sheets and round-ups: a bold lead wrapped onto a line of its own, its
    # paragraph right under it with no blank line (markdown joins them: a paragraph's lead, no heading)
    pytest.param("Grid fact sheet\n\nThe Order acts today.\n\n**SECURING POWER FOR MILITARY BASES AND DATA CENTERS:**\n"
                 "The President recognizes the need to power critical\nfacilities.\n", [],
                 id="bold-lead-wrapped-above-its-paragraph"),
    pytest.param("Praise for the order\n\nLeaders welcomed it.\n\n**Dana Ruiz, Director, Coastal Trust**\n"
                 "“We welcome the order,” she said.\n", [], id="bold-speaker-lead-over-a-quote"),
    pytest.param("Budget fact sheet\n\nThe Government will spend more.\n\n**Regional funding:**  \n"
                 "The plan gives $4 million to the regions.\n", ["**Regional funding:**"],
                 id="bold-line-with-a-hard-break-stays-a-heading"),
    # round 8 of unseen White House pages (nomination lists, fact sheets, office announcements): the hard wrap
    # cut a bold heading in two; the block, standing alone, is one heading
    pytest.param("Nominations Sent\n\nThe President announced nominees today.\n\n"
                 "**<u>Jane Roe, Nominee for Assistant Secretary for Policy,\nDepartment of Energy</u>**\n\n"
                 "Jane Roe is a lawyer.\n",
                 ["**<u>Jane Roe, Nominee for Assistant Secretary for Policy,\nDepartment of Energy</u>**"],
                 id="bold-heading-cut-by-the-wrap"),
    pytest.param("Health fact sheet\n\nThe plan lowers costs.\n\n**Some members have proposed making medicines\n"
                 "more expensive:  \n**\n\n- a cap on savings\n- a cut to funds\n",
                 # the closing marks alone on their line are markup, no part of the heading (as the gold's
                 # '**Preamble' of xf-whitehouse-20220325)
                 ["**Some members have proposed making medicines\nmore expensive:"],
                 id="bold-colon-line-cut-closing-marks-alone"),
    pytest.param("Office staff\n\nThe office named its team.\n\n**Ana Ruiz – Associate Director for Health,\n"
                 "Science, and Water**\n\nAna Ruiz ran a clinic.\n",
                 ["**Ana Ruiz – Associate Director for Health,\nScience, and Water**"], id="bold-name-and-role-cut"),
    pytest.param("Waste report\n\nHere are examples.\n\n- a grant\n\n**The list goes on and on, and it has gone on\n"
                 "for years.**\n", [], id="bold-sentence-cut-by-the-wrap-heads-nothing"),
    pytest.param("Pause guidance\n\nThe office issued guidance.\n\n**Q: Does the pause apply to student loans and\n"
                 "other benefits?**\n\nA: No.\n", [], id="bold-question-cut-by-the-wrap-heads-nothing"),
    pytest.param("Grid fact sheet\n\nThe Order acts today.\n\n**SECURING POWER FOR MILITARY BASES AND\n"
                 "DATA CENTERS:**\nThe President recognizes the need.\n", [],
                 id="bold-lead-cut-by-the-wrap-above-its-paragraph"),
    pytest.param("Crypto report\n\nThe report sets a roadmap.\n\n**Read the full report [here](https://example.gov/r)**\n\n»\n",
                 [], id="bold-link-line-over-a-lone-mark"),
    # a name set in bold under a group heading marked otherwise (bold italic here; '**<u>…</u>**' in the
    # White House nomination lists): a sub-heading, not a table's second header cell
    pytest.param("Judicial nominees\n\nThe President named nominees.\n\n***CIRCUIT COURT***\n\n**JANE ROE**\n\n"
                 "Jane Roe is a judge.\n", ["***CIRCUIT COURT***", "**JANE ROE**"],
                 id="bold-name-under-an-underlined-heading"),
    pytest.param("Grants\n\nThe fund made grants.\n\n**Applicant**\n\n**Project**\n\n**Amount**\n\nAcme Ltd\n\n"
                 "Solar farm\n\n$4m\n", ["**Applicant**"], id="bold-header-cells-marked-alike"),
    # round 9 of unseen New Zealand releases (FAQ blocks under the notes): a long bold question heads its
    # answer; only an interview's questions or a tagged Q and A pair's are no headings
    pytest.param("Fund launched\n\nThe fund opens today.\n\n**What will the new lending fund pay for?**\n\n"
                 "It will lend to firms.\n\n**Why is the fund being set up as a separate company?**\n\n"
                 "So that it can borrow.\n",
                 ["**What will the new lending fund pay for?**",
                  "**Why is the fund being set up as a separate company?**"],
                 id="bold-faq-questions-head-their-answers"),
    pytest.param("Survivors' redress\n\nThe minister named the members.\n\n**ENDS**\n\n**Notes to editors:**\n\n"
                 "The groups report in October.\n", ["**Notes to editors:**"],
                 id="bold-notes-heading-under-a-bold-ends"),
    # r14-6 unseen NZ releases (Q&A and FAQ blocks, 2017-2021) and an AU PM list of prize categories: a heading
    # over one sub-heading marked alike heads its first part; a run of three is a table's header cells
    pytest.param("Stock tracing\n\nThe minister wants more checks.\n\n**Questions and answers**\n\n"
                 "**What must owners do to comply?**\n\n- Tag every animal\n- Record each move\n\n"
                 "**What can the ministry do?**\n\nIt can issue notices.\n",
                 ["**Questions and answers**", "**What must owners do to comply?**", "**What can the ministry do?**"],
                 id="bold-qa-heading-over-its-first-question"),
    pytest.param("Visa changes\n\nVisitors may stay longer.\n\n**Frequently Asked Questions:**\n\n"
                 "**What does a permit cost?**\n\nIt costs $200.\n",
                 ["**Frequently Asked Questions:**", "**What does a permit cost?**"],
                 id="bold-faq-colon-heading-over-its-first-question"),
    pytest.param("Envoy interview\n\nThe envoy spoke to us; the interview has been edited.\n\n"
                 "**Why should exporters care about the new corridor?**\n\nBecause it is faster.\n", [],
                 id="bold-question-in-an-interview-heads-nothing"),
    # New Zealand releases head a list or the appointees' biographies with a line in italics ending in a colon;
    # White House fact sheets put the colon after a bold, underlined heading's marks
    pytest.param("Board named\n\nThe minister named the board today.\n\n*Board member biographies:*\n\n"
                 "**Jane Roe** (Nelson) is a consultant.\n", ["*Board member biographies:*"],
                 id="italic-line-ending-in-a-colon"),
    pytest.param("Finance\n\nThe partners announced new steps.\n\n**<u>Actions to Promote Food Security</u>**:\n\n"
                 "- A fund for farmers.\n", ["**<u>Actions to Promote Food Security</u>**:"],
                 id="bold-underlined-heading-with-a-colon-after-its-marks"),
]


@pytest.mark.parametrize("text, expected", MARKED_HEADINGS)
def test_marked_headings(blank, text, expected):
    layout, _ = _layout(blank, text)
    assert [t for t, _ in layout["sections"]] == expected


NOT_HEADINGS = [
    pytest.param("Plan Agreed\n\nThe council agreed the plan.\n\nENDS\n\nMedia contact: Ana Moss 021 555 0134\n\n"
                 "press@council.example.org\n", id="ends-and-contact-block"),
    pytest.param("Talks in Geneva\n\nThe leaders met.\n\nEUR/24/1187\n\nEuropean Union - Statement\n\n"
                 "We condemn the attack.\n", id="reference-number-and-document-label"),
    pytest.param("Rates Held\n\nThe Board held rates.\n\nOperating Note issued April 2, 2026\n\n"
                 "The desk will buy bonds.\n", id="note-ending-in-a-full-date"),
    pytest.param("Keynote on Resilience\n\nThe text of the speech follows.\n\nAddress to the Mining Forum\n"
                 "Perth – 4 March 2026\n\nThank you for having me.\n", id="event-line-over-a-date"),
    pytest.param("PRIME MINISTER\n\nTHE HON. JANE DOE MP\n\nTRANSCRIPT\n\nTown Hall, Ballarat\n\n"
                 "PRIME MINISTER: It is good to be here.\n\nAnything else before I go?\n\n"
                 "JOURNALIST: Will you call an election?\n\nPRIME MINISTER: Not today.\n",
                 id="transcript-head-place-and-question-before-a-tag"),
    # unseen White House articles: a link's text wrapped into the next line (its target masked)
    pytest.param("Steel Gains\n\nThe plant reopened.\n\n**  Read the full op-ed\nhere.       **\n",
                 id="short-line-carried-on-in-lower-case"),
    # round 8: a short line whose bracket the next line closes starts a sentence (links: test_markup_pipeline)
    pytest.param("Senate backs motion\n\nThe Senate voted.\n\nThe motion passed by the Senate on Tuesday (Nov\n"
                 "12) calls for an inquiry.\n\nThe inquiry will report in May.\n", id="line-cut-inside-a-bracket"),
    # a fourth round of unseen releases (NZ, Wikinews photo captions, Australian contact blocks)
    pytest.param("Grants Awarded\n\nThe following firms won grants:\n\nHarbour Robotics Ltd\n\nKea Optics Ltd\n\n"
                 "Southern Seeds Ltd (trading as Seedco)\n\nTasman Dairy Ltd\n\nmiroTech Ltd\n",
                 id="list-of-names-unmarked"),
    pytest.param("Fans Gather\n\nThousands came to the fair.\n\nCosplay contest winners\n\nA tea ceremony at noon\n\n"
                 "Dancers in the car park despite the rain\n\nA group performs a routine.\n",
                 id="run-of-photo-captions"),
]


# round 13: a podium speaker cut off at a dash before the next tag (White House gaggles)
TRANSCRIPT_CUT_OFF = (
    " \nAboard Air Force One\nEn Route Denver, Colorado\n\n10:02 A.M. EDT\n\n"
    "MS. LANE: Good morning. The President will speak on the economy at noon\n"
    "and will meet workers at the plant afterwards.\n\n"
    "If you have a quick one before we land —\n\n"
    "Q Just one on the budget —\n\n"
    "MS. LANE: — go ahead. We will take a few.\n\n"
    "Q Will he sign the bill?\n\nMS. LANE: He will.\n"
)


def test_a_line_cut_off_at_a_dash_heads_nothing_and_stays_in_its_turn(blank):
    layout, doc = _layout(blank, TRANSCRIPT_CUT_OFF)
    assert layout["sections"] == []
    cut = TRANSCRIPT_CUT_OFF.index("If you have")
    first_turn = doc.spans["turns"][0]
    assert first_turn.start_char < cut < first_turn.end_char


# round 13: a fact sheet whose first wrapped line is short and unpunctuated: the paragraph it opens is the body,
# so the bold heads after it are headings, not straplines under a title (White House fact sheets)
WRAPPED_OPENING = (
    " \nTo build on the progress made under the Governor’s\n"
    "leadership, the state needs a modern and effective public service.\n"
    "A high-performing service plays a critical role in ensuring people can\n"
    "reach the help they need across the state. **The Budget:**\n\n"
    "***Modernizes Service Delivery***\n\n"
    "**Moves Permits Online.** The Budget funds an online permit service.\n\n"
    "***Invests In Staff***\n\n"
    "**Trains Caseworkers.** The Budget funds training for caseworkers.\n"
)


def test_bold_heads_after_a_wrapped_opening_paragraph(blank):
    layout, _ = _layout(blank, WRAPPED_OPENING)
    assert [t for t, _ in layout["sections"]] == ["***Modernizes Service Delivery***", "***Invests In Staff***"]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_lines_that_are_no_heading(blank, text):
    layout, _ = _layout(blank, text)
    assert layout["sections"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("March 3, 2026\n\nFor release at 9:00 a.m. EST\n\nJoint Statement by Finance Ministers\n\n"
                     "The ministers met today and agreed to act together.\n",
                     ["Joint Statement by Finance Ministers"], id="title-case-line-under-the-date"),
        pytest.param("March 3, 2026\n\nFor release at 9:00 a.m. EST\n\n"
                     "The ministers met today and agreed to act together.\n", [], id="release-time-line-is-none"),
        pytest.param("Wednesday, July 10, 2026\n\nLeaders met in Accra on Sunday.\n", [], id="wire-date-then-body"),
    ],
)
def test_heading_of_a_release_that_opens_with_its_date(blank, text, expected):
    layout, _ = _layout(blank, text)
    assert [t for t, _ in layout["sections"]] == expected


def test_heading_right_before_a_speaker_tag(blank):
    text = ("Ministers meet\n\nThe two ministers met in the capital on Monday and spoke to reporters "
            "afterwards at length.\n\n"
            "From the press conference\n\nQ: Will you sign the deal?\n\nMINISTER DOE: Yes, soon.\n\n"
            "Q: When?\n\nMINISTER DOE: Next week.\n")
    layout, _ = _layout(blank, text)
    assert [t for t, _ in layout["sections"]] == ["From the press conference"]


TITLES = [
    pytest.param("## Summary\n\nThe package will help families.\n\n## Details\n\nMore text.\n", [],
                 ["## Summary", "## Details"], id="hash-heading-first-dropped-headline"),
    pytest.param("***Overview***\n\n- Rates fall.\n\nThe plan starts in July.\n", [], ["***Overview***"],
                 id="bold-first-line"),
    pytest.param("Media Release\n-------------\n\nNumber\n\nDate\n\nThe Board held rates today.\n", [], [],
                 id="document-label-then-empty-fields"),
    pytest.param("The minister opened the bridge and said “It will serve the valley for a century.”\n\nMore text.\n",
                 [], [], id="first-line-is-a-sentence-ending-in-a-quote"),
    pytest.param("The Housing Package will:\n\n- build homes\n- cut rents\n", [], [],
                 id="first-line-leads-into-a-list"),
    # NZ releases that open with their summary bullets, the headline dropped (real dev, unseen odd-year text)
    pytest.param("- Exports to Asia rose by a fifth in the June 2023 quarter\n- Dairy led the rise\n\n"
                 "New figures show a strong year for exporters.\n", [], [], id="first-summary-bullet-is-no-title"),
    pytest.param("Speech Resilience in the Payments System\n===\n\nThank you for having me.\n",
                 ["Resilience in the Payments System"], [], id="document-label-joined-to-the-title"),
    pytest.param("Statement on Monetary Policy – May 2026\n\nThe Board met.\n",
                 ["Statement on Monetary Policy – May 2026"], [], id="label-word-that-is-the-title's-own"),
    pytest.param("Media Release Funding Boost for Rural Clinics\n\nThe Government will spend more.\n",
                 ["Funding Boost for Rural Clinics"], [], id="two-word-label-joined-to-the-title"),
    pytest.param("Transcript of press conference, Darwin  MON 3 MARCH 2025\n\nPrime Minister\n\n"
                 "JOURNALIST: Will you go?\n\nPM: Yes.\n", ["Transcript of press conference, Darwin"], [],
                 id="date-joined-on-with-spaces"),
    pytest.param("Statement of the President of the Council Jane Roe, the Chancellor of Ruritania John Poe and the "
                 "Prime Minister of Freedonia Ann Low on the Summit in Geneva\n\nGeneva, 3 May 2026\n\n"
                 "We met today.\n",
                 ["Statement of the President of the Council Jane Roe, the Chancellor of Ruritania John Poe and "
                  "the Prime Minister of Freedonia Ann Low on the Summit in Geneva"], [],
                 id="long-title-case-title"),
    pytest.param("Aboard the Presidential Aircraft\nEn Route Denver, Colorado\n\n10:05 A.M. MDT\n\n"
                 "MS. ROE: Hello, everyone.\n\nQ Thanks.\n\nMS. ROE: Sure.\n", [], [], id="transcript-place-line"),
    pytest.param("Press Gaggle by Press Secretary Ann Roe\n\nAboard the Presidential Aircraft\n\n10:05 A.M. MDT\n\n"
                 "MS. ROE: Hello, everyone.\n\nQ Thanks.\n\nMS. ROE: Sure.\n",
                 ["Press Gaggle by Press Secretary Ann Roe"], [], id="transcript-title-names-the-event"),
    # round 8: Australian joint releases open with the label 'Joint Media Release' over the ministers' mastheads
    pytest.param("Joint Media Release\n\nThe Hon Jane Roe  Minister for Home Affairs\n\n"
                 "Senator Ann Lee  Minister for Immigration\n\n26 May 2011\n\nEXTRADITION OF ALLEGED SMUGGLER\n\n"
                 "An alleged smuggler was extradited today from Thailand, the ministers said.\n",
                 ["EXTRADITION OF ALLEGED SMUGGLER"], [], id="joint-media-release-label"),
    # r14-6 unseen trove press releases (2011-2013, four ministers' offices): the issuer's office lines stand
    # first, with no label over them, and the headline comes under them
    pytest.param("\n PRIME MINISTER \n\n MINISTER FOR TRADE AND  TOURISM \n\n FUNDS FOR REGIONAL AIRPORTS   \n\n"
                 " The Government today announced funds for twelve regional airports across the country.\n",
                 ["FUNDS FOR REGIONAL AIRPORTS"], [], id="caps-office-lines-first"),
    pytest.param("\n Shadow Minister for Transport Jane Roe \n\n Another delay on the rail link \n\n"
                 " Wednesday 12th June 2013 \n\n The rail link is late again, the Shadow Minister said today.\n",
                 ["Another delay on the rail link"], [], id="office-and-name-line-first"),
    pytest.param("Federal Member for Ryde\n\nShadow Minister for Health Media Releases\n\nLABOR CUTS CLINICS\n\n"
                 "The Budget cuts three clinics in the electorate, the member said.\n",
                 ["LABOR CUTS CLINICS"], [], id="member-and-office-lines-first"),
    pytest.param("Minister for Trade Jo Bell will travel to Chile next week to open talks on a new agreement.\n\n"
                 "The talks start on Monday.\n", [], [], id="office-opening-a-sentence-is-body"),
    pytest.param("Prime Minister of Ruritania to Visit\n\nThe Prime Minister of Ruritania will visit next week, "
                 "the Government said today.\n", ["Prime Minister of Ruritania to Visit"], [],
                 id="headline-naming-an-office-over-the-body"),
    # r28-5 unseen scanned releases (PM&C 1977-1995, ParlInfo via Trove 1993, 2001): OCR noise, release numbers and
    # labels over a capitals headline; the headline is the capitals line right over the body
    pytest.param("\n FA\n\n M12 9 June 1993\n\n EMERGENCY RELIEF FOR THE VALLEY\n\n"
                 " Australia will provide further relief for the valley, the Minister said today.\n",
                 ["EMERGENCY RELIEF FOR THE VALLEY"], [], id="scan-noise-and-number-over-headline"),
    pytest.param("JANE ROE M.P. Shadow Minister for Health\n\nMEDIA RELEASE\n\nCLINIC CLOSURES MEAN LONGER WAITS.\n\n"
                 "Every week brings a new report of closures in the regions.\n",
                 ["CLINIC CLOSURES MEAN LONGER WAITS."], [], id="scan-masthead-and-label-over-headline"),
    pytest.param("PRIME MINISTER\nFOR MEDIA WEDNESDAY, 4 FEBRUARY, 1981\nWORLD FAIR PROPOSAL\n"
                 "The Prime Minister and the Premier today announced a joint study.\n",
                 ["WORLD FAIR PROPOSAL"], [], id="scan-office-and-media-line-over-headline"),
    pytest.param("PRIME MINISTER\nSTATEMENT BY THE PRIME MINISTER, THE HON J ROE MP\nLAND FUND FOR THE NORTH AND THE\n"
                 "WEST\nThe Budget delivered this week meets our commitment to the regions.\n",
                 ["LAND FUND FOR THE NORTH AND THE\nWEST"], [], id="scan-headline-wrapped-over-two-lines-is-one"),
]


@pytest.mark.parametrize("text, title, sections", TITLES)
def test_titles_of_real_releases(blank, text, title, sections):
    layout, _ = _layout(blank, text)
    assert [t for t, _ in layout["title"]] == title
    assert [t for t, _ in layout["sections"]] == sections


ONE_SENTENCE_LINES = [
    pytest.param("Timaru Harness Racing Club Inc", True, id="table-cell"),
    pytest.param("Destination Coromandel Trust  $700,000", True, id="row-of-cells"),
    pytest.param("Funding for the regions: a new round", False, id="colon-inside"),
    pytest.param("Rates held. Growth slowed", False, id="two-sentences"),
    pytest.param(" ".join(["word"] * 13), False, id="longer-than-a-heading"),
]


@pytest.mark.parametrize("text, expected", ONE_SENTENCE_LINES)
def test_one_sentence_line(text, expected):
    from briefx.components.sentence_starts import one_sentence_line
    from briefx.normalize.lines import Line

    assert one_sentence_line(Line(0, len(text), text), 12) is expected


def test_no_sentence_starts_inside_a_table_cell(blank):
    """Grant tables in NZ releases: one name per cell, which the parser would cut at its place word
    ('Timaru | Harness Racing Club Inc') and so cut the name in two."""
    text = "Grants approved today.\n\n**11**\n\nTimaru Harness Racing Club Inc\n\nPaving upgrade\n\n$19,806.34\n"
    doc = blank("briefx_sections")(text)
    cell = doc.char_span(text.index("Timaru"), text.index(" Inc") + 4)
    assert cell[0].is_sent_start and all(t.is_sent_start is False for t in cell[1:])
    assert doc[0].is_sent_start and doc.char_span(text.index("Paving"), text.index("Paving") + 6)[0].is_sent_start


GRANT_TABLE = (
    "Minister announces grants\n\nTwenty clubs will share the fund, the Minister said today.\n\n"
    "**Grants by club**\n\n**No.**\n\n**Club**\n\n**Approved**\n\n**1**\n\nWaimea Rowing Club Inc\n\n$19,800\n\n"
    "**2**\n\nKaiapoi Sailing Club\n\n$7,500\n\n**Eligibility**\n\nClubs must be incorporated societies.\n"
)


def test_a_flattened_table_gives_no_headings(blank):
    """NZ grant tables flattened to one cell a line: header cells in bold over each other, a row number
    in bold, a name over its lone amount are no section headings; the table's caption and a bold line
    over text still are (as the real gold has them)."""
    layout, _ = _layout(blank, GRANT_TABLE)
    assert [t for t, _ in layout["sections"]] == ["**Grants by club**", "**Eligibility**"]


def test_a_caption_over_header_cells_stays_a_heading(blank):
    text = GRANT_TABLE.replace("**No.**\n\n", "")  # the first header cell a heading-like word
    layout, _ = _layout(blank, text)
    assert [t for t, _ in layout["sections"]] == ["**Grants by club**", "**Eligibility**"]


# r14-6 unseen AU PM media releases (pm-transcripts HTML, 2013-2017): one paragraph a line, no blank line between,
# a topic head a paragraph set whole in bold; a list may close on the head's line
HTML_RELEASE = (
    "<p>The Prime Ministers met in Auckland today and agreed to deepen ties.</p>\n"
    "<p>They marked a century since the first official visit between the two countries.</p>\n"
    "<p><strong>Security and Defence</strong></p>\n"
    "<p>The leaders reaffirmed their commitment to working together on security.</p>\n"
    "<p>The two shortlists are:</p>\n"
    "<ul><li>Local projects</li>\n<li>Regional projects</li>\n"
    "</ul><p><strong>Trade and Investment</strong></p>\n"
    "<p>They welcomed the growth of two-way trade.</p>\n"
    "<p><strong>Media contacts:</strong></p>\n"
    "<p><strong>Press Office:</strong> (02) 5555 0101</p>\n"
)
HTML_DOORSTOP = (
    "<p><strong>Doorstop, Hobart</strong></p>\n<p>PRIME MINISTER: Good morning. We are here to open the bridge.</p>\n"
    "<p>JOURNALIST: Will it open on time?</p>\n<p><strong>Budget measures</strong></p>\n"
    "<p>PRIME MINISTER: It will.</p>\n"
)


def _masked_layout(blank, given):
    from briefx.components.attributes import set_given_text
    from briefx.normalize.markup import MarkupPatterns, mask_markup
    from briefx.resources import load_json

    nlp = blank("briefx_sections")
    doc = nlp.make_doc(mask_markup(given, MarkupPatterns.from_lexicon(load_json("lexicons", "markup.json"))))
    set_given_text(doc, given)
    return nlp.get_pipe("briefx_sections")(doc)


def test_bold_paragraphs_of_an_html_release_are_headings(blank):
    doc = _masked_layout(blank, HTML_RELEASE)
    assert [s.text for s in doc.spans["sections"]] == ["Security and Defence", "Trade and Investment"]


def test_a_bold_paragraph_in_an_html_transcript_cuts_no_turn(blank):
    doc = _masked_layout(blank, HTML_DOORSTOP)
    assert [s.text for s in doc.spans["sections"]] == []
    assert len(doc.spans["turns"]) == 3


# PM&C joint remarks (2015-2017): each bold tag a paragraph of its own over the speaker's paragraphs, two or three
# tags, no questioner; the tags are turns, no headings
HTML_JOINT_REMARKS = (
    "<p><strong>PROFESSOR BYRNE:</strong></p>\n<p>Welcome, Prime Minister, to our campus in London.</p>\n"
    "<p>Perhaps I can invite you to say a few words.</p>\n<p><strong>PRIME MINISTER: </strong></p>\n"
    "<p>Thank you very much for inviting me here today.</p>\n<p>Innovation is the key to productivity.</p>\n"
    "<p><strong>[ENDS]</strong></p>\n"
)


def test_bold_tags_of_joint_remarks_are_turns_not_headings(blank):
    doc = _masked_layout(blank, HTML_JOINT_REMARKS)
    assert [s.text for s in doc.spans["sections"]] == []
    assert len(doc.spans["turns"]) == 2


# an Australian PM's release with plain paragraph headings, and a scanned one's heading over its paragraph
HTML_PLAIN = (
    "<p>Families will benefit from a package of measures that start tomorrow.</p>\n"
    "<p>Personal Income Tax Cuts</p>\n"
    "<p>Starting tomorrow families will benefit from tax cuts worth $46.7 billion.</p>\n"
    "<p>Ms Jane Roe AM</p>\n"
    "<p>Ms Roe chairs the Institute and has served on many boards.</p>\n"
    "<p>The State has acknowledged that the scheme cost jobs.</p>\n"
    "<p>Electricity Subsidy<br />\nThe Commonwealth will meet half the cost of power for the smelter.</p>\n"
    "<p>Together with her husband Bill, Jane Roe launched Acme Holdings<br />\n"
    "in 1962 and built it into a large company.</p>\n"
    "<p>  TERMS OF REFERENCE</p>\n<p>  BACKGROUND</p>\n<p>The group will report by June.</p>\n"
)


def test_plain_paragraphs_of_an_html_release_in_title_case_are_headings(blank):
    """A short plain paragraph in title case or capitals, after a sentence and over body text: a heading. A
    person's name over a biography and a line a wrapped sentence goes on from are none; two stacked short lines
    over a sentence both head (the real gold's 'TERMS OF REFERENCE' under a task group's name)."""
    doc = _masked_layout(blank, HTML_PLAIN)
    assert [s.text for s in doc.spans["sections"]] == [
        "Personal Income Tax Cuts", "Electricity Subsidy", "TERMS OF REFERENCE", "BACKGROUND",
    ]


# two plain paragraphs stacked between sentences, seen on unseen Australian PM releases of 2009 to 2013 (an
# attachment's label over its heading, a capitals heading over a title-case one); three stacked are a table
STACKED_PLAIN = [
    pytest.param(
        "<p>The scheme starts next year.</p>\n<p>Attachment A</p>\n<p>Industry Assistance Program</p>\n"
        "<p>The law will state the aims of the program.</p>\n",
        ["Attachment A", "Industry Assistance Program"], id="attachment-over-heading",
    ),
    pytest.param(
        "<p>Every dollar will be spent well.</p>\n<p>OVERSIGHT MEASURES</p>\n<p>Rebuilding Inspectorate</p>\n"
        "<p>A former minister will chair the Inspectorate.</p>\n",
        ["OVERSIGHT MEASURES", "Rebuilding Inspectorate"], id="capitals-over-title-case",
    ),
    pytest.param(
        "<p>Details are on the website.</p>\n<p>Attachment A</p>\n<p>Successful Round Two Schools</p>\n"
        "<p>SCHOOL TYPE</p>\n<p>Government</p>\n<p>Eleven schools were funded.</p>\n",
        [], id="table-column-heads-nothing",
    ),
    pytest.param(
        "<p>Details are on the website.</p>\n<p>Attachment A</p>\n<p>Successful Schools</p>\n<p>16</p>\n",
        [], id="over-a-figure",
    ),
]


@pytest.mark.parametrize("given, expected", STACKED_PLAIN)
def test_stacked_plain_paragraphs_of_an_html_release(blank, given, expected):
    doc = _masked_layout(blank, given)
    assert [s.text for s in doc.spans["sections"]] == expected


# a scanned PM&C release as the collection gives it: one paragraph, its lines broken by '<br />', a release number
# over the office and statement lines, then the headline; the lines of the header are no wrapped paragraph
HTML_SCAN = (
    "<p>\nPRIME MINISTER 31/ 95<br />\nSTATEMENT BY THE PRIME MINISTER, THE HON J ROE MP<br />\n"
    "FOREST AGREEMENT SIGNED<br />\nI welcome the signing by the State of the forest agreement. The signing<br />\n"
    "means that the agreement is now truly national.</p>\n"
)


def test_headline_of_a_scanned_html_release(blank):
    doc = _masked_layout(blank, HTML_SCAN)
    assert [s.text for s in doc.spans["title"]] == ["FOREST AGREEMENT SIGNED"]


def test_no_figure_in_a_fax_header(extractor):
    """The fax header's date, time, job and page numbers and the release number are no COUNT or DATE."""
    record = extractor.extract(FAXED, published="1992-11-16")
    assert [(f.text, f.label) for f in record.figures] == [("1000", "COUNT")]
    assert [d.text for d in record.dates] == ["today"]
