"""Yes/no on the standard a rule is applied by.

A question asking whether a case is handled by one standard ("handled by the new rules'
standard?") against a clause handling it by another with the same verb ("handled by the
former rules' standard") is answered no: the two stretches after the manner word end with
the same verb, and what stands before it differs — in words sharing no run, or as the new
and the old version of a rule (the one reader of an asked version, ``versions_asked``). A difference of one
character that is no version word ("old" against "former") may be a synonym and decides
nothing. Pure functions; the words are data in ``resources/question_grammar.yaml``
(``manner_markers``) and ``resources/version_grammar.yaml`` (``asked_versions``).
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.retrieval.versions_asked import version_asked
from assistant.text import normalize

_G = grammar()
_MARKER = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(_G.raw["manner_markers"], key=len, reverse=True))) + ")"
)
_STOP = re.compile(r"[,，;；:：。！？!?、]")
# Characters of the verb both stretches must end with: a word.
VERB_CHARS = 2
# Characters a standard's name may have at most: longer, the marker opens a clause of its
# own rather than naming a standard.
MAX_STANDARD_CHARS = 12
RUN = 2
_SIDES = {"newer": "new", "older": "old"}


def _stretch(text: str) -> str | None:
    """The words after the last manner word of the text's last clause, up to its end."""
    last = _STOP.split(_G.yesno_asking.sub("", text).rstrip("。；;？?！! "))[-1]
    found = list(_MARKER.finditer(last))
    return last[found[-1].end() :].strip() if found else None


def _suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _side(text: str) -> str | None:
    return _SIDES.get(version_asked(text) or "")


def other_standard(question: str, clause: str) -> bool:
    """Does the clause apply another standard than the one the question asks about, with
    the same verb?"""
    asked = _stretch(normalize(question))
    if not asked:
        return False
    for part in _STOP.split(normalize(clause)):
        found = list(_MARKER.finditer(part))
        if not found:
            continue
        said = part[found[-1].end() :].strip()
        n = _suffix(asked, said)
        mine, theirs = asked[: len(asked) - n], said[: len(said) - n]
        if n < VERB_CHARS or not mine or not theirs:
            continue
        if max(len(mine), len(theirs)) > MAX_STANDARD_CHARS or mine in theirs or theirs in mine:
            continue
        sides = {_side(asked), _side(said)}
        if sides == {"new", "old"}:
            return True
        if sides != {None} or any(ch.isdigit() for ch in mine + theirs):
            continue  # one names a version, the other a year or an edition: maybe the same
        shared = any(mine[i : i + RUN] in theirs for i in range(len(mine) - RUN + 1))
        if min(len(mine), len(theirs)) >= RUN and not shared:
            return True
    return False
