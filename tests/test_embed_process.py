"""A large ingest embeds in a process of its own: the same vectors as this process's
embedder, progress as it goes, and the ingest goes on when that process dies."""

from __future__ import annotations

import os
import signal
import threading

import numpy as np
import pytest

from assistant.index.embed_process import EmbedderProcess, EmbedderProcessError
from assistant.index.embeddings import get_embedder
from assistant.ingest.embedding import BatchEmbedder
from assistant.settings import EmbedderSettings
from tests.conftest import SEED

# Identical code on identical texts: only thread scheduling may differ.
MIN_COSINE = 0.99999


@pytest.fixture(scope="module")
def texts() -> list[str]:
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [*lines[:150], "", "综", lines[0] * 40]


@pytest.fixture(scope="module")
def settings() -> EmbedderSettings:
    return EmbedderSettings()


@pytest.fixture(scope="module")
def here(settings: EmbedderSettings):
    return get_embedder(settings)


def test_the_process_gives_this_process_s_vectors_in_input_order(texts, settings, here):
    process = EmbedderProcess(settings, here.dim, job_texts=40)
    try:
        assert process.ready.wait(120)
        seen: list[tuple[int, int]] = []
        process.set_threads(1)
        vectors = process.embed(texts, lambda done, total: seen.append((done, total))).result(120)
        process.set_threads(None)
        assert process.embed([]).result(5).shape == (0, here.dim)
    finally:
        process.close()
    expected = here.embed_array(texts)
    assert vectors.shape == expected.shape and vectors.dtype == np.float32
    assert np.sum(vectors * expected, axis=1).min() >= MIN_COSINE
    # One report per request of 40 texts, counting up to all of them.
    assert [d for d, _ in seen] == sorted({min(40 * k, len(texts)) for k in range(1, 5)})
    assert {t for _, t in seen} == {len(texts)}
    assert not process._proc.is_alive()


def test_a_dead_process_fails_its_requests_and_the_batch_is_embedded_here(texts, settings, here):
    batches = BatchEmbedder(here, settings, own_process=True)
    assert batches.own_process
    try:
        batches.submit(texts[:5])  # starts the process
        process = batches._process
        assert process is not None and process.ready.wait(120)
        pending = batches.submit(texts)
        assert batches._process is process  # the process took the batch
        os.kill(process._proc.pid, signal.SIGKILL)
        with pytest.raises(EmbedderProcessError):
            pending.result(60)
        vectors = batches.vectors(pending, texts)
        assert np.sum(vectors * here.embed_array(texts), axis=1).min() >= MIN_COSINE
        # Later batches are embedded here.
        later = batches.submit(texts[:3])
        assert isinstance(later.result(60), np.ndarray) and not process.usable
    finally:
        batches.close()


def test_an_embedder_given_in_code_is_not_rebuilt_elsewhere(settings, here):
    from tests.fakes import RecordingEmbedder

    assert not BatchEmbedder(RecordingEmbedder(), settings, own_process=True).own_process
    assert not BatchEmbedder(
        here, settings.model_copy(update={"ingest_process": False}), own_process=True
    ).own_process


def test_closing_while_busy_stops_the_process_at_once(texts, settings, here):
    process = EmbedderProcess(settings, here.dim, job_texts=8)
    assert process.ready.wait(120)
    futures = [process.embed(texts) for _ in range(20)]
    closer = threading.Thread(target=process.close, kwargs={"wait": False})
    closer.start()
    closer.join(30)
    assert not closer.is_alive() and not process._proc.is_alive()
    assert all(f.done() for f in futures)
    with pytest.raises(EmbedderProcessError):
        process.embed(texts[:2]).result(5)


def test_a_normal_close_answers_what_was_sent_and_the_process_ends_itself(texts, settings, here):
    process = EmbedderProcess(settings, here.dim, job_texts=40)
    assert process.ready.wait(120)
    # Sent right before the close: the process answers every request before it ends.
    futures = [process.embed(texts[i : i + 30]) for i in range(0, len(texts), 30)]
    process.close(wait=True)
    assert [f.result(5).shape[0] for f in futures] == [
        len(texts[i : i + 30]) for i in range(0, len(texts), 30)
    ]
    # Ended on its own (exit code 0), not stopped by the close's timeout (a signal).
    assert process._proc.exitcode == 0


def test_while_the_process_loads_one_batch_is_embedded_here_and_the_rest_wait(
    texts, settings, here
):
    batches = BatchEmbedder(here, settings, own_process=True)
    try:
        first = batches.submit(texts * 4)  # starts the process, which takes seconds to load
        second = batches.submit(texts)
        third = batches.submit(texts[:7])
        assert batches._here is first  # only the first batch went to this process's thread
        assert batches._process is not None and batches._process.broken is None
        for future, batch in ((first, texts * 4), (second, texts), (third, texts[:7])):
            vectors = batches.vectors(future, batch)
            assert np.sum(vectors * here.embed_array(batch), axis=1).min() >= MIN_COSINE
        assert batches._process.ready.is_set()  # the queued batches were the process's
    finally:
        batches.close()
