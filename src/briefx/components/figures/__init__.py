"""The figure components: briefx_money, briefx_percent, briefx_capacity, briefx_count, and
briefx_figures for all four.

Bottom up: `tables` (lexicons, regex fragments, `compile_patterns`), `base` (the shared
scan, ranges and span placing), one module per label, and `combined`; no module imports
one above it.
"""

from briefx.components.figures import capacity, combined, count, money, percent  # noqa: F401
