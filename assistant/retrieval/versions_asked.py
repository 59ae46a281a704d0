"""Which version of a rule a question asks for: the one reader of the asked version.

Retrieval (which version's document a question means), a revision table's columns (the
asked version's cell) and the yes/no verdict on one version all read it here, from one
word group (``asked_versions`` in ``resources/version_grammar.yaml``), so that a word
naming a version means the same on every path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Literal

import yaml

from assistant.text import normalize

Version = Literal["newer", "older", "both"]


@dataclass(frozen=True)
class VersionWords:
    """Normalised words of a question naming the newer or an earlier version."""

    newer: tuple[str, ...]
    older: tuple[str, ...]
    newer_patterns: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=1)
def version_grammar() -> dict:
    """``resources/version_grammar.yaml`` as read, once, for every reader of its groups."""
    return yaml.safe_load(
        files("assistant.resources").joinpath("version_grammar.yaml").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def version_words() -> VersionWords:
    raw = version_grammar()["asked_versions"]
    return VersionWords(
        newer=tuple(normalize(w) for w in raw["newer"]),
        older=tuple(normalize(w) for w in raw["older"]),
        newer_patterns=tuple(re.compile(p) for p in raw.get("newer_patterns", ())),
    )


def version_asked(text: str) -> Version | None:
    """'newer' or 'older' when the question names one version, 'both' when it names a
    newer and an earlier one (it compares them), None when it names none."""
    norm = normalize(text)
    g = version_words()
    newer = any(w in norm for w in g.newer) or any(p.search(norm) for p in g.newer_patterns)
    older = any(w in norm for w in g.older)
    if newer and older:
        return "both"
    return "newer" if newer else "older" if older else None
