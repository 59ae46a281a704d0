"""Is it the same for two named sides? A yes/no question setting two places or bodies side by
side ("do A and B give the same award?") is answered by each side's own covering unit — the
unit whose document or context names that side — and the verdict compares their values:
yes when equal, no when they differ. A side whose documents differ among themselves (two
versions of one rule) gets no verdict: every value is shown, each with its source.
The sameness words are data (``question_grammar.yaml``, group ``sameness``)."""

from __future__ import annotations

from itertools import pairwise

from assistant.answering.answer_parts import as_sentence
from assistant.answering.composing import Context
from assistant.answering.constraints import MIN_COVERAGE, is_name
from assistant.answering.evidence import Sentence, Term, coverage
from assistant.answering.extraction import typed_value
from assistant.answering.grammar import grammar
from assistant.messages import msg
from assistant.text import normalize

# A side's units scoring within this much of its best one are read as well: two documents
# stating it (two versions of a rule) may differ, and then no verdict is given.
SIDE_MARGIN = 0.1


def _asks_sameness(question: str) -> bool:
    """Does the question end with a sameness word before its yes/no particle?"""
    g = grammar()
    q = g.yesno_end.sub("", normalize(question).strip()).rstrip()
    return q != normalize(question).strip() and q.endswith(tuple(g.raw["sameness"]["words"]))


def asked_sides(question: str, terms: list[Term]) -> tuple[Term, Term] | None:
    """The two names a sameness question joins with a joining word, or None."""
    q = normalize(question)
    if not _asks_sameness(q):
        return None
    names = sorted(
        (t for t in terms if t.primary and t.known and is_name(t) and t.text in q),
        key=lambda t: q.find(t.text),
    )
    joiners = grammar().raw["multipart"]["parallel_joiners"]
    for a, b in pairwise(names):
        i, j = q.find(a.text), q.find(b.text)
        between = q[i + len(a.text) : j] if 0 <= i < j else ""
        if any(w in between for w in joiners):
            return a, b
    return None


def _side_units(side: Term, other: Term, rest: list[Term], scored) -> list[tuple[Sentence, str]]:
    """The side's covering units with their values, best first: units whose context names
    the side and not only the other, holding the question's other words."""
    found: list[tuple[Sentence, str, float]] = []
    for unit, _ in scored:
        ctx = unit.context_norm
        if not side.found_in(ctx) or (other.found_in(unit.norm) and not side.found_in(unit.norm)):
            continue
        cover = coverage(rest, ctx)
        value = typed_value(unit.text, "number")
        if cover >= MIN_COVERAGE and value:
            found.append((unit, value, cover))
    if not found:
        return []
    top = max(c for _, _, c in found)
    return [(u, v) for u, v, c in found if c >= top - SIDE_MARGIN]


def sameness_answer(ctx: Context, scoring):
    """(direct answer, quotes) for a question asking whether two named sides are the same,
    or None when it asks no such thing or a side has no covering unit with a value.
    ``scoring``: the answerer's units of a context with their scores, best first."""
    sides = asked_sides(ctx.aq.text, ctx.terms)
    if sides is None:
        return None
    a, b = sides
    rest = [t for t in ctx.terms if t.primary and t is not a and t is not b and t.known]
    scored = scoring(ctx)
    found = [_side_units(a, b, rest, scored), _side_units(b, a, rest, scored)]
    if not all(found):
        return None
    values = [{normalize(v) for _, v in side} for side in found]
    verdict = ""
    if all(len(v) == 1 for v in values):
        verdict = msg("answer_yes" if values[0] == values[1] else "answer_no")
    said, quotes = [], []
    for side, units in zip((a, b), found, strict=True):
        for unit, _ in units:
            said.append(msg("part_answer", label=side.text, answer=as_sentence(unit.text)))
            quotes.append((unit, None))
    return verdict + "；".join(said), quotes
