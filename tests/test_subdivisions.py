"""`models/lexicons/subdivisions.json` is what `models/sources/build_subdivisions.py` builds from
pycountry's subdivisions; checked against the installed pycountry when it is the version the table
was built from (another version may name subdivisions otherwise: rebuild the table then)."""

from __future__ import annotations

import json
from importlib.metadata import version

import pytest
from tests.conftest import ROOT, source_builder

TABLE = ROOT / "models" / "lexicons" / "subdivisions.json"


def test_subdivisions_table_is_what_the_script_builds():
    import pycountry

    recorded = json.loads(TABLE.read_text(encoding="utf-8"))["pycountry"]
    if version("pycountry") != recorded:
        pytest.skip(f"table built from pycountry {recorded}, {version('pycountry')} installed: rebuild it")
    builder = source_builder("build_subdivisions")
    names = builder.build(sub.name for sub in pycountry.subdivisions)
    assert builder.render(names, recorded) == TABLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Bay of Plenty", {"Bay of Plenty"}),
        ("Hawke's Bay", {"Hawke's Bay", "Hawke’s Bay"}),
        ("Tamil Nādu", {"Tamil Nādu", "Tamil Nadu"}),
        ("Canterbury", {"Canterbury"}),
        ("Ville de Paris", set()),  # a lower-case word other than "of"
    ],
    ids=["of-between", "apostrophe", "folded", "one-word", "lower-case-word"],
)
def test_the_builder_keeps_capitalised_names_and_their_variants(name, kept):
    assert set(source_builder("build_subdivisions").build([name])) == kept


def test_the_lexicon_reads_the_table():
    from briefx.components.entities.lexicon import _subdivision_names

    names = _subdivision_names()
    assert {"Bay of Plenty", "Hawke’s Bay", "Tamil Nadu"} <= names
    assert names == frozenset(json.loads(TABLE.read_text(encoding="utf-8"))["names"])
