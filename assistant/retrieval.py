"""Hybrid retrieval as a LangChain retriever over an :class:`~assistant.store.Index`."""

from __future__ import annotations

from typing import Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.store import Hit, Index


def hit_to_document(hit: Hit) -> Document:
    meta = hit.as_dict()
    text = meta.pop("text")
    meta.pop("extra", None)
    return Document(page_content=text, metadata=meta, id=hit.chunk_id)


class HybridRetriever(BaseRetriever):
    """Chroma dense search and BM25 keyword search fused by reciprocal rank."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Index
    k: int = 5
    mode: Literal["hybrid", "dense", "keyword"] = "hybrid"

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [hit_to_document(h) for h in self.index.search(query, k=self.k, mode=self.mode)]
