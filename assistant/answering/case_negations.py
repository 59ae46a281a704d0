"""A yes/no question may set its case by a negation in an earlier clause ("leaving no
name, will my opinion be handled?", "the level not yet clear, is the response started one
level higher?"). A rule for that case names it in its condition by a negation of its own,
inside a modifier ("opinions *not signed* with a real name ..., are not handled"): the
question's negation then sets the same case and denies nothing the rule decides; only
the rule's own verdict does. Pure functions over normalised text; the words are data in
``resources/question_grammar.yaml`` (group ``negation``)."""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
_CLAUSE_END = re.compile(r"[,，;；:：]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CASE_NEGATIVE = re.compile(
    "|".join(
        map(re.escape, sorted({*_G.raw["negation"]["plain"], *_G.raw["negation"]["case_words"]}))
    )
)


def _masked(text: str) -> str:
    """Normalised text with the words that only look negative blanked."""
    return _G.not_negation.sub(lambda m: " " * len(m.group(0)), normalize(text))


def _last_clause_start(text: str) -> int:
    """Where the text's last clause opens (after its last clause mark with words after it)."""
    body = text.rstrip(" ?？。；;")
    marks = [m.end() for m in _CLAUSE_END.finditer(body)]
    return marks[-1] if marks else 0


def mirrored_case(question: str, negations: list[str], clause: str) -> bool:
    """Are all the question's negations of the words ``negations`` (its deciding ones) in
    its earlier clauses, while the statement's condition (the clauses of its first sentence before
    the last) holds a negative word describing a noun (the attributive particle follows it
    in its clause)? Then both name the same negated case."""
    q = _masked(question)
    found = [m.start() for m in _G.negation.finditer(q) if m.group(0) in negations]
    if not found or max(found) >= _last_clause_start(q):
        return False
    c = _masked(clause)
    stop = _SENTENCE_END.search(c)
    sentence = c[: stop.start() if stop else len(c)]
    condition = sentence[: _last_clause_start(sentence)]
    for m in _CASE_NEGATIVE.finditer(condition):
        end = _CLAUSE_END.search(condition, m.end())
        if _G.modifier_mark in condition[m.end() : end.start() if end else len(condition)]:
            return True
    return False
