"""Preparing the query embedder for the library's words, and keeping each text's tags:
work done once instead of on every question, with the same results."""

from __future__ import annotations

import jieba.posseg
import numpy as np
import pytest

from assistant.index.embeddings import USEEmbedder
from assistant.ingest.chunking import chunk_document
from assistant.ingest.clean import clean_text
from assistant.retrieval.retriever import prime_query_embedder
from assistant.text import load_pos_tagger, normalize_text
from tests.conftest import SEED, SEED_ID

MIN_COSINE = 0.999


@pytest.fixture(scope="module")
def chunks() -> list[str]:
    doc = clean_text(SEED.read_text(encoding="utf-8"))
    return [doc.text[c.start : c.end] for c in chunk_document(doc, SEED_ID, 280, 60)]


@pytest.fixture(scope="module")
def reference() -> USEEmbedder:
    return USEEmbedder(runtime="numpy", threads=1)


def test_primed_tokens_need_no_work_when_asked(chunks: list[str], reference: USEEmbedder):
    fast = USEEmbedder(runtime="torch", threads=1)
    assert fast.prime(chunks, 0) == 0 and fast._fast.cached == 0
    prepared = fast.prime(chunks, 100_000)
    assert prepared == fast._fast.cached > 100
    assert fast.prime(chunks, 100_000) == 0  # all kept already

    # A question in the library's words adds no token; its vector is the reference's.
    question = chunks[3][:40]
    vector = fast.embed_query_array(question)
    assert fast._fast.cached == prepared
    assert float(vector @ reference.embed_query_array(question)) >= MIN_COSINE


def test_priming_keeps_the_most_frequent_tokens_within_room(chunks: list[str]):
    fast = USEEmbedder(runtime="torch", threads=1)
    assert fast.prime(chunks, 50) == 50
    sp = fast._model._tokenizer
    ids = [
        i
        for t in chunks
        for i in sp.encode(normalize_text(t), out_type=int, add_bos=True, add_eos=True)
    ]
    values, counts = np.unique(ids, return_counts=True)
    kept = set(np.flatnonzero(fast._fast.slot).tolist())
    assert len(kept) == 50
    # Every kept token is at least as frequent as every token left out.
    kept_counts = counts[np.isin(values, list(kept))]
    left_counts = counts[~np.isin(values, list(kept))]
    assert kept_counts.min() >= left_counts.max()

    # A cache with little room left is filled, not restarted (which would drop it all).
    fast._fast.cache_ids = fast._fast.cached + 10
    assert fast.prime(chunks, 100_000) == 10
    assert fast._fast.cached == fast._fast.cache_ids
    assert kept <= set(np.flatnonzero(fast._fast.slot).tolist())


def test_chain_primes_from_the_library(seed_index):
    settings = seed_index.settings
    sampled = settings.model_copy(
        update={"embedder": settings.embedder.model_copy(update={"prime_chunks": 0})}
    )
    before = seed_index.settings
    try:
        seed_index.settings = sampled
        assert prime_query_embedder(seed_index) == 0
    finally:
        seed_index.settings = before
    fast = seed_index.embedder._fast
    fast.release()
    assert prime_query_embedder(seed_index) == fast.cached > 0


@pytest.mark.parametrize("hmm", [True, False])
def test_kept_tags_are_jiebas(chunks: list[str], hmm: bool):
    tagger = load_pos_tagger()
    for text in [*chunks[:4], "综改示范区太原片区排名第几？", "", "GDP增长6.2%"]:
        own = [(p.word, p.flag) for p in jieba.posseg.lcut(text, HMM=hmm)]
        assert [(p.word, p.flag) for p in tagger.lcut(text, HMM=hmm)] == own
        assert [(p.word, p.flag) for p in tagger.cut(text, HMM=hmm)] == own
        # Asked again: the kept tags, still a list the caller may change.
        again = tagger.lcut(text, HMM=hmm)
        again.clear()
        assert [(p.word, p.flag) for p in tagger.lcut(text, HMM=hmm)] == own
    assert tagger.dt is jieba.posseg.dt
