"""Values a yes/no question states that a unit compares rather than states.

A yes/no question often gives the asker's own figure ("we invest 60m, may we get our own
plot?", "we sublet 40%, is that allowed?") and the rule that decides it states a bound in
the same unit ("projects under 80m get no plot of their own", "not more than 30%"): the
figure is compared with the bound, so it need not be written in the unit. Which bound is
the figure's is for the verdict to read (stated_bounds, with its measure); a unit bounding
the figure's unit at all may be the one to decide it. Pure functions.
"""

from __future__ import annotations

from assistant.answering.answer_parts import amount, unit_of
from assistant.answering.case_bounds import case_unit
from assistant.answering.date_bounds import compared_date_numbers
from assistant.answering.grammar import grammar
from assistant.answering.stated_bounds import (
    comparable_units,
    compared_numbers,
    relation_after,
    relation_before,
)
from assistant.answering.stated_values import other_values
from assistant.text import FIGURE, normalize

_G = grammar()


def bounded_units(question: str, clause: str) -> set[str]:
    """The digits of the question's values stated without a relation of their own whose
    unit the clause bounds (a relation word before or after one of its values)."""
    units = set()
    for b in _G.number.finditer(clause):
        relation = relation_before(clause, b.start()) or relation_after(clause, b.end())
        if relation not in (None, "reached") and amount(b.group(0)) is not None:
            units.add(unit_of(normalize(b.group(0))))
    found: set[str] = set()
    for m in _G.number.finditer(question):
        if relation_before(question, m.start()) is not None or amount(m.group(0)) is None:
            continue
        unit = case_unit(question, m)
        if unit and any(comparable_units(unit, u) for u in units if u):
            found |= set(FIGURE.findall(m.group(0)))
    return found


def compared_values(question: str, clause: str) -> set[str]:
    """The digits of the question's values the clause compares with a bound (its own on
    the same measure, or any on the same unit) or states otherwise for the asked measure:
    they need not be found in the unit."""
    return (
        compared_numbers(question, clause)
        | bounded_units(question, clause)
        | other_values(question, clause)
        | compared_date_numbers(question, clause)
    )
