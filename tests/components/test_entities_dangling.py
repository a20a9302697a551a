"""Organisations cut after a connector (round 6 of the unseen real texts: Australian PM
announcements of a ministry, White House fact sheets and notices with hard line wraps, Wikinews):
a post before the connector leaves the body after it or nothing, a body's name goes on over the
capitalised run after it, anything else loses the connector. Cases written for this suite after
the shape of those texts; the repair runs on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.dangling import dangling_connectors
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon


@pytest.fixture(scope="module")
def tokenizer_and_lexicon() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


def _mended(nlp: spacy.Language, lex: Lexicon, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (text, label) of each candidate after the repair; `spans` name the candidates by surface."""
    doc = nlp.make_doc(text)
    chosen = []
    for surface, label in spans:
        at = text.find(surface)
        span = doc.char_span(at, at + len(surface))
        assert span is not None, surface
        chosen.append(Candidate(span.start, span.end, label, "ner"))
    chosen.sort(key=lambda c: c.start)
    return [(doc[c.start : c.end].text, c.label) for c in dangling_connectors(DocView(doc), lex, chosen)]


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        pytest.param(
            "Ms Reyes will become the Minister for Health and Minister for Sport.",
            [("Minister for", "ORG")],
            [],
            id="post-before-a-portfolio",
        ),
        pytest.param(
            "Mr Tan, who has been the Assistant Minister for Aged Care and Housing, moves on.",
            [("Assistant Minister for", "ORG")],
            [],
            id="assistant-post-before-two-portfolio-words",
        ),
        pytest.param(
            "The Senate confirmed Lena Ortiz, Nominee for Deputy Administrator for Policy.",
            [("Lena Ortiz", "PERSON"), ("Nominee for", "ORG")],
            [("Lena Ortiz", "PERSON")],
            id="nominee-before-a-post",
        ),
        pytest.param(
            "The Senate confirmed Lena Ortiz, Nominee for\n    Wage and Hour Administrator.",
            [("Lena Ortiz", "PERSON"), ("Nominee for", "ORG")],
            [("Lena Ortiz", "PERSON")],
            id="nominee-before-a-wrapped-portfolio",
        ),
        pytest.param(
            "The duties of the Administrator of the FAA are heavy.",
            [("Administrator of the", "ORG")],
            [("FAA", "ORG")],
            id="post-before-a-short-form",
        ),
        pytest.param(
            "Reporters asked the Command and Control Centre of the Maritime Guard for comment.",
            [("Control Centre of", "ORG"), ("Maritime Guard", "ORG")],
            [("Control Centre of the Maritime Guard", "ORG")],
            id="body-goes-on-after-of",
        ),
        pytest.param(
            "She spoke with the Director of the Centers for Disease Control\nand Prevention yesterday.",
            [("Centers for Disease Control\nand", "ORG")],
            [("Centers for Disease Control\nand Prevention", "ORG")],
            id="body-goes-on-over-a-wrap-after-and",
        ),
        pytest.param(
            "A statement from the Research Office of\nAna Ruiz followed.",
            [("Research Office of", "ORG"), ("Ana Ruiz", "PERSON")],
            [("Research Office", "ORG"), ("Ana Ruiz", "PERSON")],
            id="run-stops-at-a-person",
        ),
        pytest.param(
            "Presidents Ana Ruiz and Tomas Lebrun of Montalia signed the accord.",
            [("Tomas Lebrun of", "ORG"), ("Montalia", "GPE")],
            [("Tomas Lebrun", "ORG"), ("Montalia", "GPE")],
            id="no-body-word-loses-the-connector",
        ),
        pytest.param(
            "Perez, Pinkerton and Carrero debated the plan.",
            [("Pinkerton and", "ORG")],
            [("Pinkerton and", "ORG")],
            id="and-without-of-left-to-the-later-rules",
        ),
        pytest.param(
            "She met the Chief of Rescue and Commanding General of the Northern Corps of Engineers\nColonel Ada Obi.",
            [("Rescue and Commanding General of", "ORG"), ("Northern Corps of Engineers\nColonel Ada Obi", "ORG")],
            [("Northern Corps of Engineers\nColonel Ada Obi", "ORG")],
            id="a-longer-name-past-it-stays",
        ),
        pytest.param(
            "He thanked the Departments\n    of\n    Fisheries](https://www.fish.example) for the data.",
            [("Departments\n    of", "ORG")],
            [("Departments", "ORG")],
            id="run-stops-at-a-glued-link",
        ),
        pytest.param(
            "The Pacific Fisheries Commission met in Suva.",
            [("Pacific Fisheries Commission", "ORG"), ("Suva", "GPE")],
            [("Pacific Fisheries Commission", "ORG"), ("Suva", "GPE")],
            id="a-whole-name-untouched",
        ),
    ],
)
def test_an_organisation_ending_on_a_connector_is_mended(tokenizer_and_lexicon, text, spans, expected):
    nlp, lex = tokenizer_and_lexicon
    assert _mended(nlp, lex, text, spans) == expected
