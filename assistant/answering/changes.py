"""Yes/no on the direction a table row changed ("did its rank rise", "did it grow", "did it
change at all"): the row the question names, read in its change column ("up 1 place",
"unchanged", "-1.9%").
Module functions; no state. The words are data: ``resources/table_grammar.yaml``
(group ``changes``); examples in tests/test_table_grammar.py.
"""

from __future__ import annotations

from assistant.answering.composing import row_answer
from assistant.answering.differences import signed_amount, table_grammar
from assistant.answering.evidence import Sentence
from assistant.answering.table_reading import Table, cell_core, cell_text
from assistant.messages import msg
from assistant.text import normalize

UP, DOWN, SAME, ANY = "up", "down", "same", "any"


def direction(text: str, asking: bool = False) -> str | None:
    """The direction a text states (UP, DOWN, SAME), by its longest direction word (negative
    growth is down though it holds the word for growth); with
    ``asking``, ANY for a question on whether there is a change at all."""
    g, norm = table_grammar().changes, normalize(text)
    found = [
        (len(w), kind)
        for kind, words in ((UP, g["up"]), (DOWN, g["down"]), (SAME, g["same"]))
        for w in words
        if w in norm
    ]
    if asking and any(w in norm for w in g["asks_change"]):
        found.append((max((n for n, _ in found), default=0) + 1, ANY))
    return max(found)[1] if found else None


def cell_direction(cell: str) -> str | None:
    """The direction a change cell states: in words, else by the sign of its figure."""
    said = direction(cell)
    if said is not None:
        return said
    figure = signed_amount(cell)
    if figure is None:
        return None
    return UP if figure > 0 else DOWN if figure < 0 else SAME


def change_column(row: Sentence) -> str | None:
    """The one column of a row stating its change."""
    found = [
        h for h in row.header if any(w in normalize(h) for w in table_grammar().changes["columns"])
    ]
    return found[0] if len(found) == 1 else None


def is_change_header(header: str) -> bool:
    """A header of a column stating a change: by a change word, or a percentage of a rise or
    fall ("year-on-year growth (%)")."""
    g, norm = table_grammar(), normalize(header)
    if any(w in norm for w in g.changes["columns"]):
        return True
    return any(p in norm for p in g.percent_units) and direction(norm) in (UP, DOWN)


def rate_column(row: Sentence, column: str, question: str) -> str | None:
    """The column stating the rate of change of ``column`` when the question asks a rate and
    ``column`` holds amounts: the change column right after it, which has no measure of its
    own ("output (100m yuan) | growth (%)"), else None."""
    if not any(w in normalize(question) for w in table_grammar().changes["rates"]):
        return None
    if column not in row.header or is_change_header(column):
        return None
    i = row.header.index(column) + 1
    return row.header[i] if i < len(row.header) and is_change_header(row.header[i]) else None


def change_verdict(table: Table, question: str, named: dict[str, set[str]], holds):
    """(direct answer, quotes) for a yes/no on how the one row the question names changed,
    or None. ``holds(rows)``: does the table hold the question's other words (its
    measure, its year)?"""
    asked = direction(question, asking=True)
    if asked is None or asked == SAME or not named:
        return None
    rows = [
        r
        for r in table.rows
        if any(cell_core(cell_text(r, h) or "") in cores for h, cores in named.items())
    ]
    if len(rows) != 1 or not holds(rows):
        return None
    row = rows[0]
    column = change_column(row)
    stated = cell_direction(cell_text(row, column) or "") if column else None
    if stated is None:
        return None
    yes = stated in (UP, DOWN) if asked == ANY else stated == asked
    return msg("answer_yes" if yes else "answer_no") + row_answer(row) + "。", [(row, None)]
