"""Documents that disagree on a value: the covering units of different documents giving
different values of one kind, shown newest first, with whether they speak of one subject.

Module functions over an index and one question's :class:`Context`; no state.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.answering.answer_parts import unit_of
from assistant.answering.composing import NEAR_BEST, Context
from assistant.answering.evidence import Sentence
from assistant.answering.extraction import TYPED, asked_value, direct_span
from assistant.answering.rendering import render_conflict
from assistant.index import Index
from assistant.retrieval.subject import DocumentSubject
from assistant.text import normalize


def conflict_answer(index: Index, ctx: Context, typed, best_score: float, offset: int):
    """Covering units of different documents that give different values."""
    aq = ctx.aq
    per_doc: dict[str, tuple[Sentence, str, tuple[int, int]]] = {}
    for sent, sc in typed:
        if sc < best_score - NEAR_BEST or sent.doc_id in per_doc:
            continue
        doc_text = index.document(sent.doc_id).text
        pieces = direct_span(doc_text, sent, ctx.terms, aq, TYPED[aq.qtype])
        span = (pieces[0][0], pieces[-1][1])
        value = asked_value(doc_text[span[0] : span[1]], aq, ctx.terms)
        if value:
            per_doc[sent.doc_id] = (sent, value, span)
    values = {normalize(v) for _, v, _ in per_doc.values()}
    # Only values of one kind disagree: 30亿元 and 20家 answer different questions.
    units = {unit_of(v) for v in values}
    if len(per_doc) < 2 or len(values) < 2 or len(units) > 1:
        return None
    entries = [(index.document(s.doc_id), value, (s, span)) for s, value, span in per_doc.values()]
    return dated_conflict(entries, offset)


def dated_conflict(entries: list[tuple[Any, str, Any]], offset: int, intro: str | None = None):
    """(text, quotes) of documents giving different values: ``entries`` are (document,
    value, quote), shown newest first and numbered after ``offset``. ``intro`` (a message
    name) by default says whether the documents speak of one subject."""
    dated = sorted(entries, key=lambda e: doc_date(e[0]) or "", reverse=True)
    rows = [
        (value, doc.title, doc_date(doc), n)
        for n, (doc, value, _) in enumerate(dated, start=offset + 1)
    ]
    if intro is None:
        one = one_subject([doc for doc, _, _ in entries])
        intro = "conflict_intro" if one else "conflict_subjects_intro"
    return render_conflict(rows, intro), [quote for _, _, quote in dated]


def one_subject(docs) -> bool:
    """Do two of these documents speak of one subject: versions of one rule, or documents
    of one place? Otherwise their values may simply be about different zones or places,
    which is not a disagreement."""
    today = date.today()
    subjects = [DocumentSubject.of(d.doc_id, d.metadata or {}, today) for d in docs]
    return any(
        a.rule == b.rule or (a.region is not None and a.region == b.region)
        for i, a in enumerate(subjects)
        for b in subjects[i + 1 :]
    )


def doc_date(doc) -> str | None:
    """A document's date (or year) from its metadata, for ordering newest first."""
    meta = doc.metadata or {}
    value = meta.get("date") or meta.get("year")
    return str(value) if value else None
