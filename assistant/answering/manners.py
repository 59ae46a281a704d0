"""Yes/no on the standard a rule is applied by.

A question asking whether a case is handled by one standard ("handled by the new rules'
standard?") against a clause handling it by another with the same verb ("handled by the
former rules' standard") is answered no: the two stretches after the manner word end with
the same verb, and what stands before it differs — in words sharing no run, or as the new
and the old version of a rule (the one reader of an asked version, ``versions_asked``). A
difference of one character that is no version word ("old" against "former") may be a
synonym and decides nothing. Pure functions; the construction is read by ``marked_slots``
(slot ``standard``), the versions are data in ``resources/version_grammar.yaml``
(``asked_versions``).
"""

from __future__ import annotations

from assistant.answering.grammar import grammar
from assistant.answering.marked_slots import Pairing, clauses, filled, paired
from assistant.retrieval.versions_asked import version_asked
from assistant.text import normalize

SLOT = "standard"
_G = grammar()
# Characters a standard's name may have at most: longer, the marker opens a clause of its
# own rather than naming a standard.
MAX_STANDARD_CHARS = 12
RUN = 2
_SIDES = {"newer": "new", "older": "old"}


def _side(text: str) -> str | None:
    return _SIDES.get(version_asked(text) or "")


def _another(pair: Pairing) -> bool:
    """Do the two stretches name two standards before their shared verb?"""
    mine, theirs = pair.mine, pair.theirs
    if max(len(mine), len(theirs)) > MAX_STANDARD_CHARS or mine in theirs or theirs in mine:
        return False
    sides = {_side(pair.asked.filler), _side(pair.said.filler)}
    if sides == {"new", "old"}:
        return True
    if sides != {None} or any(ch.isdigit() for ch in mine + theirs):
        return False  # one names a version, the other a year or an edition: maybe the same
    shared = any(mine[i : i + RUN] in theirs for i in range(len(mine) - RUN + 1))
    return min(len(mine), len(theirs)) >= RUN and not shared


def other_standard(question: str, clause: str) -> bool:
    """Does the clause apply another standard than the one the question asks about, with
    the same verb? One such clause part is enough."""
    last = clauses(_G.yesno_asking.sub("", normalize(question)).rstrip("。；;？?！! "))[-1]
    asked = filled(last, SLOT)
    if not asked or not asked[-1].filler:
        return False
    return any(_another(pair) for pair in paired(asked[-1], normalize(clause), SLOT))
