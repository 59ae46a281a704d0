"""Invented names and labels of evaluation-only documents, from
``resources/synthetic_documents.yaml`` (the benchmark corpus and the distractors)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml


@lru_cache(maxsize=1)
def synthetic_data() -> dict[str, Any]:
    return yaml.safe_load(
        files("assistant.resources")
        .joinpath("synthetic_documents.yaml")
        .read_text(encoding="utf-8")
    )
