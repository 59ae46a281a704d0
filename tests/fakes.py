"""Honest fakes: subclasses of the real interfaces that record what they were given."""

from __future__ import annotations

import hashlib

import numpy as np

from assistant.index.embeddings import BaseEmbedder


class RecordingEmbedder(BaseEmbedder):
    """A real BaseEmbedder whose forward pass is a hash of the text (same text, same
    vector), and which records every batch: tests of what gets embedded, and how often,
    run in milliseconds and count exactly."""

    id = "recording-fake"
    dim = 32

    def __init__(self, batch_size: int = 8):
        super().__init__(batch_size=batch_size)
        self.batches: list[list[str]] = []

    @property
    def texts(self) -> list[str]:
        return [t for batch in self.batches for t in batch]

    def forget(self) -> None:
        self.batches.clear()

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.batches.append(list(texts))
        seeds = [int.from_bytes(hashlib.sha1(t.encode()).digest()[:8], "big") for t in texts]
        return np.stack([np.random.default_rng(s).standard_normal(self.dim) for s in seeds])
