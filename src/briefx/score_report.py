"""The results of GOLD.md scoring and the gates read off them: counts, rates, per-label,
per-group and per-system scores, the report and its stable `--json` structure
(`briefx.scoring`'s docstring), and `--min-f1` / recorded-figure gates.

Pure: no spaCy; the record files of the gates are the only I/O.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefx.errors import BriefxError
from briefx.labels import ENTITY_LABELS, FIGURE_LABELS

SCORED_LABELS = (*ENTITY_LABELS, *FIGURE_LABELS, "DATE")
GROUPS: dict[str, tuple[str, ...]] = {
    "entities": ENTITY_LABELS,
    "figures": FIGURE_LABELS,
    "overall": SCORED_LABELS,
}

ErrorKind = Literal["missed", "spurious", "boundary", "value", "speaker"]


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
