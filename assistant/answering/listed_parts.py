"""Actions listed after a time-asking word: "how long until A, B and C?" asks three
times, once per action: the first with the frame ("after getting the land, how long until
work starts?"), the others asking on ("how long until completion?").

The asking words, modal words and joiners are question grammar in
``question_grammar.yaml`` (``listed_after_ask``); tests/test_question_forms.py shows the
form with its counter-examples.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.grammar import grammar
from assistant.answering.question_words import STRIP_PUNCT, classify, plain_asking

# An action longer than this is a clause of its own, not one of several joined actions.
MAX_ACTION_CHARS = 8
# Fewer actions than this is one question.
MIN_ACTIONS = 2


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = grammar().raw["listed_after_ask"]
    ask = re.compile(
        f"(?:{_alternation(raw['asking'])})(?:{_alternation(raw['period_ends'])})?"
        f"(?:{_alternation(raw['modals'])})?"
    )
    return ask, re.compile(_alternation(raw["joiners"]))


def listed_after_ask(question: str) -> list[str] | None:
    """One question per action listed after the time-asking word, each with the words
    before it; None when the question lists no actions there."""
    if classify(question) in ("yesno", "list", "comparison"):
        return None
    ask, joiners = _forms()
    text = plain_asking(question).rstrip("？?。 ")
    m = ask.search(text)
    if m is None:
        return None
    actions = [a.strip() for a in joiners.split(text[m.end() :])]
    g = grammar()
    if len(actions) < MIN_ACTIONS or not all(
        0 < len(a) <= MAX_ACTION_CHARS and not STRIP_PUNCT.search(a) and not g.wh_words.search(a)
        for a in actions
    ):
        return None
    # The first part carries the frame (its subject and period); the later ones ask on
    # with the asking word alone and are read from the document that answered the first.
    # Repeating the frame in each would let its words pick the first action's clause of a
    # sentence stating all of them ("6 months to start, 2 years to complete").
    frame, asking = text[: m.end()], text[m.start() : m.end()]
    return [f"{frame}{actions[0]}？", *(f"{asking}{a}？" for a in actions[1:])]
