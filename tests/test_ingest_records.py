"""Records are written beside the ingest and several batches are embedded ahead of the one
being written; the index must come out as if each batch were written in turn (real Chroma,
real pipeline; only the model's forward pass is fake)."""

from pathlib import Path

import pytest

from assistant.evaluation.bench import seed_sentences, synth_corpus
from assistant.index import Index
from assistant.index.documents import LocalRecords
from assistant.ingest import pipeline
from assistant.ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings
from tests.fakes import RecordingEmbedder


@pytest.fixture
def small_batches(monkeypatch):
    # Many write batches from a small corpus, so that several are in flight at once.
    monkeypatch.setattr(pipeline, "BATCH_CHUNKS", 4)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    synth_corpus(folder, 500, seed_sentences(CORPUS), seed=3)
    return folder


def _state(index: Index) -> tuple[dict, list[str]]:
    """Each document's chunk ids, and the chunk ids Chroma holds."""
    docs = {d.doc_id: [c.id for c in d.chunks] for d in index.documents.values()}
    return docs, sorted(index.vectors.all_ids())


def test_records_on_disk_match_memory_with_batches_in_flight(
    tmp_path, corpus, small_batches, monkeypatch
):
    index = Index(make_settings(tmp_path / "index"), embedder=RecordingEmbedder())
    report = ingest(index, [corpus])
    assert report.embedded == report.chunks > 4 * pipeline.BATCHES_AHEAD
    docs, stored = _state(index)
    assert sorted(c for ids in docs.values() for c in ids) == stored
    # A fresh process reads the same documents from disk.
    assert _state(Index(index.settings, embedder=RecordingEmbedder())) == (docs, stored)

    # Written one batch at a time, the index is the same.
    monkeypatch.setattr(pipeline, "BATCHES_AHEAD", 1)
    serial = Index(make_settings(tmp_path / "serial"), embedder=RecordingEmbedder())
    ingest(serial, [corpus])
    assert _state(serial) == (docs, stored)


def test_a_changed_document_drops_its_old_chunks_after_its_record(tmp_path, corpus, small_batches):
    settings = make_settings(tmp_path / "index")
    ingest(Index(settings, embedder=RecordingEmbedder()), [corpus])
    first = min(corpus.glob("*.txt"))
    first.write_text(first.read_text(encoding="utf-8") + "\n\n新增一段。", encoding="utf-8")
    fake = RecordingEmbedder()
    index = Index(settings, embedder=fake)
    report = ingest(index, [corpus])
    assert report.updated_documents == [first.stem] and fake.texts
    docs, stored = _state(index)
    assert sorted(c for ids in docs.values() for c in ids) == stored
    assert _state(Index(settings, embedder=RecordingEmbedder())) == (docs, stored)


def test_a_failed_record_write_stops_the_ingest_and_the_next_one_finishes_it(
    tmp_path, corpus, small_batches, monkeypatch
):
    settings = make_settings(tmp_path / "index")
    real_put = LocalRecords.put
    failing = sorted(p.stem for p in corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]

    def put(self, doc):
        if doc.doc_id == failing:
            raise OSError(28, "No space left on device")
        real_put(self, doc)

    monkeypatch.setattr(LocalRecords, "put", put)
    with pytest.raises(OSError, match="No space left"):
        ingest(Index(settings, embedder=RecordingEmbedder()), [corpus])
    assert failing not in Index(settings, embedder=RecordingEmbedder()).documents

    monkeypatch.setattr(LocalRecords, "put", real_put)
    fake = RecordingEmbedder()
    index = Index(settings, embedder=fake)
    report = ingest(index, [corpus])
    # The chunks already stored are not embedded again; every stored chunk is named.
    assert report.embedded < report.chunks and failing in index.documents
    docs, stored = _state(index)
    assert sorted(c for ids in docs.values() for c in ids) == stored
