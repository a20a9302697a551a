"""The verdicts of the relabelling rules (`relabel`, `place_rules`): what a rule says about a trimmed
candidate, and the small helpers the rules share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon


@dataclass(frozen=True)
class Verdict:
    cand: Candidate | None  # None: no span
    final: bool = True


NO_SPAN = Verdict(None)
Rule = Callable[[Candidate, DocView, Lexicon], Verdict | None]


def applies_to(*labels: str) -> Callable[[Rule], Rule]:
    """Declare the candidate labels a rule can say anything about; for any other label it
    returns None (a test checks it), so `relabel` does not ask it."""

    def mark(rule: Rule) -> Rule:
        rule.labels = frozenset(labels)  # type: ignore[attr-defined]
        return rule

    return mark


def as_label(cand: Candidate, label: str, start: int | None = None) -> Verdict:
    """A final verdict: the candidate (from `start`, if given) under `label`."""
    return Verdict(Candidate(cand.start if start is None else start, cand.end, label, cand.source))


def text_of(cand: Candidate, view: DocView) -> str:
    return view.span_text(cand.start, cand.end)


def from_model(cand: Candidate, *labels: str) -> bool:
    """The candidate is the model's, under one of `labels`."""
    return cand.source == "ner" and cand.label in labels
