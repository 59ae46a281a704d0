"""The rows of one group of a table ("which projects will be completed this year" over a
table whose category column holds "III. Projects completed" merged over four rows): the rows whose
category cell the question says, named by the column that names each row. A category cell
is said without its item marker, and without the noun it shares with its column's header
(a category "completed projects" under the header "project category" is said "completed").

Only a column repeating its values over the table's rows is a category column: a column of
names, one per row, is answered by table_lists when a question names a row. Examples in
tests/test_grouped_tables.py.
"""

from __future__ import annotations

import re

from assistant.answering.column_units import row_in_other_units
from assistant.answering.composing import Context
from assistant.answering.duration_subjects import subject_in_document
from assistant.answering.event_durations import unstated_period
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import asked_category
from assistant.answering.row_names import name_column
from assistant.answering.subjects import unnamed_subject
from assistant.answering.table_reading import (
    Table,
    cell_core,
    cell_text,
    is_rank_header,
    overlap,
    tables_of,
)
from assistant.messages import msg
from assistant.text import normalize

# A category said by the question is at least this long once its marker and header noun
# are gone: shorter (a one- or two-character stem) matches words of the question by chance.
MIN_CATEGORY_CHARS = 3
# Fewest rows of a group: a value on one row names that row, it does not group rows.
MIN_GROUP_ROWS = 2


def said_forms(cell: str, header: str) -> set[str]:
    """The ways a question says a category cell: its core without an item marker, and that
    without a tail it shares with its column's header (at least two characters)."""
    core = grammar().item_marker.sub("", cell_core(cell)).strip()
    forms = {core}
    head = normalize(header)
    for n in range(2, len(core)):
        if core[-n:] in head:
            forms.add(core[:-n])
    return {f for f in forms if len(f) >= MIN_CATEGORY_CHARS}


def _category_columns(table: Table) -> list[str]:
    rows = table.rows
    out = []
    for h in rows[0].header:
        cells = [cell_text(r, h) or "" for r in rows]
        if not is_rank_header(h) and len(set(cells)) < len(cells):
            out.append(h)
    return out


def group_rows(table: Table, ctx: Context):
    """(direct answer, quotes) listing the names of the rows of the one group the question
    says, or None."""
    question = normalize(ctx.aq.text)
    kind = asked_category(ctx.aq.text)
    for h in _category_columns(table):
        groups: dict[str, list[Sentence]] = {}
        for r in table.rows:
            groups.setdefault(cell_text(r, h) or "", []).append(r)
        said = [v for v in groups if any(f in question for f in said_forms(v, h))]
        if len(said) != 1 or len(groups[said[0]]) < MIN_GROUP_ROWS:
            continue
        rows = groups[said[0]]
        column = name_column(rows, ctx.aq, [question], {h}, table.rows)
        # The kind asked for ("which projects") is the one the column names: a group of
        # indicators does not answer "which units".
        if column is None or not kind or kind not in normalize(column):
            continue
        items = [c for r in rows if (c := cell_text(r, column))]
        return msg("list_answer", count=len(items), items="、".join(items)), [
            (r, None) for r in rows
        ]
    return None


# Question types asking a figure: of a group said by its category cell, the figure is the
# group's own (its total, stated in prose), not one member row's.
FIGURE_TYPES = ("number", "comparison")
# Characters a row's other cell shares with the question for the question to name that row
# too: fewer (one or two) are words every name of a table shares.
MIN_NAMED_OVERLAP = 3
_FIGURES = re.compile(r"[\d.]+")


def group_member(index, aq, row: Sentence) -> bool:
    """Is this table row one member of a group the figure question asks about (it says the
    row's category cell, shared by other rows, and no other cell of the row)? Such a row
    holds a member's figure, not the group's."""
    if aq.qtype not in FIGURE_TYPES or not row.cells:
        return False
    question = normalize(aq.text)
    for table in tables_of(index, [row]):
        member = False
        rest = question
        categories = _category_columns(table)
        for h in categories:
            value = cell_text(row, h) or ""
            said = [f for f in said_forms(value, h) if f in question]
            shared = sum((cell_text(r, h) or "") == value for r in table.rows)
            if said and shared >= MIN_GROUP_ROWS:
                member = True
                rest = rest.replace(max(said, key=len), "")
        # Figures and dates name no row: a year shared with the question is no name.
        others = [
            _FIGURES.sub("", normalize(c))
            for h, c in zip(row.header, row.cells, strict=False)
            if h not in categories
        ]
        if member and not any(overlap(c, rest) >= MIN_NAMED_OVERLAP for c in others):
            return True
    return False


def without_members(index, aq, rejection, args: tuple):
    """A unit and its score -> why it cannot answer (``rejection`` with ``aq`` and ``args``),
    or None; turning down too the member rows of a group a figure question asks about
    (:func:`group_member`)."""
    elsewhere = unnamed_subject(index, aq, args[0])

    def own(s, sc):
        why = rejection(s, sc, aq, *args)
        # A duration's event stated in the unit, its subject left to the unit's document.
        return None if why == "rarest" and subject_in_document(index, aq, args[0], s) else why

    return lambda s, sc: (
        own(s, sc)
        or (group_member(index, aq, s) and "group")
        or (elsewhere(s) and "subject")
        or (unstated_period(aq, args[0], s.frame_norm) and "period_name")
        or (aq.qtype == "number" and row_in_other_units(aq.text, s) and "column_unit")
        or None
    )
