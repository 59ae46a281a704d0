"""A row placed down a measure's column ("权重排第二的是哪一项"): the question names the
measure, not a rank, so it is looked for by the measure's words (no rank headers added to
the search); of two tables of that measure, the one with as many rows as the question
counts ("五项指标里") is meant. Invented documents."""

from __future__ import annotations

import pytest

from assistant.answering.question_words import places_by_measure
from assistant.answering.questions import analyze
from tests.conftest import chain_over

# Two schemes weighting their indicators, listed by serial number, not by weight.
CREDIT = """# 青川区企业信用综合评价办法

## 附件 评价指标及权重

| 序号 | 一级指标 | 权重 |
|---|---|---|
| 1 | 基础信息 | 10% |
| 2 | 经营状况 | 20% |
| 3 | 履约情况 | 25% |
| 4 | 监管记录 | 35% |
| 5 | 社会责任 | 10% |
"""
LAND = """# 青川区工业用地效益评价方案

## 评价指标

| 序号 | 指标名称 | 权重 |
|---|---|---|
| 1 | 亩均产值 | 15% |
| 2 | 亩均税收 | 30% |
| 3 | 研发投入 | 25% |
| 4 | 能耗水平 | 12% |
| 5 | 排放水平 | 10% |
| 6 | 劳动生产率 | 8% |
"""


@pytest.mark.parametrize(
    ("question", "placed"),
    [
        ("六项评价指标里，权重排第二的是哪一项？", True),
        ("12个项目里得分排第二的是哪个？", True),
        ("2025年计划投资排第二的是哪个项目？", True),
        # A rank itself: asked without a measure, or of a named zone, or within a scope.
        ("排第四的是哪个经开区？", False),
        ("附表里排在第4位的是哪个行业？", False),
        ("东侨经济技术开发区排在第26位，它所在的省份是哪个？", False),
        ("在全省排第一的是哪个开发区？", False),
    ],
)
def test_a_place_after_a_measure_places_a_row(question, placed):
    assert places_by_measure(question) is placed
    # The rank headers' words are searched for beside a rank only.
    assert ("位次" in analyze(question).retrieval_query) is not placed


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    files = {"credit.md": CREDIT, "land.md": LAND}
    return chain_over(tmp_path_factory.mktemp("placed"), files)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("五项一级指标里，权重排第二的是哪一项？", "履约情况", "经营状况"),
        ("六项评价指标里，权重排第二的是哪一项？", "研发投入", "亩均税收"),
    ],
)
def test_the_counted_table_places_the_row(chain, question, expected, absent):
    answer = chain.invoke(question)
    assert not answer.refused, question
    assert expected in answer.direct_answer, answer.direct_answer
    assert absent not in answer.direct_answer
