from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.answering.chain import build_chain
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "000_cb252c6c699d0a12.txt"
SEED_ID = "000_cb252c6c699d0a12"


def make_settings(index_dir: Path, **updates) -> Settings:
    settings = Settings(index_dir=index_dir, corpus_dir=CORPUS)
    return settings.model_copy(update=updates) if updates else settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "index")


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped corpus that a test may change."""
    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory):
    """The shipped corpus ingested once into a temporary index, for read-only tests."""
    from assistant.index import Index
    from assistant.ingest.pipeline import ingest

    settings = make_settings(tmp_path_factory.mktemp("seed") / "index")
    index = Index(settings)
    report = ingest(index, [CORPUS])
    assert not report.errors
    return index


@pytest.fixture(scope="module")
def index_copy(seed_index, tmp_path_factory):
    """A copy of the seed index that one test module's server may change."""
    dest = tmp_path_factory.mktemp("copy") / "index"
    shutil.copytree(seed_index.dir, dest)
    return dest


def pytest_collection_modifyitems(items):
    """Tests that use a module's real-server fixture are marked ``server`` (``-m "not
    server"`` runs the in-process tests only)."""
    for item in items:
        if "server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.server)


def chain_over(root: Path, files: dict[str, str | bytes]):
    """A chain over a small corpus written to ``root`` (name -> text, or the bytes of a
    binary document), real index and models."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        if isinstance(text, bytes):
            (corpus / name).write_bytes(text)
        else:
            (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(root / "index")
    index = Index(settings)
    ingest(index, [corpus])
    return build_chain(settings, index=index)
