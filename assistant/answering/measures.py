"""The measure a number question asks about and the qualifier of its value.

A question asking for an upper bound ("最多能拿多少") is answered by a value stated with
any word of the same bound ("最高", "不超过", "不大于"), so each bound word of a question
is matched by the others of its direction. A value stated as a goal is not the value
achieved. Words are data in ``resources/question_grammar.yaml`` (groups ``bounds`` and
``targets``); functions without state.
"""

from __future__ import annotations

from assistant.answering.grammar import grammar
from assistant.text import normalize

_BOUNDS = grammar().raw["bounds"]
_TARGETS = tuple(grammar().raw["targets"])


def bound_variants(question: str) -> dict[str, tuple[str, ...]]:
    """For each bound word the question says, the other words of the same direction; for
    each goal word (目标), the other goal words (力争, 预计)."""
    q = normalize(question)
    out: dict[str, tuple[str, ...]] = {}
    for group in (_BOUNDS["upper"], _BOUNDS["lower"], _TARGETS):
        for word in (w for w in group if w in q):
            out[word] = tuple(w for w in group if w != word)
    return out


def target_mismatch(question: str, unit_text: str) -> bool:
    """Does the unit state a goal ("力争…达到…") while the question asks what is (no goal
    word of its own)? Then another unit stating the achieved value answers better."""
    return not any(w in normalize(question) for w in _TARGETS) and any(
        w in normalize(unit_text) for w in _TARGETS
    )
