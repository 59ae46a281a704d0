"""A comparison side named by a part of a table cell: whether the part is the side's name
or only the kind both share.

A side may name a row by a part of its cell (a company's short name for its registered
name). But when the shared part is the kind of thing both are ("business licence" of two
licences) and the side's own modifier before it ("food") is not in the cell, the
cell names another thing of that kind, not the side. Place names before the shared part
may be left off by a cell (the city before a zone's name). Examples:
tests/test_side_parts.py.
"""

from __future__ import annotations

from assistant.text import load_pos_tagger, normalize

# Parts of speech of a modifier that tells one thing of a kind from another: common nouns
# and noun-like verbs (food, chemicals, construction); places, people and bodies may be
# left off.
_MODIFIER_POS = ("n", "nz", "vn")
# A modifier word shorter than this is a function word or a letter.
MIN_MODIFIER_CHARS = 2


def _shared_run(core: str, form: str) -> tuple[int, int]:
    """(start in form, length) of the longest run of form that core holds."""
    best = (0, 0)
    for i in range(len(form)):
        k = best[1] + 1
        while i + k <= len(form) and form[i : i + k] in core:
            best = (i, k)
            k += 1
    return best


def modifier_unsaid(core: str, side_forms: list[str]) -> bool:
    """Does every form of the side put a noun of its own before the part it shares with
    the cell that the cell does not hold (another thing of the same kind)?"""
    for form in side_forms:
        start, n = _shared_run(core, normalize(form))
        if n == 0:
            continue
        # The word right before the shared part, or the one the part cuts into (the
        # food of a shared run starting inside it): the side's own modifier. Words further
        # off frame the question, not the side.
        own, at = None, 0
        for w in load_pos_tagger().lcut(normalize(form)):
            if at <= start - 1 < at + len(w.word):
                own = w
            at += len(w.word)
        modifier = own is not None and len(own.word) >= MIN_MODIFIER_CHARS
        if not (modifier and own.flag in _MODIFIER_POS and own.word not in core):
            return False
    return True
