"""A rule's consequence for a case not met, read after the rule in its paragraph.

A rule sets an act and a time ("apply online from 1 to 30 April"); the sentence after it
says what follows when the act is not done ("those not applying in time are deemed to have
given up"). A yes/no question setting that case by the same act negated ("deadline passed
and still not applied: can we still apply?") is decided by the consequence, not by the
rule: a consequence ending the application or right says no. The words are data in
``resources/question_grammar.yaml`` (groups ``unmet_condition`` and ``negation``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.answer_parts import as_sentence
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import alternation, grammar
from assistant.answering.items import line_span
from assistant.answering.polarity import negated
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
_NEGATION = re.compile(alternation(_G.raw["unmet_condition"]["negations"]))
_MODAL = re.compile(alternation(_G.raw["yesno_predicate"]["modals"]))
_SENTENCE_END = re.compile(r"[。；;！!？?]")
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_COMMA = re.compile(r"[,，]")
# Characters after a question's negation naming the act not done ("not yet *supplied*
# the papers"): a word; the condition's act runs to the condition's end.
ACT_CHARS = 2


def _masked(text: str) -> str:
    """The text with the words that only look negative blanked ("continuously", a place
    name starting with the negation character)."""
    return _G.not_negation.sub(lambda m: " " * len(m.group(0)), text)


def _following(doc_text: str, end: int) -> tuple[int, int] | None:
    """The sentence after offset ``end`` in its paragraph; None at the paragraph's end."""
    _, le = line_span(doc_text, max(end - 1, 0))
    s = end
    while s < le and (doc_text[s].isspace() or _SENTENCE_END.match(doc_text[s])):
        s += 1
    if s >= le:
        return None
    stop = _SENTENCE_END.search(doc_text, s, le)
    return s, stop.end() if stop else le


def _asked_case(question: str) -> tuple[str, str] | None:
    """The case a yes/no question sets and its asking clause: its earlier clauses and its
    last one, or, in one clause, what comes before and from its modal ("those late *can*
    still apply?")."""
    q = _G.yesno_asking.sub(" ", normalize(question))
    clauses = [c for c in _CLAUSE_END.split(q) if c.strip()]
    if len(clauses) >= 2:
        return "".join(clauses[:-1]), clauses[-1]
    m = _MODAL.search(q)
    if m is None or m.start() == 0:
        return None
    return q[: m.start()], q[m.start() :]


def _acts(text: str, reach: int | None) -> list[str]:
    """The acts the text negates: the characters after each negation, ``reach`` of them
    (to its clause's end when None), without the condition's closing word."""
    masked = _masked(text)
    acts = []
    for m in _NEGATION.finditer(masked):
        stop = _CLAUSE_END.search(masked, m.end())
        end = stop.start() if stop else len(masked)
        if reach is not None:
            end = min(end, m.end() + reach)
        act = _G.condition_end.sub("", masked[m.end() : end]).strip()
        if act and act.isalpha():
            acts.append(act)
    return acts


def unmet_consequence(
    doc_text: str, best: Sentence, question: str, span: tuple[int, int]
) -> tuple[str, list] | None:
    """No, from the sentence after the best unit in its paragraph, when that sentence
    opens with a condition negating the act the question's case negates ("those not
    supplying in time") and goes on to deny ("are deemed to withdraw"), and the question's
    asking clause denies nothing
    itself. Returns (direct answer, quotes) quoting the rule through its consequence."""
    if best.cells:
        return None
    asked = _asked_case(question)
    found = _following(doc_text, best.end)
    if asked is None or found is None:
        return None
    case, asking = asked
    s, e = found
    sentence = normalize(doc_text[s:e])
    comma = _COMMA.search(sentence)
    if comma is None:
        return None
    condition, main = sentence[: comma.start()], sentence[comma.end() :]
    if not _G.condition_end.search(condition) or negated(asking):
        return None
    ours, theirs = _acts(case, ACT_CHARS), _acts(condition, None)
    if not any(a in b or b in a for a in ours for b in theirs):
        return None
    if not negated(main, asking):
        return None
    if doc_text[span[1] : s].strip(" \t。；;，,"):
        return None  # the best unit's quote stops short of its sentence: not adjacent
    said = as_sentence(doc_text[span[0] : s].rstrip() + doc_text[s:e])
    unit = replace(best, end=e, text=doc_text[best.start : e])
    return msg("answer_no") + said, [(unit, (span[0], e))]
