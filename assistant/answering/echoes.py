"""A unit that only says again what the question says (a paragraph's run-in label, "Special
audit.", asked "who did the special audit") states nothing the question lacks: it cannot
answer, however well it covers the question's words. Module functions; no state.
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.text import normalize

# The answer types asking for a name the question cannot already say.
NAME_ASKING_TYPES = ("entity",)
# Punctuation and spaces: a unit echoes the question whatever marks close it.
_MARKS = re.compile(r"[\W_]+")


def echoes_question(unit: Sentence, question: str) -> bool:
    """Is the unit's whole text (without its marks) said by the question?"""
    return _echoes(unit, _MARKS.sub("", normalize(question)))


def _echoes(unit: Sentence, question_bare: str) -> bool:
    said = _MARKS.sub("", normalize(unit.text))
    return bool(said) and not unit.cells and said in question_bare


def without_echoes(units: list[tuple[Sentence, float]], aq):
    """The scored units, those echoing a question asking for a name left out. A yes/no
    question names the very item a catalogue unit lists: that unit decides it."""
    if aq.qtype not in NAME_ASKING_TYPES:
        return units
    bare = _MARKS.sub("", normalize(aq.text))  # once, not per unit
    return [(s, sc) for s, sc in units if not _echoes(s, bare)]
