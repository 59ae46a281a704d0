"""Hybrid retrieval over an :class:`~assistant.index.Index`: dense and keyword
candidates, fused into one ranking (convex by default, see :mod:`.fusion`)."""

from __future__ import annotations

import weakref
from datetime import date
from typing import Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.index import DocumentFilter, Hit, Index
from assistant.retrieval.fusion import add_document_scores, fuse, subject_bonus
from assistant.retrieval.subject import (
    DocumentSubject,
    QuestionCues,
    SubjectTable,
    subject_features,
)
from assistant.settings import RetrievalSettings

Mode = Literal["hybrid", "dense", "keyword"]

# Per index: its documents' subjects, worked out once per state of its documents. The
# index rebuilds its chunk lookup whenever documents change, so that dict's identity
# (held here, hence never reused) says whether the table is current.
_SUBJECTS: weakref.WeakKeyDictionary[Index, tuple[object, date, SubjectTable]] = (
    weakref.WeakKeyDictionary()
)


def subject_table(index: Index) -> SubjectTable:
    """The subjects of the index's documents (see :mod:`.subject`)."""
    lookup = index.chunk_lookup()
    today = date.today()
    cached = _SUBJECTS.get(index)
    if cached is not None and cached[0] is lookup and cached[1] == today:
        return cached[2]
    table = SubjectTable.of(
        DocumentSubject.of(d.doc_id, d.meta(), today) for d in index.documents.values()
    )
    _SUBJECTS[index] = (lookup, today, table)
    return table


def _uses_subject(rs: RetrievalSettings) -> bool:
    return rs.fusion == "convex" and any(
        (
            rs.subject_place_weight,
            rs.subject_year_weight,
            rs.subject_title_weight,
            rs.superseded_weight,
        )
    )


def retrieve(
    index: Index,
    query: str,
    k: int | None = None,
    mode: Mode = "hybrid",
    where: DocumentFilter | None = None,
) -> list[Hit]:
    """Ranked chunks for a question: dense, keyword, or both fused. ``where`` keeps only
    the documents whose metadata meet the filter (see :mod:`assistant.index.filters`)."""
    rs = index.settings.retrieval
    k = k or rs.top_k
    n = max(rs.candidates, k)
    docs = index.matching_documents(where)
    if docs == set():
        return []
    dense = index.dense_search(query, n, docs) if mode in ("hybrid", "dense") else []
    keyword = index.keyword_search(query, n, docs) if mode in ("hybrid", "keyword") else []
    scores = fuse(dense, keyword, rs)
    # Only hybrid fusion: the one-sided modes measure a side alone.
    if scores and mode == "hybrid" and _uses_subject(rs):
        lookup = index.chunk_lookup()
        doc_of = {cid: lookup[cid][0] for cid in scores if cid in lookup}
        table = subject_table(index)
        features = subject_features(QuestionCues.of(query), table, set(doc_of.values()))
        scores = add_document_scores(scores, doc_of, subject_bonus(features, rs))
    hits: dict[str, Hit] = {}
    for side, ranking in (("dense", dense), ("keyword", keyword)):
        for rank, (cid, score) in enumerate(ranking, start=1):
            hit = hits.get(cid) or index.hit(cid)
            if hit is None:  # a chunk no document names (an interrupted ingest)
                continue
            hits[cid] = hit
            hit.score = scores[cid]
            setattr(hit, f"{side}_rank", rank)
            setattr(hit, f"{side}_score", score)
    ranked = sorted(hits.values(), key=lambda h: (-h.score, h.doc_id, h.start))
    return ranked[:k]


def hit_to_document(hit: Hit) -> Document:
    meta = hit.as_dict()
    text = meta.pop("text")
    meta.pop("extra", None)
    return Document(page_content=text, metadata=meta, id=hit.chunk_id)


class HybridRetriever(BaseRetriever):
    """Chroma dense search and BM25 keyword search, fused as the settings say."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Index
    k: int = 5
    mode: Mode = "hybrid"
    where: DocumentFilter | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = retrieve(self.index, query, k=self.k, mode=self.mode, where=self.where)
        return [hit_to_document(h) for h in hits]
