"""briefx: turn press briefings and news articles into structured, validated records.

    >>> import briefx
    >>> extractor = briefx.load()
    >>> record = extractor.extract(text, published="2026-03-02")
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from briefx.errors import BriefxError, InputError, ModelError

if TYPE_CHECKING:
    from briefx.pipeline import Extractor
    from briefx.schema import Briefing, GoldDocument

__all__ = [
    "Briefing",
    "BriefxError",
    "GoldDocument",
    "InputError",
    "ModelError",
    "__version__",
    "extract",
    "extract_many",
    "load",
    "score",
]
__version__ = "0.1.0"

logging.getLogger("briefx").addHandler(logging.NullHandler())


def load(model: str | None = None, *, tuned_ner: bool | None = None) -> Extractor:
    """Load the briefx pipeline on top of a spaCy model (default: en_core_web_sm, with the NER
    tuned on briefx's gold; `tuned_ner=False` or `BRIEFX_STOCK_NER=1` keeps the model's own)."""
    from briefx.pipeline import load as _load

    return _load(model, tuned_ner=tuned_ner)


def extract(text: str, *, doc_id: str | None = None, published: date | str | None = None) -> Briefing:
    """Extract one article with the default pipeline (loaded once, then cached)."""
    return _default().extract(text, doc_id=doc_id, published=published)


def extract_many(items: Iterable, *, batch_size: int = 16) -> Iterator[Briefing]:
    """Stream records for texts, (text, context) tuples or {"id", "text", "published"} dicts."""
    return _default().extract_many(items, batch_size=batch_size)


def score(gold_path, **options):
    """Score the pipeline (or a prediction file) against a GOLD.md file; see briefx.evaluate."""
    from briefx.evaluate import score_file

    return score_file(gold_path, **options)


def __getattr__(name: str):
    # The record models load pydantic; import them on first use so that
    # `import briefx.normalize…` stays free of pydantic and spaCy.
    if name in ("Briefing", "GoldDocument"):
        from briefx import schema

        return getattr(schema, name)
    raise AttributeError(f"module 'briefx' has no attribute {name!r}")


_EXTRACTOR: Extractor | None = None


def _default() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = load()
    return _EXTRACTOR
