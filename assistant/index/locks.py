"""Locks around the index: many readers or one writer, within a process and across them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock


class IndexBusy(RuntimeError):
    """The index is being rewritten and a reader gave up waiting."""


class ReadWriteLock:
    """Readers share; a writer is exclusive and re-entrant in its own thread.

    A reader waits at most ``timeout`` seconds for a running write, then raises
    :class:`IndexBusy`, so that a long re-index answers "busy" instead of hanging.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer: int | None = None
        self._depth = 0

    @contextmanager
    def read(self, timeout: float | None = None) -> Iterator[None]:
        me = threading.get_ident()
        if self._writer == me:  # a writer reading its own work
            yield
            return
        with self._cond:
            if not self._cond.wait_for(lambda: self._writer is None, timeout=timeout):
                raise IndexBusy("the index is being updated")
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._writer != me:
                self._cond.wait_for(lambda: self._writer is None and self._readers == 0)
                self._writer = me
            self._depth += 1
        try:
            yield
        finally:
            with self._cond:
                self._depth -= 1
                if self._depth == 0:
                    self._writer = None
                    self._cond.notify_all()


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (two `ingest` runs on one index wait in turn)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # thread_local=False: the lock is held by the process; threads are already
    # serialised by ReadWriteLock before they get here.
    with FileLock(path, thread_local=False):
        yield
