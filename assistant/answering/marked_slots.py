"""One reader of a marked slot: a marker word, the filler it opens, the verb closing it.

"Handled by X" and "applied by standard X" are one construction: a marker, a filler, a verb.
A yes/no naming one filler is answered no by a clause naming another filler before the same
verb. This module reads the construction and pairs the asked filler with the said one;
what makes two fillers two different things stays with each slot's reader (``holders``,
``manners``). A slot listing its closing verbs is read as a bounded filler before one of
them; a slot without runs from the last marker of its clause to the clause end, and closes
on the verb the question and the clause end with. Pure functions; the words are data in
``resources/question_grammar.yaml`` (group ``marked_slots``, one entry per slot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# The grammar's own builder of word alternations, longest word first.
from assistant.answering.grammar import alternation, grammar

_SLOTS: dict = grammar().raw["marked_slots"]
# Punctuation ending a clause: no slot reads across it.
_STOPS = ",，;；:：。！？!?、"
_STOP = re.compile(f"[{_STOPS}]")
# Shortest and longest filler of a slot with listed verbs: longer, the marker opens a clause
# of its own ("because ...") rather than naming a filler; one character is no name.
MIN_FILLER_CHARS = 2
MAX_FILLER_CHARS = 10
# Characters of the ending a question and a clause must share, in a slot without listed
# verbs, to close on the same verb: a word, not a shared particle.
SHARED_VERB_CHARS = 2


@dataclass(frozen=True)
class Filled:
    """A slot's filler and its closing verb ("" when the slot lists no verbs: the stretch
    after the marker then holds both, split against the other side by ``same_verb``)."""

    filler: str
    verb: str = ""


@cache
def _marker(slot: str) -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(_SLOTS[slot]['markers'])})")


@cache
def _closed(slot: str) -> re.Pattern[str]:
    words = _SLOTS[slot]
    return re.compile(
        rf"(?:{alternation(words['markers'])})(?!{alternation(words.get('not_fillers', []))})"
        rf"(?P<filler>[^{_STOPS}{''.join(words.get('breaks', []))}]"
        rf"{{{MIN_FILLER_CHARS},{MAX_FILLER_CHARS}}}?)"
        rf"(?:{alternation(words.get('adverbs', []))})?"
        rf"(?P<verb>{alternation(words['verbs'])})"
    )


def words(slot: str, group: str) -> list[str]:
    """One word group of a slot's grammar entry."""
    return list(_SLOTS[slot].get(group, []))


def clauses(text: str) -> list[str]:
    """The text's clauses, split at the punctuation no slot reads across."""
    return _STOP.split(text)


def filled(text: str, slot: str) -> list[Filled]:
    """The slot's fillers the (normalised) text names, in order."""
    if "verbs" in _SLOTS[slot]:
        return [Filled(m.group("filler"), m.group("verb")) for m in _closed(slot).finditer(text)]
    marker = _marker(slot)
    stretches = []
    for part in clauses(text):
        found = list(marker.finditer(part))
        if found:
            stretches.append(Filled(part[found[-1].end() :].strip()))
    return stretches


def _shared_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


@dataclass(frozen=True)
class Pairing:
    """An asked and a said filling of a slot closing on the same verb, and their fillers
    with that verb cut off (neither empty)."""

    asked: Filled
    said: Filled
    mine: str
    theirs: str


def same_verb(asked: Filled, said: Filled) -> Pairing | None:
    """The pairing of two fillings, when both close on the same verb and neither filler is
    empty."""
    if asked.verb or said.verb:
        if asked.verb != said.verb:
            return None
        mine, theirs = asked.filler, said.filler
    else:
        n = _shared_ending(asked.filler, said.filler)
        if n < SHARED_VERB_CHARS:
            return None
        mine, theirs = asked.filler[: len(asked.filler) - n], said.filler[: len(said.filler) - n]
    return Pairing(asked, said, mine, theirs) if mine and theirs else None


def paired(asked: Filled, clause: str, slot: str) -> list[Pairing]:
    """The asked filling paired with each filling the (normalised) clause names before the
    same verb."""
    pairs = (same_verb(asked, said) for said in filled(clause, slot))
    return [pair for pair in pairs if pair]
