"""The bench's old-vs-new embedder comparison, and its run with the OpenBLAS variables unset."""

from __future__ import annotations

import json
import os

import pytest

from assistant.evaluation.embed_bench import OPENBLAS_VARS, compare, compare_in_child
from assistant.settings import EmbedderSettings

TEXTS = [
    "示范区总规划面积多大？",
    "山西转型综合改革示范区的建设进展与成效",
    "2020年，示范区地区生产总值增长百分之八点五，高于全省平均水平。",
    "The zone's planned area and its industrial clusters.",
    "",
    "综",
]


def test_compare_times_both_sides_interleaved():
    result = compare(TEXTS, EmbedderSettings(threads=1), repeats=2)
    assert result["texts"] == len(TEXTS)
    assert result["new_runtime"] == "torch"
    assert len(result["runs"]) == 2
    for run in result["runs"]:
        assert run["old_chunks_per_s"] > 0 and run["new_chunks_per_s"] > 0
        assert run["ratio"] == pytest.approx(
            run["new_chunks_per_s"] / run["old_chunks_per_s"], abs=2e-3
        )
    assert result["kernels"]["blas"], "threadpoolctl found no BLAS library"


def test_child_runs_under_the_environment_it_is_given(tmp_path):
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(TEXTS, ensure_ascii=False), encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if k not in OPENBLAS_VARS}
    settings = EmbedderSettings(threads=1)

    unset = compare_in_child(texts_file, settings, 1, base)
    assert unset["kernels"]["env"] == {name: None for name in OPENBLAS_VARS}

    haswell = compare_in_child(texts_file, settings, 1, {**base, "OPENBLAS_CORETYPE": "Haswell"})
    assert haswell["kernels"]["env"]["OPENBLAS_CORETYPE"] == "Haswell"
    openblas = [k for k in haswell["kernels"]["blas"] if k["library"] == "openblas"]
    assert openblas and all(k["architecture"] == "Haswell" for k in openblas)
