"""briefx's exceptions: each carries one clear, one-line message for the user."""

from __future__ import annotations


class BriefxError(Exception):
    """Base class: the message is what the CLI prints on stderr."""


class InputError(BriefxError):
    """An input that cannot be read as an article (missing, empty, binary …)."""


class ModelError(BriefxError):
    """No usable spaCy pipeline could be loaded."""


class GoldFormatError(BriefxError):
    """A gold or prediction file that does not follow GOLD.md."""


class BatchError(BriefxError):
    """A batch that cannot start: a bad output path, an unreachable Dask scheduler."""
