"""Spans of the day a schedule states ("9:15—10:45"): how long one lasts, in minutes, so
that two sessions compare by their lengths and not by their first figures. The joiners are
data: ``resources/table_grammar.yaml`` (``clock_range_joiners``); examples in
tests/test_clock_ranges.py."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.differences import table_grammar_groups

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
