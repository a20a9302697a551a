"""GOLD.md § Scoring: compare predicted GoldDocuments with gold ones.

Pure: GoldDocuments in, results out; no spaCy. `score_documents()` scores one
system; `score_file()` (what `briefx.score()` and `briefx score` call) reads a
gold file, gets predictions from a file, the briefx pipeline or the bare spaCy
baseline, and scores each system.

Decisions GOLD.md leaves open:

- Per-label strict/partial scores cover the entity labels, the figure labels and
  DATE. QUOTE is scored only by its own 90%-overlap rule (`quotes`), so the
  `overall` micro-average is over every label except QUOTE.
- Boundary normalisation also applies to QUOTE spans before the overlap test.
- Precision, recall and F1 are `None` when a label has neither gold nor
  predicted spans; otherwise an empty denominator gives 0.
- A rate (value, speaker, title, author accuracy) is `None` when nothing is
  eligible. Speaker accuracy counts matched quotes whose gold `speaker` is set,
  as DATE value accuracy counts matched spans whose gold `value` is set.
  Title and author rates run over every document (null equals null).
- Turns (GOLD.md § Turns) are scored only on gold documents that carry a
  ``turns`` list; a turn matches at 90% overlap like a quote. Turn speaker
  accuracy counts every matched turn: a gold null speaker (``Q``) is right
  when the predicted one is null too.
- A gold document with no prediction is scored as an empty prediction;
  predictions without a gold document are ignored and named in `warnings`.

`ScoreReport.to_dict()` is the stable `--json` structure::

    {"gold": str, "documents": int, "warnings": [str],
     "systems": {NAME: {
        "labels": {LABEL: {"gold": int, "predicted": int,
                           "strict": PRF, "partial": PRF, "values": RATE | null}},
        "groups": {"entities" | "figures" | "overall": {"strict": PRF, "partial": PRF}},
        "values": {"figures": RATE, "dates": RATE},
        "quotes": {"spans": PRF, "speakers": RATE},
        "turns": {"spans": PRF, "speakers": RATE, "questions": RATE},
        "fields": {"title": RATE, "authors": RATE, "sections": PRF},
        "errors": [ERROR]          # only with errors=True
     }}}
    PRF   = {"precision", "recall", "f1": float | null, "tp", "fp", "fn": int}
    RATE  = {"accuracy": float | null, "correct": int, "total": int}
    ERROR = {"doc_id", "label", "kind": missed | spurious | boundary | value | speaker,
             "start", "end", "text", "context", "detail": str | null}
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefx.errors import BriefxError, GoldFormatError
from briefx.schema import ENTITY_LABELS, FIGURE_LABELS, GoldDocument

SCORED_LABELS = (*ENTITY_LABELS, *FIGURE_LABELS, "DATE")
GROUPS: dict[str, tuple[str, ...]] = {
    "entities": ENTITY_LABELS,
    "figures": FIGURE_LABELS,
    "overall": SCORED_LABELS,
}
VALUE_TOLERANCE = 1e-6
QUOTE_OVERLAP = 0.9
CONTEXT_CHARS = 40
BASELINES = ("spacy",)

ErrorKind = Literal["missed", "spurious", "boundary", "value", "speaker"]

# --- boundary normalisation (GOLD.md § Boundary rules) ----------------------------------

_DETERMINER = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s", "'", "’")
# Symbols that belong to a figure are not "surrounding punctuation".
_KEPT_PUNCTUATION = frozenset("%‰&#@")


def _strippable(char: str) -> bool:
    if char.isspace():
        return True
    return unicodedata.category(char).startswith("P") and char not in _KEPT_PUNCTUATION


def normalise_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text[start:end]` without a leading determiner, trailing possessive or
    surrounding whitespace and punctuation; the original offsets if nothing would remain."""
    s, e = start, end
    while True:
        before = (s, e)
        while s < e and _strippable(text[s]):
            s += 1
        while e > s and _strippable(text[e - 1]):
            e -= 1
        determiner = _DETERMINER.match(text, s, e)
        if determiner and determiner.end() < e:
            s = determiner.end()
        for ending in _POSSESSIVE:
            if e - s > len(ending) and text.startswith(ending, e - len(ending)):
                e -= len(ending)
                break
        if (s, e) == before:
            return (s, e) if s < e else (start, end)


# --- counts and rates -------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

    @property
    def precision(self) -> float | None:
        return None if self.empty else (self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0)

    @property
    def recall(self) -> float | None:
        return None if self.empty else (self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0)

    @property
    def f1(self) -> float | None:
        return None if self.empty else 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Rate:
    """`correct` of `total` eligible items; `accuracy` is None when none was eligible."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.correct + other.correct, self.total + other.total)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


def _sum_counts(items: Iterable[Counts]) -> Counts:
    return sum(items, Counts())


def _sum_rates(items: Iterable[Rate]) -> Rate:
    return sum(items, Rate())


# --- results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SpanError:
    """One missed, spurious, mis-bounded or mis-valued span, with its context."""

    doc_id: str
    label: str
    kind: ErrorKind
    start: int
    end: int
    text: str
    context: str
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class LabelScore:
    gold: int
    predicted: int
    strict: Counts
    partial: Counts
    values: Rate | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted,
                "strict": self.strict.to_dict(), "partial": self.partial.to_dict(),
                "values": self.values.to_dict() if self.values is not None else None}


@dataclass(frozen=True)
class GroupScore:
    strict: Counts
    partial: Counts

    def to_dict(self) -> dict[str, Any]:
        return {"strict": self.strict.to_dict(), "partial": self.partial.to_dict()}


@dataclass(frozen=True)
class SystemScore:
    """Every GOLD.md score of one system over a gold set."""

    name: str
    labels: dict[str, LabelScore]
    groups: dict[str, GroupScore]
    values: dict[str, Rate]
    quotes: Counts
    speakers: Rate
    title: Rate
    authors: Rate
    sections: Counts
    errors: list[SpanError] = field(default_factory=list)
    turns: Counts = Counts()
    turn_speakers: Rate = Rate()
    turn_questions: Rate = Rate()
    facts: Any = None  # scoring_facts.FactScore, or None when no gold document has facts

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "labels": {label: score.to_dict() for label, score in self.labels.items()},
            "groups": {name: group.to_dict() for name, group in self.groups.items()},
            "values": {name: rate.to_dict() for name, rate in self.values.items()},
            "quotes": {"spans": self.quotes.to_dict(), "speakers": self.speakers.to_dict()},
            "turns": {"spans": self.turns.to_dict(), "speakers": self.turn_speakers.to_dict(),
                      "questions": self.turn_questions.to_dict()},
            "fields": {"title": self.title.to_dict(), "authors": self.authors.to_dict(),
                       "sections": self.sections.to_dict()},
        }
        if errors:
            out["errors"] = [error.to_dict() for error in self.errors]
        if self.facts is not None:
            out["facts"] = self.facts.to_dict(errors=errors)
        return out


@dataclass(frozen=True)
class ScoreReport:
    """The scores of one or more systems on one gold file; the first system is the main one."""

    gold: str
    documents: int
    systems: dict[str, SystemScore]
    warnings: list[str] = field(default_factory=list)
    fact_baseline: Any = None  # scoring_facts.FactScore of the nearest-phrase baseline, beside the main system

    @property
    def main(self) -> SystemScore:
        return next(iter(self.systems.values()))

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out = {"gold": self.gold, "documents": self.documents, "warnings": list(self.warnings),
               "systems": {name: s.to_dict(errors=errors) for name, s in self.systems.items()}}
        if self.fact_baseline is not None:
            out["fact_baseline"] = self.fact_baseline.to_dict(errors=errors)
        return out


# --- matching ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    raw: Any  # the schema span, for values and error reports


def _normalised(doc: GoldDocument, label: str) -> list[_Span]:
    return [_Span(*normalise_bounds(doc.text, s.start, s.end), s) for s in doc.spans
            if s.label == label]


def _overlap(a: _Span, b: _Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _greedy(gold: list[_Span], pred: list[_Span], accept) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), largest overlap first."""
    candidates = sorted(
        ((overlap, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
         if (overlap := _overlap(g, p)) and accept(g, p)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _same_bounds(g: _Span, p: _Span) -> bool:
    return (g.start, g.end) == (p.start, p.end)


def _quote_match(g: _Span, p: _Span) -> bool:
    # GOLD.md: overlap of at least 90% of the longer span.
    return _overlap(g, p) >= QUOTE_OVERLAP * max(g.end - g.start, p.end - p.start)


def numbers_equal(gold: Any, pred: Any) -> bool:
    """Figure values equal within relative tolerance 1e-6; ranges compare element-wise."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if isinstance(gold, tuple | list) or isinstance(pred, tuple | list):
        return (isinstance(gold, tuple | list) and isinstance(pred, tuple | list)
                and len(gold) == len(pred)
                and all(numbers_equal(g, p) for g, p in zip(gold, pred, strict=True)))
    return math.isclose(gold, pred, rel_tol=VALUE_TOLERANCE)


def _value_problem(gold: Any, pred: Any) -> str | None:
    """Why a strictly matched span's value is wrong (GOLD.md § Value accuracy), or None."""
    if not numbers_equal(gold.value, pred.value):
        return f"value {_show(pred.value)}, gold {_show(gold.value)}"
    for unit in ("currency", "si_unit"):
        if getattr(gold, unit, None) != getattr(pred, unit, None):
            return f"{unit} {getattr(pred, unit)}, gold {getattr(gold, unit)}"
    return None


def speakers_match(gold: str, pred: str | None) -> bool:
    """Case-insensitive equality, or either name being the other's last token."""
    if pred is None:
        return False
    g, p = gold.casefold().split(), pred.casefold().split()
    if not g or not p:
        return False
    return g == p or g == p[-1:] or p == g[-1:]


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "–".join(_show(v) for v in value)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def context(text: str, start: int, end: int, *, width: int = CONTEXT_CHARS) -> str:
    """`…left [[span]] right…` on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    flat = f"{left}[[{text[start:end]}]]{right}".replace("\n", " ")
    return ("…" if start > width else "") + flat + ("…" if end + width < len(text) else "")


def _error(doc: GoldDocument, label: str, kind: ErrorKind, span: _Span,
           detail: str | None = None) -> SpanError:
    raw = span.raw
    text = getattr(raw, "text", None) or doc.text[raw.start : raw.end]
    return SpanError(doc.id, label, kind, raw.start, raw.end, text,
                     context(doc.text, raw.start, raw.end), detail)


# --- scoring ----------------------------------------------------------------------------


def _per_label(zero: Any) -> dict[str, Any]:
    return dict.fromkeys(SCORED_LABELS, zero)


@dataclass
class _Tally:
    """Mutable running totals while the documents are scored."""

    strict: dict[str, Counts] = field(default_factory=lambda: _per_label(Counts()))
    partial: dict[str, Counts] = field(default_factory=lambda: _per_label(Counts()))
    values: dict[str, Rate] = field(
        default_factory=lambda: dict.fromkeys((*FIGURE_LABELS, "DATE"), Rate())
    )
    gold: dict[str, int] = field(default_factory=lambda: _per_label(0))
    predicted: dict[str, int] = field(default_factory=lambda: _per_label(0))
    quotes: Counts = Counts()
    speakers: Rate = Rate()
    title: Rate = Rate()
    authors: Rate = Rate()
    sections: Counts = Counts()
    errors: list[SpanError] = field(default_factory=list)
    turns: Counts = Counts()
    turn_speakers: Rate = Rate()
    turn_questions: Rate = Rate()


def _labels_at(doc: GoldDocument) -> dict[tuple[int, int], str]:
    """Normalised bounds -> label, to name a confusion in the error list."""
    return {normalise_bounds(doc.text, s.start, s.end): s.label for s in doc.spans
            if s.label != "QUOTE"}


def _score_label(gold_doc: GoldDocument, pred_doc: GoldDocument, label: str, tally: _Tally,
                 gold_at: dict[tuple[int, int], str], pred_at: dict[tuple[int, int], str]) -> None:
    gold, pred = _normalised(gold_doc, label), _normalised(pred_doc, label)
    strict = _greedy(gold, pred, _same_bounds)
    partial = _greedy(gold, pred, lambda g, p: True)
    tally.gold[label] += len(gold)
    tally.predicted[label] += len(pred)
    tally.strict[label] += Counts(len(strict), len(pred) - len(strict), len(gold) - len(strict))
    tally.partial[label] += Counts(len(partial), len(pred) - len(partial), len(gold) - len(partial))

    if label in FIGURE_LABELS or label == "DATE":
        rate = Rate()
        for i, j in strict:
            g, p = gold[i].raw, pred[j].raw
            if label == "DATE":
                if g.value is None:
                    continue
                problem = None if p.value == g.value else f"value {p.value}, gold {g.value}"
            else:
                problem = _value_problem(g, p)
            rate += Rate(int(problem is None), 1)
            if problem:
                tally.errors.append(_error(gold_doc, label, "value", pred[j], problem))
        tally.values[label] += rate

    # A strict pair is always a partial pair: same-label spans never overlap, so a span
    # identical to its partner overlaps nothing else.
    strict_pairs = set(strict)
    tally.errors.extend(
        _error(gold_doc, label, "boundary", gold[i], f"predicted {pred[j].raw.text!r}")
        for i, j in partial if (i, j) not in strict_pairs
    )
    matched_gold = {i for i, _ in partial}
    matched_pred = {j for _, j in partial}
    tally.errors.extend(_error(gold_doc, label, "missed", g, _as("predicted", pred_at, g))
                        for i, g in enumerate(gold) if i not in matched_gold)
    tally.errors.extend(_error(pred_doc, label, "spurious", p, _as("gold", gold_at, p))
                        for j, p in enumerate(pred) if j not in matched_pred)


def _as(side: str, labels_at: dict[tuple[int, int], str], span: _Span) -> str | None:
    other = labels_at.get((span.start, span.end))
    return f"{side} {other}" if other else None


def _score_quotes(gold_doc: GoldDocument, pred_doc: GoldDocument, tally: _Tally) -> None:
    gold, pred = _normalised(gold_doc, "QUOTE"), _normalised(pred_doc, "QUOTE")
    pairs = _greedy(gold, pred, _quote_match)
    tally.quotes += Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
    for i, j in pairs:
        speaker = gold[i].raw.speaker
        if speaker is None:
            continue
        right = speakers_match(speaker, pred[j].raw.speaker)
        tally.speakers += Rate(int(right), 1)
        if not right:
            detail = f"speaker {pred[j].raw.speaker!r}, gold {speaker!r}"
            tally.errors.append(_error(gold_doc, "QUOTE", "speaker", gold[i], detail))
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    tally.errors.extend(_error(gold_doc, "QUOTE", "missed", g)
                        for i, g in enumerate(gold) if i not in matched_gold)
    tally.errors.extend(_error(pred_doc, "QUOTE", "spurious", p)
                        for j, p in enumerate(pred) if j not in matched_pred)


def _score_turns(gold_doc: GoldDocument, pred_doc: GoldDocument, tally: _Tally) -> None:
    if gold_doc.turns is None:
        return
    gold = [_Span(t.start, t.end, t) for t in gold_doc.turns]
    pred = [_Span(t.start, t.end, t) for t in pred_doc.turns or ()]
    pairs = _greedy(gold, pred, _quote_match)
    tally.turns += Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
    for i, j in pairs:
        g, p = gold[i].raw, pred[j].raw
        right = p.speaker is None if g.speaker is None else speakers_match(g.speaker, p.speaker)
        tally.turn_speakers += Rate(int(right), 1)
        tally.turn_questions += Rate(int(g.question == p.question), 1)
        if not right:
            tally.errors.append(_error(gold_doc, "TURN", "speaker", gold[i],
                                       f"speaker {p.speaker!r}, gold {g.speaker!r}"))
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    tally.errors.extend(_error(gold_doc, "TURN", "missed", g) for i, g in enumerate(gold) if i not in matched_gold)
    tally.errors.extend(_error(pred_doc, "TURN", "spurious", p) for j, p in enumerate(pred) if j not in matched_pred)


def _score_fields(gold_doc: GoldDocument, pred_doc: GoldDocument, tally: _Tally) -> None:
    tally.title += Rate(int(gold_doc.meta.title == pred_doc.meta.title), 1)
    tally.authors += Rate(int(gold_doc.meta.authors == pred_doc.meta.authors), 1)
    gold = {(s.heading, s.start) for s in gold_doc.sections}
    pred = {(s.heading, s.start) for s in pred_doc.sections}
    tally.sections += Counts(len(gold & pred), len(pred - gold), len(gold - pred))


def align(gold: Sequence[GoldDocument], pred: Sequence[GoldDocument]
          ) -> tuple[list[tuple[GoldDocument, GoldDocument]], list[str]]:
    """Pair each gold document with the prediction of the same id (an empty one if none).

    Raises:
        GoldFormatError: duplicate ids, or a prediction whose text differs from the gold.
    """
    for name, docs in (("gold", gold), ("prediction", pred)):
        seen: set[str] = set()
        for doc in docs:
            if doc.id in seen:
                raise GoldFormatError(f"{name} document id {doc.id!r} appears twice")
            seen.add(doc.id)
    by_id = {doc.id: doc for doc in pred}
    pairs = []
    for doc in gold:
        found = by_id.pop(doc.id, None)
        if found is not None and found.text != doc.text:
            raise GoldFormatError(
                f"{doc.id}: the predicted text differs from the gold text, "
                "so their offsets cannot be compared"
            )
        pairs.append((doc, found or GoldDocument(id=doc.id, text=doc.text)))
    predicted_ids = {doc.id for doc in pred}
    missing = [doc.id for doc in gold if doc.id not in predicted_ids]
    warnings = []
    if missing:
        warnings.append(f"{len(missing)} gold document(s) have no prediction, scored as empty: "
                        + ", ".join(missing))
    if by_id:
        warnings.append(f"{len(by_id)} predicted document(s) have no gold and were ignored: "
                        + ", ".join(by_id))
    return pairs, warnings


def score_pairs(pairs: Iterable[tuple[GoldDocument, GoldDocument]], *, name: str) -> SystemScore:
    """Score aligned (gold, prediction) documents as one system."""
    from briefx.scoring_facts import score_facts  # imports this module's counts

    pairs = list(pairs)
    tally = _Tally()
    for gold_doc, pred_doc in pairs:
        gold_at, pred_at = _labels_at(gold_doc), _labels_at(pred_doc)
        for label in SCORED_LABELS:
            _score_label(gold_doc, pred_doc, label, tally, gold_at, pred_at)
        _score_quotes(gold_doc, pred_doc, tally)
        _score_turns(gold_doc, pred_doc, tally)
        _score_fields(gold_doc, pred_doc, tally)
    labels = {
        label: LabelScore(tally.gold[label], tally.predicted[label], tally.strict[label],
                          tally.partial[label], tally.values.get(label))
        for label in SCORED_LABELS
    }
    groups = {
        group: GroupScore(_sum_counts(tally.strict[label] for label in members),
                          _sum_counts(tally.partial[label] for label in members))
        for group, members in GROUPS.items()
    }
    values = {
        "figures": _sum_rates(tally.values[label] for label in FIGURE_LABELS),
        "dates": tally.values["DATE"],
    }
    order = {label: k for k, label in enumerate((*SCORED_LABELS, "QUOTE", "TURN"))}
    errors = sorted(tally.errors, key=lambda e: (order[e.label], e.doc_id, e.start, e.kind))
    return SystemScore(name, labels, groups, values, tally.quotes, tally.speakers, tally.title,
                       tally.authors, tally.sections, errors, tally.turns, tally.turn_speakers,
                       tally.turn_questions, score_facts(pairs))


def score_documents(gold: Sequence[GoldDocument], pred: Sequence[GoldDocument], *,
                    name: str = "pred") -> SystemScore:
    """Score predicted documents against gold ones, paired by id."""
    pairs, _ = align(gold, pred)
    return score_pairs(pairs, name=name)


def score_file(gold_path: str | Path, *, pred: str | Path | None = None,
               baseline: str | None = None, model: str | None = None) -> ScoreReport:
    """Score briefx (or the predictions in `pred`) against a GOLD.md file.

    Args:
        gold_path: GOLD.md JSON Lines file.
        pred: a GOLD.md file of predictions to score instead of running the pipeline.
        baseline: ``"spacy"`` also scores bare en_core_web_sm, mapped to GOLD.md labels.
        model: base spaCy pipeline for briefx and the baseline (default: `default_model()`).

    Raises:
        GoldFormatError: a gold or prediction file that does not follow GOLD.md.
    """
    if baseline is not None and baseline not in BASELINES:
        raise BriefxError(f"unknown baseline {baseline!r}; choose from {', '.join(BASELINES)}")
    from briefx.io import read_gold

    gold = list(read_gold(gold_path))
    predictions: dict[str, list[GoldDocument]] = {}
    fact_baseline = None
    if pred is not None:
        predictions[Path(pred).name] = list(read_gold(pred, lenient=True))
    else:
        from briefx.evaluate import predict_gold_with_fact_baseline
        from briefx.pipeline import load
        from briefx.scoring_facts import score_facts

        predictions["briefx"], nearest = predict_gold_with_fact_baseline(gold, load(model))
        fact_baseline = score_facts(align(gold, nearest)[0])
    if baseline == "spacy":
        from briefx.baseline import baseline_gold, load_baseline

        predictions["spacy"] = baseline_gold(gold, load_baseline(model))
    systems = {}
    warnings: list[str] = []
    for name, docs in predictions.items():
        pairs, notes = align(gold, docs)
        warnings.extend(f"{name}: {note}" for note in notes)
        systems[name] = score_pairs(pairs, name=name)
    return ScoreReport(str(gold_path), len(gold), systems, warnings, fact_baseline)


# --- gates: --min-f1 and the recorded figures --------------------------------------------

GATE_KEYS = (*GROUPS, *SCORED_LABELS, "quotes", "sections", "turns")
RECORD_GATE = ("entities", "figures")
_GATE_EPSILON = 1e-9


def gate_f1(system: SystemScore, key: str) -> float | None:
    """The F1 a gate key names: strict F1 of a group or label, quote span, section or turn F1."""
    if key in GROUPS:
        return system.groups[key].strict.f1
    if key in system.labels:
        return system.labels[key].strict.f1
    if key == "quotes":
        return system.quotes.f1
    if key == "sections":
        return system.sections.f1
    if key == "turns":
        return system.turns.f1
    raise BriefxError(f"unknown score {key!r}; choose from {', '.join(GATE_KEYS)}")


def gate_failures(system: SystemScore, minimums: Mapping[str, float]) -> list[str]:
    """One message per score below its minimum (an unscorable score fails too)."""
    failures = []
    for key, minimum in minimums.items():
        f1 = gate_f1(system, key)
        if f1 is None:
            failures.append(f"{key} F1 cannot be computed (no gold or predicted spans)")
        elif f1 < minimum - _GATE_EPSILON:
            failures.append(f"{key} F1 {f1:.4f} is below the minimum {minimum:.4f}")
    return failures


def record(report: ScoreReport, *, gate: Sequence[str] = RECORD_GATE) -> dict[str, Any]:
    """The recorded figures of the main system: every group's strict F1 plus quotes and sections,
    and the keys `--against` gates on."""
    system = report.main
    keys = (*GROUPS, "quotes", "sections")
    f1 = {key: gate_f1(system, key) for key in keys}
    return {
        "about": "Recorded scores; `briefx score GOLD --against THIS` fails when a 'gate' score "
                 "falls more than --tolerance below its figure here. Re-record with --record.",
        "gold": report.gold,
        "documents": report.documents,
        "system": system.name,
        "gate": list(gate),
        "f1": {key: round(value, 4) if value is not None else None for key, value in f1.items()},
    }


def write_record(path: str | Path, report: ScoreReport) -> None:
    """Write `record(report)` as JSON."""
    Path(path).write_text(json.dumps(record(report), indent=2) + "\n", encoding="utf-8")


def write_records(path: str | Path, reports: Sequence[ScoreReport]) -> None:
    """Write the records of several gold files as one JSON file, keyed by gold file."""
    data = {
        "about": "Recorded scores per gold file; `briefx score GOLD... --against THIS` fails when a 'gate' "
                 "score of a listed file falls more than --tolerance below its figure here. "
                 "Re-record with --record.",
        "files": {report.gold: record(report) for report in reports},
    }
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def recorded_minimums(path: str | Path, *, tolerance: float, gold: str | None = None) -> dict[str, float]:
    """Minimum F1 per gated key: the recorded figure less `tolerance`.

    A file written by `write_records` holds one record per gold file: `gold` picks it
    (no record for that file: no minimums). A file of one record applies to any gold file.

    Raises:
        BriefxError: a missing or malformed record file.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if "files" in data:
            data = data["files"].get(str(gold)) if gold is not None else None
            if data is None:
                return {}
        gate = data.get("gate") or list(data["f1"])
        return {key: data["f1"][key] - tolerance for key in gate}
    except FileNotFoundError:
        raise BriefxError(f"{p}: no such file") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BriefxError(f"{p}: not a recorded scores file ({exc})") from None
