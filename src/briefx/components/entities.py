"""briefx_entities: repair the base model's named entities for briefings.

Candidates come from four sources, strongest last: the base model's ``ner``
(and names an apposition reveals: "Arianespace, the launch operator,");
gazetteers (countries from pycountry plus aliases, ISO 3166-2 subdivisions,
cities, rivers/seas/regions, demonyms, well-known organisations; world towns
only where the context says "a place"); name patterns (events ending in
Summit/Plenum/War…, named storms and exercises, places ending in
Corridor/Zone/Sea…, "<Name> district" GPEs, lists before "seas"/"districts",
"<Organisation> (ACRONYM)"); and the layout (byline authors and outlet, the
dateline's place). After choosing, document-level repairs run: names spread to
their other mentions, names listed with places or organisations take their
label, a one-word "person" no full name explains is re-read, and places inside
a facility's name are dropped. The winners are written to ``doc.ents`` with
``Span._.role`` on people and ``Span._.iso_code`` on countries. Following
GOLD.md: titles are cut out of PERSON and kept as the role, determiners and
possessives are left out, names of plans, treaties and programmes get no span,
page furniture, figures and dates never become names, and headline fragments are
kept only when the body confirms them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.components.attributes import register_attributes
from briefx.normalize.names import initials
from briefx.resources import load_json

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"}
_NER_MAP = {"LANGUAGE": "NORP"}
_DETERMINERS = {"the", "a", "an", "The", "A", "An", "THE"}
_POSSESSIVE = {"'s", "’s", "'", "’", "'S", "’S"}
_CONNECTORS = {"of", "on", "for", "against", "Against", "the", "and", "de", "du", "la", "&"}
_NAME_PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "del",
    "la",
    "le",
    "bin",
    "binti",
    "al",
    "el",
    "ibn",
    "dos",
    "das",
    "ter",
    "ten",
}
# the model's labels that rule a word out of a name it missed ("ORG"/"PERSON" may have been dropped as unconfirmed)
_MAX_SUBDIVISION_WORDS = 4  # tokens; longer ISO 3166-2 names are official forms news does not use
_COMPASS = {
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "North-East",
    "North-West",
    "South-East",
    "South-West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
}
_SPEECH = {"said", "says", "told", "added", "noted", "explained", "warned"}
_NOT_AFTER_AIR = {"Base", "Force", "Forces", "Quality", "Traffic", "Defence", "Defense", "Station", "Show"}
_NAME_ADJECTIVES = {"General", "Federal", "National", "Supreme"}  # titles that also open names
_JOINERS = {"and", "of", "the", "&", "for"}
_NAME_TYPES = {"GPE", "LOC", "NORP", "EVENT", "FAC", "DATE", "MONEY", "PERCENT", "CARDINAL"}
_POST_MODIFIERS = {"managing", "executive", "general", "deputy", "senior", "group", "finance", "regional", "country"}
_CLAUSE_WORDS = {"and", "or", "but", "who", "which", "that", "whose", "whom"}
_PREPOSITIONS = {"of", "for", "at", "in", "with", "to", "from", "on", "by"}
_PRIORITY = {"bare": 0, "ner": 1, "gazetteer": 2, "pattern": 3, "layout": 4}


@dataclass
class Candidate:
    start: int  # token index
    end: int
    label: str
    source: str
    iso: str | None = None

    @property
    def priority(self) -> int:
        return _PRIORITY[self.source]

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end and len(self) > len(other)

    def __len__(self) -> int:
        return self.end - self.start

    def tokens(self) -> range:
        return range(self.start, self.end)


_INITIAL = re.compile(r"^[A-Z]\.$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _capitalised(text: str) -> bool:
    """A word that can be part of a name: capitalised, or a numeral ordinal ("20th")."""
    return text[:1].isupper() or bool(_ORDINAL_DIGITS.match(text))


def _country_table(aliases: dict[str, str]) -> dict[str, str]:
    """Country name -> ISO 3166-1 alpha-3, from pycountry's names plus the alias table."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                table[name] = country.alpha_3
    table.update(aliases)
    return table


class EntitiesComponent:
    """Repair doc.ents (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, lexicon: str, confirm_title: bool):
        self.name = name
        self.confirm_title = confirm_title
        lex = load_json("lexicons", lexicon)
        self.role_words = set(lex["role_words"])
        self.person_prefixes = set(lex["person_prefixes"])
        self.event_heads = set(lex["event_heads"])
        self.event_needs_number = set(lex["event_heads_need_number"])
        self.loc_heads = set(lex["loc_heads"])
        self.no_span_heads = set(lex["no_span_heads"])
        self.gpe_types = set(lex["gpe_type_words"])
        self.loc_types = set(lex["loc_type_words"])
        self.plural_types = lex["plural_place_types"]
        self.singular_types = lex["singular_place_types"]
        self.place_context = set(lex["place_context_words"])
        self._place_type_words = set(self.plural_types) | set(self.singular_types)
        common = set(lex["world_city_common_words"])  # "in Reading" may be a town, "in Paradise" seldom
        self.world_cities = {k: v for k, v in load_json("lexicons", "world_cities.json").items() if k not in common}
        self.city_min_population = lex["world_city_min_population"]
        self.units = set(lex["unit_symbols"])
        self._positions: dict[int, dict[str, list[int]]] = {}  # per-call token index, cleared after each doc
        self._text_cache: dict[int, list[str]] = {}  # per-call token texts, cleared after each doc
        self.stop = set(load_json("lexicons", "english_stopwords.json"))
        self.org_heads = set(lex["org_pattern_heads"])
        self.facility_heads = set(lex["facility_heads"])
        self.org_descriptors = set(lex["organisation_descriptors"])
        self.org_possessions = set(lex["organisation_possessions"])
        self.role_nouns = set(lex["role_nouns"])
        self.org_openers = set(lex["organisation_openers"])
        self.facility_nouns = set(lex["facility_nouns"])
        self.legal_suffixes = set(lex["legal_suffixes"])
        self.org_prefixes = set(lex["organisation_prefixes"])
        self.reserve_heads = set(lex["reserve_heads"])
        self.reserve_kinds = set(lex["reserve_kinds"])
        self.storms = set(lex["storm_words"])
        self.exercise_words = set(lex["exercise_words"])
        self.organisation_names = set(lex["organisations"])
        self.post_nouns = set(lex["post_nouns"])
        self.event_codes = re.compile(lex["event_code_pattern"])
        self.portfolio = set(lex["portfolio_words"])
        self.company_words = set(lex["company_words"])
        # company words the tokenizer splits ("A/S" → "A", "/", "S"), by their first piece
        self._split_suffixes: dict[str, list[tuple[str, ...]]] = {}
        for word in self.company_words:
            pieces = tuple(t.text for t in nlp.tokenizer(word))
            if len(pieces) > 1:
                self._split_suffixes.setdefault(pieces[0], []).append(pieces)
        self.locative = set(lex["locative_prepositions"])
        self.short_heads = set(lex["short_reference_heads"])
        self.subdivisions = set()
        for sub in pycountry.subdivisions:
            if " " not in sub.name or sub.name.istitle():
                self.subdivisions |= {sub.name, _fold(sub.name)}
        self.compound_prefixes = set(lex["compound_prefixes"])
        self.countries = _country_table(lex["country_aliases"])
        self.demonyms = set(load_json("lexicons", "demonyms.json"))
        self.loc_names = set(lex["loc_names"])
        geography = load_json("lexicons", "geography.json")
        self.loc_names |= {name for key, names in geography.items() if key != "about" for name in names}
        self.subdivision_names = {
            n for n in self.subdivisions if n.lower() not in self.stop and n not in self.loc_names
        }
        self.cities = set(lex["cities"])
        # gazetteer: name as a tuple of token texts -> the groups it is in, looked up by word
        # n-grams (a phrase matcher would tokenize every one of ~3,600 names at start-up)
        self.gazetteer: dict[tuple[str, ...], list[str]] = {}
        groups = {
            "COUNTRY": self.countries.keys(),
            "CITY": self.cities,
            "LOC": self.loc_names,
            "NORP": self.demonyms,
            "ORG": set(lex["organisations"]),
        }
        for key, names in groups.items():
            variants = set(names)
            if key in ("COUNTRY", "CITY"):
                variants |= {n.upper() for n in names}
            for name in sorted(variants):
                self.gazetteer.setdefault(_name_words(nlp, name), []).append(key)
        for name in sorted(self.subdivision_names):
            words = _name_words(nlp, name)
            if len(words) <= _MAX_SUBDIVISION_WORDS:
                self.gazetteer.setdefault(words, []).append("SUBDIVISION")
        self._gazetteer_lengths: dict[str, list[int]] = {}  # first word -> the names' lengths
        for words in self.gazetteer:
            self._gazetteer_lengths.setdefault(words[0], []).append(len(words))
        for lengths in self._gazetteer_lengths.values():
            lengths[:] = sorted(set(lengths), reverse=True)
        self._upper_countries = {k.upper(): v for k, v in self.countries.items()}
        self._upper_cities = {c.upper() for c in self.cities}
        # words at which some name pattern starts (_from_patterns skips every other word)
        self._pattern_triggers = (
            self.org_heads
            | self.company_words
            | set(self._split_suffixes)
            | self.event_heads
            | self.event_needs_number
            | self.loc_heads
            | self.loc_types
            | self.gpe_types
            | self.role_words
            | self.storms
            | self.org_prefixes
            | self.reserve_heads
            | {"Government", "("}
            | {w for word in ("executive", "envoy", "representative") for w in (word, word.title(), word.upper())}
        )

    # -- candidate sources ------------------------------------------------------------

    def _from_ner(self, doc: Doc) -> list[Candidate]:
        out = []
        title = doc.spans.get("title", [])
        for ent in doc.ents:
            label = _NER_MAP.get(ent.label_, ent.label_)
            if label == "FAC" and ent[-1].text in self.loc_heads:
                label = "LOC"
            if label not in ENTITY_LABELS:
                continue
            end = ent.end
            if title and title[0].start <= ent.start < title[0].end:
                # a headline in title case: "Karrawarra Minerals Approves …" — the name stops at the verb
                verbs = [t.i for t in ent if t.pos_ == "VERB" or t.tag_ in ("VBZ", "VBD", "VBP")]
                end = verbs[0] if verbs else end
            for start, stop in self._split_joined(doc, ent.start, end):
                cand = self._trim(doc, Candidate(start, stop, label, "ner"))
                if cand is not None:
                    out.append(cand)
        return out

    def _split_joined(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """ "European Union and the Mercosur bloc": two names the model joined with "and the"."""
        parts = []
        k = start
        for i in range(start, end - 1):
            nxt = doc[i + 1]
            ends_name = i > start and (doc[i - 1].text in self.company_words or doc[i - 1].text in self.org_heads)
            if doc[i].text in {"and", ",", "&"} and (nxt.lower_ == "the" or nxt.text in self.countries or ends_name):
                parts.append((k, i))
                k = i + 2 if nxt.lower_ == "the" else i + 1
            elif doc[i].text in _POSSESSIVE and any(t.text in self.org_heads for t in doc[i + 1 : end]):
                # "World Bank's Board of Executive Directors": the owner and the body are two names
                parts.append((k, i))
                k = i + 1
        parts.append((k, end))
        return [(a, b) for a, b in parts if b > a]

    def _from_gazetteer(self, doc: Doc) -> list[Candidate]:
        out = []
        matches = self._gazetteer_matches(doc)
        for key, start, end in matches:
            text = doc[start:end].text
            if self._compound_part(doc, start):
                continue
            if key == "COUNTRY":
                iso = self.countries.get(text) or self._upper_countries.get(text)
                out.append(Candidate(start, end, "GPE", "gazetteer", iso))
            elif key == "CITY":
                if self._name_continues(doc, end):
                    continue  # "Charlotte Amesbury", "London Gatwick", "Nairobi Securities Exchange"
                out.append(Candidate(start, end, "GPE", "gazetteer"))
            elif key == "ORG":
                continues = self._name_continues(doc, end) and doc[end].text not in self.role_words
                if continues or (start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start):
                    continue  # part of a longer name: "UN Environment Programme", "Kenya Red Cross"
                out.append(Candidate(start, end, "ORG", "gazetteer"))
            elif key == "LOC":
                if self._name_continues(doc, end) and not self._in_headline(doc, start):
                    continue  # "Caspian Gateway Terminals", "Thames Water", "the Arctic Circle Assembly"
                while (
                    start >= 2
                    and doc[start].text in _COMPASS
                    and doc[start - 1].text in {"and", ","}
                    and doc[start - 2].text in _COMPASS
                    and not (start > 2 and _capitalised(doc[start - 3].text))  # "Middle East and North Africa"
                ):
                    start -= 2  # "Central and West Asia", "East, Central and Southern Africa"
                out.append(Candidate(start, end, "LOC", "gazetteer"))
            elif key == "NORP":
                out.append(Candidate(start, end, "NORP", "gazetteer"))
        return out + self._subdivisions(doc, [(a, b) for key, a, b in matches if key == "SUBDIVISION"])

    def _gazetteer_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Every (group, start, end) where a gazetteer name's words stand in `doc`."""
        texts = self._texts(doc)
        found = []
        for i, text in enumerate(texts):
            for k in self._gazetteer_lengths.get(text, ()):
                keys = self.gazetteer.get(tuple(texts[i : i + k]))
                if keys:
                    found += [(key, i, i + k) for key in keys]
        return found

    def _subdivisions(self, doc: Doc, matches: list[tuple[int, int]]) -> list[Candidate]:
        """ISO 3166-2 names (gazetteer `matches`) where the context allows a place: "in
        Maharashtra", "Tamil Nadu". At each word the longest name decides; an accepted name
        is not searched inside again."""
        texts = self._texts(doc)
        ends_at: dict[int, list[int]] = {}
        for start, end in sorted(matches, key=lambda m: (m[0], -m[1])):
            ends_at.setdefault(start, []).append(end)
        out = []
        free = 0  # the first word not inside an accepted name
        for i in sorted(ends_at):
            if i < free or not texts[i].istitle():
                continue
            for end in ends_at[i][:1]:
                start = i
                placed = start > 0 and doc[start - 1].lower_ in self.locative
                if self._name_continues(doc, end) or (start > 0 and _capitalised(doc[start - 1].text) and not placed):
                    continue  # "Punjab National Bank", "State Bank of Punjab" is the bank's
                typed = end < len(doc) and doc[end].lower_ in self.gpe_types
                if (end - start > 1 or placed or typed) and not self._compound_part(doc, start):
                    out.append(Candidate(start, end, "GPE", "gazetteer"))  # "in Maharashtra", "Tamil Nadu"
                    free = end
        return out

    def _from_place_context(self, doc: Doc) -> list[Candidate]:
        """Places the context names: "the Barents, Kara and Beaufort seas", "the islands of
        Bhola, Hatiya and Sandwip", "between Guwahati and Jorhat", "a Khulna-based network"."""
        out: list[Candidate] = []
        texts = self._texts(doc)
        for i, text in enumerate(texts):
            based = i + 2 < len(texts) and texts[i + 1] == "-" and texts[i + 2].lower() == "based"
            if text not in self._place_type_words and text.lower() not in self.place_context and not based:
                continue
            tok = doc[i]
            plural = self.plural_types.get(tok.text)
            if plural and i > 0 and _capitalised(doc[i - 1].text):
                parts = self._conjuncts_left(doc, i)
                if len(parts) > 1:
                    out += [
                        Candidate(a, b, self._place_label(doc, a, b, plural, tok.text), "pattern") for a, b in parts
                    ]
            label = plural or self.singular_types.get(tok.text)
            if label and i + 2 < len(doc) and doc[i + 1].text == "of" and _capitalised(doc[i + 2].text):
                parts = self._conjuncts_right(doc, i + 2) if plural else [(i + 2, self._name_run_right(doc, i + 2))]
                if not doc[i + 2].is_sent_start and (plural is None or len(parts) > 1):
                    out += [Candidate(a, b, self._place_label(doc, a, b, label, tok.text), "pattern") for a, b in parts]
            if tok.lower_ in self.place_context and i + 1 < len(doc):
                city = self._world_city(doc, i + 1)
                if city is not None:
                    out.append(city)
                    if tok.lower_ == "between" and city.end + 1 < len(doc) and doc[city.end].text == "and":
                        other = self._world_city(doc, city.end + 1, any_size=True)
                        if other is not None:
                            out.append(other)
            if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "based" and tok.is_title:
                start = i
                while start > 0 and doc[start - 1].is_title and doc[start - 1].whitespace_:
                    start -= 1
                for a in range(start, i + 1):
                    if doc[a:i + 1].text in self.world_cities:
                        out.append(Candidate(a, i + 1, "GPE", "gazetteer"))  # "Khulna-based"
                        break
        return [c for c in out if not any(doc[c.start : c.end].text in t for t in (self.countries, self.demonyms))]

    def _place_label(self, doc: Doc, start: int, end: int, label: str, kind: str) -> str:
        """ "Ghana's Volta and Oti regions" are governed (GPE); "the Alentejo region" is not (LOC)."""
        text = doc[start:end].text
        governed = any(text in t for t in (self.subdivisions, self.cities, self.countries))
        if label == "LOC" and kind.lower() in {"region", "regions"} and governed:
            return "GPE"
        return label

    def _from_appositions(self, doc: Doc) -> list[Candidate]:
        """Names the model missed, told by their apposition: "Arianespace, the launch operator,
        said", "Tatiana Rusu, director of sustainable energy at …"."""
        out = []
        for end, text in enumerate(self._texts(doc)):
            if text != "," or end == 0:
                continue
            start = end
            while (
                start > 0
                and end - start < 4
                and self._org_word(doc[start - 1])
                and doc[start - 1].ent_type_ not in _NAME_TYPES
            ):
                start -= 1
                if doc[start].is_sent_start:
                    break
            if start == end or (start > 0 and (_capitalised(doc[start - 1].text) or doc[start - 1].lower_ in _JOINERS)):
                continue  # part of a longer name: "… Recovery and Resilience Facility, a spokesperson …"
            name = doc[start:end]
            if self._sentence_initial_word(doc, start) or self._known_place(name.text):
                continue
            if name[-1].text in self.gpe_types or name[-1].text in self.loc_heads:
                continue
            kind = self._appositive(doc, end)
            if kind == "ORG":
                out.append(Candidate(start, end, "ORG", "ner"))
            elif (
                kind == "PERSON"
                and 2 <= len(name) <= 3
                and all(self._plain_name_word(t) and t.text not in self.no_span_heads for t in name)
            ):
                out.append(Candidate(start, end, "PERSON", "ner"))
        return out

    def _world_city(self, doc: Doc, i: int, *, any_size: bool = False) -> Candidate | None:
        """A town from the world cities table starting at token i, where nothing says it goes on."""
        if not doc[i].is_title or doc[i].is_sent_start:
            return None
        for k in (3, 2, 1):
            end = i + k
            if end > len(doc) or self._name_continues(doc, end):
                continue
            span = doc[i:end]
            population = self.world_cities.get(span.text)
            if population is None or not all(_capitalised(t.text) or t.text in {"-", "’s", "'s"} for t in span):
                continue
            if any_size or population >= self.city_min_population:
                return Candidate(i, end, "GPE", "gazetteer")
        return None

    def _name_run_right(self, doc: Doc, i: int) -> int:
        """End of the capitalised name starting at i: "San Antonio de los Cobres", "Kara-Suu"."""
        k = i
        while k < len(doc) and not (k > i and doc[k].is_sent_start):
            tok = doc[k]
            if _capitalised(tok.text) and tok.is_alpha:
                k += 1
            elif (
                tok.text in {"-", "–"}
                and not doc[k - 1].whitespace_
                and k + 1 < len(doc)
                and _capitalised(doc[k + 1].text)
            ):
                k += 1
            elif tok.lower_ in _NAME_PARTICLES and tok.text.islower() and k + 1 < len(doc):
                m = k
                while m < len(doc) and doc[m].lower_ in _NAME_PARTICLES and doc[m].text.islower():
                    m += 1
                if m < len(doc) and _capitalised(doc[m].text) and doc[m].is_alpha:
                    k = m
                else:
                    break
            else:
                break
        return k

    def _name_run_left(self, doc: Doc, end: int) -> int:
        start = end
        while start > 0:
            tok = doc[start - 1]
            if _capitalised(tok.text) and tok.is_alpha and tok.text not in _DETERMINERS:
                start -= 1
                if tok.is_sent_start:
                    break
            elif (
                tok.text in {"-", "–"}
                and start < end
                and start > 1
                and not tok.whitespace_
                and not doc[start - 2].whitespace_
            ):
                start -= 1
            else:
                break
        return start

    def _conjuncts_left(self, doc: Doc, t: int) -> list[tuple[int, int]]:
        """ "Barents, Kara and Beaufort" before "seas": the listed names, right to left."""
        parts: list[tuple[int, int]] = []
        end = t
        joined = False
        while True:
            start = self._name_run_left(doc, end)
            if start == end:
                break
            parts.append((start, end))
            sep = doc[start - 1].text if start > 0 else ""
            if sep in {"and", "or", "&"} and not joined:
                joined = True
                end = start - 1
                if end > 0 and doc[end - 1].text == ",":
                    end -= 1
            elif sep == "," and joined:
                end = start - 1
            else:
                break
        return parts if joined else []

    def _conjuncts_right(self, doc: Doc, i: int) -> list[tuple[int, int]]:
        """ "Bhola, Hatiya and Sandwip" after "islands of"."""
        parts: list[tuple[int, int]] = []
        start = i
        while start < len(doc) and _capitalised(doc[start].text):
            end = self._name_run_right(doc, start)
            if end == start:
                break
            parts.append((start, end))
            if end + 1 < len(doc) and doc[end].text == ",":
                nxt = end + 1
                if doc[nxt].text in {"and", "or"}:
                    nxt += 1
                start = nxt
            elif end + 1 < len(doc) and doc[end].text in {"and", "or"}:
                start = end + 1
                parts.append((start, self._name_run_right(doc, start)))
                break
            else:
                break
        return [(a, b) for a, b in parts if b > a]

    def _in_headline(self, doc: Doc, i: int) -> bool:
        return any(line.start <= i < line.end for line in (*doc.spans.get("title", []), *doc.spans.get("sections", [])))

    def _name_continues(self, doc: Doc, i: int) -> bool:
        """ "Norfolk Coast Watch": a capitalised word after a place head makes it part of a longer name."""
        return i < len(doc) and doc[i].is_title and not doc[i].is_sent_start and doc[i].is_alpha

    def _compound_part(self, doc: Doc, start: int) -> bool:
        """ "Caspian" in "Trans-Caspian" is part of a word, not a name."""
        return (
            start >= 2
            and doc[start - 1].text == "-"
            and not doc[start - 2].whitespace_
            and doc[start - 2].text in self.compound_prefixes
        )

    def _org(self, doc: Doc, i: int) -> Candidate | None:
        """ "Azerbaijan National Agency for Mine Action", "Bank of England", "Chinese Embassy"."""
        start = self._extend_left(doc, i, allow_connectors=False)
        # "United Nations Children's Fund": a possessive inside a name, not a place owning it
        while (
            start >= 2
            and doc[start - 1].text in _POSSESSIVE
            and doc[start - 2].is_title
            and not any(doc[start - 2].text in table for table in (self.countries, self.cities, self.subdivisions))
            and doc[start - 2].text not in self.demonyms
        ):
            start = self._extend_left(doc, start - 2, allow_connectors=False)
        if start >= 2 and doc[start - 1].text == "of" and doc[start - 2].text in self.org_openers:
            start = self._extend_left(doc, start - 2, allow_connectors=False)  # "Port of Rotterdam Authority"
        while start >= 2 and doc[start - 1].text == "&" and _capitalised(doc[start - 2].text):
            start = self._extend_left(doc, start - 2, allow_connectors=False)  # "Marlowe & Finch Ltd"
        # "Energy and Petroleum Regulatory Authority", "Competition and Markets Authority"
        while (
            start >= 2
            and doc[start - 1].text == "and"
            and doc[start - 2].is_title
            and doc[start - 2].text not in self.role_words
            # "X Media Group and Y plc": two names; "Energy and Water Supply Regulatory Commission": one
            and (doc[start - 2].text not in self.company_words or doc[start - 2].text in self.portfolio)
            and doc[start - 2].text not in self.org_heads
            and doc[start - 2].text not in self.countries
            and not doc[start - 2].is_sent_start
        ):
            start = self._extend_left(doc, start - 2, allow_connectors=False)
        while start < i and (
            (doc[start].text in self.role_words and doc[start].text not in _NAME_ADJECTIVES)
            or doc[start].is_sent_start
            and doc[start].text in _DETERMINERS
        ):
            start += 1
        end = i + 1
        k = i + 1
        in_complement = False
        while k < len(doc):
            tok = doc[k]
            if tok.text in {"and", "&"} and not in_complement:
                break  # "Mkopo Haraka Holdings and Zawadi Credit Group": two names
            if tok.text == "of" and doc[k - 1].text in self.legal_suffixes and self._known_place(doc[k + 1].text):
                break  # "Marlowe & Finch Ltd of London": the place is where the company is
            if tok.text in {"of", "for", "on", "and", "&"} and k + 1 < len(doc):
                m = k + 1
                if doc[m].text == "the" and m + 1 < len(doc):
                    if tok.text in {"and", "&"}:
                        break  # "the United Nations and the SCO": two names
                    m += 1
                in_complement = True  # "Ministry of Trade and Industry"
                if _capitalised(doc[m].text) and not doc[m].is_sent_start:
                    n = m
                    while (
                        n < len(doc)
                        and (_capitalised(doc[n].text) or doc[n].text == "-")
                        and not (n > m and doc[n].is_sent_start)
                        and not (n > m and self._title_before_name(doc, n))  # "… of Uzbekistan Governor X Y"
                    ):
                        n += 1
                    end = k = self._listed_complement(doc, n)
                    continue
            if tok.text == "in" and k + 1 < len(doc) and doc[k + 1].text in self.loc_names:
                end = k + 2
            break
        if end - start < 2:
            return None
        return Candidate(start, end, "ORG", "pattern")

    def _title_before_name(self, doc: Doc, n: int) -> bool:
        """ "Governor Bekzod Rakhimov": a title followed by a two-word personal name."""
        if doc[n].text not in self.role_words or n + 2 >= len(doc):
            return False
        first, last = doc[n + 1], doc[n + 2]
        after = doc[n + 3] if n + 3 < len(doc) else None
        return (
            self._plain_name_word(first)
            and self._plain_name_word(last)
            and first.text not in self.org_heads
            and last.text not in self.org_heads
            and not (after is not None and after.is_title and not after.is_sent_start)
        )

    def _listed_complement(self, doc: Doc, n: int) -> int:
        """ "Department for Culture[, Media and Sport]", "Bureau of Population[, Refugees, and
        Migration]": a list of capitalised words closed by "and" stays in the name."""
        k = n
        while k + 1 < len(doc) and doc[k].text == "," and _capitalised(doc[k + 1].text):
            m = k + 1
            while m < len(doc) and _capitalised(doc[m].text) and not doc[m].is_sent_start:
                m += 1
            k = m
        if k > n and doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text == "and":
            k += 1  # the serial comma
        if k >= len(doc) - 1 or doc[k].text not in {"and", "&"} or not _capitalised(doc[k + 1].text):
            return n
        if doc[k + 1].is_sent_start or doc[k + 1].text in _DETERMINERS:
            return n
        m = k + 1
        while m < len(doc) and _capitalised(doc[m].text) and not doc[m].is_sent_start:
            m += 1
        return m if k > n else n

    def _from_patterns(self, doc: Doc) -> list[Candidate]:
        out: list[Candidate] = []
        for i, text in enumerate(self._texts(doc)):
            if text not in self._pattern_triggers and text.lower() not in self.exercise_words:
                if not self.event_codes.match(text):
                    continue  # no rule below starts at this word
            token = doc[i]
            named_before = token.i > 0 and (
                _capitalised(doc[token.i - 1].text)
                or (token.i > 1 and doc[token.i - 1].text in _POSSESSIVE and doc[token.i - 2].is_title)
            )
            named_after = token.i + 2 < len(doc) and doc[token.i + 1].text in {"of", "for", "on"}
            if (
                text in self.org_heads
                and (named_before or named_after)
                and not (text in self.event_needs_number and self._event(doc, token.i))
            ):
                cand = self._org(doc, token.i)
                if cand:
                    out.append(cand)
                    continue
            suffix_end = self._company_suffix(doc, token.i)
            if suffix_end and named_before and not self._name_continues(doc, suffix_end):
                start = self._extend_left(doc, token.i, allow_connectors=False)
                while start >= 2 and doc[start - 1].text == "&" and _capitalised(doc[start - 2].text):
                    start = self._extend_left(doc, start - 2, allow_connectors=False)  # "Fairlie & Quist Ltd"
                while start < token.i and doc[start].text in self.role_words | self.portfolio:
                    start += 1
                if token.i - start >= 1:
                    out.append(Candidate(start, suffix_end, "ORG", "pattern"))  # "Seowon Energy Materials"
                    continue
            if self.event_codes.match(text):
                out.append(Candidate(token.i, token.i + 1, "EVENT", "pattern"))  # "COP31"
                continue
            named = self._named_event(doc, token.i)
            if named is not None:
                out.append(named)
                continue
            fixed = self._fixed_form(doc, token.i)
            if fixed is not None:
                out.append(fixed)
                continue
            if text in self.event_heads or text in self.event_needs_number:
                cand = self._event(doc, token.i)
                if cand:
                    out.append(cand)
            elif text in self.loc_heads and token.i > 0 and not self._name_continues(doc, token.i + 1):
                start = self._extend_left(doc, token.i)
                if start < token.i and doc[start].text not in self.role_words:
                    out.append(Candidate(start, token.i + 1, "LOC", "pattern"))
            elif text in self.loc_types and token.i > 0 and doc[token.i - 1].is_title:
                start = self._extend_left(doc, token.i, allow_connectors=False)
                if start < token.i and doc[start].text not in self.demonyms:
                    # "the Samarkand region" is governed from its city (GPE); "the Alentejo region" is a LOC
                    place = doc[start : token.i].text
                    governed = text == "region" and any(place in t for t in (self.world_cities, self.subdivisions))
                    out.append(Candidate(start, token.i + 1, "GPE" if governed else "LOC", "pattern"))
            elif text in self.gpe_types and token.i > 0 and token.text.islower():
                start = self._extend_left(doc, token.i, allow_connectors=False)
                if start < token.i and doc[start].text not in self.demonyms:
                    out.append(Candidate(start, token.i + 1, "GPE", "pattern"))
            elif text in self.role_words or text.lower() in {"executive", "envoy", "representative"}:
                cand = self._person_after_role(doc, token.i)
                if cand:
                    out.append(cand)
            if text == "(" and token.i + 2 < len(doc) and doc[token.i + 2].text == ")":
                acronym = doc[token.i + 1]
                described = token.i > 0 and doc[token.i - 1].text.islower()  # "measles-rubella (MR)"
                if acronym.text.isupper() and 2 <= len(acronym.text) <= 8 and acronym.is_alpha and not described:
                    out.append(Candidate(acronym.i, acronym.i + 1, "ORG", "pattern"))
        return out

    def _fixed_form(self, doc: Doc, i: int) -> Candidate | None:
        """ "Government of Azerbaijan", "Air Astana", "Kaziranga National Park": names of a set shape."""
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if tok.text == "Government" and nxt is not None and nxt.text == "of" and i + 2 < len(doc):
            if doc[i + 2].text in self.countries:
                return Candidate(i, i + 3, "ORG", "pattern")
        prefixed = tok.text in self.org_prefixes and nxt is not None and nxt.text not in _NOT_AFTER_AIR
        if prefixed and not tok.is_sent_start:
            if i > 0 and _capitalised(doc[i - 1].text):
                return None  # "Ämari Air Base"
            if self._plain_name_word(nxt) or nxt.text in self.countries or nxt.text in self.world_cities:
                return Candidate(i, i + 2, "ORG", "pattern")  # "Air Astana", "Air India"
        if tok.text in self.reserve_heads and i > 1 and doc[i - 1].text in self.reserve_kinds:
            start = self._extend_left(doc, i - 1, allow_connectors=False)
            if start < i - 1:
                return Candidate(start, i + 1, "LOC", "pattern")  # "Kaziranga National Park"
        return None

    def _named_event(self, doc: Doc, i: int) -> Candidate | None:
        """ "Hurricane Teodora", "the Northern Lynx 2026 exercise": a storm's name after its kind,
        an exercise's name before the word."""
        tok = doc[i]
        if tok.text in self.storms and i + 1 < len(doc) and self._plain_name_word(doc[i + 1]):
            return Candidate(i, i + 2, "EVENT", "pattern")
        if tok.lower_ not in self.exercise_words or not tok.text.islower() or i == 0:
            return None
        end = i
        if _YEAR.match(doc[end - 1].text):
            end -= 1
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            start -= 1
        name = doc[start:end]
        if start == end or self._known_place(name.text) or name.text in self.organisation_names:
            return None
        if any(t.text in self.role_words or t.text in self.portfolio or t.text in self.org_heads for t in name):
            return None
        return Candidate(start, i if end < i else end, "EVENT", "pattern")

    def _company_suffix(self, doc: Doc, i: int) -> int | None:
        """End of a company word at token i: "Holdings", or "A/S" written as three tokens."""
        text = doc[i].text
        if text in self.company_words:
            return i + 1
        for pieces in self._split_suffixes.get(text, ()):
            k = len(pieces)
            span = doc[i : i + k]
            if len(span) == k and tuple(t.text for t in span) == pieces and not any(t.whitespace_ for t in span[:-1]):
                return i + k
        return None

    def _person_after_role(self, doc: Doc, i: int) -> Candidate | None:
        """ "Minister of Foreign Affairs of Poland Marta Wierzbicka said": the name ends the title run."""
        k = i + 1
        while (
            k < len(doc)
            and (_capitalised(doc[k].text) or doc[k].text in {"of", "for", "in", "to", "and", "the", "-", "’s", "'s"})
            and not doc[k].is_sent_start
        ):
            nxt = k + 2 if k + 2 < len(doc) and doc[k + 1].text == "the" else k + 1
            if doc[k].text == "and" and nxt < len(doc) and doc[nxt].text not in self.portfolio:
                break  # "Minister of Industry and Trade Radek Veselka and Vietnam's Minister …"
            k += 1
        end = k
        while end > i + 1 and not doc[end - 1].text[:1].isupper():
            end -= 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            end += 2  # "Park Ji-hoon"
        # walk back over up to three name words; a hyphenated word ("Adjei-Boateng") counts once
        start = end
        words = 0
        while start > i + 1 and words < 3:
            word_start = start - 1
            while (
                word_start - 2 > i
                and doc[word_start - 1].text == "-"
                and not doc[word_start - 1].whitespace_
                and not doc[word_start - 2].whitespace_
            ):
                word_start -= 2
            if not self._plain_name_word(doc[word_start]):
                break
            start = word_start
            words += 1
        if start == end:
            return None
        if doc[start - 1].lower_ in {"of", "for", "at", "to", "in"} or doc[end - 1].text in self.company_words:
            return None  # "chief executive of Kerala Skyways": the name after "of" is the organisation
        single_ok = end - start == 1 and start == i + 1 and (end == len(doc) or not doc[end].is_title)
        if (end - start < 2 and not single_ok) or end - start > 4:
            return None
        return Candidate(start, end, "PERSON", "pattern")

    def _extend_left(self, doc: Doc, i: int, *, allow_connectors: bool = True) -> int:
        start = i
        j = i - 1
        while j >= 0:
            tok = doc[j]
            if tok.is_space or tok.is_sent_end:
                break
            if _capitalised(tok.text) and tok.text not in _DETERMINERS:
                start = j
            elif tok.text in {"-", "–"} and j > 0 and _capitalised(doc[j - 1].text) and not tok.whitespace_:
                pass
            elif (
                allow_connectors
                and tok.text in {"of", "and", "&"}
                and j > 0
                and _capitalised(doc[j - 1].text)
                and doc[j - 1].text not in self.role_words
            ):
                pass
            else:
                break
            j -= 1
        while start < i and not _capitalised(doc[start].text):
            start += 1
        return start

    def _event(self, doc: Doc, i: int) -> Candidate | None:
        head = doc[i]
        if not head.text[:1].isupper():
            return None
        # left: capitalised words, "(ACRONYM)", possessives between names
        start = i
        j = i - 1
        while j >= 0:
            tok = doc[j]
            if tok.is_space:
                break
            if tok.text == ")" and j >= 2 and doc[j - 2].text == "(":
                j -= 3
                continue
            if _capitalised(tok.text) and tok.text not in _DETERMINERS and tok.text not in self.role_words:
                start = j
            elif tok.text in _POSSESSIVE and j > 0 and _capitalised(doc[j - 1].text):
                pass
            elif tok.text in {"-", "–"} and j > 0 and _capitalised(doc[j - 1].text):
                pass
            elif tok.like_num and j > 0 and _capitalised(doc[j - 1].text):
                pass  # "Formula 1 Azerbaijan Grand Prix", "UN 2026 Water Conference"
            else:
                break
            j -= 1
        if start > 0 and doc[start - 1].lower_ in _ORDINALS:
            start -= 1  # "the first ASEAN–SCO Ministerial Dialogue"
        # right: "of the 20th CPC Central Committee", "Against Japanese Aggression"
        end = i + 1
        k = i + 1
        while k < len(doc):
            tok = doc[k]
            if _capitalised(tok.text) and tok.text not in _DETERMINERS and not tok.is_sent_start:
                end = k + 1
                k += 1
                continue
            if tok.text in _CONNECTORS and tok.text != "and":
                m = k
                while m < len(doc) and doc[m].text in _CONNECTORS and doc[m].text != "and":
                    m += 1
                if m < len(doc) and _capitalised(doc[m].text):
                    k = m
                    continue
            if tok.text == "and" and k + 1 < len(doc) and _capitalised(doc[k + 1].text):
                k += 1
                continue
            if k == end and _YEAR.match(tok.text):
                end = k + 1  # "Trans-Caspian Connectivity Forum 2026"
            break
        span = doc[start:end]
        if len(span) < 2 or span[-1].text in self.facility_heads:
            return None  # a venue is a facility: no span (GOLD.md)
        numbered = any(t.like_num or t.text[:1].isdigit() or t.lower_ in _ORDINALS for t in span)
        if head.text in self.event_needs_number and head.text not in self.event_heads and not numbered:
            return None
        if head.text in self.event_needs_number and head.text in self.event_heads and not numbered:
            # Conference-like heads name organisations more often than meetings
            if head.text in {"Congress", "Session", "Meeting"}:
                return None
            if head.text == "Conference" and i + 1 < len(doc) and doc[i + 1].text in {"on", "of"}:
                return None  # "UN Conference on Trade and Development" is a body
        followed_by_of = i + 1 < len(doc) and doc[i + 1].text == "of"
        ordinal = _ORDINAL_DIGITS.match(span[0].text) or span[0].lower_ in _ORDINALS
        if (
            doc[end - 1].text in self.org_heads
            and doc[end - 1].text not in self.event_heads
            and not followed_by_of
            and not ordinal  # "the 22nd Energy Community Ministerial Council" meets: an EVENT (GOLD.md)
        ):
            # "Edinburgh Festival Fringe Society", "Energy Security and Net Zero Committee"
            return self._org(doc, end - 1) or Candidate(start, end, "ORG", "pattern")
        return Candidate(start, end, "EVENT", "pattern")

    def _from_layout(self, doc: Doc) -> list[Candidate]:
        out = []
        for span in doc.spans.get("agency", []):
            out.append(Candidate(span.start, span.end, "ORG", "layout"))
        for group in ("byline", "dateline"):
            for span in doc.spans.get(group, []):
                if group == "dateline":
                    place = span._.place
                    if not place:
                        continue
                    sub = doc.char_span(span.start_char, span.start_char + len(place))
                    if sub is not None and (
                        place.upper() in self._upper_countries
                        or place.upper() in self._upper_cities
                        or place.isupper()
                        or place in self.world_cities
                    ):
                        out.append(Candidate(sub.start, sub.end, "GPE", "layout"))
                    continue
                if span.label_ == "OUTLET":
                    out.append(Candidate(span.start, span.end, "ORG", "layout"))
                elif span.label_ == "AUTHOR":
                    words = span.text.split()
                    org = any(
                        w
                        in {
                            "Office",
                            "Ministry",
                            "Press",
                            "Service",
                            "Department",
                            "Bureau",
                            "Secretariat",
                            "Embassy",
                            "Agency",
                            "Council",
                            "Commission",
                        }
                        for w in words
                    )
                    out.append(Candidate(span.start, span.end, "ORG" if org else "PERSON", "layout"))
        return out

    # -- repairs ----------------------------------------------------------------------

    def _trim(self, doc: Doc, cand: Candidate) -> Candidate | None:
        start, end = cand.start, cand.end
        while start < end and (doc[start].text in _DETERMINERS or doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        opening = [k for k in range(start, end) if doc[k].text == "("]
        if opening and not any(doc[k].text == ")" for k in range(opening[0], end)):
            end = opening[0]  # "… Control and Prevention (Africa CDC": the short form is a name of its own
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
        if cand.label == "PERSON":
            while start < end and (
                doc[start].text in self.role_words
                or doc[start].text in self.person_prefixes
                or doc[start].text in self.countries
                or doc[start].text in self.demonyms
                or (doc[start].text in self.cities and end - start == 1)  # not "Charlotte Amesbury", "Sofia Marchetti"
                or doc[start].text.islower()
                or doc[start].text in _POSSESSIVE
            ):
                start += 1
            roles = [k for k in range(start, end) if doc[k].text in self.role_words | self.person_prefixes]
            if roles and roles[-1] + 1 < end:
                start = roles[-1] + 1
            for k in range(start, end):
                if doc[k].text in _POSSESSIVE or doc[k].text in {",", "(", "—", "–"}:
                    end = k
                    break
        if start >= end:
            return None
        if cand.label == "PERSON":
            while start > 0 and _INITIAL.match(doc[start - 1].text):
                start -= 1  # "K. Senthil Kumar"
            if start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
                if not doc[start - 2].is_title or doc[start - 2].text in self.role_words:
                    return None  # "Ambassador-at-Large": a title, not a name
                start -= 2  # "Montoya-Vega"
            while (
                end + 1 < len(doc)
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
            ):
                end += 2  # "Park Ji-hoon"
        span = doc[start:end]
        text = span.text
        if text in self.units or not any(c.isalpha() for c in text):
            return None
        if cand.label in {"PERSON", "ORG", "EVENT"} and not _capitalised(text):
            return None
        if cand.label == "PERSON" and any(c.isdigit() for c in text):
            return None
        if cand.label == "PERSON":
            # "Pieter van den Berg": lowercase particles inside a name, then the surname
            k = end
            while k < len(doc) and doc[k].lower_ in _NAME_PARTICLES and doc[k].text.islower():
                k += 1
            if k > end and k < len(doc) and doc[k].is_title and doc[k].is_alpha:
                end = k + 1
            while end > start + 1 and doc[end - 1].lower_ in _NAME_PARTICLES and doc[end - 1].text.islower():
                end -= 1  # a name does not end on "van"
        if cand.label == "PERSON" and cand.source == "ner":
            # the model often drops a first name: "said [Charlotte] Amesbury", "Dr. [Sofia] Marchetti"
            grown = 0
            while start > 0 and grown < 2 and self._name_word(doc[start - 1]):
                start -= 1
                grown += 1
            span = doc[start:end]
            text = span.text
        if cand.label == "PERSON" and len(span) == 1 and sum(c.isupper() for c in text) >= 2:
            return Candidate(start, end, "ORG", cand.source)  # "AfDB Vice-President …": an acronym names a body
        if cand.label == "PERSON" and span[-1].text in self.company_words:
            return Candidate(start, end, "ORG", cand.source) if len(span) > 1 else None
        city_first = cand.label == "PERSON" and len(span) > 1 and span[0].text in self.cities
        if city_first and not self._speaks(doc, start, end):
            return Candidate(start, end, "ORG", cand.source)  # "Nairobi Water"; not "said Charlotte Amesbury"
        if (
            cand.label in ("PERSON", "GPE")
            and cand.source == "ner"
            and end + 1 < len(doc)
            and doc[end].text in _POSSESSIVE
            and not any(text in table for table in (self.countries, self.cities, self.subdivisions))
            and any(t.lower_ in self.org_possessions for t in doc[end + 1 : end + 4])
        ):
            return Candidate(start, end, "ORG", cand.source)  # "Northlight's chief executive", "…'s shareholders"
        ordinal_before = start > 1 and doc[start - 1].lower_ in _ORDINALS and doc[start - 2].lower_ == "the"
        if cand.label == "EVENT" and ordinal_before:
            start -= 1  # "the fifth International Polar Year"
            span = doc[start:end]
            text = span.text
        if cand.label == "PERSON" and cand.source == "ner" and start > 0 and doc[start - 1].whitespace_:
            titled = start > 2 and doc[start - 2].text in {"of", "to", "for"} and doc[start - 3].text in self.role_words
            if doc[start - 1].text in self.countries and not titled:
                # "Kazakhstan Temir Zholy", not "Foreign Minister of Kazakhstan Daniyar Seitkali"
                return Candidate(start - 1, end, "ORG", cand.source)
            if start > 1 and doc[start - 1].text == "of" and doc[start - 2].lower_ in self.post_nouns:
                return Candidate(start, end, "ORG", cand.source)  # "chief executive of Himalayan Trails"
        appositive = self._appositive(doc, end) if cand.source == "ner" else None
        if appositive == "ORG" and cand.label in ("PERSON", "GPE") and text not in self.countries:
            return Candidate(start, end, "ORG", cand.source)  # "Azersu, Azerbaijan's national water utility"
        if (
            appositive == "PERSON"
            and cand.label in ("ORG", "GPE")
            and text not in self.countries
            and text not in self.cities
            and all(t.is_title for t in span)
            and not any(t.text in self.org_heads or t.text in self.company_words for t in span)
        ):
            return Candidate(start, end, "PERSON", cand.source)
        if (
            cand.label in ("GPE", "ORG")
            and cand.source == "ner"
            and text not in self.countries
            and text not in self.cities
            and self._role_before(doc, start)
        ):
            return Candidate(start, end, "PERSON", cand.source)  # "China's ambassador to Kenya, Guo Lihua, says"
        if cand.label in ("ORG", "GPE") and len(span) == 1 and self.event_codes.match(text):
            return Candidate(start, end, "EVENT", cand.source)  # "COP31"
        if cand.label == "PERSON" and start > 0 and doc[start - 1].lower_ in self.org_descriptors:
            return Candidate(start, end, "ORG", cand.source)  # "data provider Dealogic"
        if end < len(doc) and doc[end].text in self.no_span_heads and cand.label in ("ORG", "PERSON", "EVENT"):
            return None  # "Rural Bus Services Bill": part of a law's name
        if cand.label == "ORG" and cand.source == "ner":
            for k in range(start + 1, end - 1):
                tail = doc[k + 1 : end].text
                if doc[k].text == "of" and doc[k - 1].text in self.legal_suffixes and self._known_place(tail):
                    end = k  # "Halcyon & Reade Securities Ltd of London"
                    break
            stripped = end
            while end - start > 1 and doc[end - 1].text in self.role_words:
                end -= 1  # "WHO Representative"
            while end < stripped and end - start > 1 and doc[end - 1].text in self.portfolio:
                end -= 1  # "UN Resident Coordinator"
            span = doc[start:end]
            text = span.text
            after = doc[end].text if end < len(doc) else ""
            if after in self.role_words:
                # "Commerce Secretary", "World Bank Country Director": the title is no part of the name
                while end > start and doc[end - 1].text in self.portfolio:
                    end -= 1
                if end == start:
                    return None
                span = doc[start:end]
                text = span.text
                if text in self.countries or text in self.cities or text in self.subdivisions:
                    return Candidate(start, end, "GPE", cand.source)  # "Tamil Nadu Industries Minister"
            if len(span) == 1 and text in self.portfolio:
                return None  # "Energy company bosses": a portfolio word alone names nobody
            before = doc[start - 1].text if start > 0 else ""
            k = start - 2 if before in {"of", "for"} else start - 3
            if before == "the" and start > 2 and doc[start - 2].text in {"of", "for"}:
                before = doc[start - 2].text  # "Minister for the Armed Forces"
            if (
                before in {"of", "for"}
                and k >= 0
                and doc[k].text in self.role_words
                and all(t.text in self.portfolio or t.text in {",", "and", "&"} for t in span)
            ):
                return None  # "Secretary for Trade, Investments and Industry"
            if (
                len(span) == 1
                and span[0].is_title
                and self._sentence_initial(doc, start)
                and not self._named_midsentence(doc, text, start)
            ):
                return None  # "Nutrition treatment for …", "Hotel occupancy …"
        if cand.label in {"PERSON", "ORG", "LOC"} and cand.source == "ner" and text in self.subdivisions:
            return Candidate(start, end, "GPE", cand.source)  # "Tamil Nadu", "Western Australia"
        before = doc[start - 1].text if start > 0 else ""
        if (
            cand.label in {"PERSON", "ORG"}
            and cand.source == "ner"
            and before in self.locative
            and not (start > 1 and doc[start - 2].lower_ == "according")
            and len(span) <= 2
            and all(t.is_title for t in span)
            and not any(t.text in self.company_words or t.text in self.org_heads for t in span)
            and self._appositive(doc, end) != "ORG"  # "lending to Azersu, the national water utility"
        ):
            return Candidate(start, end, "GPE", cand.source)  # "people to Tema", "convoys to El Fasher"
        if span[-1].text in self.no_span_heads and cand.label != "EVENT":
            return None
        if cand.label in {"PERSON", "ORG", "LOC", "NORP", "EVENT"} and text in self.countries:
            return Candidate(start, end, "GPE", cand.source, self.countries[text])
        if cand.label in {"PERSON", "ORG"} and text in self.cities:
            return Candidate(start, end, "GPE", cand.source)
        if cand.label in {"PERSON", "ORG", "GPE"} and text in self.demonyms:
            return Candidate(start, end, "NORP", cand.source)
        if cand.label == "NORP" and len(span) == 3 and span[1].text in {"-", "–"} and span[2].text in self.demonyms:
            return Candidate(start, start + 1, "NORP", cand.source)  # "Estonian-French talks": the second is its own
        if cand.label == "GPE" and text in self.loc_names:
            return Candidate(start, end, "LOC", cand.source)
        if cand.label == "GPE" and len(span) > 1 and span[-1].text in self.org_heads:
            return Candidate(start, end, "ORG", cand.source)  # "United Nations"
        if (
            cand.label == "GPE"
            and cand.source == "ner"
            and len(span) == 1
            and text not in self.countries
            and text not in self.cities
            and text not in self.subdivisions
            and (
                text.isupper() or (self._sentence_initial(doc, start) and not self._named_midsentence(doc, text, start))
            )
        ):
            return None  # "Background" as a heading, "AI": no place the gazetteers or the body confirm
        iso = self.countries.get(text) if cand.label == "GPE" else None
        return Candidate(start, end, cand.label, cand.source, iso or cand.iso)

    def _speaks(self, doc: Doc, start: int, end: int) -> bool:
        """A name a person's cue surrounds: "said X", "Dr. X", "X said", "X, head of …"."""
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        return (
            (before is not None and (before.lower_ in _SPEECH or before.text in self.person_prefixes))
            or (after is not None and after.lower_ in _SPEECH)
            or self._appositive(doc, end) == "PERSON"
        )

    def _plain_name_word(self, tok) -> bool:
        """A capitalised word that can only be part of a name: no title, portfolio, place,
        nationality, organisation head or common word."""
        text = tok.text
        return (
            tok.is_title
            and tok.is_alpha
            and tok.lower_ not in self.stop
            and not any(
                text in table
                for table in (
                    self.role_words,
                    self.person_prefixes,
                    self.portfolio,
                    self.countries,
                    self.cities,
                    self.subdivisions,
                    self.demonyms,
                    self.org_heads,
                )
            )
        )

    def _name_word(self, tok) -> bool:
        """A word that can begin a person's name the model left out."""
        return not tok.ent_type_ and self._plain_name_word(tok)

    def _appositive(self, doc: Doc, end: int) -> str | None:
        """ "X, the country's third-largest operator," → ORG: a descriptor noun in the apposition."""
        if end >= len(doc) or doc[end].text != ",":
            return None
        found = None
        for tok in doc[end + 1 : min(len(doc), end + 9)]:
            if tok.text == "-" and not tok.whitespace_ and not doc[tok.i - 1].whitespace_:
                continue  # "a Dehradun-based tour company"
            if tok.is_punct or tok.is_space or tok.lower_ in _PREPOSITIONS or tok.lower_ in _CLAUSE_WORDS:
                break  # the head noun comes before "of …": "rector of Caspian Technical University"
            if tok.pos_ == "AUX" or tok.tag_ in ("VBD", "VBZ", "VBP"):
                return None  # "X, said the Agency …" is no apposition ("managing director" is)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.text in _POSSESSIVE:
                continue  # a possessor, not the head: "the university's vice-president"
            if tok.lower_ in self.role_nouns:
                return "PERSON"  # "Lim Wei Ting, group chief executive of …"
            if tok.lower_ in self.org_descriptors:
                found = "ORG"
        return found

    def _role_before(self, doc: Doc, start: int) -> bool:
        """ "…'s ambassador to Kenya, Guo Lihua," : a role noun phrase ends just before the name."""
        if start < 2 or doc[start - 1].text != ",":
            return False
        if start + 0 < len(doc) and not any(t.text in {",", "said", "says", "told"} for t in doc[start : start + 5]):
            return False
        for tok in reversed(doc[max(0, start - 7) : start - 1]):
            if tok.is_punct and tok.text != "’s":
                return False
            if tok.lower_ in self.role_nouns:
                return True
        return False

    def _sentence_initial(self, doc: Doc, i: int) -> bool:
        j = i - 1
        while j >= 0 and (doc[j].is_space or doc[j].text in {"•", "-", "*", "–", "·", "▪", "“", '"'}):
            j -= 1
        return j < 0 or doc[i].is_sent_start or "\n" in doc[j + 1 : i + 1].text or doc[j].text in {".", "!", "?"}

    def _token_positions(self, doc: Doc) -> dict[str, list[int]]:
        """Token text -> its indices in `doc`, built once per call."""
        positions = self._positions.get(id(doc))
        if positions is None:
            positions = self._positions[id(doc)] = {}
            for i, word in enumerate(self._texts(doc)):
                positions.setdefault(word, []).append(i)
        return positions

    def _named_midsentence(self, doc: Doc, text: str, skip: int) -> bool:
        positions = self._token_positions(doc).get(text, [])
        return any(i != skip and not self._sentence_initial(doc, i) for i in positions)

    def _acronyms(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "Kazakhstan Temir Zholy (KTZ)", "Africa Centres for Disease Control and Prevention
        (Africa CDC)", "Law and Justice (PiS)": a name and its short form in brackets carry one label."""
        out = []
        ends = {c.end: c for c in chosen}
        for i, text in enumerate(self._texts(doc)):
            if text != "(":
                continue
            tok = doc[i]
            close = next((k for k in range(tok.i + 2, min(len(doc), tok.i + 5)) if doc[k].text == ")"), None)
            if close is None:
                continue
            short = doc[tok.i + 1 : close]
            if not self._short_form(short):
                continue
            upper = [c for c in short.text if c.isupper()]
            before = ends.get(tok.i)
            if before is not None and before.label in ("ORG", "EVENT", "GPE", "LOC"):
                if before.label in ("ORG", "EVENT"):
                    out.append(Candidate(short.start, short.end, before.label, "pattern"))
                if before.label == "ORG":
                    wider = self._extend_left(doc, before.start)
                    letters = "".join(upper)
                    if wider < before.start and initials(doc[wider : tok.i].text) == letters != initials(
                        doc[before.start : tok.i].text
                    ):
                        out.append(
                            Candidate(wider, tok.i, "ORG", "pattern")
                        )  # "Horn of Africa Drought Alliance (HADA)"
                continue
            if len(short) > 1 or not short.text.isalpha():
                continue
            start = self._extend_left(doc, tok.i)
            name = doc[start : tok.i].text
            if start < tok.i and _subsequence("".join(upper), initials(name)):
                out.append(Candidate(start, tok.i, "ORG", "pattern"))
                out.append(Candidate(short.start, short.end, "ORG", "pattern"))
        return out

    def _short_form(self, span: Span) -> bool:
        """ "KTZ", "AfDB", "PiS", "NC4", "Africa CDC": capitalised words, the last an acronym."""
        if not span[0].text[:1].isupper() or not all(_capitalised(t.text) for t in span):
            return False
        last = span[-1].text.replace("+", "").replace("-", "").replace(".", "")
        return last.isalnum() and sum(c.isupper() for c in last) >= 2 and any(c.isalpha() for c in last)

    def _propagate(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Label every other occurrence of a chosen organisation's name (and its distinctive first word)."""
        names: dict[tuple[str, ...], str] = {}
        # an event's short form defined in brackets ("… Trade Show (GMTS)") names the event everywhere
        # and so does an event found by its pattern ("Northern Lynx 2026"; "Teodora" after "Hurricane Teodora")
        found = [c for c in chosen if c.label == "EVENT" and c.source == "pattern"]
        strong = {tuple(t.text for t in doc[c.start : c.end]) for c in found}
        strong |= {(doc[c.start + 1].text,) for c in chosen if c.label == "EVENT" and doc[c.start].text in self.storms}
        names.update(dict.fromkeys(strong, "EVENT"))
        for cand in chosen:
            words = tuple(t.text for t in doc[cand.start : cand.end])
            if words in strong:
                names[words] = "EVENT"
                continue
            if cand.label in ("GPE", "LOC", "EVENT") and cand.source != "gazetteer":
                names.setdefault(words, cand.label)  # "Tamil Nadu" once recognised is Tamil Nadu everywhere
            if cand.label == "ORG":
                names[words] = "ORG"
                first = doc[cand.start]
                end = cand.end
                while end - cand.start > 1:
                    suffixes = range(end - 1, max(cand.start, end - 3) - 1, -1)
                    k = next((k for k in suffixes if self._company_suffix(doc, k) == end), None)
                    if k is None or k == cand.start:
                        break
                    end = k  # "Nordhavn Line A/S" → "Nordhavn Line" → "Nordhavn"
                if end < cand.end and self._plain_name_word(first):
                    names.setdefault((first.text,), "ORG")
                core = list(words[: end - cand.start])
                while len(core) > 1 and core[-1] in self.company_words:
                    core.pop()  # "Azerenerji OJSC" → "Azerenerji", "Mkopo Haraka Holdings" → "Mkopo Haraka"
                core_text = " ".join(core)
                if len(core) < len(words) and not any(
                    core_text in table for table in (self.countries, self.cities, self.subdivisions)
                ):
                    names.setdefault(tuple(core), "ORG")
        if not names:
            return []
        texts = self._texts(doc)
        positions = self._token_positions(doc)
        out = []
        for words, label in names.items():
            for start in positions.get(words[0], []):
                end = start + len(words)
                if tuple(texts[start:end]) != words:
                    continue
                if len(words) == 1 and end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                    continue  # part of a longer capitalised name
                # an organisation's name overrides what the model said elsewhere; a place or
                # event name only fills occurrences nothing else claimed
                if label == "EVENT" and end < len(doc) and _YEAR.match(doc[end].text):
                    end += 1  # "Northern Lynx" named in full: "Northern Lynx 2026"
                out.append(Candidate(start, end, label, "gazetteer" if label == "ORG" or words in strong else "ner"))
        return out

    def _short_references(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "the Fund", "the Committee" after the organisation was named in full (GOLD.md)."""
        # the head word may end the name ("Monetary Policy Committee") or open it ("Bank of England")
        heads = {t.text for c in chosen if c.label == "ORG" and len(c) > 1 for t in doc[c.start : c.end]}
        out = []
        wanted = heads & self.short_heads
        for i, text in enumerate(self._texts(doc)):
            if text not in wanted:
                continue
            tok = doc[i]
            if tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and not doc[tok.i + 1].is_sent_start:
                    continue
                out.append(Candidate(tok.i, tok.i + 1, "ORG", "ner"))
        return out

    def _coordinated_places(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "Turkana, Mandera and Garissa": a name listed with places is a place."""
        out = list(chosen)
        gpe_ends = {c.end: c for c in out if c.label in ("GPE", "LOC")}
        gpe_starts = {c.start: c for c in out if c.label in ("GPE", "LOC")}
        for k, cand in enumerate(out):
            if cand.label not in ("PERSON", "ORG") or cand.source != "ner" or len(cand) > 2:
                continue
            if any(
                doc[i].text in self.company_words or doc[i].text in self.org_heads for i in range(cand.start, cand.end)
            ):
                continue
            neighbours = [c for c in (gpe_ends.get(cand.start - 1), gpe_starts.get(cand.end + 1)) if c]
            joins = {doc[cand.start - 1].text if cand.start else "", doc[cand.end].text if cand.end < len(doc) else ""}
            if neighbours and ("and" in joins or len(neighbours) == 2):  # not "…to Kenya, Guo Lihua, says"
                label = "LOC" if all(n.label == "LOC" for n in neighbours) else "GPE"
                out[k] = Candidate(cand.start, cand.end, label, cand.source)  # "the Surma River and the Kushiyara"
        return out

    def _lone_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A one-word "person" that no full name in the document explains is seldom a person:
        news introduces people by full name. "Azerenerji said" is a company, "between Milan and
        Astana" a city, a capitalised word opening a sentence ("Volumes grew") nothing."""
        words = {t.text for c in chosen if c.label == "PERSON" and len(c) > 1 for t in doc[c.start : c.end]}
        out = []
        for cand in chosen:
            tok = doc[cand.start]
            if cand.label != "PERSON" or len(cand) > 1 or cand.source != "ner" or tok.text in words:
                out.append(cand)
                continue
            before = doc[cand.start - 1] if cand.start > 0 else None
            if tok.is_upper or (before is not None and before.text in self.person_prefixes | self.role_words):
                out.append(cand)  # "MINISTER SEITKALI:", "Dr. Okafor"
            elif before is not None and before.ent_type_ in ("", "PERSON") and self._first_name(before):
                out.append(Candidate(cand.start - 1, cand.end, "PERSON", cand.source))  # "said Charlotte Amesbury"
            elif self.world_cities.get(tok.text, 0) >= self.city_min_population:
                out.append(Candidate(cand.start, cand.end, "GPE", cand.source))  # "between Milan and Astana"
            elif not self._sentence_initial(doc, cand.start) or self._named_midsentence(doc, tok.text, cand.start):
                out.append(Candidate(cand.start, cand.end, "ORG", cand.source))  # "Azerenerji said"
        return out

    def _first_name(self, tok) -> bool:
        """A word that can open a person's name, towns included ("Charlotte", "Sofia"), but not
        "The" or a title."""
        return self._plain_name_word(tok) or (tok.is_title and tok.text in self.cities and tok.lower_ not in self.stop)

    def _employers(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "Baltica chief executive Henrik Søgaard said": the name before a lower-case post and
        a person is the person's organisation."""
        ends = {c.end: c for c in chosen}
        covered = {i for c in chosen for i in c.tokens()}
        out = list(chosen)
        position = {id(c): k for k, c in enumerate(chosen)}
        for person in chosen:
            if person.label != "PERSON":
                continue
            k = person.start
            while k > 0 and k - person.start > -3 and doc[k - 1].text.islower() and doc[k - 1].is_alpha:
                k -= 1
            posts = doc[k : person.start]
            if not len(posts) or posts[-1].lower_ not in self.post_nouns or k == 0:
                continue
            if not all(t.lower_ in self.post_nouns or t.lower_ in _POST_MODIFIERS for t in posts):
                continue
            owner = ends.get(k)
            if owner is not None:
                text = doc[owner.start : owner.end].text
                if owner.label in ("PERSON", "GPE") and owner.source == "ner" and not self._known_place(text):
                    out[position[id(owner)]] = Candidate(owner.start, owner.end, "ORG", owner.source)
                continue
            if k - 1 in covered:
                continue
            start = k
            while start > 0 and k - start < 3 and doc[start - 1].whitespace_ and self._org_word(doc[start - 1]):
                start -= 1
            name = doc[start:k]
            if (
                start < k
                and not all(t.text in self.company_words for t in name)  # "Group chief executive …"
                and not self._sentence_initial_word(doc, start)
                and not self._known_place(name.text)
            ):
                out.append(Candidate(start, k, "ORG", "pattern"))  # "DESFA chief executive …"
        return sorted(out, key=lambda c: c.start)

    def _org_word(self, tok) -> bool:
        """A word that can be part of an organisation's name: "Baltica", "DESFA"."""
        if tok.is_upper and tok.is_alpha and len(tok.text) > 1:
            return tok.text not in self.role_words and tok.text not in self.units
        if tok.text[:1].isupper() and tok.is_alpha and not tok.is_title and not tok.is_upper:
            return tok.text not in self.units  # "IndiGo", "eBay"-like names
        return self._plain_name_word(tok) or (tok.is_title and tok.text in self.company_words)

    def _known_place(self, text: str) -> bool:
        return any(text in t for t in (self.countries, self.cities, self.subdivisions, self.demonyms, self.loc_names))

    def _sentence_initial_word(self, doc: Doc, i: int) -> bool:
        """A sentence-initial word that the tagger does not take for a name."""
        tok = doc[i]
        acronym = tok.is_upper and tok.is_alpha and len(tok.text) > 1 and tok.lower_ not in self.stop
        return self._sentence_initial(doc, i) and tok.pos_ != "PROPN" and not acronym

    def _facility_chains(self, doc: Doc) -> set[int]:
        """Tokens of "Baku–Tbilisi–Kars railway": places joined into a facility's name get no
        span (GOLD.md: names inside facilities are not labelled)."""
        tokens: set[int] = set()
        for i, text in enumerate(self._texts(doc)):
            if text not in self.facility_nouns or i < 3:
                continue
            tok = doc[i]
            start = tok.i
            dashes = 0
            while start >= 2 and doc[start - 1].is_title and doc[start - 2].text in {"-", "–"}:
                if doc[start - 2].whitespace_ or doc[start - 3].whitespace_:
                    break
                start -= 2
                dashes += 1
            if dashes and start > 0 and doc[start - 1].is_title:
                tokens.update(range(start - 1, tok.i))
        return tokens

    def _coordinated_orgs(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "Citigroup, HSBC, J.P. Morgan and Standard Chartered ran the deal": a name listed
        among organisations is an organisation."""
        starts = {c.start: c for c in chosen}
        ends = {c.end: c for c in chosen}
        added: dict[tuple[int, int], Candidate] = {}
        relabel: set[int] = set()
        for seed in chosen:
            if seed.label != "ORG" or id(seed) in relabel:
                continue
            items = [seed]
            k = seed.end  # rightwards
            while k + 1 < len(doc) and doc[k].text in {",", "and", "&"}:
                k += 2 if doc[k].text == "," and doc[k + 1].text == "and" else 1
                item = starts.get(k) or self._bare_name(doc, k, 1)
                if item is None:
                    break
                items.append(item)
                k = item.end
            k = seed.start  # leftwards
            while k > 1 and doc[k - 1].text in {",", "and", "&"}:
                k -= 2 if doc[k - 1].text == "and" and doc[k - 2].text == "," else 1
                item = ends.get(k) or self._bare_name(doc, k, -1)
                if item is None:
                    break
                items.append(item)
                k = item.start
            orgs = sum(1 for c in items if c.label == "ORG" and c.source != "bare")
            if len(items) < 3 or orgs < 2 or any(c.label in ("GPE", "LOC", "NORP", "EVENT") for c in items):
                continue
            for c in items:
                if c.source == "bare":
                    added[(c.start, c.end)] = Candidate(c.start, c.end, "ORG", "pattern")
                elif (
                    c.label == "PERSON"
                    and c.source == "ner"
                    and c.end - c.start <= 2
                    and not self._role(doc, doc[c.start : c.end])
                ):
                    relabel.add(id(c))
        out = [Candidate(c.start, c.end, "ORG", c.source) if id(c) in relabel else c for c in chosen]
        return sorted(out + list(added.values()), key=lambda c: c.start)

    def _bare_name(self, doc: Doc, k: int, step: int) -> Candidate | None:
        """A capitalised run of up to four words with no candidate on it, read from token k
        rightwards (step 1) or ending at token k (step -1)."""
        def word(t) -> bool:
            return (_capitalised(t.text) and not t.is_punct and t.text not in _DETERMINERS) or t.text == "&"
        if step == 1:
            end = k
            while end < len(doc) and end - k < 4 and word(doc[end]) and not (end > k and doc[end].is_sent_start):
                end += 1
            start = k
        else:
            start = k
            while start > 0 and k - start < 4 and word(doc[start - 1]) and not doc[start].is_sent_start:
                start -= 1
            end = k
        if end <= start or doc[start].text == "&" or doc[end - 1].text == "&":
            return None
        if doc[start].is_sent_start and doc[start].pos_ != "PROPN":
            return None  # "However, HSBC and …"
        if any(doc[start:end].text in t for t in (self.countries, self.cities, self.demonyms, self.subdivisions)):
            return None
        return Candidate(start, end, "ORG", "bare")

    def _splittable(self, doc: Doc, outer: Candidate, parts: list[Candidate] | None = None) -> bool:
        """An outer candidate that really joins separate names: "China–Azerbaijan Relations",
        "Hyderabad and Ahmedabad"."""
        tokens = doc[outer.start : outer.end]
        if outer.source != "ner":
            return False
        if any(t.text in _POSSESSIVE or t.text in {"–", "—", "/", ","} for t in tokens):
            return True
        places = parts is not None and len(parts) > 1 and all(p.label in ("GPE", "LOC") for p in parts)
        return places and any(t.text in {"and", "&"} for t in tokens)

    def _resolve(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        cands = sorted(cands, key=lambda c: (-c.priority, -len(c), c.start))
        owner: dict[int, Candidate] = {}  # token index -> accepted candidate covering it
        for cand in cands:
            clash = list({id(a): a for i in range(cand.start, cand.end) if (a := owner.get(i))}.values())
            if not clash:
                owner.update((i, cand) for i in range(cand.start, cand.end))
                continue
            # GOLD.md: label the outermost name, unless the outer span only glues
            # names together (possessive, dash) — then the parts win.
            if (
                all(cand.contains(a) for a in clash)
                and not self._splittable(doc, cand, clash)
                # a name the gazetteer knows whole ("Gavi, the Vaccine Alliance") beats its parts
                and (cand.source == "gazetteer" or all(a.source == "gazetteer" for a in clash))
            ):
                owner.update((i, cand) for i in range(cand.start, cand.end))
        unique = {id(c): c for c in owner.values()}
        return sorted(unique.values(), key=lambda c: c.start)

    def _confirm_headlines(self, doc: Doc, cands: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
        """Names in the title and sub-headings must be confirmed by the body (headline case
        capitalises every word); gazetteer places inside a dropped fragment stay."""
        lines = [*doc.spans.get("title", []), *doc.spans.get("sections", [])]
        if not lines:
            return chosen
        in_line = {i for line in lines for i in range(line.start, line.end)}
        body = {doc[c.start : c.end].text.lower() for c in chosen if c.start not in in_line}
        kept = [c for c in chosen if c.start not in in_line or self._confirmed_in_body(doc, c, body)]
        kept_ids = {id(c) for c in kept}
        dropped = [c for c in chosen if id(c) not in kept_ids]
        # "… as Beijing Readies Zero-Tariff Regime": the fragment goes, the place in it stays
        inner = [
            c
            for c in cands
            if c.source == "gazetteer"
            and any(d.start <= c.start and c.end <= d.end for d in dropped)
            and all(c.end <= k.start or k.end <= c.start for k in kept)
        ]
        return sorted(kept + inner, key=lambda c: c.start)

    def _blocked(self, doc: Doc) -> set[int]:
        """Tokens of page furniture, figures and dates: never part of a name."""
        tokens: set[int] = set()
        for group in ("furniture", "figures", "dates"):
            for span in doc.spans.get(group, []):
                tokens.update(range(span.start, span.end))
        return tokens

    def _confirmed_in_body(self, doc: Doc, cand: Candidate, body_texts: set[str]) -> bool:
        text = doc[cand.start : cand.end].text.lower()
        # "Kenya Power" in a headline, "Kenya Power and Lighting Company" in the body
        return cand.source in ("gazetteer", "layout") or any(b == text or b.startswith(text + " ") for b in body_texts)

    def _role(self, doc: Doc, span: Span) -> str | None:
        """The title run just before a name: "Energy Minister", "Ambassador of … to …"."""
        j = span.start - 1
        leftmost = None
        has_role = False
        while j >= 0:
            tok = doc[j]
            if tok.is_space or tok.text in {",", ";", ":", "(", ")", "—", "–", "“", "”", '"'}:
                break
            if tok.ent_type_ == "PERSON" or tok.is_sent_end:
                break
            if tok.text in self.role_words:
                has_role = True
            elif not (_capitalised(tok.text) or tok.text in {"of", "the", "to", "for", "and", "’s", "'s", "-"}):
                break
            leftmost = j
            if tok.is_sent_start:
                break
            j -= 1
        if leftmost is None or not has_role:
            return None
        role = doc[leftmost : span.start]
        while len(role) and (role[0].text in self.person_prefixes | _DETERMINERS or not _capitalised(role[0].text)):
            role = role[1:]
        text = role.text.strip()
        return text if text and text not in self.person_prefixes else None

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._process(doc)
        finally:
            self._positions.pop(id(doc), None)
            self._text_cache.pop(id(doc), None)

    def _texts(self, doc: Doc) -> list[str]:
        """The token texts of `doc`, read once per call: walking a Doc makes a Token per step."""
        texts = self._text_cache.get(id(doc))
        if texts is None:
            texts = self._text_cache[id(doc)] = [t.text for t in doc]
        return texts

    def _process(self, doc: Doc) -> Doc:
        cands = (
            self._from_ner(doc)
            + self._from_gazetteer(doc)
            + self._from_patterns(doc)
            + self._from_layout(doc)
            + self._from_place_context(doc)
            + self._from_appositions(doc)
        )
        blocked = self._blocked(doc)
        # a year may be part of an event's name ("UN 2026 Water Conference"); no other name crosses a date
        open_years = blocked - {i for i, text in enumerate(self._texts(doc)) if _YEAR.match(text)}

        def free(found: list[Candidate]) -> list[Candidate]:
            return [c for c in found if (open_years if c.label == "EVENT" else blocked).isdisjoint(c.tokens())]

        cands = free(cands)
        chosen = self._resolve(doc, cands)
        extra = self._acronyms(doc, chosen)
        if extra:
            # a short form takes its name's label: "India Engineering Sourcing Show (IESS)" is an EVENT
            short_forms = {(c.start, c.end) for c in extra}
            cands = [c for c in cands if (c.start, c.end) not in short_forms]
            chosen = self._resolve(doc, cands + extra)
        extra += self._propagate(doc, chosen) + self._short_references(doc, chosen)
        extra = free(extra)
        chosen = self._resolve(doc, cands + extra)
        chosen = self._coordinated_places(doc, chosen)
        chosen = self._coordinated_orgs(doc, chosen)
        chosen = self._employers(doc, chosen)
        chosen = self._lone_names(doc, chosen)
        inside = self._facility_chains(doc)
        chosen = [c for c in chosen if not inside.intersection(range(c.start, c.end))]
        if self.confirm_title:
            chosen = self._confirm_headlines(doc, cands, chosen)
        ents = []
        for cand in chosen:
            span = Span(doc, cand.start, cand.end, label=cand.label)
            ents.append(span)
        doc.ents = ents
        for span in doc.ents:
            if span.label_ == "PERSON":
                span._.role = self._role(doc, span)
            elif span.label_ == "GPE":
                span._.iso_code = self.countries.get(span.text) or self._upper_countries.get(span.text)
        return doc


_PLAIN_NAME = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


def _name_words(nlp: Language, name: str) -> tuple[str, ...]:
    """A gazetteer name as token texts. Names of plain words ("Amu Darya") are split on spaces,
    as the tokenizer would split them, which is far quicker for thousands of names; others
    ("Gavi, the Vaccine Alliance", "Côte d'Ivoire") go through the tokenizer."""
    if _PLAIN_NAME.match(name):
        return tuple(name.split(" "))
    return tuple(t.text for t in nlp.make_doc(name))


def _fold(text: str) -> str:
    """ "Tamil Nādu" → "Tamil Nadu": the gazetteer matches names as newspapers spell them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return bool(short) and all(c in it for c in short)


_ORDINALS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "thirtieth",
}


@Language.factory(
    "briefx_entities",
    assigns=["doc.ents", "span._.role", "span._.iso_code"],
    default_config={"lexicon": "entities.json", "confirm_title": True},
)
def make_entities(nlp: Language, name: str, lexicon: str, confirm_title: bool) -> EntitiesComponent:
    """Create the entity repair component."""
    register_attributes()
    return EntitiesComponent(nlp, name, lexicon=lexicon, confirm_title=confirm_title)
