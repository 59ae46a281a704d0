"""Tables that give one rank column per year (rank 2023 | rank 2024 | change): a question
naming one year reads that year's column as the row's rank, so "4th in 2024" is not looked
up in the first rank column the table happens to hold. Module functions; no
state.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.answering.grammar import grammar
from assistant.answering.table_reading import Table, is_rank_header
from assistant.text import normalize


def asked_years(question: str) -> set[str]:
    """The years a question names, not its other figures (a rank, an amount)."""
    return {m.group(1) for m in grammar().stated_year.finditer(normalize(question))}


def year_rank_view(table: Table, question: str) -> Table:
    """The table with the rank columns of other years left out, when it has several rank
    columns and the question names the year of exactly one; else the table as it is."""
    if not table.rows:
        return table
    ranks = [h for h in table.rows[0].header if is_rank_header(h)]
    years = asked_years(question)
    named = [h for h in ranks if any(y in normalize(h) for y in years)]
    if len(ranks) < 2 or len(named) != 1:
        return table
    keep = [h for h in table.rows[0].header if h not in ranks or h in named]
    rows = []
    for row in table.rows:
        pairs = [(h, c) for h, c in zip(row.header, row.cells, strict=False) if h in keep]
        rows.append(
            replace(row, header=tuple(h for h, _ in pairs), cells=tuple(c for _, c in pairs))
        )
    return Table(table.doc_id, table.context, rows)
