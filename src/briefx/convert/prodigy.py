"""GOLD.md ⇄ Prodigy JSONL (`text`, `tokens`, `spans` with character and token offsets).

Prodigy is Python, so its character offsets are code points. Tokens come from
spaCy's blank English tokenizer, split further wherever a span starts or ends
inside a token, so every span covers whole tokens (`token_end` is inclusive).
Span attributes travel in the task's `briefx` object, keyed by span; the
document id is also in `meta`, which Prodigy shows on the card.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from briefx.convert.spans import CARRIER, attributes_of, document_fields, gold_document, gold_span, span_key


@cache
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def tokens_for(text: str, cuts: set[int]) -> list[dict[str, Any]]:
    """Prodigy tokens of `text`: the blank English tokenizer's, split at every offset in `cuts`."""
    pieces: list[tuple[int, int, bool]] = []
    for token in _tokenizer()(text):
        start, end = token.idx, token.idx + len(token.text)
        inner = sorted(c for c in cuts if start < c < end)
        for a, b in zip([start, *inner], [*inner, end], strict=True):
            pieces.append((a, b, bool(token.whitespace_) and b == end))
    return [{"text": text[a:b], "start": a, "end": b, "id": i, "ws": ws} for i, (a, b, ws) in enumerate(pieces)]


def to_prodigy(document: dict[str, Any]) -> dict[str, Any]:
    """One Prodigy task for a GOLD.md document."""
    text = document["text"]
    spans = document.get("spans", [])
    tokens = tokens_for(text, {s["start"] for s in spans} | {s["end"] for s in spans})
    first = {t["start"]: t["id"] for t in tokens}
    last = {t["end"]: t["id"] for t in tokens}
    out_spans = [
        {"start": s["start"], "end": s["end"], "token_start": first[s["start"]], "token_end": last[s["end"]],
         "label": s["label"]}
        for s in spans
    ]
    carried = {
        **document_fields(document),
        "attributes": {span_key(s["start"], s["end"], s["label"]): attributes_of(s) for s in spans},
    }
    return {"text": text, "tokens": tokens, "spans": out_spans, "meta": {"id": document.get("id", "")},
            CARRIER: carried}


def from_prodigy(task: dict[str, Any]) -> dict[str, Any]:
    """The GOLD.md document of a Prodigy task (as saved by `prodigy db-out`)."""
    text = task["text"]
    carried = dict(task.get(CARRIER) or (task.get("meta") or {}).get(CARRIER) or {})
    attributes = carried.pop("attributes", {})
    carried.setdefault("id", str((task.get("meta") or {}).get("id", "")))
    spans = []
    for span in task.get("spans") or []:
        start, end, label = int(span["start"]), int(span["end"]), str(span["label"])
        spans.append(gold_span(text, start, end, label, attributes.get(span_key(start, end, label), {})))
    return gold_document(text, carried, spans)
