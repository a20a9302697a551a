"""Document-grouped cross-validation of the learned entity filter on the dev splits.

Each split's documents are dealt into K folds by a seeded shuffle; each fold's filter is trained on
the other split whole plus the other folds of its own split, and the fold is scored with the filter
on and off (the same parses otherwise). Prints per fold and pooled P/R/F1 of all entities and of
each entity label. Dev splits only: never run on a test split.

    .venv/bin/python benchmarks/filter_cv.py [--folds 5] [--seed 0] [--thresholds 0.5,0.7]
    .venv/bin/python benchmarks/filter_cv.py --unseen NEW.jsonl --tuned --thresholds 0.5,0.7,0.85
"""

from __future__ import annotations

import argparse
import random

from briefx import load
from briefx.components.entities import verify
from briefx.evaluate import predict_gold
from briefx.io import read_gold
from briefx.score_report import Counts
from briefx.scoring import score_documents
from briefx.train_filter import collect

SPLITS = ("corpus/real/dev.jsonl", "corpus/dev.jsonl")
LABELS = ("entities", "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")


def counts(score, name: str) -> Counts:
    return score.groups[name].strict if name == "entities" else score.labels[name].strict


def show(title: str, table: dict[str, Counts]) -> str:
    cells = " ".join(f"{k}={c.precision or 0:.3f}/{c.recall or 0:.3f}/{c.f1 or 0:.3f}" for k, c in table.items())
    return f"{title:<28} {cells}"


def systems(extractor, gold, weights, thresholds, checked) -> dict:
    """The fold scored by the rules alone and with the filter at each threshold."""
    component = extractor.nlp.get_pipe("briefx_entities")
    component.verifier = None
    out = {"rules": score_documents(gold, predict_gold(gold, extractor))}
    for t in thresholds:
        component.verifier = verify.Verifier(weights, drop_at=t, relabel_at=t, checked=checked)
        out[f"filter@{t}"] = score_documents(gold, predict_gold(gold, extractor))
    component.verifier = None
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--thresholds", default="0.5")
    parser.add_argument("--checked", default=",".join(verify.CHANGED), help="labels the filter may change")
    parser.add_argument("--unseen", help="a dev gold file the rules were never tuned on: train on both dev splits "
                        "less its documents, score it with the filter on and off")
    parser.add_argument("--tuned", action="store_true", help="with --unseen: read with the shipped tuned NER (its "
                        "candidates for training too); right only when that NER saw none of the unseen documents")
    args = parser.parse_args()
    # the shipped tuned NER was trained on every dev document, folds included: stock unless told
    extractor = load(tuned_ner=bool(args.tuned and args.unseen))
    docs = {split: list(read_gold(split)) for split in SPLITS}
    rows = {split: collect(extractor.nlp, docs[split]) for split in SPLITS}
    thresholds = [float(x) for x in args.thresholds.split(",")]
    checked = tuple(args.checked.split(","))
    if args.unseen:
        gold = list(read_gold(args.unseen))
        held = {d.id for d in gold}  # documents of the unseen file that are also in a dev split stay out of training
        train = [r for s in SPLITS for doc, d in zip(docs[s], rows[s], strict=True) if doc.id not in held for r in d]
        weights = verify.train(train, seed=args.seed, epochs=args.epochs)
        for name, score in systems(extractor, gold, weights, thresholds, checked).items():
            print(show(f"{args.unseen} {name}", {label: counts(score, label) for label in LABELS}), flush=True)
        return
    for split in SPLITS:
        order = list(range(len(docs[split])))
        random.Random(args.seed).shuffle(order)
        folds = [order[k :: args.folds] for k in range(args.folds)]
        rest = [r for s in SPLITS if s != split for d in rows[s] for r in d]
        pooled: dict[str, dict[str, Counts]] = {}
        for k, fold in enumerate(folds):
            held = set(fold)
            train = rest + [r for i, d in enumerate(rows[split]) if i not in held for r in d]
            weights = verify.train(train, seed=args.seed, epochs=args.epochs)
            gold = [docs[split][i] for i in fold]
            for name, score in systems(extractor, gold, weights, thresholds, checked).items():
                table = {label: counts(score, label) for label in LABELS}
                print(show(f"{split} fold{k} {name}", table), flush=True)
                acc = pooled.setdefault(name, {label: Counts() for label in LABELS})
                for label in LABELS:
                    acc[label] = acc[label] + table[label]
        for name, table in pooled.items():
            print(show(f"{split} POOLED {name}", table), flush=True)


if __name__ == "__main__":
    main()
