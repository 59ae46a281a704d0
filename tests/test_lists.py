"""Complete lists: items a lead-in colon opens on its own line and the next lines continue,
and the numbered items of a section whose heading names what is asked for."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.enumerations import find_enumerations
from assistant.answering.items import numbered_items, opens_items
from assistant.answering.questions import classify, plain_asking
from tests.conftest import chain_over
from tests.test_grammar import unit

# An invented service guide: materials and steps as numbered lines under their headings.
GUIDE = """# 示例区场地租赁补贴办事指南

## 一、办理依据

1. 《示例区促进产业发展若干政策》；
2. 《示例区场地租赁补贴实施细则》。

## 二、申请材料

申请单位通过政务服务平台上传以下材料：

1. 场地租赁补贴申请表（在线填报，内容包括企业基本情况、租赁面积、租赁期限、年租金总额等事项）；
2. 租赁合同复印件；
3. 租金缴纳凭证。

## 三、申请条件

申请单位应当具备下列条件：

1. 在示例区依法登记注册；
2. 租赁场地用于生产经营；
3. 无严重失信记录。

## 四、办理流程

1. 网上申请。申请单位登录平台填报信息并上传材料。
2. 部门审核。经济发展局在5个工作日内完成审核。
3. 资金拨付。审核通过后15个工作日内拨付补贴资金。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"guide.md": GUIDE})


@pytest.mark.parametrize(
    "text,opens",
    [
        ("答：需提交以下材料：（1）申报表；", True),
        ("包括：①厂房租金；", True),
        ("主要有：一、降低成本", True),
        # Counter-examples: a figure or a time after a colon opens no list.
        ("补贴比例：1.5倍", False),
        ("办公时间：8:30-12:00", False),
        ("联系人：张三", False),
    ],
)
def test_a_colon_opens_numbered_items(text, opens):
    assert opens_items(text) is opens


def test_items_opened_on_the_lead_in_line_continue_on_the_next_lines():
    text = "答：需提交以下材料：（1）申报表；\n（2）营业执照复印件；\n（3）承诺书。\n问：何时兑现？"
    lead = unit(text, 0, text.index("\n"))
    items = [text[s:e] for s, e in numbered_items(text, lead)]
    assert items == ["申报表", "营业执照复印件", "承诺书"]


def test_a_long_item_leaves_out_a_gloss_it_would_cut():
    text = (
        "需提交以下材料：\n"
        "1. 申请表（在线填报，内容包括企业基本情况、租赁面积、租赁期限、年租金总额、"
        "联系人、联系电话、开户银行、银行账号、法定代表人、经办人等事项）；\n2. 合同复印件。"
    )
    items = [text[s:e] for s, e in numbered_items(text, unit(text, 0, text.index("\n")))]
    assert items == ["申请表", "合同复印件"]


@pytest.mark.parametrize(
    "question,expected",
    [
        ("申请场地租赁补贴需要提交哪些材料？", ["申请表", "租赁合同复印件", "租金缴纳凭证"]),
        ("场地租赁补贴的办理依据有哪些？", ["促进产业发展若干政策", "场地租赁补贴实施细则"]),
        ("场地租赁补贴怎么办理，流程分哪几步？", ["网上申请", "部门审核", "资金拨付"]),
    ],
)
def test_a_section_named_by_the_question_gives_its_items(chain, question, expected):
    answer = chain.invoke(question)
    assert not answer.refused
    for item in expected:
        assert item in answer.direct_answer


@pytest.mark.parametrize(
    "question,plain,qtype",
    [
        ("报上市奖励要交啥材料？", "报上市奖励要交什么材料？", "list"),
        ("啥时候开始申报？", "什么时候开始申报？", "date"),
        ("这个补贴咋申请？", "这个补贴怎么申请？", None),
        # Counter-example: no colloquial word, nothing changes.
        ("需要提交哪些材料？", "需要提交哪些材料？", "list"),
    ],
)
def test_colloquial_asking_words(question, plain, qtype):
    assert plain_asking(question) == plain
    if qtype is not None:
        assert classify(question) == qtype


def test_a_lead_in_answers_with_the_items_it_opens(chain):
    answer = chain.invoke("申请场地租赁补贴要满足啥条件？")
    for item in ("在示例区依法登记注册", "租赁场地用于生产经营", "无严重失信记录"):
        assert item in answer.direct_answer


@pytest.mark.parametrize(
    "text,runs",
    [
        (
            "甲经济开发区、乙高新技术产业开发区、丙工业开发区综合排名分别提升9位、6位和3位。",
            [["甲经济开发区", "乙高新技术产业开发区", "丙工业开发区"], ["提升9位", "6位", "3位"]],
        ),
        # Counter-example: items that do not end alike keep their own ends.
        (
            "加快培育高端装备制造、新材料、生物医药等3个产业集群。",
            [["高端装备制造", "新材料", "生物医药"]],
        ),
    ],
)
def test_names_and_values_around_respectively_are_two_runs(text, runs):
    found = [[text[s:e] for s, e in en.items] for en in find_enumerations(unit(text))]
    assert found == runs
