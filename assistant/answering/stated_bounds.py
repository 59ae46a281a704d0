"""A value the question states against a bound the clause sets on the same measure.

"A firm with a registered capital of 3m" against "registered capital not lower than 5m":
the question's value misses the bound, so the rule says no to it. The value's measure is
named by the words before it ("registered capital 3m") or the counted noun after it ("only
200 staff"); the clause's bound by the words before it in its clause. Counting units of
the same kind ("persons" written with either classifier) compare. Words are data
(``thresholds`` and ``count_units`` in ``resources/question_grammar.yaml``); pure functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.answer_parts import amount, unit_of
from assistant.answering.case_bounds import (
    bound_measure,
    case_unit,
    named_in_clause,
    other_modality,
    rate_bases,
    sets_condition,
    unitless,
)
from assistant.answering.clock_bounds import compared_clock_numbers
from assistant.answering.full_periods import full_period, numeral_amount
from assistant.answering.grammar import grammar
from assistant.text import FIGURE, lexicon_forms, normalize

_G = grammar()
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_SENTENCE_END = re.compile(r"[;；。！？!?]")
# Characters of the question a negation's clause must repeat for the negation to be about
# the question's matter: two, a word.
SCOPE_RUN = 2

RELATIONS = {
    "above": lambda v, n: v > n,
    "at_least": lambda v, n: v >= n,
    "reached": lambda v, n: v >= n,
    "below": lambda v, n: v < n,
    "at_most": lambda v, n: v <= n,
}


def shares_run(text: str, other: str) -> bool:
    """Does ``text`` repeat a run of SCOPE_RUN characters of ``other`` (blanks excluded)?"""
    return any(
        text[i : i + SCOPE_RUN] in other
        for i in range(len(text) - SCOPE_RUN + 1)
        if not text[i : i + SCOPE_RUN].isspace() and " " not in text[i : i + SCOPE_RUN]
    )


# Characters before a question's value naming what it measures ("注册资本300万元"), and
# after it the counted noun ("200名员工").
MEASURE_CHARS = 4
_B = _G.raw["stated_bounds"]
_PERSONS = frozenset(_B["person_units"])
_ALIKE = [frozenset(group) for group in _B["alike_units"]]
_SCALED: dict[str, float] = {u: float(n) for u, n in _B["scaled_units"].items()}
_REACHED = tuple(_B["reached_lengths"])
_RANGE_END = re.compile(r"\d(?:" + "|".join(map(re.escape, _B["range_joiners"])) + ")$")
_UNIT_MEASURES: dict[str, list[str]] = _B["unit_measures"]
_OWN_MEASURE = frozenset(_B["own_measure_units"])
_MODALS = re.compile(_G.modal_words)
# A bound written after its value ("300人以上"): the relation its word sets.
_AFTER = {w: "at_least" for w in _B["open_above"]} | {w: "at_most" for w in _B["open_below"]}


def clause_relation(clause: str, value: re.Match) -> str | None:
    """The relation a clause sets on one of its values: a bound word before it, a length
    to be reached ("a full year"), or a bound word after it ("300 persons or more")."""
    before = relation_before(clause, value.start())
    if before is not None:
        return before
    if any(clause.endswith(w, 0, value.start()) for w in _REACHED) and (
        unit_of(normalize(value.group(0))) in _SCALED
    ):
        return "at_least"
    after = relation_after(clause, value.end())
    if after is None and _RANGE_END.search(clause, 0, value.start()):
        return "at_most"  # the upper end of a range ("16 to 24 years old")
    return after


def relation_after(text: str, at: int) -> str | None:
    """The relation a bound word right after a value sets ("300 persons or more")."""
    found = [w for w in _AFTER if text.startswith(w, at)]
    return _AFTER[max(found, key=len)] if found else None


def unit_scale(value: str, unit: str, bound_unit: str) -> float | None:
    """What a question's value (its text, in ``unit``) is multiplied by to be read in a
    bound's unit: 1 in the same unit, the ratio of two lengths of time ("8 months" against
    "a full year"), else None. A calendar year ("in 2024") is a date and is not scaled."""
    if same_unit(unit, bound_unit):
        return 1.0
    if unit in _SCALED and bound_unit in _SCALED and not _G.stated_year.fullmatch(value):
        return _SCALED[unit] / _SCALED[bound_unit]
    return None


def comparable_units(a: str, b: str) -> bool:
    """The same unit (:func:`same_unit`), or two lengths of time one is read in the other."""
    return same_unit(a, b) or (a in _SCALED and b in _SCALED)


def same_unit(a: str, b: str) -> bool:
    """The same unit, two classifiers counting persons, or one unit written two ways."""
    return (
        a == b
        or (a in _PERSONS and b in _PERSONS)
        or any(a in group and b in group for group in _ALIKE)
    )


def _asked_measure(question: str, m: re.Match) -> str:
    """The words naming what a question's value measures: before it, and the noun it counts
    in its clause, with the lexicon's other forms of each word in them."""
    stop = _CLAUSE_END.search(question, m.end())
    end = min(m.end() + MEASURE_CHARS, stop.start() if stop else len(question))
    # The noun a count counts follows it directly ("200名员工"); after the attributive
    # particle comes the thing the value describes ("300万元的企业"), not its measure.
    counted = question[m.end() : end].split(_G.modifier_mark)[0]
    # The modal and its adverbs between the measure and the value ("成员*可以*有3家") are
    # no part of the measure.
    before = _MODALS.sub("", question[max(0, m.start() - 2 * MEASURE_CHARS) : m.start()])
    words = before[-MEASURE_CHARS:] + " " + counted
    # The measure the value's own unit names ("300平方米": an area).
    named = _UNIT_MEASURES.get(case_unit(question, m), [])
    return " ".join([words, *lexicon_forms(words), *named])


def relation_before(text: str, at: int) -> str | None:
    """The relation whose word ends right before ``at`` ("not lower than 5m" -> at_least);
    the longest word wins, so that "not more than" is not read as "more than"."""
    found = bound_word(text, at)
    return found[0] if found else None


def bound_word(text: str, at: int) -> tuple[str, re.Match] | None:
    """The relation of :func:`relation_before` with its word in ``text``."""
    found = _words_before(text, at)
    if found or not (_PERCENT.match(text, at) and text[:at].endswith(_G.modifier_mark)):
        return found
    # A share bounded of a base the words between name ("not more than *the contract
    # amount's* 30%"): the relation word stands right before the base.
    for start in range(at - 1 - MIN_BASE_CHARS, max(-1, at - 1 - MAX_BASE_CHARS - 1), -1):
        if not _HAN.fullmatch(text[start : at - 1]):
            break
        found = _words_before(text, start)
        if found:
            return found
    return None


def _words_before(text: str, at: int) -> tuple[str, re.Match] | None:
    found = [(m, k) for k, p in _G.thresholds.items() if (m := p.search(text, 0, at))]
    if not found:
        return None
    m, relation = max(found, key=lambda x: len(x[0].group(0)))
    return relation, m


_PERCENT = re.compile(FIGURE.pattern + "%")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# The shortest and longest base of a share between its bound word and the share's
# attributive particle ("合同金额"), in characters.
MIN_BASE_CHARS, MAX_BASE_CHARS = 2, 8


@lru_cache(maxsize=4096)
def _stated_bounds(question: str, clause: str) -> tuple:
    """Pairs of a value the question states without a relation word ("a firm with a
    registered capital of 3m") and the bound the clause sets on the same unit and measure
    ("registered capital not lower than 5m"): (question value text, value, relation, bound)."""
    out = []
    for m in _G.number.finditer(question):
        value = amount(m.group(0))
        if value is None:
            value = numeral_amount(m.group(0))  # "two months" in words
        if value is None or relation_before(question, m.start()) is not None:
            continue
        unit = case_unit(question, m)  # "80 staff" count persons, "5.2m" is money
        for b in _G.number.finditer(clause):
            relation = clause_relation(clause, b) or full_period(clause, b.start(), b.end())
            bound = amount(b.group(0))
            if relation in (None, "reached") or bound is None:
                continue
            scale = unit_scale(m.group(0), unit, unit_of(normalize(b.group(0)))) if unit else None
            if scale is None and not (unitless(m.group(0)) and unitless(b.group(0))):
                continue
            # The bound is on the question's measure: the words naming each share one.
            asked = _asked_measure(question, m)
            measure = bound_measure(clause, b.start())
            bound_unit = unit_of(normalize(b.group(0)))
            # A period to complete ("3 months full before") measures the time passed, as its unit says.
            if bound_unit in _OWN_MEASURE or full_period(clause, b.start(), b.end()):
                measure = " ".join([measure, *_UNIT_MEASURES.get(bound_unit, [])])
            if shares_run(measure, asked) or named_in_clause(measure, question, m.start()):
                # Outside a condition of another modality's rule: another rule answers.
                aside = _barred_case(clause, b.end()) or other_modality(question, clause, b.end())
                scaled = value * (scale or 1.0)
                out.append((m.group(0), scaled, relation, bound, aside, b.end()))
    return tuple(out)  # cached: read by the verdict, the number and the condition checks


def condition_fit(question: str, clause: str) -> bool | None:
    """Do the question's values meet the bounds that set the clause's condition ("with 100
    persons or fewer, ...")? None when no bound of the clause sets one for them."""
    fits = [
        RELATIONS[relation](value, bound)
        for _, value, relation, bound, _, end in _stated_bounds(question, clause)
        if sets_condition(clause, end)
    ]
    return all(fits) if fits else None


def compared_numbers(question: str, clause: str) -> set[str]:
    """The digits of the question's values that the clause compares with a bound rather
    than states: they need not be found in the evidence."""
    found = {d for text, *_ in _stated_bounds(question, clause) for d in FIGURE.findall(text)}
    found |= rate_bases(question, clause)  # "8000 square metres" against a rate per one
    return found | compared_clock_numbers(question, clause)  # "8 in the evening" vs "19:30"


def _barred_case(clause: str, at: int) -> bool:
    """Is the bound ending at ``at`` the condition of a bar ("scoring below 60 *de* must
    not enter"): its clause goes on to the attributive particle, a negation follows. A value
    missing it is outside the barred case, of which the rule says nothing."""
    stop = _CLAUSE_END.search(clause, at)
    if _G.modifier_mark not in clause[at : stop.start() if stop else len(clause)]:
        return False
    end = _SENTENCE_END.search(clause, at)
    return bool(_G.negation.search(clause, at, end.start() if end else len(clause)))


def bound_verdict(question: str, clause: str) -> bool | None:
    """No when a value the question states misses a bound the clause sets on its unit
    (3m against "not lower than 5m"); meeting one bound decides nothing, since a rule's
    other conditions still apply, and a value missing one bound but meeting another on the
    same measure (two versions side by side) is not decided either."""
    pairs = [p for p in _stated_bounds(question, clause) if not p[4]]
    for text, value, relation, bound, _, _ in pairs:
        if not RELATIONS[relation](value, bound):
            # Another bound the same value meets, of the same relation, is another version
            # of the rule (a row of old and new columns): which one holds is not said here.
            if any(t == text and r == relation and RELATIONS[r](v, b) for t, v, r, b, *_ in pairs):
                return None
            return False
    return None


def outside_barred(question: str, clause: str) -> bool:
    """Does a value the question states miss the bound that sets a bar's case (65 points
    against "below 60 must not enter")? Then the bar is about another case: no verdict."""
    return any(
        barred and not RELATIONS[relation](value, bound)
        for _, value, relation, bound, barred, _ in _stated_bounds(question, clause)
    )


def beyond_bound(relation: str, limit: float, own: str, bound: float) -> bool | None:
    """No when a question asks past the document's own bound on the value ("may it exceed
    2?" against "not more than 2"; "at least 5?" against "at most 3"); else None."""
    if own == "at_most":
        return False if (relation == "above" and limit >= bound) or limit > bound else None
    if own == "at_least":
        return False if (relation == "below" and limit <= bound) or limit < bound else None
    return None


def unbounded(question: str, clause: str) -> str:
    """The clause with the words of its bounds blanked ("members not more than 2": a rule's
    bound limits what it grants, it denies nothing), unless the question states a value
    in the bound's unit: then the bound's prohibition still speaks to it."""
    units = {
        unit_of(normalize(m.group(0)))
        for m in _G.number.finditer(question)
        if not _G.stated_year.fullmatch(normalize(m.group(0)))  # a date, not an amount
    }
    out = clause
    for b in _G.number.finditer(clause):
        found = bound_word(clause, b.start())
        if found is None or found[0] not in ("at_most", "at_least"):
            continue
        if any(u and comparable_units(unit_of(normalize(b.group(0))), u) for u in units):
            continue
        word = found[1]
        out = out[: word.start()] + " " * (word.end() - word.start()) + out[word.end() :]
    return out
