"""Document-grouped cross-validation of the fine-tuned NER (issue 9 § 4) on a dev split.

The held split's documents (real dev by default, `--held written` for written dev) are dealt into K folds
by a seeded shuffle. For each fold a NER is fine-tuned (`briefx.train.train_ner`, with rehearsal) on the
other dev split plus the held split's other folds, and
the fold is scored by briefx on the tuned base model and on the stock one ("rules"): the rules are the same,
only the base model's entities under them differ. Folds train in parallel processes. Prints per
fold and pooled P/R/F1 of all entities and of each entity label. Dev splits only: never a test split.

    .venv/bin/python benchmarks/ner_cv.py [--held real|written] [--folds 2] [--seed 0] [--epochs 12] [--jobs 2]
        [--keep DIR] [--diff] [--only K ...] [--average]

`--keep DIR` keeps each fold's tuned pipeline in DIR/fold{k}/pipeline; a later run with the same DIR,
split, folds and seed finds them there and only re-scores (after rule changes, without retraining).

`--predictions OUT.jsonl` writes every held document as the tuned fold that never saw it reads it, in gold
format and in the split's order: the out-of-fold picture of the current rules on every label (quotes, facts,
turns too), to read with `briefx score corpus/real/dev.jsonl --pred OUT.jsonl [--errors]`. The shipped NER
was tuned on all of dev, so dev errors scored the ordinary way hide the NER mistakes the test split sees.
With `--keep`, later runs re-read the kept folds under the rules of the checkout they run from. The shipped
entity filter is off in every reading here (it was trained on all of dev); `benchmarks/filter_oof.py` adds it
out of fold.
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
from briefx.train_filter import ENTITY_PIPE

SPLITS = {"real": "corpus/real/dev.jsonl", "written": "corpus/dev.jsonl"}
LABELS = ("entities", "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")


def predict(gold: list[GoldDocument], model: str) -> list[GoldDocument]:
    # never the shipped tuned NER nor the shipped entity filter: both were trained on every dev document, the
    # held fold included (benchmarks/filter_oof.py measures the filter with both out of fold)
    extractor = load(model, tuned_ner=False)
    extractor.nlp.get_pipe(ENTITY_PIPE).verifier = None
    return predict_gold(gold, extractor)


def table(gold: list[GoldDocument], predicted: list[GoldDocument]) -> dict[str, Counts]:
    score = score_documents(gold, predicted)
    return {k: score.groups[k].strict if k == "entities" else score.labels[k].strict for k in LABELS}


Span = tuple[int, int, str]


def entities(doc: GoldDocument) -> set[Span]:
    return {(s.start, s.end, s.label) for s in doc.spans if s.label in LABELS}


def differences(gold: GoldDocument, tuned: GoldDocument, rules: GoldDocument) -> list[str]:
    """Every entity span of one model and not the other, with the overlapping gold spans and which side is right."""
    truth, t, r = entities(gold), entities(tuned), entities(rules)
    rows = []
    for side, span in sorted([("tuned", x) for x in t - r] + [("stock", x) for x in r - t], key=lambda x: x[1]):
        near = [g for g in sorted(truth) if g[0] < span[1] and span[0] < g[1]]
        shown = " ".join(f"{gold.text[a:b]!r}/{lab}" for a, b, lab in near) or "-"
        verdict = "right" if span in truth else "WRONG"
        rows.append(f"{gold.id} [{span[0]}] {side} {verdict} {gold.text[span[0]:span[1]]!r}/{span[2]} | gold {shown}"
                    f" | {gold.text[max(0, span[0] - 50):span[1] + 50]!r}")
    return rows


def run_fold(k: int, train: list[GoldDocument], held: list[GoldDocument], seed: int, epochs: int,
             folder: str, average: bool = False
             ) -> tuple[int, dict[str, Counts], dict[str, Counts], list[str], list[GoldDocument]]:
    """Tune on `train`, then score `held` with the tuned and with the stock base model."""
    out = Path(folder) / f"fold{k}"
    if not (out / "pipeline" / "meta.json").exists():  # a kept fold is re-scored, not retrained
        train_ner(default_model(), train, out / "ner", epochs=epochs, seed=seed, pipeline_out=out / "pipeline",
                  average=average)
    tuned, rules = predict(held, str(out / "pipeline")), predict(held, default_model())
    rows = [row for triple in zip(held, tuned, rules, strict=True) for row in differences(*triple)]
    return k, table(held, tuned), table(held, rules), rows, tuned


def show(title: str, rows: dict[str, Counts]) -> str:
    cells = " ".join(f"{k}={c.precision or 0:.3f}/{c.recall or 0:.3f}/{c.f1 or 0:.3f}" for k, c in rows.items())
    return f"{title:<22} {cells}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--held", choices=sorted(SPLITS), default="real", help="the split dealt into folds")
    parser.add_argument("--keep", help="folder for the folds' tuned pipelines (reused when present)")
    parser.add_argument("--diff", action="store_true", help="print every entity span the two models differ on")
    parser.add_argument("--only", type=int, nargs="+", help="run these folds only (0-based)")
    parser.add_argument("--predictions", help="write the out-of-fold predictions of the held split here (gold JSONL)")
    parser.add_argument("--average", action="store_true", help="tune each fold's NER with averaged weights")
    args = parser.parse_args()
    held = list(read_gold(SPLITS[args.held]))
    other = [d for name, path in SPLITS.items() if name != args.held for d in read_gold(path)]
    order = list(range(len(held)))
    random.Random(args.seed).shuffle(order)
    folds = [set(order[k :: args.folds]) for k in range(args.folds)]
    pooled = {name: {label: Counts() for label in LABELS} for name in ("tuned", "rules")}
    out_of_fold: dict[str, GoldDocument] = {}
    with (tempfile.TemporaryDirectory() as scratch, ProcessPoolExecutor(args.jobs) as pool):
        folder = args.keep or scratch
        jobs = [pool.submit(run_fold, k, other + [d for i, d in enumerate(held) if i not in fold],
                            [held[i] for i in sorted(fold)], args.seed, args.epochs, folder, args.average)
                for k, fold in enumerate(folds) if args.only is None or k in args.only]
        for job in jobs:
            k, tuned, rules, spans, predicted = job.result()
            out_of_fold.update((doc.id, doc) for doc in predicted)
            if args.diff:
                print("\n".join(spans), flush=True)
            for name, rows in (("tuned", tuned), ("rules", rules)):
                print(show(f"fold{k} {name}", rows), flush=True)
                for label in LABELS:
                    pooled[name][label] = pooled[name][label] + rows[label]
    for name, rows in pooled.items():
        print(show(f"POOLED {name}", rows), flush=True)
    if args.predictions:
        write_predictions(args.predictions, held, out_of_fold)


def write_predictions(path: str, held: list[GoldDocument], predicted: dict[str, GoldDocument]) -> None:
    """The out-of-fold predictions in the held split's order; documents of folds not run are left out."""
    kept = [predicted[doc.id] for doc in held if doc.id in predicted]
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(doc.model_dump_json() + "\n" for doc in kept)
    print(f"wrote {len(kept)} of {len(held)} out-of-fold predictions to {path}", flush=True)


if __name__ == "__main__":
    main()
