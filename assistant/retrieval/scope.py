"""Keeping an answer to the document a question names.

Retrieval ranks the named document's passages first (see :mod:`.subject`), but its
top chunks still hold look-alike passages of other documents: in a library of many
zones' versions of one kind of document, another zone's rule states the same measure
with another figure. An answerer that reads them all would answer with another zone's
figure, or report a disagreement between documents that do not speak of the same
place. The same subject match retrieval uses decides here which retrieved documents
the question rules out, and which of its words only name the document.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.index import Hit, Index
from assistant.retrieval.retriever import subject_table
from assistant.retrieval.subject import QuestionCues, subject_features


def elsewhere(index: Index, question: str, doc_ids: Iterable[str]) -> set[str]:
    """The documents among ``doc_ids`` about another place than the one the question
    names, when it names the place of at least one of them: a question naming one zone
    rules out the same rule of another zone, not a national document that names no place,
    nor a province's when the question names a city (see ``SubjectFeatures.place``)."""
    docs = set(doc_ids)
    if len(docs) < 2:
        return set()
    features = subject_features(QuestionCues.of(question), subject_table(index), docs)
    if not any(f.place > 0 for f in features.values()):
        return set()
    return {d for d, f in features.items() if f.place < 0}


def keep_to_named(index: Index, question: str, hits: list[Hit]) -> list[Hit]:
    """The hits without those of documents the question rules out (:func:`elsewhere`)."""
    out = elsewhere(index, question, (h.doc_id for h in hits))
    return [h for h in hits if h.doc_id not in out] if out else hits


def naming_words(
    index: Index, question: str, doc_ids: Iterable[str], words: Iterable[str]
) -> set[str]:
    """The question's ``words`` that name the region of one of the documents (the region
    named, or part of it): within those documents they say which document, not which
    passage, since every passage there is about that place."""
    return subject_table(index).naming_tokens(QuestionCues.of(question), doc_ids, words)
