"""Reading articles from disk or stdin, and writing records.

`read_article()` turns bytes into text or raises `InputError` with one clear
line: a missing path, a directory, an empty or binary file. Where a best effort
is possible it returns the text with warnings instead: non-UTF-8 bytes are
decoded as Windows-1252/Latin-1, HTML is reduced to its text, text that does
not look like English is flagged.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
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


# --- the one shape of a document to extract ------------------------------------------

@dataclass(frozen=True)
class Article:
    """One document to extract: its text, id and publication date (parsed once, where it
    enters briefx); in a batch also where it came from, the reader's warnings, or why it
    cannot be processed (`error`, `skipped`: then `text` is None)."""

    text: str | None = None
    doc_id: str | None = None
    published: date | None = None
    path: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    skipped: bool = False

    @classmethod
    def coerce(cls, item: ItemLike) -> Article:
        """Accept a text, a (text, context) tuple or a {"id", "text", "published"} mapping."""
        if isinstance(item, Article):
            return item
        if isinstance(item, str):
            return cls(item)
        if isinstance(item, tuple):
            text, context = item
            return cls(text, context.get("id"), as_date(context.get("published")))
        return cls(item["text"], item.get("id"), as_date(item.get("published")))


ItemLike = str | tuple[str, Mapping[str, Any]] | Mapping[str, Any] | Article


def as_date(value: date | str | None) -> date | None:
    """A publication date given to the library as a date or "YYYY-MM-DD" text."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD") from exc
