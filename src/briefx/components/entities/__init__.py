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

Layout of this package, bottom up: `lexicon` (the frozen word tables) and `doc_view` (one
document's cache and token tests); `candidates` (the candidate and choosing among
overlaps) and `context` (what the words around a position say); the candidate sources
`from_model`, `gazetteer`, `name_patterns` (with `organisations`) and `layout`, each
`(view, lexicon) -> candidates`; `trim` (boundaries) and `relabel` (an ordered tuple of
small named rules); `repairs` and `listings` (document-level repairs); `component`
(sources -> choose -> repairs -> write, and the factory).
"""

from briefx.components.entities.component import EntitiesComponent, make_entities

__all__ = ["EntitiesComponent", "make_entities"]
