"""The entry at a position of a list: "which is the 3rd company on the list?".

An ordinal followed by a counting word for entries (question_grammar.yaml
``tables.position_counters``) asks for the entry listed at that place, not a rank of
merit. A table numbers its entries in a serial column (``tables.serial_headers``), which a
rank question may not read (a list of names is in no order of merit) but a position
question does. A place may be counted from the end ("the last company on the list", "the
2nd from last") or named by the entry's serial number ("serial No. 28"); a question naming
several places ("the last one, No. 28") asks for the entry holding all of them.
Examples: tests/test_positions.py.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion, numeral_value
from assistant.answering.table_extremes import is_total
from assistant.answering.table_reading import cell_text, rank_of, tables_of
from assistant.text import normalize

_G = grammar()
_T = _G.raw["tables"]
_COUNTERS = tuple(_T["position_counters"])
_SERIAL_HEADERS = tuple(_T["serial_headers"])
_RANKING_WORDS = tuple(_T["ranking_words"])
_NUMERAL = "([\\d" + re.escape("".join(_G.digits) + "".join(_G.places)) + "]+)"
_COUNTER = "(?:" + "|".join(map(re.escape, _COUNTERS)) + ")"
_PREFIX = re.escape(_G.raw["numerals"]["ordinal_prefix"])
# "倒数第2家": the place counted from the end.
_FROM_END = re.compile(re.escape(_T["from_end"]) + _PREFIX + _NUMERAL + _COUNTER)
# "最后一家", "最末1项": the last entry (the numeral is the count of one entry).
_LAST = re.compile(
    "(?:"
    + "|".join(map(re.escape, _T["last_words"]))
    + ")(?:"
    + "|".join(map(re.escape, _T["one_entry"]))
    + ")?"
    + _COUNTER
)
# "序号28", "编号为12": the entry's own serial number.
_SERIAL = re.compile(
    "(?:"
    + "|".join(map(re.escape, _SERIAL_HEADERS))
    + ")(?:"
    + "|".join(map(re.escape, _T["serial_joiners"]))
    + r")?(\d+)"
)


def listed_positions(aq: AnalyzedQuestion) -> list[int]:
    """Every place in a list a question names: a place from the start as a positive number
    ("the 3rd company", "serial No. 28"), from the end as a negative one ("the last" is -1);
    none when the question names a ranking ("ranked 3rd" asks for a rank instead)."""
    norm = normalize(aq.text)
    if any(w in norm for w in _RANKING_WORDS):
        return []
    places: list[int] = []
    prefix = _G.raw["numerals"]["ordinal_prefix"]
    counted_back = [m.start() + len(_T["from_end"]) for m in _FROM_END.finditer(norm)]
    for m in _G.ranking.finditer(norm):
        if m.start() in counted_back:
            continue
        if m.group(0).startswith(prefix) and norm[m.end() : m.end() + 1] in _COUNTERS:
            places.append(numeral_value(m.group(0)[len(prefix) :]))
    places += [-n for m in _FROM_END.finditer(norm) if (n := numeral_value(m.group(1)))]
    places += [-1 for _ in _LAST.finditer(norm)]
    places += [int(m.group(1)) for m in _SERIAL.finditer(norm)]
    return [p for p in dict.fromkeys(places) if p]


def listed_position(aq: AnalyzedQuestion) -> int | None:
    """The first place a question asks for (see :func:`listed_positions`), or None."""
    places = listed_positions(aq)
    return places[0] if places else None


def rows_at(rows: list[Sentence], table: list[Sentence], places: list[int]) -> list[Sentence]:
    """The rows among ``rows`` holding every place asked, a place from the end counted over
    the ``table``'s numbered rows (the last is the highest number)."""
    numbered = sorted({p for r in table if (p := position_of(r)) is not None})
    if not numbered:
        return _in_order(rows, table, places)
    wanted = set()
    for place in places:
        if place < 0 and len(numbered) < -place:
            return []
        wanted.add(numbered[place] if place < 0 else place)
    if len(wanted) != 1:
        return []  # two places that are not one entry: the question is not about one row
    (place,) = wanted
    return [r for r in rows if position_of(r) == place]


def _in_order(rows: list[Sentence], table: list[Sentence], places: list[int]) -> list[Sentence]:
    """A table numbering no row (a schedule) lists its entries in its rows' order; a total
    row ends the table but is no entry."""
    entries = [r for r in table if not is_total(r)]
    wanted = {p if p < 0 else p - 1 for p in places}
    if len(wanted) != 1:
        return []
    (place,) = wanted
    if not -len(entries) <= place < len(entries):
        return []
    return [r for r in rows if r is entries[place]]


def position_of(row: Sentence) -> int | None:
    """The place a table row holds in its list: its rank, else its serial number."""
    rank = rank_of(row)
    if rank is not None:
        return rank
    for h in row.header or ():
        if any(w in normalize(h) for w in _SERIAL_HEADERS):
            cell = cell_text(row, h) or ""
            return int(cell) if cell.isdigit() else None
    return None


def misplaced(index, aq: AnalyzedQuestion, row: Sentence) -> bool:
    """Does the question name places in a list (see :func:`listed_positions`) that this
    row of a table does not hold? Such a row is no answer, however well it scores: it
    shares a figure with the question, not its place."""
    places = listed_positions(aq)
    if not places or not row.cells:
        return False
    for table in tables_of(index, [row]):
        if any(r.start == row.start for r in rows_at(table.rows, table.rows, places)):
            return False
    return True
