"""The event whose day a date question asks, and the date units that name it.

A date question asks when something happens: "when is the subsidy applied for" asks the day
of applying, not any day said near the subsidy. A unit dating another event of the same
subject (the year the subsidy was paid out) covers the question's nouns as well or better,
so among the units stating a date, those naming the asked event come first, when they score
near enough to the best one to be about the same subject.
"""
# Example: "补贴什么时候申报" is answered by "申报时间为次年3月1日至3月31日", not by
# "2024年度共兑现…补贴186万元".

from __future__ import annotations

from assistant.answering.covering import fits_question
from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.answering.identifiers import asks_issue_date
from assistant.answering.questions import AnalyzedQuestion
from assistant.ingest import grammar as document_grammar
from assistant.text import normalize

# How many characters may stand between the asking word and the event's word ("截止到什么
# 时候": one). Wider reaches the subject's nouns, which every candidate unit holds anyway.
EVENT_REACH = 2
# A unit naming the asked event goes first when it scores at least this share of the best
# date unit: lower lets a unit about another subject that happens to use the same verb win;
# higher leaves the best-covering unit dating another event.
EVENT_SCORE_SHARE = 0.5


def event_terms(aq: AnalyzedQuestion, terms: list[Term]) -> list[Term]:
    """The question's own words right before or after its date-asking word: the event
    asked about. Empty for other question types."""
    if aq.qtype != "date":
        return []
    norm = normalize(aq.text)
    patterns = [p for kind, p in grammar().type_patterns if kind == "date"]
    spans = [m.span() for p in patterns for m in p.finditer(norm)]
    if not spans:
        return []
    after, before = [], []
    for t in terms:
        if not (t.primary and t.known and len(t.text) >= 2):
            continue
        at = [i for i in range(len(norm)) if norm.startswith(t.text, i)]
        if any(0 <= i - stop <= EVENT_REACH for i in at for _, stop in spans):
            after.append(t)
        elif t.pos == "v" and any(
            0 <= start - (i + len(t.text)) <= EVENT_REACH for i in at for start, _ in spans
        ):
            before.append(t)
    # The verb after the asking word ("什么时候申报"); else a verb before it ("截止到什么时候");
    # a noun before it is the subject ("补贴什么时候"), which every candidate names.
    return after or before


def event_first(
    covering: list[tuple[Sentence, float]], aq: AnalyzedQuestion, terms: list[Term]
) -> list[tuple[Sentence, float]]:
    """The covering units of the asked type; for a date question, those naming the asked
    event first when they score near the best."""
    typed = [(s, sc) for s, sc in covering if fits_question(s, aq)]
    if aq.qtype == "date" and not asks_issue_date(aq.text):
        # A line that is only the document's own date (its signature date, "发布日期：…")
        # dates the paper, not the event asked about: it goes last.
        typed = sorted(typed, key=lambda pair: _own_date_line(pair[0].text))
    events = event_terms(aq, terms)
    if not events or not typed or any(t.found_in(typed[0][0].norm) for t in events):
        return typed
    floor = typed[0][1] * EVENT_SCORE_SHARE
    named = [(s, sc) for s, sc in typed if sc >= floor and any(t.found_in(s.norm) for t in events)]
    return named + [pair for pair in typed if pair not in named]


def _own_date_line(text: str) -> bool:
    """Is the unit a bare date, or a date under a label of the document's own date?"""
    text = text.strip()
    for label in document_grammar.grammar().labels["date"]:
        if text.startswith(label):
            text = text[len(label) :].lstrip(":： ")
            break
    return grammar().date.fullmatch(text.rstrip("。")) is not None
