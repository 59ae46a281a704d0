"""The unit a table column states its figures in, against the unit a number question asks.

A question asking an amount in a unit ("how many hundred-million yuan was fixed-asset
investment") is not answered by a column naming its measure with another unit in brackets
("fixed-asset investment, cumulative growth (%)"): that column holds a rate of the measure,
not its amount. Only a bracketed gloss that is a unit word decides; a column without one
may hold any figure. The unit families are ``measures.asked_units``'s. Examples:
tests/test_column_units.py.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.measures import asked_units
from assistant.answering.table_reading import (
    MIN_HEADER_OVERLAP,
    UNIT_LABEL,
    cell_core,
    is_rank_header,
    overlap,
)
from assistant.text import FIGURE, normalize

_G = grammar()
_UNIT_WORDS = frozenset(_G.raw["units"])
# The gloss closing a header ("growth (%)"); table_reading.UNIT_LABEL is the label a gloss
# may name its unit by.
_CLOSING_GLOSS = re.compile(r"[（(]([^（）()]+)[)）]\s*$")


def column_unit(header: str) -> str:
    """The unit word a header's closing bracket names, or ""."""
    m = _CLOSING_GLOSS.search(normalize(header).strip())
    unit = UNIT_LABEL.sub("", m.group(1).strip()) if m else ""
    return unit if unit in _UNIT_WORDS else ""


def other_unit(question: str, header: str) -> bool:
    """Does the question ask its amount in a unit family the column's stated unit is not of?"""
    family = asked_units(question)
    unit = column_unit(header)
    return bool(family and unit) and unit not in family


def row_in_other_units(question: str, sent: Sentence) -> bool:
    """Is ``sent`` a table row whose figure columns sharing words with the question (else
    all its figure columns) state their figures in another unit than the one asked?"""
    if not sent.cells or not asked_units(question):
        return False
    q = normalize(question)
    figures = [
        h
        for h, c in zip(sent.header, sent.cells, strict=False)
        if FIGURE.search(c) and not is_rank_header(h)
    ]
    # The figure columns the question names; none named, the measure is the row's label.
    named = [h for h in figures if overlap(cell_core(h), q) >= MIN_HEADER_OVERLAP] or figures
    return bool(named) and all(other_unit(question, h) for h in named)
