"""Whether a unit's document speaks of the thing the question asks about at all.

"What is the <fee> of <talent flats>" names its subject in the attribute of the noun it
asks for. A document that never names that subject (a factory lease listing the same fee
for its workshops) cannot state its fee, however well its rows cover the asked noun: a
new document bringing the subject's words into the library must not make another's rows
answer for it.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.answering.constraints import modifier
from assistant.answering.evidence import Sentence, Term
from assistant.answering.questions import AnalyzedQuestion
from assistant.index import Index
from assistant.retrieval.derived import derived
from assistant.text import normalize


def subject_terms(question: str, terms: list[Term]) -> list[Term]:
    """The nouns of the attribute the question gives the noun it asks for (X's Y)."""
    asked = next((t for t in terms if t.asked and t.primary and t.known), None)
    if asked is None:
        return []
    at = question.find(asked.text)
    mod = modifier(question, at) if at > 0 else None
    if not mod:
        return []
    return [
        t
        for t in terms
        if t is not asked and t.primary and t.known and t.is_content and t.text in mod
    ]


def unnamed_subject(index: Index, aq: AnalyzedQuestion, terms: list[Term]) -> Callable:
    """A unit -> does its document name none of the question's subject nouns?"""
    subject = subject_terms(normalize(aq.text), terms)
    if not subject:
        return lambda sent: False
    seen: dict[str, bool] = {}

    def check(sent: Sentence) -> bool:
        if sent.doc_id not in seen:
            text = derived(index, ("normalized text", sent.doc_id), lambda: _text(index, sent))
            seen[sent.doc_id] = not any(t.found_in(text) for t in subject)
        return seen[sent.doc_id]

    return check


def _text(index: Index, sent: Sentence) -> str:
    return normalize(index.document(sent.doc_id).text)
