"""A question that does not say which zone it means, over invented documents of two zones:
each zone's answer with its source when the question names neither, one answer when it
names one, and no answer from a document that holds the asked name only in pieces."""

from pathlib import Path

import pytest

from assistant.answering.chain import AnswerChain, build_chain
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.messages import msg
from tests.conftest import make_settings

# Two zones' documents in different layouts (prose list, numbered list, table, Q&A).
DOCUMENTS = {
    "east_duties.md": (
        "# 东湾经济技术开发区管理委员会职责\n\n"
        "发布日期：2024年5月10日\n\n"
        "东湾经济技术开发区管理委员会主要职责：负责编制开发区产业发展规划；"
        "负责开发区招商引资和项目服务；负责开发区基础设施建设管理。\n"
    ),
    "west_duties.md": (
        "# 西岭高新技术产业开发区管理委员会职责\n\n"
        "发布日期：2022年8月1日\n\n"
        "西岭高新技术产业开发区管理委员会主要职责：负责统筹园区土地开发；"
        "负责园区安全生产监督管理；负责园区企业服务和人才引进。\n"
    ),
    "east_projects.md": (
        "# 东湾经济技术开发区重点项目进展\n\n"
        "发布日期：2025年2月12日\n\n"
        "## 一、关于智能装备产业园二期建设\n\n"
        "智能装备产业园二期项目规划用地260亩，总投资8.4亿元，目前完成投资2.7亿元。\n"
    ),
    "west_plan.md": (
        "# 西岭高新技术产业开发区产业发展规划\n\n"
        "发布日期：2024年3月18日\n\n"
        "## 重点项目\n\n"
        "| 产业集群 | 项目名称 | 总投资（亿元） | 建设期 |\n"
        "| --- | --- | --- | --- |\n"
        "| 智能装备 | 精密装备产业园二期 | 26 | 2025—2027年 |\n"
        "| 新材料 | 先进材料产业园一期 | 12 | 2024—2026年 |\n\n"
        "## 空间布局\n\n"
        "沿河绿色创新走廊重点发展工业设计、软件服务和科技金融。\n"
    ),
}


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    root: Path = tmp_path_factory.mktemp("zones")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DOCUMENTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(root / "index")
    index = Index(settings)
    assert not ingest(index, [corpus]).errors
    return build_chain(settings, index=index)


def test_a_question_naming_no_zone_gets_each_zones_answer_newest_first(chain):
    answer = chain.invoke("管理委员会的主要职责有哪些？")
    direct = answer.direct_answer
    assert direct.startswith(msg("ambiguous_intro"))
    assert "招商引资和项目服务" in direct and "安全生产监督管理" in direct
    # Newest first: the 2024 document before the 2022 one, each under its own title.
    assert direct.index("东湾") < direct.index("西岭")
    assert {c.doc_id for c in answer.citations} >= {"east_duties", "west_duties"}
    # Each answer carries the marker of its own quote, numbered in the order shown.
    for n, citation in enumerate(answer.citations, start=1):
        line = next(x for x in direct.splitlines() if f"[{n}]" in x)
        assert citation.title in line


def test_a_question_naming_its_zone_keeps_one_answer(chain):
    answer = chain.invoke("西岭高新技术产业开发区管理委员会的主要职责有哪些？")
    direct = answer.direct_answer
    assert not direct.startswith(msg("ambiguous_intro"))
    assert "安全生产监督管理" in direct and "招商引资" not in direct
    assert {c.doc_id for c in answer.citations} == {"west_duties"}


def test_a_name_held_only_in_pieces_does_not_stand_for_it(chain):
    # The table row holds "智能装备" in one cell and "…产业园二期" in another: another
    # project. Only the meeting notes name the asked park.
    answer = chain.invoke("智能装备产业园二期总投资多少？")
    assert "8.4亿元" in answer.direct_answer
    assert "26亿元" not in answer.direct_answer and "精密装备" not in answer.direct_answer
    assert {c.doc_id for c in answer.citations} == {"east_projects"}


def test_a_name_only_one_document_holds_is_answered_from_it(chain):
    answer = chain.invoke("沿河绿色创新走廊重点发展哪些产业？")
    assert not answer.refused
    assert "软件服务" in answer.direct_answer
    assert {c.doc_id for c in answer.citations} == {"west_plan"}
