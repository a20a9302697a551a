"""briefx_facts kind and direction from cue words of real press text (round 7): contracted perfects, goal nouns,
`lift` as a change noun, and names in a list's lead line. Every sentence is written for the test after the
shape of real releases and central-bank statements; none is copied from the corpus."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from briefx.components.facts.clauses import view_of
from briefx.components.facts.cues import FactCues
from briefx.components.facts.kind import change_direction


def _fact_of(record, surface: str, text: str):
    start = text.index(surface)
    return next(f for f in record.facts if f.figure.start == start)


def _ids(cases) -> list[str]:
    return [re.sub(r"\W+", "-", c[0].strip("- "))[:50] for c in cases]


# (text, figure, kind, direction)
KINDS = [
    # a sum of funding told in a contracted perfect is made, not pledged (GOLD.md § Facts: a target is planned)
    ("“We’ve provided $250,000 of emergency funding to the district council,” the minister said.", "$250,000",
     "level", None),
    ("“We've provided $250,000 of emergency funding to the district council,” the minister said.", "$250,000",
     "level", None),
    ("The Government will provide $250,000 of emergency funding to the district council.", "$250,000", "target",
     None),
    # a goal named as an objective or goals is a target
    ("The Board judges its policy consistent with its objectives of full employment and 3 percent inflation.",
     "3 percent", "target", None),
    ("The Board judged the stance consistent with its longer-run goals of full employment and inflation of 3 percent.",
     "3 percent", "target", None),
    # `lift` names a rise as `increase` does
    ("Exporters recorded a 6.2 per cent lift in dairy revenue over the year.", "6.2 per cent", "change", "up"),
]


@pytest.mark.parametrize("text, figure, kind, direction", KINDS, ids=_ids(KINDS))
def test_kind_from_cue_words(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)


# a list's lead line makes its items targets by a plan word, not by a word of a name (`New Zealand`)
SURVEY = ("The minister welcomed the survey today.\n\n"
          "The New Zealand Housing Survey results published this morning include:\n\n"
          "- One in four renters (24.5%) reporting damp in their home.\n")
PACKAGE = ("The minister announced the package today.\n\n"
           "The new housing package includes:\n\n"
           "- 1,200 warm, dry homes for renters.\n")


@pytest.mark.parametrize("text, figure, kind", [(SURVEY, "24.5%", "level"), (PACKAGE, "1,200", "target")],
                         ids=["name-in-lead-line", "plan-word-in-lead-line"])
def test_list_lead_line_names(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind


# `more than` broken over a hard-wrapped line (White House fact sheets) qualifies the figure as it does on one
# line: no change. The parse is the one en_core_web_sm gives such a line (`more` an amod of the figure).
# (words, heads, deps, pos, figure start, change)
WRAPPED = [
    (["Sanctions", "hit", "more", "\n", "than", "50", "banks", "."], [1, 1, 5, 2, 5, 6, 1, 1],
     ["nsubj", "ROOT", "amod", "dep", "quantmod", "nummod", "dobj", "punct"],
     ["NOUN", "VERB", "ADJ", "SPACE", "ADP", "NUM", "NOUN", "PUNCT"], 5, (False, None)),
    (["Sanctions", "hit", "more", "than", "50", "banks", "."], [1, 1, 4, 4, 5, 1, 1],
     ["nsubj", "ROOT", "amod", "quantmod", "nummod", "dobj", "punct"],
     ["NOUN", "VERB", "ADJ", "ADP", "NUM", "NOUN", "PUNCT"], 4, (False, None)),
]


@pytest.mark.parametrize("words, heads, deps, pos, start, change", WRAPPED, ids=["wrapped", "one-line"])
def test_more_than_over_a_line_break_is_a_qualifier(words, heads, deps, pos, start, change):
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[w != "\n" for w in words], heads=heads, deps=deps,
              pos=pos)
    span = doc[start : start + 1]
    span.label_ = "COUNT"
    cues = FactCues.load("facts.json")
    assert change_direction(view_of(span, cues, frozenset()), cues) == change
