"""The cell a number or rank question asks of a table row (answering/table_reading.py):
row layouts with years, measures or ranks as columns, units in the header or the label."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import analyze
from assistant.answering.table_reading import asked_cell
from tests.helpers import documents_chain


def row(header: tuple[str, ...], cells: tuple[str, ...]) -> Sentence:
    return Sentence("d", "t", "", 0, 1, " | ".join(cells), 1, header=header, cells=cells)


YEARS = (("指标", "2022年", "2023年", "同比增长"), ("工业总产值（亿元）", "640.5", "702.8", "9.7%"))
MEASURES = (("开发区", "面积（平方公里）", "企业数（家）"), ("白石高新区", "38.6", "1520"))
RANKED = (("排名", "开发区名称", "得分"), ("7", "松川经济技术开发区", "81.5"))
GROWTH = (
    ("指标", "2022年", "2023年", "2023年增速（%）"),
    ("地区生产总值（亿元）", "3515.6", "3686.0", "5.9"),
)
AWARD = (("档次", "条件", "支持标准"), ("示范车间", "获评省级示范车间", "一次性奖励30万元"))
UNIT_COLUMN = (("指标名称", "单位", "2023年", "增速"), ("税收收入", "亿元", "86.3", "4.2%"))
# A rate-only row: its unit cell a dash (no amount given), its growth column's unit in the
# header, named "增长" where the question says "增速".
OUTCOMES = (("类别", "结果维持", "结果纠正", "其他结果", "总计"), ("行政复议", "1", "2", "0", "3"))
RATE_ONLY = (("指标", "单位", "1—6月累计", "累计同比增长（%）"), ("工业投资", "—", "—", "8.6"))


@pytest.mark.parametrize(
    "layout,qtype,question,years,expected",
    [
        # A year column the question names; the unit from the row's label.
        (YEARS, "number", "2023年工业总产值是多少？", ["2023"], ("2023年", "702.8亿元")),
        (YEARS, "number", "2022年工业总产值多少？", ["2022"], ("2022年", "640.5亿元")),
        # A measure column the question names wins over the year column.
        (YEARS, "number", "2023年工业总产值同比增长多少？", ["2023"], ("同比增长", "9.7%")),
        # The unit from the column's own header.
        (MEASURES, "number", "白石高新区面积多大？", [], ("面积（平方公里）", "38.6平方公里")),
        (MEASURES, "number", "白石高新区有多少家企业？", [], ("企业数（家）", "1520家")),
        # The year's own column, not the column of its growth rate.
        (GROWTH, "number", "2023年地区生产总值是多少？", ["2023"], ("2023年", "3686.0亿元")),
        (GROWTH, "number", "2023年地区生产总值增速是多少？", ["2023"], ("2023年增速（%）", "5.9%")),
        # The unit from a column of units.
        (UNIT_COLUMN, "number", "2023年税收收入是多少？", ["2023"], ("2023年", "86.3亿元")),
        (UNIT_COLUMN, "number", "税收收入增速是多少？", [], ("增速", "4.2%")),
        # The measure in another form of the question's word; a dash is no unit.
        (RATE_ONLY, "number", "工业投资增速是多少？", [], ("累计同比增长（%）", "8.6%")),
        # No header names the measure: the cell that says it beside its figure.
        (AWARD, "number", "示范车间奖励多少？", [], ("支持标准", "一次性奖励30万元")),
        # A rank question takes the rank column.
        (RANKED, "ranking", "松川经济技术开发区排第几？", [], ("排名", "7")),
        # Columns sharing a word: the one the question names whole.
        (OUTCOMES, "number", "行政复议结果纠正的有几件？", [], ("结果纠正", "2")),
    ],
)
def test_asked_cell(layout, qtype, question, years, expected):
    assert asked_cell(row(*layout), qtype, question, years) == expected


@pytest.mark.parametrize(
    "layout,qtype,question,years",
    [
        # No column named and no year: the whole row answers.
        (YEARS, "number", "工业总产值是多少？", []),
        # A year the table does not have.
        (YEARS, "number", "2021年工业总产值是多少？", ["2021"]),
        # A row without a rank column has no rank to give.
        (MEASURES, "ranking", "白石高新区排第几？", []),
        # Other question types are answered by the whole row.
        (RANKED, "entity", "排第7的是哪家？", ["7"]),
    ],
)
def test_no_asked_cell(layout, qtype, question, years):
    assert asked_cell(row(*layout), qtype, question, years) is None


REPORT = """<html><head><title>白石高新区2023年经济运行情况</title></head><body>
<h1>白石高新区2023年经济运行情况</h1>
<p>2023年，白石高新区工业总产值达到702.8亿元，同比增长9.7%。</p>
<table>
<tr><th>指标</th><th>2022年</th><th>2023年</th><th>同比增长</th></tr>
<tr><td>工业总产值（亿元）</td><td>640.5</td><td>702.8</td><td>9.7%</td></tr>
<tr><td>实际使用外资（亿美元）</td><td>3.1</td><td>3.6</td><td>16.1%</td></tr>
</table>
</body></html>
"""


chain = documents_chain({"report.html": REPORT}, "cells")


def test_year_column_answers_with_its_unit_and_a_quote_stating_it(chain):
    answer = chain.ask("白石高新区2022年实际使用外资是多少？")
    assert not answer.refused, answer.answer
    assert answer.direct_answer.startswith("2022年：3.1亿美元")


@pytest.mark.parametrize(
    "question,searched",
    [
        # A rank without a rank word: the ranking table is searched for by its header words.
        ("第18名是哪个经开区？", True),
        # The question says the rank word itself, or names no rank.
        ("排名第18的是哪个经开区？", False),
        ("示例区有多少家企业？", False),
    ],
)
def test_a_rank_question_searches_for_rank_words(question, searched):
    words = grammar().raw["tables"]["rank_search_words"]
    query = analyze(question, []).retrieval_query
    assert all(w in query for w in words) is searched
