"""Check that briefx's predictions are byte-identical to saved reference outputs.

A restructuring must not move a single prediction. Save the references once from the
code before the change, then run the check after each step:

```bash
python benchmarks/check_identical.py --save /tmp/ref    # on the unchanged code
python benchmarks/check_identical.py --against /tmp/ref # after the change: exit 0 when identical
```

The outputs are `briefx batch corpus/dev.jsonl corpus/test.jsonl` in the gold and the
jsonl formats (one worker) and `briefx extract` of the seed article (`../shared/eval/`)
in the gold and json formats, with the seed gold's `meta.published` and with a fixed date.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFX = str(Path(sys.executable).with_name("briefx"))
SEED = ROOT.parent / "shared" / "eval"
FIXED_DATE = "2026-01-16"


def _batch(out: Path, fmt: str) -> None:
    cmd = [BRIEFX, "batch", "corpus/dev.jsonl", "corpus/test.jsonl", "--format", fmt, "--workers", "1"]
    subprocess.run([*cmd, "--quiet", "--force", "--out", str(out)], cwd=ROOT, check=True)


def _seed(out: Path, fmt: str, published: str | None) -> None:
    cmd = [BRIEFX, "extract", str(SEED / "seed_article.txt"), "--format", fmt]
    if published:
        cmd += ["--published", published]
    result = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    out.write_bytes(result.stdout)


def produce(folder: Path) -> list[Path]:
    """Write every output into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    outputs = []
    for fmt in ("gold", "jsonl"):
        path = folder / f"batch.{fmt}"
        _batch(path, fmt)
        outputs.append(path)
    if (SEED / "seed_article.txt").exists():
        gold = json.loads((SEED / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
        # the seed gold's own date (none today), and a fixed one so the date path is exercised too
        for tag, published in (("", gold["meta"].get("published")), (".dated", FIXED_DATE)):
            for fmt in ("gold", "json"):
                path = folder / f"seed{tag}.{fmt}"
                _seed(path, fmt, published)
                outputs.append(path)
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the reference outputs here")
    group.add_argument("--against", type=Path, help="compare today's outputs with these references")
    args = parser.parse_args()
    if args.save:
        for path in produce(args.save):
            print(f"saved {path} ({path.stat().st_size:,} bytes)")
        return 0
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in produce(Path(tmp)):
            ref = args.against / path.name
            if ref.read_bytes() == path.read_bytes():
                print(f"identical {path.name} ({path.stat().st_size:,} bytes)")
                continue
            differ += 1
            print(f"DIFFERS   {path.name}")
            old = ref.read_text(encoding="utf-8").splitlines()
            new = path.read_text(encoding="utf-8").splitlines()
            for line in list(difflib.unified_diff(old, new, "reference", "now", n=0, lineterm=""))[:20]:
                print("   ", line[:300])
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
