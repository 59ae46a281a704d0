"""Two days compared ("which is later, A's deadline or B's last filing day"): each side's
day is the bound its statement states of the kind the side names (the last day of a
window for a deadline, the first for a start), and the later or earlier one is said. The
words are ``compared_days`` in resources/question_grammar.yaml; the bounds are read by
date_bounds.day_bounds. Examples: tests/test_compared_days.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from assistant.answering.date_bounds import day_bounds, earlier_day
from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import comparison_measure, comparison_sides
from assistant.answering.units import unit_sentence
from assistant.messages import msg
from assistant.text import normalize


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in grammar().raw["compared_days"].items()}


def asked_order(question: str) -> str | None:
    """ "later" or "earlier" when the comparison asks which day comes later or earlier."""
    measure = comparison_measure(question)
    for order in ("later", "earlier"):
        if any(w in measure for w in _words()[order]):
            return order
    return None


def side_bound(side: str) -> str | None:
    """The bound a side names: its last day (at_most) or its first (at_least)."""
    if any(w in side for w in _words()["last"]):
        return "at_most"
    if any(w in side for w in _words()["first"]):
        return "at_least"
    return None


def day_text(key: tuple) -> str:
    year, month, day = key
    said = msg("compared_day", month=month, day=day)
    return msg("compared_year", year=year) + said if year else said


def _named_part(side: str) -> str:
    """The side up to its bound word, and before the modifier mark ahead of it (A's
    filing deadline -> A): what it names, not which of its days or acts."""
    marks = [i for w in (*_words()["last"], *_words()["first"]) if (i := side.find(w)) > 0]
    named = side[: min(marks)] if marks else side
    mark = grammar().modifier_mark
    return named[: named.rindex(mark)] if named.rfind(mark) > 0 else named


def _side_day(side: str, other: str, units: list[Sentence], bound: str, side_names: Callable):
    for name in side_names(_named_part(side), _named_part(other)):
        if any(ch.isdigit() for ch in name):
            continue  # a year or a figure is said of many days, it names no side
        for sent in units:
            text = normalize(sent.text)
            at = text.find(name)
            if at < 0:
                continue
            days = [k for r, k in day_bounds(text[at:]) if r == bound]
            if days:
                return name, days[0], sent
    return None


def _document_units(index, units: list[Sentence]) -> list[Sentence]:
    """Every unit of the documents the retrieved units come from: a side's day is often
    stated in a unit retrieval ranked low (the other side's words fill the question)."""
    out = []
    for doc_id in dict.fromkeys(u.doc_id for u in units):
        doc = index.document(doc_id)
        out += [unit_sentence(doc_id, doc, unit, 1) for unit in (doc.units if doc else ())]
    return out


def compared_days(index, question: str, units: list[Sentence], side_names: Callable):
    """The answer comparing two sides' days, with its quotes; None when the question does
    not compare days or a side's day is not stated. ``side_names(side, other)``: the runs
    of a side's words a statement may name it by, longest first (comparisons.py)."""
    order = asked_order(question)
    sides = comparison_sides(question)
    if order is None or sides is None:
        return None
    units = units + _document_units(index, units)
    found = []
    for side, other in (sides, sides[::-1]):
        bound = side_bound(side)
        hit = _side_day(side, other, units, bound, side_names) if bound else None
        if hit is None:
            return None
        found.append((side, hit[1], hit[2]))
    (name_a, day_a, sent_a), (name_b, day_b, sent_b) = found
    if day_a == day_b:
        return None
    a_later = earlier_day(day_b, day_a)
    pick = name_a if a_later == (order == "later") else name_b
    parts = [msg("comparison_value", name=n, value=day_text(d)) for n, d, _ in found]
    parts.append(msg("comparison_later" if order == "later" else "comparison_earlier", name=pick))
    quotes = [(sent_a, None)] + ([] if sent_b is sent_a else [(sent_b, None)])
    return "，".join(parts) + "。", quotes
