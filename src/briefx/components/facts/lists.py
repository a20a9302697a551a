"""A list item under a lead line (`the two countries will:`, `The package includes:`): its kind is the lead's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefx.components.attributes import given_text
from briefx.components.facts.cues import FactCues
from briefx.components.facts.kind import decided, is_cue, is_finite, marks_past

# the document's paragraphs and the index of the one that holds a figure (`paragraph_of`)
ListItem = tuple[list[Span], int]


def listed_target(span: Span, path: tuple[Token, ...], cues: FactCues) -> bool:
    """The figure's list item makes it a target: its lead line is a plan (`lead_is_plan`) or the figure is an
    allocation (`allocation_item`). The paragraph (`paragraph_of`: a walk over the document's paragraphs) is looked
    up once for both rules, and only when one of them can hold."""
    if span.label_ != "MONEY" and _has_finite_verb(path):
        return False
    found = paragraph_of(span)
    item = found if found is not None and is_list_item(found[0][found[1]], cues) else None
    return lead_is_plan(item, path, cues) or allocation_item(span, item or _fragment(span, found), cues)


def _has_finite_verb(path: tuple[Token, ...]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and is_finite(t) for t in path)


def lead_is_plan(item: ListItem | None, path: tuple[Token, ...], cues: FactCues) -> bool:
    """A figure in a list item (`- train 1,200 reservists a year`; `item`, from `paragraph_of` and `is_list_item`)
    whose lead line is a plan (`the two countries will:`)."""
    if item is None or _has_finite_verb(path):
        return False  # a list item with a finite verb of its own says itself what it is
    lead = lead_line(*item, cues)
    if lead is None or any(marks_past(t, cues) or decided(t, cues) for t in lead):
        return False  # `Since 2013, $55 million has been approved for projects including:`
    return any(is_cue(t, cues) or _plan_lead_word(t, cues) for t in lead)


def paragraph_of(span: Span) -> ListItem | None:
    """The document's paragraphs and the index of the one that holds the span; None when the document has none."""
    if "paragraphs" not in span.doc.spans:
        return None
    paragraphs = list(span.doc.spans["paragraphs"])
    at = next((i for i, p in enumerate(paragraphs) if p.start <= span.start < p.end), None)
    return None if at is None else (paragraphs, at)


def _fragment(span: Span, found: ListItem | None) -> ListItem | None:
    """The span's paragraph when the span's sentence has no finite verb at its root (`A further $2 million to boost
    the ability of …`, `$5 million towards the Trust Fund.`): an item of a list set as paragraphs."""
    root = span.sent.root
    return None if found is None or (root.pos_ in ("VERB", "AUX") and is_finite(root)) else found


def lead_line(paragraphs: list[Span], at: int, cues: FactCues) -> Span | None:
    """The lead line of the list item `paragraphs[at]`: the last sentence of the paragraph before the run of list
    items (not the story before it); None when the list opens the document."""
    lead = next((p for p in reversed(paragraphs[:at]) if not is_list_item(p, cues)), None)
    return None if lead is None else lead.doc[lead.end - 1].sent


def allocation_item(span: Span, item: ListItem | None, cues: FactCues) -> bool:
    """`• $17,500 to Rangiora Harness Racing Club for a water tanker`, `- $2 million for Ballarat City Council to
    prepare …`, `<li>$4 million to the International Red Cross</li>`: a sum that opens a list item and goes to a
    receiver or a purpose is an allocation the text announces (corpus/README.md: announced allocations are
    targets), though its lead line names no plan (`Successful second round grants:`), unless that line tells the
    past (`… benefited from Australian Government investment including:`). The sum may follow a label or a
    determiner (`opens_item`: `- **Broadband** - $942 million to complete`, `A further $2 million to boost`) and
    go to its purpose past the noun it sizes (`- $2.9 million convertible loan for …`). `item`: the span's list
    item (`paragraph_of` and `is_list_item`), or a paragraph with no finite verb (`_fragment`)."""
    doc = span.doc
    if item is None or span.label_ != "MONEY":
        return False
    paragraphs, at = item
    paragraph = paragraphs[at]
    if not opens_item(doc[paragraph.start : span.start], cues):
        return False  # the sum does not open the item
    after = [t for t in doc[span.end : paragraph.end] if not t.is_space]
    named = next((i for i, t in enumerate(after[: cues.allocation_noun_tokens + 1]) if t.pos_ not in _NAMING), None)
    if named is None or after[named].lower_ not in cues.receiving_preps | cues.purpose_preps:
        return False
    lead = lead_line(paragraphs, at, cues)
    return lead is None or not any(t.tag_ == "VBD" or marks_past(t, cues) or decided(t, cues) for t in lead)


_NAMING = ("NOUN", "PROPN", "ADJ", "CCONJ")  # the words of the noun phrase a sum sizes (`convertible loan`)


def opens_item(before: Span, cues: FactCues) -> bool:
    """Only a bullet, layout marks, a label closed by a dash or colon (`**Broadband** -`, `Napier City Council -`) and
    words of allocation_openers (`A further`, `Up to`) lie before the sum in its item."""
    words = [t for t in before if not (t.is_space or t.text in cues.layout_marks)]
    if words and words[0].text in cues.bullet_marks:
        words = words[1:]
    closer = max((i for i, t in enumerate(words) if t.text in cues.label_closers), default=None)
    if closer is not None:
        if any(t.pos_ in ("VERB", "AUX") for t in words[:closer]):
            return False  # `… will receive:` is a clause, not a label
        words = words[closer + 1 :]
    return all(t.lower_ in cues.allocation_openers for t in words)


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
