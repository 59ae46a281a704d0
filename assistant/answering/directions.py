"""Whether a statement says anything of the direction a yes/no question asks about.

A question asking whether something rose or fell ("did any zone's R&D share fall?") is not
answered yes by a statement of a level alone ("zone A's share reached 4.1%, first again"):
it holds neither the direction asked nor its opposite, so it decides nothing, however well
it covers the question's nouns. The direction words are the ``opposites`` pairs of
``resources/question_grammar.yaml``; a word next to a figure ("more than 500 km2",
"5m yuan and above") states a threshold or a bound, which the values decide
(threshold_verdicts.threshold_verdict, bound_verdict), not a direction. Pure functions.
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.text import normalize

_NUMERAL = re.compile(grammar().raw["counting"]["numeral"])
# Characters between a figure and a bound word after it: its unit (ten-thousand yuan, km2).
BOUND_REACH = 6
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")


def _beside_figure(q: str, word: str) -> bool:
    at = q.find(word)
    after = q[at + len(word) : at + len(word) + 1]
    before = _CLAUSE_END.split(q[max(0, at - BOUND_REACH) : at])[-1]
    return bool(_NUMERAL.match(after.lstrip()) or _NUMERAL.search(before))


def unstated_direction(question: str, said: str) -> bool:
    """Does the question ask a direction (one word of an opposites pair, not the other)
    of which ``said`` states neither side?"""
    q, c = normalize(question), normalize(said)
    asked = [
        (a, b)
        for a, b in grammar().opposites
        if (a in q) != (b in q) and not _beside_figure(q, a if a in q else b)
    ]
    return bool(asked) and not any(a in c or b in c for a, b in asked)


_NEGATION = grammar().negation
_NOT_NEGATION = grammar().not_negation
# Characters between a negation and the direction word it governs ("不再增长", "未有增加").
DIRECTION_REACH = 2


_CHANGES = frozenset(
    [*grammar().raw["signed_change"]["rise"], *grammar().raw["signed_change"]["fall"]]
)


def direction_negated(text: str, word: str, negated: bool) -> bool:
    """Is a word of the (normalised) text, of an opposites pair, denied? A word of rise or
    fall (``signed_change``) only by a negation right before it ("no longer grows"): a
    negation elsewhere in the statement ("old cars are not replaced") leaves the change it
    states as it is. Another word by any deciding negation of the statement (``negated``)."""
    if word not in _CHANGES:
        return negated
    masked = _NOT_NEGATION.sub(lambda m: " " * len(m.group(0)), text)
    # A negation word may hold the word itself ("不重复" over "重复").
    spans = [m.span() for m in _NEGATION.finditer(masked)]
    return any(
        any(s < at and at - DIRECTION_REACH <= e for s, e in spans)
        for at in (m.start() for m in re.finditer(re.escape(word), masked))
    )
