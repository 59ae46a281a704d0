"""One thing a question names that stands on several rows of a table (a company with two
grants, a zone with a row per measure): a value asked of it is each row's value, said with
what tells the rows apart, not the first row's alone. Module functions; no state."""

from __future__ import annotations

import re

from assistant.answering.differences import table_grammar
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.table_reading import asked_cell, cell_text, is_rank_header
from assistant.messages import msg
from assistant.text import normalize

_SERIAL_HEADERS = tuple(grammar().raw["tables"]["serial_headers"])
# A bracketed amount closing a cell: its figure and a short unit after it.
_OWN_AMOUNT = re.compile(r"[（(](\d+(?:\.\d+)?)([^\d（()）]{1,3})[）)]$")
# Question types whose value each row states.
SHARED_TYPES = ("number", "date", "duration")
# Most rows answered together: a name on more rows is a category, which a list question
# asks for, not one thing.
MAX_SHARED_ROWS = 5


def _distinct_column(rows: list[Sentence], skip: set[str]) -> str | None:
    """The first column, other than the named and asked ones, ranks and serial numbers,
    whose cells differ from row to row: what each row is about."""
    for h in rows[0].header:
        if h in skip or is_rank_header(h) or normalize(h).startswith(_SERIAL_HEADERS):
            continue
        cells = [normalize(cell_text(r, h) or "") for r in rows]
        if all(cells) and len(set(cells)) == len(cells):
            return h
    return None


def _group_amount(row: Sentence, shared: list[str], question: str):
    """The amount a group's own cell states in brackets, when the question asks for that
    unit: the group (a category merged over its rows) is what is asked about, not its rows."""
    asking = table_grammar().amount_asking
    q = normalize(question)
    for h in shared:
        cell = cell_text(row, h) or ""
        m = _OWN_AMOUNT.search(normalize(cell))
        if m and any(w + m.group(2) in q for w in asking):
            return msg("row_cell", name=h, value=cell) + "。", [(row, None)]
    return None


def shared_rows(rows: list[Sentence], aq, filters: set[str]):
    """(direct answer, quotes) from every row holding the one cell the question names, or
    None when the rows are named by different cells (several things, not one) or a row has
    no cell holding the asked value."""
    if aq.qtype not in SHARED_TYPES or not 1 < len(rows) <= MAX_SHARED_ROWS:
        return None
    shared = [h for h in filters if len({normalize(cell_text(r, h) or "") for r in rows}) == 1]
    if not shared:
        return None
    if (own := _group_amount(rows[0], shared, aq.text)) is not None:
        return own
    cells = [asked_cell(r, aq.qtype, aq.text, aq.numbers) for r in rows]
    if any(c is None for c in cells):
        # No column holds the asked value: the question may ask about a matter one row's
        # words mention ("how long does X take"), and every row said whole would be a guess.
        return None
    distinct = _distinct_column(rows, set(shared) | {c[0] for c in cells if c})
    if distinct is None:
        return None
    parts = [
        msg("row_cell", name=cell_text(r, distinct), value=c[1])
        for r, c in zip(rows, cells, strict=True)
        if c
    ]
    return msg("row_first_joiner").join(parts) + "。", [(r, None) for r in rows]
