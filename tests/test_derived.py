"""What questions read from the whole library is worked out once per state of its
documents, and worked out again when a document is added, replaced or removed. Real index
(Chroma on a temporary folder, the USE embedder) over documents written here."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.answering.scoping import document_regions
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.retrieval.derived import derived
from assistant.retrieval.retriever import subject_table
from tests.conftest import make_settings

TEXT = "# {place}开发区管理办法\n\n第一条　{place}开发区对入驻企业给予租金补贴。\n"


def _write(corpus: Path, name: str, place: str) -> Path:
    path = corpus / f"{name}.md"
    path.write_text(TEXT.format(place=place), encoding="utf-8")
    meta = {"title": f"{place}开发区管理办法", "region": place}
    (corpus / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False))
    return path


def test_values_follow_the_documents(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = _write(corpus, "first", "渚溪")
    index = Index(make_settings(tmp_path / "index", corpus_dir=corpus))
    assert not ingest(index, [first]).errors
    assert document_regions(index) == {"渚溪"}
    assert set(subject_table(index).by_id) == {"first"}

    # Read again with nothing changed: the same object, not built again.
    builds: list[int] = []
    value = derived(index, "probe", lambda: builds.append(1) or len(index.documents))
    assert derived(index, "probe", lambda: builds.append(1) or -1) == value == 1
    assert builds == [1]
    assert document_regions(index) is document_regions(index)

    # Adding a document changes what every question reads.
    second = _write(corpus, "second", "白湾")
    assert not ingest(index, [second]).errors
    assert document_regions(index) == {"渚溪", "白湾"}
    assert set(subject_table(index).by_id) == {"first", "second"}
    assert derived(index, "probe", lambda: len(index.documents)) == 2

    # So does replacing one (another region in its metadata) and removing one.
    _write(corpus, "second", "岱溪")
    assert not ingest(index, [second]).errors
    assert document_regions(index) == {"渚溪", "岱溪"}
    with index.writing():
        index.drop_document("first")
    assert document_regions(index) == {"岱溪"}
    assert set(subject_table(index).by_id) == {"second"}


def test_values_are_kept_per_index(tmp_path: Path):
    indexes = []
    for n, place in enumerate(("渚溪", "白湾")):
        corpus = tmp_path / f"corpus{n}"
        corpus.mkdir()
        doc = _write(corpus, f"doc{n}", place)
        index = Index(make_settings(tmp_path / f"index{n}", corpus_dir=corpus))
        assert not ingest(index, [doc]).errors
        indexes.append(index)
    assert [document_regions(i) for i in indexes] == [{"渚溪"}, {"白湾"}]
