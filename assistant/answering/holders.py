"""Yes/no on who holds a duty: "handled by body X?" against a clause naming body Y.

"Handled by X" names the one body that does a thing, so a question asking whether another
body does it is answered no — when both name a holder with the same closing verb and the
two names share no character beyond a generic one (the "district" of two districts). Names
sharing a character (a zone's two abbreviations) may be one body under two names and decide
nothing. Pure functions; the words are data in ``resources/question_grammar.yaml`` (group
``holders``).
"""

from __future__ import annotations

import re

# The grammar's own builder of word alternations, longest word first.
from assistant.answering.grammar import _alternation, grammar
from assistant.text import normalize

_H = grammar().raw["holders"]


# A holder's name is short: longer, the marker opens a clause of its own ("because ...").
MAX_HOLDER_CHARS = 10
_HOLDER = re.compile(
    rf"(?:{_alternation(_H['markers'])})(?!{_alternation(_H['not_holders'])})"
    rf"(?P<holder>[^,，;；:：。！？!?、{''.join(_H['breaks'])}]{{2,{MAX_HOLDER_CHARS}}}?)"
    rf"(?:{_alternation(_H['adverbs'])})?"
    rf"(?P<verb>{_alternation(_H['verbs'])})"
)
_GENERIC = re.compile(_alternation(_H["generic_chars"]))


def holders(text: str) -> list[tuple[str, str]]:
    """(holder, verb) pairs the text names ("still handled by district X" -> (X, handled))."""
    return [(m.group("holder"), m.group("verb")) for m in _HOLDER.finditer(normalize(text))]


def _distinct(a: str, b: str) -> bool:
    """Are two holder names two bodies: no character shared beyond the generic ones?"""
    core_a, core_b = _GENERIC.sub("", a), _GENERIC.sub("", b)
    return bool(core_a) and bool(core_b) and not set(core_a) & set(core_b)


def other_holder(question: str, clause: str) -> bool:
    """Does the clause give the duty the question asks about to another body than the one
    the question names, with the same verb?"""
    asked = holders(question)
    if len(asked) != 1:
        return False
    name, verb = asked[0]
    said = [h for h, v in holders(clause) if v == verb]
    return bool(said) and all(_distinct(name, h) for h in said)
