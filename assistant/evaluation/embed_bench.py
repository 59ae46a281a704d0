"""Embed-only throughput: the reference numpy USE embedder against the configured runtime.

Both embedders run in one process on the same texts, interleaved (old, new, then new, old,
...), so a busy machine slows both alike and their ratio stays meaningful. The comparison
runs twice: in this process, with the OpenBLAS variables as the environment sets them, and
in a child process with ``OPENBLAS_CORETYPE`` and ``OPENBLAS_L2_SIZE`` removed (OpenBLAS
reads them only when it loads), since users' machines run the native kernels. Which kernel
actually ran is read back with threadpoolctl.

Run as a module (``python -m assistant.evaluation.embed_bench TEXTS.json``) it is that child:
it prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from assistant.settings import EmbedderSettings

logger = logging.getLogger(__name__)

OPENBLAS_VARS = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
# Texts both embedders see before timing: loads the weights and, for the torch runtime,
# fills the token cache as the first minutes of a real ingest would.
WARMUP_TEXTS = 256


def kernels() -> dict[str, Any]:
    """The BLAS libraries loaded in this process and the kernel each one picked."""
    from threadpoolctl import threadpool_info

    return {
        "env": {name: os.environ.get(name) for name in OPENBLAS_VARS},
        "blas": [
            {
                "library": info.get("internal_api"),
                "architecture": info.get("architecture"),
                "threads": info.get("num_threads"),
            }
            for info in threadpool_info()
            if info.get("user_api") == "blas"
        ],
    }


def compare(texts: list[str], embedder: EmbedderSettings, repeats: int = 3) -> dict[str, Any]:
    """Time the numpy reference and the configured USE runtime on ``texts``, interleaved."""
    from assistant.index.embeddings import USEEmbedder

    old = USEEmbedder(embedder.batch_size, embedder.threads, runtime="numpy")
    new = USEEmbedder(
        embedder.batch_size,
        embedder.threads,
        runtime=embedder.use_runtime,
        precision=embedder.use_precision,
    )
    for side in (old, new):
        side.embed_array(texts[:WARMUP_TEXTS])
    runs: list[dict[str, float]] = []
    cpu_ratios: list[float] = []
    load_before = os.getloadavg()[0]
    for r in range(repeats):
        run: dict[str, float] = {}
        cpu_s: dict[str, float] = {}
        order = (("old", old), ("new", new)) if r % 2 == 0 else (("new", new), ("old", old))
        for name, side in order:
            wall, cpu = time.perf_counter(), time.process_time()
            side.embed_array(texts)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            run[f"{name}_chunks_per_s"] = round(len(texts) / wall, 1)
            run[f"{name}_cpu_s"] = round(cpu, 3)
            cpu_s[name] = cpu
        run["ratio"] = round(run["new_chunks_per_s"] / run["old_chunks_per_s"], 3)
        runs.append(run)
        cpu_ratios.append(cpu_s["old"] / max(cpu_s["new"], 1e-9))
    return {
        "texts": len(texts),
        "threads": embedder.threads,
        "new_runtime": new.runtime,
        "new_bf16": bool(new._fast and new._fast.bf16),
        "median_ratio": statistics.median(r["ratio"] for r in runs),
        # CPU seconds are less disturbed by other processes than wall time.
        "median_cpu_ratio": round(statistics.median(cpu_ratios), 3),
        "runs": runs,
        "load_avg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "kernels": kernels(),
    }


def compare_in_child(
    texts_file: Path, embedder: EmbedderSettings, repeats: int, env: dict[str, str]
) -> dict[str, Any]:
    """Run :func:`compare` in a fresh interpreter with ``env``, so OpenBLAS loads under it."""
    cmd = [
        sys.executable,
        "-m",
        "assistant.evaluation.embed_bench",
        str(texts_file),
        "--embedder",
        embedder.model_dump_json(),
        "--repeats",
        str(repeats),
    ]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"embed comparison child failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def compare_both_ways(
    texts: list[str], embedder: EmbedderSettings, work: Path, repeats: int = 3
) -> dict[str, Any]:
    """The comparison with the OpenBLAS variables as set, and with both unset, each in a
    child process: the reference embedder's weights never join the bench's own memory."""
    texts_file = work / "embed_texts.json"
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    as_set = compare_in_child(texts_file, embedder, repeats, dict(os.environ))
    env = {k: v for k, v in os.environ.items() if k not in OPENBLAS_VARS}
    unset = compare_in_child(texts_file, embedder, repeats, env)
    return {"openblas_as_set": as_set, "openblas_unset": unset}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="JSON list of texts")
    parser.add_argument("--embedder", help="EmbedderSettings as JSON")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    texts = json.loads(args.texts.read_text(encoding="utf-8"))
    embedder = EmbedderSettings.model_validate_json(args.embedder or "{}")
    json.dump(compare(texts, embedder, args.repeats), sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
