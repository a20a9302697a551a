"""The `--baseline spacy` system: bare en_core_web_sm, its entities mapped to GOLD.md labels.

Only spans are predicted: no values, quotes, sections, title or authors. The
OntoNotes → GOLD.md label map is data (`models/lexicons/baseline_labels.json`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import spacy
from spacy.language import Language

from briefx.errors import ModelError
from briefx.pipeline import default_model
from briefx.resources import load_json
from briefx.schema import GoldDocument

# Attributes each mapped label needs in GOLD.md form; the baseline knows none of them.
_EMPTY_ATTRIBUTES: dict[str, dict[str, Any]] = {
    "MONEY": {"value": None, "currency": None},
    "PERCENT": {"value": None},
    "CAPACITY": {"value": None, "unit": None},
    "COUNT": {"value": None},
    "DATE": {"value": None},
}


def baseline_labels() -> dict[str, str]:
    """OntoNotes label → GOLD.md label; unlisted labels are dropped."""
    return dict(load_json("lexicons", "baseline_labels.json")["labels"])


def load_baseline(model: str | None = None) -> Language:
    """The bare spaCy pipeline `model` (default: `default_model()`), without briefx pipes."""
    name = model or default_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}; install it or pass --model NAME|PATH"
        ) from exc


def baseline_gold(
    docs: Sequence[GoldDocument], nlp: Language, *, batch_size: int = 16
) -> list[GoldDocument]:
    """The baseline's entities for each gold document's text, as GOLD.md documents."""
    labels = baseline_labels()
    out = []
    parsed = nlp.pipe((d.text for d in docs), batch_size=batch_size)
    for gold, doc in zip(docs, parsed, strict=True):
        spans = [
            {"start": ent.start_char, "end": ent.end_char, "text": ent.text,
             "label": labels[ent.label_], **_EMPTY_ATTRIBUTES.get(labels[ent.label_], {})}
            for ent in doc.ents
            if ent.label_ in labels
        ]
        out.append(GoldDocument.model_validate({"id": gold.id, "text": gold.text, "spans": spans}))
    return out
