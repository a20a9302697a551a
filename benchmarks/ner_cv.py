"""Document-grouped cross-validation of the fine-tuned NER (issue 9 § 4) on the real dev split.

The real dev documents are dealt into K folds by a seeded shuffle. For each fold a NER is fine-tuned
(`briefx.train.train_ner`, with rehearsal) on the written dev split plus the other real folds, and
the fold is scored by briefx on the tuned base model and on the stock one ("rules"): the rules are the same,
only the base model's entities under them differ. Folds train in parallel processes. Prints per
fold and pooled P/R/F1 of all entities and of each entity label. Dev splits only: never a test split.

    .venv/bin/python benchmarks/ner_cv.py [--folds 2] [--seed 0] [--epochs 12] [--jobs 2]
"""

from __future__ import annotations

import argparse
import random
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from briefx import load
from briefx.evaluate import predict_gold
from briefx.io import read_gold
from briefx.pipeline import default_model
from briefx.schema import GoldDocument
from briefx.score_report import Counts
from briefx.scoring import score_documents
from briefx.train import train_ner

REAL, WRITTEN = "corpus/real/dev.jsonl", "corpus/dev.jsonl"
LABELS = ("entities", "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")


def table(gold: list[GoldDocument], model: str) -> dict[str, Counts]:
    # never the shipped tuned NER: it was trained on every dev document, the held fold included
    score = score_documents(gold, predict_gold(gold, load(model, tuned_ner=False)))
    return {k: score.groups[k].strict if k == "entities" else score.labels[k].strict for k in LABELS}


def run_fold(k: int, train: list[GoldDocument], held: list[GoldDocument], seed: int, epochs: int,
             folder: str) -> tuple[int, dict[str, Counts], dict[str, Counts]]:
    """Tune on `train`, then score `held` with the tuned and with the stock base model."""
    out = Path(folder) / f"fold{k}"
    train_ner(default_model(), train, out / "ner", epochs=epochs, seed=seed, pipeline_out=out / "pipeline")
    return k, table(held, str(out / "pipeline")), table(held, default_model())


def show(title: str, rows: dict[str, Counts]) -> str:
    cells = " ".join(f"{k}={c.precision or 0:.3f}/{c.recall or 0:.3f}/{c.f1 or 0:.3f}" for k, c in rows.items())
    return f"{title:<22} {cells}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    real, written = list(read_gold(REAL)), list(read_gold(WRITTEN))
    order = list(range(len(real)))
    random.Random(args.seed).shuffle(order)
    folds = [set(order[k :: args.folds]) for k in range(args.folds)]
    pooled = {name: {label: Counts() for label in LABELS} for name in ("tuned", "rules")}
    with tempfile.TemporaryDirectory() as folder, ProcessPoolExecutor(args.jobs) as pool:
        jobs = [pool.submit(run_fold, k, written + [d for i, d in enumerate(real) if i not in fold],
                            [real[i] for i in sorted(fold)], args.seed, args.epochs, folder)
                for k, fold in enumerate(folds)]
        for job in jobs:
            k, tuned, rules = job.result()
            for name, rows in (("tuned", tuned), ("rules", rules)):
                print(show(f"fold{k} {name}", rows), flush=True)
                for label in LABELS:
                    pooled[name][label] = pooled[name][label] + rows[label]
    for name, rows in pooled.items():
        print(show(f"POOLED {name}", rows), flush=True)


if __name__ == "__main__":
    main()
