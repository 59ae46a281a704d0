"""A bound relaxed for a case: "aged 35 or under, 40 or under for holders of a doctorate".

The relaxed bound is the one a question naming the case ("a doctor aged 38") is checked
against; any other question is checked against the first bound, the relaxation left out.
The words are data in ``resources/question_grammar.yaml`` (group ``stated_bounds``).
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.verdict_cases import names_case
from assistant.text import FIGURE

_B = grammar().raw["stated_bounds"]
_RELAXED = re.compile("|".join(map(re.escape, sorted(_B["relaxed"], key=len, reverse=True))))
_OPENERS = tuple(_B["case_openers"])
_PARTS = re.compile(r"(?<=[,，;；])")


def _case(part: str, at: int) -> str:
    """The words of the case a relaxation is for: before its word, without the opener and
    the modifier mark."""
    case = part[:at].strip(" ,，;；").removesuffix(grammar().modifier_mark)
    for opener in _OPENERS:
        case = case.removeprefix(opener)
    return case


def _relaxed_case(parts: list[str], i: int, at: int) -> str:
    """The case the relaxation at ``at`` of part ``i`` is for: the condition clause right
    before it when that ends with the modifier mark ("recognised as X *de*, the cap is
    raised to ..."), the part's own words before the relaxation naming only the measure
    relaxed; else those words."""
    condition = parts[i - 1].rstrip(" ,，;；") if i > 0 else ""
    if condition.endswith(grammar().modifier_mark):
        return _case(condition, len(condition))
    return _case(parts[i], at)


def bound_for_case(question: str, clause: str) -> str:
    """The clause as it bounds the question's case: without the first bound when the
    question names the case a bound is relaxed for, else without its relaxations."""
    parts = _PARTS.split(clause)
    relaxed = [(i, m) for i, p in enumerate(parts) if (m := _RELAXED.search(p))]
    if not relaxed:
        return clause
    for i, m in relaxed:
        if names_case(_relaxed_case(parts, i, m.start()), question, "", 1):
            # The first bound, in the same unit as the relaxed one, no longer holds.
            value = FIGURE.search(parts[i], m.end())
            unit = parts[i][value.end() : value.end() + 1] if value else ""
            first = [j for j, p in enumerate(parts[:i]) if unit and re.search(r"\d" + unit, p)]
            return "".join(p for j, p in enumerate(parts) if j not in first)
    return "".join(p for i, p in enumerate(parts) if i not in {j for j, _ in relaxed})
