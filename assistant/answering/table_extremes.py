"""Which row of a table holds the largest or smallest value of a column ("which company got
the most", "whose target is highest"). The column is the one value column the question names
by its header (its words before a bracketed unit), else the table's only value column; the
rows are the table's own, without a total row, and rows sharing a name (one company's two
grants) count together. A tie, a column that is not all numbers, or a table the question
does not name gives no answer. The words are data: ``resources/table_grammar.yaml`` (group
``extremes``); examples in tests/test_table_extremes.py."""

from __future__ import annotations

import re

from assistant.answering.composing import Context
from assistant.answering.constraints import is_name
from assistant.answering.differences import table_grammar
from assistant.answering.evidence import Sentence, coverage
from assistant.answering.grammar import grammar
from assistant.answering.table_reading import Table, cell_core, cell_text, is_rank_header, tables_of
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

# Question types asking which row: a name or a rank holder.
EXTREME_TYPES = ("entity", "ranking")
# Share of the weight of the question's words (besides the extreme word) that the table —
# its title, section, caption, header and cells — must hold: lower, and another table of
# figures in the same document answers.
TABLE_COVERAGE = 0.6
# Fewest rows compared: with one row there is no extreme to find.
MIN_ROWS = 2
_NUMBER = re.compile(r"[-－]?\d+(?:\.\d+)?")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_SERIAL_HEADERS = tuple(grammar().raw["tables"]["serial_headers"])


def extremes_grammar() -> dict[str, tuple[str, ...]]:
    """Extreme words (most, least) and total-row labels (total_labels)."""
    return table_grammar().extremes


def asked_extreme(question: str) -> str | None:
    """'most' or 'least' when the question asks for the row at an extreme, else None."""
    q, g = normalize(question), extremes_grammar()
    if any(w in q for w in g["most"]):
        return "most"
    if any(w in q for w in g["least"]):
        return "least"
    return None


def number_of(cell: str) -> float | None:
    """The figure a cell states, when the cell is a figure (with its unit at most)."""
    text = normalize(cell).replace(",", "")
    m = _NUMBER.search(text)
    if m is None or len(text) - len(m.group(0)) > 2:
        return None  # words around the figure: a remark, not a value of the column
    return float(m.group(0).replace("－", "-"))


def is_total(row: Sentence) -> bool:
    labels = extremes_grammar()["total_labels"]
    return any(normalize(c).replace(" ", "") in labels for c in row.cells if c.strip())


def value_columns(rows: list[Sentence]) -> list[str]:
    """Columns whose every cell is a figure, other than ranks and serial numbers."""
    return [
        h
        for h in rows[0].header
        if not is_rank_header(h)
        and not normalize(h).startswith(_SERIAL_HEADERS)
        and all(number_of(cell_text(r, h) or "") is not None for r in rows)
    ]


def _name_column(rows: list[Sentence], values: list[str]) -> str | None:
    """The first column of words: what names a row."""
    for h in rows[0].header:
        if h not in values and not is_rank_header(h):
            cells = [cell_text(r, h) or "" for r in rows]
            if all(number_of(c) is None and c for c in cells):
                return h
    return None


def _asked_column(question: str, values: list[str]) -> str | None:
    """The value column the question names by its header's words, else the only one."""
    named = [h for h in values if (core := cell_core(_BRACKETED.sub("", h))) and core in question]
    if len(named) == 1:
        return named[0]
    return values[0] if not named and len(values) == 1 else None


def _extreme(table: Table, ctx: Context, which: str):
    rows = [r for r in table.rows if not is_total(r)]
    if len(rows) < MIN_ROWS:
        return None
    question = normalize(ctx.aq.text)
    values = value_columns(rows)
    column = _asked_column(question, values)
    name = _name_column(rows, values) if column else None
    if column is None or name is None:
        return None
    g = extremes_grammar()
    terms = [
        t
        for t in ctx.terms
        if t.primary and not t.category and not any(w in t.text for w in g["most"] + g["least"])
    ]
    said = table.context + "\n" + "\n".join(r.norm for r in rows)
    if any(is_name(t) and not t.found_in(said) for t in terms):
        return None
    if terms and coverage(terms, said) < TABLE_COVERAGE:
        return None
    totals: dict[str, float] = {}
    for r in rows:
        key = cell_text(r, name) or ""
        totals[key] = totals.get(key, 0.0) + (number_of(cell_text(r, column) or "") or 0.0)
    ordered = sorted(totals.items(), key=lambda kv: kv[1], reverse=which == "most")
    if len(ordered) > 1 and ordered[0][1] == ordered[1][1]:
        return None  # a tie: no one row holds the extreme
    top = ordered[0][0]
    chosen = [r for r in rows if cell_text(r, name) == top]
    said_values = "、".join(cell_text(r, column) or "" for r in chosen)
    if len(chosen) > 1:
        said_values = msg("extreme_row_sum", values=said_values, total=f"{ordered[0][1]:g}")
    direct = msg("extreme_row", name=top, column=column, values=said_values)
    return direct, [(r, None) for r in chosen]


def extreme_row(index: Index, ctx: Context):
    """(direct answer, quotes) naming the row at the extreme the question asks for, or None."""
    which = asked_extreme(ctx.aq.text)
    if which is None or ctx.aq.qtype not in EXTREME_TYPES:
        return None
    found = [
        f
        for t in tables_of(index, ctx.sentences, whole_docs=True)
        if (f := _extreme(t, ctx, which))
    ]
    # Two tables answering differently: the question does not say which table it means.
    return found[0] if len({f[0] for f in found}) == 1 else None
