"""Bring an index in line with a set of files: load, clean, chunk, embed what is new.

Idempotent: chunk ids are the document id plus a content hash, so re-running on
an unchanged corpus embeds nothing; a changed document replaces its chunks; a
document whose file is gone from an ingested folder is removed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from assistant.ingest.chunking import chunk_document
from assistant.ingest.clean import clean_text
from assistant.ingest.loaders import LoaderError, discover, load_file
from assistant.store import Index, StoredDocument, embed_text, make_stored_chunks

logger = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


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


_ID_UNSAFE = re.compile(r"[^\w.\-]+")


def doc_id_for(path: Path, metadata: dict[str, Any]) -> str:
    if metadata.get("id"):
        return str(metadata["id"])
    return _ID_UNSAFE.sub("_", path.stem).strip("_") or hashlib.sha1(str(path).encode()).hexdigest()[:12]


def prepare_document(
    path: Path, chunk_size: int, overlap: int, doc_id: str | None = None
) -> StoredDocument:
    """Load, clean and chunk one file into a document record (not yet stored)."""
    loaded = load_file(path)
    cleaned = clean_text(loaded.raw_text)
    if not cleaned.text.strip():
        raise LoaderError(path, "no text found in the file")
    meta = dict(loaded.metadata)
    doc_id = doc_id or doc_id_for(path, meta)
    title = str(meta.get("title") or cleaned.title or path.stem)
    if cleaned.byline and "byline" not in meta:
        meta["byline"] = cleaned.byline
    chunks = chunk_document(cleaned, doc_id, chunk_size, overlap, context=title)
    content_hash = hashlib.sha1(
        json.dumps([cleaned.text, title, meta], ensure_ascii=False, sort_keys=True, default=str).encode()
    ).hexdigest()
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return StoredDocument(
        doc_id=doc_id,
        title=title,
        source=str(path.resolve()),
        content_hash=content_hash,
        text=cleaned.text,
        sections=[
            {"title": s.title, "level": s.level, "start": s.start, "end": s.end}
            for s in cleaned.sections
        ],
        metadata=meta,
        chunks=make_stored_chunks(chunks),
        added=now,
        updated=now,
    )


# Documents are written in batches of about this many chunks: embedding of one batch
# runs in a worker thread while the next batch is read, cleaned and tokenised.
BATCH_CHUNKS = 512


@dataclass
class _Batch:
    docs: list[tuple[StoredDocument, StoredDocument | None, list]]  # (doc, old, new chunks)
    vectors: Future | None


def _start_batch(index: Index, docs: list[StoredDocument], pool: ThreadPoolExecutor) -> _Batch:
    """Find which chunks are new and start embedding them."""
    entries = []
    todo: list[tuple[StoredDocument, list]] = []
    for doc in docs:
        old = index.document(doc.doc_id)
        if old is not None:
            doc.added = old.added
            if old.content_hash == doc.content_hash and [c.id for c in old.chunks] == [
                c.id for c in doc.chunks
            ]:
                continue
        todo.append((doc, old))
    have = index.existing_chunk_ids([c.id for doc, _ in todo for c in doc.chunks])
    texts: list[str] = []
    for doc, old in todo:
        new = [c for c in doc.chunks if c.id not in have]
        texts += [embed_text(c.section, doc.chunk_text(c)) for c in new]
        entries.append((doc, old, new))
    future = pool.submit(index.embedder.embed_array, texts) if texts else None
    return _Batch(entries, future)


def _finish_batch(index: Index, batch: _Batch) -> dict[str, int]:
    """Write a batch: its chunks into Chroma first, then the records that name them."""
    if batch.vectors is not None:
        items = [(doc, c) for doc, _, new in batch.docs for c in new]
        index.add_chunks(items, batch.vectors.result())
    embedded: dict[str, int] = {}
    for doc, old, new in batch.docs:
        index.put_document(doc)
        if old is not None:
            index.delete_chunks(sorted({c.id for c in old.chunks} - {c.id for c in doc.chunks}))
        embedded[doc.doc_id] = len(new)
    return embedded


def store_document(index: Index, doc: StoredDocument) -> int:
    """Write one prepared document into the index; return how many chunks were embedded."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return _finish_batch(index, _start_batch(index, [doc], pool)).get(doc.doc_id, 0)


def ingest(
    index: Index,
    paths: list[Path],
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders into the index, removing documents whose files are gone."""
    report = IngestReport()
    settings = index.settings
    with index.writing(), ThreadPoolExecutor(max_workers=1) as pool:
        files = discover(paths, exclude=index.generated_paths())
        seen_ids: dict[str, Path] = {}
        failed_sources: set[str] = set()
        existed: set[str] = set(index.documents)
        pending: list[StoredDocument] = []
        running: _Batch | None = None

        def account(done: dict[str, int]) -> None:
            for doc_id, n in done.items():
                report.embedded += n
                if doc_id not in existed:
                    report.added_documents.append(doc_id)
                elif n:
                    report.updated_documents.append(doc_id)

        def flush() -> None:
            nonlocal running, pending
            started = _start_batch(index, pending, pool)
            pending = []
            if running is not None:
                account(_finish_batch(index, running))
            running = started

        for n, path in enumerate(files, start=1):
            if progress:
                progress(n, len(files), str(path))
            try:
                doc = prepare_document(path, settings.chunking.size, settings.chunking.overlap)
            except LoaderError as exc:
                logger.warning("skipping %s", exc)
                report.errors.append({"file": str(path), "error": exc.reason})
                failed_sources.add(str(path.resolve()))
                continue
            except OSError as exc:
                report.errors.append({"file": str(path), "error": str(exc)})
                failed_sources.add(str(path.resolve()))
                continue
            if doc.doc_id in seen_ids:
                # Two files with the same stem: keep both, distinguished by path.
                doc = prepare_document(
                    path,
                    settings.chunking.size,
                    settings.chunking.overlap,
                    doc_id=f"{doc.doc_id}-{hashlib.sha1(doc.source.encode()).hexdigest()[:6]}",
                )
            seen_ids[doc.doc_id] = path
            pending.append(doc)
            if sum(len(d.chunks) for d in pending) >= BATCH_CHUNKS:
                flush()
        flush()
        if running is not None:
            account(_finish_batch(index, running))

        roots = [Path(p).resolve() for p in paths if Path(p).is_dir()]
        for doc_id, doc in list(index.documents.items()):
            if doc_id in seen_ids or doc.source in failed_sources:
                continue
            # Every file under an ingested folder was seen above, so a document from
            # there that was not seen has lost its file (or its id).
            if any(Path(doc.source).is_relative_to(r) for r in roots):
                report.removed += index.drop_document(doc_id)
                report.removed_documents.append(doc_id)
        index.reconcile()
        index.refresh_keyword_index()
        stats = index.stats()
    report.documents = stats["documents"]
    report.chunks = stats["chunks"]
    return report
