"""A learned check on the entity rules' winners (issue 9 § 4): for each name about to be written,
keep it, relabel it or drop it.

The model is a multinomial logistic regression over hashed string features that the parse already
holds (the span's shape, words and lemmas, its neighbours, the head's dependency, the gazetteers,
the rule that produced it, the other mentions of its text); no extra model pass. It is trained on
the rules' own candidates on the dev splits, each labelled with the label of the gold span at
exactly its bounds, else ``none`` (`briefx train-filter`, `briefx.train_filter`). The weights live
in ``models/verify/`` and the entity component applies them only when its ``verify`` setting
names them.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from briefx.components.attributes import doc_text
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

CHECKED = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")
# the labels it changes by default: dropping GPE, LOC or EVENT names cost more than it gained in cross-validation
CHANGED = ("ORG", "PERSON", "NORP")
NONE = "none"
CLASSES = (*CHECKED, NONE)
BITS = 18


def word_shape(text: str) -> str:
    """'Xxxx', 'XX', 'dd', 'Xx.' with runs of one kind cut to two: a token's look without its letters."""
    out: list[str] = []
    for ch in text:
        kind = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) < 2 or out[-1] != kind or out[-2] != kind:
            out.append(kind)
    return "".join(out)


def bucket(n: int) -> str:
    """A count as 0, 1, 2, 3-4 or 5+: the features stay few."""
    return str(n) if n < 3 else "3-4" if n < 5 else "5+"


def span_features(view: DocView, lex: Lexicon, cand: Candidate) -> list[str]:
    """The string features of one candidate; every feature also appears joined with its label."""
    doc = view.doc
    span = doc[cand.start : cand.end]
    root = span.root
    first, last = doc[cand.start], doc[cand.end - 1]
    prev = doc[cand.start - 1].lower_ if cand.start > 0 else "<s>"
    prev2 = doc[cand.start - 2].lower_ if cand.start > 1 else "<s>"
    nxt = doc[cand.end].lower_ if cand.end < len(doc) else "</s>"
    text = view.span_text(cand.start, cand.end)
    whole = doc_text(doc)
    mentions = sum(1 for i in view.positions.get(first.text, ()) if view.span_text(i, i + len(cand)) == text)
    base = {
        "src": cand.source,
        "len": bucket(len(cand)),
        "shape": " ".join(word_shape(t.text) for t in span)[:24],
        "text": text.lower(),
        "head": root.lower_,
        "first": first.lower_,
        "last": last.lower_,
        "first_shape": word_shape(first.text),
        "last_shape": word_shape(last.text),
        "prev": prev,
        "prev2": f"{prev2} {prev}",
        "next": nxt,
        "dep": root.dep_,
        "dep_head": f"{root.dep_} {root.head.lower_}",
        "caps": str(text.isupper()),
        "place": str(lex.known_place(text)),
        # the base model's entity starting here, and whether it has the same bounds (token tags: doc.ents
        # would build every entity of the document for each name)
        "ner": first.ent_type_ if first.ent_iob_ == "B" else "-",
        "ner_end": str(first.ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in span[1:])
                       and (cand.end == len(doc) or doc[cand.end].ent_iob_ != "I")),
        "mentions": bucket(mentions),
        "initial": str(view.sentence_initial(cand.start)),
        "headline": str(view.in_headline(cand.start)),
        "pos": f"{first.pos_} {last.pos_}",
        "tags": f"{first.tag_} {last.tag_}",
        # a name written in lower case elsewhere is a common phrase ("financial system", "fund")
        "lower_elsewhere": str(text.lower() != text and text.lower() in whole),
        "last_lower_elsewhere": str(last.lower_ != last.text and f" {last.lower_} " in whole),
        "brackets": str(prev == "(" and nxt == ")"),
    }
    feats = [f"{k}={v}" for k, v in base.items()]
    return ["bias", f"label={cand.label}", *feats, *(f"{cand.label}|{f}" for f in feats)]


def hashed(features: Sequence[str], bits: int = BITS) -> np.ndarray:
    """Column indices of the features (crc32, stable across runs and machines)."""
    mask = (1 << bits) - 1
    return np.array(sorted({zlib.crc32(f.encode("utf-8")) & mask for f in features}), dtype=np.int64)


def softmax(scores: np.ndarray) -> np.ndarray:
    exp = np.exp(scores - scores.max())
    return exp / exp.sum()


@dataclass(frozen=True)
class Verdict:
    """What the filter does with one candidate: its new label, or None to drop it."""

    label: str | None
    probability: float


def decide(probs: np.ndarray, label: str, *, drop_at: float, relabel_at: float) -> Verdict:
    """Keep the rules' label unless the model's best class is another one with enough probability."""
    best = int(probs.argmax())
    name = CLASSES[best]
    if name == label or label not in CLASSES:
        return Verdict(label, float(probs[best]))
    if name == NONE:
        return Verdict(None, float(probs[best])) if probs[best] >= drop_at else Verdict(label, float(probs[best]))
    return Verdict(name, float(probs[best])) if probs[best] >= relabel_at else Verdict(label, float(probs[best]))


class Verifier:
    """Weights (hashed features x classes), the two thresholds and the labels it may change."""

    def __init__(self, weights: np.ndarray, *, drop_at: float = 0.5, relabel_at: float = 0.5,
                 checked: Sequence[str] = CHECKED):
        self.weights = weights
        self.checked = tuple(checked)
        self.bits = int(weights.shape[0]).bit_length() - 1
        self.drop_at = drop_at
        self.relabel_at = relabel_at

    def probabilities(self, features: Sequence[str]) -> np.ndarray:
        return softmax(self.weights[hashed(features, self.bits)].sum(axis=0))

    def apply(self, view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
        """The candidates kept, some relabelled; labels the model was not trained on pass untouched."""
        out = []
        for cand in chosen:
            if cand.label not in self.checked:
                out.append(cand)
                continue
            probs = self.probabilities(span_features(view, lex, cand))
            verdict = decide(probs, cand.label, drop_at=self.drop_at, relabel_at=self.relabel_at)
            if verdict.label is not None:
                out.append(cand if verdict.label == cand.label else Candidate(cand.start, cand.end, verdict.label,
                                                                              cand.source, cand.iso))
        return out

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, weights=self.weights.astype(np.float32),
                            thresholds=np.array([self.drop_at, self.relabel_at]), checked=np.array(self.checked))

    @classmethod
    def load(cls, path: str | Path) -> Verifier:
        with np.load(path) as data:
            drop_at, relabel_at = (float(x) for x in data["thresholds"])
            checked = [str(x) for x in data["checked"]]
            return cls(data["weights"], drop_at=drop_at, relabel_at=relabel_at, checked=checked)


def train(examples: Sequence[tuple[Sequence[str], str]], *, seed: int = 0, epochs: int = 12, rate: float = 0.2,
          l2: float = 1e-4, bits: int = BITS) -> np.ndarray:
    """Fit the weights by AdaGrad on the softmax loss; `examples` are (features, class) pairs.
    Deterministic: the order of the passes comes from `seed`."""
    rows = [(hashed(f, bits), CLASSES.index(y)) for f, y in examples]
    weights = np.zeros((1 << bits, len(CLASSES)), dtype=np.float64)
    squares = np.full_like(weights, 1e-8)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for k in rng.permutation(len(rows)):
            idx, y = rows[k]
            grad = softmax(weights[idx].sum(axis=0))
            grad[y] -= 1.0
            g = grad[None, :] + l2 * weights[idx]
            squares[idx] += g * g
            weights[idx] -= rate * g / np.sqrt(squares[idx])
    return weights.astype(np.float32)
