"""Negations about another case or another modality than the question asks.

A rule's lapse clause ("may apply from 1 to 31 July, *when overdue* no longer accepted"):
what follows when the period is missed. Its negation is about the late case, so for a
question asking whether something may be done, naming no lapse and stating no figure,
it denies nothing the rule grants. Words are data (``lapses`` in
``resources/question_grammar.yaml``).

A relief ("need not file") denies a duty, not a permission: it does not answer no to
"may we file?" (``need_negations``)."""

from __future__ import annotations

import re

from assistant.answering.grammar import grammar

_G = grammar()
_L = _G.raw["lapses"]
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_LAPSE = re.compile(
    r"(?:^|(?<=[,，;；:：]))\s*(?:"
    + "|".join(map(re.escape, sorted(_L["openers"], key=len, reverse=True)))
    + ")[^。；;！？!?]*"
)
_ASKERS = re.compile("|".join(map(re.escape, _L["askers"])))
_N = _G.raw["need_negations"]
_PERMISSION = re.compile("|".join(map(re.escape, _N["permission"])))
_NEED = re.compile("|".join(map(re.escape, _N["need"])))


def without_lapses(question: str, clause: str) -> str:
    """For a question asking whether something may be done, the clause with each stretch
    opened by a lapse word blanked to its sentence's end; unchanged when the question names
    a lapse or states a figure (a date, a count of days)."""
    clauses = [c for c in _CLAUSE_END.split(question) if c.strip()]
    if not clauses or not _PERMISSION.search(clauses[-1]):
        return clause  # a lapse bars a late act: only "may we…?" is asked of the on-time case
    if _ASKERS.search(question) or _G.number.search(question) or any(c.isdigit() for c in question):
        return clause
    return _LAPSE.sub(lambda m: " " * len(m.group(0)), clause)


def relief_only(question: str, negations: list[str]) -> bool:
    """Does the question ask only whether something may be done (a permission word in its
    last clause, no word of need anywhere), the clause's deciding ``negations`` all
    relieving a duty ("need not")? Then the clause does not say no to it."""
    clauses = [c for c in _CLAUSE_END.split(question) if c.strip()]
    if not negations or not clauses or not _PERMISSION.search(clauses[-1]):
        return False
    return not _NEED.search(question) and all(w in _N["words"] for w in negations)
