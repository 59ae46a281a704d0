"""A library no larger than the candidate depth is scanned in memory: the same candidates,
order and scores as the vector store's search. Real index of the shipped corpus."""

from __future__ import annotations

import pytest

from assistant.retrieval.dense import dense_candidates

QUESTIONS = ["示范区的总规划面积有多大？", "太原片区排名第几", "开发区营商环境条例"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_small_library_matches_the_store(seed_index, question):
    index = seed_index
    chunks = len(index.chunk_lookup())
    vector = index.query_vector(question)
    doc = next(iter(index.documents))
    for n, docs in ((chunks, None), (chunks + 10, None), (chunks, {doc}), (chunks, {"none"})):
        held = dense_candidates(index, question, n, docs, vector)
        store = index.dense_search(question, n, docs, vector)
        assert [c for c, _ in held] == [c for c, _ in store]
        assert all(abs(a - b) < 1e-5 for (_, a), (_, b) in zip(held, store, strict=True))
    assert dense_candidates(index, question, chunks, set(), vector) == []


def test_larger_library_asks_the_store(seed_index):
    index = seed_index
    vector = index.query_vector(QUESTIONS[0])
    n = len(index.chunk_lookup()) - 1  # fewer candidates than chunks: a nearest-neighbour search
    assert dense_candidates(index, QUESTIONS[0], n, None, vector) == index.dense_search(
        QUESTIONS[0], n, None, vector
    )
