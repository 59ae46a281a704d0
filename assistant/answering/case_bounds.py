"""The value of the asker's own case against a bound the document states, read as an asker
writes it.

An asker gives the case's value in everyday words: a head count with the general
classifier and the noun counted ("80 of us staff" against "100 persons or fewer"), an
amount in ten-thousands without the currency ("5.2 million" against "5.2 million yuan"),
a ratio without a unit ("a plot ratio of 0.7" against "not lower than 0.6"). The measure
such a value is of is named anywhere in its clause of the question ("the deposit, do we
pay 160 thousand?"), and a bound whose clause says no more than the bound ("at most
100 thousand") bounds the measure of the clause before it. Pure functions; the words are
data in ``resources/question_grammar.yaml`` (group ``case_bounds``).
"""

from __future__ import annotations

import re

from assistant.answering.answer_parts import unit_of
from assistant.answering.grammar import grammar
from assistant.text import FIGURE, normalize

_G = grammar()
_C = _G.raw["case_bounds"]
_GENERAL = tuple(_C["general_classifiers"])
_PERSON_NOUNS = tuple(sorted(_C["person_nouns"], key=len, reverse=True))
_PERSON_UNIT = _G.raw["stated_bounds"]["person_units"][0]
_MONEY_UNIT = _C["money_unit"]
_BIG = "".join(_G.big)
_BOUND_ONLY = re.compile("|".join(map(re.escape, sorted(_C["bound_only"], key=len, reverse=True))))
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[;；。！？!?]")


def case_unit(question: str, m: re.Match) -> str:
    """The unit of a question's value as the document would write it: persons for a head
    count with the general classifier ("80 staff"), the currency for an amount in
    ten-thousands or hundred-millions said without it ("5.2 million"); else its own unit."""
    unit = unit_of(normalize(m.group(0)))
    if unit in _GENERAL and question.startswith(_PERSON_NOUNS, m.end()):
        return _PERSON_UNIT
    if not unit and m.group(0)[-1:] in _BIG:
        return _MONEY_UNIT
    return unit


def unitless(value: str) -> bool:
    """A bare figure with a decimal point: a ratio or a coefficient, not a count."""
    return "." in value and not unit_of(normalize(value))


def clause_before(question: str, at: int) -> str:
    """The words of the question's clause before ``at``: what its value measures."""
    stop = _CLAUSE_END.search(question[:at][::-1])
    return question[at - stop.start() if stop else 0 : at]


# Characters a word of the value's clause farther from it than its own measure must share
# with the bound's measure: three ("deposit"), since two are often a word any rule has
# ("project", "firm") and would tie the value to another measure's bound.
CLAUSE_RUN = 3


def named_in_clause(measure: str, question: str, at: int) -> bool:
    """Does the question's clause before its value at ``at`` ("the deposit, do we pay") share a
    run of CLAUSE_RUN characters with the bound's measure?"""
    clause = clause_before(question, at)
    return any(clause[i : i + CLAUSE_RUN] in measure for i in range(len(clause) - CLAUSE_RUN + 1))


def bound_measure(clause: str, at: int) -> str:
    """The words naming what the bound at ``at`` measures: its clause before it, and the
    clause before that in its sentence when its own says only the bound ("at most")."""
    stop = _CLAUSE_END.search(clause[:at][::-1])
    opening = at - stop.start() if stop else 0
    own = clause[opening:at]
    bare = _BOUND_ONLY.sub("", own)
    if opening == 0 or _HAN.search(bare):
        return own
    if _SENTENCE_END.match(clause, opening - 1):
        return own
    return clause_before(clause, opening - 1) + own


_PER = "|".join(map(re.escape, _C["per_words"]))


def rate_bases(question: str, clause: str) -> set[str]:
    """The digits of the question's values in the unit the clause states a rate per
    ("8000 square metres" against "20 yuan per square metre"): the case the rate is applied to, not looked up."""
    out = set()
    for m in _G.number.finditer(question):
        unit = unit_of(normalize(m.group(0)))
        if unit and re.search(f"(?:{_PER}){re.escape(unit)}", clause):
            out |= set(FIGURE.findall(m.group(0)))
    return out


_OBLIGED = re.compile("|".join(map(re.escape, _C["obligation"])))
_PERMITTED = re.compile("|".join(map(re.escape, _C["permission"])))


def modality(text: str) -> str | None:
    """ "obliged" or "permitted" by the text's modal words, None when it has neither or
    both."""
    obliged, permitted = bool(_OBLIGED.search(text)), bool(_PERMITTED.search(text))
    if obliged == permitted:
        return None
    return "obliged" if obliged else "permitted"


def sets_condition(clause: str, at: int) -> bool:
    """Does the bound ending at ``at`` set the rule's condition: its clause goes on to the
    attributive particle and ends there ("with 100 persons or fewer *de*, ...")?"""
    stop = _CLAUSE_END.search(clause, at)
    return stop is not None and _G.modifier_mark in clause[at : stop.start()]


_ALTERNATIVE = re.compile("|".join(map(re.escape, _C["alternatives"])))


def optional_verdict(question: str, clause: str) -> bool | None:
    """No when the question asks whether something must be done and the clause only
    permits it, beside an alternative ("must it be full-time?" against "may be full-time
    or part-time"); else None."""
    if modality(question) == "obliged" and modality(clause) == "permitted":
        return False if _ALTERNATIVE.search(clause) else None
    return None


def other_modality(question: str, clause: str, at: int) -> bool:
    """Is the bound ending at ``at`` the condition ("with 100 persons or fewer ...") of a rule of another
    modality than the question asks ("must we?" against "may")? Then a value outside the
    condition learns nothing from the rule: what holds outside it is another rule's."""
    if not sets_condition(clause, at):
        return False
    asked, ruled = modality(question), modality(clause[at:])
    return asked is not None and ruled is not None and asked != ruled


def spoken_money(question: str, at: int) -> str | None:
    """The currency unit of an amount whose figure ends at ``at`` and is said in
    ten-thousands or hundred-millions alone ("about 30 million"): the ten-thousand yuan; else None."""
    big = question[at : at + 1]
    if not big or big not in _BIG:
        return None
    after = question[at + 1 :]
    if any(after.startswith(u) for u in _G.raw["units"]):
        return None  # thirty million persons: a count, not money
    return big + _MONEY_UNIT


def states_case(question: str, clause: str) -> bool:
    """Does the clause set as its condition the very value the question states, in its
    unit ("a lease of 5 years *de*, ...")?"""
    for m in _G.number.finditer(question):
        value = normalize(m.group(0))
        if not unit_of(value):
            continue
        for c in re.finditer(re.escape(value), clause):
            if c.start() > 0 and clause[c.start() - 1].isdigit():
                continue
            if sets_condition(clause, c.end()):
                return True
    return False
