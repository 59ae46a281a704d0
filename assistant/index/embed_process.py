"""Embedding in a process of its own, for long ingests.

Chroma's local client holds the GIL for the whole of each write: measured, another Python
thread gets about 1% of its usual time while an upsert runs (its Rust side inserts into
HNSW and writes SQLite without releasing it), and a 512-chunk write takes 0.2-0.6 s. Ingest
writes one batch while the next is embedded, and the embedder's threads need the GIL to
tokenise and between their tensor operations, so in one interpreter every write stalls the
embedder. In a process of its own it runs through the writes; only the vectors come back.

The process makes its embedder from the settings (:func:`get_embedder`), so it is used
only for the embedder the settings name, not for one handed to the index in code.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np

from assistant.index.embeddings import EmbedderError, get_embedder
from assistant.settings import EmbedderSettings

logger = logging.getLogger(__name__)

# Texts per request: progress is reported after each, and the process keeps the next
# requests queued while this one waits on a write.
JOB_TEXTS = 256
# Seconds to wait for the process to finish on a normal close before it is stopped.
CLOSE_TIMEOUT_S = 10.0


class EmbedderProcessError(EmbedderError):
    """The embedding process stopped or could not start; embed in this process instead."""


def _serve(conn: Any, settings: dict[str, Any]) -> None:
    """The process: make the embedder, then answer requests in order until told to stop.

    A reader and a writer thread move messages, so a slow parent (its GIL held by a
    write) never keeps the embedder waiting for its next texts or for its results to be
    taken. The parent's end closing (the parent killed) ends the process at once."""
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    outbox: queue.SimpleQueue = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                os._exit(0)  # the parent is gone or gave up on us: nothing to finish
            inbox.put(msg)
            if msg is None:
                return

    def write() -> None:
        while (item := outbox.get()) is not None:
            try:
                conn.send(item)
            except OSError:
                os._exit(0)

    threading.Thread(target=read, name="embedder-inbox", daemon=True).start()
    writer = threading.Thread(target=write, name="embedder-outbox", daemon=True)
    writer.start()
    try:
        embedder = get_embedder(EmbedderSettings(**settings))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which embeds itself
        outbox.put(("failed", f"{type(exc).__name__}: {exc}"))
    else:
        outbox.put(("ready",))
        while (msg := inbox.get()) is not None:
            job, kind, arg = msg
            if kind == "threads":
                embedder.set_threads(arg)
                continue
            try:
                outbox.put((job, "ok", embedder.embed_array(arg)))
            except Exception as exc:  # noqa: BLE001 - the parent re-embeds the batch itself
                outbox.put((job, "error", f"{type(exc).__name__}: {exc}"))
    outbox.put(None)
    writer.join()
    # Everything is sent: end here. The interpreter's own exit (torch's and the model's
    # teardown) took seconds on a busy machine, and the ingest waits for it.
    os._exit(0)


class EmbedderProcess:
    """A child process embedding texts for this one; :meth:`embed` returns a future.

    Requests are answered in order. If the process stops, every pending and later
    request fails with :class:`EmbedderProcessError` and :attr:`broken` says why."""

    def __init__(self, settings: EmbedderSettings, dim: int, job_texts: int = JOB_TEXTS):
        self.dim = dim
        self.job_texts = job_texts
        # spawn, not fork: this process runs Chroma's and the embedder's threads.
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(
            target=_serve, args=(child, settings.model_dump()), name="embedder", daemon=True
        )
        self._proc.start()
        child.close()
        self.ready = threading.Event()
        self.broken: str | None = None
        self._closing = False
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._pending: dict[int, Future] = {}
        self._next_job = 0
        self._reader = threading.Thread(target=self._read, name="embedder-results", daemon=True)
        self._reader.start()

    @property
    def usable(self) -> bool:
        return self.ready.is_set() and self.broken is None

    def _fail(self, reason: str) -> None:
        with self._lock:
            if self.broken is None:
                self.broken = reason
            pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(EmbedderProcessError(reason))

    def _read(self) -> None:
        while True:
            try:
                msg = self._conn.recv()
            except (EOFError, OSError):
                if not self._closing:
                    logger.warning("the embedding process stopped")
                self._fail("the embedding process stopped")
                return
            if msg[0] == "ready":
                self.ready.set()
            elif msg[0] == "failed":
                logger.warning("the embedding process could not start: %s", msg[1])
                self._fail(msg[1])
            else:
                job, status, value = msg
                with self._lock:
                    future = self._pending.pop(job, None)
                if future is None:
                    continue
                if status == "ok":
                    future.set_result(value)
                else:
                    future.set_exception(EmbedderProcessError(value))

    def _send(self, kind: str, arg: Any, answered: bool = True) -> Future:
        future: Future = Future()
        with self._lock:
            if self.broken is not None:
                future.set_exception(EmbedderProcessError(self.broken))
                return future
            job = self._next_job
            self._next_job += 1
            if answered:
                self._pending[job] = future
        try:
            with self._send_lock:
                self._conn.send((job, kind, arg))
        except (OSError, ValueError):
            self._fail("the embedding process stopped")
        return future

    def set_threads(self, n: int | None) -> None:
        """Applied after the requests already sent, before later ones."""
        self._send("threads", n, answered=False)

    def embed(self, texts: list[str], done: Callable[[int, int], None] | None = None) -> Future:
        """The future of ``texts``' unit vectors (float32, input order). Texts go in requests
        of similar length; ``done`` hears (texts embedded so far, all texts) after each."""
        result: Future = Future()
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            result.set_result(vectors)
            return result
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        parts = [order[i : i + self.job_texts] for i in range(0, len(order), self.job_texts)]
        state = {"left": len(parts), "embedded": 0}
        lock = threading.Lock()

        def finished(picked: list[int], part: Future) -> None:
            error = part.exception()
            with lock:
                if result.done():
                    return
                if error is not None:
                    result.set_exception(error)
                    return
                vectors[picked] = part.result()
                state["left"] -= 1
                state["embedded"] += len(picked)
                embedded, last = state["embedded"], state["left"] == 0
            if done:
                done(embedded, len(texts))
            if last:
                result.set_result(vectors)

        for picked in parts:
            part = self._send("embed", [texts[j] for j in picked])
            part.add_done_callback(lambda f, picked=picked: finished(picked, f))
        return result

    def close(self, wait: bool = True) -> None:
        """Stop the process: after the requests sent (``wait``), or at once."""
        self._closing = True
        if wait and self._proc.is_alive():
            try:
                with self._send_lock:
                    self._conn.send(None)
            except (OSError, ValueError):
                pass
            self._proc.join(CLOSE_TIMEOUT_S)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(CLOSE_TIMEOUT_S)
        self._reader.join(CLOSE_TIMEOUT_S)  # the process's end is closed: the reader ends
        self._conn.close()
        self._fail("the embedding process was closed")
