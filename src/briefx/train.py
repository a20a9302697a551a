"""Fine-tune the base model's NER on gold entity spans, with rehearsal (issue 9 § 4).

The gold corpus labels six entity types (GOLD.md); the base NER knows eighteen,
and briefx reads some of the others (CARDINAL, DATE, MONEY …). So each training
text gets, besides its gold entities, the base model's own predictions of the
other labels wherever they do not overlap a gold span: the model learns the
corpus's entities without forgetting the rest ("rehearsal"). Only the ``ner``
component (with its own tok2vec) is updated; the weights are written with
``to_disk`` (with the component's ``config.cfg``) and `briefx.pipeline.add_tuned_ner` builds
the NER from them in place of the base model's own
when ``models/pipeline.json`` names them (``"ner": {"weights": "ner", …}``) and the base
model is the one they were tuned from.

Reproduce: ``briefx train-ner corpus/dev.jsonl corpus/real/dev.jsonl --out models/ner``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import minibatch
from thinc.api import Config

from briefx.schema import ENTITY_LABELS, GoldDocument


def rehearsal_entities(gold: GoldDocument, base: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Gold entity spans plus the base model's spans of other labels that overlap no gold span."""
    own = [(s.start, s.end, s.label) for s in gold.spans if s.label in ENTITY_LABELS]
    taken = [(s.start, s.end) for s in gold.spans]
    kept = [
        (start, end, label) for start, end, label in base
        if label not in ENTITY_LABELS and not any(start < e and s < end for s, e in taken)
    ]
    return sorted(own + kept)


def examples(nlp: Language, docs: Sequence[GoldDocument]) -> list[Example]:
    """Training examples: the base NER's predictions (other labels) merged with the gold entities."""
    out = []
    with nlp.select_pipes(enable=["ner"]):
        predicted = list(nlp.pipe(d.text for d in docs))
    for gold, doc in zip(docs, predicted, strict=True):
        base = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        entities = _aligned(nlp, gold.text, rehearsal_entities(gold, base))
        out.append(Example.from_dict(nlp.make_doc(gold.text), {"entities": entities}))
    return out


def _aligned(nlp: Language, text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans widened to token bounds, overlapping ones dropped (first wins)."""
    doc = nlp.make_doc(text)
    out: list[tuple[int, int, str]] = []
    used: set[int] = set()
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or used & set(range(span.start, span.end)):
            continue
        used.update(range(span.start, span.end))
        out.append((span.start_char, span.end_char, label))
    return out


def train_ner(model: str, docs: Sequence[GoldDocument], out: str | Path, *, epochs: int = 12,
              seed: int = 0, dropout: float = 0.2, batch_size: int = 8,
              pipeline_out: str | Path | None = None, average: bool = False) -> dict[str, float]:
    """Fine-tune `model`'s NER on `docs` and write it to `out` (and the whole base pipeline with it
    to `pipeline_out`, a model `--model` can load); returns the last epoch's losses. With `average`
    the weights written are the optimizer's running averages of the training's weights, not the last
    ones (measured out of fold at stop 25: no better; `benchmarks/ner_cv.py --average`)."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = spacy.load(model, exclude=["lemmatizer"])
    train = examples(nlp, docs)
    losses: dict[str, float] = {}
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for _ in range(epochs):
            random.shuffle(train)
            losses = {}
            for batch in minibatch(train, size=batch_size):
                nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
    Path(out).mkdir(parents=True, exist_ok=True)
    with nlp.use_params(optimizer.averages) if average else nullcontext():
        nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])  # the base model's vocabulary serves: features are hashes
        # the component's config beside its weights: briefx builds the NER from it and loads the weights once
        Config({"ner": nlp.config["components"]["ner"]}).to_disk(Path(out) / "config.cfg")
        if pipeline_out is not None:
            nlp.to_disk(pipeline_out)
    return losses
