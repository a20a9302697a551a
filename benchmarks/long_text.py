"""Time per pipeline component on one long text, and on the same text three times over.

    python benchmarks/long_text.py

Joins the first-batch corpus articles (corpus/src/[a-d]-*.txt) into one text, runs
every component of `briefx.load()` on it once, then on the text repeated three times
(raising the model's length limit for the measurement), and prints seconds per
component and the ratio: about 3 means linear in the text's length, about 9 quadratic.
A script, not a test.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import briefx

ROOT = Path(__file__).resolve().parents[1]


def component_seconds(nlp, text: str) -> Counter:
    seconds: Counter = Counter()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        doc = proc(doc)
        seconds[name] += time.perf_counter() - start
    return seconds


def main() -> None:
    paths = sorted(ROOT.glob("corpus/src/[a-d]-*.txt"))
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    three = "\n\n".join([one] * 3)
    nlp = briefx.load().nlp
    nlp.max_length = max(nlp.max_length, len(three) + 1)
    small, large = component_seconds(nlp, one), component_seconds(nlp, three)
    print(f"{len(paths)} articles joined: {len(one):,} and {len(three):,} characters")
    print(f"{'component':<22}{'1x s':>8}{'3x s':>8}{'ratio':>8}")
    for name, _ in nlp.pipeline:
        ratio = large[name] / small[name] if small[name] else float("nan")
        print(f"{name:<22}{small[name]:>8.2f}{large[name]:>8.2f}{ratio:>8.1f}")


if __name__ == "__main__":
    main()
