"""A place the documents are about must hold in the evidence: real index, real model."""

import json

import pytest

from assistant.answering.chain import build_chain
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from tests.conftest import make_settings


@pytest.fixture(scope="module")
def two_places(tmp_path_factory):
    root = tmp_path_factory.mktemp("places")
    corpus = root / "corpus"
    corpus.mkdir()
    docs = {
        "press": ("天津", "天津开发区新闻发布会", "出席发布会的有：开发区管委会副主任王建国。"),
        "report": ("烟台", "烟台经开区工作报告", "全年完成进出口总额1203.8亿元。"),
        "plan": ("烟台", "烟台经开区发展规划", "烟台经开区将建设三个产业园。"),
    }
    for name, (region, title, body) in docs.items():
        (corpus / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        meta = {"id": name, "title": title, "region": region}
        (corpus / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False))
    settings = make_settings(root / "index")
    index = Index(settings)
    assert not ingest(index, [corpus]).errors
    return build_chain(settings, index=index)


@pytest.mark.parametrize(
    "question,refused",
    [
        ("天津开发区管委会副主任是谁？", False),
        # Counter-example: the tagger calls 烟台 a common noun; it is still a place.
        ("烟台开发区管委会副主任是谁？", True),
    ],
)
def test_a_place_of_another_document_is_refused(two_places, question, refused):
    assert two_places.invoke(question).refused is refused
