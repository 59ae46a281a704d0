"""Answers from units that cover a question when typed extraction found nothing, and the
small readings that decide when that is the right answer (does a sentence join items, which
identifier is a document's own)."""

from __future__ import annotations

import re

from assistant.answering.composing import NEAR_BEST, Context, as_sentence
from assistant.answering.evidence import Sentence, coverage
from assistant.answering.extraction import TYPED, pattern_hit
from assistant.answering.grammar import grammar
from assistant.text import load_pos_tagger

_G = grammar()

# Share of the question's weighted nouns a covering unit must name itself or in its frame
# to be the answer when typing fails: most of them, a paraphrased one may be missing.
COVERING_NOUN_SHARE = 0.75
# A list question answered by covering units rather than an enumeration takes at most
# this many of them.
COVERING_LIST_UNITS = 8


def own_identifier(doc_text: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of a document's first identifier that is not a cited document's."""
    for m in pattern.finditer(doc_text):
        if not doc_text.endswith(_G.cited_identifier_before, 0, m.start()):
            return m.start(), m.end()
    return None


def covering_answer(ctx: Context, covering: list[tuple[Sentence, float]]):
    """Typing failed but units clearly cover the question: their own sentences.

    The best unit must name most of the question's nouns itself or in its frame (title,
    heading, Q&A question, table header), not lean on its paragraph; a question asking
    for an amount, date or rank needs a unit that states one. A list question takes the
    covering units near the best one (rows of a table, items of a run of lines).
    """
    aq, terms = ctx.aq, ctx.terms
    best, best_score = covering[0]
    nouns = [t for t in terms if t.primary and t.known and t.is_content]
    if not nouns or coverage(nouns, best.frame_norm) < COVERING_NOUN_SHARE:
        return None
    # Any amount, date or period will do ("上升2位" for a rank), but not a position ("第673号").
    stated = (TYPED.get(aq.qtype), TYPED["number"], TYPED["date"], TYPED["duration"])
    if aq.qtype in TYPED and not any(pattern_hit(p, best.text) for p in stated):
        return None
    if aq.qtype != "list":
        return as_sentence(best.text), [(best, None)], False
    near = [
        s
        for s, sc in covering[:COVERING_LIST_UNITS]
        if sc >= best_score - NEAR_BEST and coverage(nouns, s.frame_norm) >= COVERING_NOUN_SHARE
    ]
    # One unit is no list, and "哪六个" needs six.
    m = _G.asked_count.search(aq.text)
    asked = _G.small_number(next(g for g in m.groups() if g)) if m else None
    if len(near) < 2 or asked not in (None, len(near)):
        return None
    return "；".join(s.text.rstrip("。；; ") for s in near) + "。", [(s, None) for s in near], False


def joins_items(text: str) -> bool:
    """Does a sentence join items (by the enumeration comma, or by a conjunction that is a
    word of its own rather than a character inside a longer word)?"""
    if "、" in text:
        return True
    return any(p.word in _G.and_tokens for p in load_pos_tagger().lcut(text))
