"""The tense of the clause around a date, read from cue words (``will``, ``said``, ``since``) in
``models/lexicons/dates.json``: briefx_dates resolves months, weekdays and quarters by it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span

from briefx.normalize.dates import Tense

AFTER_WINDOW = 4
"""How many words after a date are read for its verb ("Wednesday's ruling was appealed")."""


class ClauseTense:
    """Cue words of `lexicons/dates.json` and the rules that read a date's clause with them."""

    def __init__(self, tables: Mapping[str, Any], *, cue_window: int = 40) -> None:
        self.cue_window = cue_window
        self.future_cues = frozenset(tables["future_cues"])
        self.future_prepositions = frozenset(tables["future_prepositions"])
        self.past_cues = frozenset(tables["past_cues"])
        self.breaks = frozenset(tables["sentence_breaks"])
        self.happened_cues = frozenset(tables.get("happened_cues", ()))
        self.compared = frozenset(tables.get("comparison_words", ()))
        self.attributions = frozenset(tables.get("attributions", ()))
        self.cues_with_to = frozenset(tables.get("future_cues_with_to", ()))
        self.past_modals = frozenset(tables.get("past_modals", ()))

    def is_future(self, doc: Doc, span: Span) -> bool:
        """Whether the clause before `span` speaks of the future: the nearest cue word decides."""
        return self.before(doc, span) == "future"

    def happened(self, span: Span) -> bool:
        """``since January``, ``elections were held on April 24``: the clause before the date says it is
        past (a happened-cue before it, no future cue nearer)."""
        doc = span.doc
        for i in range(span.start - 1, max(span.start - self.cue_window, 0) - 1, -1):
            word = doc[i].lower_
            if word in self.breaks or "\n" in doc[i].text or word in self.future_cues or word in self.attributions:
                return False  # "bookings were strong, Pillai said, with … June departures": another clause
            if word in self.happened_cues:
                return True
        return False

    def before(self, doc: Doc, span: Span) -> Tense:
        """The tense the nearest cue word before `span` in its clause gives, or None."""
        if span.start and doc[span.start - 1].lower_ in self.future_prepositions:
            return "future"
        for i in range(span.start - 1, max(span.start - self.cue_window, 0) - 1, -1):
            token = doc[i]
            word = token.lower_
            if word in self.breaks or "\n" in token.text:
                break
            if token.is_title and not token.is_sent_start:
                continue  # "the … Response Plan, launched in January": a name, not a cue
            if self._looks_ahead(doc, i) and not _causal_due(doc, i) and not (i and doc[i - 1].lower_ in self.compared):
                return "future"
            if word in self.past_cues and not (i and doc[i - 1].lower_ == "be"):
                return "past"  # "will be held" is future
        return None

    def tense(self, doc: Doc, span: Span) -> Tense:
        """The clause's tense: the nearest cue before `span`, else a cue among the next
        few words (``Wednesday's ruling was appealed``); None when no cue says."""
        before = self.before(doc, span)
        if before is not None:
            return before
        # only the verb right after the date ("Wednesday's ruling was appealed"), not a later clause
        for token in doc[span.end : min(span.end + AFTER_WINDOW, len(doc))]:
            word = token.lower_
            if word in self.breaks or word == "," or "\n" in token.text:
                break
            if self._looks_ahead(doc, token.i):
                return "future"
            if word in self.past_cues:
                return "past"
        return None

    def _looks_ahead(self, doc: Doc, i: int) -> bool:
        """A future cue that speaks of the future here: not 'set up' ('set to' is), not 'would have'."""
        word = doc[i].lower_
        if word not in self.future_cues:
            return False
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if word in self.cues_with_to:
            return after == "to"
        return not (word in self.past_modals and after == "have")


def _causal_due(doc: Doc, i: int) -> bool:
    """``due to declines in prices``: "due" that gives a cause, not a schedule (``due to meet``);
    the tagger says whether the word after "to" is a verb."""
    if doc[i].lower_ != "due" or i + 2 >= len(doc) or doc[i + 1].lower_ != "to":
        return False
    return doc[i + 2].tag_ not in ("", "VB")
