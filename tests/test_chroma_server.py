"""Chroma server mode: a real `chroma run` on 127.0.0.1 shared by two app instances."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.answering.chain import build_chain
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings
from tests.server import free_port


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, "chroma run exited"
            assert time.monotonic() < deadline, "chroma server did not start"
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_two_instances_share_one_corpus(chroma_url, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    first = Index(make_settings(tmp_path / "one", chroma_url=chroma_url))
    report = ingest(first, [corpus])
    assert report.documents == 1 and report.embedded == report.chunks > 0
    assert ingest(first, [corpus]).embedded == 0

    # A second instance with its own (empty) local folder sees the same documents.
    second = Index(make_settings(tmp_path / "two", chroma_url=chroma_url), must_exist=True)
    chain = build_chain(second.settings, index=second)
    answer = chain.ask("示范区要打造哪两个标志性产业集群？")
    assert "合成生物、电子信息" in answer.direct_answer
    assert (
        second.document(answer.citations[0].doc_id).text[
            answer.citations[0].start : answer.citations[0].end
        ]
        == answer.citations[0].quote
    )

    # A document added through the first instance reaches the second one.
    extra = corpus / "extra.md"
    extra.write_text("# 附加\n\n晋阳新区绿色算力中心规划装机容量12万千瓦。", encoding="utf-8")
    ingest(first, [corpus])
    assert second.sync(max_age_s=0)
    assert "12万千瓦" in chain.ask("晋阳新区绿色算力中心规划装机多少万千瓦？").direct_answer
    assert not (tmp_path / "two" / "documents").exists()  # nothing document-like kept locally


def test_an_idle_instance_follows_changes_on_a_timer(chroma_url, tmp_path):
    """Health checks and document lists ask no questions: a timer keeps them current."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    shared = {"chroma_url": chroma_url, "collection": "watched"}
    writer = Index(make_settings(tmp_path / "one", **shared))
    ingest(writer, [corpus])
    idle = Index(make_settings(tmp_path / "two", **shared), must_exist=True)
    assert len(idle.documents) == 1
    assert idle.watch(0.2)
    local = Index(make_settings(tmp_path / "local"))
    assert not local.watch(0.2), "a local store has no other writers to watch"

    (corpus / "extra.md").write_text("# 附加\n\n晋阳新区规划装机容量12万千瓦。", encoding="utf-8")
    ingest(writer, [corpus])
    deadline = time.monotonic() + 30
    while len(idle.documents) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)  # no sync(), no question: only the watcher can bring it in
    assert len(idle.documents) == 2
    idle.close()
