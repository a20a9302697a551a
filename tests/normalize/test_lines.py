"""Line shapes for the layout reader (briefx.normalize.lines)."""

from __future__ import annotations

import pytest

from briefx.normalize.lines import (
    Markup,
    asks_you,
    ends_clause,
    has_word,
    heading_markup,
    is_contact_line,
    is_underline,
    line_of_markup_before,
    phone_or_email_spans,
)

MARKUP = [
    pytest.param("## Summary", Markup(2, "Summary"), id="hash-level-2"),
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
    [("STATEMENT/15/6088", False), ("2025-26", False), ("In Brief", True), ("Q3 results", True)],
    ids=["reference-number", "year-range", "words", "word-after-a-code"],
)
def test_has_word(line, expected):
    assert has_word(line) == expected


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
