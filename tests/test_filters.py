"""Metadata filters, from the expression to the CLI, the chain and the HTTP API, over a
real index of development documents whose metadata is read off their text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from assistant import cli
from assistant.answering.chain import QuestionError, build_chain
from assistant.answering.models import Question
from assistant.index import Index, parse_filter
from assistant.index.filters import FilterError
from assistant.ingest.pipeline import ingest
from assistant.service import AssistantService
from tests.conftest import ROOT, make_settings
from tests.server import running_server

DOCS = ["a_tongbao.txt", "a_rule_2019.md", "a_rule_2023.md", "a_news.html"]
CONTRACT = {
    "doc_id",
    "title",
    "issuer",
    "date",
    "doc_number",
    "region",
    "kind",
    "valid_until",
    "effective_from",
    "source",
    "chunks",
}


@pytest.mark.parametrize(
    "meta,spec,keep",
    [
        ({"region": "湖北省武汉市"}, "region=湖北", True),
        ({"region": "湖北"}, "region=湖北省", True),
        ({"region": "湖南"}, "region=湖北", False),
        ({"region": None}, "region=湖北", False),
        ({"date": "2021-03-01"}, "year>=2021", True),
        ({"date": "2020-12-31"}, "year>=2021", False),
        ({"year": 2020}, "year=2020", True),
        ({"kind": "办法"}, "kind=办法", True),
        ({"kind": "办法"}, "kind!=办法", False),
        ({"kind": "办法", "date": "2023-04-20"}, "kind=办法, date<2023-05", True),
        ({"kind": "办法", "date": "2023-05-20"}, "kind=办法，date<2023-05", False),
        ({"issuer": "湖南省商务厅"}, "issuer=商务厅", True),
        ({"valid_until": "2025-12-31"}, "valid_until>=2024-01-01", True),
    ],
)
def test_conditions(meta, spec, keep):
    where = parse_filter(spec)
    assert where is not None and where.matches(meta) is keep


@pytest.mark.parametrize(
    "spec", ["region", "colour=red", "year>=soon", "kind>办法", "date>=last year"]
)
def test_bad_filters_say_what_is_wrong(spec):
    with pytest.raises(FilterError):
        parse_filter(spec)


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("地区=湖北", "region=湖北"),
        ("年份>=2021", "year>=2021"),
        ("类型=办法，发文机关=商务厅", "kind=办法,issuer=商务厅"),
        ("日期＜＝2023-06", "date<=2023-06"),
        ("文号=晋政发〔2021〕12号", "doc_number=晋政发〔2021〕12号"),
    ],
)
def test_chinese_field_names_read_as_the_fields(chinese, english):
    assert str(parse_filter(chinese)) == str(parse_filter(english))


@pytest.mark.parametrize("spec", ["省长=张三", "地区>2021"])
def test_unknown_or_misused_chinese_fields_are_refused(spec):
    with pytest.raises(FilterError):
        parse_filter(spec)


def test_no_filter():
    assert parse_filter(None) is None and parse_filter(" , ") is None


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dev")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name in DOCS:
        shutil.copy(ROOT / "evals" / "corpus" / name, corpus / name)
    settings = make_settings(folder / "index", corpus_dir=corpus)
    index = Index(settings)
    report = ingest(index, [corpus])
    assert not report.errors and report.documents == len(DOCS)
    return index


def _search(index: Index, capsys, *args: str) -> list[dict]:
    code = cli.main(["search", "奖励标准", "--index", str(index.dir), "-k", "8", "--json", *args])
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_cli_search_filters_by_metadata(dev_index, capsys):
    everything = {r["doc_id"] for r in _search(dev_index, capsys)}
    assert len(everything) > 1
    rules = _search(dev_index, capsys, "--filter", "kind=办法")
    assert rules and {r["document"]["kind"] for r in rules} == {"办法"}
    recent = _search(dev_index, capsys, "--filter", "kind=办法", "--filter", "year>=2023")
    assert {r["doc_id"] for r in recent} == {"a_rule_2023"}
    hunan = _search(dev_index, capsys, "--filter", "region=湖南")
    assert {r["doc_id"] for r in hunan} == {"a_tongbao"}
    assert _search(dev_index, capsys, "--filter", "year>=2099") == []
    code = cli.main(["search", "奖励", "--index", str(dev_index.dir), "--filter", "colour=red"])
    assert code == 2 and "colour" in capsys.readouterr().err


def test_hits_carry_title_headings_and_metadata(dev_index, capsys):
    row = _search(dev_index, capsys, "--filter", "doc_id=a_rule_2023")[0]
    assert row["title"] == "芜湖经济技术开发区科技创新奖励办法（2023年修订）"
    assert row["heading_path"] and row["heading_path"][0].startswith("第")
    meta = row["document"]
    assert meta["doc_number"] == "芜经开管〔2023〕21号" and meta["effective_from"] == "2023-05-01"


def test_chain_passes_the_filter_to_retrieval(dev_index):
    chain = build_chain(dev_index.settings, index=dev_index, warm=False)
    q = "高新技术企业认定奖励多少？"
    old = chain.ask(Question(question=q, filter="year<2020"))
    new = chain.ask(Question(question=q, filter="year>=2023"))
    assert {c.doc_id for c in old.citations + old.related} <= {"a_rule_2019"}
    assert {c.doc_id for c in new.citations + new.related} <= {"a_rule_2023"}
    assert old.citations or old.related
    with pytest.raises(QuestionError):
        chain.ask(Question(question=q, filter="year>>1"))


def test_documents_contract(dev_index):
    docs = AssistantService(dev_index.settings).documents()
    assert len(docs) == len(DOCS)
    for d in docs:
        assert CONTRACT <= set(d)
    tongbao = next(d for d in docs if d["doc_id"] == "a_tongbao")
    assert tongbao["issuer"] == "湖南省商务厅" and tongbao["date"] == "2023-06-08"
    assert tongbao["kind"] == "通报" and tongbao["valid_until"] is None


def test_subject_named_in_the_title_finds_a_passage_that_says_only_the_short_name(dev_index):
    """The passage says "园区"; the question names the park, which only the title does."""
    from assistant.retrieval import retrieve

    hits = retrieve(dev_index, "苏州工业园区管委会负责人怎么看八连冠？", k=3)
    top = hits[0]
    assert top.doc_id == "a_news" and "园区管委会" in top.text
    assert "苏州工业园区" not in top.text and "苏州工业园区" in top.context


def test_api_ask_takes_a_filter(dev_index, tmp_path):
    index_dir = Path(dev_index.dir)
    with running_server(index_dir) as base:
        ok = httpx.post(
            base + "/api/ask",
            json={"question": "高新技术企业认定奖励多少？", "filter": "year>=2023"},
            timeout=60,
        )
        assert ok.status_code == 200
        body = ok.json()
        cited = {c["doc_id"] for c in body["citations"] + body["related"]}
        assert cited and cited <= {"a_rule_2023"}
        bad = httpx.post(
            base + "/api/ask", json={"question": "奖励多少？", "filter": "colour=red"}, timeout=60
        )
        assert bad.status_code == 400 and "筛选条件" in bad.json()["error"]


def test_web_chat_filter_control(dev_index):
    from assistant.web.app import ChatUI, Session

    ui = ChatUI(AssistantService(dev_index.settings))
    frames = list(
        ui.respond("高新技术企业认定奖励多少？", [], Session(), "extractive", 6, "year<2020")
    )
    _, _, session, _ = frames[-1]
    answer, _ = next(iter(session.answers.values()))
    assert {c.doc_id for c in answer.citations + answer.related} <= {"a_rule_2019"}
    frames = list(ui.respond("奖励多少？", [], Session(), "extractive", 6, "colour=red"))
    assert "筛选条件" in str(frames[-1][0][-1]["content"])
