"""Compile the hand-labelled corpus sources into GOLD.md JSON Lines.

Each document is two files under ``corpus/src/``: ``<id>.txt`` (the article,
exactly as given to the pipeline) and ``<id>.json`` (meta, split, section
headings and spans written as surfaces in document order).  Offsets are never
typed by hand: this script finds each surface in the text, left to right, at
word boundaries, and writes ``corpus/dev.jsonl`` and ``corpus/test.jsonl``.

Real documents (``corpus/real/src/``, issue 9) use the same source format plus
``style`` (house style), ``source`` (provenance: url, publisher, published,
licence, retrieved) and ``turns`` (transcripts, GOLD.md § Turns: each
``[tag, speaker, question]`` or ``[tag, speaker, question, {"at": N, "until": S}]``,
in text order). Their split is not in the source: ``corpus/real/split.json``
(drawn by ``corpus/real/draw_split.py``) assigns it, and a document it does not
list yet is compiled into ``corpus/real/pending.jsonl``. ``--real`` compiles them
into ``corpus/real/{dev,test,pending}.jsonl`` and ``corpus/real/SOURCES.jsonl``.

Usage:
    python corpus/build.py            # compile, print warnings
    python corpus/build.py --real     # the same for corpus/real
    python corpus/build.py --check    # exit 1 if the compiled files are stale
    python corpus/build.py --show ID  # print every span with its context
    python corpus/build.py --only a-  # report errors and warnings of these ids only
    python corpus/build.py --import corrected.jsonl --split dev  # add GOLD.md documents to src/
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
SPLITS = ("dev", "test")
REAL = HERE / "real"
REAL_SPLITS = ("dev", "test", "pending")
STYLES = ("transcript", "factsheet", "joint", "finance", "wire", "defence", "humanitarian", "release")
SOURCE_KEYS = ("url", "publisher", "published", "licence", "retrieved")

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"}
FIGURE_LABELS = {"MONEY", "PERCENT", "CAPACITY", "COUNT"}
LABELS = ENTITY_LABELS | FIGURE_LABELS | {"DATE", "QUOTE"}
QUALIFIERS = {None, "approx", "over", "under"}
ATTRS = {
    "MONEY": {"value", "currency", "qualifier"},
    "PERCENT": {"value", "qualifier", "unit"},
    "CAPACITY": {"value", "unit", "si_value", "si_unit", "qualifier"},
    "COUNT": {"value", "qualifier"},
    "DATE": {"value"},
    "QUOTE": {"speaker"},
}
REQUIRED = {
    "MONEY": {"value", "currency"},
    "PERCENT": {"value"},
    "CAPACITY": {"value", "unit"},
    "COUNT": {"value"},
    "DATE": {"value"},
    "QUOTE": {"speaker"},
}
QUOTE_EDGE = "\"'“”‘’«»"


class CorpusError(Exception):
    """A source file that cannot be compiled."""


def _pattern(surface: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")


def _is_number(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value)


def _check_attrs(doc_id: str, label: str, attrs: dict) -> None:
    allowed = ATTRS.get(label, set())
    extra = set(attrs) - allowed
    if extra:
        raise CorpusError(f"{doc_id}: {label} has unknown attributes {sorted(extra)}")
    missing = REQUIRED.get(label, set()) - set(attrs)
    if missing:
        raise CorpusError(f"{doc_id}: {label} lacks attributes {sorted(missing)}")
    if "qualifier" in attrs and attrs["qualifier"] not in QUALIFIERS:
        raise CorpusError(f"{doc_id}: bad qualifier {attrs['qualifier']!r}")
    if label in FIGURE_LABELS:
        value = attrs["value"]
        ok = _is_number(value) or (isinstance(value, list) and len(value) == 2 and all(map(_is_number, value)))
        if not ok:
            raise CorpusError(f"{doc_id}: {label} value must be a number or a pair: {value!r}")
    if label == "MONEY" and not re.fullmatch(r"[A-Z]{3}", str(attrs["currency"])):
        raise CorpusError(f"{doc_id}: currency must be an ISO 4217 code: {attrs['currency']!r}")
    if label == "PERCENT" and attrs.get("unit") not in (None, "pp", "bp"):
        raise CorpusError(f"{doc_id}: PERCENT unit must be 'pp', 'bp' or absent")
    if label == "DATE" and attrs["value"] is not None and not isinstance(attrs["value"], str):
        raise CorpusError(f"{doc_id}: DATE value must be an ISO string or null")
    if label == "QUOTE" and not str(attrs["speaker"]).strip():
        raise CorpusError(f"{doc_id}: QUOTE without a speaker")


def _locate(text: str, label: str, surface: str, at: int | None, cursor: int,
            taken: dict[str, list[tuple[int, int]]]) -> int | None:
    """Where a source span lands: its `at`-th occurrence, else the first from `cursor` on
    that overlaps no span of its label already placed."""
    matches = list(_pattern(surface).finditer(text))
    if at is not None:
        candidates = [matches[at]] if at < len(matches) else []
    else:
        candidates = [m for m in matches if m.start() >= cursor]
    for match in candidates:
        s, e = match.start(), match.end()
        if not any(s < oe and os < e for os, oe in taken.get(label, [])):
            return s
    return None


def compile_document(source: dict, text: str) -> dict:
    """Resolve one source document's surfaces to character offsets."""
    doc_id = source["id"]
    spans: list[dict] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    cursor = 0
    for item in source["spans"]:
        if not isinstance(item, list) or len(item) not in (2, 3):
            raise CorpusError(f"{doc_id}: span must be [label, text] or [label, text, attrs]: {item!r}")
        label, surface = item[0], item[1]
        attrs = dict(item[2]) if len(item) == 3 else {}
        at = attrs.pop("at", None)
        if label not in LABELS:
            raise CorpusError(f"{doc_id}: unknown label {label!r}")
        _check_attrs(doc_id, label, attrs)
        if label == "QUOTE" and (surface[:1] in QUOTE_EDGE or surface[-1:] in QUOTE_EDGE + ",."):
            raise CorpusError(f"{doc_id}: QUOTE must leave out quote marks and a final , or .: {surface!r}")
        start = _locate(text, label, surface, at, cursor, taken)
        if start is None:
            raise CorpusError(f"{doc_id}: {label} {surface!r} not found after offset {cursor}")
        end = start + len(surface)
        taken.setdefault(label, []).append((start, end))
        cursor = start
        spans.append({"start": start, "end": end, "label": label, "text": surface, **attrs})

    sections = []
    for heading in source.get("sections", []):
        # a Markdown line break may follow; a list's closing tags may open an HTML line
        # ('</ul><p><strong>Poetry</strong></p>': the heading starts at its own tag, corpus/README.md)
        match = re.search(r"(?m)^(?:</[a-z]+>)*(" + re.escape(heading) + r")[ \t]*$", text)
        if match is None:
            raise CorpusError(f"{doc_id}: section heading {heading!r} is not a line of the text")
        sections.append({"heading": heading, "start": match.start(1)})

    spans.sort(key=lambda s: (s["start"], -s["end"], s["label"]))
    meta = source["meta"]
    for key in ("title", "authors", "published"):
        if key not in meta:
            raise CorpusError(f"{doc_id}: meta lacks {key!r}")
    doc = {"id": doc_id, "text": text, "meta": meta, "sections": sections, "spans": spans}
    if "turns" in source:
        doc["turns"] = compile_turns(doc_id, source["turns"], text)
    if "facts" in source:
        doc["facts"] = compile_facts(doc, source["facts"])
    return doc


TAG_END = re.compile(r"\s*")  # a turn is its words: the white space after the tag is left out


def compile_turns(doc_id: str, items: list, text: str) -> list[dict]:
    """Resolve transcript turns (GOLD.md § Turns) to character offsets.

    Each tag is searched at the start of a line, after the previous tag; a turn
    runs from the first character after its tag to the next tag (or ``until``,
    or the end of the text), trailing white space left out.
    """
    found: list[tuple[int, int, str, object, bool, str | None]] = []
    cursor = 0
    for item in items:
        if not isinstance(item, list) or len(item) not in (3, 4):
            raise CorpusError(f"{doc_id}: turn must be [tag, speaker, question] (+ options): {item!r}")
        tag, speaker, question = item[:3]
        options = dict(item[3]) if len(item) == 4 else {}
        if not isinstance(question, bool) or not (speaker is None or isinstance(speaker, str)):
            raise CorpusError(f"{doc_id}: turn {item!r} needs a speaker (string or null) and a boolean")
        pattern = re.compile(r"(?m)^" + re.escape(tag) + (r"(?!\w)" if tag[-1:].isalnum() else ""))
        matches = [m for m in pattern.finditer(text) if m.start() >= cursor]
        at = options.get("at")
        if at is not None:
            matches = list(pattern.finditer(text))[at : at + 1]
        if not matches:
            raise CorpusError(f"{doc_id}: turn tag {tag!r} not found at a line start after offset {cursor}")
        tag_start = matches[0].start()
        body = tag_start + len(tag) + TAG_END.match(text, tag_start + len(tag)).end() - (tag_start + len(tag))
        found.append((tag_start, body, tag, speaker, question, options.get("until")))
        cursor = body
    turns = []
    for i, (_tag_start, body, tag, speaker, question, until) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        if until is not None:
            stop = text.find(until, body, end)
            if stop < 0:
                raise CorpusError(f"{doc_id}: turn {tag!r}: until {until!r} not found inside the turn")
            end = stop
        while end > body and text[end - 1].isspace():
            end -= 1
        if end <= body:
            raise CorpusError(f"{doc_id}: turn {tag!r} at {body} is empty")
        label = tag.strip()
        turns.append({"start": body, "end": end, "label": label, "speaker": speaker, "question": question})
    return turns


FACT_KEYS = {"figure", "at", "measure", "measure_at", "subjects", "period", "kind", "direction"}
FACT_KINDS = {"level", "change", "target"}


def _nearest(candidates: list[tuple[int, int]], figure: tuple[int, int]) -> tuple[int, int] | None:
    def gap(c: tuple[int, int]) -> int:
        return max(figure[0] - c[1], c[0] - figure[1], 0)

    return min(candidates, key=gap) if candidates else None


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], by full stops and line breaks (for facts' subjects)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() + 1 for m in _SENTENCE_END.finditer(text, end)), len(text))
    return left, right


def _span_near(doc: dict, labels: set[str], surface: str | list, figure: tuple[int, int], what: str) -> list[int]:
    """The first span with this surface in the figure's sentence (GOLD.md: one span per entity, the first),
    else the nearest one; `[surface, N]` pins the N-th span with that surface."""
    pin = None
    if isinstance(surface, list) and len(surface) == 2:
        surface, pin = surface
    found = [(s["start"], s["end"]) for s in doc["spans"] if s["label"] in labels and s["text"] == surface]
    left, right = sentence_bounds(doc["text"], *figure)
    in_sentence = sorted(c for c in found if left <= c[0] and c[1] <= right)
    if pin is not None:
        best = found[pin] if isinstance(pin, int) and 0 <= pin < len(found) else None
    else:
        best = in_sentence[0] if in_sentence and labels == ENTITY_LABELS else _nearest(found, figure)
    if best is None:
        figure_text = doc["text"][figure[0] : figure[1]]
        raise CorpusError(f"{doc['id']}: fact of {figure_text!r}: {what} {surface!r} is not a span")
    return list(best)


def compile_facts(doc: dict, items: list) -> list[dict]:
    """Resolve a source's facts (GOLD.md § Facts, written by surfaces) to offsets of the document's spans.

    Each item is ``{"figure": SURFACE, "measure": SURFACE | null, "subjects": [SURFACE …],
    "period": SURFACE | null, "kind": …, "direction": …}`` in figure order; the figure is the next
    figure span with that surface (``"at": N``: its N-th one), the measure the occurrence of the
    surface nearest the figure (``"measure_at": N``: the N-th), subjects and period the entity and
    DATE spans with those surfaces nearest the figure (``[SURFACE, N]``: the N-th such span).
    """
    doc_id = doc["id"]
    figures = [(s["start"], s["end"], s["text"]) for s in doc["spans"] if s["label"] in FIGURE_LABELS]
    facts = []
    cursor = -1
    for item in items:
        if not isinstance(item, dict) or "figure" not in item or set(item) - FACT_KEYS:
            raise CorpusError(f"{doc_id}: a fact is an object with keys from {sorted(FACT_KEYS)}: {item!r}")
        same = [(s, e) for s, e, t in figures if t == item["figure"]]
        if "at" in item:
            chosen = same[item["at"]] if item["at"] < len(same) else None
        else:
            chosen = next(((s, e) for s, e in same if s > cursor), None)
        if chosen is None:
            raise CorpusError(f"{doc_id}: fact figure {item['figure']!r} is not a figure span after offset {cursor}")
        cursor = chosen[0]
        kind, direction = item.get("kind", "level"), item.get("direction")
        if kind not in FACT_KINDS or direction not in (None, "up", "down") or (kind == "level" and direction):
            raise CorpusError(f"{doc_id}: fact of {item['figure']!r}: bad kind/direction {kind!r}/{direction!r}")
        measure = None
        if item.get("measure"):
            found = [m.span() for m in _pattern(item["measure"]).finditer(doc["text"])]
            if "measure_at" in item:
                found = found[item["measure_at"] : item["measure_at"] + 1]
            best = _nearest(found, chosen)
            if best is None:
                raise CorpusError(f"{doc_id}: fact of {item['figure']!r}: measure {item['measure']!r} not in the text")
            measure = {"start": best[0], "end": best[1], "text": item["measure"]}
        subjects = sorted(_span_near(doc, ENTITY_LABELS, name, chosen, "subject") for name in item.get("subjects", []))
        period = _span_near(doc, {"DATE"}, item["period"], chosen, "period") if item.get("period") else None
        facts.append({"figure": list(chosen), "measure": measure, "subjects": subjects, "period": period,
                      "kind": kind, "direction": direction})
    missing = {(s, e) for s, e, _ in figures} - {tuple(f["figure"]) for f in facts}
    if missing:
        first = min(missing)
        surface = doc["text"][first[0] : first[1]]
        raise CorpusError(f"{doc_id}: {len(missing)} figure(s) have no fact, the first {surface!r} at {first[0]}")
    facts.sort(key=lambda f: f["figure"])
    return facts


def fact_sources(doc: dict, facts: list[dict]) -> list[dict]:
    """The source form of GOLD.md facts (the inverse of `compile_facts`), with pins where needed."""
    text = doc["text"]
    figures = [(s["start"], s["end"]) for s in doc["spans"] if s["label"] in FIGURE_LABELS]
    out = []
    cursor = -1
    for fact in sorted(facts, key=lambda f: f["figure"]):
        figure = tuple(fact["figure"])
        surface = text[figure[0] : figure[1]]
        item: dict = {"figure": surface}
        same = [f for f in figures if text[f[0] : f[1]] == surface]
        if next((f for f in same if f[0] > cursor), None) != figure:
            item["at"] = same.index(figure)
        cursor = figure[0]
        measure = fact.get("measure")
        item["measure"] = measure["text"] if measure else None
        if measure:
            found = [m.span() for m in _pattern(measure["text"]).finditer(text)]
            if _nearest(found, figure) != (measure["start"], measure["end"]):
                item["measure_at"] = found.index((measure["start"], measure["end"]))
        if fact.get("subjects"):
            item["subjects"] = [_pinned(doc, ENTITY_LABELS, pair, figure) for pair in fact["subjects"]]
        if fact.get("period"):
            item["period"] = _pinned(doc, {"DATE"}, fact["period"], figure)
        if fact.get("kind", "level") != "level":
            item["kind"] = fact["kind"]
        if fact.get("direction"):
            item["direction"] = fact["direction"]
        out.append(item)
    return out


def _pinned(doc: dict, labels: set[str], pair: list[int], figure: tuple[int, int]) -> str | list:
    surface = doc["text"][pair[0] : pair[1]]
    if _span_near(doc, labels, surface, figure, "span") == list(pair):
        return surface
    found = [[s["start"], s["end"]] for s in doc["spans"] if s["label"] in labels and s["text"] == surface]
    return [surface, found.index(list(pair))]


def coverage_warnings(doc: dict) -> list[str]:
    """Occurrences of labelled entity surfaces that no entity span covers."""
    text = doc["text"]
    entity_spans = [s for s in doc["spans"] if s["label"] in ENTITY_LABELS]
    surfaces = {s["text"] for s in entity_spans}
    warnings = []
    for surface in sorted(surfaces):
        for match in _pattern(surface).finditer(text):
            s, e = match.span()
            if not any(sp["start"] <= s and e <= sp["end"] for sp in entity_spans):
                context = text[max(0, s - 40) : e + 40].replace("\n", " ")
                warnings.append(f"{doc['id']}: unlabelled {surface!r} at {s}: …{context}…")
    numbers = [s for s in doc["spans"] if s["label"] in FIGURE_LABELS | {"DATE"} | ENTITY_LABELS]
    # a number ends on a digit: "2027." and "June 1," are the figures 2027 and 1, not the punctuation after them
    for match in re.finditer(r"\d(?:[\d,.]*\d)?", text):
        s, e = match.span()
        if not any(sp["start"] <= s and e <= sp["end"] for sp in numbers):
            context = text[max(0, s - 40) : e + 40].replace("\n", " ")
            warnings.append(f"{doc['id']}: number {match.group()!r} at {s} has no span: …{context}…")
    return warnings


def _compile_path(path: Path) -> tuple[str, dict]:
    try:
        source = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path.name}: not valid JSON: {exc}") from None
    if source.get("id") != path.stem:
        raise CorpusError(f"{path.name}: id {source.get('id')!r} differs from the file name")
    if source.get("split") not in SPLITS:
        raise CorpusError(f"{path.name}: split must be one of {SPLITS}")
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    return source["split"], compile_document(source, text)


def _check_real(path: Path, source: dict) -> None:
    if source.get("id") != path.stem:
        raise CorpusError(f"{path.name}: id {source.get('id')!r} differs from the file name")
    if source.get("style") not in STYLES:
        raise CorpusError(f"{path.name}: style must be one of {STYLES}")
    provenance = source.get("source")
    if not isinstance(provenance, dict) or any(not provenance.get(key) for key in SOURCE_KEYS):
        raise CorpusError(f"{path.name}: source must give {', '.join(SOURCE_KEYS)}")
    if "split" in source:
        raise CorpusError(f"{path.name}: a real document's split lives in corpus/real/split.json")


def _compile_real(path: Path, splits: dict[str, str]) -> tuple[str, dict, dict]:
    try:
        source = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path.name}: not valid JSON: {exc}") from None
    _check_real(path, source)
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    doc = compile_document(source, text)
    doc["meta"] = {**doc["meta"], "style": source["style"]}
    doc.setdefault("turns", [])  # every real document is labelled for turns: none is a fact, not a gap
    record = {"id": source["id"], "style": source["style"], "words": len(text.split()), **source["source"]}
    return splits.get(source["id"], "pending"), doc, record


def load_sources(real: bool = False) -> tuple[dict[str, list[dict]], list[str]]:
    """Compile every source document, grouped by split, with the errors met.

    With ``real``, the documents of ``corpus/real`` and, under the key
    ``"SOURCES"``, their provenance records.
    """
    out: dict[str, list[dict]] = {split: [] for split in (REAL_SPLITS if real else SPLITS)}
    errors = []
    if real:
        split_file = REAL / "split.json"
        splits = json.loads(split_file.read_text(encoding="utf-8"))["split"] if split_file.exists() else {}
        out["SOURCES"] = []
    for path in sorted((REAL / "src" if real else SRC).glob("*.json")):
        try:
            if real:
                split, doc, record = _compile_real(path, splits)
                out["SOURCES"].append({**record, "split": split})
            else:
                split, doc = _compile_path(path)
        except CorpusError as exc:
            errors.append(str(exc))
            continue
        out[split].append(doc)
    return out, errors


def source_of(doc: dict, split: str) -> dict:
    """The `src/<id>.json` form of a GOLD.md document (for one corrected in an annotation tool).

    Spans become `[LABEL, surface, attrs]` in document order; `{"at": N}` pins a surface
    where the left-to-right search would find another occurrence. Turns become
    `[tag, speaker, question]`. Raises CorpusError when the result does not compile back
    to the same document.
    """
    if split not in SPLITS:
        raise CorpusError(f"split must be one of {SPLITS}")
    text = doc["text"]
    gold = sorted(doc["spans"], key=lambda s: (s["start"], -s["end"], s["label"]))
    items: list[list] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    cursor = 0
    for i, span in enumerate(gold):
        label, surface = span["label"], span["text"]
        attrs = {k: v for k, v in span.items() if k not in ("start", "end", "label", "text")}
        if _locate(text, label, surface, None, cursor, taken) != span["start"]:
            starts = [m.start() for m in _pattern(surface).finditer(text)]
            if span["start"] not in starts:
                raise CorpusError(f"{doc['id']}: span {i} {surface!r} is not word-bounded in the text")
            attrs["at"] = starts.index(span["start"])
        items.append([label, surface, attrs] if attrs else [label, surface])
        taken.setdefault(label, []).append((span["start"], span["end"]))
        cursor = span["start"]
    source = {
        "id": doc["id"],
        "split": split,
        "meta": {"title": None, "authors": [], "published": None, **(doc.get("meta") or {})},
        "sections": [s["heading"] for s in doc.get("sections", [])],
        "spans": items,
    }
    if "turns" in doc:
        source["turns"] = [[t["label"], t["speaker"], t["question"]] for t in doc["turns"]]
    if doc.get("facts") is not None:
        source["facts"] = fact_sources({**doc, "spans": gold}, doc["facts"])
    compiled = compile_document(source, text)
    if compiled["spans"] != gold or compiled.get("turns") != doc.get("turns") or \
            compiled.get("facts") != doc.get("facts"):
        raise CorpusError(f"{doc['id']}: the source does not compile back to the same document; "
                          "its turns may need 'at' or 'until' (see the module docstring)")
    return source


def import_gold(path: Path, split: str, folder: Path = SRC) -> list[Path]:
    """Write `src/<id>.txt` and `src/<id>.json` for each document of a GOLD.md file; never overwrites."""
    written = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        source = source_of(doc, split)
        target = folder / f"{doc['id']}.json"
        if target.exists() or target.with_suffix(".txt").exists():
            raise CorpusError(f"{target.name}: already in the corpus; pick another id")
        target.with_suffix(".txt").write_text(doc["text"], encoding="utf-8")
        target.write_text(json.dumps(source, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(target)
    return written


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def _show(compiled: dict, doc_id: str) -> None:
    """Print the turns and spans of one document, each with its context."""
    for doc in (d for docs in compiled.values() for d in docs if d["id"] == doc_id and "text" in d):
        for t in doc.get("turns", []):
            print(f"{t['start']:>5} TURN     {t['label']!r} {t['speaker']!r} q={t['question']}"
                  f"  {doc['text'][t['start']:t['start'] + 50]!r}…{doc['text'][t['end'] - 30:t['end']]!r}")
        for s in doc["spans"]:
            ctx = doc["text"][max(0, s["start"] - 25) : s["end"] + 25].replace("\n", " ")
            attrs = {k: v for k, v in s.items() if k not in ("start", "end", "label", "text")}
            print(f"{s['start']:>5} {s['label']:<8} {s['text']!r} {attrs or ''}  …{ctx}…")


def _write_or_check(compiled: dict, out_dir: Path, *, check: bool) -> bool:
    """Write each split's JSON Lines, or with `check` say which are stale; True when one is."""
    stale = False
    for split, docs in compiled.items():
        path = out_dir / f"{split}.jsonl"
        rendered = render(docs)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != rendered:
                print(f"error: {path.name} is stale; run python corpus/build.py", file=sys.stderr)
                stale = True
        else:
            path.write_text(rendered, encoding="utf-8")
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if compiled files are stale")
    parser.add_argument("--show", metavar="ID", help="print the spans of one document")
    parser.add_argument("--only", metavar="PREFIX", default="", help="report only ids with this prefix")
    parser.add_argument("--real", action="store_true", help="compile corpus/real instead of the written corpus")
    parser.add_argument("--import", dest="import_", metavar="GOLD", type=Path,
                        help="add the documents of a GOLD.md file (e.g. corrected in an annotation tool) to src/")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="split of imported documents (default dev)")
    args = parser.parse_args(argv)
    if args.import_:
        try:
            for path in import_gold(args.import_, args.split):
                print(f"wrote {path.relative_to(HERE)} and its .txt", file=sys.stderr)
        except (CorpusError, json.JSONDecodeError, KeyError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    compiled, errors = load_sources(real=args.real)
    out_dir = REAL if args.real else HERE
    for error in errors:
        if error.startswith(args.only):
            print(f"error: {error}", file=sys.stderr)
    if args.show:
        _show(compiled, args.show)
        return 0
    if errors and not args.check:
        print("error: nothing written: a document that fails to compile would drop out of the compiled split",
              file=sys.stderr)
        return 1
    stale = _write_or_check(compiled, out_dir, check=args.check)
    if not args.check:
        for doc in (d for docs in compiled.values() for d in docs if d["id"].startswith(args.only)):
            if "text" not in doc:
                continue
            for warning in coverage_warnings(doc):
                print("warning:", warning, file=sys.stderr)
        counts = {split: len(docs) for split, docs in compiled.items()}
        print(f"compiled {counts}", file=sys.stderr)
    return 1 if stale or errors else 0


if __name__ == "__main__":
    sys.exit(main())
