"""Where ingest embeds its batches: a thread of this process, or, for a large ingest, a
process of its own (see :mod:`assistant.index.embed_process` for why).

The process starts with the first batch that has anything to embed, so re-ingesting an
unchanged folder starts nothing; until it has loaded its model, one batch at a time is
embedded here and the others wait for it. If it stops, the batches it had are embedded
here and the ingest goes on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Self

import numpy as np

from assistant.index.embed_process import EmbedderProcess, EmbedderProcessError
from assistant.index.embeddings import BaseEmbedder, built_from
from assistant.settings import EmbedderSettings

logger = logging.getLogger(__name__)


class BatchEmbedder:
    """Embeds ingest batches in the background; ``vectors`` waits for one batch's."""

    def __init__(
        self, embedder: BaseEmbedder, settings: EmbedderSettings, own_process: bool = False
    ):
        self.embedder = embedder
        self.settings = settings
        self.own_process = (
            own_process and settings.ingest_process and built_from(embedder, settings)
        )
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-embed")
        self._process: EmbedderProcess | None = None
        self._threads: int | None = None
        self._lock = threading.Lock()
        self._here: Future | None = None  # the batch embedded here while the process loads

    def submit(self, texts: list[str], done: Callable[[int, int], None] | None = None) -> Future:
        with self._lock:
            if self.own_process and self._process is None:
                self._process = EmbedderProcess(self.settings, self.embedder.dim)
                if self._threads is not None:
                    self._process.set_threads(self._threads)
            process = self._process
            # While the process loads its model, one batch is embedded here. Later batches
            # queue for the process: several queued here would keep this thread embedding
            # after the process is ready, the two competing for the cores.
            here_busy = self._here is not None and not self._here.done()
            to_process = (
                process is not None
                and process.broken is None
                and (process.ready.is_set() or here_busy)
            )
            if not to_process:
                self._here = self._pool.submit(self.embedder.embed_array, texts, done)
                return self._here
        assert process is not None
        return process.embed(texts, done)

    def vectors(self, future: Future, texts: list[str]) -> np.ndarray:
        """The batch's vectors; embedded here if the process stopped before sending them."""
        try:
            return future.result()
        except EmbedderProcessError as exc:
            logger.warning("embedding a batch in this process instead (%s)", exc)
            return self.embedder.embed_array(texts)

    def set_threads(self, n: int | None) -> None:
        """Cap the embedder's threads (``None``: back to the configured number), here and
        in the process."""
        with self._lock:
            self._threads = n
            self.embedder.set_threads(n)
            if self._process is not None:
                self._process.set_threads(n)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.close(finished=kind is None)

    def close(self, finished: bool = True) -> None:
        """All done: wait for the process to exit. Interrupted: stop it and drop what is queued."""
        self._pool.shutdown(wait=finished, cancel_futures=not finished)
        with self._lock:
            process, self._process = self._process, None
        if process is not None:
            process.close(wait=finished)
        self.embedder.set_threads(None)
