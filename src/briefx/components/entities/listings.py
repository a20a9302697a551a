"""Repairs read off a name's neighbours: a name listed with places is a place, one listed
among organisations an organisation, and the name before "chief executive <person>" the
person's employer."""

from __future__ import annotations

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon, capitalised


def coordinated_places(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Turkana, Mandera and Garissa": a name listed with places is a place."""
    return _listed_among_places(view, lex, _places_beside_places(view, lex, chosen))


def _listed_among_places(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Hamilton, Hauraki, Ōtorohanga, South Waikato, Taupo, Waipa, and Waitomo": in a list of
    three or more with two places or more, and more places than names a rule or gazetteer gave,
    the model's short "people" and "organisations" with no company or organisation word are
    places too, and so is a bare name no source read ("Queenstown, Glenorchy, and Wanaka")."""
    starts = {c.start: c for c in chosen}
    ends = {c.end: c for c in chosen}
    turn: set[int] = set()
    added: dict[tuple[int, int], Candidate] = {}
    for seed in chosen:
        if seed.label != "GPE" or id(seed) in turn:
            continue
        items = _listed_with(view, lex, seed, starts, ends)
        places = sum(1 for c in items if c.label in ("GPE", "LOC"))
        named = sum(1 for c in items if c.label not in ("GPE", "LOC") and not _read_by_model(view, lex, c))
        if len(items) < 3 or places < 2 or places <= named:
            continue
        turn.update(id(c) for c in items if _model_name_of_a_place(view, lex, c, carried=_inside_list(view, lex, c)))
        if _lists_towns(view, lex, items):
            added.update(
                ((c.start, c.end), Candidate(c.start, c.end, "GPE", "pattern"))
                for c in items
                if c.source == "bare" and _inside_list(view, lex, c) and _bare_place(view, lex, c)
            )
    out = [Candidate(c.start, c.end, "GPE", c.source) if id(c) in turn else c for c in chosen]
    return sorted(out + list(added.values()), key=lambda c: c.start) if added else out


def _lists_towns(view: DocView, lex: Lexicon, items: list[Candidate]) -> bool:
    """Two towns or more (GPE) in the list, and it names no kind of thing a common noun before it
    says ("the aquatic weeds Hornwort, Egeria and Lagarosiphon"; "the towns Carrascal, Cantilan and
    Madrid" are towns), nor features that share a plural head ("Puarenga, Utuhina and Ngongotaha Streams")."""
    if sum(1 for c in items if c.label == "GPE") < 2:
        return False
    k = min(c.start for c in items) - 1
    word = view.texts[k].lower() if k >= 0 else ""
    kind_of_place = word in lex.plural_types or word in lex.singular_types
    named_things = k >= 0 and view.doc[k].pos_ == "NOUN" and not kind_of_place
    last = max(items, key=lambda c: c.end)
    head = view.texts[last.end - 1]
    shared_head = len(last) > 1 and capitalised(head) and head.endswith("s")
    return not (named_things or shared_head)


def _bare_place(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """A bare list item that can name a town: up to three words, none a body's, a post's or a
    company's word, no given name opening it ("Joanne, Mark and Christopher" beside a place), no
    code in capitals ("Nairobi and Nakuru and USD 200 million")."""
    words = view.texts[cand.start : cand.end]
    return (
        len(words) <= 3
        and not words[0].isupper()
        and words[0] not in lex.given_names
        and not any(w in lex.company_words or w in lex.org_heads or lex.post_title(w) for w in words)
    )


def _read_by_model(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The model's name, or the model's body carried to its own mention by `repairs.propagate`
    ("Dungog, Great Lakes, Maitland": "Dungog" read as a body comes back as a "gazetteer" name);
    no body the tables know."""
    if cand.source == "ner":
        return True
    return (
        cand.label == "ORG"
        and cand.source == "gazetteer"
        and view.span_text(cand.start, cand.end) not in lex.organisation_names
    )


def _inside_list(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """A separator after the name or "and"/"or" before it: an item of the list, not a name after a
    comma that opens the next clause ("headquartered in Austin, Texas, Cloudmere has …")."""
    texts = view.texts
    after = cand.end < len(texts) and texts[cand.end] in lex.list_separators
    return after or (cand.start > 0 and texts[cand.start - 1] in lex.pair_joiners)


def _model_name_of_a_place(view: DocView, lex: Lexicon, cand: Candidate, *, carried: bool = False) -> bool:
    """A short person or body the model read, with no company or organisation word; in a list
    (`carried`), also the model's body carried back by `repairs.propagate`."""
    texts = view.texts
    return (
        cand.label in ("PERSON", "ORG")
        and (_read_by_model(view, lex, cand) if carried else cand.source == "ner")
        and len(cand) <= 2
        and not any(texts[i] in lex.company_words or texts[i] in lex.org_heads for i in cand.tokens())
    )


def _places_beside_places(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    doc, texts = view.doc, view.texts
    out = list(chosen)
    gpe_ends = {c.end: c for c in out if c.label in ("GPE", "LOC")}
    gpe_starts = {c.start: c for c in out if c.label in ("GPE", "LOC")}
    for k, cand in enumerate(out):
        if not _model_name_of_a_place(view, lex, cand):
            continue
        neighbours = [c for c in (gpe_ends.get(cand.start - 1), gpe_starts.get(cand.end + 1)) if c]
        joins = {texts[cand.start - 1] if cand.start else "", texts[cand.end] if cand.end < len(doc) else ""}
        if neighbours and ("and" in joins or len(neighbours) == 2):  # not "…to Kenya, Guo Lihua, says"
            label = "LOC" if all(n.label == "LOC" for n in neighbours) else "GPE"
            out[k] = Candidate(cand.start, cand.end, label, cand.source)  # "the Surma River and the Kushiyara"
    return out


def item_after(texts: list[str], k: int, separators: frozenset[str]) -> int | None:
    """Where the next item of a list starts when a separator stands at token k (`,`, `and`, `, and`)."""
    if k + 1 >= len(texts) or texts[k] not in separators:
        return None
    return k + (2 if texts[k] == "," and texts[k + 1] == "and" else 1)


def item_before(texts: list[str], k: int, separators: frozenset[str]) -> int | None:
    """Where the item before ends when a separator stands right before token k."""
    if k <= 1 or texts[k - 1] not in separators:
        return None
    return k - (2 if texts[k - 1] == "and" and texts[k - 2] == "," else 1)


def listed_places(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> set[tuple[int, int]]:
    """The bounds of the places listed beside places: a place with a place next to it across a list's
    separator ("Paihia and Russell", "Bellingen, Byron, Camden"), and a name of any label with places
    on both sides ("Coffs Harbour, Glen Innes Severn, Gloucester"); no name the model read as a person
    counts ("Florida, Richard and Lisa Parry", "Joanne, Mark and Christopher" that `coordinated_places`
    made places)."""
    texts, doc = view.texts, view.doc
    read = [c for c in chosen if doc[c.start].ent_type_ != "PERSON"]
    places = [c for c in read if c.label in ("GPE", "LOC")]
    ends, starts = {c.end: c for c in places}, {c.start: c for c in places}

    def left(c: Candidate) -> bool:
        return item_before(texts, c.start, lex.list_separators) in ends

    def right(c: Candidate) -> bool:
        return item_after(texts, c.end, lex.list_separators) in starts

    return {
        (c.start, c.end)
        for c in read
        if (c.label == "GPE" and (left(c) or right(c))) or (left(c) and right(c))
    }


def bare_name(view: DocView, lex: Lexicon, k: int, step: int) -> Candidate | None:
    """A capitalised run of up to four words with no candidate on it, read from token k
    rightwards (step 1) or ending at token k (step -1)."""
    doc = view.doc

    def word(t) -> bool:
        return (capitalised(t.text) and not t.is_punct and t.text not in lex.determiners) or t.text == "&"

    if step == 1:
        start = end = k
        while end < len(doc) and end - k < 4 and word(doc[end]) and not (end > k and doc[end].is_sent_start):
            end += 1
    else:
        start = end = k
        while start > 0 and k - start < 4 and word(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
    if end <= start or doc[start].text == "&" or doc[end - 1].text == "&":
        return None
    if doc[start].is_sent_start and doc[start].pos_ != "PROPN":
        return None  # "However, HSBC and …"
    if any(doc[start:end].text in t for t in (lex.countries, lex.cities, lex.demonyms, lex.subdivisions)):
        return None
    return Candidate(start, end, "ORG", "bare")


def _owns_next(view: DocView, lex: Lexicon, item: Candidate) -> bool:
    """ "Portfolio.hu, Matt Simister, Tesco’s CEO": a name before a possessive opens an
    apposition, it does not close a list."""
    return item.end < len(view) and view.texts[item.end] in lex.possessives


def _split_last_pair(view: DocView, chosen: list[Candidate]) -> list[Candidate]:
    """ "Barclays, NatWest, Quarrymoor and Lloyds": the model's one name over the list's last two
    one-word items, after a comma and an organisation, is two names."""
    ends = {c.end: c for c in chosen}
    texts = view.texts
    out = []
    for c in chosen:
        before = ends.get(c.start - 1)
        if (c.label == "ORG" and len(c) == 3 and texts[c.start + 1] == "and"
                and c.start > 0 and texts[c.start - 1] == "," and before is not None and before.label == "ORG"
                and capitalised(texts[c.start]) and capitalised(texts[c.end - 1])):
            out += [Candidate(c.start, c.start + 1, "ORG", c.source), Candidate(c.end - 1, c.end, "ORG", c.source)]
        else:
            out.append(c)
    return out


def _listed_with(view: DocView, lex: Lexicon, seed: Candidate, starts: dict, ends: dict) -> list[Candidate]:
    """The seed and the names listed with it, either side, chosen or bare."""
    texts, separators = view.texts, lex.list_separators
    items = [seed]
    if _owns_next(view, lex, seed):
        return items
    k = item_after(texts, seed.end, separators)  # rightwards
    while k is not None:
        item = starts.get(k) or bare_name(view, lex, k, 1)
        if item is None or _owns_next(view, lex, item):
            break
        items.append(item)
        k = item_after(texts, item.end, separators)
    k = item_before(texts, seed.start, separators)  # leftwards
    while k is not None:
        item = ends.get(k) or bare_name(view, lex, k, -1)
        if item is None:
            break
        items.append(item)
        k = item_before(texts, item.start, separators)
    return items


def _not_an_org(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """A place, nationality or event in the list; a "place" only the model saw and the
    gazetteers do not know ("Schroders, Man Group and Resonance") may still be a company."""
    if cand.label in ("NORP", "EVENT", "LOC"):
        return True
    return cand.label == "GPE" and (cand.source != "ner" or lex.known_place(view.span_text(cand.start, cand.end)))


def _paired_with(view: DocView, lex: Lexicon, seed: Candidate, starts: dict, ends: dict) -> list[Candidate]:
    """The names joined to the seed alone by "and", "&" or "or" ("Fonterra and Sanitarium"),
    either side; none when the pair is part of a longer list (which `_listed_with` reads)."""
    texts, n = view.texts, len(view)

    def alone(first: Candidate) -> bool:  # "Hamilton, Hauraki and Waikato Regional Council" is a list
        return first.start < 2 or texts[first.start - 1] not in lex.list_separators or first.start - 1 not in ends

    pair = []
    if seed.end + 1 < n and texts[seed.end] in lex.pair_joiners and (right := starts.get(seed.end + 1)):
        pair += [right] if alone(seed) else []
    if seed.start > 1 and texts[seed.start - 1] in lex.pair_joiners and (left := ends.get(seed.start - 1)):
        pair += [left] if alone(left) else []
    return pair


def _model_place_word(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """A one-word place only the model saw and no place table knows ("Sanitarium", "Brambles")."""
    return (
        cand.label == "GPE"
        and cand.source == "ner"
        and len(cand) == 1
        and not lex.place_or_town(view.span_text(cand.start, cand.end))
    )


def coordinated_orgs(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Citigroup, HSBC, J.P. Morgan and Standard Chartered ran the deal": a name listed
    among organisations is an organisation."""
    chosen = _split_last_pair(view, chosen)
    starts = {c.start: c for c in chosen}
    ends = {c.end: c for c in chosen}
    added: dict[tuple[int, int], Candidate] = {}
    relabel: set[int] = set()
    for seed in chosen:
        if seed.label != "ORG" or id(seed) in relabel:
            continue
        relabel.update(id(c) for c in _paired_with(view, lex, seed, starts, ends) if _model_place_word(view, lex, c))
        items = _listed_with(view, lex, seed, starts, ends)
        orgs = sum(1 for c in items if c.label == "ORG" and c.source != "bare")
        if len(items) < 3 or orgs < 2 or any(_not_an_org(view, lex, c) for c in items):
            continue
        for c in items:
            if c.source == "bare":
                added[(c.start, c.end)] = Candidate(c.start, c.end, "ORG", "pattern")
            elif c.label == "GPE" and c.source == "ner" and len(c) == 1:
                relabel.add(id(c))
            elif c.label == "PERSON" and c.source == "ner" and len(c) <= 2:
                if not context.role(view, lex, view.doc[c.start : c.end]):
                    relabel.add(id(c))
    out = [Candidate(c.start, c.end, "ORG", c.source) if id(c) in relabel else c for c in chosen]
    return sorted(out + list(added.values()), key=lambda c: c.start)


def _post_start(view: DocView, lex: Lexicon, person: Candidate) -> int | None:
    """Start of a lower-case post ("chief executive") just before a person, or None."""
    doc = view.doc
    k = person.start
    while k > 0 and k - person.start > -3 and doc[k - 1].text.islower() and doc[k - 1].is_alpha:
        k -= 1
    posts = doc[k : person.start]
    if not len(posts) or posts[-1].lower_ not in lex.post_nouns or k == 0:
        return None
    if not all(t.lower_ in lex.post_nouns or t.lower_ in lex.post_modifiers for t in posts):
        return None
    return k


def _unnamed_employer(view: DocView, lex: Lexicon, k: int) -> Candidate | None:
    """ "DESFA chief executive …": organisation-like words before the post at k."""
    doc = view.doc
    start = k
    while start > 0 and k - start < 3 and doc[start - 1].whitespace_ and lex.org_word(doc[start - 1]):
        start -= 1
    name = doc[start:k]
    if (
        start < k
        and not all(t.text in lex.company_words for t in name)  # "Group chief executive …"
        and not context.sentence_initial_word(view, lex, start)
        and not lex.known_place(name.text)
    ):
        return Candidate(start, k, "ORG", "pattern")
    return None


def employers(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Baltica chief executive Henrik Søgaard said": the name before a lower-case post and
    a person is the person's organisation."""
    doc = view.doc
    ends = {c.end: c for c in chosen}
    covered = {i for c in chosen for i in c.tokens()}
    out = list(chosen)
    position = {id(c): k for k, c in enumerate(chosen)}
    for person in chosen:
        k = _post_start(view, lex, person) if person.label == "PERSON" else None
        if k is None:
            continue
        owner = ends.get(k)
        if owner is not None:
            text = doc[owner.start : owner.end].text
            if owner.label in ("PERSON", "GPE") and owner.source == "ner" and not lex.known_place(text):
                out[position[id(owner)]] = Candidate(owner.start, owner.end, "ORG", owner.source)
            continue
        if k - 1 in covered:
            continue
        employer = _unnamed_employer(view, lex, k)
        if employer is not None:
            out.append(employer)
    return sorted(out, key=lambda c: c.start)
