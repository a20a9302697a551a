"""Placeholder: replaced by the real briefx_capacity component."""

from spacy.language import Language


class _Placeholder:
    def __call__(self, doc):
        return doc


@Language.factory("briefx_capacity")
def make_capacity(nlp: Language, name: str) -> _Placeholder:
    return _Placeholder()
