"""Ingest is idempotent, counted exactly with a recording embedder (real Chroma, real
pipeline; only the model's forward pass is fake)."""

from pathlib import Path

import pytest

from assistant.evaluation import bench
from assistant.index import Index
from assistant.ingest import pipeline
from assistant.ingest.pipeline import ingest
from assistant.text import normalize_text
from tests.fakes import RecordingEmbedder


@pytest.fixture
def fake():
    return RecordingEmbedder(batch_size=8)


def chunk_texts(index: Index, doc_id: str) -> list[str]:
    """What the embedder should have been given for a document's chunks."""
    doc = index.document(doc_id)
    return [normalize_text(pipeline.embedded_text(index, doc, c)) for c in doc.chunks]


def test_first_ingest_embeds_each_chunk_once_in_batches(settings, corpus_copy, fake):
    index = Index(settings, embedder=fake)
    report = ingest(index, [corpus_copy])
    assert report.embedded == report.chunks == len(fake.texts) > 8
    assert all(len(b) <= 8 for b in fake.batches)
    assert len(fake.batches) == -(-len(fake.texts) // 8)  # no batch smaller than it had to be
    (doc_id,) = index.documents
    assert sorted(fake.texts) == sorted(chunk_texts(index, doc_id))


def test_the_bench_times_the_embedder_on_the_texts_ingest_embeds(settings, corpus_copy, fake):
    # Timing the embedder alone on shorter texts than ingest embeds flatters it against ingest.
    index = Index(settings, embedder=fake)
    ingest(index, [corpus_copy])
    assert sorted(fake.texts) == sorted(normalize_text(t) for t in bench.chunk_texts(index))


def test_embedding_is_reported_after_each_embedder_batch(settings, corpus_copy, fake):
    reports: list[tuple[int, int]] = []
    report = ingest(
        Index(settings, embedder=fake), [corpus_copy], embedded=lambda *r: reports.append(r)
    )
    # One report per embedder batch, counting up to the write batch's total.
    assert len(reports) == len(fake.batches) > 1
    assert all(0 < done <= total for done, total in reports)
    assert reports[-1][0] == reports[-1][1]
    assert sum(total for done, total in reports if done == total) == report.embedded


def test_reingest_of_an_unchanged_corpus_embeds_nothing(settings, corpus_copy, fake):
    ingest(Index(settings, embedder=fake), [corpus_copy])
    fake.forget()
    again = ingest(Index(settings, embedder=fake), [corpus_copy])
    assert again.embedded == 0 and fake.batches == []
    assert again.documents == 1 and again.chunks > 0


def test_a_new_document_embeds_only_its_chunks(settings, corpus_copy, fake):
    index = Index(settings, embedder=fake)
    first = ingest(index, [corpus_copy])
    fake.forget()
    (corpus_copy / "extra.md").write_text(
        "# 附加\n\n晋阳新区绿色算力中心规划装机容量12万千瓦。\n\n园区新增企业二十家。",
        encoding="utf-8",
    )
    report = ingest(index, [corpus_copy])
    assert report.embedded == len(fake.texts) == report.chunks - first.chunks > 0
    assert sorted(fake.texts) == sorted(chunk_texts(index, "extra"))


def test_an_edited_document_embeds_only_changed_chunks(settings, corpus_copy, fake):
    index = Index(settings, embedder=fake)
    ingest(index, [corpus_copy])
    (doc_id,) = index.documents
    before = set(chunk_texts(index, doc_id))
    fake.forget()
    seed = next(corpus_copy.glob("*.txt"))
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\n\n附记：本段为新增内容。\n", encoding="utf-8"
    )
    report = ingest(index, [corpus_copy])
    after = set(chunk_texts(index, doc_id))
    assert 0 < report.embedded == len(fake.texts) < len(after)
    assert set(fake.texts) == after - before


def test_sources_are_relative_to_the_ingested_folder(settings, tmp_path, corpus_copy, fake):
    """Two machines ingesting the same folder at different places write the same records
    (what a shared Chroma server's instances compare), and nothing re-embeds."""
    (corpus_copy / "sub").mkdir()
    (corpus_copy / "sub" / "extra.md").write_text(
        "# 附加\n\n园区新增企业二十家。", encoding="utf-8"
    )
    index = Index(settings, embedder=fake)
    ingest(index, [corpus_copy])
    extra = index.document("extra")
    assert (extra.folder, extra.source) == ("corpus", "sub/extra.md")
    assert not any(Path(d.source).is_absolute() for d in index.documents.values())
    records = {d: v.to_json() for d, v in index.documents.items()}

    elsewhere = tmp_path / "elsewhere" / "corpus"
    elsewhere.parent.mkdir()
    corpus_copy.rename(elsewhere)
    fake.forget()
    again = ingest(index, [elsewhere])
    assert again.embedded == 0 and again.removed == 0 and fake.batches == []
    assert {d: v.to_json() for d, v in index.documents.items()} == records

    (elsewhere / "sub" / "extra.md").unlink()
    assert ingest(index, [elsewhere]).removed_documents == ["extra"]


def test_records_from_before_relative_paths_are_updated_without_embedding(
    settings, corpus_copy, fake
):
    index = Index(settings, embedder=fake)
    ingest(index, [corpus_copy])
    (doc_id,) = index.documents
    old = index.document(doc_id)
    old.source, old.folder = str((corpus_copy / f"{doc_id}.txt").resolve()), ""
    index.put_document(old)
    fake.forget()
    report = ingest(Index(settings, embedder=fake), [corpus_copy])
    assert report.embedded == 0 and fake.batches == []
    assert (Index(settings, embedder=fake).document(doc_id).source, report.removed) == (
        f"{doc_id}.txt",
        0,
    )
