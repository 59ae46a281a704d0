"""Uploaded documents through the service, in process: found, re-indexed, deleted."""

import shutil

from assistant.service import AssistantService, safe_filename
from tests.conftest import make_settings

TEXT = "# 新政策\n\n晋阳新区绿色算力中心规划装机容量12万千瓦。".encode()


def test_upload_reindex_delete(seed_index, tmp_path):
    idx = tmp_path / "index"
    shutil.copytree(seed_index.dir, idx)
    settings = make_settings(idx)
    service = AssistantService(settings, log_answers=False)
    result = service.upload("新 政策.md", TEXT)
    doc = service.index.document(result.doc_id)
    assert (doc.folder, doc.source) == ("uploads", safe_filename("新 政策.md"))
    stored = settings.upload_dir() / doc.source
    assert stored.read_bytes() == TEXT

    # Re-indexing the corpus and the upload folder finds the same record: nothing to embed.
    assert service.reindex()["embedded"] == 0
    assert service.index.document(result.doc_id).source == doc.source

    assert service.delete(result.doc_id) == result.chunks > 0
    assert not stored.exists() and service.index.document(result.doc_id) is None
    # A corpus document is not an upload: deleting it leaves its file alone.
    (corpus_id,) = [d for d in service.index.documents]
    corpus_doc = service.index.document(corpus_id)
    assert service._uploaded(corpus_doc) is None
