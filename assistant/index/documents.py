"""Document records: the cleaned documents and their chunk lists, the index's record of
what it holds. Kept as JSON files in the index folder, or in a companion collection on a
Chroma server when several app instances share one store."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.text import tokenize_text

logger = logging.getLogger(__name__)


@dataclass
class StoredChunk:
    id: str
    section: str
    start: int
    end: int
    tokens: str  # keyword tokens joined by spaces: one string, not a hundred, per chunk


@dataclass
class StoredDocument:
    doc_id: str
    title: str
    source: str
    content_hash: str
    text: str
    sections: list[dict[str, Any]]
    metadata: dict[str, Any]
    chunks: list[StoredChunk]
    added: str
    updated: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredDocument:
        data = dict(data)
        data["chunks"] = [
            StoredChunk(
                **(c | {"tokens": " ".join(c["tokens"])} if isinstance(c["tokens"], list) else c)
            )
            for c in data["chunks"]
        ]
        return cls(**data)

    def chunk_text(self, chunk: StoredChunk) -> str:
        return self.text[chunk.start : chunk.end]

    def to_json(self) -> str:
        # Built by hand: dataclasses.asdict deep-copies every chunk and is slow at scale.
        data = {k: v for k, v in vars(self).items() if k != "chunks"}
        data["chunks"] = [vars(c) for c in self.chunks]
        return json.dumps(data, ensure_ascii=False)


class ChunkLike(Protocol):
    """What the index needs from a chunk cut by the ingest stage."""

    id: str
    section: str
    start: int
    end: int
    text: str


def make_stored_chunks(chunks: list[ChunkLike]) -> list[StoredChunk]:
    return [
        StoredChunk(
            id=c.id,
            section=c.section,
            start=c.start,
            end=c.end,
            tokens=" ".join(tokenize_text(c.text)),
        )
        for c in chunks
    ]


def embed_text(section: str, text: str) -> str:
    """What the dense embedder sees for a chunk: its section heading, then the text."""
    return f"{section}：{text}" if section else text


def atomic_write(path: Path, data: str) -> None:
    """Write a file so that a reader sees the old content or the new, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class LocalRecords:
    """Document records as JSON files in the index folder."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, doc_id: str) -> Path:
        return self.folder / f"{hashlib.sha1(doc_id.encode()).hexdigest()[:12]}.json"

    def exists(self) -> bool:
        return self.folder.is_dir()

    def load(self) -> dict[str, StoredDocument]:
        docs: dict[str, StoredDocument] = {}
        if self.folder.is_dir():
            for f in sorted(self.folder.glob("*.json")):
                try:
                    doc = StoredDocument.from_json(json.loads(f.read_text(encoding="utf-8")))
                except (OSError, ValueError, TypeError, KeyError) as exc:
                    logger.warning("ignoring unreadable document record %s: %s", f, exc)
                    continue
                docs[doc.doc_id] = doc
        return docs

    def put(self, doc: StoredDocument) -> None:
        atomic_write(self._path(doc.doc_id), doc.to_json())

    def delete(self, doc_id: str) -> None:
        self._path(doc_id).unlink(missing_ok=True)

    def version(self) -> str | None:
        return None  # one writer per folder: nothing changes behind this process's back

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class ChromaRecords:
    """Document records in a companion collection on a Chroma server, so that every app
    instance sharing the server sees the same documents. A version record changes on
    every write; instances compare it to know when to reload."""

    VERSION_ID = "__version__"

    def __init__(self, client, name: str):
        self.client = client
        self.name = name
        self.col = client.get_or_create_collection(name, embedding_function=None)

    def exists(self) -> bool:
        return True

    def load(self) -> dict[str, StoredDocument]:
        docs: dict[str, StoredDocument] = {}
        total = self.col.count()
        for offset in range(0, total, 500):
            got = self.col.get(include=["documents"], limit=500, offset=offset)
            for rid, body in zip(got["ids"], got["documents"]):
                if rid == self.VERSION_ID or not body:
                    continue
                doc = StoredDocument.from_json(json.loads(body))
                docs[doc.doc_id] = doc
        return docs

    def _bump(self) -> None:
        self.col.upsert(ids=[self.VERSION_ID], embeddings=[[0.0]], documents=[uuid.uuid4().hex])

    def put(self, doc: StoredDocument) -> None:
        self.col.upsert(
            ids=[doc.doc_id],
            embeddings=[[0.0]],
            documents=[doc.to_json()],
            metadatas=[{"title": doc.title, "content_hash": doc.content_hash}],
        )
        self._bump()

    def delete(self, doc_id: str) -> None:
        self.col.delete(ids=[doc_id])
        self._bump()

    def version(self) -> str | None:
        got = self.col.get(ids=[self.VERSION_ID], include=["documents"])
        return got["documents"][0] if got["documents"] else ""

    def clear(self) -> None:
        self.client.delete_collection(self.name)
        self.col = self.client.get_or_create_collection(self.name, embedding_function=None)
