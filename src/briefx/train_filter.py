"""Train the learned entity filter (`briefx.components.entities.verify`) on the rules' own
candidates, and measure it with document-grouped cross-validation.

Each training example is one name the entity rules are about to write, labelled with the label of
the gold span at exactly its bounds (bounds compared as the scorer compares them), else ``none``.
After a change to the entity rules the candidates change, so the filter is retrained with one
command: ``briefx train-filter corpus/dev.jsonl corpus/real/dev.jsonl`` (seeded, deterministic).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.components.attributes import set_given_text
from briefx.components.entities import verify
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.io import as_date
from briefx.normalize.markup import MarkupPatterns, mask_markup
from briefx.resources import load_json
from briefx.schema import GoldDocument
from briefx.score_spans import normalise_bounds

Example = tuple[list[str], str]
ENTITY_PIPE = "briefx_entities"


def gold_class(gold: GoldDocument, start: int, end: int) -> str:
    """The label of the gold entity span with the same (normalised) bounds, else ``none``."""
    bounds = normalise_bounds(gold.text, start, end)
    for span in gold.spans:
        if span.label in verify.CHECKED and normalise_bounds(gold.text, span.start, span.end) == bounds:
            return span.label
    return verify.NONE


def gold_doc(nlp: Language, gold: GoldDocument, markup: MarkupPatterns) -> Doc:
    """The document tokenised as `Extractor.make_doc` does it: markup masked with spaces of equal length, so
    the filter learns the features the running pipeline computes (tags and links are not tokens)."""
    masked = mask_markup(gold.text, markup)
    doc = nlp.make_doc(masked)
    if masked != gold.text:
        set_given_text(doc, gold.text)
    doc._.doc_id = gold.id
    doc._.published = as_date(gold.meta.published)
    return doc


def candidate_rows(nlp: Language, docs: Sequence[GoldDocument]) -> list[list[tuple[Candidate, Span, list[str], str]]]:
    """Per document, every name the entity rules choose that the filter checks: the candidate, its span, its
    features and its gold class. The pipeline runs up to the entity component, which then only chooses (the
    filter never acts here)."""
    component = nlp.get_pipe(ENTITY_PIPE)
    later = nlp.pipe_names[nlp.pipe_names.index(ENTITY_PIPE):]
    markup = MarkupPatterns.from_lexicon(load_json("lexicons", "markup.json"))
    out: list[list[tuple[Candidate, Span, list[str], str]]] = []
    with nlp.select_pipes(disable=later):
        made = [gold_doc(nlp, gold, markup) for gold in docs]
        for gold, doc in zip(docs, nlp.pipe(made), strict=True):
            view = DocView(doc)
            rows = []
            for cand in component.entities(view):
                if cand.label in verify.CHECKED:
                    span = doc[cand.start : cand.end]
                    rows.append((cand, span, verify.span_features(view, component.lexicon, cand),
                                 gold_class(gold, span.start_char, span.end_char)))
            out.append(rows)
    return out


def collect(nlp: Language, docs: Sequence[GoldDocument]) -> list[list[Example]]:
    """Per document, the (features, gold class) of every name the entity rules choose, with the
    filter off (`candidate_rows`)."""
    return [[(features, label) for _, _, features, label in rows] for rows in candidate_rows(nlp, docs)]


def train_filter(nlp: Language, docs: Sequence[GoldDocument], out: str | Path | None = None, *, seed: int = 0,
                 epochs: int = 12, drop_at: float = 0.5, relabel_at: float = 0.5,
                 checked: Sequence[str] = verify.CHANGED) -> verify.Verifier:
    """Train the filter on `docs` (dev splits only) and write it to `out` when given; it will change only
    names labelled one of `checked`."""
    examples = [row for rows in collect(nlp, docs) for row in rows]
    weights = verify.train(examples, seed=seed, epochs=epochs)
    model = verify.Verifier(weights, drop_at=drop_at, relabel_at=relabel_at, checked=checked)
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        model.save(out)
    return model
