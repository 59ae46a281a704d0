"""A duration asked as a count of a unit of time ("how many days to pay the fine") is
answered by a period, never by a date alone: a unit (or table row) stating a date and no
period gives a deadline, and how many days it leaves is not stated. The asking pattern is
``counted_periods`` in resources/question_grammar.yaml. Examples:
tests/test_counted_periods.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.evidence import DATE, DURATION
from assistant.answering.extraction import pattern_hit
from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion
from assistant.answering.units import CLAUSE_SPLIT
from assistant.text import normalize


@lru_cache(maxsize=1)
def _asking() -> re.Pattern[str]:
    return re.compile(grammar().raw["counted_periods"]["asking"])


def dated_only(aq: AnalyzedQuestion, text: str) -> bool:
    """Does a duration question counting units of time meet a unit that states a date and
    no period in any of its clauses?"""
    if aq.qtype != "duration" or not _asking().search(normalize(aq.text)):
        return False
    clauses = CLAUSE_SPLIT.split(text)
    # A date's year ("2025年10月31日") is no period of years: read the rest for one.
    return any(pattern_hit(DATE, c) for c in clauses) and not any(
        pattern_hit(DURATION, DATE.sub(" ", c)) for c in clauses
    )


def _stated_group(period: str) -> int | None:
    """The group of the unit of time a period ("six months", "fifteen working days") is
    counted in: the unit its figure is followed by first, the longest form there."""
    groups = grammar().raw["counted_periods"]["unit_groups"]
    hits = [(period.find(u), -len(u), i) for i, g in enumerate(groups) for u in g if u in period]
    return min(hits)[2] if hits else None


def other_time_unit(aq: AnalyzedQuestion, text: str) -> bool:
    """Does a duration question counting one unit of time ("a validity of how many years")
    meet a unit stating periods, none of them in that unit or one counted alike?"""
    if aq.qtype != "duration":
        return False
    m = _asking().search(normalize(aq.text))
    if m is None:
        return False
    asked = _stated_group(m.group(0))
    if asked is None:
        return False
    stated = {
        _stated_group(p.group(0))
        for c in CLAUSE_SPLIT.split(text)
        for p in DURATION.finditer(DATE.sub(" ", c))
    } - {None}
    return bool(stated) and asked not in stated


def periods_not_dates(aq: AnalyzedQuestion, cells: tuple[str, ...]) -> bool:
    """Does a date question ("from when is it counted") meet a table row whose cells state
    periods ("one working day") and no date in any cell? A row's period says how long, and
    its start is not a cell of it."""
    if aq.qtype != "date" or not cells:
        return False
    # A cell that is a period counted in figures; a frequency or a month in a longer cell
    # ("every year in March") may say when.
    period = any(DURATION.fullmatch(c.strip()) and any(ch.isdigit() for ch in c) for c in cells)
    return period and not any(pattern_hit(DATE, c) for c in cells)
