"""Score fusion: one ranking from the dense and the keyword candidate lists.

Pure functions over ``(chunk id, score)`` lists, best first, so each rule can be
checked on a handful of numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.settings import RetrievalSettings

Ranking = Sequence[tuple[str, float]]


def convex_scores(
    dense: Ranking,
    keyword: Ranking,
    *,
    dense_weight: float,
    keyword_weight: float,
    keyword_power: float = 1.0,
) -> dict[str, float]:
    """Weighted sum of the two sides' scores.

    Cosine similarity is used as is (negatives count as zero); BM25 scores are scaled
    by the best candidate's and raised to ``keyword_power``, so that above 1 a clearly
    best keyword match counts for more. Scores keep what ranks throw away: when many
    documents share boilerplate the dense side is nearly flat, and an exact keyword
    match (a name, a number) must win.
    """
    scores: dict[str, float] = {}
    for cid, score in dense:
        scores[cid] = scores.get(cid, 0.0) + dense_weight * max(score, 0.0)
    top = max((score for _, score in keyword), default=0.0)
    for cid, score in keyword:
        scaled = (score / top) ** keyword_power if top > 0 else 0.0
        scores[cid] = scores.get(cid, 0.0) + keyword_weight * scaled
    return scores


def reciprocal_rank_scores(rankings: Sequence[tuple[float, Ranking]], k: int) -> dict[str, float]:
    """Reciprocal rank fusion: each ranking adds ``weight / (k + rank)``, rank from 1."""
    scores: dict[str, float] = {}
    for weight, ranking in rankings:
        for rank, (cid, _) in enumerate(ranking, start=1):
            scores[cid] = scores.get(cid, 0.0) + weight / (k + rank)
    return scores


def fuse(dense: Ranking, keyword: Ranking, settings: RetrievalSettings) -> dict[str, float]:
    """The fused score of every candidate, by the method the settings name."""
    if settings.fusion == "rrf":
        return reciprocal_rank_scores(
            [(settings.dense_weight, dense), (settings.keyword_weight, keyword)], settings.rrf_k
        )
    return convex_scores(
        dense,
        keyword,
        dense_weight=settings.dense_weight,
        keyword_weight=settings.keyword_weight,
        keyword_power=settings.keyword_power,
    )
