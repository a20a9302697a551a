"""Names in a contact block get no span (corpus/README.md: page furniture, "contact blocks with
phone numbers ... names in it included"): a name a phone number or e-mail address follows on its
line, with no verb between ("Media inquiries: Jo Bell 021 555 0199", "please contact: Sam Hill,
Head of Media+44 20 7946 0000"), or one in brackets right after a number ("0400 111 222 (Keenan)",
the minister whose office the contact serves), or one right after a contact label, over blank lines and bold
marks ("**Contact:** Jo Bell, Press Secretary", "For further information contact: Sam Hill at …")."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.normalize.lines import phone_or_email_spans

_REACH = 60  # characters after a name in which its phone number stands ("Name, Head of Media Relations +44 …")
_BRACKETS = " ()[]\t"


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, len(text) if (stop := text.find("\n", end)) < 0 else stop


def _number_follows(view: DocView, cand: Candidate, end_char: int, line_end: int) -> bool:
    """A phone number or e-mail address within reach after the name, and no verb before it."""
    doc = view.doc
    spans = phone_or_email_spans(view.text[end_char : min(line_end, end_char + _REACH)])
    if not spans:
        return False
    number = end_char + spans[0][0]
    i = cand.end
    while i < len(doc) and doc[i].idx < number:
        if doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD":
            return False  # "Jo Bell said on 021 …": a sentence, no contact line
        i += 1
    return True


def _number_before(text: str, line_start: int, start_char: int) -> bool:
    """ "0400 111 222 (Keenan)": a number, then only spaces and brackets, before the name."""
    before = text[line_start:start_char]
    spans = phone_or_email_spans(before)
    return bool(spans) and not before[spans[-1][1] :].strip(_BRACKETS)


def in_contact_block(view: DocView, cand: Candidate, lex: Lexicon | None = None) -> bool:
    """The candidate is a name in a contact line (see the module docstring); given `lex`, also one right after
    a contact label."""
    doc = view.doc
    start_char, end_char = doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1].text)
    if lex is not None and lex.contact_label.search(view.text[max(0, start_char - _REACH) : start_char]):
        return True
    line_start, line_end = _line_around(view.text, start_char, end_char)
    return _number_follows(view, cand, end_char, line_end) or _number_before(view.text, line_start, start_char)


def _grant_row(view: DocView, cand: Candidate) -> bool:
    """A row of a grants list that also states the sum ("Automation Products Ltd, Greg Coulter (09) 415 2512,
    $4,500, …"): the person is the grantee's, a cell of the list, and no contact block's."""
    doc = view.doc
    start_char = doc[cand.start].idx
    line_start, line_end = _line_around(view.text, start_char, start_char)
    return any(s.label_ == "MONEY" and line_start <= s.start_char < line_end for s in doc.spans.get("figures", []))


def contact_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: the people of contact lines go (a body named there is most often
    one a sentence tells readers to call: "call the Environment Agency on 0800 …"), save a list's
    cells on rows that state a grant's sum."""
    return [
        c
        for c in chosen
        if c.label != "PERSON" or (c.source == "layout" and _grant_row(view, c)) or not in_contact_block(view, c, lex)
    ]
