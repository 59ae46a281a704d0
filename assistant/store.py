"""The index: Chroma vectors, a BM25 keyword index and the cleaned documents.

Layout under the index directory::

    chroma/            Chroma PersistentClient data (chunk vectors and their document ids)
    documents/<id>.json  one cleaned document: text, sections, metadata, chunk list
    keyword/           bm25s index over the chunks, stamped with the chunk ids it covers

The document files are the record of what the index holds. Chroma and the
keyword index are brought in line with them: the keyword index is rebuilt when
its stamp does not match, and Chroma chunks are written before the document
file that names them, so an interrupted ingest is finished by the next one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.embeddings import BaseEmbedder, get_embedder
from assistant.filters import DocumentFilter
from assistant.ingest.chunking import Chunk
from assistant.ingest.document import Unit
from assistant.ingest.metadata import FIELDS as META_FIELDS
from assistant.locks import ReadWriteLock, file_lock
from assistant.settings import Settings
from assistant.text import tokenize, tokenize_text, tokenizer_signature

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1


class IndexProblem(RuntimeError):
    """Base class for index problems with a message meant for the user."""


class EmbedderMismatchError(IndexProblem):
    pass


class IndexMissingError(IndexProblem):
    pass


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


@dataclass
class StoredDocument:
    """A cleaned document as the index keeps it.

    ``metadata`` holds the fields of :data:`assistant.ingest.metadata.FIELDS` (title,
    issuer, date, doc_number, region, kind, valid_until, effective_from; ``None`` when
    unknown) plus whatever a person wrote beside the file. ``units`` are the structural
    units of :mod:`assistant.ingest.document` (paragraphs, list items, table rows with
    their header, Q&A questions and answers, headings) as dicts with ``start``/``end``
    offsets into ``text``; :meth:`unit_list` gives them as objects."""

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
        bits = [self.title, *chunk.heading_path, chunk.caption, chunk.table_header]
        return " / ".join(b for b in [*bits, chunk.question] if b)

    def meta(self) -> dict[str, Any]:
        """The document's metadata fields, ``None`` where unknown."""
        data = {f: self.metadata.get(f) for f in META_FIELDS}
        data["title"] = self.title
        return data

    def unit_list(self) -> list[Unit]:
        return [Unit.from_dict(u) for u in self.units]

    def to_json(self) -> str:
        # Built by hand: dataclasses.asdict deep-copies every chunk and is slow at scale.
        data = {k: v for k, v in vars(self).items() if k != "chunks"}
        data["chunks"] = [vars(c) for c in self.chunks]
        return json.dumps(data, ensure_ascii=False)


@dataclass
class Hit:
    """A retrieved chunk. ``title`` is its document's title, ``heading_path`` the headings
    above it, ``table_header`` the column names when it holds table rows, ``context`` all
    of that in one line (what retrieval matched beside the text), ``doc_meta`` the
    document's metadata fields. The document's units (for answer units) are
    ``index.document(hit.doc_id).unit_list()``."""

    chunk_id: str
    doc_id: str
    title: str
    section: str
    start: int
    end: int
    text: str
    score: float
    heading_path: list[str] = field(default_factory=list)
    table_header: str | None = None
    context: str = ""
    doc_meta: dict[str, Any] = field(default_factory=dict)
    dense_rank: int | None = None
    keyword_rank: int | None = None
    dense_score: float | None = None
    keyword_score: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _atomic_write(path: Path, data: str) -> None:
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


def embed_text(context: str, text: str) -> str:
    """What the dense embedder sees for a chunk: its context line, then the text."""
    return f"{context}: {text}" if context else text


class KeywordIndex:
    """BM25 over chunk tokens (bm25s sparse scoring), persisted with a stamp."""

    def __init__(self, ids: list[str], bm25: Any, stamp: str):
        self.ids = ids
        self.bm25 = bm25
        self.stamp = stamp
        self.vocab = bm25.vocab_dict if bm25 is not None else {}

    @staticmethod
    def stamp_for(ids: Iterable[str], context_repeat: int = 0) -> str:
        """The chunks covered, the tokenizer that cut them and the weight of context."""
        h = hashlib.sha1(f"{tokenizer_signature()}\x00{context_repeat}".encode())
        for i in sorted(ids):
            h.update(i.encode())
            h.update(b"\n")
        return h.hexdigest()

    @classmethod
    def build(cls, ids: list[str], tokens: list[list[str]]) -> KeywordIndex:
        import bm25s

        if not ids:
            return cls([], None, cls.stamp_for([]))
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        bm25 = bm25s.BM25()
        bm25.index(tokens, show_progress=False)
        return cls(ids, bm25, cls.stamp_for(ids))

    def save(self, directory: Path) -> None:
        tmp = directory.with_name(directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.bm25 is not None:
            self.bm25.save(str(tmp))
        (tmp / "ids.json").write_text(
            json.dumps({"stamp": self.stamp, "ids": self.ids}), encoding="utf-8"
        )
        old = directory.with_name(directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if directory.exists():
            directory.rename(old)
        tmp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> KeywordIndex | None:
        import bm25s

        meta = directory / "ids.json"
        if not meta.is_file():
            return None
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            bm25 = bm25s.BM25.load(str(directory)) if data["ids"] else None
        except (OSError, ValueError, KeyError) as exc:
            logger.warning("keyword index unreadable (%s); it will be rebuilt", exc)
            return None
        return cls(data["ids"], bm25, data["stamp"])

    def search(
        self, query_tokens: Iterable[str], n: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Best ``n`` chunks; ``allowed`` (a boolean mask over chunks) keeps only those."""
        if self.bm25 is None:
            return []
        toks = [t for t in query_tokens if t in self.vocab]
        if not toks:
            return []
        scores = self.bm25.get_scores(toks)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


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
        _atomic_write(self._path(doc.doc_id), doc.to_json())

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


class Index:
    """One assistant index: open it, ingest into it, search it."""

    def __init__(
        self,
        settings: Settings,
        embedder: BaseEmbedder | None = None,
        *,
        rebuild: bool = False,
        must_exist: bool = False,
    ):
        self.settings = settings
        self.dir = Path(settings.index_dir)
        self.docs_dir = self.dir / "documents"
        self.keyword_dir = self.dir / "keyword"
        if must_exist and not (self.docs_dir.is_dir() or settings.chroma_url):
            raise IndexMissingError(f"no index at {self.dir}: run `zone-assistant ingest` first")
        self.embedder = embedder or get_embedder(settings.embedder)
        self._lock = ReadWriteLock()
        self._lock_depth = 0
        self._keyword_lock = threading.Lock()
        self._client = self._make_client()
        self.records: LocalRecords | ChromaRecords = (
            ChromaRecords(self._client, f"{settings.collection}__docs")
            if settings.chroma_url
            else LocalRecords(self.docs_dir)
        )
        self._collection = self._open_collection(rebuild)
        self._docs: dict[str, StoredDocument] | None = None
        self._seen_version: str | None = None
        self._checked_at = 0.0
        self._keyword: KeywordIndex | None = None
        self._chunk_lookup: dict[str, tuple[str, int]] | None = None

    # ---------- opening ----------
    def _make_client(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if self.settings.chroma_url:
            from urllib.parse import urlparse

            url = urlparse(self.settings.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        self.dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self.dir / "chroma"), settings=chroma_settings)

    def _open_collection(self, rebuild: bool):
        name = self.settings.collection
        existing = {c.name for c in self._client.list_collections()}
        if name in existing:
            col = self._client.get_collection(name, embedding_function=None)
            meta = col.metadata or {}
            same = meta.get("embedder") == self.embedder.id and meta.get("dim") == self.embedder.dim
            if not same and not rebuild:
                raise EmbedderMismatchError(
                    f"the index at {self.dir} was built with embedder "
                    f"'{meta.get('embedder')}' (dim {meta.get('dim')}), but the settings name "
                    f"'{self.embedder.id}' (dim {self.embedder.dim}). Use the same embedder, or "
                    "run `zone-assistant ingest --rebuild` to re-embed everything."
                )
            if not rebuild:
                return col
            logger.info("rebuilding: dropping collection %s", name)
            self._client.delete_collection(name)
        if rebuild:
            self.records.clear()
            shutil.rmtree(self.keyword_dir, ignore_errors=True)
        return self._client.create_collection(
            name,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={
                "embedder": self.embedder.id,
                "dim": self.embedder.dim,
                "schema": SCHEMA_VERSION,
            },
            embedding_function=None,
        )

    # ---------- documents ----------
    @property
    def documents(self) -> dict[str, StoredDocument]:
        if self._docs is None:
            self._seen_version = self.records.version()
            self._docs = self.records.load()
        return self._docs

    def sync(self, max_age_s: float = 2.0) -> bool:
        """Reload documents and the keyword index if another instance changed the shared
        store (Chroma server mode); checked at most every ``max_age_s`` seconds."""
        now = time.monotonic()
        if self._docs is None or now - self._checked_at < max_age_s:
            return False
        self._checked_at = now
        version = self.records.version()
        if version is None or version == self._seen_version:
            return False
        with self.writing():
            logger.info("the shared index changed; reloading")
            self._docs = None
            self._chunk_lookup = None
            self._keyword = None
            self.refresh_keyword_index()
        return True

    def document(self, doc_id: str) -> StoredDocument | None:
        return self.documents.get(doc_id)

    @property
    def chunk_count(self) -> int:
        return sum(len(d.chunks) for d in self.documents.values())

    def chunk_lookup(self) -> dict[str, tuple[str, int]]:
        if self._chunk_lookup is None:
            self._chunk_lookup = {
                c.id: (d.doc_id, i) for d in self.documents.values() for i, c in enumerate(d.chunks)
            }
        return self._chunk_lookup

    # ---------- writing ----------
    def existing_chunk_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        step = 1000
        for i in range(0, len(ids), step):
            found.update(self._collection.get(ids=ids[i : i + step], include=[])["ids"])
        return found

    def add_chunks(
        self, items: list[tuple[StoredDocument, StoredChunk]], vectors: np.ndarray
    ) -> None:
        """Write chunk vectors (of any documents) in large batches: Chroma's cost per call
        is high, per chunk low.

        Chroma holds vectors and the owning document id only. Chunk text, titles and
        offsets live in the document records, the single source of truth; storing the
        text again would double the write cost (Chroma full-text indexes documents)
        for nothing the assistant reads.
        """
        step = max(1, min(self._client.get_max_batch_size(), 2048))
        for i in range(0, len(items), step):
            part = items[i : i + step]
            self._collection.upsert(
                ids=[c.id for _, c in part],
                embeddings=vectors[i : i + step],
                metadatas=[{"doc_id": doc.doc_id} for doc, _ in part],
            )

    def delete_chunks(self, ids: list[str]) -> None:
        step = 1000
        for i in range(0, len(ids), step):
            self._collection.delete(ids=ids[i : i + step])

    def put_document(self, doc: StoredDocument) -> None:
        self.records.put(doc)
        self.documents[doc.doc_id] = doc
        self._seen_version = self.records.version()
        self._chunk_lookup = None

    def drop_document(self, doc_id: str) -> int:
        doc = self.documents.get(doc_id)
        if doc is None:
            return 0
        self.delete_chunks([c.id for c in doc.chunks])
        self.records.delete(doc_id)
        del self.documents[doc_id]
        self._seen_version = self.records.version()
        self._chunk_lookup = None
        return len(doc.chunks)

    def generated_paths(self) -> list[Path]:
        """Folders this index writes; ingesting a folder that holds them skips them."""
        return [
            self.dir / "chroma",
            self.docs_dir,
            self.keyword_dir,
            self.keyword_dir.with_name("keyword.tmp"),
            self.keyword_dir.with_name("keyword.old"),
        ]

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Exclusive access for changing the index: other threads' readers wait (or hear
        "busy"), and other processes' writers wait for the file lock."""
        with self._lock.write():
            if self._lock_depth == 0:
                self.dir.mkdir(parents=True, exist_ok=True)
                with file_lock(self.dir / ".write.lock"):
                    self._lock_depth += 1
                    try:
                        yield
                    finally:
                        self._lock_depth -= 1
            else:
                yield

    def reading(self, timeout: float | None = None):
        """Shared access for answering; raises IndexBusy after ``timeout`` seconds of a write."""
        return self._lock.read(timeout)

    def reconcile(self) -> int:
        """Delete Chroma chunks that no document names (left by an interrupted run)."""
        wanted = set(self.chunk_lookup())
        stray: list[str] = []
        total = self._collection.count()
        if total == len(wanted):
            # Chunks are added before the records that name them and deleted after, so an
            # interrupted run leaves more chunks than named; equal counts mean no strays.
            return 0
        step = 5000
        for offset in range(0, total, step):
            got = self._collection.get(include=[], limit=step, offset=offset)["ids"]
            stray.extend(i for i in got if i not in wanted)
        if stray:
            logger.info("removing %d chunks that no document names", len(stray))
            self.delete_chunks(stray)
        return len(stray)

    def refresh_keyword_index(self, force: bool = False) -> KeywordIndex:
        ids = [c.id for doc in self.documents.values() for c in doc.chunks]
        repeat = self.settings.retrieval.context_repeat
        stamp = KeywordIndex.stamp_for(ids, repeat)
        current = self._keyword or KeywordIndex.load(self.keyword_dir)
        if force or current is None or current.stamp != stamp:
            logger.info("building keyword index over %d chunks", len(ids))
            # One string object per distinct token: 100k chunks of ~100 tokens would
            # otherwise hold ten million small strings at once.
            pool: dict[str, str] = {}
            tokens = [
                [
                    pool.setdefault(t, t)
                    for t in (c.tokens + repeat * f" {c.context_tokens}").split()
                ]
                or [""]
                for doc in self.documents.values()
                for c in doc.chunks
            ]
            current = KeywordIndex.build(ids, tokens)
            current.stamp = stamp
            del tokens, pool
            current.save(self.keyword_dir)
        self._keyword = current
        return current

    # ---------- reading ----------
    @property
    def keyword(self) -> KeywordIndex:
        if self._keyword is None:
            with self._keyword_lock:
                if self._keyword is None:
                    self.refresh_keyword_index()
        assert self._keyword is not None
        return self._keyword

    def _hit(self, chunk_id: str) -> Hit | None:
        ref = self.chunk_lookup().get(chunk_id)
        if ref is None:
            return None
        doc = self.documents[ref[0]]
        c = doc.chunks[ref[1]]
        return Hit(
            chunk_id=c.id,
            doc_id=doc.doc_id,
            title=doc.title,
            section=c.section,
            start=c.start,
            end=c.end,
            text=doc.chunk_text(c),
            score=0.0,
            heading_path=list(c.heading_path),
            table_header=c.table_header,
            context=doc.chunk_context(c),
            doc_meta=doc.meta(),
        )

    def matching_documents(self, where: DocumentFilter | None) -> set[str] | None:
        """Ids of the documents a filter keeps (None: no filter, all of them)."""
        if where is None:
            return None
        return {
            d.doc_id
            for d in self.documents.values()
            if where.matches(d.meta() | {"doc_id": d.doc_id})
        }

    def dense_search(
        self, query: str, n: int, doc_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        total = self._collection.count()
        if total == 0 or doc_ids == set():
            return []
        vec = self.embedder.embed_query_array(query)
        where = {"doc_id": {"$in": sorted(doc_ids)}} if doc_ids is not None else None
        res = self._collection.query(
            query_embeddings=[vec], n_results=min(n, total), include=["distances"], where=where
        )
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0])]

    def keyword_search(
        self, query: str, n: int, doc_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        kw = self.keyword
        allowed = None
        if doc_ids is not None:
            lookup = self.chunk_lookup()
            allowed = np.array([lookup.get(i, ("",))[0] in doc_ids for i in kw.ids], dtype=bool)
        return [(kw.ids[i], s) for i, s in kw.search(tokenize(query), n, allowed)]

    def search(
        self,
        query: str,
        k: int | None = None,
        mode: str = "hybrid",
        where: DocumentFilter | None = None,
    ) -> list[Hit]:
        """Ranked chunks for a question: dense, keyword, or both fused.

        Fusion is "convex" by default: each side's score scaled by its best candidate,
        then weighted and summed; "rrf" (reciprocal rank fusion) is the alternative.
        Scores keep what ranks throw away: when many documents share boilerplate, the
        dense side is nearly flat and an exact keyword match (a name, a number) must win.
        ``where`` keeps only the documents whose metadata meet the filter.
        """
        rs = self.settings.retrieval
        k = k or rs.top_k
        n = max(rs.candidates, k)
        docs = self.matching_documents(where)
        if docs == set():
            return []
        dense = self.dense_search(query, n, docs) if mode in ("hybrid", "dense") else []
        keyword = self.keyword_search(query, n, docs) if mode in ("hybrid", "keyword") else []
        fused: dict[str, Hit] = {}
        for weight, ranking, attr in (
            (rs.dense_weight, dense, "dense"),
            (rs.keyword_weight, keyword, "keyword"),
        ):
            top = max((score for _, score in ranking), default=0.0)
            for rank, (cid, score) in enumerate(ranking, start=1):
                hit = fused.get(cid) or self._hit(cid)
                if hit is None:
                    continue
                fused[cid] = hit
                if rs.fusion == "rrf":
                    hit.score += weight / (rs.rrf_k + rank)
                elif attr == "dense":
                    hit.score += weight * max(score, 0.0)
                else:
                    hit.score += weight * ((score / top) ** rs.keyword_power if top > 0 else 0.0)
                setattr(hit, f"{attr}_rank", rank)
                setattr(hit, f"{attr}_score", score)
        ranked = sorted(fused.values(), key=lambda h: (-h.score, h.doc_id, h.start))
        return ranked[:k]

    def stats(self) -> dict[str, int]:
        return {"documents": len(self.documents), "chunks": self.chunk_count}


def make_stored_chunks(chunks: list[Chunk], title: str = "") -> list[StoredChunk]:
    return [
        StoredChunk(
            id=c.id,
            section=c.section,
            start=c.start,
            end=c.end,
            tokens=" ".join(tokenize_text(c.text)),
            context_tokens=" ".join(tokenize_text(c.context(title))),
            heading_path=list(c.heading_path),
            table_header=c.table_header,
            caption=c.caption,
            question=c.question,
        )
        for c in chunks
    ]


__all__ = [
    "EmbedderMismatchError",
    "Hit",
    "Index",
    "IndexMissingError",
    "KeywordIndex",
    "StoredChunk",
    "StoredDocument",
    "embed_text",
    "make_stored_chunks",
]
