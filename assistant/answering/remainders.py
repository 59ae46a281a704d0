"""The remainder beyond a bound ("up to 5000 square metres, *the part beyond* is not
subsidised"): its denial holds for the excess only. A question whose stated value meets
the bound ("we rent 4800 square metres") has no excess, so that clause says nothing of
it. Words are data (``universal.not_partial`` in ``resources/question_grammar.yaml``)."""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.stated_bounds import bound_verdict, compared_numbers

_G = grammar()
_REMAINDER = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(_G.raw["universal"]["not_partial"], key=len, reverse=True)))
    + ")[^。；;！？!?]*"
)


def without_remainder(question: str, clause: str) -> str:
    """The clause with its remainder stretch blanked to the sentence's end when the
    question states a value the clause bounds and the value meets the bound; else as is."""
    if not _REMAINDER.search(clause) or not compared_numbers(question, clause):
        return clause
    if bound_verdict(question, clause) is False:
        return clause  # the value misses the bound: the excess is what is asked
    return _REMAINDER.sub(lambda m: " " * len(m.group(0)), clause)
