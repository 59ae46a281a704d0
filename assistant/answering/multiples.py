"""A value stated as a multiple of another ("at twice the base inspection ratio"): the
clause states the multiple, not the base it names, so it does not affirm a question asking
whether the base itself applies ("inspected at the base ratio?"). Words are data
(``multiples`` in ``resources/question_grammar.yaml``)."""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.answering.stated_bounds import shares_run

_M = grammar().raw["multiples"]
_MULTIPLE = re.compile(_M["pattern"])
# Characters before a multiple naming its base ("the base inspection ratio"): a short noun phrase.
BASE_CHARS = 4


def multiple_of_asked(question: str, clause: str) -> bool:
    """Does the clause state a multiple of a base the question names, the question asking
    of no multiple?"""
    if _M["word"] in question:
        return False
    return any(
        shares_run(clause[max(0, m.start() - BASE_CHARS) : m.start()], question)
        for m in _MULTIPLE.finditer(clause)
    )
