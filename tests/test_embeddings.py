"""The torch runtime of the USE embedder gives the reference numpy embedder's vectors."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.index.embeddings import USEEmbedder, get_embedder
from assistant.index.use_torch import TorchUSE
from assistant.ingest.chunking import chunk_document
from assistant.ingest.clean import clean_text
from assistant.settings import EmbedderSettings
from assistant.text import normalize_text
from tests.conftest import SEED, SEED_ID

MIN_COSINE = 0.999


@pytest.fixture(scope="module")
def sample() -> list[str]:
    """A fixed sample: every chunk of the shipped report, short questions, an empty text, a
    single character and one text longer than a micro-batch, in mixed length order."""
    doc = clean_text(SEED.read_text(encoding="utf-8"))
    chunks = [doc.text[c.start : c.end] for c in chunk_document(doc, SEED_ID, 280, 60)]
    questions = [
        "示范区总规划面积多大？",
        "What is the planned area of the zone?",
        "2020年地区生产总值增长了多少",
        "转型综改",
    ]
    return [*questions, "", "综", *chunks, doc.text[:3000], *reversed(questions)]


@pytest.fixture(scope="module")
def reference() -> USEEmbedder:
    return USEEmbedder(runtime="numpy", threads=1)


@pytest.fixture(scope="module")
def reference_vectors(reference: USEEmbedder, sample: list[str]) -> np.ndarray:
    return reference.embed_array(sample)


@pytest.mark.parametrize("precision", ["float32", "bfloat16"])
def test_torch_runtime_matches_reference_per_text(
    precision: str, sample: list[str], reference_vectors: np.ndarray
):
    fast = USEEmbedder(runtime="torch", precision=precision, threads=1)
    assert fast.id == USEEmbedder.id
    vectors = fast.embed_array(sample)
    cosine = np.sum(vectors * reference_vectors, axis=1)
    assert vectors.shape == reference_vectors.shape
    assert cosine.min() >= MIN_COSINE, (precision, sample[int(cosine.argmin())][:40])


@pytest.mark.parametrize("threads", [1, 2])
def test_length_batching_keeps_input_order(
    threads: int, sample: list[str], reference_vectors: np.ndarray
):
    # Batches of 3 over a length-sorted order, split between workers when threads=2: a
    # vector put back in the wrong place would meet another text's reference vector.
    fast = USEEmbedder(runtime="torch", precision="float32", batch_size=3, threads=threads)
    shuffled = np.random.default_rng(5).permutation(len(sample))
    vectors = fast.embed_array([sample[i] for i in shuffled])
    cosine = np.sum(vectors * reference_vectors[shuffled], axis=1)
    assert cosine.min() >= MIN_COSINE


def test_token_cache_restarts_when_full(
    reference: USEEmbedder, sample: list[str], reference_vectors: np.ndarray
):
    encoder = TorchUSE(reference._model._model, cache_ids=600)
    tokenize = reference._model._tokenizer.encode
    ids = [tokenize(normalize_text(t), out_type=int, add_bos=True, add_eos=True) for t in sample]
    assert len({i for row in ids for i in row}) > 600  # the sample overflows the cache
    vectors = encoder.encode(ids)
    assert encoder.cached <= 600
    cosine = np.sum(vectors * reference_vectors, axis=1)
    assert cosine.min() >= MIN_COSINE


def test_settings_choose_the_runtime():
    numpy_side = get_embedder(EmbedderSettings(use_runtime="numpy"))
    torch_side = get_embedder(EmbedderSettings())
    assert numpy_side._fast is None
    assert torch_side._fast is not None
    assert numpy_side.id == torch_side.id
