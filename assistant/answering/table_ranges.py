"""Rows chosen by a quantity the question states: a condition cell gives a range
(above 50 million yuan, 10 (inclusive) to 50 million, at most 2 million) and the question a
figure (a project investing 80 million); the row whose range holds the figure is the row asked about.
The words are the ``value_ranges`` group of resources/question_grammar.yaml. Module
functions; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import numeral_value
from assistant.answering.table_reading import overlap
from assistant.text import FIGURE, normalize

_G = grammar()
_R = _G.raw["value_ranges"]
_BIG: dict[str, int] = _G.raw["numerals"]["big"]
_AMOUNT = _R["amount"]


def _words(key: str) -> str:
    words = sorted({normalize(w) for w in _R[key]}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


_STATED = re.compile(_AMOUNT)
_INCL = rf"(?:{_words('inclusive')})?"
_BETWEEN = re.compile(rf"{_AMOUNT}\s*{_INCL}\s*(?:{_words('joiners')})\s*{_AMOUNT}")
_LEAST_AFTER = re.compile(rf"{_AMOUNT}\s*{_INCL}\s*(?:{_words('at_least')})")
_MOST_AFTER = re.compile(rf"{_AMOUNT}\s*{_INCL}\s*(?:{_words('at_most')})")
# Bounds said first, in one pattern so that 不超过 is not read as its 超过.
_BEFORE = re.compile(rf"({_words('at_least_before')}|{_words('at_most_before')})\s*{_AMOUNT}")
_LEAST_WORDS = frozenset(normalize(w) for w in _R["at_least_before"])
# Groups of one amount: figure, "more than" mark, 万/亿, money unit.
_PER_AMOUNT = 4
# A range cell names the question's measure when they share a run this long.
MIN_SHARED_CHARS = 2
# "40多万" is above 40万 by an unstated part: read as this share more than the figure.
MORE_THAN_SHARE = 0.01


@dataclass(frozen=True)
class Range:
    low: float | None
    high: float | None

    def holds(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


def _value(m: re.Match, first: int, big: str | None = None) -> float:
    """An amount's value from its groups; ``big`` stands for the scale word (ten
    thousand, hundred million) the amount leaves to the other bound ("1000 to 5000 wan")."""
    figure = m.group(first)
    number = float(figure) if figure[:1].isdigit() else float(numeral_value(figure) or 0)
    scale = _BIG.get(m.group(first + 2) or big or "", 1)
    value = number * scale
    return value * (1 + MORE_THAN_SHARE) if m.group(first + 1) else value


def _has_unit(m: re.Match, first: int) -> bool:
    return bool(m.group(first + 2) or m.group(first + 3))


def stated_amounts(question: str) -> list[float]:
    """Amounts the question states with a unit (80 million yuan, "40-odd wan"), not
    years or counts."""
    return [_value(m, 1) for m in _STATED.finditer(normalize(question)) if _has_unit(m, 1)]


def stated_spans(question: str) -> list[str]:
    """The amounts the question states with a unit, as written."""
    return [m.group(0) for m in _STATED.finditer(normalize(question)) if _has_unit(m, 1)]


def stated_figures(question: str) -> set[str]:
    """The figures of amounts the question states: they select rows by a range, not by
    being written in the table."""
    return {d for m in stated_spans(question) for d in FIGURE.findall(m)}


def cell_ranges(cell: str) -> list[Range]:
    """The ranges of amounts a cell states, each bound with its unit."""
    text = normalize(cell)
    found: list[Range] = []
    taken: list[tuple[int, int]] = []
    for m in _BETWEEN.finditer(text):
        if _has_unit(m, 1) or _has_unit(m, 1 + _PER_AMOUNT):
            big = m.group(1 + _PER_AMOUNT + 2)
            found.append(Range(_value(m, 1, big), _value(m, 1 + _PER_AMOUNT)))
            taken.append(m.span())
    bounds = [(m, 1, True) for m in _LEAST_AFTER.finditer(text)]
    bounds += [(m, 1, False) for m in _MOST_AFTER.finditer(text)]
    bounds += [(m, 2, m.group(1) in _LEAST_WORDS) for m in _BEFORE.finditer(text)]
    for m, first, low in bounds:
        if any(a <= m.start() < b for a, b in taken) or not _has_unit(m, first):
            continue
        value = _value(m, first)
        found.append(Range(value, None) if low else Range(None, value))
    return found


def ranged_rows(rows: list[Sentence], question: str) -> list[Sentence] | None:
    """The rows whose condition range holds an amount the question states; None when the
    question states none or no row gives a range (nothing to choose by)."""
    amounts = stated_amounts(question)
    if not amounts:
        return None
    held: list[tuple[Sentence, int]] = []  # (row, words its range cell shares with the question)
    any_range = False
    q = normalize(question)
    for r in rows:
        for c in r.cells:
            ranges = cell_ranges(c)
            any_range = any_range or bool(ranges)
            if any(x.holds(a) for x in ranges for a in amounts):
                held.append((r, overlap(FIGURE.sub(" ", normalize(c)), q)))
                break
    if not any_range:
        return None
    # Several ranges hold the amount (an investment above 50 million, a service spend above
    # 3 million): the one whose cell names the question's measure.
    best = max((n for _, n in held), default=0)
    if best >= MIN_SHARED_CHARS:
        held = [(r, n) for r, n in held if n == best]
    return [r for r, _ in held]
