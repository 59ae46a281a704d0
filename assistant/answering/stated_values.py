"""A value a yes/no question asks about against the value the clause states for the same
measure.

"Is the publicity period 10 days?" against "results are publicised for 7 days": the
question ends with the value it asks about, and the clause states another value of the
same unit for the same measure, so the answer is no. The measure is named by the words
before each value in its clause (stated_bounds reads them the same way); a clause stating
the asked value, or a bound, is left to the other readers. Pure functions; the words are
data in ``resources/question_grammar.yaml`` (``asked_value_tail``, ``thresholds``).
"""

from __future__ import annotations

import re

from assistant.answering.answer_parts import amount, unit_of
from assistant.answering.grammar import grammar
from assistant.answering.stated_bounds import shares_run
from assistant.text import normalize

_G = grammar()
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")
_TAIL = re.compile(_G.raw["asked_value_tail"])
# Characters before a value naming what it measures ("the subsidy's cap", "publicised for").
MEASURE_CHARS = 4


def _measure(text: str, at: int) -> str:
    """The words before the value at ``at`` in its clause, MEASURE_CHARS at most."""
    stop = _CLAUSE_END.search(text[:at][::-1])
    opening = at - stop.start() if stop else 0
    return text[max(opening, at - MEASURE_CHARS) : at]


def _relation(text: str, at: int) -> bool:
    """Does a threshold or bound word end right before ``at``?"""
    return any(p.search(text[max(0, at - MEASURE_CHARS) : at]) for p in _G.thresholds.values())


def _asked(question: str) -> list[re.Match]:
    """The values the question ends with, asked about as they are ("is the cap 5m?"), or
    with the noun they measure ("can one get 6 months' rent-free period?")."""
    return [
        m
        for m in _G.number.finditer(question)
        if (_TAIL.match(question, m.end()) or _NOUN_TAIL.match(question, m.end()))
        and not _relation(question, m.start())
    ]


# The noun a value measures, said after it at the question's end ("6个月的免租期吗").
_NOUN_TAIL = re.compile(
    rf"\s*{_G.modifier_mark}?([\u4e00-\u9fff]{{2,{MEASURE_CHARS + 2}}}?)"
    + _G.raw["asked_value_tail"]
)


def _after(text: str, at: int) -> str:
    """The words after the value ending at ``at`` in its clause, MEASURE_CHARS at most."""
    stop = _CLAUSE_END.search(text, at)
    return text[at : min(stop.start() if stop else len(text), at + MEASURE_CHARS)]


def _stated(question: str, clause: str) -> list[tuple[re.Match, list[re.Match]]]:
    """Each asked value with the clause's values of its unit for its measure."""
    out = []
    for m in _asked(question):
        unit = unit_of(normalize(m.group(0)))
        if not unit:
            continue
        noun = _NOUN_TAIL.match(question, m.end())
        if noun is not None and not _TAIL.match(question, m.end()):
            # The measure named after the value is named after it in the clause too.
            asked = noun.group(1)
            same = [
                b
                for b in _G.number.finditer(clause)
                if unit_of(normalize(b.group(0))) == unit
                and shares_run(_after(clause, b.end()), asked)
            ]
            out.append((m, same))
            continue
        asked = _measure(question, m.start())
        same = [
            b
            for b in _G.number.finditer(clause)
            if unit_of(normalize(b.group(0))) == unit
            and shares_run(_measure(clause, b.start()), asked)
        ]
        out.append((m, same))
    return out


def _differing(question: str, clause: str) -> list[re.Match]:
    """The asked values for whose measure the clause states only other values of their
    unit, none of them a bound."""
    out = []
    for m, same in _stated(question, clause):
        if not same or any(_relation(clause, b.start()) for b in same):
            continue
        asked = amount(m.group(0))
        if asked is not None and all(amount(b.group(0)) not in (None, asked) for b in same):
            out.append(m)
    return out


def other_values(question: str, clause: str) -> set[str]:
    """The digits of the question's asked values the clause states otherwise for the same
    measure: they need not be found in it, which decides against them."""
    digits = re.compile(r"\d+(?:\.\d+)?")
    return {d for m in _differing(question, clause) for d in digits.findall(m.group(0))}


def value_verdict(question: str, clause: str) -> bool | None:
    """No when the clause states, for the measure the question asks about, only values of
    its unit other than the asked one, none of them a bound; else None."""
    return False if _differing(question, clause) else None


def measured_value(question: str, at: int, clause: str, unit: str) -> str | None:
    """The clause's value of ``unit`` whose measure the question's words before ``at``
    (its threshold word) name ("has the *total* passed 600?" against "45 new firms, a total
    of 612"); None when no value's measure is named."""
    asked = _measure(question, at)
    best, nearest = None, -1
    for b in _G.number.finditer(clause):
        if unit_of(normalize(b.group(0))) != unit:
            continue
        # Of several, the value whose measure shares the question's words nearest its
        # threshold word: the last word before it names the measure, earlier ones its whole.
        measure = _measure(clause, b.start())
        shared = [
            i
            for i in range(len(asked) - 1)
            if asked[i : i + 2].strip() and asked[i : i + 2] in measure
        ]
        if shared and max(shared) > nearest:
            best, nearest = b.group(0), max(shared)
    return best


_ONLY = re.compile("|".join(map(re.escape, _G.raw["only_counts"]["words"])))
_COUNT = re.compile(_G.raw["only_counts"]["count"])
# Characters after a word of "only" within which its count stands ("may apply for only
# *one* project").
ONLY_REACH = 8


def _count(m: re.Match) -> tuple[float, str] | None:
    numeral, classifier = m.group(1), m.group(2)
    value = _G.small_number(numeral) if len(numeral) == 1 else amount(numeral)
    return None if value is None else (float(value), classifier)


def only_count_verdict(question: str, clause: str) -> bool | None:
    """No when the clause allows only a count ("may apply for only one project") and the
    question asks about more of the same classifier ("two projects"); else None."""
    allowed = []
    for om in _ONLY.finditer(clause):
        stop = _CLAUSE_END.search(clause, om.end())
        end = min(om.end() + ONLY_REACH, stop.start() if stop else len(clause))
        cm = _COUNT.search(clause, om.end(), end)
        if cm and (count := _count(cm)) is not None:
            allowed.append(count)
    for qm in _COUNT.finditer(question):
        asked = _count(qm)
        if asked and any(c == asked[1] and asked[0] > n for n, c in allowed):
            return False
    return None


# Characters of the verb after a word of "only" ("only *assesses* ...") the question must
# repeat: a word.
ONLY_VERB_CHARS = 2


def only_scope_verdict(question: str, clause: str) -> bool | None:
    """No when the clause limits a verb to its objects ("assesses only the business climate
    and investment cooperation") and the question asks the same verb of an object they do
    not name ("also assess new contracts?"); None otherwise, and for a limit to a count,
    which only_count_verdict reads."""
    for om in _ONLY.finditer(clause):
        verb = clause[om.end() : om.end() + ONLY_VERB_CHARS]
        at = question.find(verb)
        if len(verb.strip()) < ONLY_VERB_CHARS or _CLAUSE_END.search(verb) or at < 0:
            continue
        stop = _CLAUSE_END.search(clause, om.end())
        allowed = clause[om.end() + ONLY_VERB_CHARS : stop.start() if stop else len(clause)]
        qstop = _CLAUSE_END.search(question, at)
        asked = question[at + ONLY_VERB_CHARS : qstop.start() if qstop else len(question)].strip()
        if not allowed.strip() or not asked or _COUNT.match(allowed.strip()):
            continue
        if not shares_run(asked, allowed):
            return False
    return None
