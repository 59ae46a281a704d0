"""Questions answered from table rows: the row a question names, the row at a rank, the
rows a question selects by a cell ("which ... of city X entered the top 30"), and two
rows side by side.

A retrieved row brings the rest of its table: a reverse lookup ("which one is No. 18")
or a filter over a column needs rows that the retriever did not rank. Module functions
over an index and one question's :class:`Context`; no state.
"""

from __future__ import annotations

import re

from assistant.answering.changes import change_verdict
from assistant.answering.clock_ranges import in_day_part
from assistant.answering.column_units import other_unit, row_in_other_units
from assistant.answering.composing import Context, row_answer
from assistant.answering.constraints import asked_unstated
from assistant.answering.counted_periods import periods_not_dates
from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.answering.positions import listed_positions, rows_at
from assistant.answering.questions import (
    AnalyzedQuestion,
    comparison_sides,
    numeral_value,
)
from assistant.answering.rarity import holds_all_rarest
from assistant.answering.row_names import name_column
from assistant.answering.table_columns import compare_columns
from assistant.answering.table_compare import compare_rows
from assistant.answering.table_kinds import column_values
from assistant.answering.table_lists import cell_items, table_list
from assistant.answering.table_ranges import ranged_rows, stated_figures
from assistant.answering.table_reading import (
    MIN_CELL_CHARS,
    Table,
    asked_column,
    cell_core,
    cell_text,
    question_forms,
    rank_of,
    row_reply,
    tables_of,
)
from assistant.answering.table_shared import shared_rows
from assistant.answering.table_sources import VALUE_TYPES, Found, across_documents
from assistant.answering.total_columns import total_column
from assistant.answering.year_columns import year_rank_view
from assistant.index import Index
from assistant.messages import msg
from assistant.text import FIGURE, load_pos_tagger, normalize

_G = grammar()
_T = _G.raw["tables"]
TOP_RANGE = re.compile(_T["top_range"])
_TOP_WORDS = tuple(_T["top_words"])
_RANK_VERBS = tuple(_T["rank_verbs"])
_RANK_FOLLOWERS = tuple(_T["rank_followers"])
_ASKING_BEFORE_CELL = tuple(_T["asking_before_cell"])
# Verbs joining the asked column to a named cell ("发给了哪家企业"): no constraint on the table.
_LINKING_VERBS = frozenset(_T["linking_verbs"])
# A cell named by its opening words needs this many of them ("宜昌片区" of 宜昌片区管委会).
MIN_OPENING_CHARS = 4
# Parts of speech of the question's words a table must hold to answer it: places, people,
# bodies, and distinguishing words (国家级 against a row of 省级, 大型 against 中小型).
_CONSTRAINT_POS = ("ns", "nr", "nt", "b")


def _named(table: Table, forms: list[str]) -> dict[str, set[str]]:
    """Cells the question names, by column: the question's filters and subjects."""
    named: dict[str, set[str]] = {}
    for row in table.rows:
        for h, c in zip(row.header, row.cells, strict=False):
            core = cell_core(c)
            if len(core) < MIN_CELL_CHARS or FIGURE.fullmatch(core):
                continue
            if any(_said(core, f) for f in forms) or _named_by_start(core, forms):
                named.setdefault(h, set()).add(core)
            elif (end := _named_by_end(core, forms)) and _one_row_ends(table, h, end):
                # Named without its place prefix ("江宁经开区" for "南京江宁经济技术开发区").
                named.setdefault(h, set()).add(core)
    # A shorter cell inside a longer named one is not named on its own ("杭州" inside
    # "杭州经济技术开发区" when only the zone is meant): keep the longest per column.
    for h, cores in named.items():
        named[h] = {c for c in cores if not any(c != o and c in o for o in cores)}
    return named


def _said(core: str, form: str) -> bool:
    """Is the cell written in the question other than as the kind it asks ("which tier")?"""
    at = form.find(core)
    while at >= 0:
        if not form[:at].endswith(_ASKING_BEFORE_CELL):
            return True
        at = form.find(core, at + 1)
    return False


def _named_by_start(core: str, forms: list[str]) -> bool:
    """Is a cell named by its opening words (a zone's area name for the cell naming its
    management committee)? The opening must be most of the cell and at least
    MIN_OPENING_CHARS long."""
    k = len(core) - 1
    while k >= max(MIN_OPENING_CHARS, (len(core) + 1) // 2):
        if _G.stated_year.match(core):
            return False  # a date's opening (its year) names no row
        if any(core[:k] in f for f in forms):
            return True
        k -= 1
    return False


def _named_by_end(core: str, forms: list[str]) -> str | None:
    """The longest ending of a cell the question writes after leaving off a place name
    (the city before a zone's name), when it is most of the cell and at least
    MIN_OPENING_CHARS long."""
    for k in range(1, len(core) - max(MIN_OPENING_CHARS, (len(core) + 1) // 2) + 1):
        if any(core[k:] in f for f in forms):
            tagged = list(load_pos_tagger().cut(core[:k]))
            return core[k:] if all(w.flag == "ns" for w in tagged) else None
    return None


def _one_row_ends(table: Table, header: str, end: str) -> bool:
    """Does only one row's cell in this column end so, with a name of its own before the
    ending it shares with others (the zone's own name before "economic development zone")?
    A common ending names no row."""
    cells = [cell_core(cell_text(r, header) or "") for r in table.rows]
    if sum(c.endswith(end) for c in cells) != 1:
        return False
    shared = max((_common_end(end, c) for c in cells if not c.endswith(end)), default=0)
    return len(end) - shared >= MIN_CELL_CHARS


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def asked_rank(aq) -> int | None:
    """The rank a question names ("No. 18", "ranked 20th"), not an ordinal of a batch, an
    article or a session ("the fifth batch of cases", "article five provides")."""
    if aq.rank_value is None:
        return None
    norm = normalize(aq.text)
    rank = _G.ranking.search(norm)
    if rank is None:
        return None
    said = rank.group(0)[-1:] in _G.rank_units or any(
        norm[max(0, rank.start() - len(w)) : rank.start()] == w for w in _RANK_VERBS
    )
    follows = norm[rank.end() : rank.end() + 1]
    return aq.rank_value if said or follows in _RANK_FOLLOWERS else None


def _unique(table: Table, header: str) -> bool:
    """Does every row hold its own value in this column (names, not kinds)?"""
    values = [cell_core(cell_text(r, header) or "") for r in table.rows]
    return len(set(values)) == len(values)


def _selected(
    table: Table, named: dict[str, set[str]], rank: int | None, top: int | None
) -> list[Sentence]:
    rows = table.rows
    for h, cores in named.items():
        rows = [r for r in rows if cell_core(cell_text(r, h) or "") in cores]
    if rank is not None:
        rows = [r for r in rows if rank_of(r) == rank]
    if top is not None:
        rows = [r for r in rows if (rank_of(r) or top + 1) <= top]
    return rows


def _holds(table: Table, rows: list[Sentence], terms: list[Term], aq, used: set[str]) -> bool:
    """The question's constraints hold in the table: the years and periods it names, its
    rarest noun and the places and bodies it names (outside the cells that select rows)."""
    # A header may say the question's word in another form (增速 for 增长).
    spelt = " ".join(f for h in rows[0].header for f in question_forms(h)[1:]) if rows else ""
    text = table.context + "\n" + spelt + "\n" + "\n".join(r.norm for r in rows)
    skip = set(used)
    if aq.rank_value is not None:
        skip.add(str(aq.rank_value))
    # A follow-up keeps the years of the question it follows ("其中…排第几" after "2023年…").
    numbers = [*aq.numbers, *FIGURE.findall(normalize(aq.context))]
    if any(n not in text and n not in skip for n in numbers):
        return False
    if any(p not in text for p in aq.periods):
        return False
    own = [
        t
        for t in terms
        if t.primary
        and t.known
        and t.is_content
        and not any(t.text in u or u in t.text for u in used)
        and t.text not in _LINKING_VERBS
    ]
    if not holds_all_rarest(own, text):
        return False
    if asked_unstated(aq.qtype, own, text, text):  # the row of another measure
        return False
    return all(t.found_in(text) for t in own if t.pos in _CONSTRAINT_POS)


def table_answer(index: Index, ctx: Context, offset: int = 0):
    """(direct answer, quotes, inline markers) from a table the retrieved rows belong to,
    or None. ``offset``: the quotes earlier parts of the question already cite."""
    aq = ctx.aq
    if (listed := table_list(index, ctx)) is not None:
        return (*listed, False)  # one column of the rows the question names by another
    forms = question_forms(aq.text)
    m = TOP_RANGE.search(forms[0])
    top = numeral_value(m.group(1)) if m else None
    rank = asked_rank(aq)
    if rank is None and aq.context:
        # "它在哪个城市？" after "排名第12的是哪个？": the row the earlier question asked for.
        rank = asked_rank(AnalyzedQuestion(aq.context, aq.context, aq.qtype))
    places = listed_positions(aq) if rank is None else []  # the 3rd entry listed, the last
    position = places[0] if places else None
    # A value asked of a named row reads every table of the retrieved documents: the chunk
    # holding the row is often not the one retrieved (a year column the question names).
    whole = rank is not None or position is not None or top is not None or aq.qtype in VALUE_TYPES
    rows_found: list[Found] = []  # one row answer per document, to set side by side
    for table in tables_of(index, ctx.sentences, whole_docs=whole):
        table = year_rank_view(table, aq.text)
        if any(q[0].doc_id == table.doc_id for _, quotes in rows_found for q in quotes):
            continue
        if comparison_sides(aq.text) is not None:
            # Two rows the question names side by side ("A和B哪个排名高").
            found = compare_rows(table, ctx, forms, index) or compare_columns(index, table, ctx)
            if found is not None:
                return (*found, False)
        if aq.qtype == "comparison":
            continue
        named = _named(table, forms)
        if not named and aq.focus and aq.context and asked_column(table.rows, forms, set()):
            # A follow-up naming only a column ("and the tax per mu?") asks of the earlier
            # question's row; a part of the earlier row ("of which industry?") is no column.
            named = _named(table, question_forms(aq.context))
        # A quantity the question states picks the row whose condition range holds it.
        ranged = ranged_rows(table.rows, aq.text)
        if not named and rank is None and position is None and not top and not ranged:
            if aq.qtype == "list":
                found = column_values(table, ctx, index, _holds)
                if found is not None:
                    return (*found, False)
            continue
        if not named and rank is None and position is None and aq.qtype != "list" and not ranged:
            continue
        if aq.qtype == "yesno":
            found = _row_verdict(table, ctx, named, rank) or change_verdict(
                table, aq.text, named, lambda rows, t=table: _holds(t, rows, ctx.terms, aq, set())
            )
            if found is not None:
                return (*found, False)
            continue
        if aq.qtype == "list":
            # A list asks for several rows: a cell that names one row alone (a zone's name,
            # "天津经开区") is read as the kind of row asked for, not as a filter.
            named = {h: c for h, c in named.items() if not _unique(table, h)} or named
        rows = _selected(table, named, rank, top)
        if places:
            rows = rows_at(rows, in_day_part(table.rows, aq.text), places)
        used = {c for cores in named.values() for c in cores} | stated_figures(aq.text)
        if top is not None:
            used.add(str(top))
        if ranged is not None:
            rows = [r for r in rows if r in ranged]
        if not rows or not _holds(table, rows, ctx.terms, aq, used):
            continue
        asked, text = forms, aq.text
        if aq.context and rows and asked_column(rows, forms, set(named), by_cell=True) is None:
            # A follow-up naming only its row ("那C类呢？") asks the earlier question's column.
            asked, text = forms + question_forms(aq.context), f"{aq.text} {aq.context}"
        found = _answer_rows(
            rows,
            ctx,
            asked,
            set(named),
            rank or position,
            ranged is not None or position is not None,
            text,
            table.rows,
        )
        if found is not None:
            rows_found.append(found)
    return across_documents(index, aq, rows_found, offset)


def _row_verdict(table: Table, ctx: Context, named: dict[str, set[str]], rank: int | None):
    """A yes/no question on a row ("does zone X belong to the eastern region"): the row a
    name selects, and whether its cell
    in the column of kinds the question names (region: east/centre/west) holds the named
    kind — or, for a rank the question names, whether the row holds that rank."""
    filters = {h: c for h, c in named.items() if _unique(table, h)}
    names = {c for cores in filters.values() for c in cores}
    # A kind spelled inside a selecting name ("柳岸" in "柳岸工业园区") is not asked about.
    kinds = {
        h: c
        for h, c in named.items()
        if h not in filters and not all(any(k in n for n in names) for k in c)
    }
    if not filters or len(kinds) > 1 or (not kinds and rank is None):
        return None
    rows = _selected(table, filters, None, None)
    used = {c for cores in named.values() for c in cores}
    # A word the question joins to a named cell is part of naming it ("东部" + "地区").
    said = normalize(ctx.aq.text)
    used |= {
        t.text for t in ctx.terms for u in set(used) if u + t.text in said or t.text + u in said
    }
    if len(rows) != 1 or not _holds(table, rows, ctx.terms, ctx.aq, used):
        return None
    row = rows[0]
    if kinds:
        ((column, cores),) = kinds.items()
        yes = cell_core(cell_text(row, column) or "") in cores
    else:
        yes = rank_of(row) == rank
    return msg("answer_yes" if yes else "answer_no") + row_answer(row) + "。", [(row, None)]


def _answer_rows(
    rows: list[Sentence],
    ctx: Context,
    forms: list[str],
    filters: set[str],
    rank: int | None,
    chosen: bool = False,
    text: str = "",
    table_rows: list[Sentence] | None = None,
):
    """The answer from the selected rows; ``chosen``: they were picked by a quantity the
    question states, so one row is the answer whatever column it asks; ``text``: the
    question the asked cell is read for (a follow-up's with the one it follows)."""
    aq = ctx.aq
    ranked = any(rank_of(r) is not None for r in rows)
    asks_top = ranked and any(w in forms[0] for w in _TOP_WORDS)
    if aq.qtype in ("entity", "ranking") and asks_top and len(rows) > 1:
        rows = [min(rows, key=lambda r: rank_of(r) or 0)]
    if len(rows) > 1:
        if aq.qtype != "list":
            return shared_rows(rows, aq, filters)  # one named thing on several rows
        column = name_column(rows, aq, forms, filters, table_rows or rows)
        if column is None:
            return None
        items = [c for r in rows if (c := cell_text(r, column))]
        direct = msg("list_answer", count=len(items), items="、".join(items))
        return direct, [(r, None) for r in rows]
    row = rows[0]
    if aq.qtype == "ranking" and not ranked:
        return None
    # The row must hold what is asked, under a column the question names; an entity asked
    # by its rank ("第18名是哪家") is the whole row.
    needs_column = not chosen and (
        aq.qtype in ("number", "date", "duration", "definition", "yesno", "list")
        or (aq.qtype == "entity" and rank is None and not asks_top)
    )
    column = asked_column(rows, forms, filters, by_cell=aq.qtype == "number")
    if column is None and aq.qtype == "number":
        column = total_column(row, aq.text, filters)  # "how many in all" of a total
    if needs_column and column is None:
        return None
    if aq.qtype == "number" and (
        (column is not None and other_unit(aq.text, column)) or row_in_other_units(aq.text, row)
    ):
        return None  # a rate of the measure asked in its amount's unit
    if aq.qtype == "list" and not chosen and len(cell_items(cell_text(row, column) or "")) < 2:
        return None  # one row's one value is no list
    if aq.qtype == "yesno":
        return None  # a yes/no is decided by the polarity rules, not by a row
    if periods_not_dates(aq, row.cells):
        return None  # a date asked, a row saying only how long
    return row_reply(row, aq.qtype, text or aq.text, aq.numbers), [(row, None)]
