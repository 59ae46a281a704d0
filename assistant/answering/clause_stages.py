"""Two comma-separated clauses of one question that ask two facts, though the second names
no noun of its own: the second asks of a later step ("how many days is the review, after the
review is passed how many days is it published"), or the two ask when a thing starts and how
long it lasts. Each clause is then a part, answered on its own. Module functions; no state.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.answering.grammar import grammar
from assistant.answering.question_words import classify, key_tokens

# Part-of-speech flags of verbs: the actions a clause names.
VERB_FLAG = "v"
# Fewest characters of a verb read as an action of its own (one-character verbs, "搞",
# "要", only carry the asking).
MIN_ACTION_CHARS = 2


@lru_cache(maxsize=8)
def _words(group: str) -> frozenset[str]:
    return frozenset(grammar().raw["multipart"][group])


def asks_later_step(left: str, right: str) -> bool:
    """Does the right clause open with a step done ("after the review is passed") and ask of
    an action the left clause does not name ("published")? A step said before a locative
    closing it, then a verb of its own: the clause asks about that later action."""
    ends = _words("stage_ends")
    tokens = [t for t in key_tokens(right) if t is not None]
    at = next((k for k, (w, _) in enumerate(tokens) if w in ends and k), None)
    # The step is an action done ("复审通过": the tagger may call its last word anything).
    if at is None or not any(f.startswith(VERB_FLAG) for _, f in tokens[:at]):
        return False
    later = [w for w, f in tokens[at + 1 :] if f.startswith(VERB_FLAG)]
    return any(len(w) >= MIN_ACTION_CHARS and w not in left for w in later)


def asks_start_and_length(left: str, right: str) -> bool:
    """Do the two clauses ask when one thing starts and how long it lasts, one each?"""
    pair = _words("start_and_length")
    kinds = {classify(left), classify(right)}
    return kinds == pair


def each_cut(word: str) -> str:
    """What of a word asking each thing's value is cut from a part: its first character
    ("each" of "each is", the verb staying), or all of it when it is an adverb of its own
    ("each on its own") that no verb of the part follows in it."""
    return word if word in _words("each_adverbs") else word[:1]
