"""The retrieval stage: candidates from the index, fused into one ranking."""

from assistant.retrieval.fusion import convex_scores, fuse, reciprocal_rank_scores
from assistant.retrieval.retriever import HybridRetriever, hit_to_document, retrieve

__all__ = [
    "HybridRetriever",
    "convex_scores",
    "fuse",
    "hit_to_document",
    "reciprocal_rank_scores",
    "retrieve",
]
