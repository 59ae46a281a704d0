"""Two table rows a question sets side by side ("which of A and B gets more"): the asked column's
values, and which is larger, higher ranked or longer. Module functions; no state.
"""

from __future__ import annotations

from assistant.answering.answer_parts import amount, unit_of
from assistant.answering.changes import rate_column
from assistant.answering.clock_ranges import clock_minutes
from assistant.answering.composing import Context
from assistant.answering.differences import gap_clause, signed_amount, table_grammar
from assistant.answering.evidence import DURATION, Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import comparison_measure, comparison_sides
from assistant.answering.row_quotes import prose_statement
from assistant.answering.side_names import with_shared_head
from assistant.answering.side_parts import modifier_unsaid
from assistant.answering.table_extremes import is_rate, is_total, number_of, value_columns
from assistant.answering.table_reading import (
    MIN_CELL_CHARS,
    Table,
    asked_column,
    cell_core,
    cell_text,
    is_rank_header,
    overlap,
    question_forms,
    rank_of,
    with_unit,
)
from assistant.answering.table_shared import compare_groups
from assistant.messages import msg
from assistant.text import normalize

_PERIOD_KINDS = tuple(grammar().raw["tables"]["period_kinds"])
# Parts of speech of numerals (a year qualifies a measure; it names none).
_NUMERAL_POS = ("m", "mq")
# Fewest characters of a cell a side must say to name its row by a part of it.
MIN_PART_CHARS = 3
# Longest noun after a which-word read as the sides' kind ("开发区类型" is four characters).
MAX_KIND_CHARS = 4


def _has_figure(value: str) -> bool:
    """Does a cell state a figure (an amount, a period, a rank)?"""
    return any(ch.isdigit() or ch in grammar().digits for ch in value)


def _mostly_figures(cell: str) -> bool:
    """Is a cell a value (most of its characters digits), not words that state a year in
    passing ("the 2025 policy briefing")?"""
    return sum(ch.isdigit() or ch in grammar().digits for ch in cell) * 2 >= len(cell)


def _period_column(
    row_a: Sentence, row_b: Sentence, exclude: set[str], asked: str | None = None
) -> str | None:
    """The column where both rows state a period ("paid over 5 years"): the ``asked`` one
    when it does (of a statutory and a promised time limit, the one the question names)."""
    for h in ([asked] if asked else []) + list(row_a.header):
        a, b = cell_text(row_a, h), cell_text(row_b, h)
        if h not in exclude and a and b and DURATION.search(a) and DURATION.search(b):
            return h
    return None


def without_side_kind(measure: str, naming: tuple[str, ...]) -> str:
    """The measure without the words naming the sides' kind: the noun after a which-word
    that is a word of the header of the column naming the sides (which *indicator* scores
    higher) is what the sides are, not what they are compared by."""
    for word in table_grammar().side_kinds:
        at = measure.find(word)
        if at < 0:
            continue
        rest = measure[at + len(word) :]
        for k in range(min(len(rest), MAX_KIND_CHARS), MIN_CELL_CHARS - 1, -1):
            if any(rest[:k] in normalize(h) for h in naming):
                return measure[:at] + rest[k:]
        return measure
    return measure


def _own_unit(name: str, column: str) -> bool:
    """Does the column state a unit of its own besides the row name's (a row named "GDP
    (100 million yuan)" read in its growth (%) column is not an amount)? The side is then
    named without its unit, and the column is said with the value."""
    return cell_core(column) != normalize(column) and cell_core(name) != normalize(name)


def _partly_named(table: Table, side_forms: list[str]):
    """(core, row, column) of the one row a side names by a part of a cell (a company's
    short name for its full registered name): the longest run of the side shared with a
    cell, at the longest length found in one row only (a shared word names neither row)."""
    runs: dict[int, list[tuple[str, Sentence, str]]] = {}
    for row in table.rows:
        for h, c in zip(row.header, row.cells, strict=False):
            core = cell_core(c)
            if is_rank_header(h) or _mostly_figures(core):
                continue
            n = max(overlap(core, f) for f in side_forms)
            if n >= MIN_PART_CHARS and not modifier_unsaid(core, side_forms):
                runs.setdefault(n, []).append((core, row, h))
    for n in sorted(runs, reverse=True):
        if len({id(row) for _, row, _ in runs[n]}) == 1:
            return runs[n][0]
    return None


def _group_named(table: Table, side_forms: list[str]):
    """(name, first row, naming column) of a side naming the rows one cell value groups
    ("the ground floor" over its two size bands), when the side names no single row."""
    for row in table.rows:
        for h, c in zip(row.header, row.cells, strict=False):
            core = cell_core(c)
            if len(core) >= MIN_CELL_CHARS and any(core in f for f in side_forms):
                return core, row, h
    return None


def _one_value(table: Table, naming: str, row: Sentence, column: str) -> bool:
    """Do all rows sharing the row's naming cell give the column one value?"""
    name = cell_text(row, naming)
    return len({cell_text(r, column) for r in table.rows if cell_text(r, naming) == name}) == 1


def _one_row(table: Table, column: str, core: str) -> bool:
    """Is the cell on one row only? A cell several rows share (a grant type, a region)
    names none of them."""
    return sum(cell_core(cell_text(r, column) or "") == core for r in table.rows) == 1


def _only_value_column(table: Table) -> str | None:
    """The table's one column of figures (besides ranks and serial numbers), if one."""
    values = value_columns([r for r in table.rows if not is_total(r)])
    return values[0] if len(values) == 1 else None


def _side_measure(ctx: Context, sides, picked) -> list[str]:
    """The measure a side says besides the cell naming its row ("the output's growth rate,
    May against August": the growth rate): its last own term, with the term's variants. The
    head word of the phrase names the column, not the longest run of its modifiers."""
    rest = " ".join(
        normalize(side).replace(core, " ") for side, (core, _, _) in zip(sides, picked, strict=True)
    )
    said = [
        (rest.rfind(t.text), t)
        for t in ctx.terms
        if t.primary and t.text in rest and t.pos not in _NUMERAL_POS
    ]
    if not said:
        return []
    head = max(said, key=lambda x: x[0] + len(x[1].text))[1]
    return [head.text, *head.variants]


def _headed_column(row: Sentence, head: list[str], skip: set[str]) -> str | None:
    """The column a side's head word names, when one header alone holds it; when several
    do ("growth" and "fixed-asset investment growth"), the head word does not tell them
    apart and the question's longer runs decide (None here)."""
    held = [h for h in row.header if h not in skip and any(f and f in normalize(h) for f in head)]
    return asked_column([row], head, skip) if len(held) < 2 else None


def compare_rows(table: Table, ctx: Context, forms: list[str], index=None):
    """Two rows the question sets side by side, the asked column's values, the larger; a
    bare figure shown in its column's unit is quoted too from the prose sentence of the
    rows' document that states it with that unit, when one does (given the index)."""
    sides = comparison_sides(ctx.aq.text)
    if sides is None:
        return None
    sides = with_shared_head(sides)  # "B类和D类人才": each side a talent class
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
                if len(core) >= MIN_CELL_CHARS and named and longer and _one_row(table, h, core):
                    best = (core, row, h)
        best = best or _partly_named(table, side_forms)
        if best is None:
            # A side naming a group of rows: the groups' own amounts, if they state them,
            # else the one value the group's rows share.
            grouped = compare_groups(table.rows, sides)
            best = _group_named(table, side_forms) if grouped is None else None
            if best is None:
                return grouped
        picked.append(best)
    (_, row_a, col_a), (_, row_b, col_b) = picked
    if row_a is row_b:
        return None
    # The column the comparison asks about is named after its sides ("哪个增速更快" → the
    # growth column, by the lexicon's 增长), before any other word of the question (a year).
    measure = without_side_kind(normalize(comparison_measure(ctx.aq.text)), (col_a, col_b))
    measure_forms = [measure] + [v for t in ctx.terms if t.text in measure for v in t.variants]
    # Only columns of figures can be set side by side: a column of words that the question's
    # words also match (the grant's type beside its amount) is not the one compared.
    skip = {col_a, col_b} | {
        h
        for h in row_a.header
        if not all(map(_has_figure, (cell_text(row_a, h) or "", cell_text(row_b, h) or "")))
    }
    column = (
        asked_column([row_a], measure_forms, skip)
        or _headed_column(row_a, _side_measure(ctx, sides, picked) or [measure], skip)
        or asked_column([row_a], forms, skip, by_cell=True)
        or _only_value_column(table)
    )
    if any(w in forms[0] for w in _PERIOD_KINDS):
        column = _period_column(row_a, row_b, {col_a, col_b}, column) or column
    if column is None:
        return None
    # A rate asked of an amount column is read in the change column beside it.
    column = rate_column(row_a, column, ctx.aq.text) or column
    value_a, value_b = cell_text(row_a, column), cell_text(row_b, column)
    if not all(_one_value(table, col, row, column) for _, row, col in picked):
        return None  # a side's rows differ in the column: the side has no one value
    if not value_a or not value_b or not all(map(_has_figure, (value_a, value_b))):
        # Names or wording are no measure a comparison can set side by side.
        return None
    full_a, full_b = cell_text(row_a, col_a), cell_text(row_b, col_b)
    if _own_unit(full_a, column) and _own_unit(full_b, column):
        full_a, full_b = cell_core(full_a), cell_core(full_b)
        parts = [
            msg("comparison_column_value", name=n, column=column, value=v)
            for n, v in ((full_a, value_a), (full_b, value_b))
        ]
    else:
        # A bare figure is shown in the unit its column or the table's caption names.
        parts = [
            msg("comparison_value", name=full_a, value=with_unit(row_a, column, value_a)),
            msg("comparison_value", name=full_b, value=with_unit(row_b, column, value_b)),
        ]
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
        # Signed: a growth of -1.9% is below one of 3.7%.
        a, b = signed_amount(value_a), signed_amount(value_b)
        if is_rate(value_a) and is_rate(value_b):
            a, b = number_of(value_a), number_of(value_b)  # per unit: the figure after it
        # Two sessions of a schedule ("9:15—10:45") compare by how long they last.
        clocked = clock_minutes(value_a), clock_minutes(value_b)
        if None not in clocked:
            (a, b), period = clocked, True
        if a is not None and b is not None and a != b:
            key = "comparison_longer" if period else "comparison_larger"
            parts.append(msg(key, name=full_a if a > b else full_b))
            clause = None if None not in clocked else gap_clause(ctx.aq.text, value_a, value_b)
            if clause is not None:
                parts.append(clause)
    quotes = [(row_a, None), (row_b, None)]
    for row, value in ((row_a, value_a), (row_b, value_b)):
        shown = with_unit(row, column, value)
        stated = prose_statement(index.document(row.doc_id).text, row, shown) if index else None
        if shown != value and stated is not None:
            quotes.append(stated)
    return "，".join(parts) + "。", quotes
