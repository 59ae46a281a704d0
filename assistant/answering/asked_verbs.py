"""The verb an entity question asks with ("the office *is located in* which unit"): the
clause of a unit holding that verb states what is asked, not a clause that only shares the
question's subject. A pure function; the asking words are data in
``resources/question_grammar.yaml`` (``wh_words``).
"""

from __future__ import annotations

from functools import lru_cache

from assistant.answering.grammar import grammar
from assistant.text import normalize, words

# A one-character word before the asking word (the copula) names no predicate.
MIN_VERB_CHARS = 2


@lru_cache(maxsize=1024)
def asked_verb(question: str) -> str | None:
    """The word right before the question's first asking word, when it is long enough to
    be a predicate of its own and is no modal; None when the question opens with its
    asking word."""
    q = normalize(question)
    m = grammar().wh_words.search(q)
    if m is None or m.start() == 0:
        return None
    before = [w for w in words(q[: m.start()]) if w.strip()]
    if len(before) < 2 or len(before[-1]) < MIN_VERB_CHARS:
        return None
    # A modal ("must be signed by whom") is no predicate: the verb it governs follows the asking word.
    return None if before[-1] in grammar().raw["yesno_predicate"]["modals"] else before[-1]
