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

from assistant.answering.grammar import alternation, grammar
from assistant.answering.question_words import STRIP_PUNCT, classify, plain_asking
from assistant.text import load_pos_tagger

# Part-of-speech tags of a verb: each listed action is one verb ("start", "complete"); a
# verb with its object ("complete review and expert assessment") is one action whose
# object is what is joined.
_VERB_POS = "v"
# Fewer actions than this is one question.
MIN_ACTIONS = 2


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = grammar().raw["listed_after_ask"]
    ask = re.compile(
        f"(?:{alternation(raw['asking'])})(?:{alternation(raw['period_ends'])})?"
        f"(?:{alternation(raw['modals'])})?"
    )
    return ask, re.compile(alternation(raw["joiners"]))


def listed_after_ask(question: str) -> list[str] | None:
    """One question per action (one verb each) listed after the time-asking word, the
    first with the words before it; None when the question lists no actions there."""
    if classify(question) in ("yesno", "list", "comparison"):
        return None
    ask, joiners = _forms()
    text = plain_asking(question).rstrip("？?。 ")
    m = ask.search(text)
    if m is None:
        return None
    actions = [a.strip() for a in joiners.split(text[m.end() :])]
    if len(actions) < MIN_ACTIONS or not all(_one_verb(a) for a in actions):
        return None
    # The first part carries the frame (its subject and period); the later ones ask on
    # with the asking word alone and are read from the document that answered the first.
    # Repeating the frame in each would let its words pick the first action's clause of a
    # sentence stating all of them ("6 months to start, 2 years to complete").
    frame, asking = text[: m.end()], text[m.start() : m.end()]
    return [f"{frame}{actions[0]}？", *(f"{asking}{a}？" for a in actions[1:])]


def _one_verb(action: str) -> bool:
    """Is the action one verb, with no asking word or punctuation in it?"""
    if not action or STRIP_PUNCT.search(action) or grammar().wh_words.search(action):
        return False
    words = load_pos_tagger().lcut(action)
    return len(words) == 1 and words[0].flag.startswith(_VERB_POS)
