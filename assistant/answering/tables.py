"""Questions answered from table rows: the row a question names, the row at a rank, the
rows a question selects by a cell ("which ... of city X entered the top 30"), and two
rows side by side.

A retrieved row brings the rest of its table: a reverse lookup ("which one is No. 18")
or a filter over a column needs rows that the retriever did not rank. Module functions
over an index and one question's :class:`Context`; no state.
"""

from __future__ import annotations

import re

from assistant.answering.composing import Context, amount, row_answer, unit_of
from assistant.answering.evidence import DURATION, Sentence, Term
from assistant.answering.grammar import grammar
from assistant.answering.questions import (
    AnalyzedQuestion,
    asked_category,
    comparison_measure,
    comparison_sides,
    numeral_value,
)
from assistant.answering.table_reading import (
    DIGITS,
    MIN_CELL_CHARS,
    Table,
    cell_core,
    cell_text,
    is_rank_header,
    overlap,
    question_forms,
    rank_of,
    row_reply,
    tables_of,
)
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
_T = _G.raw["tables"]
TOP_RANGE = re.compile(_T["top_range"])
_TOP_WORDS = tuple(_T["top_words"])
_RANK_VERBS = tuple(_T["rank_verbs"])
_RANK_FOLLOWERS = tuple(_T["rank_followers"])
_PERIOD_KINDS = tuple(_T["period_kinds"])
# A cell named by its opening words needs this many of them ("宜昌片区" of 宜昌片区管委会).
MIN_OPENING_CHARS = 4
# A header shares at least this many consecutive characters with a question it answers.
MIN_HEADER_OVERLAP = 2
# A list question over a whole table (its title and caption hold the question's words) is
# answered by every name of the column its kind names, when there are at most this many;
# a longer table of names (a national ranking) needs a question that selects rows.
MAX_NAMED_ROWS = 30


def _named(table: Table, forms: list[str]) -> dict[str, set[str]]:
    """Cells the question names, by column: the question's filters and subjects."""
    named: dict[str, set[str]] = {}
    for row in table.rows:
        for h, c in zip(row.header, row.cells, strict=False):
            core = cell_core(c)
            if len(core) < MIN_CELL_CHARS or DIGITS.fullmatch(core):
                continue
            if any(core in f for f in forms) or _named_by_start(core, forms):
                named.setdefault(h, set()).add(core)
    # A shorter cell inside a longer named one is not named on its own ("杭州" inside
    # "杭州经济技术开发区" when only the zone is meant): keep the longest per column.
    for h, cores in named.items():
        named[h] = {c for c in cores if not any(c != o and c in o for o in cores)}
    return named


def _named_by_start(core: str, forms: list[str]) -> bool:
    """Is a cell named by its opening words (a zone's area name for the cell naming its
    management committee)? The opening must be most of the cell and at least
    MIN_OPENING_CHARS long."""
    k = len(core) - 1
    while k >= max(MIN_OPENING_CHARS, (len(core) + 1) // 2):
        if any(core[:k] in f for f in forms):
            return True
        k -= 1
    return False


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
    text = table.context + "\n" + "\n".join(r.norm for r in rows)
    skip = set(used)
    if aq.rank_value is not None:
        skip.add(str(aq.rank_value))
    # A follow-up keeps the years of the question it follows ("其中…排第几" after "2023年…").
    numbers = [*aq.numbers, *DIGITS.findall(normalize(aq.context))]
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
    ]
    if own and not max(own, key=lambda t: t.idf).found_in(text):
        return False
    return all(t.found_in(text) for t in own if t.pos in ("ns", "nr", "nt"))


def _column(rows: list[Sentence], forms: list[str], exclude: set[str]) -> str | None:
    """The column a question asks about: the header sharing the longest run with it."""
    best, best_len = None, MIN_HEADER_OVERLAP - 1
    for h in rows[0].header:
        if h in exclude:
            continue
        n = max(overlap(normalize(h), f) for f in forms)
        if n > best_len:
            best, best_len = h, n
    return best


def _name_column(rows: list[Sentence], aq, forms: list[str], exclude: set[str]) -> str | None:
    """The column that names the listed things: the one the question's kind points at
    ("which economic zones" -> the national economic-zone column), else the first column
    of words."""
    category = asked_category(aq.text)
    headers = [h for h in rows[0].header if h not in exclude and not is_rank_header(h)]
    if category:
        for h in headers:
            if category in normalize(h):
                return h
    asked = _column(rows, forms, exclude | {h for h in rows[0].header if is_rank_header(h)})
    if asked is not None:
        return asked
    for h in headers:
        if all(not DIGITS.fullmatch(cell_core(cell_text(r, h) or "")) for r in rows):
            return h
    return None


def table_answer(index: Index, ctx: Context):
    """(direct answer, quotes) from a table the retrieved rows belong to, or None."""
    aq = ctx.aq
    forms = question_forms(aq.text)
    m = TOP_RANGE.search(forms[0])
    top = numeral_value(m.group(1)) if m else None
    rank = asked_rank(aq)
    if rank is None and aq.context:
        # "它在哪个城市？" after "排名第12的是哪个？": the row the earlier question asked for.
        rank = asked_rank(AnalyzedQuestion(aq.context, aq.context, aq.qtype))
    whole = rank is not None or top is not None
    for table in tables_of(index, ctx.sentences, whole_docs=whole):
        if comparison_sides(aq.text) is not None:
            # Two rows the question names side by side ("A和B哪个排名高").
            found = _compare(table, ctx, forms)
            if found is not None:
                return found
        if aq.qtype == "comparison":
            continue
        named = _named(table, forms)
        if not named and rank is None and not top:
            if aq.qtype == "list":
                found = _column_values(table, ctx, forms)
                if found is not None:
                    return found
            continue
        if not named and rank is None and aq.qtype != "list":
            continue
        if aq.qtype == "yesno":
            found = _row_verdict(table, ctx, named, rank)
            if found is not None:
                return found
            continue
        if aq.qtype == "list":
            # A list asks for several rows: a cell that names one row alone (a zone's name,
            # "天津经开区") is read as the kind of row asked for, not as a filter.
            named = {h: c for h, c in named.items() if not _unique(table, h)} or named
        rows = _selected(table, named, rank, top)
        used = {c for cores in named.values() for c in cores}
        if top is not None:
            used.add(str(top))
        if not rows or not _holds(table, rows, ctx.terms, aq, used):
            continue
        found = _answer_rows(rows, ctx, forms, set(named), rank)
        if found is not None:
            return found
    return None


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
    rows: list[Sentence], ctx: Context, forms: list[str], filters: set[str], rank: int | None
):
    aq = ctx.aq
    ranked = any(rank_of(r) is not None for r in rows)
    asks_top = ranked and any(w in forms[0] for w in _TOP_WORDS)
    if aq.qtype in ("entity", "ranking") and asks_top and len(rows) > 1:
        rows = [min(rows, key=lambda r: rank_of(r) or 0)]
    if len(rows) > 1:
        if aq.qtype != "list":
            return None
        column = _name_column(rows, aq, forms, filters)
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
    needs_column = aq.qtype in ("number", "date", "duration", "definition", "yesno", "list") or (
        aq.qtype == "entity" and rank is None and not asks_top
    )
    if needs_column and _column(rows, forms, filters) is None:
        return None
    if aq.qtype == "yesno":
        return None  # a yes/no is decided by the polarity rules, not by a row
    return row_reply(row, aq.qtype, aq.text, aq.numbers), [(row, None)]


def _column_values(table: Table, ctx: Context, forms: list[str]):
    """A question on the kinds a column holds ("which fields does it cover"): the distinct
    values of the column the asked kind names."""
    category = asked_category(ctx.aq.text)
    if not category or not _holds(table, table.rows, ctx.terms, ctx.aq, {category}):
        return None
    for h in table.rows[0].header:
        if category in normalize(h) and not is_rank_header(h):
            values = list(dict.fromkeys(c for r in table.rows if (c := cell_text(r, h))))
            if len(values) < 2:
                return None
            if len(values) == len(table.rows) and len(values) > MAX_NAMED_ROWS:
                return None  # a long column of names: the question must select rows
            quotes = [(r, None) for r in _first_rows(table.rows, h)]
            return msg("list_answer", count=len(values), items="、".join(values)), quotes
    return None


def _first_rows(rows: list[Sentence], header: str) -> list[Sentence]:
    """The first row holding each value of a column: one quote per value."""
    seen: dict[str, Sentence] = {}
    for r in rows:
        seen.setdefault(cell_text(r, header) or "", r)
    return list(seen.values())


def _period_column(row_a: Sentence, row_b: Sentence, exclude: set[str]) -> str | None:
    """The column where both rows state a period ("paid over 5 years")."""
    for h in row_a.header:
        a, b = cell_text(row_a, h), cell_text(row_b, h)
        if h not in exclude and a and b and DURATION.search(a) and DURATION.search(b):
            return h
    return None


def _has_figure(value: str) -> bool:
    """Does a cell state a figure (an amount, a period, a rank)?"""
    return any(ch.isdigit() or ch in _G.digits for ch in value)


def _compare(table: Table, ctx: Context, forms: list[str]):
    """Two rows the question sets side by side, the asked column's values, the larger."""
    sides = comparison_sides(ctx.aq.text)
    if sides is None:
        return None
    picked: list[tuple[str, Sentence, str]] = []  # (name, row, naming column)
    for side in sides:
        best = None
        # A side may be named by an abbreviation ("青岛经开区" for "青岛经济技术开发区").
        side_forms = question_forms(side)
        for row in table.rows:
            for h, c in zip(row.header, row.cells, strict=False):
                core = cell_core(c)
                longer = best is None or len(core) > len(best[0])
                named = any(core in f for f in side_forms)
                if len(core) >= MIN_CELL_CHARS and named and longer:
                    best = (core, row, h)
        if best is None:
            return None
        picked.append(best)
    (_, row_a, col_a), (_, row_b, col_b) = picked
    if row_a is row_b:
        return None
    # The column the comparison asks about is named after its sides ("哪个增速更快" → the
    # growth column, by the lexicon's 增长), before any other word of the question (a year).
    measure = normalize(comparison_measure(ctx.aq.text))
    measure_forms = [measure] + [v for t in ctx.terms if t.text in measure for v in t.variants]
    column = _column([row_a], measure_forms, {col_a, col_b}) or _column(
        [row_a], forms, {col_a, col_b}
    )
    if any(w in forms[0] for w in _PERIOD_KINDS):
        column = _period_column(row_a, row_b, {col_a, col_b}) or column
    if column is None:
        return None
    value_a, value_b = cell_text(row_a, column), cell_text(row_b, column)
    if not value_a or not value_b or not all(map(_has_figure, (value_a, value_b))):
        return None  # names or wording are no measure a comparison can set side by side
    parts = [
        msg("comparison_value", name=cell_text(row_a, col_a), value=value_a),
        msg("comparison_value", name=cell_text(row_b, col_b), value=value_b),
    ]
    full_a, full_b = cell_text(row_a, col_a), cell_text(row_b, col_b)
    if is_rank_header(column):
        ra, rb = rank_of(row_a), rank_of(row_b)
        if ra is not None and rb is not None and ra != rb:
            parts.append(msg("comparison_rank_higher", name=full_a if ra < rb else full_b))
    else:
        # Periods compare by their own figures ("分5年发放" against "分2年发放").
        pa, pb = DURATION.search(value_a), DURATION.search(value_b)
        same_unit = pa and pb and unit_of(pa.group(0)) == unit_of(pb.group(0))
        period = bool(same_unit and amount(value_a) is None)
        if period:
            value_a, value_b = pa.group(0), pb.group(0)
        a, b = amount(value_a), amount(value_b)
        if a is not None and b is not None and a != b:
            key = "comparison_longer" if period else "comparison_larger"
            parts.append(msg(key, name=full_a if a > b else full_b))
    return "，".join(parts) + "。", [(row_a, None), (row_b, None)]
