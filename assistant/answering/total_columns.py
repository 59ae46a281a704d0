"""The total column of a table row, for a number asked in all.

A count or amount asked in all ("how many in total") of a row whose columns split it (by
kind of applicant, by quarter) is the row's total column ("total") when the question names
no other column: the split columns hold parts, the total column the whole. The words are
table_grammar.yaml's ``total_columns``. Examples: tests/test_total_columns.py.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import table_grammar_groups
from assistant.answering.table_reading import cell_core, cell_text
from assistant.text import FIGURE, normalize


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = table_grammar_groups()["total_columns"]
    return tuple(raw["asking"]), tuple(raw["headers"])


def asks_total(question: str) -> bool:
    """Does the question ask for a number in all?"""
    q = normalize(question)
    return any(w in q for w in _words()[0])


def total_column(row: Sentence, question: str, exclude: set[str]) -> str | None:
    """The one header of the row naming a total column with a figure in its cell, when the
    question asks a number in all; else None."""
    if not row.cells or not asks_total(question):
        return None
    heads = _words()[1]
    found = [
        h
        for h in row.header
        if h not in exclude
        and cell_core(normalize(h)) in heads
        and FIGURE.search(cell_text(row, h) or "")
    ]
    return found[0] if len(found) == 1 else None
