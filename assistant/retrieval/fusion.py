"""Score fusion: one ranking from the dense and the keyword candidate lists.

Pure functions over ``(chunk id, score)`` lists, best first, so each rule can be
checked on a handful of numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assistant.retrieval.subject import SubjectFeatures
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


def subject_bonus(
    features: Mapping[str, SubjectFeatures], settings: RetrievalSettings
) -> dict[str, float]:
    """Per document, what naming it adds to each of its chunks' convex scores.

    The trade-off: a document named by place, year or title words is usually the one
    asked about, so a bonus lifts its passages over look-alikes from other documents
    (another zone's measure with the same wording); but a bonus too large would put any
    passage of the named document above the passage that answers in another one. The
    weights stay below the spread of a good match's keyword score for that reason. A
    version the question does not ask for loses ``superseded_weight``: its passages are
    near copies of the asked version's, so a small step decides between them.
    """
    return {
        doc: settings.subject_place_weight * f.place
        + settings.subject_year_weight * f.year
        + settings.subject_title_weight * f.title
        - settings.superseded_weight * f.superseded
        for doc, f in features.items()
    }


def add_document_scores(
    scores: Mapping[str, float], doc_of: Mapping[str, str], bonus: Mapping[str, float]
) -> dict[str, float]:
    """Chunk scores plus their document's bonus (chunks of unknown documents unchanged)."""
    return {cid: score + bonus.get(doc_of.get(cid, ""), 0.0) for cid, score in scores.items()}
