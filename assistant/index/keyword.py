"""The keyword side of the index: BM25 over chunk tokens, persisted with a stamp."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from assistant.text import tokenizer_signature

logger = logging.getLogger(__name__)


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
    def build(cls, ids: list[str], tokens: Iterable[list[str]]) -> KeywordIndex:
        """Index the chunks ``ids`` whose tokens ``tokens`` yields in the same order.

        Tokens become vocabulary ids one chunk at a time (``tokens`` may be a generator), so
        the corpus is never held as lists of strings beside bm25s's own lists of ids: at
        100k chunks that is tens of millions of list slots. The scores are those bm25s
        computes from the strings; only the numbering of the vocabulary differs."""
        if not ids:
            return cls([], None, cls.stamp_for([]))
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        vocab: dict[str, int] = {}
        token_ids = [[vocab.setdefault(t, len(vocab)) for t in chunk] for chunk in tokens]
        bm25 = bm25s.BM25()
        bm25.index((token_ids, vocab), show_progress=False)
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
        scores = self.scores(query_tokens)
        if scores is None:
            return []
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        return best(scores, n)

    def scores(self, query_tokens: Iterable[str]) -> np.ndarray | None:
        """The BM25 score of every chunk (in ``ids`` order); None when no token is known."""
        if self.bm25 is None:
            return None
        toks = [t for t in query_tokens if t in self.vocab]
        if not toks:
            return None
        return self.bm25.get_scores(toks)


def best(
    scores: np.ndarray, n: int, positions: np.ndarray | None = None
) -> list[tuple[int, float]]:
    """The ``n`` best positive scores as (position, score), best first; ``positions``
    limits the choice to those positions."""
    if positions is not None:
        return [(int(positions[i]), s) for i, s in best(scores[positions], n)]
    n = min(n, len(scores))
    if n <= 0:
        return []
    top = np.argpartition(-scores, n - 1)[:n]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
