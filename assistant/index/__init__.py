"""The index stage: document records, keyword index, Chroma vectors, the embedder and
the locks around them, behind the :class:`Index` façade."""

from assistant.index.documents import StoredChunk, StoredDocument, embed_text, make_stored_chunks
from assistant.index.errors import EmbedderMismatchError, IndexMissingError, IndexProblem
from assistant.index.filters import DocumentFilter, FilterError, parse_filter
from assistant.index.keyword import KeywordIndex
from assistant.index.store import Hit, Index

__all__ = [
    "DocumentFilter",
    "EmbedderMismatchError",
    "FilterError",
    "Hit",
    "Index",
    "IndexMissingError",
    "IndexProblem",
    "KeywordIndex",
    "StoredChunk",
    "StoredDocument",
    "embed_text",
    "make_stored_chunks",
    "parse_filter",
]
