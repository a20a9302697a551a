"""A list item under a lead line (`the two countries will:`, `The package includes:`): its kind is the lead's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefx.components.attributes import given_text
from briefx.components.facts.cues import FactCues
from briefx.components.facts.kind import decided, is_cue, is_finite, marks_past


def lead_is_plan(span: Span, path: tuple[Token, ...], cues: FactCues) -> bool:
    """A list item (`- train 1,200 reservists a year`) whose lead line is a plan (`the two countries will:`)."""
    doc = span.doc
    if "paragraphs" not in doc.spans or any(t.pos_ in ("VERB", "AUX") and is_finite(t) for t in path):
        return False  # a list item with a finite verb of its own says itself what it is
    paragraphs = list(doc.spans["paragraphs"])
    at = next((i for i, p in enumerate(paragraphs) if p.start <= span.start < p.end), None)
    if at is None or not is_list_item(paragraphs[at], cues):
        return False
    for paragraph in reversed(paragraphs[:at]):
        if not is_list_item(paragraph, cues):
            lead = doc[paragraph.end - 1].sent  # the lead line: its paragraph's last sentence, not the story before it
            if any(marks_past(t, cues) or decided(t, cues) for t in lead):
                return False  # `Since 2013, $55 million has been approved for projects including:`
            return any(is_cue(t, cues) or _plan_lead_word(t, cues) for t in lead)
    return False


def is_list_item(paragraph: Span, cues: FactCues) -> bool:
    """`- $5 million for roads`, `* 40 new classrooms`: a bullet mark and a blank open the line (`**Funding:**
    $110,000` opens with bold markup, no bullet); or an HTML list tag does, which the masking blanked
    (`<li>$9 million to the appeal</li>`)."""
    mark = paragraph[0]
    if mark.text in cues.bullet_marks and (bool(mark.whitespace_) or (len(paragraph) > 1 and paragraph[1].is_space)):
        return True
    given = given_text(paragraph.doc)
    if given is None:
        return False
    before = given[given.rfind("\n", 0, paragraph.start_char) + 1 : paragraph.start_char].rstrip().lower()
    return before.endswith(tuple(cues.item_tags))


def _plan_lead_word(token: Token, cues: FactCues) -> bool:
    """`The new $800 million package includes:` (but not `The New Zealand Health Survey … include:`: a word of a
    name is no cue)."""
    return token.lower_ in cues.plan_lead_words and token.tag_ not in ("NNP", "NNPS") and not token.ent_type_
