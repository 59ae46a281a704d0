"""An amount asked of a measure is not answered by a unit naming that measure only in the
cause it gives for another figure: "spending fell by X, mainly because meeting costs were
cut" states no amount of the meeting costs. The cause markers are ``cause_markers`` in
resources/question_grammar.yaml (read by causes.py too). Examples:
tests/test_cause_clauses.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.evidence import NUMBER, Term
from assistant.answering.grammar import grammar

# A cause marker word opens a cause running to the sentence's end; a framing pattern
# ("受…影响") holds its cause within itself.
_SENTENCE_END = "。；;"


@lru_cache(maxsize=1)
def cause_markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cause marker words, each with the rest of its sentence (the cause they open),
    and the framing patterns that hold their cause within themselves."""
    raw = grammar().raw["cause_markers"]
    words = "|".join(map(re.escape, raw["words"]))
    return re.compile(rf"(?:{words})[^{_SENTENCE_END}]*"), re.compile("|".join(raw["patterns"]))


def measured_in_cause(qtype: str, sent_norm: str, terms: list[Term]) -> bool:
    """Does a number question's rarest noun stand in the unit only inside the causes it
    states, while a figure stands outside them?"""
    if qtype != "number":
        return False
    content = [t for t in terms if t.primary and t.known and t.is_content]
    if not content:
        return False
    rarest = max(content, key=lambda t: t.weight)
    causes = [m.group(0) for p in cause_markers() for m in p.finditer(sent_norm)]
    if not any(rarest.found_in(c) for c in causes):
        return False
    rest = sent_norm
    for cause in causes:
        rest = rest.replace(cause, "\n")
    return not rarest.found_in(rest) and bool(NUMBER.search(rest))
