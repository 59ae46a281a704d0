"""The column of a table that names the rows a list question selects ("which projects does
unit X lead" -> the project-name column). The column the question's kind points at, else
the column the question names, else the first column of words that tells the selected rows
apart: a column repeating a value over the table's rows (a category merged over a group of rows) sorts
rows into kinds, it does not name them. Examples in tests/test_row_names.py."""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.questions import asked_category
from assistant.answering.table_reading import (
    asked_column,
    cell_core,
    cell_text,
    is_rank_header,
)
from assistant.text import FIGURE, normalize


def _words(rows: list[Sentence], header: str) -> bool:
    """Every cell of the column over the rows is words, not a bare figure."""
    return all(not FIGURE.fullmatch(cell_core(cell_text(r, header) or "")) for r in rows)


def _distinct(rows: list[Sentence], header: str) -> bool:
    cells = [cell_text(r, header) or "" for r in rows]
    return all(cells) and len(set(cells)) == len(cells)


def name_column(
    rows: list[Sentence], aq, forms: list[str], exclude: set[str], table_rows: list[Sentence]
) -> str | None:
    """The column that names the listed things, or None; ``table_rows``: every row of
    the table, over which a naming column repeats no value."""
    headers = [h for h in rows[0].header if h not in exclude and not is_rank_header(h)]
    words = [h for h in headers if _words(rows, h)]
    naming = [h for h in words if _distinct(table_rows, h)]
    # A column repeating a value over the rows is a kind: the question's noun that also
    # opens the kind's header (project, project category) asks for the rows' names.
    kinds = {h for h in words if h not in naming} if naming else set()
    category = asked_category(aq.text)
    if category:
        for h in [*naming, *(h for h in headers if h not in naming)]:
            if category in normalize(h):
                return h
    ranks = {h for h in rows[0].header if is_rank_header(h)}
    # Listed things are named in words: a figure column is never the one asked for.
    figures = {h for h in rows[0].header if h not in words}
    asked = asked_column(rows, forms, exclude | ranks | kinds | figures)
    if asked is not None:
        return asked
    return naming[0] if naming else (words[0] if words else None)
