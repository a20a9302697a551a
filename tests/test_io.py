"""Batch readers and writers of briefx.io: folders, globs, JSON Lines, stdin, resume, Parquet."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from briefx.batch.inputs import count_documents, find_inputs, read_inputs
from briefx.batch.outputs import ParquetTables, repair_jsonl
from briefx.errors import InputError
from briefx.export import TABLES, briefing_tables
from briefx.io import Article
from briefx.schema import Briefing

ARTICLE = (
    "Ghana signs power deal\n\nACCRA, March 3 — Ghana signed a $410 million power deal on "
    "Tuesday, the finance minister said. The plant will add 350 MW to the grid by 2027, "
    "and the government expects the project to create about 2,000 jobs in the region.\n"
)


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def read_all(inputs: list[str], **options) -> list[Article]:
    return list(read_inputs(find_inputs(inputs), **options))


# --- finding inputs -----------------------------------------------------------------


def test_folder_is_searched_recursively_for_article_files(tmp_path):
    write(tmp_path, {
        "b.txt": ARTICLE, "a/z.md": ARTICLE, "a/page.html": ARTICLE, "feed.jsonl": "",
        "one.json": "{}", "notes.pdf": "x", "image.png": "x", ".hidden/c.txt": ARTICLE,
        ".d.txt": ARTICLE,
    })
    files = find_inputs([str(tmp_path)])
    assert [f.doc_id for f in files] == [
        "a/page.html", "a/z.md", "b.txt", "feed.jsonl", "one.json",
    ]
    assert [f.kind for f in files] == ["text", "text", "text", "jsonl", "json"]


def test_glob_ids_are_relative_to_the_fixed_part_of_the_pattern(tmp_path):
    write(tmp_path, {"2024/jan/a.txt": ARTICLE, "2024/feb/b.txt": ARTICLE, "2023/c.txt": ARTICLE})
    files = find_inputs([f"{tmp_path}/2024/*/*.txt"])
    assert [f.doc_id for f in files] == ["feb/b.txt", "jan/a.txt"]


def test_a_file_given_by_name_is_its_own_id_whatever_its_suffix(tmp_path):
    write(tmp_path, {"story.text": ARTICLE})
    [file] = find_inputs([str(tmp_path / "story.text")])
    assert (file.doc_id, file.kind) == ("story.text", "text")


def test_ids_are_stable_across_runs(tmp_path):
    write(tmp_path, {f"d{i}/{j}.txt": ARTICLE for i in range(3) for j in range(3)})
    assert find_inputs([str(tmp_path)]) == find_inputs([str(tmp_path)])


def test_excluded_paths_are_left_out(tmp_path):
    write(tmp_path, {"a.txt": ARTICLE, "out.jsonl": "", "out.jsonl.errors.jsonl": ""})
    files = find_inputs([str(tmp_path)], exclude=[tmp_path / "out.jsonl",
                                                   tmp_path / "out.jsonl.errors.jsonl"])
    assert [f.doc_id for f in files] == ["a.txt"]


@pytest.mark.parametrize(
    "spec, message",
    [
        ("missing-folder", "no such file or folder"),
        ("nothing-*.txt", "no files match"),
        ("empty", "no input documents found"),
    ],
    ids=["missing", "glob-without-match", "empty-folder"],
)
def test_bad_inputs_fail_with_one_line(tmp_path, spec, message):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=message) as caught:
        find_inputs([str(tmp_path / spec)])
    assert "\n" not in str(caught.value)


# --- reading documents --------------------------------------------------------------


def test_text_files_become_documents(tmp_path):
    write(tmp_path, {"a.txt": ARTICLE})
    [doc] = read_all([str(tmp_path)])
    assert (doc.doc_id, doc.text, doc.error, doc.warnings) == ("a.txt", ARTICLE, None, ())


@pytest.mark.parametrize(
    "content, warning",
    [
        (ARTICLE.replace("\u2014", "-").replace("Ghana", "Gh\u00e2na").encode("latin-1"),
         "not valid UTF-8"),
        (f"<html><body><p>{ARTICLE}</p><div>x</div></body></html>", "HTML input"),
    ],
    ids=["latin-1", "html"],
)
def test_repairable_files_get_text_and_a_warning(tmp_path, content, warning):
    write(tmp_path, {"doc.txt": content})
    [doc] = read_all([str(tmp_path)])
    assert doc.error is None and "Ghana" in doc.text.replace("\u00e2", "a")
    assert any(warning in w for w in doc.warnings)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "file is empty"),
        (b"  \n\n", "file is empty"),
        (b"\x00\x01\x02PNG\x00" * 100, "binary file"),
        ("<html><body><script>x</script><div></div></body></html>", "holds no text"),
    ],
    ids=["empty", "blank", "binary", "html-without-text"],
)
def test_unreadable_files_become_errors(tmp_path, content, reason):
    write(tmp_path, {"bad.txt": content})
    [doc] = read_all([str(tmp_path)])
    assert doc.text is None and reason in doc.error
    assert doc.path == str(tmp_path / "bad.txt")


def test_over_long_texts_become_errors(tmp_path):
    write(tmp_path, {"long.txt": ARTICLE * 10, "huge.txt": "x" * 5000})
    docs = read_all([str(tmp_path)], max_chars=1000)
    assert [d.doc_id for d in docs] == ["huge.txt", "long.txt"]
    assert "bytes is over the limit of 1,000" in docs[0].error  # not even read
    assert "characters is over the limit of 1,000" in docs[1].error


JSONL_CASES = [
    ('{"id": "x1", "text": "%s"}', ("x1", None, None)),
    ('{"id": 7, "text": "%s", "published": "2024-05-01"}', ("7", date(2024, 5, 1), None)),
    ('{"text": "%s"}', ("feed.jsonl:1", None, None)),
    ('{"id": "x1", "text": "%s"', ("feed.jsonl:1", None, "malformed JSON")),
    ('["not", "an", "object %s"]', ("feed.jsonl:1", None, "not a JSON object")),
    ('{"id": "x1", "body": "%s"}', ("x1", None, 'no "text" string')),
    ('{"id": "x1", "text": "%s", "published": "May 1"}', ("x1", None, "not YYYY-MM-DD")),
    ('{"id": "x1", "text": "  %s"}', ("x1", None, None)),
]


@pytest.mark.parametrize("line, expected", JSONL_CASES, ids=[
    "id", "int-id-and-published", "no-id", "malformed", "not-object", "no-text",
    "bad-published", "padded",
])
def test_json_lines(tmp_path, line, expected):
    write(tmp_path, {"feed.jsonl": line % "Ghana signed a deal." + "\n"})
    [doc] = read_all([str(tmp_path)])
    doc_id, published, error = expected
    assert (doc.doc_id, doc.published) == (doc_id, published)
    if error is None:
        assert doc.error is None and "Ghana signed a deal." in doc.text
    else:
        assert error in doc.error and doc.path == f"{tmp_path / 'feed.jsonl'}:1"


def test_json_lines_skip_blank_lines_and_keep_line_numbers(tmp_path):
    lines = ['{"text": "one"}', "", '{"text": ', '{"text": "three"}']
    write(tmp_path, {"f.jsonl": "\n".join(lines) + "\n"})
    docs = read_all([str(tmp_path)])
    assert [(d.doc_id, d.error is None) for d in docs] == [
        ("f.jsonl:1", True), ("f.jsonl:3", False), ("f.jsonl:4", True),
    ]


def test_a_json_line_that_is_not_utf8_is_an_error(tmp_path):
    write(tmp_path, {"f.jsonl": b'{"text": "caf\xe9"}\n{"text": "ok"}\n'})
    docs = read_all([str(tmp_path)])
    assert "not UTF-8" in docs[0].error and docs[1].text == "ok"


@pytest.mark.parametrize(
    "content, ids",
    [
        ('{"id": "one", "text": "Ghana."}', ["one"]),
        ('{"text": "Ghana."}', ["doc.json"]),
        ('[{"text": "Ghana."}, {"id": "b", "text": "Togo."}]', ["doc.json:1", "b"]),
        ('{"text": "Ghana."}\n{"text": "Togo."}\n', ["doc.json:1", "doc.json:2"]),
    ],
    ids=["object", "object-without-id", "list", "json-lines"],
)
def test_json_files(tmp_path, content, ids):
    write(tmp_path, {"doc.json": content})
    assert [d.doc_id for d in read_all([str(tmp_path)])] == ids


def test_stdin_is_json_lines():
    stdin = io.BytesIO(b'{"id": "s1", "text": "Ghana."}\n{"text": "Togo."}\n')
    docs = list(read_inputs(find_inputs(["-"]), stdin=stdin))
    assert [(d.doc_id, d.text) for d in docs] == [("s1", "Ghana."), ("stdin:2", "Togo.")]


def test_known_ids_are_skipped_without_reading(tmp_path):
    write(tmp_path, {"a.txt": ARTICLE, "b.txt": b"\x00bin", "f.jsonl": '{"id": "j", "text": "x"}'})
    docs = read_all([str(tmp_path)], skip={"b.txt", "j"})
    assert [(d.doc_id, d.skipped, d.error) for d in docs] == [
        ("a.txt", False, None), ("b.txt", True, None), ("j", True, None),
    ]


def test_documents_are_counted_for_the_progress_bar(tmp_path):
    write(tmp_path, {"a.txt": ARTICLE, "f.jsonl": '{"text": "a"}\n\n{"text": "b"}\n',
                     "g.json": '{\n  "id": "g",\n  "text": "c"\n}\n'})
    assert count_documents(find_inputs([str(tmp_path)])) == 4
    assert count_documents(find_inputs(["-"])) is None


# --- resuming JSON Lines ------------------------------------------------------------


def test_resume_cuts_a_half_written_last_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a"}\n{"id": "b"}\n{"id": "c", "te', encoding="utf-8")
    assert repair_jsonl(out) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == '{"id": "a"}\n{"id": "b"}\n'


def test_resume_of_a_file_with_only_a_partial_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "text": "' + "x" * 100_000, encoding="utf-8")
    assert repair_jsonl(out) == set()
    assert out.read_bytes() == b""


def test_resume_refuses_a_corrupt_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a"}\nnot json\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"out.jsonl:2: not a briefx record"):
        repair_jsonl(out)


def test_resume_of_a_missing_file_starts_empty(tmp_path):
    assert repair_jsonl(tmp_path / "none.jsonl") == set()


# --- Parquet tables -----------------------------------------------------------------

TEXT = "Ghana will spend $2-3 billion and 5 GW. Accra is calm."


def briefing(doc_id: str) -> Briefing:
    return Briefing.model_validate({
        "id": doc_id,
        "text": TEXT,
        "entities": [{
            "id": "e1", "name": "Ghana", "label": "GPE", "iso_code": "GHA",
            "mentions": [{"start": 0, "end": 5, "text": "Ghana"}],
        }],
        "figures": [
            {"label": "MONEY", "start": 17, "end": 29, "text": "$2-3 billion",
             "value": [2e9, 3e9], "currency": "USD"},
            {"label": "CAPACITY", "start": 34, "end": 38, "text": "5 GW", "value": 5,
             "unit": "GW", "si_value": 5e9, "si_unit": "W"},
        ],
        "dates": [],
        "quotes": [{"start": 40, "end": 54, "text": "Accra is calm.", "speaker": None}],
    })


def test_records_flatten_into_tables_keyed_by_document():
    tables = briefing_tables(briefing("d1"), path="news/d1.txt")
    assert set(tables) == set(TABLES)
    assert all(row["doc_id"] == "d1" for rows in tables.values() for row in rows)
    money, capacity = tables["figures"]
    assert (money["value"], money["value_high"], money["currency"]) == (2e9, 3e9, "USD")
    assert (capacity["si_value"], capacity["si_unit"], capacity["unit"]) == (5e9, "W", "GW")
    assert tables["documents"][0]["path"] == "news/d1.txt"
    assert tables["mentions"][0]["entity_id"] == "e1"


def test_parquet_parts_resume_from_committed_documents(tmp_path):
    import pyarrow.parquet as pq

    folder = tmp_path / "out"
    writer = ParquetTables(folder, rows_per_part=2)
    assert writer.open(resume=False) == set()
    for i in range(5):
        writer.write(briefing_tables(briefing(f"d{i}")))
    writer.close()
    assert len(list((folder / "documents").glob("*.parquet"))) == 3
    # a run killed after writing a figures part but before its documents part
    (folder / "figures" / "part-00003.parquet").write_bytes(b"half")
    (folder / "documents" / "part-00003.parquet.tmp").write_bytes(b"half")
    again = ParquetTables(folder, rows_per_part=2)
    assert again.open(resume=True) == {f"d{i}" for i in range(5)}
    assert not (folder / "figures" / "part-00003.parquet").exists()
    assert not (folder / "documents" / "part-00003.parquet.tmp").exists()
    again.write(briefing_tables(briefing("d5")))
    again.close()
    documents = pq.read_table(folder / "documents").column("doc_id").to_pylist()
    assert sorted(documents) == [f"d{i}" for i in range(6)]
    figures = pq.read_table(folder / "figures").to_pylist()
    assert len(figures) == 12 and {f["label"] for f in figures} == {"MONEY", "CAPACITY"}


def test_parquet_without_resume_starts_afresh(tmp_path):
    writer = ParquetTables(tmp_path / "out")
    writer.open(resume=False)
    writer.write(briefing_tables(briefing("d1")))
    writer.close()
    assert ParquetTables(tmp_path / "out").open(resume=False) == set()
    assert not list((tmp_path / "out").rglob("*.parquet"))

