"""GOLD.md § Facts scoring: pure, GoldDocuments in, a `FactScore` out; no spaCy.

A predicted fact is paired with the gold fact of the same strictly matched figure
(same label, same normalised bounds). Fact precision, recall and F1 count paired,
unpaired predicted and unpaired gold facts, over documents whose gold carries
facts (`facts` not null). Over paired facts, the accuracy of:

- **measure**: right when the last words agree after lower-casing and dropping a
  plural ``s``, or the spans overlap by at least half of the shorter; both null is right;
- **subjects**: the same set of normalised spans, compared by their normalised,
  case-folded text (a decision GOLD.md leaves open: which mention of one entity
  a system names does not count, as GOLD.md wants one span per entity);
- **period**: the same normalised span, or both null;
- **kind + direction**: both equal;
- **complete**: all four right.

`FactScore.to_dict()` is the ``"facts"`` entry of a system in the ``--json`` output::

    {"facts": PRF, "measure": RATE, "subjects": RATE, "period": RATE, "kind": RATE,
     "complete": RATE, "errors": [FACT_ERROR]}     # errors only with errors=True
    FACT_ERROR = {"doc_id", "figure", "start", "end", "attribute", "predicted", "gold", "context"}
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from briefx.schema import GoldDocument, GoldFact
from briefx.scoring import Counts, Rate, context, normalise_bounds

ATTRIBUTES = ("measure", "subjects", "period", "kind")
MEASURE_OVERLAP = 0.5
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class FactError:
    """One wrong attribute of a paired fact, or an unpaired fact (`attribute` "missed"/"spurious")."""

    doc_id: str
    figure: str
    start: int
    end: int
    attribute: str
    predicted: str
    gold: str
    context: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class FactScore:
    """Fact P/R/F1 and attribute accuracies of one system."""

    facts: Counts = Counts()
    measure: Rate = Rate()
    subjects: Rate = Rate()
    period: Rate = Rate()
    kind: Rate = Rate()
    complete: Rate = Rate()
    documents: int = 0
    errors: list[FactError] = field(default_factory=list)

    def rate(self, attribute: str) -> Rate:
        return getattr(self, attribute)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents, "facts": self.facts.to_dict()}
        out.update({name: self.rate(name).to_dict() for name in (*ATTRIBUTES, "complete")})
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


def last_word(text: str) -> str | None:
    """The last word, lower-cased, without a plural `s` (GOLD.md § Facts, measure)."""
    words = _WORD.findall(text.casefold())
    if not words:
        return None
    word = words[-1]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def measures_agree(doc: GoldDocument, gold: GoldFact, pred: GoldFact) -> bool:
    """Measure right: both null, same last word, or overlap of at least half the shorter span."""
    if gold.measure is None or pred.measure is None:
        return gold.measure is None and pred.measure is None
    if last_word(gold.measure.text) == last_word(pred.measure.text):
        return True
    g = normalise_bounds(doc.text, gold.measure.start, gold.measure.end)
    p = normalise_bounds(doc.text, pred.measure.start, pred.measure.end)
    overlap = max(0, min(g[1], p[1]) - max(g[0], p[0]))
    return overlap >= MEASURE_OVERLAP * min(g[1] - g[0], p[1] - p[0])


def _subject_set(doc: GoldDocument, fact: GoldFact) -> frozenset[str]:
    out = set()
    for start, end in fact.subjects:
        s, e = normalise_bounds(doc.text, start, end)
        out.add(doc.text[s:e].casefold())
    return frozenset(out)


def _period(doc: GoldDocument, fact: GoldFact) -> tuple[int, int] | None:
    return normalise_bounds(doc.text, *fact.period) if fact.period is not None else None


def _figure_key(doc: GoldDocument, fact: GoldFact, labels: dict[tuple[int, int], str]) -> tuple[str, int, int]:
    start, end = fact.figure
    s, e = normalise_bounds(doc.text, start, end)
    return labels.get((start, end), ""), s, e


def _figure_labels(doc: GoldDocument) -> dict[tuple[int, int], str]:
    return {(s.start, s.end): s.label for s in doc.spans}


def _show_span(doc: GoldDocument, bounds: Any) -> str:
    return "—" if bounds is None else doc.text[bounds[0] : bounds[1]]


def _show(doc: GoldDocument, fact: GoldFact, attribute: str) -> str:
    if attribute == "measure":
        return fact.measure.text if fact.measure is not None else "—"
    if attribute == "subjects":
        return ", ".join(doc.text[s:e] for s, e in fact.subjects) or "—"
    if attribute == "period":
        return _show_span(doc, fact.period)
    return f"{fact.kind}{'/' + fact.direction if fact.direction else ''}"


def attribute_checks(doc: GoldDocument, gold: GoldFact, pred: GoldFact) -> dict[str, bool]:
    """Which of measure, subjects, period and kind + direction a paired fact gets right."""
    return {
        "measure": measures_agree(doc, gold, pred),
        "subjects": _subject_set(doc, gold) == _subject_set(doc, pred),
        "period": _period(doc, gold) == _period(doc, pred),
        "kind": (gold.kind, gold.direction) == (pred.kind, pred.direction),
    }


@dataclass
class _FactTally:
    facts: Counts = Counts()
    rates: dict[str, Rate] = field(default_factory=lambda: dict.fromkeys((*ATTRIBUTES, "complete"), Rate()))
    documents: int = 0
    errors: list[FactError] = field(default_factory=list)


def _error(doc: GoldDocument, fact: GoldFact, attribute: str, predicted: str, gold: str) -> FactError:
    start, end = fact.figure
    return FactError(doc.id, doc.text[start:end], start, end, attribute, predicted, gold,
                     context(doc.text, start, end, width=60))


def _score_document(gold_doc: GoldDocument, pred_doc: GoldDocument, tally: _FactTally) -> None:
    gold_labels, pred_labels = _figure_labels(gold_doc), _figure_labels(pred_doc)
    gold = {_figure_key(gold_doc, f, gold_labels): f for f in gold_doc.facts or []}
    pred = {_figure_key(pred_doc, f, pred_labels): f for f in pred_doc.facts or []}
    paired = gold.keys() & pred.keys()
    tally.documents += 1
    tally.facts += Counts(len(paired), len(pred) - len(paired), len(gold) - len(paired))
    for key in sorted(gold.keys() - paired, key=lambda k: k[1]):
        tally.errors.append(_error(gold_doc, gold[key], "missed", "—", _show(gold_doc, gold[key], "measure")))
    for key in sorted(pred.keys() - paired, key=lambda k: k[1]):
        tally.errors.append(_error(pred_doc, pred[key], "spurious", _show(pred_doc, pred[key], "measure"), "—"))
    for key in sorted(paired, key=lambda k: k[1]):
        g, p = gold[key], pred[key]
        checks = attribute_checks(gold_doc, g, p)
        for attribute, right in checks.items():
            tally.rates[attribute] += Rate(int(right), 1)
            if not right:
                tally.errors.append(_error(gold_doc, g, attribute, _show(pred_doc, p, attribute),
                                           _show(gold_doc, g, attribute)))
        tally.rates["complete"] += Rate(int(all(checks.values())), 1)


def score_facts(pairs: Iterable[tuple[GoldDocument, GoldDocument]]) -> FactScore | None:
    """Score the facts of aligned (gold, prediction) documents; None when no gold document has facts."""
    tally = _FactTally()
    for gold_doc, pred_doc in pairs:
        if gold_doc.facts is not None:
            _score_document(gold_doc, pred_doc, tally)
    if not tally.documents:
        return None
    return FactScore(tally.facts, **{k: tally.rates[k] for k in (*ATTRIBUTES, "complete")},
                     documents=tally.documents, errors=tally.errors)
