"""Build ``models/lexicons/subdivisions.json`` from pycountry's ISO 3166-2 subdivisions.

briefx reads the committed table at start-up instead of pycountry's subdivision database
(loading those ~5,000 records took 0.05 s of every start). Run by hand when pycountry is
upgraded; `tests/test_subdivisions.py` checks the table against the installed pycountry
when it is the version the table records.

    python models/sources/build_subdivisions.py

The names kept are those of capitalised words, "of" between them ("Bay of Plenty", "Isle of
Wight"), each also folded to ASCII ("Tamil Nadu") and with a typographic apostrophe
("Hawke’s Bay", "Cox’s Bazar").
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "lexicons" / "subdivisions.json"
ABOUT = ("ISO 3166-2 subdivision names from pycountry (models/sources/build_subdivisions.py builds it): "
         "the entity lexicon's SUBDIVISION gazetteer group and its known places.")


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def build(names: Iterable[str]) -> list[str]:
    """The subdivision names the lexicon keeps, with their folded and apostrophe variants."""
    kept: set[str] = set()
    for name in names:
        if " " not in name or all(w[:1].isupper() or w == "of" for w in name.split(" ")):
            kept |= {name, fold(name), name.replace("'", "’")}
    return sorted(kept)


def render(names: list[str], source_version: str) -> str:
    """The file's text, as committed."""
    table = {"about": ABOUT, "pycountry": source_version, "names": names}
    return json.dumps(table, ensure_ascii=False, indent=0) + "\n"


def main() -> None:
    import pycountry

    names = build(sub.name for sub in pycountry.subdivisions)
    OUT.write_text(render(names, version("pycountry")), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
