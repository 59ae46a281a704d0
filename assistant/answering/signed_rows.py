"""Did a measure rise or fall? A table row answers with the sign of its figure under a
column of change.

Statistical tables give growth as a signed figure in a column named for the change (a
cumulative year-on-year growth column holding -11.4): the row never says "fell", its sign
does. A yes/no question
asking whether the measure rose (or fell) is decided by that sign, read under the one column
of change the question can mean (the year it names, when several are there). Words are data
(``signed_change`` in ``resources/question_grammar.yaml``); pure functions.
"""

from __future__ import annotations

from assistant.answering.differences import signed_amount
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.text import normalize

_S = grammar().raw["signed_change"]
_RISE = frozenset(_S["rise"])
# Longest first: negative growth is a fall, though it holds the word for growth.
_WORDS = tuple(sorted([*_S["rise"], *_S["fall"]], key=len, reverse=True))


def _direction(text: str) -> int:
    """+1 for a word of rising, -1 for one of falling, 0 for neither (the longest words
    first: negative growth is a fall, though it holds the word for growth)."""
    for word in _WORDS:
        if word in text:
            return 1 if word in _RISE else -1
    return 0


def signed_verdict(row: Sentence, question: str, years: list[str]) -> bool | None:
    """Yes when the row's signed figure under its column of change goes the way the question
    asks, no when it goes the other way; None when the question asks no direction, the row
    has no such column or several that the question's years do not tell apart."""
    if not row.cells:
        return None
    asked = _direction(normalize(question))
    if asked == 0:
        return None
    found = []
    for header, cell in zip(row.header, row.cells, strict=False):
        said = _direction(normalize(header))
        value = signed_amount(cell)
        if said and value:
            found.append((normalize(header), said * value))
    named = [f for f in found if any(y in f[0] for y in years)]
    chosen = named if len(found) > 1 and named else found
    if len(chosen) != 1:
        return None
    return (chosen[0][1] > 0) == (asked > 0)
