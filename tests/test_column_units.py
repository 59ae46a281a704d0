"""A number question asking its amount in a unit ("多少亿元") is not answered by a table
column stating another unit in its header's brackets (a growth rate in %): that column
holds a rate of the measure, not its amount. Every document here is invented for the test;
the answers come from the real index, models and chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.column_units import column_unit, other_unit
from tests.conftest import chain_over
from tests.helpers import answered

REPORT = """# 示例湾区2025年1—6月主要经济指标月报

## 一、主要指标

| 统计时段 | 工业总产值累计（亿元） | 同比增长（%） | 社会消费品零售总额累计同比增长（%） |
|---|---|---|---|
| 1—3月 | 410.2 | 5.1 | 3.2 |
| 1—6月 | 865.7 | 6.4 | 4.8 |

## 二、分项指标

| 指标 | 单位 | 6月 | 1—6月累计 | 累计同比增长（%） |
|---|---|---|---|---|
| 社会消费品零售总额 | — | — | — | 4.8 |
| 工业用电量 | 亿千瓦时 | 3.1 | 17.6 | 2.2 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("column_units"), {"report.md": REPORT})


def test_a_rate_column_does_not_answer_an_amount(chain):
    # Only the growth rate of retail sales is given: no amount in 亿元 answers.
    answer = chain.invoke("1—6月社会消费品零售总额完成了多少亿元？")
    assert answer.refused or "4.8" not in answer.direct_answer, answer.direct_answer


def test_a_column_in_the_asked_unit_still_answers(chain):
    answered(chain, "1—6月工业总产值累计多少亿元？", ["865.7"])


@pytest.mark.parametrize(
    "question,header,other",
    [
        ("投资完成了多少亿元？", "固定资产投资累计同比增长（%）", True),
        ("投资完成了多少亿元？", "总投资（万元）", False),
        ("投资完成了多少亿元？", "总投资", False),  # no unit stated: any figure
        ("投资增长了多少？", "累计同比增长（%）", False),  # no unit asked
        ("用地多少亩？", "用地面积（单位：公顷）", False),
        ("用地多少亩？", "用地面积（平方米）", False),
    ],
)
def test_other_unit(question, header, other):
    assert other_unit(question, header) is other


def test_column_unit_reads_only_unit_words():
    assert column_unit("同比增长（%）") == "%"
    assert column_unit("出国（境）费") == ""
    assert column_unit("工业总产值累计（亿元）") == "亿元"
