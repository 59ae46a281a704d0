"""A level the question states against a floor the clause sets on an ordered scale.

"Only a junior-college diploma, may I apply?" against "bachelor's degree or above": the
question's level lies below the floor, so the rule says no. A level at or above the floor
decides nothing, since a rule's other conditions still apply. The scales and the words
making a level a floor are data (``ordered_levels`` in ``resources/question_grammar.yaml``).
Pure functions.
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.text import normalize

_L = grammar().raw["ordered_levels"]
_FLOOR = tuple(_L["floor"])
# (name, scale, rank) for every name of every rank, longest names first.
_NAMES = sorted(
    (
        (name, scale, rank)
        for scale, ranks in _L["scales"].items()
        for rank, names in enumerate(ranks)
        for name in names
    ),
    key=lambda item: -len(item[0]),
)
_NAME = re.compile("|".join(re.escape(name) for name, _, _ in _NAMES))
_PARTS = re.compile(r"[,，;；。|｜]")
_RANK = {name: (scale, rank) for name, scale, rank in _NAMES}


def _levels(text: str) -> list[tuple[str, int, bool]]:
    """The levels named in ``text``: (scale, rank, set as a floor)."""
    return [(*_RANK[m.group(0)], text.startswith(_FLOOR, m.end())) for m in _NAME.finditer(text)]


def level_verdict(question: str, clause: str) -> bool | None:
    """No when the question states one level of a scale, not as a floor, below the floor
    the clause sets on that scale; else None."""
    asked = _levels(normalize(question))
    # A floor offered with an alternative in its own clause or cell may be met another way.
    floors = [
        (scale, rank)
        for part in _PARTS.split(normalize(clause))
        if not any(w in part for w in _L["alternatives"])
        for scale, rank, floor in _levels(part)
        if floor
    ]
    for scale, rank, floor in asked:
        if floor or sum(1 for s, _, _ in asked if s == scale) > 1:
            continue  # asking of a floor, or of several levels: nothing stated of one
        held = [r for s, r in floors if s == scale]
        if len(held) == 1 and rank < held[0]:
            return False
    return None
