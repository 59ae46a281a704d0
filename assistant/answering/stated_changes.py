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
        f"(?:{alternation(moves)})(?![{''.join(values['level_marks'])}])"
        f"[^，,。；;\\d]{{0,{int(values['reach'])}}}{_NUMBER}"
        f"(?:{alternation(values['units'])})"
    )
    # A time or a span of time ("2023年", "1—9月") states no amount either.
    timed = re.compile(
        f"{_NUMBER}(?:\\s*[{values['range_marks']}]\\s*{_NUMBER})?\\s*"
        f"(?:{alternation(raw['time_units'])})"
    )
    return asking, changed, timed


@lru_cache(maxsize=1)
def _shares() -> re.Pattern[str]:
    values = grammar().raw["change_values"]
    return re.compile(
        f"{re.escape(values['share_word'])}[^，,。；;\\d]{{0,{int(values['share_reach'])}}}?"
        f"{_NUMBER}\\s*(?:{alternation(values['units'])})"
    )


def other_kind_blanked(question: str, text: str) -> str:
    """The text with the values of another kind than an amount blanked (changes, "up 2.7%",
    and shares, "its share of the total is 68%") when the question asks an amount: no word
    of change, rate or share of its own. A clause naming the total only as the base of a
    share does not state the total."""
    asking, changed, _ = _patterns()
    ratio = alternation(grammar().raw["ratio"]["words"])
    share = re.escape(grammar().raw["change_values"]["share_word"])
    if any(re.search(p, normalize(question)) for p in (asking, ratio, share)):
        return text
    return _shares().sub(_blank, changed.sub(_blank, text))


def _blank(m: re.Match[str]) -> str:
    """Spaces as long as the match: the text keeps its offsets."""
    return " " * len(m.group(0))


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
