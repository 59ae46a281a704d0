"""Writing document records beside a long ingest, off the thread that feeds the embedder.

Each record is written atomically and flushed to disk (``fsync``), 1-10 ms a file on a
busy disk: at 100k chunks, about 9,000 records are 10-90 s of waiting. In the ingest's
main thread that wait delays the next batch to the embedder, so a thread of its own writes
them, in order, while the main thread goes on. Only local record files are written this
way: a shared store (Chroma server mode) bumps a version on every write, which this
process compares with what it last saw, so its records are written in place as before.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Self

from assistant.index import Index, StoredDocument
from assistant.index.documents import LocalRecords

logger = logging.getLogger(__name__)


class RecordWriter:
    """Puts documents into the index: in memory at once, on disk in a thread of its own
    (local records) or at once (a shared store). ``wait`` returns when all are on disk."""

    def __init__(self, index: Index):
        self.index = index
        self._pool = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-records")
            if isinstance(index.records, LocalRecords)
            else None
        )
        self._written: list[Future] = []

    def put(self, docs: list[StoredDocument]) -> None:
        """Record ``docs``; their chunks must be in the vector store already."""
        if self._pool is None:
            for doc in docs:
                self.index.put_document(doc)
            return
        for doc in docs:
            self.index.remember_document(doc)
        self._written.append(self._pool.submit(self._write, docs))
        self._raise_failed()

    def _write(self, docs: list[StoredDocument]) -> None:
        for doc in docs:
            self.index.records.put(doc)

    def _raise_failed(self) -> None:
        """A failed write (disk full, permissions) stops the ingest at the next batch."""
        while self._written and self._written[0].done():
            self._written.pop(0).result()

    def wait(self) -> None:
        """Every record put so far is on disk (raises what a write raised)."""
        while self._written:
            self._written.pop(0).result()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        # Interrupted: the record being written is finished, the queued ones are dropped
        # (their chunks are in the store; the next ingest records them without embedding).
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=kind is not None)
        if kind is None:
            self.wait()
