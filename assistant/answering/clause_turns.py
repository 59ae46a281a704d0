"""A later comma-separated clause of one question that asks a fact of its own though the
tagger finds no noun in it: it names its own subject and then an additive adverb before its
asking word (the rectification period, "again", how long), or it opens with a year other
than the one the clause before names (2025 how much, 2026 how much). The later part keeps
the setting of the clause before: its clauses that ask nothing (after being rated D, …),
and, for a year, its words before that year (the measure the two years are asked of).
Module functions; no state.
"""

from __future__ import annotations

from assistant.answering.grammar import grammar


def turned_ask(left: str, right: str) -> str | None:
    """The right clause as a part of its own, with the left clause's setting, when it asks
    another fact (an additive adverb after its own subject, or a year of its own); None
    when it asks on about the left clause's thing."""
    if _adds_within(right):
        return _setting(left) + right
    year = _other_year(left, right)
    if year is not None:
        return year + right
    return None


def _adds_within(clause: str) -> bool:
    """Does an additive adverb stand after the clause's own first words and before its
    asking word ("the rectification period again how long")? One opening the clause is
    ``multipart.adds_ask``'s."""
    g = grammar()
    body = clause.lstrip()
    m = g.wh_words.search(body)
    head = body[: m.start()] if m else ""
    openers = tuple(g.raw["multipart"]["additive_openers"])
    return not body.startswith(openers) and any(w in head for w in openers)


def _setting(left: str) -> str:
    """The clauses of the left part before the one holding its asking word (the time or
    condition the whole question is set in), with their separators; "" when none."""
    g = grammar()
    m = g.wh_words.search(left)
    cuts = [c for c in g.clause_separators.finditer(left) if m is None or c.end() <= m.start()]
    return left[: cuts[-1].end()] if cuts else ""


def _other_year(left: str, right: str) -> str | None:
    """The left clause's words before its year when the right clause opens with another
    year ("the share of readings in 2025 how much, in 2026 how much"): what both years
    are asked of; None when the right clause opens with no year, with the same year, or the left clause
    names none or only at its opening (then nothing is shared)."""
    year = grammar().stated_year
    own, theirs = year.match(right.lstrip()), year.search(left)
    if own is None or theirs is None or own.group(1) == theirs.group(1):
        return None
    return left[: theirs.start()] or None
