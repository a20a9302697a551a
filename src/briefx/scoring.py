"""GOLD.md § Scoring: compare predicted GoldDocuments with gold ones.

Pure: GoldDocuments in, results out; no spaCy, no pipeline. `score_documents()`
scores one system, `score_systems()` several against one gold set. Getting the
predictions (from a file, the briefx pipeline or the bare spaCy baseline) is
`briefx.evaluate.score_file()`, what `briefx.score()` and `briefx score` call.

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
  ``turns`` list; a turn matches at 90% overlap like a quote, both taken without the blanks,
  HTML tags and Markdown emphasis marks at their ends (`words_bounds`: a turn covers words). Turn speaker
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

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefx.errors import GoldFormatError
from briefx.labels import ENTITY_LABELS, FIGURE_LABELS  # noqa: F401 (re-exported)
from briefx.schema import GoldDocument
from briefx.score_report import (  # noqa: F401 (the report types and gates are this module's API too)
    GATE_KEYS,
    GROUPS,
    RECORD_GATE,
    SCORED_LABELS,
    Counts,
    ErrorKind,
    GroupScore,
    LabelScore,
    Rate,
    ScoreReport,
    SpanError,
    SystemScore,
    _sum_counts,
    _sum_rates,
    gate_f1,
    gate_failures,
    record,
    recorded_minimums,
    write_record,
    write_records,
)
from briefx.score_spans import CONTEXT_CHARS, context, normalise_bounds, words_bounds  # noqa: F401 (re-exported)
from briefx.scoring_facts import score_facts

VALUE_TOLERANCE = 1e-6
QUOTE_OVERLAP = 0.9


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
    gold = [_Span(*words_bounds(gold_doc.text, t.start, t.end), t) for t in gold_doc.turns]
    pred = [_Span(*words_bounds(pred_doc.text, t.start, t.end), t) for t in pred_doc.turns or ()]
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
    gold = {heading_key(s.heading, s.start) for s in gold_doc.sections}
    pred = {heading_key(s.heading, s.start) for s in pred_doc.sections}
    tally.sections += Counts(len(gold & pred), len(pred - gold), len(gold - pred))


def heading_key(heading: str, start: int) -> tuple[str, int]:
    """A heading as scored: the blanks around its line (a Markdown line break after it, an indent of spaces or
    no-break spaces before it) are no part of it, so gold and output that keep or drop them score the same.

    >>> heading_key("\xa0**Editor's notes**  ", 40)
    ("**Editor's notes**", 41)
    """
    kept = heading.lstrip()
    return kept.rstrip(), start + len(heading) - len(kept)


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

def score_systems(gold_name: str, gold: Sequence[GoldDocument],
                  predictions: Mapping[str, Sequence[GoldDocument]], *, fact_baseline: Any = None) -> ScoreReport:
    """Score each system's predictions against the gold documents; ids that do not pair up
    are named in the report's `warnings`. `fact_baseline`: the facts baseline's score, if any."""
    systems = {}
    warnings: list[str] = []
    for name, docs in predictions.items():
        pairs, notes = align(gold, docs)
        warnings.extend(f"{name}: {note}" for note in notes)
        systems[name] = score_pairs(pairs, name=name)
    return ScoreReport(gold_name, len(gold), systems, warnings, fact_baseline)
