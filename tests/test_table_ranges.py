"""Rows chosen by a quantity the question states (answering/table_ranges.py) and the
``value_ranges`` group of resources/question_grammar.yaml: examples and counter-examples,
then questions over a tier table of our own."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.table_ranges import Range, cell_ranges, stated_amounts
from tests.conftest import chain_over

WAN = 10_000


@pytest.mark.parametrize(
    "cell,ranges",
    [
        ("设备投资额5000万元以上", [Range(5000 * WAN, None)]),
        ("投入1000万元及以上", [Range(1000 * WAN, None)]),
        ("设备投资额1000万元（含）至5000万元", [Range(1000 * WAN, 5000 * WAN)]),
        ("1000至5000万元", [Range(1000 * WAN, 5000 * WAN)]),
        ("200万元到500万元", [Range(200 * WAN, 500 * WAN)]),
        ("500万元以下", [Range(None, 500 * WAN)]),
        ("不超过200万元", [Range(None, 200 * WAN)]),
        ("不低于300万元", [Range(300 * WAN, None)]),
        ("超过1亿元", [Range(10_000 * WAN, None)]),
        # Not ranges: a cap on what is paid, a year, a share.
        ("按投资额的10%给予补贴，最高500万元", []),
        ("2023年以来", []),
        ("分5年发放", []),
    ],
)
def test_cell_ranges(cell, ranges):
    assert cell_ranges(cell) == ranges


@pytest.mark.parametrize(
    "question,amounts",
    [
        ("设备投资额8000万元的项目能拿多少？", [8000 * WAN]),
        ("投入120万元属于哪一档？", [120 * WAN]),
        ("年薪40多万能评哪类？", [40 * WAN * 1.01]),
        ("投资1.5亿元的项目呢？", [15_000 * WAN]),
        # Amounts in words.
        ("设备投了八千万能补多少？", [8000 * WAN]),
        ("投了三百多万补多少？", [303 * WAN]),
        # Years and counts are not amounts.
        ("2023年有几家企业？", []),
        ("第3档补多少？", []),
    ],
)
def test_stated_amounts(question, amounts):
    assert stated_amounts(question) == pytest.approx(amounts)


# Invented tiers: the rule must hold for any table of conditions, here in Markdown.
TIERS = """# 北塘示例区技术改造补贴实施细则

## 附件　补贴标准

对符合条件的企业项目，按下表给予补贴。

| 项目类型 | 档次 | 条件 | 补贴标准 |
|---|---|---|---|
| 技改项目 | 一档 | 设备投资3000万元以上 | 按投资额的8%补贴，最高240万元 |
| 技改项目 | 二档 | 设备投资500万元（含）至3000万元 | 按投资额的5%补贴，最高150万元 |
| 技改项目 | 三档 | 设备投资不超过500万元 | 按投资额的3%补贴，最高15万元 |
| 上云项目 | 一档 | 服务投入100万元以上 | 按投入额的10%补贴，最高30万元 |
| 上云项目 | 二档 | 服务投入20万元（含）至100万元 | 按投入额的5%补贴，最高5万元 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"tiers.md": TIERS})


@pytest.mark.parametrize(
    "question,wanted,unwanted",
    [
        ("设备投资1200万元的技改项目能拿多少补贴？", "最高150万元", "240万元"),
        ("技改项目设备投资6000万元，补贴多少？", "最高240万元", "150万元"),
        ("上云项目服务投入50万元，属于哪一档？", "二档", "一档"),
        ("技改项目设备投资400万元属于哪一档、最高补多少？", "最高15万元", "150万元"),
        # No project type named: the range whose cell names the measure (设备投资).
        ("设备投了四千万，能补多少？", "最高240万元", "30万元"),
    ],
)
def test_the_row_whose_range_holds_the_stated_amount(chain, question, wanted, unwanted):
    direct = chain.invoke(question).direct_answer
    assert wanted in direct and unwanted not in direct
