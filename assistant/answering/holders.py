"""Yes/no on who holds a duty: "handled by body X?" against a clause naming body Y.

"Handled by X" names the one body that does a thing, so a question asking whether another
body does it is answered no — when both name a holder with the same closing verb and the
two names share no character beyond a generic one (the "district" of two districts). Names
sharing a character (a zone's two abbreviations) may be one body under two names and decide
nothing. Pure functions; the construction is read by ``marked_slots`` (slot ``holder``).
"""

from __future__ import annotations

import re

# The grammar's own builder of word alternations, longest word first.
from assistant.answering.grammar import alternation
from assistant.answering.marked_slots import filled, paired, words
from assistant.text import normalize

SLOT = "holder"
_GENERIC = re.compile(alternation(words(SLOT, "generic_chars")))


def holders(text: str) -> list[tuple[str, str]]:
    """(holder, verb) pairs the text names ("still handled by district X" -> (X, handled))."""
    return [(f.filler, f.verb) for f in filled(normalize(text), SLOT)]


def _distinct(a: str, b: str) -> bool:
    """Are two holder names two bodies: no character shared beyond the generic ones?"""
    core_a, core_b = _GENERIC.sub("", a), _GENERIC.sub("", b)
    return bool(core_a) and bool(core_b) and not set(core_a) & set(core_b)


def other_holder(question: str, clause: str) -> bool:
    """Does the clause give the duty the question asks about to another body than the one
    the question names, with the same verb? Every holder said with that verb must be
    another body: one that may be the asked one decides nothing."""
    asked = filled(normalize(question), SLOT)
    if len(asked) != 1:
        return False
    pairs = paired(asked[0], normalize(clause), SLOT)
    return bool(pairs) and all(_distinct(p.mine, p.theirs) for p in pairs)
