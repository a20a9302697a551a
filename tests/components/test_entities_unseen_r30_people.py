"""A person the model reads by surname alone while it misses the full name the document writes before it, found
on unseen real press texts (round 30: a Wikinews obituary, "oceanographer Walter Munk" … "Munk was born" and
"the chancellor, Pradeep Khosla" … "Khosla talked"; an Australian PM release) and out-of-fold real dev. Cases
written for this suite after the shape of those texts (none copied); the rule runs on a blank tokenizer with the
entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.repairs import lone_names

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _lone_after(tokenizer_and_lexicon, text: str, chosen: list[tuple[str, str, int]]) -> set[tuple[str, str, int]]:
    """(surface, label, character offset) of what `lone_names` keeps of the model's (surface, label, nth) candidates,
    `nth` counting the surface's occurrences from 0."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    cands = test_entities_unseen.nth_candidates(view, chosen)
    return {
        (view.span_text(c.start, c.end), c.label, view.doc[c.start].idx) for c in lone_names(view, lex, cands)
    }


FULL_NAMES = [
    pytest.param(
        "The death of the oceanographer Walter Munk was announced today. Later, Munk moved to the coast.",
        [("Munk", "PERSON", 1)],
        {("Walter Munk", "PERSON", 31), ("Munk", "PERSON", 71)},
        id="given-name-before-the-surname",
    ),
    pytest.param(
        "The head of the school, Pradeep Khosla, spoke first. The board heard that Khosla had agreed.",
        [("Khosla", "PERSON", 1)],
        {("Pradeep Khosla", "PERSON", 24), ("Khosla", "PERSON", 74)},
        id="a-name-the-tables-lack-before-the-surname",
    ),
    pytest.param(
        "Maria Tomescu opened the hall. A week later the hall was full and Tomescu spoke again.",
        [("Tomescu", "PERSON", 1)],
        {("Maria Tomescu", "PERSON", 0), ("Tomescu", "PERSON", 66)},
        id="a-given-name-opening-the-sentence",
    ),
    pytest.param(
        "The board met with Hon Tuilagi Mere Salesa on Monday. Later that day Salesa thanked the members.",
        [("Salesa", "PERSON", 1)],
        {("Tuilagi Mere Salesa", "PERSON", 23), ("Salesa", "PERSON", 69)},
        id="a-chiefly-title-and-a-given-name",
    ),
    pytest.param(
        "It rained. Overall Walter Munk did well. The board heard that Munk had agreed.",
        [("Munk", "PERSON", 1)],
        {("Walter Munk", "PERSON", 19), ("Munk", "PERSON", 62)},
        id="no-further-than-the-sentence-opener",
    ),
]

# no full name: a title or a place before the surname, a word opening a sentence that is no given name, a name
# already chosen before it, or the surname alone only where a sentence opens (left to the existing reading)
NOT_FULL_NAMES = [
    pytest.param(
        "The report came from Minister Tomescu last week. The board heard that Tomescu had agreed.",
        [("Tomescu", "PERSON", 1)],
        {("Tomescu", "ORG", 70)},
        id="title-before",
    ),
    pytest.param(
        "Flights left from Chicago Azerenerji last week, and so the board heard that Azerenerji said no.",
        [("Azerenerji", "PERSON", 1)],
        {("Azerenerji", "ORG", 76)},
        id="place-before",
    ),
    pytest.param(
        "It rained. Overall Tomescu did well. The board heard that Tomescu had agreed.",
        [("Tomescu", "PERSON", 1)],
        {("Tomescu", "ORG", 58)},
        id="sentence-opener-before",
    ),
    pytest.param(
        "President Reagan spoke in 1987. Later the carrier USS Ronald Reagan sailed for Guam.",
        [("Reagan", "PERSON", 0)],
        {("Reagan", "PERSON", 10)},
        id="a-ship-named-after-the-person",
    ),
]


@pytest.mark.parametrize("text, chosen, expected", FULL_NAMES + NOT_FULL_NAMES)
def test_a_surname_the_model_reads_alone_finds_its_full_name(tokenizer_and_lexicon, text, chosen, expected):
    assert _lone_after(tokenizer_and_lexicon, text, chosen) == expected


def test_a_full_name_already_chosen_is_not_added_twice(tokenizer_and_lexicon):
    text = "Walter Munk led the survey. Later, Munk moved to the coast."
    chosen = [("Walter Munk", "PERSON", 0), ("Munk", "PERSON", 1)]
    assert _lone_after(tokenizer_and_lexicon, text, chosen) == {("Walter Munk", "PERSON", 0), ("Munk", "PERSON", 35)}
