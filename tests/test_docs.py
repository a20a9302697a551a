"""README commands are the ones CI runs, and its examples run."""

from __future__ import annotations

import re

import pytest
from tests.conftest import ROOT


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", text, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_readme_opens_with_install_and_test_commands():
    install, test = _readme_commands()[:2]
    assert "pip install" in install and "briefx extract samples/" in install
    assert "pytest" in test
    assert (ROOT / install.split("briefx extract ")[1].split()[0]).is_file()


def test_ci_runs_the_readme_test_command():
    test = _readme_commands()[1]
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_library_example_runs(extractor):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```python\nimport briefx\n(.*?)```", text, re.S).group(1)
    snippet = snippet.replace("briefx.load()", "_extractor")
    namespace = {"briefx": __import__("briefx"), "_extractor": extractor}
    exec(compile(snippet, "README", "exec"), namespace)
    record = namespace["record"]
    assert record.id == "cbk"
    assert [(f.label, f.value) for f in record.figures] == [("PERCENT", 10.75)]
    assert [(d.text, d.value) for d in record.dates] == [("Tuesday", "2026-03-03")]


def test_readme_spacy_example_runs():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```python\nimport spacy\n(.*?)```", text, re.S).group(1)
    namespace = {"spacy": __import__("spacy")}
    exec(compile(snippet.replace("print(", "found = ("), "README", "exec"), namespace)
    found = namespace["found"]
    assert ("12%", "PERCENT", 12.0) in found
    assert ("$2.4 billion", "MONEY", 2.4e9) in found


def test_docs_gold_md_is_the_shared_spec():
    """docs/GOLD.md is the project's copy of the format spec; it follows ../shared/spec/GOLD.md."""
    from tests.conftest import SHARED

    ours = (ROOT / "docs" / "GOLD.md").read_text(encoding="utf-8")
    assert ours.startswith("# Gold annotation format and guidelines")
    shared = SHARED / "spec" / "GOLD.md"
    if not shared.is_file():
        pytest.skip("../shared/spec/GOLD.md is not beside the checkout")
    assert ours == shared.read_text(encoding="utf-8"), "copy ../shared/spec/GOLD.md to docs/GOLD.md"


def test_readme_annotation_loop_runs(tmp_path, seed_gold, monkeypatch):
    """Steps 2–4 of the README's annotation loop, on the seed, with no correction made in the tool."""
    import shlex

    from typer.testing import CliRunner

    from briefx.cli import app

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Correct it in an annotation tool.*?```bash\n(.*?)```", text, re.S).group(1)
    lines = [line.split("#")[0].split() for line in block.splitlines() if line.strip()]
    assert [words[:2] for words in lines] == [["briefx", "batch"], ["briefx", "convert"], ["briefx", "convert"],
                                              ["briefx", "score"]]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pre.jsonl").write_text(seed_gold.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    for line in block.splitlines()[1:]:
        args = shlex.split(line.split("#")[0])[1:]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (line, result.output)
        if args[0] == "convert" and "--to" in args and args[args.index("--to") + 1] == "label-studio":
            (tmp_path / "export.json").write_text((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    assert (tmp_path / "corrected.jsonl").read_text(encoding="utf-8") == seed_gold.read_text(encoding="utf-8")
    assert "1.000" in result.stdout  # no corrections: the prediction agrees with itself
