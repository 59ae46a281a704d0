"""Lower bounds asked and stated: "what must R&D spending reach" is answered by a clause
stating a bound ("above 3m"), not by a rate beside it.

Words are data in ``resources/question_grammar.yaml`` (groups ``bounds`` and ``ranges``);
examples in tests/test_bounds.py. Functions without state.
"""

from __future__ import annotations

from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion
from assistant.text import normalize

_BOUNDS = grammar().raw["bounds"]
_RANGES = grammar().raw["ranges"]


def asks_lower_bound(question_norm: str) -> bool:
    """Does a number question ask what a requirement must reach (a threshold), by a
    reaching phrase, a lower-bound word or a threshold noun?"""
    return any(
        w in question_norm
        for w in (*_BOUNDS["reach_asking"], *_BOUNDS["lower"], *_BOUNDS["lower_nouns"])
    )


def states_lower_bound(text_norm: str) -> bool:
    """Does the text state a lower bound: a lower-bound word or a range open above?"""
    return any(w in text_norm for w in (*_BOUNDS["lower"], *_RANGES["above"]))


def asks_reach(aq: AnalyzedQuestion) -> bool:
    """Is this a number question asking what a requirement must reach?"""
    return aq.qtype == "number" and asks_lower_bound(normalize(aq.text))
