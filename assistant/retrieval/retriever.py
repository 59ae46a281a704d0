"""Hybrid retrieval over an :class:`~assistant.index.Index`: dense and keyword
candidates, fused into one ranking (convex by default, see :mod:`.fusion`)."""

from __future__ import annotations

import weakref
from datetime import date
from typing import Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.index import DocumentFilter, Hit, Index, KeywordIndex
from assistant.index.keyword import best
from assistant.retrieval.derived import derived
from assistant.retrieval.fusion import Ranking, add_document_scores, fuse, subject_bonus
from assistant.retrieval.subject import (
    DocumentSubject,
    QuestionCues,
    SubjectTable,
    subject_features,
)
from assistant.settings import RetrievalSettings
from assistant.text import tokenize

Mode = Literal["hybrid", "dense", "keyword"]

_POSITIONS: weakref.WeakKeyDictionary[KeywordIndex, dict[str, np.ndarray]] = (
    weakref.WeakKeyDictionary()
)


def subject_table(index: Index) -> SubjectTable:
    """The subjects of the index's documents (see :mod:`.subject`), worked out once per
    state of its documents and per day (whether a rule is in force depends on the date)."""
    today = date.today()
    return derived(
        index,
        ("subjects", today),
        lambda: SubjectTable.of(
            DocumentSubject.of(d.doc_id, d.meta(), today) for d in index.documents.values()
        ),
    )


def _uses_subject(rs: RetrievalSettings) -> bool:
    return rs.fusion == "convex" and any(
        (
            rs.subject_place_weight,
            rs.subject_year_weight,
            rs.subject_title_weight,
            rs.superseded_weight,
        )
    )


def _positions(index: Index) -> dict[str, np.ndarray]:
    """Per document, the positions of its chunks in the keyword index."""
    kw = index.keyword
    cached = _POSITIONS.get(kw)
    if cached is not None:
        return cached
    lookup = index.chunk_lookup()
    by_doc: dict[str, list[int]] = {}
    for pos, cid in enumerate(kw.ids):
        ref = lookup.get(cid)
        if ref is not None:
            by_doc.setdefault(ref[0], []).append(pos)
    out = {doc: np.array(p, dtype=np.int64) for doc, p in by_doc.items()}
    _POSITIONS[kw] = out
    return out


def _keyword(
    index: Index,
    tokens: list[str],
    n: int,
    docs: set[str] | None,
    extra: list[tuple[set[str], list[str]]],
) -> list[list[tuple[str, float]]]:
    """Keyword candidates: the best ``n`` of ``docs`` (None: all) for the question's
    tokens, then for each (documents, tokens) of ``extra`` the best ``n`` of those
    documents for those tokens."""
    kw = index.keyword
    positions = _positions(index)
    out: list[list[tuple[str, float]]] = []
    computed = {tuple(tokens): kw.scores(tokens)}
    for where, words in [(docs, tokens), *extra]:
        if where is not None and not where:
            out.append([])
            continue
        key = tuple(words)
        if key not in computed:
            computed[key] = kw.scores(words)
        scores = computed[key]
        found = (
            []
            if scores is None
            else best(scores, n, None if where is None else _concat(positions, where))
        )
        out.append([(kw.ids[i], s) for i, s in found])
    return out


def _concat(positions: dict[str, np.ndarray], docs: set[str]) -> np.ndarray:
    parts = [positions[d] for d in docs if d in positions]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _merge(first: Ranking, second: Ranking) -> list[tuple[str, float]]:
    """One ranking of both lists' candidates, best first, each once."""
    merged = dict(second)
    merged.update(first)
    return sorted(merged.items(), key=lambda x: -x[1])


def focus_documents(
    cues: QuestionCues, table: SubjectTable, rs: RetrievalSettings
) -> dict[str, float]:
    """The documents the question names best, with their subject bonus: at most
    ``rs.subject_documents``, each with a positive bonus within ``rs.subject_margin`` of
    the best one's."""
    if not rs.subject_documents:
        return {}
    features = subject_features(cues, table, table.mentioned(cues, rs.subject_min_specificity))
    bonus = {d: b for d, b in subject_bonus(features, rs).items() if b > 0}
    if not bonus:
        return {}
    top = max(bonus.values())
    ranked = sorted(
        (d for d, b in bonus.items() if b >= top - rs.subject_margin), key=lambda d: -bonus[d]
    )
    return {d: bonus[d] for d in ranked[: rs.subject_documents]}


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
    lookup = index.chunk_lookup()
    k = k or rs.top_k
    n = max(rs.candidates, k)
    docs = index.matching_documents(where)
    if docs == set():
        return []
    # Only hybrid fusion uses what the question says of its document: the one-sided
    # modes measure a side alone.
    subject = mode == "hybrid" and _uses_subject(rs)
    cues = QuestionCues.of(query) if subject else None
    table = subject_table(index) if subject else None
    focus: set[str] = set()
    if cues is not None and table is not None:
        # The candidates of a fixed depth thin out as the library grows: among hundreds
        # of look-alike documents the named one's passages may not be among them at
        # all. A second, narrow pass over the documents the question names brings them in.
        focus = set(focus_documents(cues, table, rs))
        if docs is not None:
            focus &= docs
    # Documents named by their region: their passages are ranked among themselves.
    placed = (
        {d for d in focus if table.by_id[d].region in table.named_regions(cues)}
        if focus and table is not None and cues is not None
        else set()
    )
    dense: list[tuple[str, float]] = []
    keyword: list[tuple[str, float]] = []
    placed_dense: list[tuple[str, float]] = []
    placed_keyword: list[tuple[str, float]] = []
    if mode in ("hybrid", "dense"):
        vector = index.query_vector(query)
        dense = index.dense_search(query, n, docs, vector)
        if focus:
            dense = _merge(dense, index.dense_scores(vector, focus - placed)[:n])
            placed_dense = index.dense_scores(vector, placed)[:n]
    if mode in ("hybrid", "keyword"):
        tokens = list(tokenize(query))
        # Within documents named by their region, the words naming it say nothing about
        # which passage answers (every passage is about that place), yet BM25 weighs a
        # rare name most and would put a letterhead that repeats it above the answer.
        naming = table.naming_tokens(cues, placed, tokens) if placed and table and cues else set()
        keyword, other, placed_keyword = _keyword(
            index,
            tokens,
            n,
            docs,
            [(focus - placed, tokens), (placed, [t for t in tokens if t not in naming] or tokens)],
        )
        keyword = _merge(keyword, other)
    scores = fuse(dense, keyword, rs)
    if placed:
        # Their passages are scored among themselves, each side scaled by its best there,
        # so that the passage answering the rest of the question leads; the subject
        # bonus then sets the named documents against the others.
        scores.update(fuse(placed_dense, placed_keyword, rs))
        dense, keyword = _merge(dense, placed_dense), _merge(keyword, placed_keyword)
    if scores and cues is not None and table is not None:
        doc_of = {cid: lookup[cid][0] for cid in scores if cid in lookup}
        features = subject_features(cues, table, set(doc_of.values()))
        scores = add_document_scores(scores, doc_of, subject_bonus(features, rs))
    ranks: dict[str, dict[str, tuple[int, float]]] = {}
    for side, ranking in (("dense", dense), ("keyword", keyword)):
        for rank, (cid, score) in enumerate(ranking, start=1):
            ranks.setdefault(cid, {})[side] = (rank, score)
    # Hits are built for the best only: building one reads its document's record.
    hits: list[Hit] = []
    for cid in sorted(scores, key=lambda c: (-scores[c], lookup.get(c, ("", 0)))):
        hit = index.hit(cid)
        if hit is None:  # a chunk no document names (an interrupted ingest)
            continue
        hit.score = scores[cid]
        for side, (rank, score) in ranks.get(cid, {}).items():
            setattr(hit, f"{side}_rank", rank)
            setattr(hit, f"{side}_score", score)
        hits.append(hit)
        if len(hits) >= k:
            break
    return hits


def prime_query_embedder(index: Index) -> int:
    """Prepare the embedder for questions about the library: the words of up to
    ``embedder.prime_chunks`` chunks, spread evenly over it (see
    :meth:`~assistant.index.embeddings.BaseEmbedder.prime`). Returns the tokens prepared."""
    es = index.settings.embedder
    chunks = [(d, c) for d in index.documents.values() for c in d.chunks]
    if not chunks or not es.prime_chunks or not es.prime_tokens:
        return 0
    step = max(1, -(-len(chunks) // es.prime_chunks))
    texts = (d.chunk_text(c) for d, c in chunks[::step])
    return index.embedder.prime(texts, es.prime_tokens)


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
