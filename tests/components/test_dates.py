"""briefx_dates on blank pipelines: DATE spans, their values and the article's year."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest


def _run(blank, text, published=None, config=None):
    nlp = blank("briefx_dates", config={"briefx_dates": config or {}})
    doc = nlp.make_doc(text)
    doc._.published = date.fromisoformat(published) if published else None
    return nlp(doc)


def _dates(blank, text, published=None):
    doc = _run(blank, text, published)
    return [(s.text, s._.value) for s in doc.spans["dates"]]


def _case(text, published, expected, *, id, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, published, expected, id=id, marks=marks)


# GOLD.md boundary rules and DATE values.
SPEC_CASES = [
    _case(
        "Exports rose 8% in the first quarter of 2026 from the same period last year.",
        "2026-05-20",
        [
            ("first quarter of 2026", "2026-01/2026-03"),
            ("same period last year", "2025-01/2025-03"),
        ],
        id="determiners-left-out",
    ),
    _case(
        "The survey covered the past year and the coming years.",
        "2026-05-20",
        [("past year", None), ("coming years", None)],
        id="rolling-periods-null",
    ),
    _case(
        "Rail traffic has grown since 2012 and should double by 2030.",
        "2026-05-20",
        [("2012", "2012"), ("2030", "2030")],
        id="since-and-by-outside",
    ),
    _case(
        "Freight moved from late March to early May and again from June to August.",
        "2026-09-01",
        [("late March to early May", "2026-03/2026-05"), ("June to August", "2026-06/2026-08")],
        id="month-ranges-coarsest",
    ),
    _case(
        "The Roadmap for 2026–2029 replaces the 2024/25 plan.",
        "2026-05-20",
        [("2026–2029", "2026/2029"), ("2024/25", "2024/2025")],
        id="years-inside-plan-names",
    ),
    _case(
        "The five-year deal, a 20-year contract, was signed at the 80th anniversary "
        "dinner at 1:19 P.M. after annual and daily talks.",
        "2026-05-20",
        [],
        id="not-dates",
    ),
    _case(
        "Talks lasted three years, and the pact runs for 45 years.",
        "2026-05-20",
        [("three years", None), ("45 years", None)],
        id="durations-null",
    ),
    _case(
        "The envoy arrived this morning and leaves tomorrow afternoon.",
        "2026-05-20",
        [("this morning", "2026-05-20"), ("tomorrow afternoon", "2026-05-21")],
        id="parts-of-day",
    ),
    _case(
        "Heating demand will peak this winter.",
        "2026-05-20",
        [("this winter", None)],
        id="season-null",
    ),
]

# Shapes that briefings and wire copy use.
CORPUS_CASES = [
    _case(
        "LAGOS, Jan. 15 (Wire) — The bank said on Tuesday it would meet on Friday.",
        "2026-01-15",
        [("Jan. 15", "2026-01-15"), ("Tuesday", "2026-01-13"), ("Friday", "2026-01-16")],
        id="dateline-and-weekdays-by-tense",
    ),
    _case(
        "Inflation eased in February, and the board meets again on 23 April.",
        "2026-03-12",
        [("February", "2026-02"), ("23 April", "2026-04-23")],
        id="day-first-date",
    ),
    _case(
        "Imports fell in the year to September and earlier this week.",
        "2025-11-06",
        [("year to September", "2024-10/2025-09"), ("earlier this week", "2025-W45")],
        id="year-to-and-iso-week",
    ),
    _case(
        "Shipments between January and September rose, up from the same period last year.",
        "2025-11-08",
        [
            ("January and September", "2025-01/2025-09"),
            ("same period last year", "2024-01/2024-09"),
        ],
        id="between-and-comparison",
    ),
    _case(
        "Officials may decide in May, with talks on June 3–4.",
        "2026-05-12",
        [("May", "2026-05"), ("June 3–4", "2026-06-03/2026-06-04")],
        id="may-the-month-not-the-verb",
    ),
    _case(
        "Output hit a record in fiscal 2025-26 and will keep rising next year.",
        "2026-02-16",
        [("fiscal 2025-26", "2025/2026"), ("next year", "2027")],
        id="fiscal-year",
    ),
    _case(
        "Buses carried 2025 passengers; capacity is 2030 MW, against 1409 in the counter.",
        "2026-02-16",
        [],
        id="numbers-that-are-not-years",
        xfail="a year-like count before a plural noun outside the lexicon",
    ),
]

# Bugs found on the way.
REGRESSION_CASES = [
    _case(
        "Rates stayed flat, unchanged from August, and may fall as soon as December.",
        "2025-11-06",
        [("August", "2025-08"), ("December", "2025-12")],
        id="from-is-not-future",
    ),
    _case(
        "The forum, which will be held in August, follows a meeting held in January.",
        "2026-03-14",
        [("August", "2026-08"), ("January", "2026-01")],
        id="passive-future",
    ),
    _case(
        "The Coastal Relief Plan, launched in Geneva in January, asks for more money.",
        "2026-03-04",
        [("January", "2026-01")],
        id="capitalised-name-word-is-no-future-cue",
    ),
    _case(
        "Shares have gained 28 percent since January.",
        "2024-10-09",
        [("January", "2024-01")],
        id="month-a-quarter-ahead-is-still-this-year-when-past",
    ),
    _case(
        "Resorts were 15% fuller than at the same point last season.",
        "2026-03-14",
        [("same point last season", None)],
        id="season-comparison",
        xfail="sports and tourism seasons have no pattern",
    ),
]


@pytest.mark.parametrize("text, published, expected", SPEC_CASES)
def test_spec(blank, text, published, expected):
    assert _dates(blank, text, published) == expected


@pytest.mark.parametrize("text, published, expected", CORPUS_CASES)
def test_corpus_shapes(blank, text, published, expected):
    assert _dates(blank, text, published) == expected


@pytest.mark.parametrize("text, published, expected", REGRESSION_CASES)
def test_regressions(blank, text, published, expected):
    assert _dates(blank, text, published) == expected


UNDATED = (
    "Output grew in 2025, and 2025 was a record. In April the plant opened. "
    "Later in the year, exports rose. From January to October sales grew, the third "
    "consecutive year of gains, against the previous year. The line opens this year and "
    "the plan runs to 2030, with more in 2026. Talks were held on Thursday."
)


def test_undated_article_infers_its_year(blank):
    doc = _run(blank, UNDATED)
    assert (doc._.year, doc._.year_inferred) == (2025, True)
    values = {s.text: (s._.value, s._.inferred) for s in doc.spans["dates"]}
    assert values["April"] == ("2025-04", True)
    assert values["Later in the year"] == ("2025", True)
    assert values["January to October"] == ("2025-01/2025-10", True)
    assert values["third consecutive year"] == ("2025", True)
    assert values["previous year"] == ("2024", True)
    assert values["this year"] == (None, False)
    assert values["Thursday"] == (None, False)
    assert values["2030"] == ("2030", False)


def test_published_date_is_not_inferred(blank):
    doc = _run(blank, "Sales grew this year and in April.", "2026-06-01")
    assert (doc._.year, doc._.year_inferred) == (2026, False)
    assert [(s.text, s._.value, s._.inferred) for s in doc.spans["dates"]] == [
        ("this year", "2026", False),
        ("April", "2026-04", False),
    ]


def test_dateline_date_stands_in_for_published(blank):
    doc = _run(blank, "ASTANA, 11 September 2025: The minister arrived today and leaves on Friday.")
    assert (doc._.year, doc._.year_inferred) == (2025, True)
    values = {s.text: s._.value for s in doc.spans["dates"]}
    assert values["today"] == "2025-09-11"


def test_no_year_no_values(blank):
    doc = _run(blank, "The meeting in April followed talks last month.")
    assert (doc._.year, doc._.year_inferred) == (None, False)
    assert [s._.value for s in doc.spans["dates"]] == [None, None]


def test_spans_are_labelled_aligned_and_disjoint(blank):
    doc = _run(blank, UNDATED)
    spans = list(doc.spans["dates"])
    assert spans and all(s.label_ == "DATE" for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert all(doc.text[s.start_char : s.end_char] == s.text for s in spans)


def test_works_without_ner_candidates(blank):
    doc = _run(blank, "Sales rose in May 2026.", config={"use_ner": False})
    assert [(s.text, s._.value) for s in doc.spans["dates"]] == [("May 2026", "2026-05")]


def test_trigger_words_cover_every_pattern(blank):
    """Matching only at trigger tokens finds everything a full scan of the text finds."""
    nlp = blank("briefx_dates")
    component = nlp.get_pipe("briefx_dates")
    lines = (Path(__file__).parents[2] / "corpus" / "dev.jsonl").read_text(encoding="utf-8")
    for line in lines.splitlines():
        doc = nlp.make_doc(json.loads(line)["text"])
        scanned = {
            (m.start(), m.end(), rule)
            for rule, pattern in component.patterns
            for m in pattern.finditer(doc.text)
        }
        found = {(c.start, c.end, c.rule) for c in component.candidates(doc)}
        assert scanned <= found


@pytest.mark.slow
def test_seed_article_dates(extractor, seed_gold):
    gold = json.loads(seed_gold.read_text(encoding="utf-8").splitlines()[0])
    record = extractor.extract(gold["text"], published=gold["meta"]["published"])

    def key(text, start, end):
        lead = re.match(r"(?:the|a|an)\s+", text[start:end], re.IGNORECASE)
        return start + (lead.end() if lead else 0), end

    expected = {
        key(gold["text"], s["start"], s["end"]): s["value"]
        for s in gold["spans"]
        if s["label"] == "DATE"
    }
    found = {key(record.text, d.start, d.end): d.value for d in record.dates}
    matched = expected.keys() & found.keys()
    f1 = 2 * len(matched) / (len(expected) + len(found))
    valued = [k for k in matched if expected[k] is not None]
    accuracy = sum(found[k] == expected[k] for k in valued) / len(valued)
    assert f1 >= 0.9
    assert accuracy >= 0.85
