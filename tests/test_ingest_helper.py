"""Large ingests prepare documents in a helper process; the result must not depend on it."""

import multiprocessing
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.evaluation.bench import seed_sentences, synth_corpus
from assistant.index import Index
from assistant.ingest import pipeline as indexer
from assistant.ingest.pipeline import HELPER_MIN_FILES, ingest
from tests.conftest import CORPUS, make_settings


def _snapshot(index: Index) -> dict:
    return {
        doc_id: [(c.id, c.start, c.end, c.tokens) for c in doc.chunks]
        for doc_id, doc in sorted(index.documents.items())
    }


@pytest.fixture
def many_files(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    synth_corpus(corpus, 50 * (HELPER_MIN_FILES + 2), seed_sentences(CORPUS), seed=5)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    # Same stem as a synthetic document: both must be kept, under distinct ids.
    (corpus / "twin").mkdir()
    (corpus / "twin" / "synthetic-00001.md").write_text(
        "# 同名文件\n\n晋中开发区新增项目8个。", encoding="utf-8"
    )
    return corpus


def test_helper_process_builds_the_same_index(tmp_path, many_files, monkeypatch):
    files = list(many_files.rglob("*.txt")) + list(many_files.rglob("*.md"))
    assert len(files) >= HELPER_MIN_FILES

    with_helper = Index(make_settings(tmp_path / "helper"))
    report = ingest(with_helper, [many_files])

    monkeypatch.setattr(indexer, "HELPER_MIN_FILES", 10**6)
    in_process = Index(make_settings(tmp_path / "inline"))
    inline_report = ingest(in_process, [many_files])

    assert report.summary()["chunks"] == inline_report.summary()["chunks"] > 0
    assert [e["file"] for e in report.errors] == [e["file"] for e in inline_report.errors]
    assert [e["file"].endswith("broken.pdf") for e in report.errors] == [True]
    assert _snapshot(with_helper) == _snapshot(in_process)
    assert len([d for d in with_helper.documents if d.startswith("synthetic-00001")]) == 2
    # The embedder got its threads back.
    assert with_helper.embedder._model._model.threads == with_helper.embedder.threads
    # The vectors embedded in the embedding process are those embedded here.
    assert with_helper.vectors.count() == in_process.vectors.count() == report.chunks
    ids, stored = next(with_helper.vectors.batches(step=300))
    got = in_process.vectors.collection.get(ids=ids, include=["embeddings"])
    here = dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
    cosine = [float(np.dot(v, here[i])) for i, v in zip(ids, np.asarray(stored))]
    assert len(cosine) == 300 and min(cosine) >= 0.99999


def _dies_in_helper(path, chunk_size, overlap, doc_id=None, root=None):
    if multiprocessing.parent_process() is not None and path.endswith("synthetic-00003.txt"):
        os._exit(9)  # the helper process disappears mid-run
    return _real_prepare_job(path, chunk_size, overlap, doc_id, root)


_real_prepare_job = indexer.prepare_job


def test_ingest_finishes_when_the_helper_dies(tmp_path, many_files, monkeypatch, caplog):
    monkeypatch.setattr(indexer, "prepare_job", _dies_in_helper)
    index = Index(make_settings(tmp_path / "index"))
    report = ingest(index, [many_files])
    assert "helper process stopped" in caplog.text
    assert [e["file"].endswith("broken.pdf") for e in report.errors] == [True]
    assert "synthetic-00003" in index.documents and "synthetic-00009" in index.documents
    assert index.vectors.count() == index.chunk_count == report.chunks


def test_tokens_do_not_depend_on_what_the_process_did_before(seed_index):
    """The helper process (or a fresh `ingest`) must cut text exactly as a server that has
    already answered questions does, or the keyword index silently disagrees with queries."""
    import subprocess
    import sys

    from assistant.answering.chain import build_chain
    from assistant.text import tokenize_text

    sample = "山西综改示范区经开区的地区生产总值增长了8.5%"
    fresh = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from assistant.text import tokenize_text; print(' '.join(tokenize_text({sample!r})))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    build_chain(seed_index.settings, index=seed_index).ask("综改示范区的规划面积是多少？")
    assert " ".join(tokenize_text(sample)) == fresh
    assert "综改示范区" in fresh.split()


def test_a_tokenizer_change_retokenises_without_re_embedding(tmp_path, corpus_copy, monkeypatch):
    from assistant import text

    index = Index(make_settings(tmp_path / "index"))
    first = ingest(index, [corpus_copy])
    old_stamp = index.keyword.stamp

    monkeypatch.setattr(text, "_TOKENIZER_REVISION", text._TOKENIZER_REVISION + 1)
    text.tokenizer_signature.cache_clear()
    try:
        again = ingest(Index(make_settings(tmp_path / "index")), [corpus_copy])
        reopened = Index(make_settings(tmp_path / "index"))
        assert again.embedded == 0 and again.chunks == first.chunks
        assert reopened.keyword.stamp != old_stamp
        assert all(
            d.content_hash != index.documents[i].content_hash for i, d in reopened.documents.items()
        )
    finally:
        monkeypatch.undo()
        text.tokenizer_signature.cache_clear()


def _children(pid: int) -> set[int]:
    path = f"/proc/{pid}/task/{pid}/children"
    try:
        with open(path) as f:
            return {int(x) for x in f.read().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_killed_ingest_leaves_no_helper_behind(tmp_path, many_files):
    import signal
    import subprocess
    import sys
    import time

    synth_corpus(many_files / "more", 3000, seed_sentences(CORPUS), seed=8)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant.cli",
            "ingest",
            str(many_files),
            "--index",
            str(tmp_path / "index"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    helpers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        # The helper is the child that runs spawn_main (the other one is the resource tracker).
        for child in _children(proc.pid):
            try:
                cmd = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmd:
                helpers.add(child)
        if helpers:
            break
        time.sleep(0.1)
    assert helpers, "the ingest finished or failed before its helper started"
    # Mid-run, once the embedding process has started too.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(helpers) < 2 and proc.poll() is None:
        for child in _children(proc.pid):
            try:
                if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                    helpers.add(child)
            except OSError:
                continue
        time.sleep(0.1)
    assert len(helpers) == 2, "the embedding process did not start"
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(h) for h in helpers):
        time.sleep(0.1)
    assert not any(_alive(h) for h in helpers)
