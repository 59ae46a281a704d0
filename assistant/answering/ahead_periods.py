"""A duration question asking how far ahead something is done is answered by a period
marked as before an event ("six months before expiry", "five working days ahead"): a unit
stating no such period (only a period counted from a date, or none) does not answer it.
The words are ``ahead_periods`` in resources/question_grammar.yaml. Examples:
tests/test_ahead_periods.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.evidence import DURATION
from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion
from assistant.text import normalize


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = grammar().raw["ahead_periods"]
    before = "|".join(map(re.escape, raw["before"]))
    after = "|".join(map(re.escape, raw["after"]))
    return (
        re.compile(raw["asking"]),
        re.compile(rf"(?:{before}){raw['between']}$"),
        re.compile(rf"^(?:{after})"),
    )


def asks_ahead(question: str) -> bool:
    """Does a duration question ask how far ahead something is done?"""
    return bool(_grammar()[0].search(normalize(question)))


def no_ahead_period(aq: AnalyzedQuestion, text: str) -> bool:
    """Does a question asking how far ahead meet a unit stating no period marked as
    before an event?"""
    if aq.qtype != "duration" or not asks_ahead(aq.text):
        return False
    _, before, after = _grammar()
    norm = normalize(text)
    for m in DURATION.finditer(norm):
        if before.search(norm[: m.start()]) or after.search(norm[m.end() :]):
            return False
    return True
