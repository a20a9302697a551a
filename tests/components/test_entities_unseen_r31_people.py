"""People's names read with the last words of a long title before them ("Chief of Staff", "Commissioner for
Internal Market"), found on out-of-fold real dev and unseen real press texts (round 31: White House readouts and
briefings, New Zealand releases, Australian PM transcripts). Cases written for this suite after the shape of those
texts (none copied); the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from tests.components import test_entities_unseen

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.given_names import given_names
from briefx.components.entities.title_tails import title_tails
from briefx.components.entities.trim import trim

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _span(view: DocView, surface: str) -> Span:
    text = view.doc.text
    span = view.doc.char_span(text.index(surface), text.index(surface) + len(surface))
    assert span is not None, surface
    return span


# the model's person grows over a first name it dropped ("said [Charlotte] Amesbury", kept by the older tables),
# but not over the end of a title: a name that already opens with a known given name, or of two words after
# "Title of/for … Word"
GROWTH = [
    pytest.param("Chief of Staff Jeff Zients met the transition team.", "Jeff Zients", "Jeff Zients",
                 id="chief-of-staff"),
    pytest.param("She thanked Commissioner for Internal Market Thierry Breton for the visit.", "Thierry Breton",
                 "Thierry Breton", id="commissioner-for-a-portfolio"),
    pytest.param("Under Secretary for Counterterrorism and Transnational Crime Tiffany Rourke led it.",
                 "Tiffany Rourke", "Tiffany Rourke", id="two-portfolio-words"),
    pytest.param("Reserve Project Manager Stephen Wallis said the work began in March.", "Stephen Wallis",
                 "Stephen Wallis", id="post-words-before-a-given-name"),
]


@pytest.mark.parametrize("text, surface, expected", GROWTH)
def test_a_model_person_grows_over_no_title_end(tokenizer_and_lexicon, text, surface, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    span = _span(view, surface)
    out = trim(view, lex, Candidate(span.start, span.end, "PERSON", "ner"))
    assert out is not None and view.doc[out.start : out.end].text == expected


# a rule's person that opens with a title's last words ("Market Thierry Breton") starts where the model's does,
# when a connector ("of", "for", "and") joins the title run
TAILS = [
    pytest.param("European Commissioner for Internal Market Thierry Breton joined the talks.",
                 "Market Thierry Breton", "Thierry Breton", "Thierry Breton", id="commissioner-for-internal-market"),
    pytest.param("The delegation met Secretary of the Navy Rafael Ojeda Durán on Monday.",
                 "Navy Rafael Ojeda Durán", "Rafael Ojeda Durán", "Rafael Ojeda Durán", id="secretary-of-the-navy"),
]


@pytest.mark.parametrize("text, surface, model, expected", TAILS)
def test_a_title_tail_leaves_the_person(tokenizer_and_lexicon, text, surface, model, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    person = _span(view, model)
    view.doc.ents = [Span(view.doc, person.start, person.end, label="PERSON")]
    span = _span(view, surface)
    (out,) = title_tails(view, lex, [Candidate(span.start, span.end, "PERSON", "pattern")])
    assert view.doc[out.start : out.end].text == expected


# a word the model left without a span, or read as a site, addressed in a transcript ("Q    John —", "Thanks,
# Colby.", "Justin, thank you"), is the person spoken to when it is a common given name or opens a person's name the
# document gives in full
ADDRESSED = [
    pytest.param("MR. KIRBY: We will see.\n\nQ    John — what is the update on the talks?", [], {("John", "PERSON")},
                 id="question-tag-then-a-given-name"),
    pytest.param("MR. SINGH: Sure. Thanks, Colby. So, I just want to be clear.", [], {("Colby", "PERSON")},
                 id="thanks-then-a-given-name"),
    pytest.param("It was a long day.\n\nJustin, thank you for having me this morning.", [], {("Justin", "PERSON")},
                 id="vocative-opening-the-answer"),
    pytest.param("Press Secretary Karine Jean-Pierre took questions.\n\nQ    Karine, does the White House agree?",
                 [("Karine Jean-Pierre", "PERSON")], {("Karine Jean-Pierre", "PERSON"), ("Karine", "PERSON")},
                 id="first-word-of-a-person-named-in-full"),
    pytest.param("MR. SINGH: Sure. Thanks, Colby. So, I just want to be clear.", [("Colby", "LOC")],
                 {("Colby", "PERSON")}, id="addressed-word-read-as-a-site"),
]


@pytest.mark.parametrize("text, chosen, expected", ADDRESSED)
def test_an_addressed_given_name_is_a_person(tokenizer_and_lexicon, text, chosen, expected):
    assert test_entities_unseen._after(tokenizer_and_lexicon, given_names, text, chosen) == expected

