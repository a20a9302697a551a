"""briefx's spaCy components; importing this package registers their factories."""

from briefx.components import (  # noqa: F401
    attribute_ruler,
    dates,
    entities,
    facts,
    figures,
    quotes,
    resolve,
    sections,
    turns,
)
from briefx.components.attributes import register_attributes

register_attributes()
