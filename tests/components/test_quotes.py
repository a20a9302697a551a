"""briefx_quotes: finding quotations and attributing them."""

from __future__ import annotations

import pytest

from briefx.components.quotes import find_quotes, trim_quote

SCANNER = [
    pytest.param('He said "we will build it now" today.', ["we will build it now"], id="straight"),
    pytest.param("“First part,” she said, “second part.”", ["First part,", "second part."], id="curly-split"),
    pytest.param(
        "“Opens here and runs on\n“Next paragraph ends.”",
        ["Opens here and runs on", "Next paragraph ends."],
        id="multi-paragraph",
    ),
    pytest.param("The company's 5\" pipes", [], id="inch-mark-is-no-quote"),
]


@pytest.mark.parametrize("text, expected", SCANNER)
def test_find_quotes(text, expected):
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    "inner, expected",
    [("Growth is strong, ", "Growth is strong"), ("We are ready.", "We are ready"), (" ok ", "ok")],
)
def test_trim_quote(inner, expected):
    start, end = trim_quote(inner, 0, len(inner))
    assert inner[start:end] == expected


ATTRIBUTION = [
    pytest.param(
        "Minister Sara Lind visited Oslo. “We will open three new lines this year,” the minister said.",
        [("We will open three new lines this year", "Sara Lind")],
        id="role-noun",
    ),
    pytest.param(
        "Paul Okoro spoke on Monday. “The road is finished and open to traffic,” he said.",
        [("The road is finished and open to traffic", "Paul Okoro")],
        id="pronoun",
    ),
    pytest.param(
        "“Prices will stay high for months,” said Lena Park, an economist at Halden Bank.",
        [("Prices will stay high for months", "Lena Park")],
        id="inverted",
    ),
    pytest.param("Critics called it a “very bad idea” at the time.", [], id="scare-quote-without-speaker"),
    pytest.param(
        "“Growth is back,” Tom Reyes said, “and it will last.”",
        [("Growth is back", "Tom Reyes"), ("and it will last", "Tom Reyes")],
        id="split-around-cue",
    ),
    pytest.param(
        "Ana Ruiz tells the story often. “We started with one ship and a loan,” Ana Ruiz recalls.",
        [("We started with one ship and a loan", "Ana Ruiz")],
        id="present-tense-cue-without-a-lemmatizer",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", ATTRIBUTION)
def test_attribution(extractor, text, expected):
    doc = extractor.nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected


def test_quotes_work_without_a_parser(blank):
    """A blank pipeline has no sentences or dependencies: quotes are still found, never a crash."""
    nlp = blank("briefx_sections", "briefx_entities", "briefx_resolve", "briefx_quotes")
    text = "Officials met on Monday.\n“We will open three new lines this year,” the minister said in Oslo.\n"
    doc = nlp(text)
    assert [q.text for q in doc.spans["quotes"]] == ["We will open three new lines this year"]
    assert not any(key.startswith("briefx_quotes") for key in doc.user_data if isinstance(key, str))
