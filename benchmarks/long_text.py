"""Peak memory and time of `briefx extract` on one huge text (issue 10), and time per component.

    python benchmarks/long_text.py                       # 0.1, 1 and 5 MB, one run each
    python benchmarks/long_text.py --sizes 0.1 1 5 --runs 2
    python benchmarks/long_text.py --components          # seconds per component, 1x and 3x text

Each size is a text built by cycling the corpus articles (corpus/src/*.txt) joined by
blank lines up to that many megabytes (10^6 characters). Each run is a fresh process that
loads briefx, extracts the whole text with `Extractor.extract` (which runs texts over
100,000 characters in chunks split at paragraph breaks), and reports the seconds of the
extraction and its peak RSS (`ru_maxrss`, the whole process, model included). Targets:
peak RSS under 1.5 GB at 5 MB and at most linear growth; 5 MB in at most 6 x the time of
1 MB. Figures go to benchmarks/README.md by hand. A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RSS_TARGET_MB = 1500
TIME_RATIO_TARGET = 6.0

_CHILD = """
import json, resource, sys, time
import briefx
text = open(sys.argv[1], encoding="utf-8").read()
extractor = briefx.load()
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
cpu = time.process_time()
start = time.perf_counter()
record = extractor.extract(text, doc_id="long")
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "loaded_mb": loaded, "chars": len(text),
                  "entities": len(record.entities), "figures": len(record.figures), "dates": len(record.dates)}))
"""


def corpus_text(chars: int) -> str:
    """Corpus articles cycled and joined by blank lines, cut at a paragraph break near `chars`."""
    articles = [p.read_text(encoding="utf-8").strip() for p in sorted(ROOT.glob("corpus/src/*.txt"))]
    parts, size, i = [], 0, 0
    while size < chars:
        parts.append(articles[i % len(articles)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:chars].rsplit("\n\n", 1)[0] + "\n"


def measure(size_mb: float, folder: Path) -> dict:
    path = folder / f"long_{size_mb}MB.txt"
    if not path.exists():
        path.write_text(corpus_text(int(size_mb * 1_000_000)), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def memory_and_time(sizes: list[float], runs: int) -> None:
    folder = ROOT / "benchmarks" / ".long_text"
    folder.mkdir(exist_ok=True)
    results: dict[float, list[dict]] = {size: [] for size in sizes}
    for run in range(runs):
        for size in sizes:
            result = measure(size, folder)
            results[size].append(result)
            print(f"run {run + 1} {size:>5} MB: {result['seconds']:8.1f} s ({result['cpu']:.1f} s CPU), "
                  f"peak RSS {result['peak_mb']:7.0f} MB "
                  f"(after load {result['loaded_mb']:.0f} MB), {result['entities']} entities, "
                  f"{result['figures']} figures, {result['dates']} dates", flush=True)
    print(f"\n{'size':>8}{'chars':>11}{'s (median)':>12}{'s (range)':>16}{'CPU s':>9}{'CPU range':>16}"
          f"{'peak RSS MB':>13}{'range':>12}")
    for size, rows in results.items():
        secs, cpus, peaks = ([r[k] for r in rows] for k in ("seconds", "cpu", "peak_mb"))
        print(f"{size:>6} MB{rows[0]['chars']:>11,}{statistics.median(secs):>12.1f}"
              f"{f'{min(secs):.1f}–{max(secs):.1f}':>16}{statistics.median(cpus):>9.1f}"
              f"{f'{min(cpus):.1f}–{max(cpus):.1f}':>16}{statistics.median(peaks):>13.0f}"
              f"{f'{min(peaks):.0f}–{max(peaks):.0f}':>12}")
    if 1 in results and 5 in results:
        # CPU seconds: the machine is shared, and wall-clock time mostly measures the neighbours
        ratio = statistics.median(r["cpu"] for r in results[5]) / statistics.median(r["cpu"] for r in results[1])
        peak5 = max(r["peak_mb"] for r in results[5])
        print(f"\n5 MB / 1 MB CPU time: {ratio:.2f} (target <= {TIME_RATIO_TARGET}): "
              f"{'PASS' if ratio <= TIME_RATIO_TARGET else 'FAIL'}")
        print(f"peak RSS at 5 MB: {peak5:.0f} MB (target < {RSS_TARGET_MB}): "
              f"{'PASS' if peak5 < RSS_TARGET_MB else 'FAIL'}")


def component_seconds(nlp, text: str) -> Counter:
    seconds: Counter = Counter()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        doc = proc(doc)
        seconds[name] += time.perf_counter() - start
    return seconds


def components() -> None:
    """Seconds per component on the first-batch articles joined, and on that text three times over."""
    import briefx

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 5], help="text sizes in MB")
    parser.add_argument("--runs", type=int, default=1, help="runs of every size")
    parser.add_argument("--components", action="store_true", help="seconds per component instead")
    args = parser.parse_args()
    if args.components:
        components()
    else:
        memory_and_time(args.sizes, args.runs)


if __name__ == "__main__":
    main()
