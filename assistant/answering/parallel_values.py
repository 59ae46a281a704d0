"""Parallel values: one sentence stating the same measure twice, each for its own case
("the statutory time limit is 3 working days, the promised one 1 working day"). A question
naming neither case ("how many days does filing take?") is answered by both clauses: either
alone would pass one case off as the answer. Pure functions over text; no state.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from assistant.text import normalize

# The words two clauses share around their values are the measure when at least this long
# ("办结时限为"); shorter is a common word of any two clauses.
MIN_SHARED_MEASURE = 4
# The case a clause states its value for is the words before the shared measure, at most
# this long ("法定", "承诺"); longer, the clause is about something else.
MAX_CASE_CHARS = 6


def parallel_clause(clause: str, nxt: str, question: str) -> bool:
    """Does ``nxt`` state the same measure as ``clause`` (both holding a value of the asked
    type: the caller's check) for another case, while the question names neither case?"""
    a, b = normalize(clause), normalize(nxt)
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if m.size < MIN_SHARED_MEASURE:
        return False
    cases = (a[: m.a].strip(), b[: m.b].strip())
    asked = normalize(question)
    return all(0 < len(c) <= MAX_CASE_CHARS and c not in asked for c in cases)
