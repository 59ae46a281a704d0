"""Spans of the day a schedule states ("9:15—10:45"): how long one lasts, in minutes, so
that two sessions compare by their lengths and not by their first figures; and the sessions
of a part of the day a question names ("the first session in the afternoon"). The words are
data: ``resources/table_grammar.yaml`` (``clock_range_joiners``, ``day_parts``); examples
in tests/test_clock_ranges.py."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.differences import table_grammar_groups
from assistant.answering.evidence import Sentence
from assistant.text import normalize

MINUTES_PER_HOUR = 60
HOURS_PER_DAY = 24


@lru_cache(maxsize=1)
def _clock_range() -> re.Pattern[str]:
    joiners = "".join(re.escape(j) for j in table_grammar_groups()["clock_range_joiners"])
    time = r"([01]?\d|2[0-3])[:：]([0-5]\d)"
    return re.compile(rf"(?<![\d:：]){time}\s*[{joiners}]{{1,2}}\s*{time}(?![\d:：])")


def clock_minutes(text: str) -> int | None:
    """The length in minutes of the one span of the day ``text`` states, else None (no
    span, several spans, or an end before the start)."""
    found = list(_clock_range().finditer(text))
    if len(found) != 1:
        return None
    h1, m1, h2, m2 = (int(g) for g in found[0].groups())
    length = (h2 - h1) * MINUTES_PER_HOUR + (m2 - m1)
    return length if 0 < length < HOURS_PER_DAY * MINUTES_PER_HOUR else None


def clock_start(text: str) -> int | None:
    """When the first span of the day ``text`` states starts, in minutes after midnight."""
    m = _clock_range().search(text)
    return int(m.group(1)) * MINUTES_PER_HOUR + int(m.group(2)) if m else None


def in_day_part(rows: list[Sentence], question: str) -> list[Sentence]:
    """The rows of a schedule whose session starts in the one part of the day the question
    names; all the rows when it names none, or when not every row states a span of the day
    (the table is no schedule)."""
    q = normalize(question)
    asked = [hours for word, hours in table_grammar_groups()["day_parts"].items() if word in q]
    starts = [next((s for c in r.cells if (s := clock_start(c)) is not None), None) for r in rows]
    if len(asked) != 1 or not rows or None in starts:
        return rows
    lo, hi = (h * MINUTES_PER_HOUR for h in asked[0])
    return [r for r, s in zip(rows, starts, strict=True) if lo <= s < hi]
