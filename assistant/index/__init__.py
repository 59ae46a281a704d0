"""The index stage: document records, keyword index, Chroma vectors, the embedder and
the locks around them, behind the :class:`Index` façade.

The façade (and the keyword index) are loaded on first use: they bring Chroma and bm25s,
which the document records alone (what the ingest helper process builds) do not need, and
which `zone-assistant --help` must not pay for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from assistant.index.documents import StoredChunk, StoredDocument, embed_text, make_stored_chunks
from assistant.index.errors import (
    EmbedderMismatchError,
    IndexFormatError,
    IndexMissingError,
    IndexProblem,
)
from assistant.index.filters import DocumentFilter, FilterError, parse_filter

if TYPE_CHECKING:
    from assistant.index.keyword import KeywordIndex
    from assistant.index.store import Hit, Index

# Names loaded on first use, and the module that defines each.
_LAZY = {
    "Hit": "assistant.index.store",
    "Index": "assistant.index.store",
    "KeywordIndex": "assistant.index.keyword",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DocumentFilter",
    "EmbedderMismatchError",
    "FilterError",
    "Hit",
    "Index",
    "IndexFormatError",
    "IndexMissingError",
    "IndexProblem",
    "KeywordIndex",
    "StoredChunk",
    "StoredDocument",
    "embed_text",
    "make_stored_chunks",
    "parse_filter",
]
