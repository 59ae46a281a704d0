"""A threshold asked by its noun ("营业收入门槛") is answered by the unit stating the bound
with a bound word or an open range, which seldom names the noun (grammar:
``question_grammar.yaml`` group ``bounds``; invented documents, real index)."""

import pytest

from assistant.answering.measures import states_named_bound
from tests.conftest import chain_over
from tests.helpers import answered


@pytest.mark.parametrize(
    ("noun", "text", "states"),
    [
        ("门槛", "上一年度营业收入应在2000万元以上", True),
        ("门槛", "注册资本不低于1000万元", True),
        ("起点", "单笔投资额至少500万元", True),
        # Counter-examples: no bound stated; a noun that names no lower bound.
        ("门槛", "上一年度营业收入为2000万元", False),
        ("比例", "补助比例不低于10%", False),
    ],
)
def test_states_named_bound(noun, text, states):
    assert states_named_bound(noun, text) is states


GUIDE = (
    "青禾高新区成长型企业申报指南\n\n"
    "一、申报条件\n\n"
    "申报成长型企业的，上一年度营业收入应在2000万元以上，研发投入占营业收入比例不低于3%。\n\n"
    "二、支持政策\n\n"
    "对认定的成长型企业给予一次性奖励20万元。\n"
)
TABLE = (
    "# 白石经开区人才公寓申请条件\n\n"
    "| 类别 | 条件 |\n"
    "| --- | --- |\n"
    "| 企业 | 注册资本不低于1000万元 |\n"
    "| 个人 | 在区内全职工作满1年 |\n"
)

# A document writing the noun itself, so that the library knows it.
NEWS = "松川经开区降低企业入驻门槛\n\n松川经开区近日降低企业入驻门槛，吸引更多中小企业落户。\n"


@pytest.fixture(scope="module", params=["noun unwritten", "noun written elsewhere"])
def chain(tmp_path_factory, request):
    root = tmp_path_factory.mktemp("bounds")
    files = {"guide.txt": GUIDE, "table.md": TABLE}
    if request.param == "noun written elsewhere":
        files["news.txt"] = NEWS
    return chain_over(root, files)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("申报成长型企业的营业收入门槛是多少？", "2000万元"),
        ("白石经开区企业申请人才公寓的注册资本门槛是多少？", "1000万元"),
    ],
)
def test_a_threshold_is_answered_by_its_bound(chain, question, value):
    answered(chain, question, value)
