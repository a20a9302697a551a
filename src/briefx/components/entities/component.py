"""briefx_entities: candidates from every source, the choice among them, the repairs, and
the winners written to ``doc.ents`` with ``Span._.role`` and ``Span._.iso_code``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from briefx.components.attributes import register_attributes
from briefx.components.entities import (
    appointees,
    body_fields,
    body_initials,
    contacts,
    context,
    dangling,
    event_references,
    given_names,
    headlines,
    home_regions,
    kin,
    lead_ins,
    listings,
    not_names,
    place_heads,
    posts,
    repairs,
    short_forms,
    sites,
    slogans,
    speaker_tags,
    things,
    title_tails,
    titles,
    variants,
)
from briefx.components.entities.candidates import Candidate, choose, unblocked
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.from_model import from_appositions, from_ner
from briefx.components.entities.gazetteer import from_gazetteer, from_place_context
from briefx.components.entities.layout import from_layout
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.name_patterns import from_patterns
from briefx.components.entities.organisations import from_descriptors, from_site_names
from briefx.components.entities.small_towns import from_small_towns
from briefx.components.entities.surnames import add_surnames
from briefx.components.entities.trim import particles_after_title, sentence_openers
from briefx.components.entities.verify import Verifier
from briefx.components.entities.wraps import from_wrapped
from briefx.resources import resource_path

Source = Callable[[DocView, Lexicon], list[Candidate]]
Repair = Callable[[DocView, Lexicon, list[Candidate]], list[Candidate]]

# weakest first: the order candidates are gathered in (ties in `choose` keep it)
SOURCES: tuple[Source, ...] = (
    from_ner,
    from_gazetteer,
    from_patterns,
    from_layout,
    from_place_context,
    from_small_towns,
    from_appositions,
    from_wrapped,
    from_site_names,
    from_descriptors,
)
# after the second choice, each reads the list the one before it returns
REPAIRS: tuple[Repair, ...] = (
    listings.coordinated_places,
    listings.coordinated_orgs,
    listings.employers,
    repairs.lone_names,
    repairs.places_by_name,
    repairs.party_adjectives,
    place_heads.people_named_by_place_type,
    place_heads.polities_by_title,
    place_heads.bodies_named_before_countries,
    place_heads.bodies_of_two_places,
    body_fields.bodies_of_fields,
    body_fields.plural_owners_inside_bodies,
    body_fields.fields_joined_by_and,
    repairs.blocs_without_members,
    posts.posts_before_bodies,
    posts.portfolios_after_posts,
    posts.bodies_after_posts,
    posts.posts_after_bodies,  # after bodies_after_posts: "Ajay Banga, President, World Bank President"
    dangling.dangling_connectors,
    title_tails.title_tails,
    titles.titles_alone,
    not_names.not_names,
    not_names.law_openers,
    not_names.stage_directions,
    things.named_things,
    sites.website_addresses,
    slogans.quoted_slogans,
    slogans.named_slogans,
    event_references.event_heads_alone,
    event_references.short_event_references,
    event_references.prizes_given,
    event_references.operations,
    event_references.named_days,
    event_references.bodies_and_meetings,
    lead_ins.topic_lead_ins,
    short_forms.short_forms_of_no_names,
    short_forms.classes_of_bodies,
    given_names.given_names,
    not_names.honours,  # after given_names: "Angus Houston, AC" once "Houston" is read as the person
    kin.kin_appositions,
    kin.couples,
    sentence_openers,
    contacts.contact_names,
    speaker_tags.speaker_tags,
    variants.variants,
    place_heads.towns_read_as_places,
    place_heads.features_by_bare_name,
    home_regions.home_regions,  # last: a pattern's or gazetteer's natural region may be the country's own
)


class EntitiesComponent:
    """Repair doc.ents (see `briefx.components.entities`); holds only the frozen lexicon."""

    def __init__(self, nlp: Language, name: str, *, lexicon: str, confirm_title: bool, verify: str = ""):
        self.name = name
        self.confirm_title = confirm_title
        self.lexicon = Lexicon(nlp, lexicon)
        # the learned filter (verify.py), off unless the config names its weights under models/
        self.verifier = Verifier.load(resource_path(verify)) if verify else None

    def __call__(self, doc: Doc) -> Doc:
        view = DocView(doc)
        chosen = self.entities(view)
        if self.verifier is not None:
            chosen = self.verifier.apply(view, self.lexicon, chosen)
        write(view, self.lexicon, chosen)
        return doc

    def entities(self, view: DocView) -> list[Candidate]:
        """The names of the document, chosen and repaired, in document order."""
        lex = self.lexicon
        cands = unblocked(view, [c for source in SOURCES for c in source(view, lex)])
        chosen = choose(view, lex, cands)
        # a state's code in a list row ("Blue Banner Pickles ( TAS)", layout.state_rows) is no short form
        rows = {(c.start, c.end) for c in cands if c.source == "layout" and c.label == "GPE"}
        extra = [c for c in repairs.acronyms(view, lex, chosen) if (c.start, c.end) not in rows]
        if extra:
            # a short form takes its name's label: "India Engineering Sourcing Show (IESS)" is an EVENT
            short_forms = {(c.start, c.end) for c in extra}
            cands = [c for c in cands if (c.start, c.end) not in short_forms]
            chosen = choose(view, lex, cands + extra)
        # a name the document introduces as a person ("Dilawar Syed, Nominee for …") before any body reading spreads
        people = appointees.read_as_people(view, lex, cands, chosen)
        if people != cands:
            cands = people
            chosen = choose(view, lex, cands + extra)
        # a place's short reference first: it wins a tie with the same words propagated from the model's body
        extra += place_heads.short_place_references(view, lex, chosen)
        extra += repairs.propagate(view, lex, chosen) + repairs.short_references(view, lex, chosen)
        extra += body_initials.initials_of_bodies(view, lex, chosen)
        chosen = choose(view, lex, cands + unblocked(view, extra))
        for repair in REPAIRS:
            chosen = repair(view, lex, chosen)
        inside = repairs.facility_chains(view, lex)
        chosen = [c for c in chosen if not inside.intersection(c.tokens())]
        if self.confirm_title:
            chosen = headlines.confirm_headlines(view, lex, cands, chosen)
        return chosen


def write(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> None:
    """Set ``doc.ents``; a person's title run goes to ``._.role``, a country's code to
    ``._.iso_code``; then the bare surnames of the people named are added.

    Whatever the base model proposed and the repairs added, the entities written never overlap
    (spaCy refuses overlapping ``doc.ents``, error E1010): where two would, the longer wins.
    """
    doc = view.doc
    doc.ents = filter_spans([Span(doc, c.start, c.end, label=c.label) for c in chosen])
    for span in doc.ents:
        if span.label_ == "PERSON":
            span._.role = context.role(view, lex, span)
        elif span.label_ == "GPE":
            span._.iso_code = lex.iso_code(span.text)
    # a person with a title ("Minister … Le Quang Vinh") is named by any word of the name
    add_surnames(
        doc,
        list(doc.ents),
        lex.name_stop,
        lambda ent, word: bool(ent._.role) or lex.names_person_alone(ent[0].text, word),
        lambda start, end: contacts.in_contact_block(view, Candidate(start, end, "PERSON", "surname")),
    )
    _surnames_with_particles(view, lex)


def _surnames_with_particles(view: DocView, lex: Lexicon) -> None:
    """A surname added alone after a title takes the particles before it: "Mrs te Heuheu"."""
    doc = view.doc
    ents = list(doc.ents)
    grown = [
        Span(doc, particles_after_title(view, lex, e.start), e.end, label=e.label_) if e.label_ == "PERSON" else e
        for e in ents
    ]
    if any(a.start != b.start for a, b in zip(ents, grown, strict=True)):
        doc.ents = filter_spans(grown)


@Language.factory(
    "briefx_entities",
    assigns=["doc.ents", "span._.role", "span._.iso_code"],
    default_config={"lexicon": "entities.json", "confirm_title": True, "verify": ""},
)
def make_entities(nlp: Language, name: str, lexicon: str, confirm_title: bool, verify: str) -> EntitiesComponent:
    """Create the entity repair component; `verify`: the learned filter's weights under models/ ("" = off)."""
    register_attributes()
    return EntitiesComponent(nlp, name, lexicon=lexicon, confirm_title=confirm_title, verify=verify)
