"""A time of day the question states against the latest or earliest time a rule allows.

"Can it run until 8 in the evening?" against "the extended service lasts at the latest
until 19:30": the asked time is past the latest one, so the rule says no. The spoken time
("8 o'clock in the evening", "half past twelve at noon") is read in minutes after midnight;
the rule's time is written with a colon. The words are data (``spoken_clock`` in
``resources/question_grammar.yaml``). Pure functions.
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.numerals import numeral_value
from assistant.text import normalize

_G = grammar()
_C = _G.raw["spoken_clock"]
MINUTES_PER_HOUR = 60
# Hours below this are read past noon after a word for the afternoon or evening.
NOON = 12
_NUMERAL = f"[0-9{_G.numeral_chars}]{{1,3}}"
_SPOKEN = re.compile(
    rf"({'|'.join(map(re.escape, _C['after_noon']))})?({_NUMERAL}){re.escape(_C['hour'])}"
    rf"(?:({re.escape(_C['half'])})|({_NUMERAL}){re.escape(_C['minute'])}?)?"
)
_WRITTEN = re.compile(r"(?<![\d:：])([01]?\d|2[0-3])[:：]([0-5]\d)(?![\d:：])")
_BOUNDS = {
    "at_most": re.compile(f"(?:{'|'.join(map(re.escape, _C['latest']))})[^0-9,，;；。]{{0,4}}$"),
    "at_least": re.compile(f"(?:{'|'.join(map(re.escape, _C['earliest']))})[^0-9,，;；。]{{0,4}}$"),
}


def spoken_times(question: str) -> list[tuple[re.Match, int]]:
    """The times of day the question states in words, each in minutes after midnight."""
    out = []
    for m in _SPOKEN.finditer(normalize(question)):
        hour = numeral_value(m.group(2))
        minute = 30 if m.group(3) else (numeral_value(m.group(4)) if m.group(4) else 0)
        if hour is None or minute is None or hour > 24 or minute >= MINUTES_PER_HOUR:
            continue
        if m.group(1) and hour < NOON:
            hour += NOON
        out.append((m, hour * MINUTES_PER_HOUR + minute))
    return out


def _bounds(clause: str) -> list[tuple[str, int]]:
    """The latest or earliest times the clause allows: (relation, minutes)."""
    out = []
    for m in _WRITTEN.finditer(clause):
        for relation, pattern in _BOUNDS.items():
            if pattern.search(clause, 0, m.start()):
                out.append((relation, int(m.group(1)) * MINUTES_PER_HOUR + int(m.group(2))))
    return out


def clock_verdict(question: str, clause: str) -> bool | None:
    """No when a time the question states lies past the latest time the clause allows, or
    before the earliest; else None (within it, the rule's other conditions still apply)."""
    bounds = _bounds(normalize(clause))
    if len(bounds) != 1:
        return None
    relation, bound = bounds[0]
    for _, asked in spoken_times(question):
        if (relation == "at_most" and asked > bound) or (relation == "at_least" and asked < bound):
            return False
    return None


def compared_clock_numbers(question: str, clause: str) -> set[str]:
    """The digits of the question's spoken times the clause compares with its one bound:
    they need not be found in the evidence."""
    if len(_bounds(normalize(clause))) != 1:
        return set()
    return {d for m, _ in spoken_times(question) for d in re.findall(r"\d+", m.group(0))}
