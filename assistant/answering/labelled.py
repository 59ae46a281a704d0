"""Lead-in lines labelled with what a list question names: "(1) Bonus points. Bonus points
add up to at most 10:" opens the numbered bonus items after it for "which are the bonus
points of the assessment", though no "the following" points ahead and the label is not
right before the colon. The label must end the question's own phrase before its asking
word, so a line labelled with another thing of the same section does not answer.

Pure functions over normalised text; no state.
"""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
# A label is a short name: a longer first sentence is prose that merely mentions the kind.
MAX_LABEL_CHARS = 12
# Shorter labels (one character) name nothing.
MIN_LABEL_CHARS = 2
# The full stop that ends a label, in normalised text.
_LABEL_END = "。"
# Punctuation ending a question, in normalised text.
_END = re.compile(r"[?!.。\s]+$")
_VERBS = sorted(_G.raw["lists"]["asked_phrase_verbs"], key=len, reverse=True)


def asked_phrase(question: str) -> str:
    """What a list question names: the words after its asking word, else those before it
    without the verb between them; "" without an asking word."""
    norm = _END.sub("", normalize(question))
    m = _G.which_asking.search(norm)
    if m is None:
        return ""
    if len(norm) - m.end() >= MIN_LABEL_CHARS:
        return norm[m.end() :]  # "which bonus items does it have": the noun after the asking word
    phrase = norm[: m.start()]
    for verb in _VERBS:
        if phrase.endswith(verb):
            return phrase[: -len(verb)]
    return phrase


def label(text: str) -> str:
    """The label a normalised line opens with (after any item marker), when its colon opens
    items: the short first sentence; "" for any other line."""
    if not text.rstrip().endswith(":"):
        return ""
    body = _G.item_marker.sub("", text.lstrip(), count=1)
    end = body.find(_LABEL_END)
    return body[:end] if MIN_LABEL_CHARS <= end <= MAX_LABEL_CHARS else ""


def labelled(text: str, question: str) -> bool:
    """Does a normalised line open with a label that ends what the question names, and end
    with a colon that opens the items?"""
    name = label(text)
    return bool(name) and asked_phrase(question).endswith(name)
