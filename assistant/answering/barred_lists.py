"""Lists of what is barred or refused: a list question asking with a negation ("which things
may a tenant not do", "in which cases is no grant paid") is answered by the items a barring
lead-in opens ("a tenant shall not: ..."), not by the items of a lead-in that grants or
requires ("a tenant shall meet these conditions: ..."), which otherwise covers the
question's nouns as well. The negation words are the polarity grammar's
(``question_grammar.yaml``, group ``negation``). Pure functions; no state.
"""

from __future__ import annotations

import re

from assistant.answering.polarity import negated

# What a barring lead-in adds to a unit's score for a list question asked with a negation:
# about one content term's worth, enough to lift it over the granting lead-in of the same
# document, too little to carry a unit that covers none of the question.
BARRING_LEAD_BONUS = 0.3
_COLON = re.compile("[:：]")


def _lead_in(text: str) -> str | None:
    """The words before the last colon of a unit opening items (ending with the colon, or
    with items after it), or None for a unit opening none."""
    marks = list(_COLON.finditer(text))
    return text[: marks[-1].start()] if marks else None


def barring_bonus(qtype: str, question: str, unit_text: str) -> float:
    """BARRING_LEAD_BONUS for a unit whose lead-in bars or refuses, when a list question
    asks with a negation; 0 otherwise."""
    if qtype != "list" or not negated(question):
        return 0.0
    lead = _lead_in(unit_text)
    return BARRING_LEAD_BONUS if lead is not None and negated(lead) else 0.0
