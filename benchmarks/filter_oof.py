"""The learned entity filter measured with both the NER and the filter out of fold on real dev.

`benchmarks/ner_cv.py --keep DIR` leaves two fold NERs, each tuned on written dev plus the other half of
real dev (same seeded deal as here). Stage one reads every real dev document with the fold NER that never
saw it and keeps the rules' candidates (features, gold class, bounds); written dev and the extra files are
read with the shipped tuned NER (written dev is in every fold NER's training, so that reading is in sample
for the NER, as the ordinary written-dev score is). Stage two trains a filter per fold on the other real
dev fold's out-of-fold candidates plus written dev, applies it to the held fold's candidates, and applies
its drops and relabels to an out-of-fold prediction file (`ner_cv.py --predictions`), which is then scored
(entities only; a name the later components moved is left as it is: 99% of the candidates are found at
their bounds); written dev is dealt into 5 folds, each fold's filter trained on all real dev plus its
other folds. Extra files (unseen gold, the seed) are scored with a filter trained on all dev. Dev splits
only: never a test split.

    .venv/bin/python benchmarks/filter_oof.py --folds-dir /work/oof/folds --oof OOF.jsonl \
        --cache /tmp/rows.pkl [--extra UNSEEN.jsonl ...] [--thresholds 0.5,0.7,0.85] [--checked "ORG;ORG,NORP"]
"""

from __future__ import annotations

import argparse
import pickle
import random
from pathlib import Path

import numpy as np

from briefx import load
from briefx.components.entities import verify
from briefx.evaluate import predict_gold
from briefx.io import read_gold
from briefx.schema import GoldDocument
from briefx.scoring import score_documents
from briefx.train_filter import candidate_rows

REAL, WRITTEN = "corpus/real/dev.jsonl", "corpus/dev.jsonl"
LABELS = ("entities", "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")
UNCONFIRMED = ("ner", "bare")  # candidates no rule of briefx's own confirmed


def candidates(nlp, docs: list[GoldDocument]) -> list[list[tuple]]:
    """Per document: (features, gold class, start char, end char, label, source) of every name the rules choose."""
    return [[(features, label, span.start_char, span.end_char, cand.label, cand.source)
             for cand, span, features, label in rows] for rows in candidate_rows(nlp, docs)]


def deal(n: int, folds: int, seed: int) -> list[set[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [set(order[k::folds]) for k in range(folds)]


def stage_one(args) -> dict:
    real = list(read_gold(REAL))
    folds = deal(len(real), 2, args.seed)
    rows: dict = {"real": [None] * len(real)}
    for k, fold in enumerate(folds):
        nlp = load(str(Path(args.folds_dir) / f"fold{k}" / "pipeline"), tuned_ner=False).nlp
        held = sorted(fold)
        for i, r in zip(held, candidates(nlp, [real[i] for i in held]), strict=True):
            rows["real"][i] = r
        print(f"read real dev fold {k}", flush=True)
    extractor = load()
    for path in (WRITTEN, *args.extra):
        docs = list(read_gold(path))
        rows[path] = candidates(extractor.nlp, docs)
        rows[f"pred:{path}"] = [d.model_dump() for d in predict_gold(docs, extractor)]
        print(f"read {path}", flush=True)
    rows["folds"] = folds
    return rows


def filtered(pred: dict, doc_rows: list[tuple], model: verify.Verifier, sources: tuple[str, ...] | None) -> dict:
    """The prediction with the filter's drops and relabels applied to spans at a candidate's exact bounds."""
    change = {}
    for feats, _, start, end, label, source in doc_rows:
        if label not in model.checked or (sources is not None and source not in sources):
            continue
        verdict = verify.decide(model.probabilities(feats), label, drop_at=model.drop_at, relabel_at=model.relabel_at)
        if verdict.label != label:
            change[(start, end, label)] = verdict.label
    spans = []
    for span in pred["spans"]:
        key = (span["start"], span["end"], span["label"])
        if key in change:
            if change[key] is None:
                continue
            span = {**span, "label": change[key]}
        spans.append(span)
    return {**pred, "spans": spans, "facts": None}  # facts point at entity spans; entities alone are scored


def train(rows: list[list[tuple]], args) -> np.ndarray:
    return verify.train([(r[0], r[1]) for d in rows for r in d], seed=args.seed, epochs=args.epochs)


def configs(args):
    for checked in args.checked.split(";"):
        for sources in (None, UNCONFIRMED) if args.unconfirmed else (None,):
            for t in (float(x) for x in args.thresholds.split(",")):
                for relabel in (True, False):
                    yield tuple(checked.split(",")), sources, t, relabel


def line(name: str, gold, preds) -> str:
    score = score_documents(gold, [GoldDocument.model_validate(p) for p in preds])
    cells = []
    for k in LABELS:
        c = score.groups[k].strict if k == "entities" else score.labels[k].strict
        cells.append(f"{k}={c.tp}/{c.fp}/{c.fn}/{c.f1 or 0:.4f}")
    return f"{name:<40} " + " ".join(cells)


def sweep(name: str, gold, preds, doc_rows, weights_of, args) -> None:
    """Score the rules alone and every filter configuration; `weights_of(i)` gives document i's filter weights."""
    print(line(f"{name} rules", gold, preds), flush=True)
    for checked, sources, t, relabel in configs(args):
        out = []
        for i, pred in enumerate(preds):
            model = verify.Verifier(weights_of(i), drop_at=t, relabel_at=t if relabel else 2.0, checked=checked)
            out.append(filtered(pred, doc_rows[i], model, sources))
        tag = f"{'+'.join(checked)} {'unconf' if sources else 'all'} t={t} {'relab' if relabel else 'drop'}"
        print(line(f"{name} {tag}", gold, out), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds-dir", default="/work/oof/folds")
    parser.add_argument("--oof", required=True, help="out-of-fold predictions of real dev (ner_cv.py --predictions)")
    parser.add_argument("--cache", required=True)
    parser.add_argument("--extra", nargs="*", default=[])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--thresholds", default="0.5,0.7,0.85")
    parser.add_argument("--checked", default="ORG;ORG,PERSON,NORP", help="';'-separated label sets the filter changes")
    parser.add_argument("--only", default="real,written,extra")
    parser.add_argument("--unconfirmed", action="store_true", help="also filter only the names no rule confirmed")
    args = parser.parse_args()
    if Path(args.cache).exists():
        rows = pickle.loads(Path(args.cache).read_bytes())
    else:
        rows = stage_one(args)
        Path(args.cache).write_bytes(pickle.dumps(rows))
    real, written = list(read_gold(REAL)), list(read_gold(WRITTEN))
    if "real" in args.only:
        oof = {d.id: d.model_dump() for d in read_gold(args.oof)}
        weights = []
        for k in range(2):
            other = [r for i, r in enumerate(rows["real"]) if i not in rows["folds"][k]]
            weights.append(train(other + rows[WRITTEN], args))
        fold_of = {i: k for k, f in enumerate(rows["folds"]) for i in f}
        sweep("real-oof", real, [oof[d.id] for d in real], rows["real"], lambda i: weights[fold_of[i]], args)
    if "written" in args.only:
        wfolds = deal(len(written), 5, args.seed)
        wweights = [train(rows["real"] + [r for i, r in enumerate(rows[WRITTEN]) if i not in f], args) for f in wfolds]
        wfold_of = {i: k for k, f in enumerate(wfolds) for i in f}
        sweep("written-cv", written, rows[f"pred:{WRITTEN}"], rows[WRITTEN], lambda i: wweights[wfold_of[i]], args)
    if "extra" in args.only and args.extra:
        full = train(rows["real"] + rows[WRITTEN], args)
        for path in args.extra:
            sweep(Path(path).name, list(read_gold(path)), rows[f"pred:{path}"], rows[path], lambda i: full, args)


if __name__ == "__main__":
    main()
