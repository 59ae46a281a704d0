"""Negations that set a case rather than deny what a yes/no asks.

A yes/no question may set its case by a negation in an earlier clause ("leaving no
name, will my opinion be handled?", "the level not yet clear, is the response started one
level higher?"). A rule for that case names it in its condition by a negation of its own,
inside a modifier ("opinions *not signed* with a real name ..., are not handled"): the
question's negation then sets the same case and denies nothing the rule decides; only
the rule's own verdict does. Pure functions over normalised text; the words are data in
``resources/question_grammar.yaml`` (group ``negation``)."""

from __future__ import annotations

import re

from assistant.answering.denials import NEGATION_REACH, SHARED_CHARS
from assistant.answering.grammar import grammar
from assistant.text import normalize

_G = grammar()
_CLAUSE_END = re.compile(r"[,，;；:：]")
_SENTENCE_END = re.compile(r"[;；。！？!?]")
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


def without_unkept(question: str, clause: str) -> str:
    """The clause with a rule's sanction for its act left undone blanked to the sentence's
    end: a condition clause (ending with the attributive particle) negating by a plain
    negation an act its sentence requires before it ("must set targets; *targets not
    set*, no budget"), when the question states that act with no negation governing it.
    Like an "otherwise ..." stretch, it says what follows when the rule is not kept."""
    c, q = _masked(clause), _masked(question)
    governing, in_clause = _negations(q), _negations(c)
    for m in _G.negation.finditer(c):
        act = c[m.end() : m.end() + SHARED_CHARS]
        if not _G.plain_negation.fullmatch(m.group(0)) or len(act.strip()) < SHARED_CHARS:
            continue
        opening = max((e.end() for e in _CLAUSE_END.finditer(c, 0, m.start())), default=0)
        stop = _CLAUSE_END.search(c, m.end())
        if stop is None or not c[opening : stop.start()].endswith(_G.modifier_mark):
            continue  # no condition: the negation is the statement's own
        sentence = max((e.end() for e in _SENTENCE_END.finditer(c, 0, opening)), default=0)
        required = c.find(act, sentence, opening)
        if required < 0 or any(required - NEGATION_REACH <= g <= required for g in in_clause):
            continue  # the sentence does not require the act before it
        if any(
            not any(x.start() - NEGATION_REACH <= g <= x.start() for g in governing)
            for x in re.finditer(re.escape(act), q)
        ):
            end = _SENTENCE_END.search(clause, opening)
            stop_at = end.start() if end else len(clause)
            return clause[:opening] + " " * (stop_at - opening) + clause[stop_at:]
    return clause


def _negations(text: str) -> list[int]:
    """Where the negations of masked ``text`` end."""
    return [m.end() for m in _G.negation.finditer(text)]
