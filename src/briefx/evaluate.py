"""The scorer that runs pipelines: briefx (or the bare spaCy baseline) over gold documents,
its predictions in GOLD.md form, scored by the pure `briefx.scoring`. The only scoring
module that loads spaCy (on first use: scoring a prediction file imports none)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from briefx.errors import BriefxError, GoldFormatError
from briefx.io import read_gold
from briefx.schema import GoldDocument
from briefx.scoring import ScoreReport, score_systems

if TYPE_CHECKING:
    from briefx.pipeline import Extractor

BASELINES = ("spacy",)


def predict_gold(
    docs: Sequence[GoldDocument], extractor: Extractor, *, batch_size: int = 16
) -> list[GoldDocument]:
    """briefx's predictions for the gold documents' texts, each with its gold id and
    `meta.published` (the reference date for relative dates)."""
    from briefx.export import to_gold  # spaCy is imported only when a pipeline runs

    items = (
        {"id": doc.id, "text": doc.text, "published": doc.meta.published} for doc in docs
    )
    predictions = []
    briefings = extractor.extract_many(items, batch_size=batch_size)
    for doc, briefing in zip(docs, briefings, strict=True):
        try:
            predictions.append(to_gold(briefing))
        except ValidationError as exc:
            reason = str(exc).splitlines()[:3]
            raise GoldFormatError(
                f"{doc.id}: the pipeline's output is not a GOLD.md document: {' '.join(reason)}"
            ) from exc
    return predictions


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
    gold = list(read_gold(gold_path))
    predictions: dict[str, list[GoldDocument]] = {}
    if pred is not None:
        predictions[Path(pred).name] = list(read_gold(pred))
    else:
        from briefx.pipeline import load

        predictions["briefx"] = predict_gold(gold, load(model))
    if baseline == "spacy":
        from briefx.baseline import baseline_gold, load_baseline

        predictions["spacy"] = baseline_gold(gold, load_baseline(model))
    return score_systems(str(gold_path), gold, predictions)
