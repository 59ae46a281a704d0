"""Grammar words and situation verbs of a question asking for a value.

Relational locatives ("before", "after", "within the period") relate the words that name
things, and a verb said only in the premise ("having got the land, when must building
start?") states the asker's situation, which the rule states in its own words ("from the
day the land is handed over"). The documents seldom say either the way a spoken question
does, which makes them rare, and rarity would make them weigh like the subject of the
question: a unit stating the rule would then be judged not to cover it. Such a term weighs
at most what a word the documents never use weighs. A yes/no question keeps their weight:
its premise and its relations state the case its verdict decides on. Tags are
``grammar_word_tags`` and ``situation_verb_tags`` in resources/term_grammar.yaml; examples
in tests/test_grammar_words.py.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.answering.terms import term_grammar

# Question types whose answer is a verdict on the case the question states.
_VERDICT_TYPES = ("yesno",)


@lru_cache(maxsize=4)
def _tags_of(key: str) -> frozenset[str]:
    return frozenset(term_grammar()[key])


def is_grammar_word(pos: str) -> bool:
    """Is a term of this part of speech (the whole tag) a grammar word?"""
    return pos in _tags_of("grammar_word_tags")


def situation_verb(pos: str, premise: bool, qtype: str) -> bool:
    """Is the term a verb said only in the premise of a question asking for a value?"""
    return premise and qtype not in _VERDICT_TYPES and pos in _tags_of("situation_verb_tags")


def grammar_word_weight(pos: str, weight: float, cap: float, qtype: str, premise: bool) -> float:
    """A term's weight: at most ``cap`` (the weight of a word the documents never use) for
    a grammar word or a situation verb of a question asking for a value, else unchanged."""
    if qtype in _VERDICT_TYPES:
        return weight
    if is_grammar_word(pos) or situation_verb(pos, premise, qtype):
        return min(weight, cap)
    return weight
