"""The scorer that runs pipelines: briefx (or the bare spaCy baseline) over gold documents,
its predictions in GOLD.md form, scored by the pure `briefx.scoring`. The only scoring
module that loads spaCy (on first use: scoring a prediction file imports none)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from briefx.errors import BriefxError, GoldFormatError
from briefx.io import Article, read_gold
from briefx.schema import GoldDocument
from briefx.scoring import ScoreReport, align, score_systems
from briefx.scoring_facts import score_facts

if TYPE_CHECKING:
    from briefx.pipeline import Extractor

BASELINES = ("spacy",)


def _gold_error(doc: GoldDocument, exc: ValidationError) -> GoldFormatError:
    reason = str(exc).splitlines()[:3]
    return GoldFormatError(f"{doc.id}: the pipeline's output is not a GOLD.md document: {' '.join(reason)}")


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
            raise _gold_error(doc, exc) from exc
    return predictions


def predict_gold_with_fact_baseline(
    docs: Sequence[GoldDocument], extractor: Extractor, *, batch_size: int = 16
) -> tuple[list[GoldDocument], list[GoldDocument]]:
    """briefx's predictions (as `predict_gold`) and, from the same parses, the facts baseline's:
    the same spans with each figure's nearest preceding noun phrase as measure and nearest DATE
    in its sentence as period (level, no direction, no subjects)."""
    from briefx.components.facts import nearest_facts
    from briefx.export import doc_to_briefing, to_gold, with_given_text

    articles = (extractor.make_doc(Article(d.text, d.id, d.meta.published)) for d in docs)
    predictions, baseline = [], []
    for doc, parsed in zip(docs, extractor.nlp.pipe(articles, batch_size=batch_size), strict=True):
        try:
            gold = to_gold(doc_to_briefing(parsed))
        except ValidationError as exc:
            raise _gold_error(doc, exc) from exc
        predictions.append(gold)
        facts = with_given_text(nearest_facts(parsed), gold.text)
        baseline.append(GoldDocument.model_validate({**gold.model_dump(), "facts": facts}))
    return predictions, baseline


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
    fact_baseline = None
    if pred is not None:
        predictions[Path(pred).name] = list(read_gold(pred, lenient=True))
    else:
        from briefx.pipeline import load

        predictions["briefx"], nearest = predict_gold_with_fact_baseline(gold, load(model))
        fact_baseline = score_facts(align(gold, nearest)[0])
    if baseline == "spacy":
        from briefx.baseline import baseline_gold, load_baseline

        predictions["spacy"] = baseline_gold(gold, load_baseline(model))
    return score_systems(str(gold_path), gold, predictions, fact_baseline=fact_baseline)
