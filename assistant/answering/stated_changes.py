"""Values stated only as changes: a unit that says how much a thing grew ("exports up 2.7%
year on year") states no amount of it. A number question asking the amount ("how much were
exports") is answered better by a unit stating one; a question asking the change, a rate
or a share itself is not. Words are data in ``resources/question_grammar.yaml`` (groups
``change_values`` and ``signed_change``); examples in tests/test_stated_changes.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.grammar import alternation, grammar
from assistant.text import normalize

_NUMBER = r"\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = grammar().raw
    values = raw["change_values"]
    moves = [*raw["signed_change"]["rise"], *raw["signed_change"]["fall"]]
    asking = re.compile(alternation([*values["asking"], *moves]))
    changed = re.compile(
        f"(?:{alternation(moves)})[^，,。；;\\d]{{0,{int(values['reach'])}}}{_NUMBER}"
        f"(?:{alternation(values['units'])})"
    )
    # A time or a span of time ("2023年", "1—9月") states no amount either.
    timed = re.compile(
        f"{_NUMBER}(?:\\s*[{values['range_marks']}]\\s*{_NUMBER})?\\s*"
        f"(?:{alternation(raw['time_units'])})"
    )
    return asking, changed, timed


def states_change_only(question: str, unit_text: str) -> bool:
    """Does the unit state its values only as changes ("up 2.7%") while the question asks an
    amount (no word of change, rate or share of its own)?"""
    asking, changed, timed = _patterns()
    if asking.search(normalize(question)):
        return False
    text = normalize(unit_text)
    if changed.search(text) is None:
        return False
    rest = timed.sub(" ", changed.sub(" ", text))
    return re.search(r"\d", rest) is None
