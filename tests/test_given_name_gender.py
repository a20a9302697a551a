"""`models/lexicons/given_name_gender.json` is exactly what `models/sources/build_given_name_gender.py` builds
from the US Census 1990 first-name tables (shipped in the `names` package 0.3.0); skipped where that package is
not installed, as briefx does not depend on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import ROOT, source_builder

TABLE = ROOT / "models" / "lexicons" / "given_name_gender.json"


def _builder():
    return source_builder("build_given_name_gender")


def test_given_name_gender_table_is_what_the_script_builds():
    names = pytest.importorskip("names", reason="the Census first-name tables are not installed")
    builder = _builder()
    assert builder.render(builder.build(Path(names.__file__).parent)) == TABLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name, male, female",
    [
        pytest.param("Tom", True, False, id="a-man's-name"),
        pytest.param("Mary", False, True, id="a-woman's-name"),
        pytest.param("Jordan", False, False, id="either-left-out"),
        pytest.param("Jean", False, False, id="either-left-out-2"),
    ],
)
def test_the_table_classes_only_clear_names(name, male, female):
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert (name in table["male"], name in table["female"]) == (male, female)
