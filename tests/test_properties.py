"""Property tests: any Unicode text gives a valid record; any bytes give a document or an error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefx.batch.inputs import find_inputs, read_inputs
from briefx.schema import Briefing

PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text shaped like news (words, figures, currency signs, quotes, dashes, paragraph breaks)
# mixed with arbitrary code points, so the rules get exercised, not only the tokenizer.
NEWSY = st.lists(
    st.one_of(
        st.sampled_from([
            "Ghana", "the minister said", "$", "€", "₦", "4.1", "trillion", "bn", "per cent",
            "%", "MW", "“", "”", '"', "—", "–", "on Monday", "in 2025", "March 3", "By",
            "ACCRA,", "\n\n", "\n", ". ", ", ", "(", ")", "Ms.", "U.S.", "12", "-", " ",
        ]),
        st.text(min_size=1, max_size=12),
    ),
    max_size=60,
).map(" ".join)


@PROPERTY
@given(text=st.one_of(st.text(max_size=400), NEWSY))
def test_extract_never_raises_and_the_record_validates(extractor, text):
    record = extractor.extract(text, doc_id="p1")
    assert record.text == text and record.id == "p1"
    assert Briefing.model_validate_json(record.model_dump_json()) == record


@PROPERTY
@given(text=NEWSY, published=st.dates().map(lambda d: d.isoformat()))
def test_records_with_a_published_date_validate(extractor, text, published):
    record = extractor.extract(text, published=published)
    assert record.meta.published is not None
    Briefing.model_validate(record.model_dump())


@PROPERTY
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json"]))
def test_any_file_reads_as_documents_or_errors(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("in")
    (folder / f"f{suffix}").write_bytes(data)
    for doc in read_inputs(find_inputs([str(folder)]), max_chars=10_000):
        assert (doc.text is None) != (doc.error is None)
        assert doc.error is None or "\n" not in doc.error
