"""Throughput, memory and cold start of briefx against bare spaCy, on the same documents.

    python benchmarks/throughput.py            # N=300 documents
    python benchmarks/throughput.py -n 1000 --json benchmarks/last_run.json

Builds an archive of N documents by cycling the corpus texts (corpus/src/*.txt, else
samples/*.txt), then measures, each in a fresh process so that peak RSS is its own:

- bare spaCy: `nlp.pipe` of the base model (en_core_web_sm) over the texts;
- briefx in one process: `Extractor.extract_many`, with RSS after 100 and after N docs;
- briefx `extract_many(n_process=2)` (spaCy's multiprocessing), for comparison;
- `briefx batch --workers 1` and `--workers 2` end to end, and their steady rate
  (records per second once the first record is out, read off the growing output);
- cold start: `briefx extract sample.txt` against `python -c` loading the base model
  and parsing the same file (median of 3 after one warm-up run).

Prints a table and PASS/FAIL per target of issue 4; writes the figures as JSON. A
script, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BRIEFX = [PYTHON, "-m", "briefx"]

TARGETS = [
    ("briefx single ≥ 0.8 × bare spaCy (docs/s)", "single_vs_bare", 0.8, ">="),
    ("batch --workers 2 ≥ 1.6 × briefx single (docs/s)", "two_vs_single", 1.6, ">="),
    ("cold start ≤ 1.3 × bare load-and-parse", "cold_ratio", 1.3, "<="),
    ("peak RSS ≤ 600 MB per process", "peak_rss_mb", 600, "<="),
    ("RSS growth 100 → N documents ≤ 10 %", "rss_growth_pct", 10, "<="),
]


# --- stages, each run in its own process --------------------------------------------


def _texts(archive: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(archive.glob("*.txt"))]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def stage_bare(archive: Path, _: int) -> dict:
    import spacy

    from briefx.pipeline import default_model

    texts = _texts(archive)
    nlp = spacy.load(default_model())
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": _peak_mb()}


def stage_single(archive: Path, n_process: int) -> dict:
    from briefx.pipeline import load

    texts = _texts(archive)
    extractor = load()
    rss: dict[str, float] = {}
    started = time.perf_counter()
    items = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    for i, _record in enumerate(
        extractor.extract_many(items, batch_size=32, n_process=n_process), start=1
    ):
        if i == min(100, len(texts)):
            rss["after_100"] = _rss_mb()
        if i == len(texts):
            rss["after_n"] = _rss_mb()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mb": _peak_mb(), "rss_mb": rss}


STAGES = {"bare": stage_bare, "single": stage_single}


def run_stage(name: str, archive: Path, n_process: int = 1) -> dict:
    command = [PYTHON, __file__, "--stage", name, "--archive", str(archive),
               "--n-process", str(n_process)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- measured from outside ----------------------------------------------------------


def run_batch(archive: Path, workers: int, out: Path) -> dict:
    """`briefx batch` end to end, sampling output lines and the RSS of every process."""
    import psutil

    command = [*BRIEFX, "batch", str(archive), "--out", str(out), "--workers", str(workers),
               "--quiet", "--force"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(process.pid)
    peaks: dict[int, float] = {}
    samples: list[tuple[float, int]] = []
    offset = count = 0
    while process.poll() is None:  # sampled lightly: the workers need both cores
        try:
            for proc in [parent, *parent.children(recursive=True)]:
                rss = proc.memory_info().rss / 2**20
                peaks[proc.pid] = max(peaks.get(proc.pid, 0.0), rss)
        except psutil.Error:
            pass
        if out.exists():
            with out.open("rb") as stream:
                stream.seek(offset)
                chunk = stream.read()
            offset += len(chunk)
            count += chunk.count(b"\n")
            samples.append((time.perf_counter(), count))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    if process.returncode not in (0, 3):
        raise RuntimeError(f"briefx batch failed: {process.stderr.read()}")
    total = out.read_bytes().count(b"\n")
    samples.append((time.perf_counter(), total))
    first = next(((t, n) for t, n in samples if n > 0), samples[-1])
    steady = (total - first[1]) / (samples[-1][0] - first[0]) if total > first[1] else None
    return {
        "seconds": wall,
        "records": total,
        "docs_per_s_end_to_end": total / wall,
        "docs_per_s_steady": steady,
        "peak_rss_mb_per_process": sorted(round(v, 1) for v in peaks.values()),
    }


def cold_start(sample: Path) -> dict:
    from briefx.pipeline import default_model

    bare = [PYTHON, "-c", f"import spacy; nlp = spacy.load({default_model()!r}); "
            f"nlp(open({str(sample)!r}, encoding='utf-8').read())"]
    briefx = [*BRIEFX, "extract", str(sample), "--format", "json"]
    times: dict[str, list[float]] = {"bare": [], "briefx": []}
    # an installed package starts from its bytecode caches (pip writes them; spaCy's are there):
    # with PYTHONDONTWRITEBYTECODE set, briefx's own modules (an editable install) were compiled
    # from source at every start, about 0.2 s that no user pays. The warm-up run writes them.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(4):
        for name, command in (("bare", bare), ("briefx", briefx)):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, env=env)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values[1:]) for name, values in times.items()}


# --- the archive and the report -----------------------------------------------------


def sources() -> list[Path]:
    for pattern in ("corpus/src/*.txt", "samples/*.txt"):
        found = sorted(ROOT.glob(pattern))
        if found:
            return found
    seed = ROOT.parent / "shared" / "eval" / "seed_article.txt"
    if seed.is_file():
        return [seed]
    raise SystemExit("no texts to build an archive from: corpus/src/*.txt and samples/ are empty")


def build_archive(folder: Path, n: int) -> tuple[int, int]:
    texts = [p.read_text(encoding="utf-8") for p in sources()]
    words = 0
    for i in range(n):
        text = texts[i % len(texts)]
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return len(texts), words


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import psutil

    memory = psutil.virtual_memory().total / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GB RAM, {platform.system()} " \
           f"{platform.release()}, Python {platform.python_version()}"


REPEATS = 2


def measure(n: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefx-bench-") as tmp:
        archive = Path(tmp) / "archive"
        archive.mkdir()
        distinct, words = build_archive(archive, n)
        sample = sources()[0]
        print(f"archive: {n} documents ({distinct} distinct texts, {words:,} words)", flush=True)
        results: dict = {"n": n, "distinct_texts": distinct, "words": words}
        # bare and single alternate, best of REPEATS each: the machine is shared, and the
        # fastest run is the one least disturbed by other processes (both get the same chance).
        runs: dict[str, list[dict]] = {"bare": [], "single": []}
        for attempt in range(1, REPEATS + 1):
            for stage in ("bare", "single"):
                print(f"{stage} ({attempt}/{REPEATS}) …", flush=True)
                runs[stage].append(run_stage(stage, archive))
        for stage, measured in runs.items():
            results[stage] = min(measured, key=lambda r: r["seconds"])
            results[stage]["all_seconds"] = [round(r["seconds"], 2) for r in measured]
        print("briefx extract_many(n_process=2) …", flush=True)
        results["spacy_n_process_2"] = run_stage("single", archive, n_process=2)
        for workers in (1, 2):
            print(f"briefx batch --workers {workers} …", flush=True)
            out = Path(tmp) / f"out{workers}.jsonl"
            results[f"batch_{workers}"] = run_batch(archive, workers, out)
        print("cold start …", flush=True)
        results["cold_start"] = cold_start(sample)
        results["cold_start"]["sample"] = str(sample.relative_to(ROOT.parent)
                                              if sample.is_relative_to(ROOT.parent) else sample)
    for key in ("bare", "single", "spacy_n_process_2"):
        results[key]["docs_per_s"] = n / results[key]["seconds"]
        results[key]["words_per_s"] = words / results[key]["seconds"]
    for key in ("batch_1", "batch_2"):
        results[key]["words_per_s_end_to_end"] = words / results[key]["seconds"]
    single = results["single"]["docs_per_s"]
    rss = results["single"]["rss_mb"]
    peaks = [results["bare"]["peak_rss_mb"], results["single"]["peak_rss_mb"],
             *results["batch_2"]["peak_rss_mb_per_process"]]
    results["checks"] = {
        "single_vs_bare": single / results["bare"]["docs_per_s"],
        "two_vs_single": (results["batch_2"]["docs_per_s_steady"] or 0.0) / single,
        "two_vs_one_end_to_end": results["batch_2"]["docs_per_s_end_to_end"]
        / results["batch_1"]["docs_per_s_end_to_end"],
        "cold_ratio": results["cold_start"]["briefx"] / results["cold_start"]["bare"],
        "peak_rss_mb": max(peaks),
        "rss_growth_pct": 100 * (rss["after_n"] - rss["after_100"]) / rss["after_100"],
    }
    return results


def report(results: dict) -> list[str]:
    n = results["n"]
    rows = [
        ("bare spaCy nlp.pipe", results["bare"]["docs_per_s"], results["bare"]["words_per_s"],
         f"{results['bare']['peak_rss_mb']:.0f}"),
        ("briefx, one process", results["single"]["docs_per_s"],
         results["single"]["words_per_s"], f"{results['single']['peak_rss_mb']:.0f}"),
        ("briefx extract_many(n_process=2)", results["spacy_n_process_2"]["docs_per_s"],
         results["spacy_n_process_2"]["words_per_s"],
         f"{results['spacy_n_process_2']['peak_rss_mb']:.0f} (parent)"),
    ]
    for workers in (1, 2):
        batch = results[f"batch_{workers}"]
        steady = batch["docs_per_s_steady"] or 0.0
        rows.append((f"briefx batch --workers {workers} (steady)", steady,
                     steady * results["words"] / n,
                     " / ".join(f"{v:.0f}" for v in batch["peak_rss_mb_per_process"])))
        rows.append((f"briefx batch --workers {workers} (end to end)",
                     batch["docs_per_s_end_to_end"], batch["words_per_s_end_to_end"], ""))
    lines = [f"{'':44} {'docs/s':>8} {'words/s':>9}  peak RSS MB"]
    lines += [f"{name:44} {docs:8.1f} {words:9.0f}  {rss}" for name, docs, words, rss in rows]
    rss = results["single"]["rss_mb"]
    cold = results["cold_start"]
    lines.append(f"RSS of briefx one process: {rss['after_100']:.0f} MB after 100 documents, "
                 f"{rss['after_n']:.0f} MB after {n}")
    lines.append(f"cold start: briefx extract {cold['briefx']:.2f} s, bare load-and-parse "
                 f"{cold['bare']:.2f} s")
    lines.append("")
    for label, key, limit, op in TARGETS:
        value = results["checks"][key]
        ok = value >= limit if op == ">=" else value <= limit
        results.setdefault("targets", {})[key] = {"value": value, "limit": limit, "pass": ok}
        lines.append(f"{'PASS' if ok else 'FAIL'}  {label}: {value:.2f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="documents in the archive")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "last_run.json")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(STAGES[args.stage](args.archive, args.n_process)))
        return
    results = measure(args.n)
    lines = report(results)
    results["date"] = datetime.now(UTC).isoformat(timespec="seconds")
    results["machine"] = machine()
    print(f"\n{results['date']}  {results['machine']}")
    print("\n".join(lines))
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
