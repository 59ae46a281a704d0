"""Reason questions ("why did the rank fall?") are answered by the unit stating the cause
("the main reasons are …", "owing to …", "affected by …"), not by a unit that only states
the fact asked about (the rank itself).

The asking words are an answer type of ``question_grammar.yaml`` (read as a definition is)
and the cause markers are ``cause_markers`` there; tests/test_causes.py shows both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.cause_clauses import cause_markers
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.grammar import grammar
from assistant.answering.question_words import plain_asking
from assistant.answering.questions import AnalyzedQuestion
from assistant.text import normalize

# A cause-stating unit is taken when its score is within this of the best unit's: a
# cause in a far weaker unit (another topic's "owing to") does not beat the unit that
# answers the question's words.
CAUSE_MARGIN = 0.7
# Share of the question's nouns (by weight) the cause-stating unit must name itself or in
# its frame (title, heading): the cause of the fact asked about, not of another.
CAUSE_FRAME_SHARE = 0.5


def _pattern(group: dict) -> re.Pattern[str]:
    words = sorted(group.get("words", []), key=len, reverse=True)
    parts = [re.escape(w) for w in words] + list(group.get("patterns", []))
    return re.compile("|".join(parts) or "(?!)")


@lru_cache(maxsize=1)
def _asking() -> re.Pattern[str]:
    return _pattern(next(t for t in grammar().raw["answer_types"] if t.get("reason")))


def asks_reason(question: str) -> bool:
    """Does the question ask why (for a cause)?"""
    return _asking().search(plain_asking(normalize(question))) is not None


def states_cause(text: str) -> bool:
    """Does a text state a cause with one of the markers?"""
    text_norm = normalize(text)
    return any(p.search(text_norm) for p in cause_markers())


def cause_unit(
    aq: AnalyzedQuestion, terms: list[Term], scored: list[tuple[Sentence, float]]
) -> Sentence | None:
    """The best-scored unit stating a cause of what a reason question asks about: within
    :data:`CAUSE_MARGIN` of the best unit and naming the question's nouns itself or in its
    frame. None when the question asks no reason or no such unit is near."""
    if not scored or not asks_reason(aq.text):
        return None
    nouns = [t for t in terms if t.primary and t.known and t.is_content]
    floor = scored[0][1] - CAUSE_MARGIN
    for sent, score in scored:
        if score < floor:
            break
        if nouns and coverage(nouns, sent.frame_norm) < CAUSE_FRAME_SHARE:
            continue
        if states_cause(sent.text):
            return sent
    return None
