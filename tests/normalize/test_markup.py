"""Markup left in real text, masked without moving an offset (briefx.normalize.markup)."""

from __future__ import annotations

import re

import pytest

from briefx.normalize.markup import (
    MarkupPatterns,
    furniture_ranges,
    mask_markup,
    skip_closing_tags,
    widen_over_markup,
)
from briefx.resources import load_json

PATTERNS = MarkupPatterns.from_lexicon(load_json("lexicons", "markup.json"))

# (text, what the mask leaves of it: runs of spaces closed up, ends stripped)
KEPT = [
    # a state list of a fact sheet: the link text is article text, the URL furniture
    pytest.param("-   [Vermont](https://example.gov/uploads/2031/01/Vermont-ABC-Fact-Sheet.pdf)", "- Vermont",
                 id="markdown-link-list-item"),
    pytest.param("[Cape\n    Verde](https://example.gov/Cape-Verde.pdf)", "Cape\n Verde", id="link-text-over-a-wrap"),
    pytest.param("sent [a request for $9\nbillion](https://example.gov/a_(b).pdf) to",
                 "sent a request for $9\nbillion to", id="link-with-brackets-in-target"),
    pytest.param('[Audio 4MB](/talks/2031/audio.mp3 "Audio of Dana Reyes\'s talk in Perth")', "Audio 4MB",
                 id="link-title-attribute"),
    pytest.param("![Minister Ola Berg in Timaru](/files/2031-03/berg.jpeg?itok=Ab1)", "", id="image-alt-is-furniture"),
    pytest.param("**Dana Reyes**[\\*](#fn0)", "**Dana Reyes**", id="footnote-star-link"),
    pytest.param("rose 4 per cent.[3](#fn3)", "rose 4 per cent.", id="footnote-number-link"),
    pytest.param("call [0800 555 123](tel:0800555123) now", "call now", id="telephone-link"),
    pytest.param("Details at https://www.example.govt.nz/releases/x-y-2031.", "Details at .", id="bare-url-keeps-stop"),
    pytest.param("(see www.example.org.au/plan)", "(see )", id="bare-www-in-brackets"),
    pytest.param("<p>REPORTER: Will the Treasurer act?</p>", "REPORTER: Will the Treasurer act?",
                 id="paragraph-tags"),
    pytest.param('<a href="https://example.gov/x">Halden Council</a> said', "Halden Council said", id="anchor-tag"),
    pytest.param("up 2<sup>1</sup> points<br/>", "up 2 points", id="footnote-superscript-and-break"),
    pytest.param("<!-- kept\nout -->Hello", "Hello", id="html-comment"),
    pytest.param("New\u00a0Zealand paid $4\u202fbillion", "New Zealand paid $4 billion", id="no-break-spaces"),
    pytest.param("if a <b then 5 < 7 and x>y", "if a <b then 5 < 7 and x>y", id="comparison-is-no-tag"),
    pytest.param("[1] Footnote text and [draft] notes", "[1] Footnote text and [draft] notes", id="brackets-no-link"),
]


@pytest.mark.parametrize("text, kept", KEPT)
def test_mask_markup(text, kept):
    masked = mask_markup(text, PATTERNS)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert re.sub(" +", " ", masked).strip() == kept


def test_link_text_keeps_its_offsets():
    text = "Offices in [Ohio](https://example.gov/Ohio-Fact-Sheet.pdf) and Iowa."
    masked = mask_markup(text, PATTERNS)
    start = text.index("Ohio")
    assert masked[start : start + 4] == "Ohio"
    assert masked.index("Iowa") == text.index("Iowa")
    assert "Fact" not in masked


def test_furniture_ranges_of_a_link():
    text = "[Ohio](https://x.gov/Ohio.pdf)"
    assert furniture_ranges(text, PATTERNS) == [(0, 1), (5, 30)]


def test_plain_text_is_unchanged():
    text = "The Minister said on 3 March that $2.5 million would go to Westport."
    assert mask_markup(text, PATTERNS) is text


# unseen White House and beehive releases: a URL ends before the marks around its link
EDGES = [
    pytest.param("So-called\n    “[estimates](https://www.example.gov/publication/61461)” (by",
                 "So-called\n “ estimates ” (by", id="link-inside-curly-quotes"),
    pytest.param("**From [Channel\nNine](https://x.example/status/1938616):**", "**From Channel\nNine :**",
                 id="link-inside-bold-lead"),
    pytest.param("[![Figure: Turnout, 1962 - 2010](/files/turnout.jpg?itok=Cv1)](/media/532)", "",
                 id="linked-image"),
    pytest.param("<colgroup>\n<col style=\"width: 33%\" />\n</colgroup>", "", id="table-column-tags"),
]


@pytest.mark.parametrize("text, kept", EDGES)
def test_mask_markup_edges(text, kept):
    assert re.sub(" +", " ", mask_markup(text, PATTERNS)).strip() == kept


# (text as given, the span's words, what the widened span reads)
WIDENED = [
    pytest.param("<p>KELLY:</p>\n<p>Why?</p>\n", "Why?", "<p>Why?</p>", id="paragraph-of-its-own"),
    pytest.param("<p>PM: Thank you. </p>\n", "Thank you.", "Thank you. </p>", id="tag-on-the-line-space-before-close"),
    pytest.param("<p><b>PM:</b></p>\n<p>Yes.</p>", "Yes.", "<p>Yes.</p>", id="bold-tag-line-above"),
    pytest.param("Q    Sure.  Two things.\n", "Sure.  Two things.", "Sure.  Two things.", id="no-markup-unchanged"),
]


@pytest.mark.parametrize("text, words, widened", WIDENED)
def test_widen_over_markup(text, words, widened):
    masked = mask_markup(text, PATTERNS)
    start = text.index(words)
    left, right = widen_over_markup(text, masked, start, start + len(words))
    assert text[left:right] == widened


@pytest.mark.parametrize(
    "text, expected",
    [("</ul><p><strong>Poetry</strong></p>", "<p><strong>Poetry</strong></p>"),
     ("</li>\n</ol><p>Process</p>", "<p>Process</p>"),
     ("<p><strong>Banks</strong></p>", "<p><strong>Banks</strong></p>"),
     ("</p>", "</p>")],
    ids=["list-closed-before", "two-closing-tags", "none", "nothing-but-closing-tags"],
)
def test_skip_closing_tags(text, expected):
    assert text[skip_closing_tags(text, 0, len(text)) :] == expected
