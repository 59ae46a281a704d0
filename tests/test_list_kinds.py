"""Lists asked by their kind: items numbered with Arabic numbers inside one paragraph, a run
whose own words name the kind asked ("A, B and C and other non-cash forms"), a lead-in inside
a section opening the cases asked rather than the section's parts, and table columns of
amounts that list no things. Examples and counter-examples, then documents written for this
test answered by the real chain."""

import pytest

from assistant.answering import table_lists
from assistant.answering.evidence import Sentence
from assistant.answering.items import inline_items
from tests import test_group_comparisons as group_comparisons
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "申请应当同时符合以下条件：1.无严重失信记录；2.暂缺材料不超过2项；3.签署承诺书。",
            ["无严重失信记录", "暂缺材料不超过2项", "签署承诺书"],
        ),
        # Counter-examples: decimals, and a number not opening a clause.
        ("补助比例为：1.5倍；上限为2.5万元。", []),
        ("共有3.类企业和4.个园区。", []),
    ],
)
def test_items_numbered_with_arabic_numbers_inside_a_paragraph(text, items):
    assert [text[s:e] for s, e in inline_items(text, 0, len(text))] == items


GUIDE = """<html><head><meta charset="utf-8"><title>青岚新区政务服务中心办事须知</title></head><body>
<h1>青岚新区政务服务中心办事须知</h1>
<h2>一、工作时间</h2>
<p>中心工作日上午9:00至12:00、下午13:30至17:00对外办公。</p>
<h2>二、先行受理</h2>
<p>（一）含义。本须知所称先行受理，是指主要材料齐全、次要材料暂缺的，窗口先行受理并进入审查程序。</p>
<p>（二）适用条件。申请先行受理应当同时符合以下条件：1.申请人无严重失信记录；2.暂缺的次要材料不超过2项；3.申请人签署书面承诺书。</p>
<p>（三）补齐期限。暂缺材料应当自受理之日起5个工作日内补齐。</p>
<p>（四）不适用的情形。有下列情形之一的，不适用先行受理：</p>
<ul>
<li>涉及公共安全的关键材料；</li>
<li>必须当场核验原件的材料；</li>
<li>申请人近2年内有违反承诺记录的。</li>
</ul>
<h2>三、履约保证金</h2>
<p>（一）履约保证金：包1、包2中标人应在合同签订前提交履约保证金，金额为合同金额的3%，可以支票、汇票、本票或者保函等非现金形式提交，不接受现金；包3免收履约保证金。</p>
</body></html>"""

# A tender's lots (a service period a single figure) and a lease's fee table (fees repeated
# over floors).
LOTS = """# 青岚新区园区管护服务采购公告

| 包号 | 名称 | 预算金额 | 服务期 |
| --- | --- | --- | --- |
| 包1 | 道路清扫保洁服务 | 210.00万元 | 12个月 |
| 包2 | 园区公共绿地及道路绿化养护服务 | 340.00万元 | 24个月 |
| 包3 | 路灯维护服务 | 75.50万元 | 12个月 |
"""
# The rent table of the group-comparison tests: a column of amounts is no list of kinds.
FEES = group_comparisons.FEES


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    files = {"guide.html": GUIDE, "lots.md": LOTS, "fees.txt": FEES}
    return chain_over(tmp_path_factory.mktemp("list_kinds"), files)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        # The lead-in inside the section opens the cases asked, not the section's parts.
        ("哪些情况不能先行受理？", "必须当场核验原件的材料", "补齐期限"),
        # Items numbered inside the paragraph, not the sibling paragraphs after it.
        ("申请先行受理要满足哪些条件？", "暂缺的次要材料不超过2项", "补齐期限"),
        # The run naming the kind asked ("…等非现金形式"), not the lots before it.
        ("履约保证金可以用哪些形式提交？", "汇票", "中标人"),
    ],
)
def test_the_list_of_the_kind_asked(chain, question, expected, absent):
    answer = chain.invoke(question)
    assert not answer.refused, question
    assert expected in answer.direct_answer, answer.direct_answer
    assert absent not in answer.direct_answer, answer.direct_answer


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        # One period is no list of contents; fees repeated over floors are no kinds.
        ("包2绿化养护的服务内容包括哪些？", "24个月"),
        ("物业费包含哪些服务？", "每平方米"),
    ],
)
def test_a_column_of_amounts_lists_no_things(chain, question, absent):
    answer = chain.invoke(question)
    assert absent not in (answer.direct_answer or ""), answer.direct_answer


def _row(header: tuple[str, ...], cells: tuple[str, ...]) -> Sentence:
    return Sentence("d", "t", "", 0, 1, " | ".join(cells), 1, "", header, cells)


def test_one_figure_is_no_list():
    header = ("包号", "名称", "服务期", "服务内容")
    row = _row(header, ("包2", "绿化养护服务", "24个月", "草坪养护、病虫害防治"))
    assert table_lists._answer([row], "服务期") is None
    # Counter-example: a cell listing things is a list.
    listed = table_lists._answer([row], "服务内容")
    assert listed is not None and "病虫害防治" in listed[0]
