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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.ingest.chunking import context_line
from assistant.ingest.document import Unit
from assistant.ingest.metadata import FIELDS as META_FIELDS
from assistant.text import tokenize, tokenize_text

logger = logging.getLogger(__name__)


@dataclass
class StoredChunk:
    """One chunk: ``text[start:end]`` of its document, and what it means beyond its words.

    ``heading_path`` lists the headings above it (outermost first, without the document
    title); ``table_header`` is the column names of the table rows it holds (joined like a
    row's cells), ``caption`` the table's caption or the line before the table, and
    ``question`` the Q&A question its answer replies to when that question is not inside
    the chunk. ``context_tokens`` are the keyword tokens of that context (title included),
    weighted into the keyword index by ``retrieval.context_repeat``."""

    id: str
    section: str
    start: int
    end: int
    tokens: str  # keyword tokens joined by spaces: one string, not a hundred, per chunk
    context_tokens: str = ""
    heading_path: list[str] = field(default_factory=list)
    table_header: str | None = None
    caption: str | None = None
    question: str | None = None


# Where a record keeps its table rows once built (not a field: never written to disk).
_TABLE_ROWS = "_table_rows"


@dataclass
class StoredDocument:
    """A cleaned document as the index keeps it.

    ``metadata`` holds the fields of :data:`assistant.ingest.metadata.FIELDS` (title,
    issuer, date, doc_number, region, kind, valid_until, effective_from; ``None`` when
    unknown) plus whatever a person wrote beside the file. ``units`` are the structural
    units of :mod:`assistant.ingest.document` (paragraphs, list items, table rows with
    their header and cells, Q&A questions and answers, headings) as dicts with
    ``start``/``end`` offsets into ``text``; :meth:`unit_list` gives them as objects."""

    doc_id: str
    title: str
    # The file's path relative to the folder it was ingested from, and that folder's
    # name: the same on every machine that ingests the same folder (a shared Chroma
    # server's instances), unlike an absolute path. Records written before this kept
    # the absolute path and an empty folder; the next ingest of their folder updates them.
    source: str
    content_hash: str
    text: str
    sections: list[dict[str, Any]]
    metadata: dict[str, Any]
    chunks: list[StoredChunk]
    added: str
    updated: str
    folder: str = ""
    units: list[dict[str, Any]] = field(default_factory=list)

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

    def chunk_context(self, chunk: StoredChunk) -> str:
        """Title, heading path, caption, table header and question of a chunk, in one line."""
        return context_line(
            self.title, chunk.heading_path, chunk.caption, chunk.table_header, chunk.question
        )

    def meta(self) -> dict[str, Any]:
        """The document's metadata fields, ``None`` where unknown."""
        data = {f: self.metadata.get(f) for f in META_FIELDS}
        data["title"] = self.title
        return data

    def unit_list(self) -> list[Unit]:
        return [Unit.from_dict(u) for u in self.units]

    def table_rows(self) -> dict[int, dict[str, Any]]:
        """The table-row units by start offset. Answering reads them for every sentence it
        weighs, so they are built once and kept with this record: a replaced or removed
        document takes them with it."""
        rows = self.__dict__.get(_TABLE_ROWS)
        if rows is None:
            rows = {u["start"]: u for u in self.units if u.get("kind") == "table_row"}
            self.__dict__[_TABLE_ROWS] = rows
        return rows

    def to_json(self) -> str:
        # Built by hand: dataclasses.asdict deep-copies every chunk and is slow at scale.
        data = {k: v for k, v in vars(self).items() if k not in ("chunks", _TABLE_ROWS)}
        data["chunks"] = [vars(c) for c in self.chunks]
        return json.dumps(data, ensure_ascii=False)


class ChunkLike(Protocol):
    """What the index needs from a chunk cut by the ingest stage."""

    id: str
    section: str
    start: int
    end: int
    text: str
    heading_path: list[str]
    table_header: str | None
    caption: str | None
    question: str | None

    def context(self, title: str = "") -> str: ...


def make_stored_chunks(chunks: list[ChunkLike], title: str = "") -> list[StoredChunk]:
    return [
        StoredChunk(
            id=c.id,
            section=c.section,
            start=c.start,
            end=c.end,
            tokens=" ".join(tokenize_text(c.text)),
            context_tokens=" ".join(tokenize(c.context(title))),
            heading_path=list(c.heading_path),
            table_header=c.table_header,
            caption=c.caption,
            question=c.question,
        )
        for c in chunks
    ]


def embed_text(context: str, text: str) -> str:
    """What the dense embedder sees for a chunk: its context line, then the text."""
    return f"{context}: {text}" if context else text


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
