"""Reading articles from disk or stdin, and writing records.

`read_article()` turns bytes into text or raises `InputError` with one clear
line: a missing path, a directory, an empty or binary file. Where a best effort
is possible it returns the text with warnings instead: non-UTF-8 bytes are
decoded as Windows-1252/Latin-1, HTML is reduced to its text, text that does
not look like English is flagged.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from briefx.errors import GoldFormatError, InputError
from briefx.resources import load_json
from briefx.schema import (
    Briefing,
    CapacitySpan,
    CountSpan,
    DateSpan,
    GoldDocument,
    MoneySpan,
    PercentSpan,
    QuoteSpan,
)

_SPAN_MODELS = {m.model_fields["label"].default: m for m in (MoneySpan, PercentSpan, CapacitySpan, CountSpan,
                                                              DateSpan, QuoteSpan)}


@dataclass(frozen=True)
class TextInput:
    """Decoded article text and what was done to get it."""

    text: str
    warnings: list[str] = field(default_factory=list)


_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.I)
_HTML_HINT = re.compile(r"<\s*(!doctype\s+html|html|body|p|div|article|head)\b", re.I)
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "article", "section",
               "header", "footer", "title", "tr", "blockquote"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav"}


class _TextOfHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page, one paragraph per block element."""
    parser = _TextOfHTML()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than an article."""
    head = text[:2000]
    return bool(_HTML_HINT.search(head)) and len(re.findall(r"<[^>]+>", text)) >= 3


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text in any encoding (NULs, many control bytes)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def english_share(text: str) -> float:
    """Share of the first 400 words that are common English function words."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())[:400]
    if not words:
        return 0.0
    common = _english_words()
    return sum(w in common for w in words) / len(words)


@cache
def _english_words() -> frozenset[str]:
    return frozenset(load_json("lexicons", "english_stopwords.json"))


def decode_article(data: bytes, *, name: str = "input") -> TextInput:
    """Decode raw bytes as an article, with best-effort repairs and their warnings."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if data.startswith(b"%PDF-"):
        raise InputError(f"{name}: a PDF, not text; convert it to text first (e.g. pdftotext {name} out.txt)")
    if looks_binary(data):
        raise InputError(f"{name}: binary file, not text")
    warnings = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace") if _is_cp1252(data) else data.decode("latin-1")
        warnings.append(f"{name}: not valid UTF-8; decoded as Windows-1252/Latin-1")
    if looks_like_html(text):
        text = html_to_text(text)
        warnings.append(f"{name}: HTML input; tags stripped, text kept")
        if not text.strip():
            raise InputError(f"{name}: HTML page holds no text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) >= 20 and english_share(text) < 0.12:
        warnings.append(f"{name}: text does not look like English; results will be poor")
    return TextInput(text, warnings)


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def read_article(path: str | Path, *, stdin: IO[bytes] | None = None) -> TextInput:
    """Read one article from a path, or from stdin when the path is ``-``."""
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return decode_article(stream.read(), name="stdin")
    if _URL.match(str(path)):
        raise InputError(
            f"{path}: a URL; briefx reads files, it does not fetch pages: "
            "download it first (e.g. curl -L -o page.html URL) and pass the file"
        )
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory; use 'briefx batch' for folders")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror}") from None
    return decode_article(data, name=str(p))


def validation_reason(exc: ValidationError) -> str:
    """The first problem of a validation error on one line, where and what, without links."""
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def _with_nulls(document: Any) -> Any:
    """GOLD.md's span attributes that a prediction leaves out, as null: other systems' output scores too."""
    if not isinstance(document, dict) or not isinstance(document.get("spans"), list):
        return document
    spans = []
    for span in document["spans"]:
        model = _SPAN_MODELS.get(span.get("label")) if isinstance(span, dict) else None
        if model is not None:
            missing = [n for n, f in model.model_fields.items() if f.is_required() and n not in span]
            span = {**span, **dict.fromkeys(n for n in missing if n not in ("start", "end", "text"))}
        spans.append(span)
    return {**document, "spans": spans}


def read_gold(path: str | Path, *, lenient: bool = False) -> Iterator[GoldDocument]:
    """Parse a GOLD.md JSON Lines file, failing with the file and line number of a bad document.

    With `lenient` (predictions), figure, DATE and QUOTE spans may leave out their
    attributes (`value`, `currency`, `unit`, `speaker`); they are read as null.
    """
    p = Path(path)
    if not p.is_file():
        raise GoldFormatError(f"{p}: no such file")
    with p.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                raise GoldFormatError(f"{p}:{number}: not a GOLD.md document: not JSON ({exc})") from None
            try:
                yield GoldDocument.model_validate(_with_nulls(data) if lenient else data)
            except ValidationError as exc:
                raise GoldFormatError(f"{p}:{number}: not a GOLD.md document: {validation_reason(exc)}") from None


def write_jsonl(records: Iterable[str], stream: IO[str]) -> None:
    """Write JSON strings one per line, flushing each so no line is half-written."""
    for record in records:
        stream.write(record + "\n")
        stream.flush()


def dumps(obj: object) -> str:
    """Compact UTF-8 JSON for one record."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_schemas(folder: str | Path) -> list[Path]:
    """Write `schemas/*.schema.json` from the Pydantic models; returns the paths."""
    from briefx.schema import json_schemas

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, schema in json_schemas().items():
        path = out / name
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


# --- batch inputs: lazy readers over folders, globs, JSON Lines and stdin ------------

BATCH_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_GLOB_MAGIC = re.compile(r"[*?[]")


@dataclass(frozen=True)
class InputFile:
    """One file (or stdin) a batch reads, with the id its documents default to."""

    path: Path | None
    doc_id: str
    kind: str  # "text", "json", "jsonl" or "stdin"

    @property
    def name(self) -> str:
        return "stdin" if self.path is None else str(self.path)


@dataclass(frozen=True)
class InputDocument:
    """One document read for a batch: its text, or why it cannot be processed."""

    doc_id: str
    path: str
    text: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    skipped: bool = False


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    return "jsonl" if suffix == ".jsonl" else "json" if suffix == ".json" else "text"


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _under(root: Path, exclude: set[Path]) -> Iterator[InputFile]:
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if (
            path.suffix.lower() in BATCH_SUFFIXES
            and not _hidden(relative)
            and path.is_file()
            and path.resolve() not in exclude
        ):
            found.append((relative.as_posix(), path))
    for doc_id, path in sorted(found):
        yield InputFile(path, doc_id, _kind(path))


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = parts[: next(i for i, part in enumerate(parts) if _GLOB_MAGIC.search(part))]
    return Path(*fixed) if fixed else Path(".")


def find_inputs(inputs: Iterable[str], *, exclude: Iterable[Path] = ()) -> list[InputFile]:
    """Resolve batch INPUTs (folders, globs, files, ``-``) to the files to read, sorted.

    Ids default to the path relative to the input root: a folder, the fixed part of a
    glob, or a file's own folder. Folders are searched recursively for .txt, .md, .html,
    .json and .jsonl files; hidden files and the paths in `exclude` are left out.

    Raises:
        InputError: an input that does not exist or matches nothing, or no input at all.
    """
    skip = {Path(p).resolve() for p in exclude}
    files: list[InputFile] = []
    for spec in inputs:
        if spec == "-":
            files.append(InputFile(None, "stdin", "stdin"))
            continue
        path = Path(spec)
        if path.is_dir():
            files.extend(_under(path, skip))
        elif path.is_file():
            files.append(InputFile(path, path.name, _kind(path)))
        elif _GLOB_MAGIC.search(spec):
            root = _glob_root(spec)
            matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
            if not matches:
                raise InputError(f"{spec}: no files match")
            for match in matches:
                if match.is_dir():
                    files.extend(_under(match, skip))
                elif match.is_file() and match.resolve() not in skip:
                    files.append(InputFile(match, match.relative_to(root).as_posix(), _kind(match)))
        else:
            raise InputError(f"{spec}: no such file or folder")
    if not files:
        raise InputError(f"no input documents found in {' '.join(inputs) or '(nothing)'}")
    return files


def count_documents(files: Iterable[InputFile]) -> int | None:
    """How many documents the files hold (lines for JSON Lines); None when stdin is read."""
    total = 0
    for file in files:
        if file.path is None:
            return None
        if file.kind == "text":
            total += 1
        elif file.kind == "json":
            total += sum(1 for _ in _read_json_file(file, frozenset(), None))
        else:
            with file.path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
    return total


def read_inputs(
    files: Iterable[InputFile],
    *,
    skip: Container[str] = frozenset(),
    max_chars: int | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[InputDocument]:
    """Read the documents of each file lazily, one `InputDocument` at a time.

    A document whose id is in `skip` comes back with `skipped=True` (a text file is
    then not even read). A document that cannot be read (empty, binary, malformed
    JSON, over `max_chars`) comes back with `error` set; reading carries on.
    """
    for file in files:
        if file.kind == "text":
            if file.doc_id in skip:
                yield InputDocument(file.doc_id, file.name, skipped=True)
            else:
                yield _read_text_file(file, max_chars)
        elif file.kind == "json":
            yield from _read_json_file(file, skip, max_chars)
        else:
            yield from _read_json_lines(file, skip, max_chars, stdin)


def _read_text_file(file: InputFile, max_chars: int | None) -> InputDocument:
    assert file.path is not None
    try:
        size = file.path.stat().st_size
        if max_chars is not None and size > 4 * max_chars:
            return InputDocument(
                file.doc_id, file.name, error=f"file of {size:,} bytes is over the limit of "
                f"{max_chars:,} characters (--max-chars)"
            )
        data = file.path.read_bytes()
    except OSError as exc:
        return InputDocument(file.doc_id, file.name, error=f"cannot read: {exc.strerror}")
    return _document(file.doc_id, file.name, data, None, max_chars)


def _document(
    doc_id: str, path: str, data: bytes, published: str | None, max_chars: int | None
) -> InputDocument:
    try:
        decoded = decode_article(data, name=path)
    except InputError as exc:
        return InputDocument(doc_id, path, error=_reason(str(exc), path))
    if max_chars is not None and len(decoded.text) > max_chars:
        return InputDocument(
            doc_id, path, error=f"text of {len(decoded.text):,} characters is over the limit "
            f"of {max_chars:,} (--max-chars)"
        )
    return InputDocument(doc_id, path, decoded.text, published, tuple(decoded.warnings))


def _reason(message: str, path: str) -> str:
    """Drop the `path: ` prefix decode_article puts on its messages; the path has a field."""
    return message.removeprefix(f"{path}: ")


def _read_json_file(
    file: InputFile, skip: Container[str], max_chars: int | None
) -> Iterator[InputDocument]:
    assert file.path is not None
    try:
        data = json.loads(file.path.read_bytes())
    except OSError as exc:
        yield InputDocument(file.doc_id, file.name, error=f"cannot read: {exc.strerror}")
        return
    except ValueError:
        yield from _read_json_lines(file, skip, max_chars, None)  # JSON Lines under .json
        return
    if isinstance(data, dict):
        yield _from_object(data, file.doc_id, file.name, skip, max_chars)
    elif isinstance(data, list):
        for number, item in enumerate(data, start=1):
            yield _from_object(item, f"{file.doc_id}:{number}", f"{file.name}:{number}", skip,
                               max_chars)
    else:
        yield InputDocument(file.doc_id, file.name,
                            error='not a JSON object {"id", "text", "published"} or a list of them')


def _read_json_lines(
    file: InputFile, skip: Container[str], max_chars: int | None, stdin: IO[bytes] | None
) -> Iterator[InputDocument]:
    if file.path is None:
        yield from _json_lines(stdin if stdin is not None else sys.stdin.buffer, file, skip,
                               max_chars)
        return
    try:
        stream = file.path.open("rb")
    except OSError as exc:
        yield InputDocument(file.doc_id, file.name, error=f"cannot read: {exc.strerror}")
        return
    with stream:
        yield from _json_lines(stream, file, skip, max_chars)


def _json_lines(
    stream: IO[bytes], file: InputFile, skip: Container[str], max_chars: int | None
) -> Iterator[InputDocument]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        doc_id, path = f"{file.doc_id}:{number}", f"{file.name}:{number}"
        try:
            item = json.loads(line)
        except UnicodeDecodeError:
            yield InputDocument(doc_id, path, error="line is not UTF-8")
            continue
        except ValueError as exc:
            yield InputDocument(doc_id, path, error=f"malformed JSON: {exc}")
            continue
        yield _from_object(item, doc_id, path, skip, max_chars)


def _from_object(
    item: object, doc_id: str, path: str, skip: Container[str], max_chars: int | None
) -> InputDocument:
    if not isinstance(item, dict):
        return InputDocument(doc_id, path, error='not a JSON object {"id", "text", "published"}')
    given = item.get("id")
    if isinstance(given, str | int) and not isinstance(given, bool) and str(given):
        doc_id = str(given)
    if doc_id in skip:
        return InputDocument(doc_id, path, skipped=True)
    text, published = item.get("text"), item.get("published")
    if not isinstance(text, str):
        return InputDocument(doc_id, path, error='no "text" string')
    if published is not None:
        try:
            published = date.fromisoformat(str(published)).isoformat()
        except ValueError:
            return InputDocument(doc_id, path, error=f"published {published!r} is not YYYY-MM-DD")
    return _document(doc_id, path, text.encode("utf-8"), published, max_chars)


# --- batch outputs: complete lines for resume, Parquet tables ------------------------


def repair_jsonl(path: str | Path) -> set[str]:
    """Ids of the records in a JSON Lines output, after cutting a half-written last line.

    A run killed mid-write leaves at most one line without its newline; it is removed
    so that appending starts on a fresh line.

    Raises:
        InputError: a complete line that is not a JSON record with an id.
    """
    p = Path(path)
    if not p.is_file():
        return set()
    with p.open("rb+") as stream:
        stream.seek(0, 2)
        size = stream.tell()
        end = size
        while end > 0:
            stream.seek(max(0, end - 65536))
            block = stream.read(end - max(0, end - 65536))
            cut = block.rfind(b"\n")
            if cut >= 0:
                end = max(0, end - 65536) + cut + 1
                break
            end = max(0, end - 65536)
        if end < size:
            stream.truncate(end)
    ids = set()
    with p.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                raise InputError(f"{p}:{number}: not a briefx record; cannot resume") from None
    return ids


TABLES = ("documents", "entities", "mentions", "figures", "dates", "quotes", "turns", "facts")


def _low_high(value: float | tuple[float, float] | None) -> tuple[float | None, float | None]:
    if isinstance(value, tuple):
        return value[0], value[1]
    return value, None


def briefing_tables(record: Briefing, *, path: str | None = None) -> dict[str, list[dict]]:
    """Flatten a record into rows of the Parquet tables, each row keyed by `doc_id`."""
    doc_id = record.id
    meta = record.meta
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    tables["documents"].append(
        {
            "doc_id": doc_id,
            "path": path,
            "title": meta.title,
            "authors": list(meta.authors),
            "outlet": meta.outlet,
            "dateline": meta.dateline.text if meta.dateline else None,
            "dateline_place": meta.dateline.place if meta.dateline else None,
            "published": meta.published,
            "year": meta.year,
            "year_inferred": meta.year_inferred,
            "sections": [s.heading for s in record.sections],
            "n_chars": len(record.text),
            "n_sentences": len(record.sentences),
            "warnings": list(record.warnings),
            "text": record.text,
        }
    )
    for entity in record.entities:
        tables["entities"].append(
            {
                "doc_id": doc_id,
                "entity_id": entity.id,
                "name": entity.name,
                "label": entity.label,
                "role": entity.role,
                "iso_code": entity.iso_code,
                "aliases": list(entity.aliases),
                "n_mentions": len(entity.mentions),
            }
        )
        for mention in entity.mentions:
            tables["mentions"].append(
                {
                    "doc_id": doc_id,
                    "entity_id": entity.id,
                    "label": entity.label,
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                }
            )
    tables["figures"].extend({"doc_id": doc_id, **_figure_columns(figure)} for figure in record.figures)
    for mention in record.dates:
        tables["dates"].append(
            {
                "doc_id": doc_id,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "value": mention.value,
                "inferred": mention.inferred,
            }
        )
    tables["facts"].extend(_fact_rows(record))
    for quote in record.quotes:
        tables["quotes"].append(
            {
                "doc_id": doc_id,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "speaker": quote.speaker,
                "speaker_id": quote.speaker_id,
                "cue": quote.cue,
            }
        )
    tables["turns"].extend(
        {"doc_id": doc_id, **turn.model_dump(include={"start", "end", "text", "label", "speaker", "speaker_id",
                                                      "question"})}
        for turn in record.turns
    )
    return tables


def _figure_columns(figure) -> dict:
    """The columns a figure fills in the `figures` and `facts` tables."""
    value, value_high = _low_high(figure.value)
    si_value, si_value_high = _low_high(getattr(figure, "si_value", None))
    return {
        "label": figure.label,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "value": value,
        "value_high": value_high,
        "currency": getattr(figure, "currency", None),
        "unit": getattr(figure, "unit", None),
        "si_value": si_value,
        "si_value_high": si_value_high,
        "si_unit": getattr(figure, "si_unit", None),
        "qualifier": figure.qualifier,
    }


def _fact_rows(record: Briefing) -> list[dict]:
    """One row per fact: the figure's value and unit beside its measure, period, subjects, kind."""
    rows = []
    for fact in record.facts:
        rows.append(
            {
                "doc_id": record.id,
                "fact_id": fact.id,
                **_figure_columns(fact.figure),
                "measure": fact.measure.text if fact.measure else None,
                "measure_key": fact.measure.key if fact.measure else None,
                "subjects": [s.name for s in fact.subjects],
                "subject_ids": [s.entity_id for s in fact.subjects if s.entity_id],
                "period": fact.period.value if fact.period else None,
                "period_text": fact.period.text if fact.period else None,
                "kind": fact.kind,
                "direction": fact.direction,
                "changes": fact.changes,
            }
        )
    return rows


def parquet_schemas():  # -> dict[str, pyarrow.Schema]; pyarrow is imported only when used
    """The Arrow schema of each Parquet table."""
    import pyarrow as pa

    text, i64, f64, flag = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    span = [("start", i64), ("end", i64), ("text", text)]
    figure_columns = [("label", text), *span, ("value", f64), ("value_high", f64), ("currency", text),
                      ("unit", text), ("si_value", f64), ("si_value_high", f64), ("si_unit", text),
                      ("qualifier", text)]
    return {
        "documents": pa.schema(
            [("doc_id", text), ("path", text), ("title", text), ("authors", pa.list_(text)),
             ("outlet", text), ("dateline", text), ("dateline_place", text),
             ("published", pa.date32()), ("year", i64), ("year_inferred", flag),
             ("sections", pa.list_(text)), ("n_chars", i64), ("n_sentences", i64),
             ("warnings", pa.list_(text)), ("text", text)]
        ),
        "entities": pa.schema(
            [("doc_id", text), ("entity_id", text), ("name", text), ("label", text),
             ("role", text), ("iso_code", text), ("aliases", pa.list_(text)),
             ("n_mentions", i64)]
        ),
        "mentions": pa.schema([("doc_id", text), ("entity_id", text), ("label", text), *span]),
        "figures": pa.schema([("doc_id", text), *figure_columns]),
        "dates": pa.schema([("doc_id", text), *span, ("value", text), ("inferred", flag)]),
        "quotes": pa.schema(
            [("doc_id", text), *span, ("speaker", text), ("speaker_id", text), ("cue", text)]
        ),
        "facts": pa.schema(
            [("doc_id", text), ("fact_id", text), *figure_columns, ("measure", text), ("measure_key", text),
             ("subjects", pa.list_(text)), ("subject_ids", pa.list_(text)), ("period", text),
             ("period_text", text), ("kind", text), ("direction", text), ("changes", text)]
        ),
        "turns": pa.schema(
            [("doc_id", text), *span, ("label", text), ("speaker", text), ("speaker_id", text),
             ("question", flag)]
        ),
    }


class ParquetTables:
    """Writes records to a folder of Parquet tables, one part file per table per flush.

    ``OUT/<table>/part-00000.parquet`` … Every part is written under a temporary name
    and renamed, the documents part last: a part of `documents` is the commit mark of
    its records, so a run killed at any moment leaves only whole parts to resume from.
    """

    def __init__(self, folder: str | Path, *, rows_per_part: int = 500) -> None:
        self.folder = Path(folder)
        self.rows_per_part = rows_per_part
        self._rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        self._pending = 0
        self._part = 0

    def open(self, *, resume: bool) -> set[str]:
        """Create the folder (emptied unless `resume`) and return the ids already written."""
        for name in TABLES:
            (self.folder / name).mkdir(parents=True, exist_ok=True)
            for part in (self.folder / name).glob("*.parquet*"):
                if not resume or part.suffix != ".parquet":
                    part.unlink()
        committed = {p.stem for p in (self.folder / "documents").glob("part-*.parquet")}
        for name in TABLES[1:]:
            for part in (self.folder / name).glob("part-*.parquet"):
                if part.stem not in committed:
                    part.unlink()  # written before a kill, its documents part never was
        numbers = [int(stem.removeprefix("part-")) for stem in committed]
        self._part = max(numbers, default=-1) + 1
        if not committed:
            return set()
        import pyarrow.parquet as pq

        ids = pq.read_table(self.folder / "documents", columns=["doc_id"]).column("doc_id")
        return {str(i) for i in ids.to_pylist()}

    def write(self, tables: dict[str, list[dict]]) -> None:
        """Add one record's rows; a part is written every `rows_per_part` records."""
        for name, rows in tables.items():
            self._rows[name].extend(rows)
        self._pending += 1
        if self._pending >= self.rows_per_part:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one part of each table."""
        if not self._pending:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schemas = parquet_schemas()
        stem = f"part-{self._part:05d}"
        for name in (*TABLES[1:], "documents"):
            table = pa.Table.from_pylist(self._rows[name], schema=schemas[name])
            final = self.folder / name / f"{stem}.parquet"
            temporary = final.with_suffix(".parquet.tmp")
            pq.write_table(table, temporary)
            temporary.replace(final)
            self._rows[name].clear()
        self._pending = 0
        self._part += 1

    def close(self) -> None:
        self.flush()
