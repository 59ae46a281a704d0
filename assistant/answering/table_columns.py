"""Two columns of one table row a question sets side by side (a measure in two years, a
standard before and after a revision): the row the question names, the two columns its sides
name by their headers, both values and the larger. The header line is quoted with the row:
the row's bare figures say which column is which only under it. Module functions; no state."""

from __future__ import annotations

from dataclasses import replace

from assistant.answering.comparison_verdicts import comparison_verdict
from assistant.answering.composing import Context
from assistant.answering.differences import gap_clause, signed_amount
from assistant.answering.evidence import Sentence
from assistant.answering.questions import comparison_sides
from assistant.answering.table_reading import (
    MIN_CELL_CHARS,
    Table,
    cell_core,
    cell_text,
    is_rank_header,
    question_forms,
    with_unit,
)
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize


def _side_column(row: Sentence, side: str) -> str | None:
    """The one column of figures whose header the side names."""
    forms = question_forms(side)
    found = [
        h
        for h in row.header
        if not is_rank_header(h)
        and len(core := cell_core(h)) >= MIN_CELL_CHARS
        and any(core in f for f in forms)
        and signed_amount(cell_text(row, h) or "") is not None
    ]
    return found[0] if len(found) == 1 else None


def _named_row(table: Table, question: str, columns: set[str]) -> Sentence | None:
    """The one row a cell of which (outside the compared columns) the question says."""
    forms = question_forms(question)
    rows = [
        r
        for r in table.rows
        if any(
            h not in columns
            and len(core := cell_core(c)) >= MIN_CELL_CHARS
            and any(core in f for f in forms)
            for h, c in zip(r.header, r.cells, strict=False)
        )
    ]
    return rows[0] if len(rows) == 1 else None


def _header_line(index: Index, row: Sentence) -> Sentence | None:
    """The table's header line above the row, as a quotable unit."""
    text = index.document(row.doc_id).text
    line = " | ".join(row.header)
    at = text.rfind(line, 0, row.start)
    if at < 0:
        return None
    return replace(row, start=at, end=at + len(line), text=line, cells=(), header=())


def compare_columns(index: Index, table: Table, ctx: Context):
    """(direct answer, quotes) comparing two columns of the row the question names, or
    None when its sides do not name two columns of figures of one row."""
    sides = comparison_sides(ctx.aq.text)
    if sides is None or not table.rows:
        return None
    first = table.rows[0]
    col_a, col_b = (_side_column(first, side) for side in sides)
    if col_a is None or col_b is None or col_a == col_b:
        return None
    row = _named_row(table, normalize(ctx.aq.text), {col_a, col_b})
    if row is None:
        return None
    value_a, value_b = cell_text(row, col_a) or "", cell_text(row, col_b) or ""
    a, b = signed_amount(value_a), signed_amount(value_b)
    if a is None or b is None:
        return None
    parts = [
        msg("comparison_value", name=col_a, value=with_unit(row, col_a, value_a)),
        msg("comparison_value", name=col_b, value=with_unit(row, col_b, value_b)),
    ]
    if a != b:
        parts.append(msg("comparison_larger", name=col_a if a > b else col_b))
        if (clause := gap_clause(ctx.aq.text, value_a, value_b)) is not None:
            parts.append(clause)
    header = _header_line(index, row)
    quotes = ([(header, None)] if header is not None else []) + [(row, None)]
    # Asked as yes/no ("is A more than B?"): the two values decide it.
    return comparison_verdict(ctx.aq.text, a, b) + "，".join(parts) + "。", quotes
