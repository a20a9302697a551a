"""`briefx view`: the HTML page marks every span once, needs no network, and renders in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.conftest import ROOT, SHARED

from briefx.schema import Briefing
from briefx.view import Highlight, mark_up, page_name, render_index, render_page, span_count, write_report

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium)")
SCREENSHOT = ROOT / "docs" / "view.png"


class _Marks(HTMLParser):
    """Collects the data-span ids, body attributes and text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[str] = []
        self.body: dict[str, str | None] = {}
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if "data-span" in found:
            self.spans.append(found["data-span"] or "")
        if tag == "body":
            self.body = found
        for key in ("src", "href"):
            if re.match(r"(https?:)?//", found.get(key) or ""):
                self.external.append(found[key] or "")
        if tag == "link":
            self.external.append(found.get("href") or "")


def _marks(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    return parser


def _record(text: str, **fields) -> Briefing:
    return Briefing.model_validate({"id": "t", "text": text, **fields})


def _at(text: str, surface: str) -> dict:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface}


# --- marking up the text -----------------------------------------------------------------

H = Highlight
MARK_CASES = [
    pytest.param("Lu Mei met Xi.", [H(0, 6, "PERSON", "p", key="a"), H(11, 13, "PERSON", "p", key="b")],
                 ["a", "b"], id="two apart"),
    pytest.param("“Trade rose 5% in 2025”", [H(1, 22, "QUOTE", "q", key="q"), H(12, 14, "PERCENT", "x", key="f"),
                                             H(18, 22, "DATE", "d", key="d")],
                 ["q", "f", "d"], id="spans nested in a quote"),
    pytest.param("abcdef", [H(0, 4, "ORG", "o", key="o"), H(2, 6, "DATE", "d", key="d")],
                 ["o", "d", "d"], id="crossing spans: the second is split in two parts"),
    pytest.param("ab", [H(0, 1, "ORG", "o", key="o"), H(1, 2, "GPE", "g", key="g")], ["o", "g"], id="adjacent"),
    pytest.param("a<b>&c", [H(1, 4, "ORG", "o", key="o")], ["o"], id="markup in the text is escaped"),
]


@pytest.mark.parametrize("text, marks, expected", MARK_CASES)
def test_mark_up_gives_each_span_an_element_and_keeps_the_text(text, marks, expected):
    page = mark_up(text, marks)
    assert _marks(page).spans == expected
    plain = re.sub(r'<span class="tag">.*?</span>', "", page)
    plain = re.sub(r"<[^>]+>", "", plain)
    assert plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


def test_page_holds_every_span_once_and_loads_nothing(tmp_path):
    text = "BAKU (Reuters) — Lu Mei said “exports to China rose 21.9% in 2025”.\n"
    record = _record(
        text,
        entities=[{"id": "e1", "name": "Lu Mei", "label": "PERSON", "role": "Ambassador",
                   "mentions": [_at(text, "Lu Mei")]},
                  {"id": "e2", "name": "China", "label": "GPE", "iso_code": "CHN", "mentions": [_at(text, "China")]}],
        figures=[{"label": "PERCENT", **_at(text, "21.9%"), "value": 21.9}],
        dates=[{**_at(text, "2025"), "value": "2025"}],
        quotes=[{**_at(text, "exports to China rose 21.9% in 2025"), "speaker": "Lu Mei"}],
        warnings=["stdin: HTML input; tags stripped, text kept"],
    )
    page = render_page(record)
    marks = _marks(page)
    assert len(set(marks.spans)) == len(marks.spans) == span_count(record) == 5
    assert marks.body["data-spans"] == "5"
    assert marks.external == []
    assert 'title="PERCENT · 21.9"' in page and 'title="DATE · 2025"' in page
    assert "QUOTE — Lu Mei" in page and "Ambassador" in page and "HTML input; tags stripped" in page


def test_turns_and_facts_are_shown_when_the_record_has_them():
    text = "MS. PSAKI: Exports rose 5% in 2025.\nQ Thank you.\n"
    figure = {"label": "PERCENT", **_at(text, "5%"), "value": 5}
    record = Briefing.model_validate({
        "id": "t", "text": text,
        "figures": [{"label": "PERCENT", **_at(text, "5%"), "value": 5}],
        "dates": [{**_at(text, "2025"), "value": "2025"}],
        "turns": [{**_at(text, "Exports rose 5% in 2025."), "label": "MS. PSAKI:", "speaker": "Jen Psaki",
                   "question": False},
                  {**_at(text, "Thank you."), "label": "Q", "speaker": None, "question": True}],
        "facts": [{"id": "f1", "figure": figure, "measure": {**_at(text, "Exports"), "key": "export"},
                   "period": {**_at(text, "2025"), "value": "2025"}, "kind": "change", "direction": "up"}],
    })
    page = render_page(record)
    assert page.count('<span class="turn') == 2
    assert '<span class="speaker">Jen Psaki</span>' in page and '<span class="speaker">reporter</span>' in page
    assert "<td>Exports</td>" in page and "<td>change</td>" in page and "<td>up</td>" in page
    assert _marks(page).spans == ["f0", "d0"]


def test_report_writes_a_page_per_record_and_an_index(tmp_path):
    records = [_record("Lu Mei spoke.", id="a/b.txt"), _record("Xi spoke.", id="a/b.txt")]
    index = write_report(records, tmp_path / "report")
    pages = sorted(p.name for p in index.parent.glob("0*.html"))
    assert pages == [page_name("a/b.txt", 1), page_name("a/b.txt", 2)] == ["00001-a-b.txt.html", "00002-a-b.txt.html"]
    links = re.findall(r'<a href="([^"]+)">a/b.txt</a>', index.read_text(encoding="utf-8"))
    assert links == pages
    assert "2 document(s)" in render_index([(p, r) for p, r in zip(pages, records, strict=True)])


# --- in a real browser ---------------------------------------------------------------------


def chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    """Headless Chromium on a local file, with no network and a fresh profile."""
    with tempfile.TemporaryDirectory() as profile:
        command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--hide-scrollbars", f"--user-data-dir={profile}", *args, page.as_uri()]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def png_colours(path: Path) -> int:
    """Distinct colours of an 8-bit RGB or RGBA PNG (decoded with zlib: no imaging library needed)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += size + 12
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(b"".join(chunks)), width * bpp
    previous, colours = bytearray(stride), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = previous[x], previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i : i + 3]) for i in range(0, stride, bpp * 7))  # every 7th pixel
        previous = line
    return len(colours)


def _transcript() -> dict:
    for line in (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        if document["id"] == "b-dipl-02":  # a Q-and-A transcript (speaker tags, Q turns)
            return document
    raise AssertionError("b-dipl-02 is no longer in corpus/dev.jsonl")


def _seed() -> tuple[str, str]:
    path = SHARED / "eval" / "seed_article.txt"
    if not path.is_file():
        pytest.skip("../shared/eval is not beside the checkout")
    return path.read_text(encoding="utf-8"), "2026-01-16"


@needs_chromium
@pytest.mark.slow
@pytest.mark.parametrize("source", ["seed", "transcript"])
def test_chromium_renders_every_span_highlighted(extractor, tmp_path, source):
    if source == "seed":
        text, published = _seed()
    else:
        document = _transcript()
        text, published = document["text"], document["meta"].get("published")
    record = extractor.extract(text, doc_id=source, published=published)
    page = tmp_path / "page.html"
    page.write_text(render_page(record), encoding="utf-8")
    dom = chromium(page, "--virtual-time-budget=2000", "--dump-dom").stdout
    marks = _marks(dom)
    assert span_count(record) > 20
    assert len(set(marks.spans)) == span_count(record)
    assert marks.body["data-rendered"] == str(span_count(record))  # the page's own script ran and counted them
    assert marks.external == []
    assert dom.count('<span class="turn') == len(record.turns)
    if source == "transcript":
        assert len(record.turns) >= 4


@needs_chromium
@pytest.mark.slow
def test_chromium_screenshot_of_the_sample_is_not_blank(extractor, tmp_path):
    text = (ROOT / "samples" / "sample_article.txt").read_text(encoding="utf-8")
    page, shot = tmp_path / "sample.html", tmp_path / "view.png"
    page.write_text(render_page(extractor.extract(text, doc_id="sample_article.txt")), encoding="utf-8")
    chromium(page, "--window-size=1400,1000", f"--screenshot={shot}")
    assert png_colours(shot) > 50
    if os.environ.get("BRIEFX_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_readme_screenshot_is_a_real_picture():
    assert png_colours(SCREENSHOT) > 50
    assert "docs/view.png" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- the commands ----------------------------------------------------------------------------


@pytest.mark.slow
def test_view_command_writes_the_page(extractor, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import briefx.pipeline
    from briefx.cli import app

    monkeypatch.setattr(briefx.pipeline, "load", lambda model=None: extractor)
    monkeypatch.chdir(tmp_path)
    sample = ROOT / "samples" / "sample_article.txt"
    runner = CliRunner()
    result = runner.invoke(app, ["view", str(sample), "--published", "2026-03-04"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "sample_article.briefx.html").read_text(encoding="utf-8")
    record = extractor.extract(sample.read_text(encoding="utf-8"), doc_id="sample_article.txt",
                               published="2026-03-04")
    assert len(set(_marks(page).spans)) == span_count(record)
    assert "published 2026-03-04" in page
    piped = runner.invoke(app, ["extract", str(sample), "--format", "html", "--published", "2026-03-04"])
    assert piped.exit_code == 0 and piped.stdout == page


@pytest.mark.slow
def test_batch_report_writes_pages_and_an_index(tmp_path):
    from typer.testing import CliRunner

    from briefx.cli import app

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Kenya signed a $40 million port deal with China on Monday.\n", encoding="utf-8")
    (news / "b.txt").write_text("Ghana's exports rose 5% in 2025, the ministry said.\n", encoding="utf-8")
    out, report = tmp_path / "out.jsonl", tmp_path / "report"
    result = CliRunner().invoke(app, ["batch", str(news), "--out", str(out), "-w", "1", "--report", str(report)])
    assert result.exit_code == 0, result.output
    index = (report / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="([^"]+)">', index) == ["00001-a.txt.html", "00002-b.txt.html"]
    assert "<td>a.txt</td>" not in index and ">a.txt</a>" in index
    wrong = CliRunner().invoke(app, ["batch", str(news), "--out", str(tmp_path / "g.jsonl"), "--format", "gold",
                                     "--report", str(report)])
    assert wrong.exit_code == 2 and "--format jsonl" in " ".join(re.sub(r"[│╭╮╰╯─]", " ", wrong.output).split())
