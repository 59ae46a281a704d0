"""Lists read from a table by one column given another, and the kinds a column sorts its
rows into. By one column given another: the cell of the column a question
names, for the row it names by the words of another cell ("the partner units of task X"),
and the cells of that column over every row a value selects ("the tasks unit Y leads", "the
tasks due by date Z"). A cell listing several things — joined by enumeration commas or
semicolons, or one per line — gives one item each.

Module functions over an index and one question's context; no state.
"""

from __future__ import annotations

import re

from assistant.answering.composing import Context, join_items
from assistant.answering.constraints import is_name
from assistant.answering.evidence import Sentence
from assistant.answering.extraction import bigrams
from assistant.answering.grammar import grammar
from assistant.answering.questions import asked_category
from assistant.answering.rarity import holds_all_rarest
from assistant.answering.row_names import name_column
from assistant.answering.table_extremes import number_of
from assistant.answering.table_groups import group_rows
from assistant.answering.table_membership import listed_entry
from assistant.answering.table_places import place_verdict
from assistant.answering.table_reading import (
    Table,
    cell_core,
    cell_text,
    is_rank_header,
    tables_of,
)
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
# A row named by the words of one of its cells shares at least this many consecutive
# characters with the question: fewer is a common word ("项目"), more misses a short name.
MIN_ROW_PHRASE = 4
# A cell value that selects rows (a unit's name, a deadline) is at least this long; shorter
# values ("是", "1") occur in questions by chance.
MIN_VALUE_CHARS = 3
# A column is named by a part of its header at least this long that no other header has
# ("配合" of two "…单位" columns); the whole header always names it.
MIN_HEADER_PART = 2
# Separators of the things one cell lists: enumeration commas, semicolons, line breaks
# (rendered as spaces in the cleaned text).
_CELL_SEPARATORS = re.compile(r"[、；;]|\s+")
# A piece holding clause punctuation is a sentence, not a listed name: the cell is one item.
_CLAUSE = re.compile(r"[，,。：:]")
_YEAR = grammar().stated_year
# A listed thing runs at most this long; a longer piece is prose.
MAX_CELL_ITEM_CHARS = 24
# Rows a value selects, fewest, to be listed by the column naming them when the question
# names no column to answer with: one row is a row asked about, not a list.
MIN_SELECTED_ROWS = 2
_WORD = re.compile(r"\w")


def cell_items(cell: str) -> list[str]:
    """The things one cell lists, or the whole cell when it is prose (a task description
    whose clauses hold enumeration commas)."""
    cell = cell.strip()
    pieces = [p for p in _CELL_SEPARATORS.split(cell) if p]
    if len(pieces) < 2 or any(
        _CLAUSE.search(p) or len(p) > MAX_CELL_ITEM_CHARS or len(p) < 2 for p in pieces
    ):
        return [cell] if cell else []
    return pieces


def other_kind(header: str, category: str, ctx: Context, headings: list[str]) -> bool:
    """Does a column named by the asked kind qualify it with words the question does not say
    ("conditions of recognition"), while a heading of the document names the kind with the
    question's own words ("conditions of application")? The column then holds another kind
    than the one asked: the section answers."""
    question = bigrams(normalize(ctx.aq.text))

    def qualified(name: str) -> bool | None:
        core = cell_core(name)
        at = core.find(category)
        qualifier = core[:at] if at > 0 else ""
        return bool(bigrams(qualifier) & question) if len(qualifier) >= MIN_HEADER_PART else None

    if qualified(header) is not False:
        return False
    return any(qualified(_G.item_marker.sub("", h)) for h in headings)


def _named_columns(headers: list[str], question: str) -> list[str]:
    """The headers the question names: whole, or by a part no other header shares."""
    norms = [normalize(h) for h in headers]
    named = []
    for h, norm in zip(headers, norms, strict=True):
        if is_rank_header(h) or not norm:
            continue
        others = [o for o in norms if o != norm]
        # A year qualifies a column ("2025 planned investment"): said alone, it names none.
        bare = _YEAR.sub("\0", norm)
        parts = (
            bare[i:j] for i in range(len(bare)) for j in range(i + MIN_HEADER_PART, len(bare) + 1)
        )
        if norm in question or any(
            p in question and not any(p in o for o in others) for p in parts
        ):
            named.append(h)
    return named


def _common_run(a: str, b: str) -> int:
    """Length of the longest run of characters two texts share."""
    best = 0
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if ch == other:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def _answer(rows: list[Sentence], column: str):
    items: list[str] = []
    for row in rows:
        for item in cell_items(cell_text(row, column) or ""):
            if item not in items:
                items.append(item)
    if not items or (len(items) == 1 and number_of(items[0]) is not None):
        return None  # one amount or period is no list of things
    # Items that are clauses of their own (task descriptions) are set apart by semicolons.
    joined = (
        msg("list_item_joiner_wide").join(items)
        if any(_CLAUSE.search(i) for i in items)
        else join_items(items)
    )
    return msg("list_answer", count=len(items), items=joined), [(r, None) for r in rows]


def _by_value(table: Table, ctx: Context, named: list[str]):
    """Rows a cell value the question names selects; the answer is the other named column,
    else, when the question names no other column, the column naming the rows ("which
    items have level X": the items)."""
    question = normalize(ctx.aq.text)
    matched: dict[str, list[Sentence]] = {}
    said: set[str] = set()
    for row in table.rows:
        for h in row.header:
            if is_rank_header(h):
                continue
            values = [normalize(v) for v in cell_items(cell_text(row, h) or "")]
            hits = [v for v in values if len(v) >= MIN_VALUE_CHARS and v in question]
            if hits:
                matched.setdefault(h, []).append(row)
                said.update(hits)
    if not matched:
        return None
    # A column the question names as the one its value sits in ("as lead unit") decides.
    filters = [h for h in matched if h in named] or list(matched)
    # The selecting value's own words name no column (a level "no penalty" does not name
    # the penalty column).
    rest = question
    for value in sorted(said, key=len, reverse=True):
        rest = rest.replace(value, " ")
    headers = list(table.rows[0].header)
    asked = [h for h in _named_columns(headers, rest) if h not in filters]
    rows = [r for r in table.rows if any(r in matched[h] for h in filters)]
    if not asked and len(rows) >= MIN_SELECTED_ROWS:
        column = name_column(rows, ctx.aq, [rest], set(filters), table.rows)
        asked = [column] if column is not None else []
    if len(asked) != 1:
        return None
    return _answer(rows, asked[0])


def _by_phrase(table: Table, question: str, named: list[str]):
    """The one row whose cell shares a phrase with the question; the answer is the named
    column that did not supply the phrase."""
    scored = []
    pairs = bigrams(question)
    for row in table.rows:
        runs = [(0, "")]
        for h in row.header:
            cell = normalize(cell_text(row, h) or "")
            # Only a cell sharing a character pair can share a phrase: the rest are skipped
            # unread (a long table of names costs a set test per cell).
            if not is_rank_header(h) and pairs & bigrams(cell):
                runs.append((_common_run(question, cell), h))
        scored.append((max(runs), row))
    scored.sort(key=lambda x: x[0][0], reverse=True)
    (best, phrase_column), row = scored[0]
    if best < MIN_ROW_PHRASE or (len(scored) > 1 and scored[1][0][0] == best):
        return None
    asked = [h for h in named if h != phrase_column]
    if len(asked) != 1:
        return None
    return _answer([row], asked[0])


def _kinds(table: Table, question: str, named: list[str]):
    """The kinds one column sorts the rows into ("which directions does it support" over a
    column whose merged cells group the rows): its distinct values, when the column repeats
    them (a column of names, one per row, is answered only for rows a question selects)."""
    if len(named) > 1 and _asks_sorts(question):
        # Of several columns a question asking only for the sorts names ("按类别分成哪几
        # 类？"), the one that sorts the rows: it repeats its values down them (a column of
        # figures or of one name per row sorts nothing); a column the question names whole
        # beats one it names by a part.
        named = [h for h in named if _sorts_rows(table, h)]
        named = [h for h in named if normalize(h) in question] or named
    if len(named) != 1:
        return None
    column = named[0]
    kind = asked_category(question)
    if kind and kind not in normalize(column):
        return None  # "which policy documents" is not answered by a column of support kinds
    values = [c for r in table.rows if (c := cell_text(r, column))]
    distinct = list(dict.fromkeys(values))
    if len(distinct) < 2 or len(distinct) == len(table.rows):
        return None
    if any(number_of(v) is not None for v in distinct):
        return None  # amounts (a fee per floor) are no kinds the rows are sorted into
    if any(len(n := normalize(v)) >= MIN_VALUE_CHARS and n in question for v in distinct):
        return None  # the question names one kind: it asks about that kind, not for its fellows
    firsts = [next(r for r in table.rows if cell_text(r, column) == v) for v in distinct]
    return _answer(firsts, column)


def _asks_sorts(question: str) -> bool:
    """Does the question end with its asking word (which sorts it is split into), naming
    no thing after it? It then asks for the sorts themselves, not for things of a sort."""
    found = list(_G.which_asking.finditer(question))
    return bool(found) and not _WORD.search(question[found[-1].end() :])


def _sorts_rows(table: Table, column: str) -> bool:
    """Does a column repeat word values down the table's rows (the kinds it sorts them into)?"""
    values = [c for r in table.rows if (c := cell_text(r, column))]
    return (
        bool(values)
        and len(set(values)) < len(values)
        and all(number_of(v) is None for v in values)
    )


def _holds(table: Table, ctx: Context) -> bool:
    """The question's rarest own noun, and every place or body it names, is in the table or
    what frames it (its document): another city's list is no answer."""
    own = [t for t in ctx.terms if t.primary and t.known and t.is_content]
    text = table.context + "\n" + "\n".join(r.norm for r in table.rows)
    named = [t for t in ctx.terms if t.primary and t.known and is_name(t)]
    return holds_all_rarest(own, text) and all(t.found_in(text) for t in named)


def table_list(index: Index, ctx: Context):
    """(direct answer, quotes) for a list question one table column answers, or for a yes/no
    whether a list in a table holds an entry (table_membership) or a row sites a thing
    elsewhere (table_places), or None."""
    if ctx.aq.qtype == "yesno":
        return listed_entry(index, ctx) or place_verdict(index, ctx)
    if ctx.aq.qtype != "list":
        return None
    question = normalize(ctx.aq.text)
    for table in tables_of(index, ctx.sentences):
        if len(table.rows) < 2 or not _holds(table, ctx):
            continue
        named = _named_columns(list(table.rows[0].header), question)
        if not named:
            # No column named: the rows of the one group the question says, if any.
            if (grouped := group_rows(table, ctx)) is not None:
                return grouped
            continue
        found = (
            _by_value(table, ctx, named)
            or _by_phrase(table, question, named)
            or _kinds(table, question, named)
        )
        if found is not None:
            return found
    return None
