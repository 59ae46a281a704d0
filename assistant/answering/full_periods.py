"""A period to be completed before an act ("only once 3 months are full may one apply for
credit repair") is a lower bound on the time passed, and a question's value written in
Chinese numerals ("only two months") is compared with it like one in digits. Words are
data (``stated_bounds.full`` and ``full_ends`` in ``resources/question_grammar.yaml``)."""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.numerals import numeral_value

_G = grammar()
_B = _G.raw["stated_bounds"]
_FULL = tuple(sorted(_B["full"], key=len, reverse=True))
_ENDS = tuple(sorted(_B["full_ends"], key=len, reverse=True))
_NUMERAL = re.compile("[" + "".join(map(re.escape, [*_G.digits, *_G.places])) + "]+")
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")


def full_period(clause: str, start: int, end: int) -> str | None:
    """ "at_least" when the value at ``clause[start:end]`` follows a word of completion and
    is followed by a word making the act wait for it; else None."""
    if clause[:start].endswith(_FULL) and clause[end:].lstrip().startswith(_ENDS):
        return "at_least"
    return None


def numeral_amount(value: str) -> float | None:
    """The amount a value written in Chinese numerals states ("two months" -> 2), else None."""
    m = _NUMERAL.match(value)
    number = numeral_value(m.group(0)) if m else None
    return float(number) if number is not None else None


def case_negated_only(question: str) -> bool:
    """Are the question's negations all in its earlier clauses, the case it sets ("not on
    the list, *7 months* since, is the time enough to apply?"), none in its asking clause?
    Beside a value a bound checks, that case is not what the rule is asked to deny."""
    clauses = [c for c in _CLAUSE_END.split(question) if c.strip()]
    if len(clauses) < 2 or _G.negation.search(clauses[-1]):
        return False
    return any(_G.negation.search(c) for c in clauses[:-1])
