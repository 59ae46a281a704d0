"""The index façade: Chroma vectors, a BM25 keyword index and the cleaned documents.

Layout under the index directory::

    chroma/            Chroma PersistentClient data (chunk vectors and their document ids)
    documents/<id>.json  one cleaned document: text, sections, metadata, chunk list
    keyword/           bm25s index over the chunks, stamped with the chunk ids it covers

The document files are the record of what the index holds. Chroma and the
keyword index are brought in line with them: the keyword index is rebuilt when
its stamp does not match, and Chroma chunks are written before the document
file that names them, so an interrupted ingest is finished by the next one.

The index answers two candidate searches (dense and keyword); ranking them into
one list is the retrieval stage's work (:mod:`assistant.retrieval`).
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.index.documents import ChromaRecords, LocalRecords, StoredChunk, StoredDocument
from assistant.index.embeddings import BaseEmbedder, get_embedder
from assistant.index.errors import IndexMissingError
from assistant.index.filters import DocumentFilter
from assistant.index.keyword import KeywordIndex
from assistant.index.locks import ReadWriteLock, file_lock
from assistant.index.vectors import VectorStore, make_client
from assistant.settings import Settings
from assistant.text import tokenize

logger = logging.getLogger(__name__)


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

    def public(self) -> dict[str, Any]:
        """The hit as `search --json` shows it, with its document's metadata."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "section": self.section,
            "heading_path": self.heading_path,
            "table_header": self.table_header,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 6),
            "text": self.text,
            "document": self.doc_meta,
        }


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
        self.client = make_client(settings, self.dir)
        self.records: LocalRecords | ChromaRecords = (
            ChromaRecords(self.client, f"{settings.collection}__docs")
            if settings.chroma_url
            else LocalRecords(self.docs_dir)
        )
        self.vectors = VectorStore(self.client, settings.collection, self.embedder, self.dir)
        self.vectors.open(rebuild)
        if rebuild:
            self.records.clear()
            shutil.rmtree(self.keyword_dir, ignore_errors=True)
        self._docs: dict[str, StoredDocument] | None = None
        self._seen_version: str | None = None
        self._checked_at = 0.0
        self._keyword: KeywordIndex | None = None
        self._chunk_lookup: dict[str, tuple[str, int]] | None = None
        self._watching: threading.Event | None = None

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

    def watch(self, interval_s: float) -> bool:
        """Also check for other instances' changes every ``interval_s`` seconds, so that
        what does not ask questions (health checks, document lists) is not stale.
        Only a shared store (Chroma server mode) changes behind this process's back;
        returns whether a watcher runs. The thread ends with the index."""
        if self.records.version() is None or self._watching is not None:
            return False
        stop = self._watching = threading.Event()
        ref = weakref.ref(self)

        def loop() -> None:
            while not stop.wait(interval_s):
                index = ref()
                if index is None:
                    return
                try:
                    index.sync(max_age_s=0)
                except Exception as exc:  # noqa: BLE001 - a server hiccup: try next time
                    logger.warning("could not check the shared index for changes: %s", exc)
                del index

        threading.Thread(target=loop, name="index-watch", daemon=True).start()
        return True

    def close(self) -> None:
        """Stop the watcher, if any."""
        if self._watching is not None:
            self._watching.set()

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
        return self.vectors.existing_ids(ids)

    def add_chunks(
        self, items: list[tuple[StoredDocument, StoredChunk]], vectors: np.ndarray
    ) -> None:
        """Write chunk vectors of any documents (see :meth:`VectorStore.add`)."""
        self.vectors.add([c.id for _, c in items], [doc.doc_id for doc, _ in items], vectors)

    def delete_chunks(self, ids: list[str]) -> None:
        self.vectors.delete(ids)

    def put_document(self, doc: StoredDocument) -> None:
        self.records.put(doc)
        self.remember_document(doc)

    def remember_document(self, doc: StoredDocument) -> None:
        """Hold ``doc`` in memory; its record is written by the caller (see
        :class:`assistant.ingest.records.RecordWriter`)."""
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
        if self.vectors.count() == len(wanted):
            # Chunks are added before the records that name them and deleted after, so an
            # interrupted run leaves more chunks than named; equal counts mean no strays.
            return 0
        stray = [i for i in self.vectors.all_ids() if i not in wanted]
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
            # The context (title, headings, table header) counts ``repeat`` times. A
            # generator: the build turns each chunk's tokens into ids as it goes.
            tokens = (
                (c.tokens + repeat * f" {c.context_tokens}").split() or [""]
                for doc in self.documents.values()
                for c in doc.chunks
            )
            current = KeywordIndex.build(ids, tokens)
            current.stamp = stamp
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

    def hit(self, chunk_id: str) -> Hit | None:
        """The chunk as an unscored hit, or None if no document names it."""
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
        self,
        query: str,
        n: int,
        doc_ids: set[str] | None = None,
        vector: np.ndarray | None = None,
    ) -> list[tuple[str, float]]:
        """Nearest chunks; ``doc_ids`` keeps only the chunks of those documents.
        ``vector``: the query's, if already embedded (:meth:`query_vector`)."""
        return self.vectors.search(query, n, doc_ids, vector)

    def query_vector(self, query: str) -> np.ndarray:
        return self.embedder.embed_query_array(query)

    def dense_scores(self, vector: np.ndarray, doc_ids: set[str]) -> list[tuple[str, float]]:
        """The cosine similarity of every chunk of the given documents to ``vector``, best
        first: an exact search within a few documents."""
        ids = [c.id for d in doc_ids if d in self.documents for c in self.documents[d].chunks]
        return sorted(self.vectors.similarities(vector, ids), key=lambda x: -x[1])

    def keyword_search(
        self, query: str, n: int, doc_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Best BM25 chunks; ``doc_ids`` keeps only the chunks of those documents."""
        kw = self.keyword
        allowed = None
        if doc_ids is not None:
            lookup = self.chunk_lookup()
            allowed = np.array([lookup.get(i, ("",))[0] in doc_ids for i in kw.ids], dtype=bool)
        return [(kw.ids[i], s) for i, s in kw.search(tokenize(query), n, allowed)]

    def stats(self) -> dict[str, int]:
        return {"documents": len(self.documents), "chunks": self.chunk_count}
