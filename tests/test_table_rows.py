"""Values asked of table rows: the same row in two documents' tables, a growth column named
by its rate, and a measure written in the cell rather than in the header — over tables of
several layouts (Markdown, HTML with merged cells, plain text)."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.tables import _said
from tests.conftest import chain_over

# Invented places and figures: the rules must hold for any report's table of indicators.
EAST = """# 东湖示例区2023年统计公报

## 主要指标

全区经济运行总体平稳，主要指标见下表。

| 指标 | 2022年 | 2023年 | 2023年增速（%） |
|---|---|---|---|
| 固定资产投资（亿元） | 210.5 | 233.4 | 10.9 |
| 进出口总额（亿元） | 88.0 | 95.2 | 8.2 |
"""

WEST = """<html><head><title>西岭示例区2023年工作报告</title></head><body>
<h1>西岭示例区2023年工作报告</h1>
<p>过去一年，全区主要经济指标稳中有进。</p>
<p>表1 主要经济指标完成情况</p>
<table>
<tr><th>指标</th><th>2022年</th><th>2023年</th><th>同比增长</th></tr>
<tr><td>固定资产投资（亿元）</td><td>98.1</td><td>104.6</td><td>6.6%</td></tr>
<tr><td>一般公共预算收入（亿元）</td><td>12.4</td><td>13.0</td><td>4.8%</td></tr>
</table>
</body></html>
"""

AWARDS = """<html><head><title>南桥示例区智能制造奖补办法</title></head><body>
<h1>南桥示例区智能制造奖补办法</h1>
<p>对获评的企业按下表给予奖励。</p>
<p>附件　奖补标准</p>
<table>
<tr><th>类别</th><th>档次</th><th>条件</th><th>支持标准</th></tr>
<tr><td rowspan="2">示范项目</td><td>示范工厂</td><td>获评省级示范工厂</td>
<td>一次性奖励80万元</td></tr>
<tr><td>示范车间</td><td>获评省级示范车间</td><td>一次性奖励30万元</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"),
        {"east.md": EAST, "west.html": WEST, "awards.html": AWARDS},
    )


def test_the_same_row_in_two_documents_gives_both_values(chain):
    answer = chain.invoke("2023年固定资产投资是多少？")
    assert not answer.refused
    direct = answer.direct_answer
    assert "233.4" in direct and "104.6" in direct
    assert "东湖示例区2023年统计公报" in direct and "西岭示例区2023年工作报告" in direct


def test_a_year_column_the_question_names(chain):
    direct = chain.invoke("2022年固定资产投资是多少？").direct_answer
    assert "210.5" in direct and "98.1" in direct
    assert "233.4" not in direct


def test_a_row_only_one_document_holds(chain):
    direct = chain.invoke("2023年进出口总额是多少？").direct_answer
    assert "95.2" in direct and "104.6" not in direct


@pytest.mark.parametrize(
    "question,value,other",
    [
        ("2023年进出口总额增长了多少？", "8.2", "95.2"),
        ("一般公共预算收入增长了多少？", "4.8", "13.0"),
    ],
)
def test_growth_asked_of_a_rate_column(chain, question, value, other):
    # The column is headed 增速 in one table and 同比增长 in the other.
    direct = chain.invoke(question).direct_answer
    assert value in direct and not direct.startswith(other)


@pytest.mark.parametrize(
    "question,value,other",
    [
        ("获评省级示范工厂的企业奖励多少？", "一次性奖励80万元", "30万元"),
        ("省级示范车间奖励多少？", "一次性奖励30万元", "80万元"),
    ],
)
def test_a_measure_written_in_the_cell(chain, question, value, other):
    direct = chain.invoke(question).direct_answer
    assert value in direct and other not in direct


def test_two_rows_compared_by_a_measure_in_their_cells(chain):
    direct = chain.invoke("省级示范工厂和示范车间，哪个奖励更多？").direct_answer
    assert "80万元" in direct and "30万元" in direct


def test_a_distinguishing_word_the_table_lacks_is_not_answered_by_it(chain):
    # The table rewards the provincial level (省级); the national level is another row.
    direct = chain.invoke("获评国家级示范工厂的企业奖励多少？").direct_answer
    assert "80万元" not in direct


@pytest.mark.parametrize(
    "cell,question,said",
    [
        ("一档", "投入120万元属于哪一档？", False),
        ("一档", "一档补贴多少？", True),
        ("一档", "属于哪一档，一档补多少？", True),
        ("类别", "是什么类别？", False),
    ],
)
def test_a_cell_after_an_asking_word_is_the_kind_asked(cell, question, said):
    assert _said(cell, question) is said


def test_a_follow_up_naming_only_its_row_asks_the_earlier_column(chain):
    history = [
        {"role": "user", "content": "获评省级示范工厂的企业奖励多少？"},
        {"role": "assistant", "content": "一次性奖励80万元。"},
    ]
    direct = chain.invoke({"question": "那示范车间呢？", "history": history}).direct_answer
    assert direct.startswith("支持标准") and "一次性奖励30万元" in direct


# Invented control indicators: one row per industry, one column per indicator.
LAND = """示例新区工业项目建设用地控制指标

附表　工业项目建设用地控制指标

序号　　行业类别　　投资强度（万元/亩）　　容积率　　亩均税收（万元/亩·年）
1　　装备制造　　≥310　　≥1.0　　≥22
2　　新能源材料　　≥420　　≥1.1　　≥33
3　　食品加工　　≥260　　≥0.8　　≥17
"""


@pytest.fixture(scope="module")
def land_chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("land_rows"), {"land.txt": LAND})


def test_a_follow_up_naming_only_its_column_asks_of_the_earlier_row(land_chain):
    history = [
        {"role": "user", "content": "示例新区新能源材料项目的投资强度要求是多少？"},
        {"role": "assistant", "content": "不低于420万元/亩。"},
    ]
    direct = land_chain.invoke({"question": "那亩均税收呢？", "history": history}).direct_answer
    assert "33" in direct and "22" not in direct, direct
