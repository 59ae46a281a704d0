"""Yes/no on a comparison asked as yes/no: "is A more than B?" decided from the two values.

The question must set its second side with a comparing joiner ("A than B ...") and end, before
its asking particle, with a direction word (larger or smaller, from ``comparison``); the
verdict is yes when the first side's value lies in that direction from the second's, no
when it lies the other way or the two are equal. Pure functions; the words are data in
``resources/question_grammar.yaml`` (groups ``comparison`` and ``comparison_yesno``).
"""

from __future__ import annotations

import re

# The grammar's own builder of word alternations, longest word first.
from assistant.answering.grammar import alternation, grammar
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
_Y = _G.raw["comparison_yesno"]


_JOINER = re.compile(alternation(_Y["joiners"]))
_NOT_JOINER = re.compile(alternation(_Y["not_joiners"]))
_CLOSER = re.compile(rf"(?:{alternation(_Y['closers'])})$")
_LARGER = re.compile(rf"(?:{alternation(_G.raw['comparison']['larger'])})$")
_SMALLER = re.compile(rf"(?:{alternation(_G.raw['comparison']['smaller'])})$")
_END_PUNCT = re.compile(r"[？?。！!\s]+$")
# A word of change ("比上年减少了吗") asks whether a measure rose or fell from the period
# before, which the statement of that change decides, not two values' comparison.
_CHANGE = re.compile(
    rf"(?:{alternation([*_G.raw['signed_change']['rise'], *_G.raw['signed_change']['fall']])})$"
)


def asked_direction(question: str) -> bool | None:
    """True when a yes/no question asks whether its first side is larger than its second,
    False when it asks whether it is smaller, None when it asks no such comparison."""
    q = _END_PUNCT.sub("", normalize(question))
    ending = _G.yesno_end.search(q)
    joiner = _JOINER.search(_NOT_JOINER.sub(lambda m: " " * len(m.group(0)), q))
    if ending is None or joiner is None or joiner.start() == 0:
        return None
    head = _CLOSER.sub("", q[: ending.start()])
    if len(head) <= joiner.end():
        return None
    if _CHANGE.search(head):
        return None
    # The direction word must close the comparison the joiner opens, right before the ask.
    if _LARGER.search(head):
        return True
    if _SMALLER.search(head):
        return False
    return None


def comparison_verdict(question: str, first: float, second: float) -> str:
    """The yes/no opening for the two sides' values ("" when the question asks no
    yes/no comparison)."""
    larger = asked_direction(question)
    if larger is None:
        return ""
    holds = first > second if larger else first < second
    return msg("answer_yes" if holds else "answer_no")
