"""A comparison side named by part of a table cell: the part names the side unless the
side's own modifier before it is missing from the cell (another thing of the same kind).
Every document here is invented for the test; the answers come from the real index, models
and chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.side_parts import modifier_unsaid
from tests.conftest import chain_over

LIST = """# 示例新区政务服务事项承诺时限清单

## 一、事项清单

| 序号 | 事项名称 | 承诺时限 |
|---|---|---|
| 1 | 户外广告设置审批 | 6个工作日 |
| 2 | 危险废物经营许可 | 12个工作日 |
| 3 | 排水许可 | 9个工作日 |
"""

GUIDE = """# 示例新区市场监管窗口办事指南

## 一、办理方式

食品经营许可（新办）实行告知承诺制，申请人可在网上提交申请材料。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    files = {"list.md": LIST, "guide.md": GUIDE}
    return chain_over(tmp_path_factory.mktemp("side_parts"), files)


def test_a_side_of_another_kind_member_is_not_a_row(chain):
    # No row is the food licence: the dangerous-waste licence only shares its kind.
    answer = chain.invoke("排水许可和食品经营许可比，谁的承诺时限长？")
    assert answer.refused or "12个工作日" not in answer.direct_answer, answer.direct_answer


@pytest.mark.parametrize(
    "core,side,unsaid",
    [
        ("危险化学品经营许可", "食品经营许可(新办)", True),
        ("建设工程消防验收", "人防工程验收", True),
        ("宁德时代新能源科技股份有限公司", "宁德时代", False),  # a short name
        ("江宁经济技术开发区", "南京江宁开发区", False),  # a city left off
        ("建设工程消防验收", "消防验收", False),
        # Words of the question framing the side are not its modifier.
        ("吉安瑞讯电子科技有限公司", "新增设备投资补助,瑞讯电子", False),
    ],
)
def test_modifier_unsaid(core, side, unsaid):
    assert modifier_unsaid(core, [side]) is unsaid
