"""Which row of a table holds the largest or smallest value of a column ("which company got
the most", "whose target is highest"). The column is the one value column the question names
by its header (its words before a bracketed unit), else the table's only value column; the
rows are the table's own, without a total row, and rows sharing a name (one company's two
grants) count together. A tie, a column that is not all numbers, or a table the question
does not name gives no answer. The words are data: ``resources/table_grammar.yaml`` (group
``extremes``); examples in tests/test_table_extremes.py."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.composing import Context
from assistant.answering.constraints import is_name
from assistant.answering.differences import table_grammar
from assistant.answering.evidence import Sentence, coverage
from assistant.answering.grammar import grammar
from assistant.answering.numerals import numeral_value
from assistant.answering.questions import AnalyzedQuestion, classify
from assistant.answering.row_quotes import prose_statement
from assistant.answering.table_reading import (
    MIN_HEADER_OVERLAP,
    Table,
    cell_core,
    cell_text,
    is_rank_header,
    overlap,
    tables_of,
    with_unit,
)
from assistant.answering.time_extremes import by_speed
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

# Question types asking which row: a name or a rank holder.
EXTREME_TYPES = ("entity", "ranking")
# Question types whose question still asks which row when it says which (a count or a
# comparison read from other words of the question).
ASKING_TYPES = ("number", "comparison")
# Share of the weight of the question's words (besides the extreme word) that the table —
# its title, section, caption, header and cells — must hold: lower, and another table of
# figures in the same document answers.
TABLE_COVERAGE = 0.6
# How much better one table must hold the question's words than another answering otherwise
# for the question to mean it: lower, a table of the same measures for another scope (the
# spending totals beside the spending by function) is taken for the one asked.
COVERAGE_MARGIN = 0.15
# Most characters of the noun after the asking word looked for in a naming column: the kind
# of row asked ("which lot", "which post") is a short noun.
_KIND_CHARS = 2
# Fewest rows compared: with one row there is no extreme to find.
MIN_ROWS = 2
_NUMBER = re.compile(r"[-－]?\d+(?:\.\d+)?")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
# A header opening with a stated year is that year's column.
_YEAR = grammar().stated_year
# The numeral of a place down a column.
_PLACE = re.compile(rf"[\d{grammar().numeral_chars}]+")
_SERIAL_HEADERS = tuple(grammar().raw["tables"]["serial_headers"])
# Most characters of the unit between a rate's per-unit word and its figure ("per square
# metre"): longer, the words are a clause, not a unit.
_RATE_UNIT_CHARS = 4


def extremes_grammar() -> dict[str, tuple[str, ...]]:
    """Extreme words (most, least) and total-row labels (total_labels)."""
    return table_grammar().extremes


def asked_extreme(question: str) -> str | None:
    """'most' or 'least' when the question asks for the row at an extreme or at a place
    down the column, else None."""
    q, g = normalize(question), extremes_grammar()
    if any(w in q for w in g["most"]):
        return "most"
    if any(w in q for w in g["least"]):
        return "least"
    return "most" if asked_place(question) > 1 else None


def asked_place(question: str) -> int:
    """The place down the column the question asks (the second: 2), else 1 (the extreme)."""
    q = normalize(question)
    for w in extremes_grammar()["places"]:
        if w in q and (m := _PLACE.match(q, q.find(w) + len(w))):
            return numeral_value(m.group(0)) or 1
    return 1


def number_of(cell: str) -> float | None:
    """The figure a cell states, when the cell is a figure (with its unit at most, a rate's
    per-unit word before it, a time limit's long unit after it); a time limit met at once is
    zero. A figure after words with nothing after it is a label (a lot's number), no value."""
    text = normalize(cell).replace(",", "").strip()
    g = extremes_grammar()
    if text in g["at_once"]:
        return 0.0
    m = _NUMBER.search(text)
    if m is None:
        return None
    before, after = text[: m.start()], text[m.end() :]
    if is_rate(text):
        before = ""
    elif before and not after and all(_is_word_char(c) for c in before):
        return None
    if len(before) + len(after) > 2 and (before or after not in g["long_units"]):
        return None  # words around the figure: a remark, not a value of the column
    return float(m.group(0).replace("－", "-"))


def _is_word_char(ch: str) -> bool:
    return ch.isalpha()


def is_rate(cell: str) -> bool:
    """Whether a cell states a rate: its per-unit word opens it, a figure follows."""
    text = normalize(cell).strip()
    m = _NUMBER.search(text)
    return bool(m) and any(
        text.startswith(w) and 0 < m.start() - len(w) <= _RATE_UNIT_CHARS
        for w in extremes_grammar()["rate_prefixes"]
    )


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


def _name_column(rows: list[Sentence], values: list[str], question: str) -> str | None:
    """The column of words that names a row: the one whose header the words after the
    asking word say, else the question says ("which item" -> the item-name column); of several it says alike, the one telling the
    rows apart (a category merged over a group of rows repeats); when it says none, the
    first column of words (one company's two grants then count together)."""
    words = [
        h
        for h in rows[0].header
        if h not in values
        and not is_rank_header(h)
        and all(number_of(c) is None and c for c in (cell_text(r, h) or "" for r in rows))
    ]
    if not words:
        return None
    # The words after the asking word name the kind of row asked for ("which company ...");
    # without a header among them, the whole question.
    which = [question.find(w) + len(w) for w in extremes_grammar()["which"] if w in question]
    focus = question[min(which) :] if which else question
    runs = {h: overlap(normalize(h), focus) for h in words}
    if max(runs.values()) < MIN_HEADER_OVERLAP:
        runs = {h: overlap(normalize(h), question) for h in words}
    best = max(runs.values())
    said = [h for h in words if runs[h] == best] if best >= MIN_HEADER_OVERLAP else []
    distinct = [h for h in said if len({cell_text(r, h) for r in rows}) == len(rows)]
    return (distinct or said or words)[0]


def _change_forms(header: str) -> set[str]:
    """A change column's header with its either-way word said one way (a rise-or-fall rate
    is named by the rise rate or the fall rate)."""
    g = table_grammar().changes
    norm = normalize(_BRACKETED.sub("", header))
    return {norm.replace(w, d) for w in g["columns"] if w in norm for d in g["up"] + g["down"]}


def _asked_column(question: str, values: list[str], caption: str = "") -> str | None:
    """The value column the question names by its header's words (a change column by its
    direction), else the one column of the year the question states (else the table's
    caption or title), else the only one."""
    named = [h for h in values if (core := cell_core(_BRACKETED.sub("", h))) and core in question]
    if not named:
        named = [h for h in values if any(f in question for f in _change_forms(h))]
    if not named:
        # The year the question states, else the one the table's caption or title states.
        years = set(_YEAR.findall(question)) or set(_YEAR.findall(caption))
        dated = [h for h in values if (m := _YEAR.match(normalize(h))) and m.group(1) in years]
        named = dated if len(dated) == 1 else []
    if not named:
        # A header the question names by its opening word alone ("预算" for the budget-amount
        # column), when no other value header shares as long a run with the question.
        runs = {h: overlap(cell_core(_BRACKETED.sub("", h)), question) for h in values}
        best = max(runs.values(), default=0)
        said = [h for h in values if runs[h] == best]
        named = said if best >= MIN_HEADER_OVERLAP and len(said) == 1 else []
    if len(named) == 1:
        return named[0]
    return values[0] if not named and len(values) == 1 else None


def _extreme(table: Table, ctx: Context, which: str):
    rows = [r for r in table.rows if not is_total(r)]
    if len(rows) < MIN_ROWS:
        return None
    question = normalize(ctx.aq.text)
    values = value_columns(rows)
    column = _asked_column(question, values, normalize(table.context))
    name = _name_column(rows, values, question) if column else None
    if column is None or name is None:
        return None
    which = by_speed(question, which, [cell_text(r, column) or "" for r in rows])
    g = extremes_grammar()
    terms = [
        t
        for t in ctx.terms
        if t.primary and not t.category and not any(w in t.text for w in g["most"] + g["least"])
    ]
    # The column's header said one way counts as said (the rise rate of a change column).
    said = "\n".join([table.context, *(r.norm for r in rows), *_change_forms(column)])
    if any(is_name(t) and not t.found_in(said) for t in terms):
        return None
    held = coverage(terms, said) if terms else 1.0
    if held < TABLE_COVERAGE:
        return None
    fit = _naming_share(terms, table, rows, column) if terms else 1.0
    totals: dict[str, float] = {}
    rates = any(is_rate(cell_text(r, column) or "") for r in rows)
    for r in rows:
        key, value = cell_text(r, name) or "", number_of(cell_text(r, column) or "") or 0.0
        # A rate is no amount: rows sharing a name keep their own rates, the name its extreme.
        totals[key] = (
            _further(totals[key], value, which)
            if rates and key in totals
            else totals.get(key, 0.0) + value
        )
    ordered = sorted(totals.items(), key=lambda kv: kv[1], reverse=which == "most")
    place = asked_place(ctx.aq.text)
    if place > len(ordered) or (place > 1 and any(is_rank_header(h) for h in rows[0].header)):
        return None  # a place a rank column states is read from that column
    ordered = ordered[place - 1 :]
    if len(ordered) > 1 and ordered[0][1] == ordered[1][1]:
        return None  # a tie: no one row holds the extreme
    if (
        place > 1
        and totals[ordered[0][0]] == sorted(totals.values(), reverse=which == "most")[place - 2]
    ):
        return None
    top = ordered[0][0]
    chosen = [
        r
        for r in rows
        if cell_text(r, name) == top
        and (not rates or number_of(cell_text(r, column) or "") == ordered[0][1])
    ]
    said_values = "、".join(with_unit(r, column, cell_text(r, column) or "") for r in chosen)
    if len(chosen) > 1:
        said_values = msg("extreme_row_sum", values=said_values, total=f"{ordered[0][1]:g}")
    direct = msg("extreme_row", name=top, column=column, values=said_values)
    kind = _kind_held(question, rows, name)
    return direct, [(r, None) for r in chosen], fit, column, kind, len(rows)


def _counts_rows(question: str, found: list) -> list:
    """The answering tables holding as many rows as the question counts items ("of the
    five indicators"), when some do: the count names the table meant."""
    numeral = grammar().raw["counting"]["numeral"]
    classifiers = "|".join(extremes_grammar()["counted_rows"])
    said = {
        numeral_value(m.group(1))
        for m in re.finditer(rf"({numeral})(?:{classifiers})", normalize(question))
    }
    return [f for f in found if f[5] in said] or found


def _kind_held(question: str, rows: list[Sentence], name: str) -> int:
    """How many characters of the noun after the asking word ("which lot") the naming column
    holds, in its header or its cells ("lot 1"): the rows are of the kind asked."""
    which = [question.find(w) + len(w) for w in extremes_grammar()["which"] if w in question]
    if not which:
        return 0
    focus = question[min(which) :]
    said = "\n".join([normalize(name), *(normalize(cell_text(r, name) or "") for r in rows)])
    return next((n for n in range(min(len(focus), _KIND_CHARS), 0, -1) if focus[:n] in said), 0)


def _further(a: float, b: float, which: str) -> float:
    return max(a, b) if which == "most" else min(a, b)


def _naming_share(terms: list, table: Table, rows: list[Sentence], column: str) -> float:
    """How much of the question's words name the whole table: a word of its title, section,
    caption or header counts whole, a word only some rows' cells hold by the share of rows
    holding it (a body in charge of a few rows does not name a table of every row)."""
    head = "\n".join([table.context, *map(normalize, rows[0].header), *_change_forms(column)])
    total = sum(t.weight for t in terms) or 1.0
    held = sum(
        t.weight * (1.0 if t.found_in(head) else sum(t.found_in(r.norm) for r in rows) / len(rows))
        for t in terms
    )
    return held / total


def extreme_row(index: Index, ctx: Context):
    """(direct answer, quotes) naming the row at the extreme the question asks for, or None."""
    which = asked_extreme(ctx.aq.text)
    asks_row = ctx.aq.qtype in EXTREME_TYPES or (
        ctx.aq.qtype in ASKING_TYPES
        and any(w in normalize(ctx.aq.text) for w in extremes_grammar()["which"])
    )
    if which is None or not asks_row:
        return None
    if len({asked_extreme(p) for p in ctx.aq.parts} - {None}) > 1:
        return _each_extreme(index, ctx)
    found = [
        f
        for t in tables_of(index, ctx.sentences, whole_docs=True)
        if (f := _extreme(t, ctx, which))
    ]
    if not found:
        return None
    # Two tables answering differently: the question does not say which table it means,
    # unless it says one of them clearly better.
    best = max(f[2] for f in found)
    close = [f for f in found if f[2] > best - COVERAGE_MARGIN]
    if len({f[0] for f in close}) != 1:
        # The one table whose rows are of the kind the asking word names ("which lot": rows
        # named lot 1, lot 2) is the one meant.
        most = max(f[4] for f in close)
        close = [f for f in close if f[4] == most] if most else close
    if len({f[0] for f in close}) != 1:
        close = _counts_rows(ctx.aq.text, close)
    if len({f[0] for f in close}) != 1:
        return None
    direct, quotes = close[0][:2]
    return direct, quotes + _stated(index, quotes, close[0][3])


def _each_extreme(index: Index, ctx: Context):
    """Parts asking both extremes of one column ("which is highest? which lowest?"), each
    answered on its own from the whole question's words; any part unanswered, none is."""
    directs, quotes = [], []
    for part in ctx.aq.parts:
        sub = AnalyzedQuestion(part, part, classify(part), context=ctx.aq.context, parts=[part])
        found = extreme_row(index, replace(ctx, aq=sub))
        if found is None:
            return None
        directs.append(found[0])
        quotes += [q for q in found[1] if q not in quotes]
    return msg("extreme_rows", rows="；".join(d.rstrip("。") for d in directs)), quotes


def _stated(index: Index, quotes: list, column: str) -> list:
    """The prose sentences of the rows' document stating their figure with the unit the
    answer gives it from the header or caption: the reader sees the value said."""
    out = []
    for row, _ in quotes:
        cell = cell_text(row, column) or ""
        said = with_unit(row, column, cell)
        doc = index.document(row.doc_id) if said != cell else None
        if doc is not None and (p := prose_statement(doc.text, row, said.lstrip("+＋"))):
            out.append(p)
    return out
