"""Draw the real corpus's test split: seeded, stratified by house style (issue 9).

Documents already in ``split.json`` keep their split; the documents not listed
yet are drawn, style by style, in sorted id order shuffled by ``random.Random(seed)``:
``round(n * share)`` of each style's new documents go to ``test`` (at least one
where a style has two or more), the rest to ``dev``. Every draw is appended to
``draws`` with its seed, share, date and counts, so the split can be re-derived.

Usage:
    python corpus/real/draw_split.py --seed 20261206 --share 0.4 [--only tr- fj-]

``--only`` limits a draw to ids with these prefixes (a batch whose labelling is
finished, while other batches are still being labelled).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "split.json"


def draw(styles: dict[str, str], taken: dict[str, str], *, seed: int, share: float) -> dict[str, str]:
    """The split of each id not in `taken`: ids grouped by style, shuffled, the first share to test."""
    rng = random.Random(seed)
    new: dict[str, str] = {}
    for style in sorted(set(styles.values())):
        ids = sorted(i for i, s in styles.items() if s == style and i not in taken)
        rng.shuffle(ids)
        n_test = round(len(ids) * share)
        if len(ids) >= 2:
            n_test = max(n_test, 1)
        new.update({i: "test" for i in ids[:n_test]})
        new.update({i: "dev" for i in ids[n_test:]})
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--share", type=float, default=0.4, help="share of each style's new documents for test")
    parser.add_argument("--only", nargs="*", default=[], metavar="PREFIX", help="draw only ids with these prefixes")
    args = parser.parse_args(argv)
    sources = [p for p in sorted((HERE / "src").glob("*.json")) if not args.only or p.stem.startswith(tuple(args.only))]
    styles = {path.stem: json.loads(path.read_text(encoding="utf-8"))["style"] for path in sources}
    data = json.loads(SPLIT.read_text(encoding="utf-8")) if SPLIT.exists() else {"split": {}, "draws": []}
    new = draw(styles, data["split"], seed=args.seed, share=args.share)
    if not new:
        print("no new documents to draw", file=sys.stderr)
        return 0
    data["split"] = dict(sorted({**data["split"], **new}.items()))
    counts = {name: sum(1 for v in new.values() if v == name) for name in ("dev", "test")}
    data["draws"].append({"seed": args.seed, "share": args.share, "only": args.only,
                          "date": dt.date.today().isoformat(), "documents": len(new), **counts})
    SPLIT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"drew {len(new)} documents: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
