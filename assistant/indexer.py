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


def store_document(index: Index, doc: StoredDocument) -> int:
    """Write one prepared document into the index; return how many chunks were embedded."""
    old = index.document(doc.doc_id)
    if old is not None:
        doc.added = old.added
        if old.content_hash == doc.content_hash and [c.id for c in old.chunks] == [
            c.id for c in doc.chunks
        ]:
            return 0
    ids = [c.id for c in doc.chunks]
    have = index.existing_chunk_ids(ids)
    new = [c for c in doc.chunks if c.id not in have]
    if new:
        vectors = index.embedder.embed_array(
            [embed_text(c.section, doc.chunk_text(c)) for c in new]
        )
        index.add_chunks(doc, new, vectors)
    # Chunks are in Chroma before the record that names them is written.
    index.put_document(doc)
    if old is not None:
        stale = sorted({c.id for c in old.chunks} - set(ids))
        index.delete_chunks(stale)
    return len(new)


def ingest(
    index: Index,
    paths: list[Path],
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders into the index, removing documents whose files are gone."""
    report = IngestReport()
    settings = index.settings
    with index.write_lock:
        files = discover(paths, exclude=index.generated_paths())
        seen_ids: dict[str, Path] = {}
        failed_sources: set[str] = set()
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
            existed = index.document(doc.doc_id) is not None
            embedded = store_document(index, doc)
            report.embedded += embedded
            if not existed:
                report.added_documents.append(doc.doc_id)
            elif embedded:
                report.updated_documents.append(doc.doc_id)

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
