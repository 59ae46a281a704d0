"""Preparing one file for the index: load, clean, chunk and tokenise it into a document
record, not yet stored.

This is all the ingest helper process runs, so this module imports only what reading and
tokenising need: not the index façade, Chroma, bm25s or the embedder (the helper would
otherwise load them for nothing; see ``tests/test_ingest_helper.py``).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import re
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.index.documents import StoredDocument, make_stored_chunks
from assistant.ingest.chunking import chunk_document
from assistant.ingest.clean import build_document
from assistant.ingest.loaders import LoaderError, load_file
from assistant.ingest.metadata import extract as extract_metadata
from assistant.text import tokenizer_signature

# Bumped when the document model changes what a prepared document holds (units, context).
MODEL_VERSION = 2


_ID_UNSAFE = re.compile(r"[^\w.\-]+")


def doc_id_for(path: Path, metadata: dict[str, Any]) -> str:
    if metadata.get("id"):
        return str(metadata["id"])
    return (
        _ID_UNSAFE.sub("_", path.stem).strip("_")
        or hashlib.sha1(str(path).encode()).hexdigest()[:12]
    )


def prepare_document(
    path: Path,
    chunk_size: int,
    overlap: int,
    doc_id: str | None = None,
    root: Path | None = None,
) -> StoredDocument:
    """Load, clean and chunk one file into a document record (not yet stored); ``root`` is
    the folder it was ingested from (default: the folder it is in)."""
    loaded = load_file(path)
    cleaned = build_document(loaded.parts, infer_title=loaded.infer_title)
    if not cleaned.text.strip():
        raise LoaderError(path, "no text found in the file")
    # What a person wrote (sidecar, front matter) wins; then what the text says; then the
    # file's own properties (a PDF's or DOCX's title field, an HTML <title>).
    found = extract_metadata(cleaned, title_hint=loaded.metadata.get("title")).as_dict()
    meta = {k: v for k, v in found.items() if v is not None or k not in loaded.metadata}
    meta |= {k: v for k, v in loaded.metadata.items() if k in loaded.written or k not in meta}
    doc_id = doc_id or doc_id_for(path, meta)
    title = str(meta.get("title") or path.stem)
    meta["title"] = title
    if cleaned.byline and "byline" not in meta:
        meta["byline"] = cleaned.byline
    chunks = chunk_document(cleaned, doc_id, chunk_size, overlap, context=title)
    # The tokenizer is part of the hash: when it changes, the document is re-tokenised
    # (its chunk ids, and so its vectors, stay the same).
    content_hash = hashlib.sha1(
        json.dumps(
            [cleaned.text, title, meta, tokenizer_signature(), MODEL_VERSION],
            ensure_ascii=False,
            sort_keys=True,
            default=str,
        ).encode()
    ).hexdigest()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    root = (root or path.parent).resolve()
    return StoredDocument(
        doc_id=doc_id,
        title=title,
        source=path.resolve().relative_to(root).as_posix(),
        folder=root.name,
        content_hash=content_hash,
        text=cleaned.text,
        sections=[
            {"title": s.title, "level": s.level, "start": s.start, "end": s.end}
            for s in cleaned.sections
        ],
        metadata=meta,
        chunks=make_stored_chunks(chunks, title),
        added=now,
        updated=now,
        units=[u.as_dict() for u in cleaned.units],
    )


Prepared = tuple[str, "StoredDocument | None", "str | None"]  # (path, document, error)


def prepare_job(
    path: str, chunk_size: int, overlap: int, doc_id: str | None = None, root: str | None = None
) -> Prepared:
    """Prepare one file; errors come back as text (exceptions need not pickle)."""
    try:
        folder = Path(root) if root else None
        return path, prepare_document(Path(path), chunk_size, overlap, doc_id, folder), None
    except LoaderError as exc:
        return path, None, exc.reason
    except OSError as exc:
        return path, None, str(exc)


def helper_start() -> None:
    """Runs first in the helper: exit as soon as the parent is gone. A killed ingest must not
    leave its helper behind, and the helper's task queue never reports the parent's death."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
