"""The kinds a table column holds, for a list question asking for that kind ("which fields
does it cover", "which items does the budget list"): the distinct values of the column the
asked kind names, without the total row. Module functions; no state.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.question_words import key_tokens
from assistant.answering.questions import asked_category
from assistant.answering.table_extremes import is_total
from assistant.answering.table_lists import other_kind
from assistant.answering.table_reading import Table, cell_text, is_rank_header
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

# A list question over a whole table (its title and caption hold the question's words) is
# answered by every name of the column its kind names, when there are at most this many;
# a longer table of names (a national ranking) needs a question that selects rows.
MAX_NAMED_ROWS = 30
# Part-of-speech tag of a noun.
_NOUN_POS = "n"


def subject_kind(question: str) -> str | None:
    """The kind a question asks for by its subject ("the firms to be recognised are which?"):
    the noun said last before the asking word, with only framing words between them."""
    norm = normalize(question)
    m = grammar().which_asking.search(norm)
    if m is None:
        return None
    said = [t for t in key_tokens(norm[: m.start()]) if t is not None]
    return said[-1][0] if said and said[-1][1].startswith(_NOUN_POS) else None


def column_values(table: Table, ctx: Context, index: Index, holds: Callable[..., bool]):
    """A question on the kinds a column holds ("which fields does it cover"): the distinct
    values of the column the asked kind names. ``holds``: whether the question's constraints
    hold in the table (its years, places and rarest noun)."""
    category = asked_category(ctx.aq.text) or subject_kind(ctx.aq.text)
    if not category or not holds(table, table.rows, ctx.terms, ctx.aq, {category}):
        return None
    rows = [r for r in table.rows if not is_total(r)]  # a total row is no kind of its own
    headings = [s["title"] for s in index.document(table.doc_id).sections]
    for h in table.rows[0].header:
        if (
            category in normalize(h)
            and not is_rank_header(h)
            and not other_kind(h, category, ctx, headings)
        ):
            values = list(dict.fromkeys(c for r in rows if (c := cell_text(r, h))))
            if len(values) < 2:
                return None
            if len(values) == len(rows) and len(values) > MAX_NAMED_ROWS:
                return None  # a long column of names: the question must select rows
            quotes = [(r, None) for r in _first_rows(rows, h)]
            return msg("list_answer", count=len(values), items="、".join(values)), quotes
    return None


def _first_rows(rows: list[Sentence], header: str) -> list[Sentence]:
    """The first row holding each value of a column: one quote per value."""
    seen: dict[str, Sentence] = {}
    for r in rows:
        seen.setdefault(cell_text(r, header) or "", r)
    return list(seen.values())
