"""Speed asked of a column of times: the quickest is the shortest time.

"Which matter is done fastest" asks for the row whose time limit is the shortest, while
"which indicator grew fastest" asks for the largest rate. A speed word (table_grammar.yaml
``speeds``) read against a column whose figures are times (a figure followed by a time
unit, or a matter done at once) turns the extreme around: fast is least, slow is most.
Examples: tests/test_time_extremes.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.grammar import table_grammar_groups
from assistant.text import normalize

# Most of a column's filled cells must state a time for the column to be read as times.
MIN_TIME_SHARE = 0.5


@lru_cache(maxsize=1)
def _grammar() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str], frozenset[str]]:
    raw = table_grammar_groups()
    g = raw["speeds"]
    units = sorted(g["time_units"], key=len, reverse=True)
    timed = re.compile(r"\d+(?:\.\d+)?\s*(?:" + "|".join(map(re.escape, units)) + ")")
    return tuple(g["fast"]), tuple(g["slow"]), timed, frozenset(raw["extremes"]["at_once"])


def is_time(cell: str) -> bool:
    """Does a cell state a time (a figure with a time unit, or done at once)?"""
    _, _, timed, at_once = _grammar()
    text = normalize(cell).strip()
    return text in at_once or timed.search(text) is not None


def by_speed(question: str, which: str, cells: list[str]) -> str:
    """The extreme of the column's figures a speed question asks: fast is the least time
    and slow the most when the column holds times; otherwise ``which`` unchanged."""
    fast, slow, _, _ = _grammar()
    q = normalize(question)
    said_fast, said_slow = any(w in q for w in fast), any(w in q for w in slow)
    if said_fast == said_slow:
        return which
    filled = [c for c in cells if c.strip()]
    if not filled or sum(is_time(c) for c in filled) < MIN_TIME_SHARE * len(filled):
        return which
    return "least" if said_fast else "most"
