"""One thing a question names that stands on several rows of a table (a company with two
grants, a zone with a row per measure): a value asked of it is each row's value, said with
what tells the rows apart, not the first row's alone. Module functions; no state."""

from __future__ import annotations

import re

from assistant.answering.differences import table_grammar
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.table_reading import (
    MIN_CELL_CHARS,
    asked_cell,
    cell_core,
    cell_text,
    is_rank_header,
    question_forms,
    with_unit,
)
from assistant.messages import msg
from assistant.text import normalize

_SERIAL_HEADERS = tuple(grammar().raw["tables"]["serial_headers"])
# A bracketed amount closing a cell: its figure and a short unit after it.
_OWN_AMOUNT = re.compile(r"[（(](\d+(?:\.\d+)?)([^\d（()）]{1,3})[）)]$")
# A cell that is a bare figure, signed or not.
_FIGURE = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
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


def _figure_column(rows: list[Sentence], skip: set[str]) -> str | None:
    """The one column, other than the named ones, ranks and serial numbers, whose every
    cell is a figure: a table of one measure (a grant's amount), or None."""
    found = [
        h
        for h in rows[0].header
        if h not in skip
        and not is_rank_header(h)
        and not normalize(h).startswith(_SERIAL_HEADERS)
        and all(_FIGURE.fullmatch(normalize(cell_text(r, h) or "").strip()) for r in rows)
    ]
    return found[0] if len(found) == 1 else None


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
    if aq.qtype == "number" and all(c is None for c in cells):
        # An amount asked of the thing ("how much was each"): the one column of figures.
        figures = _figure_column(rows, set(shared))
        if figures is not None:
            cells = [(figures, with_unit(r, figures, cell_text(r, figures) or "")) for r in rows]
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


def _group_cell(table_rows: list[Sentence], side: str) -> tuple[str, str, str, float, str] | None:
    """(column, cell, name, amount, unit) of the group cell a side names: a cell on several
    rows whose name the side says and which states its own amount in brackets."""
    forms = question_forms(side)
    found = {}
    for r in table_rows:
        for h, c in zip(r.header, r.cells, strict=False):
            m = _OWN_AMOUNT.search(normalize(c))
            name = cell_core(c)
            if m and len(name) >= MIN_CELL_CHARS and any(name in f for f in forms):
                found.setdefault((h, c), [0, name, float(m.group(1)), m.group(2)])[0] += 1
    groups = [(h, c, n, a, u) for (h, c), (k, n, a, u) in found.items() if k > 1]
    return groups[0] if len(groups) == 1 else None


def compare_groups(table_rows: list[Sentence], sides: tuple[str, str]):
    """(direct answer, quotes) setting two groups' own bracketed amounts side by side
    (two categories' points), or None when the sides name no such group cells of one
    column in one unit."""
    a, b = (_group_cell(table_rows, side) for side in sides)
    if a is None or b is None or a[0] != b[0] or a[1] == b[1] or a[4] != b[4]:
        return None
    parts = [msg("comparison_value", name=g[2], value=f"{g[3]:g}{g[4]}") for g in (a, b)]
    if a[3] != b[3]:
        parts.append(msg("comparison_larger", name=a[2] if a[3] > b[3] else b[2]))
    rows = [next(r for r in table_rows if cell_text(r, g[0]) == g[1]) for g in (a, b)]
    return "，".join(parts) + "。", [(r, None) for r in rows]
