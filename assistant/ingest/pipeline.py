"""Bring an index in line with a set of files: load, clean, chunk, embed what is new.

Idempotent: chunk ids are the document id plus a content hash, so re-running on
an unchanged corpus embeds nothing; a changed document replaces its chunks; a
document whose file is gone from an ingested folder is removed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import logging
import multiprocessing
import multiprocessing.connection
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.index import Index, StoredChunk, StoredDocument, embed_text
from assistant.ingest.embedding import BatchEmbedder
from assistant.ingest.loaders import discover
from assistant.ingest.prepare import Prepared, helper_start, prepare_job
from assistant.ingest.records import RecordWriter

logger = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
# (chunks embedded so far, chunks to embed) of the batch being written, after each
# embedder batch: a large file shows progress while its chunks are embedded.
Embedded = Callable[[int, int], None]


def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


_LIBC = _glibc()


def release_freed_memory() -> None:
    """Return freed heap memory to the system. glibc keeps what Python, numpy, torch and
    Chroma free in its arenas, so a process that has ingested (embedded and written many
    batches) would go on holding hundreds of MB it no longer uses; ``malloc_trim`` gives
    the free pages back (a few ms). A no-op where the C library is not glibc. No
    ``gc.collect()`` here: with an index's records loaded it takes seconds, and what ingest
    frees is freed by reference counting."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


@dataclass
class IngestReport:
    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    removed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    added_documents: list[str] = field(default_factory=list)
    updated_documents: list[str] = field(default_factory=list)
    removed_documents: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "chunks": self.chunks,
            "embedded": self.embedded,
            "removed": self.removed,
            "errors": self.errors,
        }


# Documents are written in batches of about this many chunks: embedding of one batch
# runs in a worker thread while the next batch is read, cleaned and tokenised.
BATCH_CHUNKS = 512
# Batches handed to the embedder before the oldest is written. With one, the embedder
# idles whenever writing a batch takes longer than embedding the next, which it does as
# the vector store grows (inserting into its graph costs more per chunk at 40k chunks than
# at the start); with more, it always has the next batch while one is written.
BATCHES_AHEAD = 3


@dataclass
class _Batch:
    docs: list[tuple[StoredDocument, StoredDocument | None, list]]  # (doc, old, new chunks)
    vectors: Future | None
    texts: list[str] = field(default_factory=list)


def _start_batch(
    index: Index,
    docs: list[StoredDocument],
    embedder: BatchEmbedder,
    embedded: Embedded | None = None,
) -> _Batch:
    """Find which chunks are new and start embedding them."""
    entries = []
    todo: list[tuple[StoredDocument, list]] = []
    for doc in docs:
        old = index.document(doc.doc_id)
        if old is not None:
            doc.added = old.added
            if (
                old.content_hash == doc.content_hash
                and [c.id for c in old.chunks] == [c.id for c in doc.chunks]
                and (old.source, old.folder) == (doc.source, doc.folder)
            ):
                continue
        todo.append((doc, old))
    have = index.existing_chunk_ids([c.id for doc, _ in todo for c in doc.chunks])
    texts: list[str] = []
    for doc, old in todo:
        new = [c for c in doc.chunks if c.id not in have]
        texts += [embedded_text(index, doc, c) for c in new]
        entries.append((doc, old, new))
    future = embedder.submit(texts, embedded) if texts else None
    return _Batch(entries, future, texts)


def embedded_text(index: Index, doc: StoredDocument, chunk: StoredChunk) -> str:
    """What ingest embeds for a chunk: its context line (all of it, or only the section
    heading when ``embed_context`` is off), then its text."""
    context = doc.chunk_context(chunk) if index.settings.retrieval.embed_context else chunk.section
    return embed_text(context, doc.chunk_text(chunk))


def _finish_batch(
    index: Index, batch: _Batch, embedder: BatchEmbedder, records: RecordWriter
) -> dict[str, int]:
    """Write a batch: its chunks into Chroma first, then the records that name them; the
    chunks a record no longer names go once that record is on disk."""
    if batch.vectors is not None:
        items = [(doc, c) for doc, _, new in batch.docs for c in new]
        index.add_chunks(items, embedder.vectors(batch.vectors, batch.texts))
    records.put([doc for doc, _, _ in batch.docs])
    replaced = [(doc, old) for doc, old, _ in batch.docs if old is not None]
    if replaced:
        records.wait()
    for doc, old in replaced:
        index.delete_chunks(sorted({c.id for c in old.chunks} - {c.id for c in doc.chunks}))
    return {doc.doc_id: len(new) for doc, _, new in batch.docs}


def store_document(index: Index, doc: StoredDocument) -> int:
    """Write one prepared document into the index; return how many chunks were embedded."""
    embedder = BatchEmbedder(index.embedder, index.settings.embedder)
    try:
        with RecordWriter(index) as records:
            batch = _start_batch(index, [doc], embedder)
            return _finish_batch(index, batch, embedder, records).get(doc.doc_id, 0)
    finally:
        embedder.close()


# With this many files or more, a helper process prepares documents (read, clean, chunk,
# tokenise) while this process embeds and writes; below it, starting one costs more than it saves.
HELPER_MIN_FILES = 8
# Embedder threads while the helper runs: it takes a core of its own for that time.
THREADS_BESIDE_HELPER = 1


def _prepared(
    files: list[tuple[Path, Path]], chunk_size: int, overlap: int, embedder: BatchEmbedder
) -> Iterator[Prepared]:
    """Prepared documents in file order. With enough files a helper process prepares them,
    and the embedder gives up a core to it until the helper's last file is done."""
    if len(files) < HELPER_MIN_FILES:
        for path, root in files:
            yield prepare_job(str(path), chunk_size, overlap, root=str(root))
        return
    # spawn, not fork: this process runs Chroma's and the embedder's threads.
    pool = ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=helper_start
    )
    embedder.set_threads(THREADS_BESIDE_HELPER)
    finished = broken = False
    try:
        futures = [
            pool.submit(prepare_job, str(p), chunk_size, overlap, root=str(r)) for p, r in files
        ]
        # One worker takes the files in order (or fails them all at once): the last to
        # finish is the last submitted.
        futures[-1].add_done_callback(lambda _: embedder.set_threads(None))
        for (path, root), future in zip(files, futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                # The helper died (killed, out of memory): prepare the rest here instead.
                if not broken:
                    logger.warning(
                        "the document helper process stopped at %s; "
                        "preparing the remaining files in this process",
                        path,
                    )
                    broken = True
                yield prepare_job(str(path), chunk_size, overlap, root=str(root))
        finished = True
    finally:
        # All done: wait for the helper to exit. Interrupted: drop what is queued, don't wait.
        pool.shutdown(wait=finished, cancel_futures=not finished)
        embedder.set_threads(None)


def ingest(
    index: Index,
    paths: list[Path],
    progress: Progress | None = None,
    embedded: Embedded | None = None,
) -> IngestReport:
    """Ingest files and folders into the index, removing documents whose files are gone.
    ``progress`` hears of each file as it is read, ``embedded`` of each embedder batch."""
    report = IngestReport()
    settings = index.settings
    with index.writing(), ExitStack() as stack:
        folders = [Path(p) for p in paths if Path(p).is_dir()]
        files = [
            (f, next((d for d in folders if f.is_relative_to(d)), f.parent))
            for f in discover(paths, exclude=index.generated_paths())
        ]
        # A large ingest embeds in a process of its own (see assistant.ingest.embedding).
        batches = stack.enter_context(
            BatchEmbedder(
                index.embedder, settings.embedder, own_process=len(files) >= HELPER_MIN_FILES
            )
        )
        records = stack.enter_context(RecordWriter(index))
        seen_ids: dict[str, Path] = {}
        failed_sources: set[tuple[str, str]] = set()  # (folder, source) of unreadable files
        existed: set[str] = set(index.documents)
        pending: list[StoredDocument] = []
        running: deque[_Batch] = deque()  # handed to the embedder, oldest first

        def account(done: dict[str, int]) -> None:
            for doc_id, n in done.items():
                report.embedded += n
                if doc_id not in existed:
                    report.added_documents.append(doc_id)
                elif n:
                    report.updated_documents.append(doc_id)

        def flush(ahead: int = BATCHES_AHEAD) -> None:
            nonlocal pending
            if pending:
                running.append(_start_batch(index, pending, batches, embedded))
                pending = []
            while len(running) > ahead:
                account(_finish_batch(index, running.popleft(), batches, records))
                # Each batch frees its texts, vectors and Chroma's write buffers: hand the
                # pages back now, or the arenas only grow over a long ingest.
                release_freed_memory()

        def skip(path: Path, root: Path, error: str) -> None:
            logger.warning("skipping %s: %s", path, error)
            report.errors.append({"file": str(path), "error": error})
            root = root.resolve()
            failed_sources.add((root.name, path.resolve().relative_to(root).as_posix()))
            failed_sources.add(("", str(path.resolve())))  # a record from before relative paths

        size, overlap = settings.chunking.size, settings.chunking.overlap
        # closing(): an error here still stops the helper and gives the embedder its threads back.
        with closing(_prepared(files, size, overlap, batches)) as prepared:
            for n, ((name, doc, error), (path, root)) in enumerate(zip(prepared, files), start=1):
                if progress:
                    progress(n, len(files), name)
                if doc is None:
                    skip(path, root, error or "unreadable")
                    continue
                if doc.doc_id in seen_ids:
                    # Two files with the same stem: keep both, distinguished by path.
                    unique = f"{doc.doc_id}-{hashlib.sha1(doc.source.encode()).hexdigest()[:6]}"
                    _, doc, error = prepare_job(name, size, overlap, unique, str(root))
                    if doc is None:
                        skip(path, root, error or "unreadable")
                        continue
                seen_ids[doc.doc_id] = path
                pending.append(doc)
                if sum(len(d.chunks) for d in pending) >= BATCH_CHUNKS:
                    flush()
        flush(ahead=0)
        records.wait()
        batches.close()  # the embedding process's memory goes before the keyword index is built

        roots = [d.resolve() for d in folders]
        names = {r.name for r in roots}
        for doc_id, doc in list(index.documents.items()):
            if doc_id in seen_ids or (doc.folder, doc.source) in failed_sources:
                continue
            # Every file under an ingested folder was seen above, so a document from
            # there that was not seen has lost its file (or its id). Documents are
            # known by their folder's name (see StoredDocument.source).
            if doc.folder in names or (
                not doc.folder and any(Path(doc.source).is_relative_to(r) for r in roots)
            ):
                report.removed += index.drop_document(doc_id)
                report.removed_documents.append(doc_id)
        index.reconcile()
        index.refresh_keyword_index()
        stats = index.stats()
        # What served the ingest alone goes: this process may go on answering for days.
        index.embedder.release()
        release_freed_memory()
    report.documents = stats["documents"]
    report.chunks = stats["chunks"]
    return report
