"""Apply the coordinated-dates decision (issue 10) to the gold sources.

Decision: two dates joined by `and` with no range marker (`March 4 and 5`, `October and November`,
`1994 and 1997`) are two DATE spans, one per date, each with its own value; a range needs `to`, a
dash, `through` or `between ... and` (`between 14 and 20 October` stays one span). The bare second
day of `March 4 and 5` is the span `5`, valued with the month and year it shares.

The rule reads only the gold (the span's text, its value and the words before it), never briefx's
output. Run `python corpus/split_coordinated_dates.py` (add `--real` for corpus/real/src) to list
what it would change, `--write` to rewrite the sources; then rebuild with `python corpus/build.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_SHAPES = (
    re.compile(rf"^(?P<a>{_MONTH} \d{{1,2}}) and (?P<b>\d{{1,2}})$"),
    re.compile(rf"^(?P<a>\d{{1,2}}) and (?P<b>\d{{1,2}} {_MONTH})$"),
    re.compile(rf"^(?P<a>{_MONTH}) and (?P<b>{_MONTH})$"),
    re.compile(r"^(?P<a>\d{4}) and (?P<b>\d{4})$"),
)
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)


def split(surface: str, value: str | None, before: str) -> list[tuple[str, str | None]] | None:
    """The two (surface, value) pairs a coordinated DATE splits into, or None when it is no such pair."""
    if _RANGE_BEFORE.search(before):
        return None
    for shape in _SHAPES:
        match = shape.match(surface)
        if match:
            first, second = (value.split("/", 1) if value and "/" in value else (None, None))
            return [(match["a"], first), (match["b"], second)]
    return None


def _rewrite(source: dict, text: str) -> list[str]:
    doc = build.compile_document(source, text)
    done: list[str] = []
    spans: list = []
    for entry, compiled in zip(source["spans"], doc["spans"], strict=True):
        attrs = entry[2] if len(entry) > 2 else {}
        parts = None
        if entry[0] == "DATE":
            parts = split(entry[1], attrs.get("value"), text[max(0, compiled["start"] - 20):compiled["start"]])
        if parts is None:
            spans.append(entry)
            continue
        done.append(f"{entry[1]!r} -> {[p for p, _ in parts]} {[v for _, v in parts]}")
        spans.extend(["DATE", part, {**attrs, "value": value}] for part, value in parts)
    source["spans"] = spans
    return done


def _dump(original: str, source: dict) -> str:
    end = "\n" if original.endswith("\n") else ""
    for indent in (1, 2):
        if json.dumps(json.loads(original), ensure_ascii=False, indent=indent) + end == original:
            return json.dumps(source, ensure_ascii=False, indent=indent) + end
    # the hand-written layout: one span per line
    head, _, tail = original.partition('  "spans": [\n')
    body, sep, rest = tail.partition("\n  ]")
    lines = [f"    {json.dumps(entry, ensure_ascii=False)}" for entry in source["spans"]]
    return head + '  "spans": [\n' + ",\n".join(lines) + sep + rest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", action="store_true", help="the real corpus (corpus/real/src)")
    parser.add_argument("--write", action="store_true", help="rewrite the sources")
    args = parser.parse_args(argv)
    folder = build.REAL / "src" if args.real else build.SRC
    for path in sorted(folder.glob("*.json")):
        original = path.read_text(encoding="utf-8")
        source = json.loads(original)
        done = _rewrite(source, path.with_suffix(".txt").read_text(encoding="utf-8"))
        for line in done:
            print(f"{path.stem}: {line}")
        if done and args.write:
            path.write_text(_dump(original, source), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
