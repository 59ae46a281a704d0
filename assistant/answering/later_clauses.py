"""A statement whose last clauses say what a yes/no asks about, after clauses negating
other matters ("applied online, no need to come with paper files, the e-licence has the
same force as the paper one"): the earlier clauses' negations deny those other matters,
not the asked one. Pure functions over normalised text."""

from __future__ import annotations

import re

from assistant.answering.evidence import Term
from assistant.answering.grammar import grammar

_G = grammar()
_CLAUSE_END = re.compile(r"[,，;；]")


def negation_before_asked(clause: str, terms: list[Term]) -> bool:
    """Are the question's asked terms all said only in clauses of ``clause`` free of
    negation, after its last clause holding a negation, which holds none of them?"""
    asked = [t for t in terms if t.asked and t.primary and t.known]
    parts = [p for p in _CLAUSE_END.split(clause) if p.strip()]
    if not asked or len(parts) < 2:
        return False
    masked = [_G.not_negation.sub(" ", p) for p in parts]
    negated = [i for i, p in enumerate(masked) if _G.negation.search(p)]
    holding = [i for i, p in enumerate(parts) if any(t.found_in(p) for t in asked)]
    if not negated or not holding:
        return False
    return min(holding) > max(negated) and not any(t.found_in(parts[max(negated)]) for t in asked)
