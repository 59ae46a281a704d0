"""The dense side of the index: chunk vectors in a Chroma collection, stamped with the
embedder that made them so that a different embedder cannot search them by mistake."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from assistant.index.embeddings import BaseEmbedder
from assistant.index.errors import EmbedderMismatchError, IndexFormatError
from assistant.settings import Settings

logger = logging.getLogger(__name__)

# The ingest format: raise it when ingest changes what it stores for the same file (the
# cleaned text, chunk spans, table rows, normalised tokens), so that an index built before
# is rebuilt instead of read with offsets and tokens the code no longer makes.
# 2: normalising keeps the text's length; plain-text tables read into rows.
# 3: PDF table cells wrapped between Chinese characters rejoin without a space; a PDF line
#    whose figure was pushed down past a colon or stop goes on in the same paragraph.
SCHEMA_VERSION = 3

# Candidates HNSW keeps while searching. Chroma's default (100) missed true top-40 chunks
# for about one dev question in ten and made the top-10 differ between two builds of the
# same documents; at 400 a build now and then still leaves out one chunk, deep in the top 40
# (HNSW is approximate; see docs/BENCHMARKS.md). The price is query time, which grows with
# it: a few milliseconds at the bench's 100k chunks.
EF_SEARCH = 400


def make_client(settings: Settings, index_dir: Path):
    """A client for the Chroma server named in the settings, else a local persistent store."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or 8000,
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=chroma_settings)


class VectorStore:
    """Chunk vectors and their owning document id; nothing else (see ``add``)."""

    def __init__(self, client, name: str, embedder: BaseEmbedder, where: Path):
        self.client = client
        self.name = name
        self.embedder = embedder
        self.where = where  # named in messages only
        self.collection = None

    def open(self, rebuild: bool) -> None:
        """Open the collection, checking its embedder; with ``rebuild``, start it afresh."""
        existing = {c.name for c in self.client.list_collections()}
        if self.name in existing:
            col = self.client.get_collection(self.name, embedding_function=None)
            meta = col.metadata or {}
            same = meta.get("embedder") == self.embedder.id and meta.get("dim") == self.embedder.dim
            if not same and not rebuild:
                raise EmbedderMismatchError(
                    f"the index at {self.where} was built with embedder "
                    f"'{meta.get('embedder')}' (dim {meta.get('dim')}), but the settings name "
                    f"'{self.embedder.id}' (dim {self.embedder.dim}). Use the same embedder, or "
                    "run `zone-assistant ingest --rebuild` to re-embed everything."
                )
            if not rebuild:
                built = meta.get("schema", 1)
                if built != SCHEMA_VERSION:
                    raise IndexFormatError(
                        f"the index at {self.where} was built by an older ingest (format "
                        f"{built}, this version writes {SCHEMA_VERSION}). Run `zone-assistant "
                        "ingest --rebuild` with your documents to index them again."
                    )
                self.collection = col
                return
            logger.info("rebuilding: dropping collection %s", self.name)
            self.client.delete_collection(self.name)
        self.collection = self.client.create_collection(
            self.name,
            configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
            metadata={
                "embedder": self.embedder.id,
                "dim": self.embedder.dim,
                "schema": SCHEMA_VERSION,
            },
            embedding_function=None,
        )

    @property
    def metadata(self) -> dict:
        return self.collection.metadata or {}

    def count(self) -> int:
        return self.collection.count()

    def existing_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        step = 1000
        for i in range(0, len(ids), step):
            found.update(self.collection.get(ids=ids[i : i + step], include=[])["ids"])
        return found

    def all_ids(self, step: int = 5000) -> Iterator[str]:
        for offset in range(0, self.count(), step):
            yield from self.collection.get(include=[], limit=step, offset=offset)["ids"]

    def add(self, ids: list[str], doc_ids: list[str], vectors: np.ndarray) -> None:
        """Write vectors in large batches: Chroma's cost per call is high, per chunk low.

        Chroma holds vectors and the owning document id only. Chunk text, titles and
        offsets live in the document records, the single source of truth; storing the
        text again would double the write cost (Chroma full-text indexes documents)
        for nothing the assistant reads.
        """
        step = max(1, min(self.client.get_max_batch_size(), 2048))
        for i in range(0, len(ids), step):
            self.collection.upsert(
                ids=ids[i : i + step],
                embeddings=vectors[i : i + step],
                metadatas=[{"doc_id": d} for d in doc_ids[i : i + step]],
            )

    def delete(self, ids: list[str]) -> None:
        step = 1000
        for i in range(0, len(ids), step):
            self.collection.delete(ids=ids[i : i + step])

    def batches(self, step: int = 2048) -> Iterator[tuple[list[str], list]]:
        """Every stored (ids, vectors) batch, for copying the vectors elsewhere."""
        for offset in range(0, self.count(), step):
            got = self.collection.get(include=["embeddings"], limit=step, offset=offset)
            if not got["ids"]:
                break
            yield got["ids"], got["embeddings"]

    def search(
        self,
        query: str,
        n: int,
        doc_ids: set[str] | None = None,
        vector: np.ndarray | None = None,
    ) -> list[tuple[str, float]]:
        """Nearest chunks to the query, as (chunk id, cosine similarity); ``doc_ids`` keeps
        only the chunks of those documents. ``vector``: the query's, if already embedded."""
        if doc_ids == set():
            return []
        vec = self.embedder.embed_query_array(query) if vector is None else vector
        where = {"doc_id": {"$in": sorted(doc_ids)}} if doc_ids is not None else None
        # Chroma returns what it holds when asked for more (nothing from an empty
        # collection): counting first cost a call into the store per question.
        res = self.collection.query(
            query_embeddings=[vec], n_results=n, include=["distances"], where=where
        )
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0])]

    def similarities(self, vector: np.ndarray, ids: list[str]) -> list[tuple[str, float]]:
        """The cosine similarity of the given chunks to a query vector, unranked. Reading a
        few hundred known chunks' vectors is cheaper than a filtered nearest-neighbour
        query, which Chroma answers by scanning its metadata."""
        if not ids:
            return []
        got = self.collection.get(ids=ids, include=["embeddings"])
        if not got["ids"]:
            return []
        vectors = np.asarray(got["embeddings"], dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1) * (np.linalg.norm(vector) or 1.0)
        sims = vectors @ vector.astype(np.float32) / np.where(norms > 0, norms, 1.0)
        return [(i, float(v)) for i, v in zip(got["ids"], sims, strict=True)]
