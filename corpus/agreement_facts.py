"""Agreement on facts (GOLD.md § Facts) between a first and a blind second labelling pass.

The second pass of a document's facts lives in ``corpus/real/agreement_facts/<id>.json``
(``{"id", "facts"}``, the facts written by surfaces as in the sources) and is
compiled against the first pass's spans, so only the facts can differ. Both are
scored with ``briefx.scoring_facts`` (pass 1 as gold): fact F1, then agreement on
measure, subjects, period, kind + direction and complete facts.

Usage:
    python corpus/agreement_facts.py            # print the table, write corpus/real/agreement_facts.json
    python corpus/agreement_facts.py --errors   # also print every disagreement
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
from briefx.scoring_facts import ATTRIBUTES, score_facts  # noqa: E402

SECOND = build.REAL / "agreement_facts"
OUT = build.REAL / "agreement_facts.json"


def load_passes() -> tuple[list[GoldDocument], list[GoldDocument]]:
    """(first pass, second pass) of every real document whose facts were labelled twice."""
    first, second = [], []
    for path in sorted(SECOND.glob("*.json")):
        source = json.loads((build.REAL / "src" / path.name).read_text(encoding="utf-8"))
        text = (build.REAL / "src" / f"{path.stem}.txt").read_text(encoding="utf-8")
        a = build.compile_document(source, text)
        b = {**a, "facts": build.compile_facts(a, json.loads(path.read_text(encoding="utf-8"))["facts"])}
        first.append(GoldDocument.model_validate(a))
        second.append(GoldDocument.model_validate(b))
    return first, second


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    first, second = load_passes()
    if not first:
        print("no second-pass fact files", file=sys.stderr)
        return 1
    score = score_facts(list(zip(first, second, strict=True)))
    print(f"Fact agreement, pass 1 (reference) vs pass 2, {len(first)} documents: "
          + ", ".join(d.id for d in first))
    print(f"facts: {score.facts.tp + score.facts.fn} in pass 1, F1 {score.facts.f1:.3f}")
    for name in (*ATTRIBUTES, "complete"):
        rate = score.rate(name)
        print(f"  {name + (' + direction' if name == 'kind' else ''):<18}{rate.correct:>4}/{rate.total:<4}"
              f"{rate.accuracy:.3f}")
    if args.errors:
        for e in score.errors:
            print(f"  {e.doc_id:<24}{e.attribute:<9}{e.figure!r:<18} pass2 {e.predicted!r}, pass1 {e.gold!r}")
    report = {"about": "Agreement on facts: pass 1 = corpus/real/src/<id>.json (reference), pass 2 = "
                       "corpus/real/agreement_facts/<id>.json, scored with briefx.scoring_facts.",
              "documents": [d.id for d in first], **score.to_dict(errors=True)}
    OUT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
