"""Who a lead before a quotation names: 'Governor Ames: “…”', a fact sheet's or a reaction page's bold lead
('**Jo Ames, President, Acme (ACM):** “…”', '**ADL:** “…”'), read for briefx_quotes."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from briefx.components.attributes import doc_text, given_text
from briefx.normalize.quote_marks import RawQuote, body_label, bold_label, lead_before, link_targets, wrapped_name_tail


def _fills_a_part(person: Span | None, parts: list[str]) -> bool:
    """'**Harbour Growers Council, Mara Ames, Director:**', '**Secretary for Ports,** **D. Mara Ames:**': the
    person the model tagged, of two words or more, stands in a later part, so the first part names the body she
    speaks for or her title, not her."""
    name = " ".join(person.text.split()) if person is not None else ""
    return len(name.split()) > 1 and any(name in part for part in parts[1:])


class QuoteLeads:
    """The speaker a colon lead names, from the entities and, where the model tagged none or the wrong
    words, from the words of a bold lead."""

    def __init__(self, *, role_words: frozenset[str], org_nouns: frozenset[str], department_joiners: frozenset[str],
                 name_small_words: frozenset[str], abbreviations: frozenset[str], lead_labels: frozenset[str],
                 body_joiners: frozenset[str]):
        self.role_words = role_words
        self.org_nouns = org_nouns
        self.department_joiners = department_joiners
        self.name_small_words = name_small_words
        self.abbreviations = abbreviations
        self.lead_labels = lead_labels
        self.body_joiners = body_joiners

    def speaker(self, doc: Doc, raw: RawQuote, ents: tuple[Span, ...]) -> tuple[str, str] | None:
        """'Governor Ames: “…”', a fact sheet's line: the person (else the body) named before the colon.

        The lead may be set in bold ('**Jo Ames, President, Acme (ACM):** “…”') and may stand on the
        line above when the quote opens a line of its own."""
        text = doc_text(doc)
        lead_start, lead = lead_before(text, raw.open_at, abbreviations=self.abbreviations)
        if not lead.endswith(":") or len(" ".join(lead.split())) > 200:
            return None  # a lead, not a paragraph; counted in words and single spaces ('[Acme CEO Jo⏎Ames](…):' is
            # read with its link target blanked out, a long address a long run of spaces)
        lead_end = lead_start + len(lead)
        links = link_targets(text, lead_start, lead_end)
        named = [e for e in ents if lead_start <= e.start_char and e.end_char <= lead_end
                 and e.label_ in ("PERSON", "ORG") and text[e.end_char : e.end_char + 2] not in ("'s", "’s")
                 and not any(a < e.end_char and e.start_char < b for a, b in links)]  # 'Ames](https://…': no name
        # "Bolsonaro opposed Macron's statement:": an owner of the words is no speaker
        person = next((e for e in named if e.label_ == "PERSON"), None)
        ent = person or (named[-1] if named else None)
        orgs = " ".join(e.text for e in named if e.label_ == "ORG").split()
        if name := self._bold_lead_speaker(ents, self._label(doc, lead_start, lead_end), person, orgs):
            return name, lead
        if ent is None:
            return None
        tail = wrapped_name_tail(text, ent.end_char) if ent.label_ == "PERSON" else ""
        # '[**Sen. Mara⏎Ames**](…):': the model tags the first line's part; the name runs on past the wrap
        return (f"{ent.text} {tail}" if tail else ent._.canonical or ent.text), lead

    @staticmethod
    def _label(doc: Doc, start: int, end: int) -> str:
        """The bold or link label of the lead at `start`..`end`, read from the text as given: the pipeline reads a
        copy with the link markup blanked ('[Sen. Mara⏎Ames](…):' is ' Sen. Mara⏎Ames      :' there)."""
        text = given_text(doc) or doc_text(doc)
        if text[start - 1 : start] == "[":
            start -= 1
        return bold_label(text[start:end])

    def _bold_lead_speaker(
        self, ents: tuple[Span, ...], label: str, person: Span | None, orgs: list[str]
    ) -> str | None:
        """The speaker a bold lead names when the model's tags do not: the name that opens a lead of comma
        parts ('**Amir Tal, Harbour News:**', the model tagging the name ORG or a word of the title PERSON);
        the person the model left untagged ('**Sen. Mara⏎Ames**:'); or, in a lead of one part naming no
        person, the body it names in full ('**Coastal Shippers Union (CSU):**', '**ADL:**')."""
        if not label:
            return None
        parts = [re.sub(r"\s*\([^)]*\)\s*$", "", part).strip() for part in label.split(",")]
        if len(parts) > 1 and (person is None or person.text not in parts[0]) and not _fills_a_part(person, parts):
            if name := self._part_name(ents, parts[0]):
                return name
        body = body_label(parts[0], self.name_small_words) if len(parts) == 1 else None
        if body and body.split()[-1].lower() in self.org_nouns:
            return body  # '**Harbour Workers Center:**': a body, whatever word of it the model tagged PERSON
        if person is not None:
            return None
        if name := self._label_name(ents, parts, orgs):
            return name
        if body is None or body.lower() in self.lead_labels:
            return None  # '**MYTH:** “…”', '**Q:**': the page's own label, no one's words
        return body if len(body.split()) == 1 or orgs else None  # 'ADL'; 'Unite Here' when the model saw a body

    def _label_name(self, ents: tuple[Span, ...], parts: list[str], orgs: list[str]) -> str | None:
        """The person a bold lead names: in the first of its comma parts that names one ('Senate Leader, Mara
        Ames (NY)', 'Mara Ames, Chair, Acme'), the capitalised words that end it, after the titles ('Sen.',
        'Vice President'): two to four words, or one surname that a person named in the document ends with.
        Words of an organisation the model tagged name no person."""
        for part in parts:
            name = self._part_name(ents, part)
            if name and not set(name.split()) & set(orgs):
                return name
        return None

    def _part_name(self, ents: tuple[Span, ...], part: str) -> str | None:
        words: list[str] = []
        label_words = part.split()
        for word in reversed(label_words):  # the capitalised words that end the label, titles left out
            initial = len(word) == 2 and word[0].isupper() and word[1] == "."  # 'D. Tal'
            if word in self.role_words or not (initial or (word[0].isupper() and word.replace("-", "").isalpha())):
                break
            words.insert(0, word)
        if not 1 <= len(words) <= 4 or (words[0].isupper() and words[0].isalpha() and len(words[0]) > 1):
            return None  # 'UN Ambassador-designate …': an acronym opens no name
        if words[-1].lower() in self.org_nouns or words[-1].lower()[:-1] in self.org_nouns:
            return None  # '… Community Health Organizations', 'Transit Union': a body, not a person
        joiner = label_words[-len(words) - 1] if len(label_words) > len(words) else ""
        if joiner in self.body_joiners and len(words) <= 2:
            return None  # 'Conference on Civil and Human Rights' ends a body's name ('of Mara Ames' a person's)
        if joiner in self.department_joiners and len(words) > 2:
            words = words[-2:]  # 'Secretary of the Treasury Mara Ames': the department runs into the name
        if len(words) > 1:
            return " ".join(words)
        people = [e for e in ents if e.label_ == "PERSON" and e[-1].text == words[0]]
        return (people[0]._.canonical or people[0].text) if people else None
