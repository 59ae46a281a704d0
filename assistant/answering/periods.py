"""Periods a document states with their period noun ("the enjoyment period is two years",
"the planning period is 2021 to 2030"): the clause a duration question is answered by;
and the dates a rule states for taking effect and expiring, which a date question asking
when it takes effect or expires is answered by. The words are question_grammar.yaml
``stated_period`` and ``dates`` and document_grammar.yaml; examples in tests/test_periods.py."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.grammar import grammar
from assistant.answering.question_words import key_tokens
from assistant.ingest.grammar import grammar as document_grammar


@lru_cache(maxsize=1)
def stated_period() -> re.Pattern[str]:
    g = grammar()
    group = g.raw["stated_period"]
    nouns = "|".join(re.escape(w) for w in sorted(group["nouns"], key=len, reverse=True))
    return re.compile(
        rf"(?:{nouns}){group['joiners']}(?:{group['year_range']}|{g.duration.pattern})"
    )


def _framed(question: str) -> tuple[str, ...]:
    """The period nouns a question uses as its time frame ("within the validity period"
    before what it asks);
    the bare one-character noun frames nothing (it ends every other)."""
    group = grammar().raw["stated_period"]
    return tuple(
        n
        for n in group["nouns"]
        if len(n) > 1 and any(n + f in question for f in group["frame_suffixes"])
    )


def states_period(clause: str) -> bool:
    """Does the clause state a period with its period noun?"""
    return stated_period().search(clause) is not None


def period_clauses(doc_text: str, spans: list[tuple[int, int]], question: str) -> set[int]:
    """The positions of the clauses (document spans) that state a period with its noun;
    those stating the period the question names, when any do. A noun may end the clause
    before (a term and its period cut at a colon)."""
    noun = asked_period(question)
    framed = _framed(question)
    found: dict[int, bool] = {}
    for i, (s, e) in enumerate(spans):
        lo = spans[i - 1][0] if i else s
        for pattern, own in ((stated_period(), False), (_period_of(noun) if noun else None, True)):
            matches = pattern.finditer(doc_text, lo, e) if pattern is not None else ()
            # A period the question only frames itself in ("有效期内…") is not the one asked.
            if any(m.end() > s and not m.group(0).startswith(framed) for m in matches):
                found[i] = found.get(i, False) or own
    asked = {i for i, own in found.items() if own}
    return asked or set(found)


# A unit stating the very period a duration question names ("公示期为5个工作日" asked for the
# "公示期") outranks units that only share the question's other words (the subject is often
# only in its article's context); between two units stating it, coverage still decides.
PERIOD_BONUS = 1.0
# A unit stating some period with its noun ("期限不超过1年") is read this much higher for a
# duration question naming none it states: the form of an answer, but not of this one for
# sure, so less than the question's own words weigh.
ANY_PERIOD_BONUS = 0.3


def asked_period(question: str) -> str | None:
    """The period noun a question names with what it is the period of (the publicity
    period, the validity period, the enjoyment period), else None."""
    nouns = grammar().raw["stated_period"]["nouns"]
    framed = _framed(question)
    before = ""
    for token in key_tokens(question):
        word = token[0] if token else ""
        if word in nouns and before and word not in framed:
            return before + word  # cut in two by the segmenter: "公示" + "期"
        if any(word.endswith(n) for n in nouns) and not word.endswith(framed or ("\n",)):
            return word
        before = word
    return None


@lru_cache(maxsize=256)
def _period_of(noun: str) -> re.Pattern[str]:
    g = grammar()
    group = g.raw["stated_period"]
    return re.compile(
        rf"{re.escape(noun)}{group['joiners']}(?:{group['year_range']}|{g.duration.pattern})"
    )


def period_bonus(qtype: str, question: str, text: str) -> float:
    """PERIOD_BONUS when a duration question's own period noun is stated in the text,
    ANY_PERIOD_BONUS when another period is."""
    if qtype != "duration":
        return 0.0
    if states_asked_period(text, question):
        return PERIOD_BONUS
    return ANY_PERIOD_BONUS if states_period(text) else 0.0


def states_asked_period(text: str, question: str) -> bool:
    """Does the text state the very period the question names?"""
    noun = asked_period(question)
    return bool(noun) and _period_of(noun).search(text) is not None


# A unit stating the date of the event a date question asks for ("自2023年7月1日起施行"
# asked when a rule takes effect) is read this much higher than units sharing only the
# question's other words (a press release's opening naming the rule in full): the form of
# the answer, weighed like a stated period of another noun.
EVENT_BONUS = 0.3


def event_bonus(qtype: str, question: str, text: str) -> float:
    """EVENT_BONUS when a date question asks when a rule takes effect or expires and the
    text states that date in the form rules do."""
    if qtype != "date":
        return 0.0
    dates, doc = grammar().raw["dates"], document_grammar()
    for words, pattern in (
        (dates["effective_words"], doc.effective_from),
        (dates["valid_until_words"], doc.valid_until),
    ):
        if any(w in question for w in words) and pattern.search(text):
            return EVENT_BONUS
    return 0.0


def span_bonus(qtype: str, question: str, text: str) -> float:
    """EVENT_BONUS when a date question asks until when (or from when to when) and the
    text states a span of days; not for a rule's own effect or expiry (event_bonus)."""
    if qtype != "date":
        return 0.0
    dates = grammar().raw["dates"]
    if not any(w in question for w in dates["span_asking"]):
        return 0.0
    if any(w in question for w in (*dates["effective_words"], *dates["valid_until_words"])):
        return 0.0
    return EVENT_BONUS if re.search(dates["day_span"], text) else 0.0


def form_bonus(qtype: str, question: str, text: str) -> float:
    """What a unit gains for stating a value in the form the question asks it in: a period
    with its noun, a rule's effective or expiry date, a span of days asked until when."""
    return (
        period_bonus(qtype, question, text)
        + event_bonus(qtype, question, text)
        + span_bonus(qtype, question, text)
    )
