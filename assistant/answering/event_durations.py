"""The event whose length a duration question asks, and whether a unit ties a value to it.

"How long after approval is the fund paid out" asks the time of paying out: a unit giving
a period for another event (the years a cheat is barred from applying) after a clause
that mentions paying out does not answer it. The event is the question's verb right after
its duration-asking word; a period times the clause it stands in and those after it.
"""
# Example: "审核通过后多久拨付" is not answered by "收回已拨付资金，五年内取消其申报资格".

from __future__ import annotations

import re

from assistant.answering.ahead_periods import no_ahead_period
from assistant.answering.counted_periods import dated_only, other_time_unit, periods_not_dates
from assistant.answering.event_dates import EVENT_REACH
from assistant.answering.evidence import Term
from assistant.answering.extraction import DATE, DURATION, pattern_hit
from assistant.answering.grammar import grammar
from assistant.answering.questions import AnalyzedQuestion
from assistant.answering.units import CLAUSE_SPLIT
from assistant.text import normalize

# Parts of speech of an event's word: verbs, and verbal nouns.
EVENT_POS = ("v", "vn", "vd")


def duration_events(aq: AnalyzedQuestion, terms: list[Term]) -> list[Term]:
    """The verbs right after the question's duration-asking word ("how long until it is
    paid"): the event asked about; a modal there ("how long may one not ...") is none.
    Empty for other question types or none."""
    if aq.qtype != "duration":
        return []
    g = grammar()
    norm = normalize(aq.text)
    stops = [m.end() for p in _asking() for m in p.finditer(norm)]
    modals = set(g.raw["yesno_predicate"]["modals"])
    return [
        t
        for t in terms
        if t.primary
        and t.pos in EVENT_POS
        and len(t.text) >= 2
        and g.plain_negation.sub("", t.text) not in modals
        and any(0 <= i - stop <= EVENT_REACH for stop in stops for i in _starts(norm, t.text))
    ]


def _asking() -> list[re.Pattern[str]]:
    """The grammar's patterns of a duration question's asking words."""
    return [p for kind, p in grammar().type_patterns if kind == "duration"]


def _starts(text: str, form: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(form), text)]


def untied_event(
    aq: AnalyzedQuestion, terms: list[Term], text: str, cells: tuple[str, ...] = ()
) -> bool:
    """Does the unit name the asked event only before every period or date it states (the
    period then times a later statement), or state none? A unit not naming the event says
    it in other words, or is judged by its cover. ``cells``: a table row's."""
    if dated_only(aq, text):  # a count of days asked, a deadline stated
        return True
    if periods_not_dates(aq, cells):  # a date asked, a row of periods
        return True
    if other_time_unit(aq, text):  # years asked, only months stated
        return True
    if no_ahead_period(aq, text):  # how far ahead asked, no period before an event
        return True
    events = duration_events(aq, terms)
    if not events:
        return False
    named, valued, at = [], [], -1
    pointers = tuple(grammar().raw["clause_pointers"])
    for clause in CLAUSE_SPLIT.split(text):
        # A clause pointing back at the one before says the same statement.
        at += 0 if at >= 0 and clause.strip().startswith(pointers) else 1
        if any(t.found_in(normalize(clause)) for t in events):
            named.append(at)
        if pattern_hit(DURATION, clause) or pattern_hit(DATE, clause):
            valued.append(at)
    # A period said before the event's clause times it ("10个工作日内，…报送").
    return bool(named) and not any(v <= n for v in valued for n in named)


def period_name(aq: AnalyzedQuestion, terms: list[Term]) -> Term | None:
    """The noun naming the period a duration question asks (its validity, its notice
    period): the asked noun right before the asking word or part of it ("what is the
    validity"). A noun further off is the event's subject ("after subletting is found,
    for how long ...")."""
    if aq.qtype != "duration":
        return None
    norm = normalize(aq.text)
    spans = [m.span() for p in _asking() for m in p.finditer(norm)]
    for t in terms:
        if not (t.asked and t.primary and t.known and not t.category):
            continue
        for at in _starts(norm, t.text):
            end = at + len(t.text)
            if any(start - EVENT_REACH <= end and at < stop for start, stop in spans):
                return t
    return None


def unstated_period(aq: AnalyzedQuestion, terms: list[Term], frame_norm: str) -> bool:
    """Does the unit, with its frame, miss the name of the period asked (a validity asked,
    a unit stating how much is spent each year)?"""
    name = period_name(aq, terms)
    return name is not None and not name.found_in(frame_norm)
