"""Run briefx over gold documents to get predictions in GOLD.md form, for scoring."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

from briefx.errors import GoldFormatError
from briefx.export import to_gold
from briefx.pipeline import Extractor
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
