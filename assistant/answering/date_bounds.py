"""A calendar day the question states against the last or first day a rule allows.

"The service provider only filed on 15 December: is it still accepted?" against "filed at
the latest by 10 December, later filings are not accepted": the asked day is past the last
one, so the rule says no. A window ("from 6 May to 15 December") bounds both ways. Days are
compared within a year (a year is compared only when both sides state it). The words are
data (``calendar_bounds`` in ``resources/question_grammar.yaml``). Pure functions.
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
_C = _G.raw["calendar_bounds"]
_DAY = re.compile(_C["day"])
_MONTH = re.compile(_C["month"])
_LATEST = re.compile(f"(?:{'|'.join(map(re.escape, _C['latest']))})$")
_EARLIEST = re.compile(f"(?:{'|'.join(map(re.escape, _C['earliest']))})$")
_LATEST_AFTER = tuple(sorted(_C["latest_after"], key=len, reverse=True))
_JOINERS = tuple(_C["range_joiners"])


def _key(m: re.Match) -> tuple[int | None, int, int]:
    return (int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)))


def earlier_day(a: tuple, b: tuple) -> bool:
    """Is day ``a`` earlier than day ``b`` (years compared when both state one)?"""
    if a[0] is not None and b[0] is not None and a[0] != b[0]:
        return a[0] < b[0]
    return a[1:] < b[1:]


def day_bounds(clause: str) -> list[tuple[str, tuple]]:
    """The last (at_most) or first (at_least) days the clause allows: a day after a word
    of the latest or earliest day, a day followed by a word of the latest day, each end of a window of days."""
    text = normalize(clause)
    days = list(_DAY.finditer(text))
    out = []
    for i, m in enumerate(days):
        if _LATEST.search(text, 0, m.start()) or text.startswith(_LATEST_AFTER, m.end()):
            out.append(("at_most", _key(m)))
        elif _EARLIEST.search(text, 0, m.start()):
            out.append(("at_least", _key(m)))
        elif i + 1 < len(days) and text[m.end() : days[i + 1].start()] in _JOINERS:
            # A window: from this day to the next.
            out += [("at_least", _key(m)), ("at_most", _key(days[i + 1]))]
    return out


def asked_days(question: str) -> list[tuple]:
    """The days the question states for its case, not bounded by words of its own ("may we file
    before 10 December?" asks about a window, not a day)."""
    text = normalize(question)
    return [
        _key(m)
        for m in _DAY.finditer(text)
        if not text.startswith(_LATEST_AFTER, m.end()) and not _LATEST.search(text, 0, m.start())
    ]


def one_window(clause: str) -> list[tuple[str, tuple]]:
    """The clause's day bounds when they set one deadline or one window; else none (days
    of several matters, each its own deadline, are not the question's to pick from)."""
    bounds = day_bounds(clause)
    relations = [r for r, _ in bounds]
    return bounds if max(relations.count("at_most"), relations.count("at_least")) == 1 else []


def date_verdict(question: str, clause: str) -> bool | None:
    """No when a day the question states lies past the last day the clause allows, or
    before the first; else None (within the window, the rule's other conditions apply)."""
    bounds = one_window(clause)
    for asked in asked_days(question):
        for relation, day in bounds:
            if (relation == "at_most" and earlier_day(day, asked)) or (
                relation == "at_least" and earlier_day(asked, day)
            ):
                return False
    return None


def compared_date_numbers(question: str, clause: str) -> set[str]:
    """The digits of the question's days and months when the clause bounds the days it
    allows: they are compared with its days, not looked up."""
    if not one_window(clause) or not asked_days(question):
        return set()
    text = normalize(question)
    found = {d for m in _DAY.finditer(text) for d in re.findall(r"\d+", m.group(0))}
    return found | {d for m in _MONTH.finditer(text) for d in re.findall(r"\d+", m.group(0))}
