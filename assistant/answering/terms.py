"""How a question's words are matched to the documents' words: where a word starts, and
when an unknown compound may be read as the known words it is built from. The word
lists are data (``resources/term_grammar.yaml``); examples live in tests/test_terms.py."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml


@lru_cache(maxsize=1)
def term_grammar() -> dict:
    text = files("assistant.resources").joinpath("term_grammar.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def kept_endings() -> frozenset[str]:
    """Final characters that leave a compound's thing the same (all groups)."""
    return frozenset(c for group in term_grammar()["kept_endings"].values() for c in group)


@lru_cache(maxsize=1)
def kept_openings() -> frozenset[str]:
    """First characters that leave a compound's thing the same (all groups)."""
    return frozenset(c for group in term_grammar()["kept_openings"].values() for c in group)


def built_from(token: str, parts: list[str]) -> bool:
    """Do the known ``parts`` (words found inside ``token``) make up the whole token, or
    all of it but a kept first or last character?"""
    covered = [False] * len(token)
    for part in parts:
        at = token.find(part)
        while at >= 0:
            covered[at : at + len(part)] = [True] * len(part)
            at = token.find(part, at + 1)
    left = [i for i, c in enumerate(covered) if not c]
    if not left:
        return True
    if len(left) > 1:
        return False
    at = left[0]
    return (at == len(token) - 1 and token[at] in kept_endings()) or (
        at == 0 and token[at] in kept_openings()
    )
