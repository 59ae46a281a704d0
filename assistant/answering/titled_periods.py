"""The period of a year (a quarter, a half-year) a question asks about must be the one the
evidence reports on. A document whose title names another period of the year reports on
that one: its paragraphs mention the asked period only when comparing with it ("up on the
second quarter's 365"), so a unit there answers about the asked period only when it says
that period itself. The periods are the question grammar's ``period_patterns``.
Examples: tests/test_titled_periods.py.
"""

from __future__ import annotations

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.text import normalize


def period_unstated(sent: Sentence, ctx: str, periods: list[str]) -> bool:
    """Is a period the question names missing from the unit's context, or said only in
    its paragraph while the unit's title reports on another period of the year?"""
    if any(p not in ctx for p in periods):
        return True
    titled = set(grammar().period.findall(normalize(sent.title)))
    return bool(titled) and any(p not in titled and p not in sent.norm for p in periods)
