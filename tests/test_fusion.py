"""Score fusion as pure functions, checked on a handful of numbers."""

import pytest

from assistant.retrieval.fusion import (
    add_document_scores,
    convex_scores,
    fuse,
    reciprocal_rank_scores,
    subject_bonus,
)
from assistant.retrieval.subject import SubjectFeatures
from assistant.settings import RetrievalSettings

DENSE = [("a", 0.80), ("b", 0.78), ("c", -0.10)]
KEYWORD = [("c", 12.0), ("a", 3.0)]


def test_convex_scales_bm25_by_its_best_and_weights_both_sides():
    scores = convex_scores(DENSE, KEYWORD, dense_weight=0.3, keyword_weight=1.0)
    assert scores == pytest.approx({"a": 0.3 * 0.80 + 0.25, "b": 0.3 * 0.78, "c": 0.0 + 1.0})
    # An exact keyword match beats a nearly flat dense side.
    assert max(scores, key=scores.get) == "c"


def test_convex_power_sharpens_the_keyword_side():
    flat = convex_scores([], KEYWORD, dense_weight=0.3, keyword_weight=1.0, keyword_power=1.0)
    sharp = convex_scores([], KEYWORD, dense_weight=0.3, keyword_weight=1.0, keyword_power=2.0)
    assert flat["c"] == sharp["c"] == 1.0
    assert sharp["a"] == pytest.approx(flat["a"] ** 2) and sharp["a"] < flat["a"]


def test_convex_with_nothing_or_zero_scores():
    assert convex_scores([], [], dense_weight=1, keyword_weight=1) == {}
    assert convex_scores([], [("x", 0.0)], dense_weight=1, keyword_weight=1) == {"x": 0.0}


def test_reciprocal_rank_uses_ranks_only():
    scores = reciprocal_rank_scores([(1.0, DENSE), (2.0, KEYWORD)], k=10)
    assert scores == pytest.approx({"a": 1 / 11 + 2 / 12, "b": 1 / 12, "c": 1 / 13 + 2 / 11})


def test_fuse_follows_the_settings():
    convex = RetrievalSettings(fusion="convex", dense_weight=0.3, keyword_weight=1.0)
    rrf = RetrievalSettings(fusion="rrf", dense_weight=1.0, keyword_weight=1.0, rrf_k=20)
    assert fuse(DENSE, KEYWORD, convex) == convex_scores(
        DENSE, KEYWORD, dense_weight=0.3, keyword_weight=1.0, keyword_power=convex.keyword_power
    )
    assert fuse(DENSE, KEYWORD, rrf) == reciprocal_rank_scores([(1.0, DENSE), (1.0, KEYWORD)], 20)
    assert RetrievalSettings().fusion == "convex"  # the default the docstrings describe


def test_subject_bonus_weights_each_feature_and_takes_off_for_a_superseded_version():
    rs = RetrievalSettings(
        subject_place_weight=0.3,
        subject_year_weight=0.4,
        subject_title_weight=0.2,
        superseded_weight=0.5,
    )
    features = {
        "named": SubjectFeatures(place=1.0, year=0.5, title=0.5),
        "elsewhere": SubjectFeatures(place=-1.0, year=-1.0),
        "old": SubjectFeatures(place=1.0, superseded=1.0),
    }
    assert subject_bonus(features, rs) == pytest.approx(
        {"named": 0.3 + 0.2 + 0.1, "elsewhere": -0.7, "old": 0.3 - 0.5}
    )
    off = RetrievalSettings(
        subject_place_weight=0,
        subject_year_weight=0,
        subject_title_weight=0,
        superseded_weight=0,
    )
    assert set(subject_bonus(features, off).values()) == {0.0}


def test_document_scores_reach_every_chunk_of_their_document_and_no_other():
    scores = {"a1": 1.0, "a2": 0.5, "b1": 0.9, "stray": 0.2}
    doc_of = {"a1": "A", "a2": "A", "b1": "B"}
    assert add_document_scores(scores, doc_of, {"A": 0.3, "C": 9.0}) == pytest.approx(
        {"a1": 1.3, "a2": 0.8, "b1": 0.9, "stray": 0.2}
    )
