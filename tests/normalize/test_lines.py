"""Line shapes for the layout reader (briefx.normalize.lines)."""

from __future__ import annotations

import re

import pytest

from briefx.normalize.lines import (
    Markup,
    asks_you,
    continues,
    ends_clause,
    has_word,
    heading_markup,
    html_heading_markup,
    in_capitals,
    is_contact_line,
    is_label_line,
    is_masthead,
    is_underline,
    leaves_open,
    line_of_markup_before,
    mark_style,
    opens_paragraph,
    phone_or_email_spans,
    run_on_starts,
    runs_into_next,
    split_lines,
    wrap_width,
    wrapped_bold,
    wraps_a_sentence,
)
from briefx.resources import load_json

MARKUP = [
    pytest.param("## Summary", Markup(2, "Summary"), id="hash-level-2"),
    pytest.param("**     Areas of Cooperation     **", Markup(0, "Areas of Cooperation"), id="bold-masked-tags-inside"),
    pytest.param("### Exports are expected to rise next year.", Markup(3, "Exports are expected to rise next year."),
                 id="hash-sentence"),
    pytest.param("# Title ##", Markup(1, "Title"), id="hash-closed"),
    pytest.param("***What changes?***", Markup(0, "What changes?"), id="bold-italic"),
    pytest.param("**2. $3.1 million for the harbour upgrade in Westport**",
                 Markup(0, "2. $3.1 million for the harbour upgrade in Westport"), id="bold-numbered"),
    pytest.param("__Key dates__", Markup(0, "Key dates"), id="underscores"),
    pytest.param("**Support measures may include:**", Markup(0, "Support measures may include:"), id="bold-colon"),
    pytest.param("**Release date:** 3 March 2026", None, id="bold-label-then-text"),
    pytest.param("**Jane Roe**[\\*](#fn0)", None, id="bold-name-with-footnote"),
    pytest.param("*Hobart, Tasmania*", None, id="italic-place-is-no-markup"),
    pytest.param("#hashtag", None, id="hashtag"),
    pytest.param("**One** and **two**", None, id="two-bold-runs"),
    pytest.param("**the new funding round.**", None, id="bold-run-in-lower-case-goes-on-a-sentence"),
    pytest.param("**calling**", None, id="bold-link-text-in-lower-case"),
]


@pytest.mark.parametrize("line, expected", MARKUP)
def test_heading_markup(line, expected):
    assert heading_markup(line) == expected


RUN_IN = [
    pytest.param("**EXPANDING RURAL CLINICS:**\nThe Order directs the Secretary to act.\n", True,
                 id="soft-wrap-into-text"),
    pytest.param("**Dana Ruiz, Director, Coastal Trust:**\n“We welcome the order,” she said.\n", True,
                 id="name-lead-into-a-quote"),
    pytest.param("**Funding for schools:**  \nThe plan gives $4 million.\n", False, id="hard-break-two-spaces"),
    pytest.param("**Funding for schools:**\\\nThe plan gives $4 million.\n", False, id="hard-break-backslash"),
    pytest.param("**Key facts**\n\nThe plan gives $4 million.\n", False, id="blank-line-between"),
    pytest.param("**Measures include:**\n- tax relief\n", False, id="list-under-it"),
    pytest.param("**District**\n**Funding**\n", False, id="marked-line-under-it"),
]


MASTHEADS = [
    pytest.param("The Hon Jane Doe MP  Minister for Trade", True, id="honorific-and-post-nominal-then-office"),
    pytest.param("SENATOR JOHN ROE     Shadow Minister for Health", True, id="senator-in-capitals"),
    pytest.param("Hon. Ann Lee MLA", True, id="name-alone"),
    pytest.param("Mary Smith MP  Member for Northside", True, id="post-nominal-only"),
    pytest.param("Senator Roe welcomes new funding for clinics", False, id="headline-naming-a-senator"),
    pytest.param("Honey exports reach a record", False, id="word-starting-hon"),
    pytest.param("New Funding for Clinics", False, id="plain-headline"),
]


@pytest.mark.parametrize("line, expected", MASTHEADS)
def test_is_masthead(line, expected):
    pattern = re.compile(load_json("lexicons", "layout.json")["masthead"])
    assert is_masthead(line, pattern) == expected


OPENS_PARAGRAPH = [
    pytest.param("Yesterday the President signed [an order\n](https://example.gov/a-long-address) that puts fairness\n"
                 "at the heart of every agency and asks each one to report back within the year.\n", True,
                 id="line-cut-short-by-a-link"),
    pytest.param("With a week left before the deadline, the House\nmajority is risking delays for travellers and "
                 "forcing staff\nto work without pay across the country this month.\n", True, id="wrapped-lede"),
    pytest.param("Clinics Open in Northland\n\nThe clinics opened today after two years of building work across "
                 "the region and its towns.\n", False, id="headline-over-a-blank"),
    pytest.param("Clinics Open\n============\n\nThe clinics opened.\n", False, id="setext-title"),
    pytest.param("Clinics Open\nPerth, 4 March 2026\n\nThe clinics opened.\n", False, id="short-block"),
    pytest.param("Funding for clinics\n- $4 million for Northland clinics and their staff over the next four years "
                 "and more\n", False, id="list-under-it"),
]


@pytest.mark.parametrize("text, expected", OPENS_PARAGRAPH)
def test_opens_paragraph(text, expected):
    assert opens_paragraph(split_lines(text), 0) == expected


LABEL_LINES = [
    pytest.param("MEDIA RELEASE", False, True, id="label-alone"),
    pytest.param("Media Release 12 March 2026", False, True, id="label-and-date-on-one-line"),
    pytest.param("Thursday, 12 March 2026", True, True, id="date-line-under-a-label"),
    pytest.param("Thursday, 12 March 2026", False, False, id="date-line-alone-is-no-label"),
    pytest.param("Media release plans for the budget", False, False, id="headline-starting-with-the-words"),
    pytest.param("Parliament House, Canberra  Ph: 02 5550 1234", True, True, id="contact-line-under-a-label"),
    pytest.param("ABC 12/26", True, True, id="release-number-under-a-label"),
    pytest.param("Embargoed until 00:01 12 March 2026", True, True, id="embargo-under-a-label"),
    pytest.param("Clinics left waiting", True, False, id="headline-under-a-label"),
]


@pytest.mark.parametrize("line, labelled, expected", LABEL_LINES)
def test_is_label_line(line, labelled, expected):
    layout = load_json("lexicons", "layout.json")
    label, date = re.compile(layout["document_labels"], re.I), re.compile(layout["date_line"])
    assert is_label_line(line, label, date, re.compile(layout["reference_line"]), labelled=labelled) == expected


@pytest.mark.parametrize("text, expected", RUN_IN)
def test_runs_into_next(text, expected):
    lines = [ln for ln in split_lines(text) if ln is not None]
    assert runs_into_next(text, lines[0], lines[1]) == expected


@pytest.mark.parametrize(
    "line, expected",
    [("-----", True), ("=========", True), ("--", False), ("- item", False), ("|---|---|", False)],
    ids=["dashes", "equals", "too-short", "bullet", "table-rule"],
)
def test_is_underline(line, expected):
    assert is_underline(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ana Moss 021 555 0134", True),
        ("press@treasury.example.org", True),
        ("Visit www.example.govt.nz for details", True),
        ("Funding for 2026/27", False),
        ("Concluding remarks", False),
    ],
    ids=["phone", "email", "web", "year-range", "heading"],
)
def test_is_contact_line(line, expected):
    assert is_contact_line(line) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Ana Moss 021 555 0134", ["021 555 0134"], id="mobile"),
        pytest.param("Head of Media+44 20 7946 0301ana@example.org", ["+44 20 7946 0301", "ana@example.org"],
                     id="international-glued"),
        pytest.param("Ana Moss (+ 32 2 555 01 34)", ["32 2 555 01 34"], id="spaced-groups"),
        pytest.param("Ana Moss (1931-2019) led it", [], id="life-years"),
        pytest.param("between 2024 2025 and", [], id="two-years"),
        pytest.param("$23,100.00 for kennels", [], id="money"),
    ],
)
def test_phone_or_email_spans(text, expected):
    assert [text[s:e] for s, e in phone_or_email_spans(text)] == expected


@pytest.mark.parametrize(
    "line, expected",
    [("Exports rose.", True), ("The Package will:", True), ("He said “We will act.”", True),
     ("Exports Rise Again", False), ("Why?", False)],
    ids=["full-stop", "colon", "stop-inside-quote", "headline", "question"],
)
def test_ends_clause(line, expected):
    assert ends_clause(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [("What will your embassy do next?", True), ("Who can apply?", False), ("Your rights", False)],
    ids=["asks-you", "asks-no-one", "no-question"],
)
def test_asks_you(line, expected):
    assert asks_you(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [("STATEMENT/15/6088", False), ("2025-26", False), ("In Brief", True), ("Q3 results", True), ("Non-fiction", True)],
    ids=["reference-number", "year-range", "words", "word-after-a-code", "hyphenated-word"],
)
def test_has_word(line, expected):
    assert has_word(line) == expected


# lines of the Australian PM's HTML media releases (pm-transcripts, 2013-2017): a paragraph set whole in bold
# stands alone above its text as a bold line does in markdown; a speaker tag in bold before the words does not
HTML_MARKUP = [
    pytest.param("<p><strong>Trade and Export Growth</strong></p>", Markup(0, "Trade and Export Growth"),
                 id="bold-paragraph"),
    pytest.param("</ul><p><strong>Short Stories</strong></p>", Markup(0, "Short Stories"), id="after-a-list-closed"),
    pytest.param("<p><strong><em>A fair deal for growers</em></strong></p>", Markup(0, "A fair deal for growers"),
                 id="bold-italic-paragraph"),
    pytest.param('<p align="center"><strong>Terms of Reference</strong></p>', Markup(0, "Terms of Reference"),
                 id="paragraph-with-attributes"),
    pytest.param("<p><strong>Regional Cooperation </strong></p>", Markup(0, "Regional Cooperation"),
                 id="blank-inside-the-bold"),
    pytest.param("<h2>Advisory Group Members</h2>", Markup(2, "Advisory Group Members"), id="heading-element"),
    pytest.param("<p><strong>JOURNALIST:</strong> Will you go?</p>", None, id="bold-tag-before-the-words"),
    pytest.param("<p>Implementation</p>", None, id="plain-paragraph"),
    pytest.param("<p><strong>Fees</strong> and <strong>charges</strong></p>", None, id="two-bold-runs"),
    pytest.param("<li><strong>Grants</strong></li>", None, id="list-item"),
    pytest.param("<p><strong>and the states</strong></p>", None, id="opens-in-lower-case"),
]


@pytest.mark.parametrize("line, expected", HTML_MARKUP)
def test_html_heading_markup(line, expected):
    assert html_heading_markup(line) == expected


# text as given, the start of a line, whether the line above holds only masked markup
MARKUP_LINES = [
    pytest.param("<tr>\n<td>Ohio</td>", 5, True, id="table-row-tag-above-a-cell"),
    pytest.param("Intro.\n\nOhio", 8, False, id="blank-line-above"),
    pytest.param("Ohio", 0, False, id="first-line"),
    pytest.param(None, 5, False, id="nothing-masked"),
]


@pytest.mark.parametrize("given, start, expected", MARKUP_LINES)
def test_line_of_markup_before(given, start, expected):
    assert line_of_markup_before(given, start) is expected


WRAPPED_BOLD = [
    pytest.param("Intro.\n\n**<u>Jo Roe, Nominee for Director of the\nBudget Office</u>**\n\nJo Roe served.",
                 "**<u>Jo Roe, Nominee for Director of the Budget Office</u>**", id="two-lines"),
    pytest.param("Intro.\n\n**          Continued Support for\nColleges and Universities        **\n\nThe Act.",
                 "**Continued Support for Colleges and Universities**", id="masked-span-inside-the-marks"),
    pytest.param("Intro.\n\n**Members proposed making medicines\nmore expensive:  \n**\n\n- a cap",
                 "**Members proposed making medicines more expensive:**", id="closing-marks-on-their-own-line"),
    pytest.param("Intro.\n\n**Members proposed making medicines\nmore expensive:  \n**  \nLast week they voted.",
                 "**Members proposed making medicines more expensive:**", id="hard-break-after-the-closing-marks"),
    pytest.param("Intro.\n\n**Members proposed making medicines\nmore expensive:**\nThe plan would cut.", None,
                 id="runs-into-its-paragraph"),
    pytest.param("Intro.\n\n**It has been going on\nfor years.**\n\nEnd.", None, id="sentence-in-bold"),
    pytest.param("Intro.\n\n**Key facts**\n\nEnd.", None, id="one-line-is-heading-markups-case"),
    pytest.param("Intro.\n\n**A\nB\nC\nD**\n\nEnd.", None, id="longer-than-three-lines"),
]


@pytest.mark.parametrize("text, expected", WRAPPED_BOLD)
def test_wrapped_bold(text, expected):
    found = wrapped_bold(text, split_lines(text), 2)
    assert (found[0].text if found else None) == expected


@pytest.mark.parametrize(
    "text, heading",
    [
        # a White House converter's shape: the closing marks alone under the heading's line
        pytest.param("Intro.\n\n**Preamble  \n**  \nThe two sides agreed.", "**Preamble", id="closing-marks-alone"),
        pytest.param("Intro.\n\n**Members proposed making medicines\nmore expensive:  \n**\n\n- a cap",
                     "**Members proposed making medicines\nmore expensive:", id="two-lines-then-the-marks"),
        pytest.param("Intro.\n\n**<u>Jo Roe, Nominee for Director of the\nBudget Office</u>**\n\nJo Roe served.",
                     "**<u>Jo Roe, Nominee for Director of the\nBudget Office</u>**", id="marks-close-the-words"),
    ],
)
def test_a_wrapped_bold_heading_ends_with_its_last_line_of_words(text, heading):
    found, _ = wrapped_bold(text, split_lines(text), 2)
    assert text[found.start : found.end].rstrip() == heading


@pytest.mark.parametrize(
    "line, expected",
    [
        pytest.param("**Full Remarks by the Governor, as Prepared", True, id="bold-run-open"),
        pytest.param("Main terms of the [Framework", True, id="link-open"),
        pytest.param("The motion passed on Tuesday (Nov", True, id="bracket-open"),
        pytest.param("**Key facts**", False, id="bold-closed"),
        pytest.param("Funding (in millions)", False, id="bracket-closed"),
        pytest.param("Regional Growth Fund", False, id="plain"),
    ],
)
def test_leaves_open(line, expected):
    assert leaves_open(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        pytest.param("**<u>Circuit Court</u>**", "**<u>", id="underlined-bold"),
        pytest.param('**<span style="color: red">Aims</span>**', '**<spanstyle="color:red">',
                     id="span-bold"),
        pytest.param("**Jane Roe**", "**", id="bold"),
        pytest.param("***Transport***", "***", id="bold-italic"),
        pytest.param("Plain words", "", id="plain"),
        pytest.param("**$ Grant (GST excl.)**", "**", id="a-sign-is-no-mark"),
    ],
)
def test_mark_style(line, expected):
    assert mark_style(line) == expected


_PROSE = ("The Harbour Board opened the new terminal on Monday to ships from every\n"
          "country, as part of its plan to secure the future of the region and of\n"
          "its trade with the rest of the world, and the first ships came in at\n"
          "noon. The Board said more berths would follow next year, once the work\n"
          "on the breakwater is done and the channel has been dredged to depth,\n"
          "so that the largest ships of the line can come in at any tide.\n")
_ADDRESS = "(https://www.harbourtimes.example/content/3fd3a717-2fbf-42ef-bb08-5baecdeb1985#:~:text=Having%20the)"
# unseen White House article (2025): a short link on its own line ('[says](…)'), links inside lines ('[announced](…) a')
_LINKED = ("Coastal Freight, the largest shipping line in the region,\n[says]" + _ADDRESS + "\n"
           "it will invest hundreds of millions of dollars over the next four years\n"
           "on its new terminal in the harbour, part of a building boom along the\n"
           "coast.** In January, the Board\n[announced]" + _ADDRESS + " a\n"
           "new crane for the terminal, while Harbour Tugs\n[announced]" + _ADDRESS + " a\n"
           "new fleet of tugs for the harbour and the river, and the Board\n[said]" + _ADDRESS + " it\n"
           "would dredge the channel to the depth the largest ships of the line need.\n")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(_PROSE, 70, id="hard-wrapped-prose"),
        pytest.param(_PROSE.replace("\n", " ") + "\n" + _PROSE.replace("\n", " "), None, id="one-line-paragraphs"),
        # a wrap never cuts an address: the lines that hold one run past the width the others give
        pytest.param(_LINKED, 71, id="link-addresses-run-past-the-width"),
        # the pipeline reads the text with its markup blanked ('[says](…)' is ' says      …')
        pytest.param(re.sub(r"\]\([^)]*\)", lambda m: " " * len(m.group()), _LINKED).replace("[", " "), 71,
                     id="masked-addresses-run-past-the-width"),
    ],
)
def test_wrap_width(text, expected):
    assert wrap_width(split_lines(text)) == expected


# a hard-wrapped fact sheet (lines cut near 72 characters): a list item after a finished sentence opens a line of
# its own (a sentence start), however long the line above it; a wrapped line carries its sentence on
WRAPPED_ITEMS = (
    "-   In June, the bank approved an initial $400 million in financing for two\n"
    "    wind projects to generate over 300 megawatts of renewable power across\n"
    "    the region, estimated to support 1,200 jobs.  Construction will begin.\n"
    "-   Since December, the **Trade Agency** has funded six feasibility studies\n"
    "    to advance the implementation of over $1 billion in transport and power\n"
    "    projects across the continent and the islands of the Pacific Ocean too\n"
    "    - their ports included - with more to come in the months after that one.\n"
)


@pytest.mark.parametrize("line, run_on", [
    pytest.param(1, True, id="wrapped-line-carries-on"),
    pytest.param(3, False, id="item-after-a-sentence-opens-a-line"),
    pytest.param(6, True, id="wrapped-dash-mid-sentence-carries-on"),
])
def test_a_list_item_after_a_finished_sentence_is_no_run_on(line, run_on):
    lines = split_lines(WRAPPED_ITEMS)
    assert (lines[line].start in run_on_starts(lines)) is run_on


# round 13: the body of a White House fact sheet opens on a short wrapped line ('To build on the progress made under')
@pytest.mark.parametrize("text, expected", [
    pytest.param("To build on the progress made under the Governor’s\nleadership, the state needs a modern service.",
                 True, id="wrapped-block-to-a-sentence-end"),
    pytest.param("To build on the progress made under the Governor’s", False, id="first-line-alone"),
    pytest.param("Minister for Trade\nand Export Growth", False, id="office-lines-of-a-masthead"),
    pytest.param("The Board met today.", True, id="one-short-sentence"),
])
def test_wraps_a_sentence(text, expected):
    assert wraps_a_sentence([ln for ln in split_lines(text) if ln is not None]) is expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("The plan will cut costs for\nfamilies across the region.", True, id="mid-sentence-wrap"),
    pytest.param("The plan will cut costs.\nfamilies will gain.", False, id="after-a-full-stop"),
    pytest.param("Key facts\nThe plan will cut costs.", False, id="capital-after-a-heading"),
])
def test_continues(text, expected):
    first, second = split_lines(text)
    assert continues(first, second) is expected


# r28-5: lines of a scanned release's header (PM&C and ParlInfo scans): a headline in capitals, OCR noise
@pytest.mark.parametrize("text, expected", [
    pytest.param("EMERGENCY RELIEF FOR THE VALLEY", True, id="headline"),
    pytest.param("LAND TASK FORCE.", True, id="headline-with-its-stop"),
    pytest.param("l~ A USTAI", False, id="ocr-noise-with-a-tilde"),
    pytest.param("FA", False, id="two-letters"),
    pytest.param("k, A UST11 L1", False, id="noise-in-lower-case"),
    pytest.param("M87 9 June 1993", False, id="release-number-and-date"),
])
def test_in_capitals(text, expected):
    assert in_capitals(text) is expected
