"""Dense candidates: the vector store's nearest chunks, or, for a library no larger than the
candidate depth, every chunk scored in memory.

When a question takes as many dense candidates as the library has chunks, the store's
nearest-neighbour search returns every chunk: its answer is the cosine similarity of each.
Asking the store for that is a round trip through its query engine (a millisecond or more,
on threads of its own that a busy machine is slow to schedule); holding the few vectors in
memory and taking their dot products gives the same candidates with the same scores.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.index import Index
from assistant.retrieval.derived import derived


@dataclass(frozen=True)
class HeldVectors:
    """Every chunk's vector of a small library, unit length, with the chunks' documents."""

    ids: list[str]
    docs: list[str]
    vectors: np.ndarray  # float32, one row per id

    @classmethod
    def of(cls, index: Index) -> HeldVectors:
        lookup = index.chunk_lookup()
        got = index.vectors.collection.get(ids=list(lookup), include=["embeddings"])
        vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(-1, index.embedder.dim)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        ids = list(got["ids"])
        return cls(ids, [lookup[i][0] for i in ids], vectors / np.where(norms > 0, norms, 1.0))


def dense_candidates(
    index: Index, query: str, n: int, docs: set[str] | None, vector: np.ndarray
) -> list[tuple[str, float]]:
    """The ``n`` chunks nearest to the query's ``vector`` as (chunk id, cosine similarity),
    best first; ``docs`` keeps only those documents' chunks (None: all)."""
    if docs == set():
        return []
    if len(index.chunk_lookup()) > n:
        return index.dense_search(query, n, docs, vector)
    held = derived(index, "held vectors", lambda: HeldVectors.of(index))
    length = float(np.linalg.norm(vector)) or 1.0
    sims = held.vectors @ (vector.astype(np.float32) / length)
    found = [
        (cid, float(s))
        for cid, doc, s in zip(held.ids, held.docs, sims, strict=True)
        if docs is None or doc in docs
    ]
    return sorted(found, key=lambda x: -x[1])[:n]
