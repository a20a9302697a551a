"""briefx's spaCy components; importing this package registers their factories."""

from briefx.components import (  # noqa: F401
    dates,
    entities,
    figures,
    quotes,
    resolve,
    sections,
)
from briefx.components.attributes import register_attributes

register_attributes()
