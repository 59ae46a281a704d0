"""The measure a number question asks about and the qualifier of its value.

A question asking for an upper bound ("最多能拿多少") is answered by a value stated with
any word of the same bound ("最高", "不超过", "不大于"), so each bound word of a question
is matched by the others of its direction. Words are data in
``resources/question_grammar.yaml`` (group ``bounds``); functions without state.
"""

from __future__ import annotations

from assistant.answering.grammar import grammar
from assistant.text import normalize

_BOUNDS = grammar().raw["bounds"]


def bound_variants(question: str) -> dict[str, tuple[str, ...]]:
    """For each bound word the question says, the other words of the same direction."""
    q = normalize(question)
    out: dict[str, tuple[str, ...]] = {}
    for direction in ("upper", "lower"):
        said = [w for w in _BOUNDS[direction] if w in q]
        for word in said:
            out[word] = tuple(w for w in _BOUNDS[direction] if w != word)
    return out
