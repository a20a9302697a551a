"""The entity rules' word lists, read once from `models/lexicons/` and frozen.

`Lexicon` holds every table the rules consult (titles, heads, gazetteers, closed word
classes) plus the word tests that need only a token and the tables, never the document
around it. It is built once per component and shared by every call.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property
from typing import Any

import pycountry
from spacy.language import Language
from spacy.tokens import Token

from briefx.normalize.names import surname_cased
from briefx.normalize.transcript import TagTables
from briefx.resources import load_json

MAX_SUBDIVISION_WORDS = 4  # tokens; longer ISO 3166-2 names are official forms news does not use
INITIAL = re.compile(r"^[A-Z]\.$")
MIN_TOPIC_WORD = 7  # "Warning", "Expansion"; a shorter word ("King", "City", "United") is no topic by its ending
YEAR = re.compile(r"^(?:19|20)\d\d$")
PLURAL_AS_IS = re.compile(r"(?:[shxz]|ese)$")  # "the Swiss", "the Chinese", "the French"
ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$")
PLAIN_NAME = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")
_HYPHEN = re.compile(r"(-)")
# letters joined by single hyphens ("Timor-Leste", "CLUJ-NAPOCA"): the tokenizer's infix rule parts
# every such hyphen between letters
HYPHENATED_NAME = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)*$")


def capitalised(text: str) -> bool:
    """A word that can be part of a name: capitalised, or a numeral ordinal ("20th")."""
    return text[:1].isupper() or bool(ORDINAL_DIGITS.match(text))


def fold(text: str) -> str:
    """ "Tamil Nādu" → "Tamil Nadu": the gazetteer matches names as newspapers spell them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def capitals_key(text: str) -> str:
    """A place's name in capitals without apostrophes or accents: "Hawke’s Bay" → "HAWKES BAY"."""
    return fold(text).upper().replace("'", "").replace("’", "")


def country_table(aliases: dict[str, str]) -> dict[str, str]:
    """Country name -> ISO 3166-1 alpha-3, from pycountry's names plus the alias table."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                table[name] = country.alpha_3
    table.update(aliases)
    return table


def name_words(nlp: Language, name: str) -> tuple[str, ...]:
    """A gazetteer name as token texts. Names of plain words ("Amu Darya") are split on spaces,
    and hyphenated ones ("Guinea-Bissau") on their hyphens too, as the tokenizer would split
    them, which is far quicker for thousands of names (tokenizing the 420 hyphenated ones cost
    about 0.1 s of every start); others ("Gavi, the Vaccine Alliance", "Côte d'Ivoire") go
    through the tokenizer."""
    if PLAIN_NAME.match(name):
        return tuple(name.split(" "))
    if HYPHENATED_NAME.match(name):
        return tuple(part for word in name.split(" ") for part in _HYPHEN.split(word))
    return tuple(t.text for t in nlp.make_doc(name))


def _subdivision_names() -> frozenset[str]:
    """Subdivision names of capitalised words, "of" between them ("Bay of Plenty", "Isle of
    Wight") and a possessive written with either apostrophe ("Hawke’s Bay", "Cox’s Bazar"):
    pycountry's, from the table models/sources/build_subdivisions.py builds of them (reading
    pycountry's subdivision database took 0.05 s of every start)."""
    return frozenset(load_json("lexicons", "subdivisions.json")["names"])


class Lexicon:
    """Every word table of the entity rules; read-only once built."""

    _frozen = False

    def __init__(self, nlp: Language, lexicon: str = "entities.json"):
        lex = load_json("lexicons", lexicon)
        self._read_words(load_json("lexicons", "entity_words.json"))
        self._read_lists(lex)
        self._read_meetings(lex)
        self._read_pots(lex)
        self._read_places(lex)
        self._build_gazetteer(nlp, lex)
        # a name spelled out before its short form in brackets names a body when one of these heads it
        spelled = self.org_heads | self.short_form_body_heads | self.government_heads
        self.spelled_body_heads = spelled | frozenset(lex["spelled_body_heads"])
        # an honour's name is no body's ('Public Service Medal'); the service it rewards names none either
        self.honour_heads, self.honour_deeds = frozenset(lex["honour_heads"]), frozenset(lex["honour_deeds"])
        self.prize_heads, self.prize_verbs = frozenset(lex["prize_heads"]), frozenset(lex["prize_verbs"])
        numbers = load_json("lexicons", "number_words.json")  # "Nine transport helicopters": a count, no name
        self.number_words = frozenset([*numbers["units"], *numbers["tens"]])
        # slogans and programme names that hold a place's name ("Buy America"), as token texts
        self.slogans = tuple(name_words(nlp, name) for name in lex["slogans"])
        # company words the tokenizer splits ("A/S" → "A", "/", "S"), by their first piece
        split: dict[str, list[tuple[str, ...]]] = {}
        for word in sorted(self.company_words):
            pieces = tuple(t.text for t in nlp.tokenizer(word))
            if len(pieces) > 1:
                split.setdefault(pieces[0], []).append(pieces)
        self.split_suffixes = {k: tuple(v) for k, v in split.items()}
        # words at which some name pattern starts (name_patterns skips every other word)
        self.pattern_triggers = frozenset(
            self.org_heads
            | self.company_words
            | set(self.split_suffixes)
            | self.event_heads
            | self.event_needs_number
            | self.loc_heads
            | self.loc_types
            | self.gpe_types
            | self.role_words
            | self.honourifics
            | self.unit_heads
            | self.storms
            | self.battle_words
            | {w for word in self.incident_words for w in (word, word.title())}
            | self.org_prefixes
            | self.reserve_heads
            | self.bodies_alone
            | self.bodies_bare
            | {"Government", "("}
            | self.person_prefixes
            | {w for word in self.lower_role_words for w in (word, word.title(), word.upper())}
        )
        self._frozen = True

    def __setattr__(self, name: str, value: Any) -> None:
        if self._frozen:
            raise AttributeError(f"Lexicon is read-only: cannot set {name!r}")
        super().__setattr__(name, value)

    def _read_words(self, words: dict[str, Any]) -> None:
        """The closed word classes (models/lexicons/entity_words.json)."""
        self.determiners = frozenset(words["determiners"])
        self.possessives = frozenset(words["possessives"])
        self.connectors = frozenset(words["connectors"])
        self.name_run_connectors = frozenset(words["name_run_connectors"])
        self.law_connectors = frozenset(words["law_connectors"])
        self.law_run = int(words["law_run"])
        self.law_joiners = frozenset(words["law_joiners"])
        self.pair_joiners = frozenset(words["pair_joiners"])
        self.bound_prefixes = frozenset(words["bound_prefixes"])
        self.venue_words = frozenset(words["venue_words"])
        self.not_person_heads = frozenset(words["not_person_heads"])
        self.no_person_body_heads = frozenset(words["body_heads_no_person_ends"])
        self.name_particles = frozenset(words["name_particles"])
        self.compass = frozenset(words["compass_words"])
        self.part_compass_openers = frozenset(words["part_compass_openers"])
        self.treaty_heads = frozenset(words["treaty_heads"])
        self.treaty_prepositions = frozenset(words["treaty_prepositions"])
        self.place_modifiers = frozenset(words["place_modifiers"])
        self.works_nouns = frozenset(words["works_nouns"])
        self.speech = frozenset(words["speech_verbs"])
        self.not_after_air = frozenset(words["not_after_air"])
        self.name_adjectives = frozenset(words["name_adjectives"])
        self.people_qualifiers = frozenset(words["people_qualifiers"])
        self.region_peoples = frozenset(words["region_peoples"])
        self.people_nouns = frozenset(words["people_nouns"])
        self.common_word_bodies = frozenset(words["common_word_bodies"])
        self.joiners = frozenset(words["joiners"])
        self.post_joiners = frozenset(words["post_joiners"])
        self.list_joins = frozenset(words["list_joins"])
        self.list_separators = frozenset(words["list_separators"])
        self.description_head_ends = frozenset(words["description_head_ends"])
        self.before_a_portfolio = frozenset(words["before_a_portfolio"])
        self.post_modifiers = frozenset(words["post_modifiers"])
        self.post_prefixes = frozenset(words["post_prefixes"])
        self.post_heads = frozenset(words["post_heads"])
        self.post_complements = frozenset(words["post_complements"])
        self.contact_label = re.compile(words["contact_label"])
        self.place_line = re.compile(words["place_line"])  # "WAIKATO", "**Dunedin:** AbacusBio Ltd"
        self.wrap_tag = re.compile(words["wrap_tag"])  # "National<br />⏎Resources": a wrapped line
        self.state_row = re.compile(words["state_row"])  # "Blue Banner Pickles ( TAS)"
        self.state_rows_min: int = words["state_rows_min"]
        self.person_cell = re.compile(words["person_cell"])  # "Automation Products Ltd, Greg Coulter (09) …"
        self.person_rows_min: int = words["person_rows_min"]
        self.titles_closing_names = frozenset(words["titles_closing_names"])
        self.clause_words = frozenset(words["clause_words"])
        self.prepositions = frozenset(words["prepositions"])
        self.ordinals = frozenset(words["ordinals"])
        self.author_org_words = frozenset(words["author_organisation_words"])
        self.lower_role_words = tuple(words["lower_role_words"])
        self.question_openers = frozenset(words["question_openers"])
        self.electorate_titles = frozenset(words["electorate_titles"])
        self.party_words = frozenset(words["party_words"])
        self.party_adjectives = frozenset(words["party_adjectives"])
        self.party_followers = frozenset(words["party_followers"])
        self.unnamed_after = frozenset(words["unnamed_after"])
        self.variant_words = frozenset(words["variant_words"])
        self.vocative_followers = frozenset(words["vocative_followers"])
        self.person_continuations = frozenset(words["person_continuations"])
        self.unit_heads = frozenset(words["unit_heads"])
        self.member_nouns = frozenset(words["member_nouns"])
        self.topic_suffixes = tuple(words["topic_suffixes"])
        self.lead_in_markers = frozenset(words["lead_in_markers"])
        self.leading_words = frozenset(words["leading_words"])
        self.address_words = frozenset(words["address_words"])
        self.operation_words = frozenset(words["operation_words"])
        self.occupation_words = frozenset(words["occupation_words"])
        self.kin_words = frozenset(words["kin_words"])

    def _read_meetings(self, lex: dict[str, Any]) -> None:
        """Who sits on a body ("members of the …") and the heads of numbered meetings (event_references)."""
        self.membership_words = frozenset(lex["membership_words"])
        self.membership_prepositions = frozenset(lex["membership_prepositions"])
        self.meeting_only_heads = frozenset(lex["meeting_only_heads"])
        self.numbered_meeting_heads = frozenset(lex["numbered_meeting_heads"]) | self.event_needs_number

    def _read_lists(self, lex: dict[str, Any]) -> None:
        """The open lists of models/lexicons/entities.json."""
        self.role_words = frozenset(lex["role_words"])
        self.person_prefixes = frozenset(lex["person_prefixes"])
        self.title_words = self.role_words | self.person_prefixes
        self.event_heads = frozenset(lex["event_heads"])
        self.event_needs_number = frozenset(lex["event_heads_need_number"])
        self.named_day_heads = frozenset(lex["named_day_heads"])
        self.loc_heads = frozenset(lex["loc_heads"])
        self.no_span_heads = frozenset(lex["no_span_heads"])
        # heads of programmes that are also run as bodies with a short form of their own
        # ("Western Balkans Investment Framework (WBIF)"); a rate or a scheme never is
        self.never_body_heads = self.no_span_heads - frozenset(lex["no_span_heads_of_bodies"])
        self.not_entities = frozenset(lex["not_entities"])
        self.currency_codes = frozenset(load_json("lexicons", "currencies.json")["codes"])
        people = load_json("lexicons", "people.json")["people"]
        self.people = frozenset(people) | frozenset(form for forms in people.values() for form in forms)
        self.given_names = frozenset(load_json("lexicons", "given_names.json")["given_names"])
        self.facility_words = frozenset(lex["facility_words"])
        self.thing_heads, self.instrument_nouns = frozenset(lex["thing_heads"]), frozenset(lex["instrument_nouns"])
        self.not_entity_patterns = re.compile("|".join(f"(?:{p})" for p in lex["not_entity_patterns"]))
        self.honourifics = frozenset(lex["honourifics"])
        self.postnominals = frozenset(lex["postnominals"])
        self.name_suffixes = frozenset(lex["name_suffixes"])
        self.surname_prefixes = frozenset(lex["surname_prefixes"])
        self.gpe_types = frozenset(lex["gpe_type_words"])
        self.titled_gpe_types = frozenset(lex["titled_gpe_types"])
        self.loc_types = frozenset(lex["loc_type_words"])
        self.plural_types: dict[str, str] = dict(lex["plural_place_types"])
        self.singular_types: dict[str, str] = dict(lex["singular_place_types"])
        self.place_context = frozenset(lex["place_context_words"])
        self.place_type_words = frozenset(self.plural_types) | frozenset(self.singular_types)
        self.units = frozenset(lex["unit_symbols"])
        self.stop = frozenset(load_json("lexicons", "english_stopwords.json"))
        # the words headline case leaves in lower case ('Kenya Raises Rates as Inflation Climbs'), shared with
        # briefx_sections
        self.headline_small_words = frozenset(load_json("lexicons", "layout.json")["title_case_small_words"])
        self.org_heads = frozenset(lex["org_pattern_heads"])
        self.government_heads = frozenset(lex["government_heads"])
        self.body_heads = self.org_heads | self.government_heads  # a body's head word, or a government's
        self.bodies_alone = frozenset(lex["bodies_alone"])
        self.bodies_alone_after = frozenset(lex["bodies_alone_after"])
        self.bodies_bare = frozenset(lex["bodies_alone_bare"])
        self.bare_body_names = frozenset((w,) for w in self.bodies_bare)
        self.site_domains = frozenset(lex["site_name_domains"])
        self.government_site_suffixes = tuple(lex["government_site_suffixes"])
        self.site_place_words = frozenset(lex["site_place_words"])
        self.facility_heads = frozenset(lex["facility_heads"])
        self.org_descriptors = frozenset(lex["organisation_descriptors"])
        self.org_possessions = frozenset(lex["organisation_possessions"])
        self.role_nouns = frozenset(lex["role_nouns"])
        self.org_openers = frozenset(lex["organisation_openers"])
        self.facility_nouns = frozenset(lex["facility_nouns"])
        self.building_words = frozenset(lex["building_words"])
        self.tag_tables = TagTables.from_lexicon(load_json("lexicons", "transcript.json"))  # speakers' tags
        self.legal_suffixes = frozenset(lex["legal_suffixes"])
        self.org_prefixes = frozenset(lex["organisation_prefixes"])
        self.reserve_heads = frozenset(lex["reserve_heads"])
        self.reserve_kinds = frozenset(lex["reserve_kinds"])
        self.storms, self.battle_words = frozenset(lex["storm_words"]), frozenset(lex["battle_words"])
        self.incident_words = frozenset(lex["incident_words"])
        self.storm_grades = frozenset(lex["storm_grades"])
        self.exercise_words = frozenset(lex["exercise_words"])
        self.organisation_names = frozenset(lex["organisations"])
        self.post_nouns = frozenset(lex["post_nouns"])
        self.event_codes = re.compile(lex["event_code_pattern"])
        self.portfolio = frozenset(lex["portfolio_words"])
        self.lone_titles = frozenset(lex["lone_titles"])
        self.company_words = frozenset(lex["company_words"])
        self.field_body_heads = frozenset(lex["field_body_heads"])
        self.locative = frozenset(lex["locative_prepositions"])
        self.short_heads = frozenset(lex["short_reference_heads"])
        self.modifier_short_heads = frozenset(lex["modifier_short_heads"])
        self.short_form_body_heads = frozenset(lex["short_form_body_heads"])
        self.short_form_thing_heads = frozenset(lex["short_form_thing_heads"])
        self.wrap_body_heads = frozenset(lex["wrap_body_heads"])
        # a body's head that heads no event ("Center", not "Conference"): an event the model ends in one is a body
        body_heads = self.org_heads | self.short_form_body_heads
        self.event_body_heads = body_heads - self.event_heads - self.event_needs_number
        self.compound_prefixes = frozenset(lex["compound_prefixes"])

    def _read_pots(self, lex: dict[str, Any]) -> None:
        """The cues of pots.py: funds named as pots of money, not bodies."""
        self.pot_heads, self.pot_openers = frozenset(lex["pot_heads"]), frozenset(lex["pot_openers"])
        self.pot_cues, self.pot_body_verbs = frozenset(lex["pot_cues"]), frozenset(lex["pot_body_verbs"])
        self.pot_followers, self.pot_body_openers = frozenset(lex["pot_followers"]), frozenset(lex["pot_body_openers"])
        self.pot_determiners, self.pot_rounds = frozenset(lex["pot_determiners"]), frozenset(lex["pot_rounds"])

    def _read_places(self, lex: dict[str, Any]) -> None:
        """Countries, subdivisions, cities, natural places, nationalities, world towns."""
        common = set(lex["world_city_common_words"])  # "in Reading" may be a town, "in Paradise" seldom
        towns = load_json("lexicons", "world_cities.json")
        self.world_cities: dict[str, int] = {k: v for k, v in towns.items() if k not in common}
        self.city_min_population: int = lex["world_city_min_population"]
        self.state_codes = frozenset(lex["state_codes"])  # "TX", "NSW": a state only after "Town,"
        self.polity_titles = frozenset(lex["polity_titles"])  # "the Commonwealth of", "People’s Republic of"
        self.polity_modifiers = frozenset(lex["polity_modifiers"])
        dates = load_json("lexicons", "dates.json")
        self.calendar_words = frozenset(dates["months"]) | frozenset(dates["weekdays"])  # lower case
        self.subdivisions = _subdivision_names()
        self.countries: dict[str, str] = country_table(lex["country_aliases"])
        demonyms = load_json("lexicons", "demonyms.json")
        # the people themselves: "Tamils", "Houthis", "Sri Lankans" (NORP as nouns, GOLD.md)
        self.demonyms = frozenset(demonyms) | frozenset(d + "s" for d in demonyms if not PLURAL_AS_IS.search(d))
        self.demonyms |= frozenset(lex["iwi"])  # Māori tribes: NORP as nationalities are (entities.json iwi_about)
        geography = load_json("lexicons", "geography.json")
        loc_names = set(lex["loc_names"])
        loc_names |= {name for key, names in geography.items() if key != "about" for name in names}
        self.loc_names = frozenset(loc_names)
        # a continent pycountry lists as a country ("Antarctica", AQ) is a natural place (LOC)
        self.countries = {k: v for k, v in self.countries.items() if k not in self.loc_names}
        self.upper_countries = {k.upper(): v for k, v in self.countries.items()}
        self.subdivision_names = frozenset(
            n for n in self.subdivisions if n.lower() not in self.stop and n not in self.loc_names
        )
        self.cities = frozenset(lex["cities"])
        self.upper_cities = frozenset(c.upper() for c in self.cities)
        # monuments ("the War Memorial") and features named by their own word ("Lake Taupo", "Murray River")
        self.monument_heads = frozenset(lex["monument_heads"])
        self.feature_openers, self.feature_heads = frozenset(lex["feature_openers"]), frozenset(lex["feature_heads"])

    def _build_gazetteer(self, nlp: Language, lex: dict[str, Any]) -> None:
        """Name as a tuple of token texts -> the groups it is in, looked up by word n-grams
        (a phrase matcher would tokenize every one of ~3,600 names at start-up)."""
        gazetteer: dict[tuple[str, ...], list[str]] = {}
        groups = {
            "COUNTRY": self.countries.keys(),
            "CITY": self.cities,
            "LOC": self.loc_names,
            "NORP": self.demonyms,
            "ORG": set(lex["organisations"]),
            "PERSON": self.people,
        }
        for key, names in groups.items():
            # "the Philippines" stays an alias for the ISO code; the span leaves "the" out (GOLD.md)
            variants = {n for n in names if not n.startswith("the ")}
            if key in ("COUNTRY", "CITY"):
                variants |= {n.upper() for n in names}
            for name in sorted(variants):
                gazetteer.setdefault(name_words(nlp, name), []).append(key)
        for name in sorted(self.subdivision_names):
            words = name_words(nlp, name)
            if len(words) <= MAX_SUBDIVISION_WORDS:
                gazetteer.setdefault(words, []).append("SUBDIVISION")
        self.gazetteer = {k: tuple(v) for k, v in gazetteer.items()}
        lengths: dict[str, set[int]] = {}  # first word -> the names' lengths, longest first
        for words in gazetteer:
            lengths.setdefault(words[0], set()).add(len(words))
        self.gazetteer_lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    # -- word tests: a token and the tables, nothing of the document around it ------------

    def known_place(self, text: str) -> bool:
        """A country, city, subdivision, nationality or natural place by name."""
        return any(text in t for t in (self.countries, self.cities, self.subdivisions, self.demonyms, self.loc_names))

    def place_or_town(self, text: str) -> bool:
        """A known place (`known_place`) or one of the world's towns (GeoNames, world_cities.json)."""
        return self.known_place(text) or text in self.world_cities

    @cached_property
    def small_towns(self) -> frozenset[str]:
        """Towns of 1,000 people or more that world_cities lacks (small_towns.json), no given name among them:
        read only after a locative preposition (`town_prepositions`), never to veto a person or a body."""
        return frozenset(load_json("lexicons", "small_towns.json")["towns"]) - self.given_names

    @cached_property
    def town_prepositions(self) -> frozenset[str]:
        return frozenset(load_json("lexicons", "small_towns.json")["prepositions"])

    @cached_property
    def capitals_places(self) -> frozenset[str]:
        """Known places as a line in capitals writes them: 'HAWKES BAY' (Hawke's Bay), 'BAY OF PLENTY'."""
        tables = (self.countries, self.cities, self.subdivisions, self.loc_names)
        return frozenset(capitals_key(name) for table in tables for name in table)

    def place_in_capitals(self, text: str) -> bool:
        """A place or town written in capitals ('WAIKATO'), whatever the case of its small words or its
        apostrophe ('BAY OF PLENTY', 'HAWKES BAY')."""
        return self.place_or_town(text.title()) or capitals_key(text) in self.capitals_places

    @cached_property
    def name_stop(self) -> frozenset[str]:
        """No word of a name to name its person alone: stop words and a generational suffix ("Biden, Jr.")."""
        return self.stop | frozenset(s.lower() for s in self.name_suffixes)

    def post_title(self, text: str) -> bool:
        """A word that names a post, not a body: a title word, a lone title ("Member", "Provost")
        or a title's plural ("Chairs", "Directors")."""
        plural = len(text) > 2 and text.endswith("s") and text[:-1] in self.role_words
        return text in self.role_words or text in self.lone_titles or plural

    def closes_body(self, word: str) -> bool:
        """A word that closes a body's name and no person's: a company word ("Skyways") or a body's head
        (body_heads_no_person_ends: "Taskforce", "Museum")."""
        return word in self.company_words or word in self.no_person_body_heads

    def governed_place(self, text: str) -> bool:
        """A country, city or subdivision: a place with a government."""
        return any(text in t for t in (self.countries, self.cities, self.subdivisions))

    def names_person_alone(self, first: str, word: str) -> bool:
        """A word of a person's name ("Odhiambo") names the person alone, unless it is a country,
        city (or large town) or region and the name opens with no known given name: "Advance
        Cairns", "Montana Native Vote" are bodies the model took for people, and "Cairns" alone
        stays a city."""
        if first in self.given_names:
            return True
        return not (self.world_cities.get(word, 0) >= self.city_min_population or self.governed_place(word))

    def surname_cased(self, text: str) -> bool:
        """ "O’Neill", "DeBartolo": a surname with a second capital, no acronym (normalize.names.surname_cased)."""
        return surname_cased(text, prefixes=self.surname_prefixes)

    def plain_name_word(self, tok: Token) -> bool:
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

    def name_word(self, tok: Token) -> bool:
        """A word that can begin a person's name the model left out."""
        return not tok.ent_type_ and self.plain_name_word(tok)

    def occupation(self, tok: Token) -> bool:
        """ "Actress", "Broadcaster": an occupation noun written with a capital before a person's
        name (models/lexicons/entity_words.json), not one that is a given name too ("Mason")."""
        return tok.text[:1].isupper() and tok.lower_ in self.occupation_words and tok.text not in self.given_names

    def first_name(self, tok: Token) -> bool:
        """A word that can open a person's name, towns included ("Charlotte", "Sofia"), but not
        "The" or a title."""
        return self.plain_name_word(tok) or (tok.is_title and tok.text in self.cities and tok.lower_ not in self.stop)

    def org_word(self, tok: Token) -> bool:
        """A word that can be part of an organisation's name: "Baltica", "DESFA"."""
        if tok.is_upper and tok.is_alpha and len(tok.text) > 1:
            return tok.text not in self.role_words and tok.text not in self.units
        if tok.text[:1].isupper() and tok.is_alpha and not tok.is_title and not tok.is_upper:
            return tok.text not in self.units  # "IndiGo", "eBay"-like names
        return self.plain_name_word(tok) or (tok.is_title and tok.text in self.company_words)

    def topic_word(self, word: str, *, first: bool = False) -> bool:
        """A word of seven letters or more with an abstract noun's ending ("Conservation",
        "Economics"), not a body's head or a place; a participle ("Updated") only as the
        first word of a run."""
        if len(word) < MIN_TOPIC_WORD or word in self.body_heads:
            return False
        if word in self.company_words or self.known_place(word):
            return False
        low = word.lower()
        return any(low.endswith(s) and (first or s != "ed") for s in self.topic_suffixes)

    def nationality(self, text: str) -> bool:
        """A nationality, alone or after a word that qualifies a people ("Indigenous Australians")."""
        words = text.split()
        qualified = len(words) == 2 and words[0] in self.people_qualifiers and words[1] in self.demonyms
        return qualified or text in self.demonyms

    def iso_code(self, text: str) -> str | None:
        """ISO 3166-1 alpha-3 of a country name as written or in capitals."""
        return self.countries.get(text) or self.upper_countries.get(text)
