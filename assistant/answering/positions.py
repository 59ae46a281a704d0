"""The entry at a position of a list: "which is the 3rd company on the list?".

An ordinal followed by a counting word for entries (question_grammar.yaml
``tables.position_counters``) asks for the entry listed at that place, not a rank of
merit. A table numbers its entries in a serial column (``tables.serial_headers``), which a
rank question may not read (a list of names is in no order of merit) but a position
question does. Examples: tests/test_positions.py.
"""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion, numeral_value
from assistant.answering.table_reading import cell_text, rank_of
from assistant.text import normalize

_G = grammar()
_T = _G.raw["tables"]
_COUNTERS = tuple(_T["position_counters"])
_SERIAL_HEADERS = tuple(_T["serial_headers"])
_RANKING_WORDS = tuple(_T["ranking_words"])


def listed_position(aq: AnalyzedQuestion) -> int | None:
    """The place in a list a question asks for ("the 3rd company"), or None; a question
    naming a ranking ("ranked 3rd") asks for a rank instead."""
    norm = normalize(aq.text)
    if any(w in norm for w in _RANKING_WORDS):
        return None
    prefix = _G.raw["numerals"]["ordinal_prefix"]
    for m in _G.ranking.finditer(norm):
        if m.group(0).startswith(prefix) and norm[m.end() : m.end() + 1] in _COUNTERS:
            return numeral_value(m.group(0)[len(prefix) :])
    return None


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
