"""Batch inputs: lazy readers over folders, globs, files, JSON Lines and stdin.

`find_inputs()` lists the files a batch reads (folders recursively, hidden files
skipped); `read_inputs()` yields one `briefx.io.Article` per document, with its text or
the one-line reason it cannot be processed, so a bad document never stops a batch.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from briefx.errors import InputError
from briefx.io import Article, decode_article

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
) -> Iterator[Article]:
    """Read the documents of each file lazily, one `Article` at a time.

    A document whose id is in `skip` comes back with `skipped=True` (a text file is
    then not even read). A document that cannot be read (empty, binary, malformed
    JSON, over `max_chars`) comes back with `error` set; reading carries on.
    """
    for file in files:
        if file.kind == "text":
            if file.doc_id in skip:
                yield Article(doc_id=file.doc_id, path=file.name, skipped=True)
            else:
                yield _read_text_file(file, max_chars)
        elif file.kind == "json":
            yield from _read_json_file(file, skip, max_chars)
        else:
            yield from _read_json_lines(file, skip, max_chars, stdin)


def _read_text_file(file: InputFile, max_chars: int | None) -> Article:
    assert file.path is not None
    try:
        size = file.path.stat().st_size
        if max_chars is not None and size > 4 * max_chars:
            return Article(doc_id=file.doc_id, path=file.name, error=f"file of {size:,} bytes is over the limit of "
                f"{max_chars:,} characters (--max-chars)"
            )
        data = file.path.read_bytes()
    except OSError as exc:
        return Article(doc_id=file.doc_id, path=file.name, error=f"cannot read: {exc.strerror}")
    return _document(file.doc_id, file.name, data, None, max_chars)


def _document(
    doc_id: str, path: str, data: bytes, published: date | None, max_chars: int | None
) -> Article:
    try:
        decoded = decode_article(data, name=path)
    except InputError as exc:
        return Article(doc_id=doc_id, path=path, error=_reason(str(exc), path))
    if max_chars is not None and len(decoded.text) > max_chars:
        return Article(doc_id=doc_id, path=path, error=f"text of {len(decoded.text):,} characters is over the limit "
            f"of {max_chars:,} (--max-chars)"
        )
    return Article(decoded.text, doc_id, published, path, tuple(decoded.warnings))


def _reason(message: str, path: str) -> str:
    """Drop the `path: ` prefix decode_article puts on its messages; the path has a field."""
    return message.removeprefix(f"{path}: ")


def _read_json_file(
    file: InputFile, skip: Container[str], max_chars: int | None
) -> Iterator[Article]:
    assert file.path is not None
    try:
        data = json.loads(file.path.read_bytes())
    except OSError as exc:
        yield Article(doc_id=file.doc_id, path=file.name, error=f"cannot read: {exc.strerror}")
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
        error = 'not a JSON object {"id", "text", "published"} or a list of them'
        yield Article(doc_id=file.doc_id, path=file.name, error=error)


def _read_json_lines(
    file: InputFile, skip: Container[str], max_chars: int | None, stdin: IO[bytes] | None
) -> Iterator[Article]:
    if file.path is None:
        yield from _json_lines(stdin if stdin is not None else sys.stdin.buffer, file, skip,
                               max_chars)
        return
    try:
        stream = file.path.open("rb")
    except OSError as exc:
        yield Article(doc_id=file.doc_id, path=file.name, error=f"cannot read: {exc.strerror}")
        return
    with stream:
        yield from _json_lines(stream, file, skip, max_chars)


def _json_lines(
    stream: IO[bytes], file: InputFile, skip: Container[str], max_chars: int | None
) -> Iterator[Article]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        doc_id, path = f"{file.doc_id}:{number}", f"{file.name}:{number}"
        try:
            item = json.loads(line)
        except UnicodeDecodeError:
            yield Article(doc_id=doc_id, path=path, error="line is not UTF-8")
            continue
        except ValueError as exc:
            yield Article(doc_id=doc_id, path=path, error=f"malformed JSON: {exc}")
            continue
        yield _from_object(item, doc_id, path, skip, max_chars)


def _from_object(
    item: object, doc_id: str, path: str, skip: Container[str], max_chars: int | None
) -> Article:
    if not isinstance(item, dict):
        return Article(doc_id=doc_id, path=path, error='not a JSON object {"id", "text", "published"}')
    given = item.get("id")
    if isinstance(given, str | int) and not isinstance(given, bool) and str(given):
        doc_id = str(given)
    if doc_id in skip:
        return Article(doc_id=doc_id, path=path, skipped=True)
    text, given_date = item.get("text"), item.get("published")
    if not isinstance(text, str):
        return Article(doc_id=doc_id, path=path, error='no "text" string')
    published = None
    if given_date is not None:
        try:
            published = date.fromisoformat(str(given_date))  # parsed here, once; a date from now on
        except ValueError:
            return Article(doc_id=doc_id, path=path, error=f"published {given_date!r} is not YYYY-MM-DD")
    return _document(doc_id, path, text.encode("utf-8"), published, max_chars)
