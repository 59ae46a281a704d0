"""An item of a list whose lead-in bars its items is barred: a yes/no question about it is
answered no from the lead-in (answering/barred_items.py); a lead-in granting or
regulating decides nothing, and an exception the question names is left to the item
(invented documents of several layouts, real index)."""

import pytest

from assistant.messages import msg
from tests.conftest import chain_over

NOTICE = (
    "青禾高新区产业项目准入目录\n\n"
    "一、禁止类\n\n"
    "下列项目不予办理备案和用地手续：\n\n"
    "新建独立炼焦项目。\n\n"
    "新建、扩建燃煤锅炉，但经区发展改革局批准的集中供热项目除外。\n\n"
    "新建含铅蓄电池生产项目。\n\n"
    "二、鼓励类\n\n"
    "下列项目实行告知承诺制：\n\n"
    "集成电路设计项目。\n\n"
    "工业软件开发项目。\n"
)
RULES = (
    "# 白石经开区工业厂房租赁管理办法\n\n"
    "## 第八条 禁止行为\n\n"
    "下列厂房不得享受租金补贴：\n\n"
    "- 承租企业擅自转租的厂房\n"
    "- 承租企业改变用途的厂房\n"
    "- 租期不满一年的临时厂房\n\n"
    "## 第九条 补贴标准\n\n"
    "对符合条件的承租企业，按实际租金的30%给予补贴。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("barred")
    return chain_over(root, {"notice.txt": NOTICE, "rules.md": RULES})


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("青禾高新区允许新建含铅蓄电池生产项目吗？", "不予办理备案和用地手续"),
        ("在青禾高新区能新建独立炼焦项目吗？", "不予办理备案和用地手续"),
        ("承租企业擅自转租的厂房能享受租金补贴吗？", "不得享受租金补贴"),
    ],
)
def test_an_item_of_a_barring_list_is_barred(chain, question, lead):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(msg("answer_no"))
    assert any(lead in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        # Counter-examples: a lead-in that bars nothing; an exception the question names.
        "青禾高新区的集成电路设计项目可以适用告知承诺制吗？",
        "经区发展改革局批准的集中供热项目可以新建燃煤锅炉吗？",
    ],
)
def test_no_bar_no_no(chain, question):
    answer = chain.invoke(question)
    assert not answer.direct_answer.startswith(msg("answer_no"))
