"""An ingest killed with SIGKILL at random points, then run again, ends exactly like a
clean build: the same documents and chunks, no duplicates, nothing missing, and a keyword
index that covers exactly the stored chunks."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.evaluation.bench import seed_sentences, synth_corpus
from assistant.index import Index, KeywordIndex
from assistant.ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings

ROUNDS = int(os.environ.get("ZONE_ASSISTANT_CRASH_ROUNDS", "12"))

pytestmark = pytest.mark.slow


def state(index_dir: Path) -> dict:
    index = Index(make_settings(index_dir))
    chroma_ids = list(index.vectors.all_ids())
    keyword = KeywordIndex.load(index.keyword_dir)
    return {
        "documents": sorted(index.documents),
        "chunks": sorted(c.id for d in index.documents.values() for c in d.chunks),
        "chroma": sorted(chroma_ids),
        "chroma_count": index.vectors.count(),
        "keyword": sorted(keyword.ids) if keyword else None,
    }


def run_ingest(corpus: Path, index_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant.cli",
            "ingest",
            str(corpus),
            "--index",
            str(index_dir),
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_sigkill_at_random_points_then_rerun_equals_clean_build(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    synth_corpus(corpus, 600, seed_sentences(CORPUS), seed=3)

    clean_dir = tmp_path / "clean"
    started = time.monotonic()
    ingest(Index(make_settings(clean_dir)), [corpus])
    clean_seconds = time.monotonic() - started
    expected = state(clean_dir)
    assert expected["chunks"] == expected["chroma"] == expected["keyword"]

    crashed = tmp_path / "crashed"
    rng = random.Random(1234)
    killed = 0
    docs = sorted(corpus.glob("synthetic-*.txt"))
    for round_no in range(ROUNDS):
        # Every round has real work: some documents change, one goes, one comes back.
        for victim in rng.sample(docs, 3):
            if victim.exists():
                victim.write_text(
                    victim.read_text(encoding="utf-8") + f"\n\n第{round_no}轮补充说明。\n",
                    encoding="utf-8",
                )
        gone = docs[round_no % len(docs)]
        if gone.exists():
            shutil.move(gone, tmp_path / gone.name)
        back = tmp_path / docs[(round_no - 1) % len(docs)].name
        if back.exists():
            shutil.move(back, corpus / back.name)
        proc = run_ingest(corpus, crashed)
        # Spread the kills over start-up, embedding, writing and the keyword index.
        time.sleep(rng.uniform(1.0, max(2.0, clean_seconds)))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
    proc = run_ingest(corpus, crashed)
    out, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0, out
    ingest(Index(make_settings(clean_dir)), [corpus])  # the clean build sees the same edits
    expected = state(clean_dir)
    got = state(crashed)
    assert killed >= ROUNDS // 2, f"only {killed} of {ROUNDS} runs were killed mid-way"
    assert got["documents"] == expected["documents"]
    assert got["chunks"] == expected["chunks"]
    assert got["chroma"] == got["chunks"] and got["chroma_count"] == len(got["chunks"])
    assert got["keyword"] == got["chunks"]
    for f in (crashed / "documents").glob("*.json"):
        json.loads(f.read_text(encoding="utf-8"))  # no half-written record
    (tmp_path / "rounds.txt").write_text(f"{killed}\n")
    print(f"SIGKILL rounds survived: {killed}")
