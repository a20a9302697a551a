"""Pure normalisers: text in, typed value out. No spaCy, no Pydantic, no I/O.

Tables (currencies, units, scale words) are passed in by the components, which
load them from `models/`.
"""
