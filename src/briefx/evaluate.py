"""Run briefx over gold documents to get predictions in GOLD.md form, for scoring."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

from briefx.components.facts import nearest_facts
from briefx.errors import GoldFormatError
from briefx.export import doc_to_briefing, to_gold
from briefx.pipeline import Article, Extractor
from briefx.schema import GoldDocument


def predict_gold(
    docs: Sequence[GoldDocument], extractor: Extractor, *, batch_size: int = 16
) -> list[GoldDocument]:
    """briefx's predictions for the gold documents' texts, each with its gold id and
    `meta.published` (the reference date for relative dates)."""
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


def predict_gold_with_fact_baseline(
    docs: Sequence[GoldDocument], extractor: Extractor, *, batch_size: int = 16
) -> tuple[list[GoldDocument], list[GoldDocument]]:
    """briefx's predictions (as `predict_gold`) and, from the same parses, the facts baseline's:
    the same spans with each figure's nearest preceding noun phrase as measure and nearest DATE
    in its sentence as period (level, no direction, no subjects)."""
    articles = (extractor.make_doc(Article(d.text, d.id, d.meta.published)) for d in docs)
    predictions, baseline = [], []
    for doc, parsed in zip(docs, extractor.nlp.pipe(articles, batch_size=batch_size), strict=True):
        try:
            gold = to_gold(doc_to_briefing(parsed))
        except ValidationError as exc:
            reason = str(exc).splitlines()[:3]
            raise GoldFormatError(
                f"{doc.id}: the pipeline's output is not a GOLD.md document: {' '.join(reason)}"
            ) from exc
        predictions.append(gold)
        baseline.append(GoldDocument.model_validate({**gold.model_dump(), "facts": nearest_facts(parsed)}))
    return predictions, baseline
