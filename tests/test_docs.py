"""README commands are the ones CI runs, and its examples run."""

from __future__ import annotations

import re

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
