"""Inter-annotator agreement between the first and the second labelling pass.

The second pass lives in ``corpus/agreement/<id>.json`` (same source format as
``corpus/src/<id>.json``, labelled independently from the same ``<id>.txt``).
Both passes are compiled with ``build.compile_document`` and compared with
``briefx.scoring.score_documents`` (GOLD.md § Scoring), pass 1 as gold and
pass 2 as prediction:

- strict F1: same label, same offsets after boundary normalisation (leading
  determiner, trailing possessive, surrounding whitespace/punctuation stripped);
- partial F1: same label, overlapping;
- value agreement on strictly matched MONEY/PERCENT/CAPACITY/COUNT (value within
  1e-6 relative, same currency / si_unit) and DATE (identical value, counted
  where pass 1 has a non-null value);
- QUOTE agreement: overlap >= 90% of the longer span, plus speaker agreement.

F1 is symmetric in the two passes; only the value/speaker rates depend on which
pass is taken as the reference. As in briefx.scoring, ``overall`` covers every
label except QUOTE, which is scored by its own rule. The script additionally
reports agreement on the attributes scoring does not check (``qualifier``,
``unit``) for strictly matched figures.

Usage:
    python corpus/agreement.py            # print the table, write corpus/agreement.json
    python corpus/agreement.py --errors   # also print every disagreement
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import build  # noqa: E402

from briefx.schema import GoldDocument  # noqa: E402
from briefx.scoring import (  # noqa: E402
    FIGURE_LABELS,
    SCORED_LABELS,
    normalise_bounds,
    score_documents,
)

SECOND = HERE / "agreement"
OUT = HERE / "agreement.json"


def _compile(path: Path, text: str) -> dict:
    return build.compile_document(json.loads(path.read_text(encoding="utf-8")), text)


def load_passes(real: bool = False) -> tuple[list[GoldDocument], list[GoldDocument]]:
    """(first pass, second pass) GoldDocuments for every id labelled twice (of corpus/real with `real`)."""
    src = build.REAL / "src" if real else build.SRC
    first, second = [], []
    for path in sorted((build.REAL / "agreement" if real else SECOND).glob("*.json")):
        text = (src / f"{path.stem}.txt").read_text(encoding="utf-8")
        a, b = _compile(src / path.name, text), _compile(path, text)
        if real:  # every real document is labelled for turns
            a.setdefault("turns", [])
            b.setdefault("turns", [])
        a.pop("facts", None)  # the second pass labels spans only; facts have agreement_facts.py
        first.append(GoldDocument.model_validate(a))
        second.append(GoldDocument.model_validate(b))
    return first, second


def attribute_agreement(first: list[GoldDocument], second: list[GoldDocument]) -> dict:
    """qualifier / unit agreement on figure spans with identical normalised bounds."""
    out = {}
    for attr in ("qualifier", "unit"):
        correct = total = 0
        diffs = []
        for a, b in zip(first, second, strict=True):
            b_at = {(s.label, *normalise_bounds(b.text, s.start, s.end)): s for s in b.spans}
            for s in a.spans:
                if s.label not in FIGURE_LABELS:
                    continue
                t = b_at.get((s.label, *normalise_bounds(a.text, s.start, s.end)))
                if t is None:
                    continue
                total += 1
                va, vb = getattr(s, attr, None), getattr(t, attr, None)
                if va == vb:
                    correct += 1
                else:
                    diffs.append({"doc_id": a.id, "label": s.label, "text": s.text,
                                  "first": va, "second": vb})
        out[attr] = {"accuracy": correct / total if total else None, "correct": correct,
                     "total": total, "disagreements": diffs}
    return out


def _f(x: float | None) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    parser.add_argument("--real", action="store_true", help="corpus/real/agreement against corpus/real/src")
    args = parser.parse_args(argv)

    first, second = load_passes(real=args.real)
    out = build.REAL / "agreement.json" if args.real else OUT
    if not first:
        print("no second-pass files", file=sys.stderr)
        return 1
    score = score_documents(first, second, name="pass2")
    attrs = attribute_agreement(first, second)
    per_doc = {}
    for a, b in zip(first, second, strict=True):
        s = score_documents([a], [b], name="pass2")
        per_doc[a.id] = {"overall_strict_f1": s.groups["overall"].strict.f1,
                         "overall_partial_f1": s.groups["overall"].partial.f1,
                         "quotes_f1": s.quotes.f1,
                         "spans": {"first": len(a.spans), "second": len(b.spans)}}

    print(f"Agreement, pass 1 (reference) vs pass 2, {len(first)} documents: "
          + ", ".join(d.id for d in first))
    print(f"{'label':<10}{'pass1':>6}{'pass2':>6}{'strict F1':>11}{'partial F1':>12}{'values':>14}")
    for label in SCORED_LABELS:
        ls = score.labels[label]
        values = "" if ls.values is None or not ls.values.total else (
            f"{ls.values.correct}/{ls.values.total}")
        print(f"{label:<10}{ls.gold:>6}{ls.predicted:>6}{_f(ls.strict.f1):>11}"
              f"{_f(ls.partial.f1):>12}{values:>14}")
    q = score.quotes
    print(f"{'QUOTE':<10}{q.tp + q.fn:>6}{q.tp + q.fp:>6}{_f(q.f1):>11}{'(90% overlap)':>14}"
          f"  speakers {score.speakers.correct}/{score.speakers.total}")
    print("-" * 60)
    for group, gs in score.groups.items():
        print(f"{group:<10}{gs.strict.tp + gs.strict.fn:>6}{gs.strict.tp + gs.strict.fp:>6}"
              f"{_f(gs.strict.f1):>11}{_f(gs.partial.f1):>12}")
    fv, dv = score.values["figures"], score.values["dates"]
    print(f"figure values (value+currency+si_unit, strict matches): {fv.correct}/{fv.total} "
          f"= {_f(fv.accuracy).strip()}")
    print(f"date values (strict matches, pass-1 value non-null): {dv.correct}/{dv.total} "
          f"= {_f(dv.accuracy).strip()}")
    for attr, r in attrs.items():
        print(f"figure {attr} (strict matches): {r['correct']}/{r['total']} "
              f"= {_f(r['accuracy']).strip()}")
    t = score.turns
    if t.tp + t.fp + t.fn:
        print(f"{'TURN':<10}{t.tp + t.fn:>6}{t.tp + t.fp:>6}{_f(t.f1):>11}{'(90% overlap)':>14}"
              f"  speakers {score.turn_speakers.correct}/{score.turn_speakers.total}"
              f"  questions {score.turn_questions.correct}/{score.turn_questions.total}")
    print(f"sections F1 {_f(score.sections.f1).strip()}, titles "
          f"{score.title.correct}/{score.title.total}, authors "
          f"{score.authors.correct}/{score.authors.total}")
    print("per document (overall strict / partial F1, quotes F1):")
    for doc_id, d in per_doc.items():
        print(f"  {doc_id:<15}{_f(d['overall_strict_f1'])}{_f(d['overall_partial_f1'])}"
              f"{_f(d['quotes_f1'])}   spans {d['spans']['first']} vs {d['spans']['second']}")

    errors = score.errors
    kinds: dict[str, int] = {}
    for e in errors:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    print("disagreements by kind (missed = pass 1 only, spurious = pass 2 only): "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if args.errors:
        for e in errors:
            print(f"  {e.doc_id:<14}{e.label:<9}{e.kind:<9}{e.text!r:<40} {e.detail or ''}"
                  f"   {e.context}")
        for attr, r in attrs.items():
            for d in r["disagreements"]:
                print(f"  {d['doc_id']:<14}{d['label']:<9}{attr:<9}{d['text']!r:<40} "
                      f"pass1 {d['first']!r}, pass2 {d['second']!r}")

    report = {
        "about": "Inter-annotator agreement: pass 1 = corpus/[real/]src/<id>.json (reference), "
                 "pass 2 = corpus/[real/]agreement/<id>.json; scored with briefx.scoring "
                 "(GOLD.md § Scoring). errors: missed = pass 1 only, spurious = pass 2 only.",
        "documents": [d.id for d in first],
        **score.to_dict(errors=True),
        "attributes": attrs,
        "per_document": per_doc,
    }
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
