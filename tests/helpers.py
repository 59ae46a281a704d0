"""Answers over invented documents: the shape many answer-engine test modules share.

A module writes a few documents, builds one chain over them (real index and models) and
asks questions whose answers must hold some phrases and must not hold others.
``documents_chain`` makes that module's chain fixture; ``answered`` asks one question and
checks the answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from assistant.answering.chain import build_chain
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from tests.conftest import chain_over, make_settings


def documents_chain(files: dict[str, str | bytes], name: str = "docs"):
    """A module-scoped ``chain`` fixture over these documents (name -> text or bytes)."""

    @pytest.fixture(scope="module")
    def chain(tmp_path_factory):
        return chain_over(tmp_path_factory.mktemp(name), files)

    return chain


def _phrases(phrases: str | Iterable[str]) -> tuple[str, ...]:
    return (phrases,) if isinstance(phrases, str) else tuple(phrases)


def answered(chain, question: str, expected: str | Iterable[str] = (), absent=()):
    """Ask the chain; the answer must not be a refusal, must hold every expected phrase and
    none of the absent ones. Returns the answer for further checks."""
    answer = chain.invoke(question)
    assert not answer.refused, (question, answer.direct_answer)
    for phrase in _phrases(expected):
        assert phrase in answer.direct_answer, (question, answer.direct_answer)
    for phrase in _phrases(absent):
        assert phrase not in answer.direct_answer, (question, answer.direct_answer)
    return answer


def narrow_chain(root: Path, files: dict[str, str]):
    """A chain over these documents with room for one retrieved chunk only: what a
    question's own words do not retrieve first stays unread unless a reader looks for it."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    base = make_settings(root / "index")
    settings = base.model_copy(
        update={
            "retrieval": base.retrieval.model_copy(update={"top_k": 1}),
            "answer": base.answer.model_copy(update={"context_chunks": 1}),
        }
    )
    index = Index(settings)
    ingest(index, [corpus])
    return build_chain(settings, index=index)
