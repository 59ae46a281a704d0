"""Tables whose rows a merged category cell groups ("一、新建项目" over several rows), with a
total row and units in the headers or the caption: the rows a cell value selects are named
by the column that names each row (not by the category repeated over a group). Every
document here is invented for the test; the answers come from the real index, models and
chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.models import Question, Turn
from tests.conftest import chain_over
from tests.helpers import answered

PLAN = """<html><head><title>示例港区2025年重点建设项目计划</title></head><body>
<h1>示例港区2025年重点建设项目计划</h1>
<p>2025年，港区共安排重点建设项目7个。</p>
<p>新建项目3个，总投资19.7亿元，年度计划投资4.9亿元。</p>
<p>在建项目2个，总投资24.2亿元，年度计划投资6.3亿元。</p>
<table>
<tr><th>序号</th><th>项目类别</th><th>项目名称</th><th>总投资（亿元）</th><th>2025年计划投资（亿元）</th><th>责任单位</th></tr>
<tr><td>1</td><td rowspan="3">一、新建项目</td><td>东港粮食筒仓工程</td><td>4.5</td><td>1.1</td><td>港区物流处</td></tr>
<tr><td>2</td><td>北岸滚装码头改造</td><td>12.0</td><td>3.0</td><td>港区航运处</td></tr>
<tr><td>3</td><td>港区海水淡化厂</td><td>3.2</td><td>0.8</td><td>港区物流处</td></tr>
<tr><td>4</td><td rowspan="2">二、在建项目</td><td>南湾集装箱堆场</td><td>8.8</td><td>2.2</td><td>港区航运处</td></tr>
<tr><td>5</td><td>疏港铁路支线</td><td>15.4</td><td>4.1</td><td>港区建设处</td></tr>
<tr><td>6</td><td rowspan="2">三、竣工投用项目</td><td>西港冷库仓储中心</td><td>2.1</td><td>0.6</td><td>港区物流处</td></tr>
<tr><td>7</td><td>港区消防救援站</td><td>1.6</td><td>0.5</td><td>港区建设处</td></tr>
<tr><td>合计</td><td>—</td><td>7个项目</td><td>47.6</td><td>12.3</td><td>—</td></tr>
</table>
</body></html>
"""


BUDGET = """<html><head><title>示例新区财政局2025年部门预算说明</title></head><body>
<h1>示例新区财政局2025年部门预算说明</h1>
<p>2025年部门支出预算总计5230.00万元。</p>
<p>表1　2025年部门支出按科目情况（单位：万元）</p>
<table>
<tr><th>科目名称</th><th>2025年预算数</th><th>2024年预算数</th><th>增减额</th><th>增减率</th></tr>
<tr><td>教育支出</td><td>1200.00</td><td>1000.00</td><td>200.00</td><td>20.0%</td></tr>
<tr><td>交通运输支出</td><td>2600.00</td><td>2500.00</td><td>100.00</td><td>4.0%</td></tr>
<tr><td>文化旅游支出</td><td>830.00</td><td>900.00</td><td>-70.00</td><td>-7.8%</td></tr>
<tr><td>环境保护支出</td><td>600.00</td><td>560.00</td><td>40.00</td><td>7.1%</td></tr>
<tr><td>合计</td><td>5230.00</td><td>4960.00</td><td>270.00</td><td>5.4%</td></tr>
</table>
<p>教育支出1200.00万元，比上年增加200.00万元，主要原因是新建学校投入使用。</p>
</body></html>
"""


AGENDA = """# 示例区2025年专利申报培训会通知

## 一、日程安排

| 时间 | 内容 | 主讲单位 |
|---|---|---|
| 9:00—9:30 | 签到并领取培训资料 | 区市场监管局 |
| 9:30—11:00 | 专利申请文件撰写要点 | 示例知识产权代理公司 |
| 11:00—11:40 | 现场答疑与个别咨询 | 区市场监管局、各授课单位 |

注：日程安排如有调整，以现场通知为准。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("grouped_tables"),
        {"plan.html": PLAN, "budget.html": BUDGET, "agenda.md": AGENDA},
    )


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        # Rows a unit's cell selects, named by the project-name column: the category column
        # before it also opens with the asked noun, but repeats over its group's rows.
        (
            "港区物流处负责哪些重点项目？",
            ["东港粮食筒仓工程", "港区海水淡化厂", "西港冷库仓储中心"],
            ["新建项目", "竣工投用项目", "北岸滚装码头改造"],
        ),
        # A year naming a figure column does not make the list one of figures.
        (
            "示例港区2025年重点项目中，港区航运处负责哪些项目？",
            ["北岸滚装码头改造", "南湾集装箱堆场"],
            ["3.0", "在建项目"],
        ),
        # The rows of the group a category cell merged over them names, said without its
        # item marker and the noun it shares with its header.
        (
            "港区今年有哪些项目要竣工投用？",
            ["西港冷库仓储中心", "港区消防救援站"],
            ["东港粮食筒仓工程", "疏港铁路支线"],
        ),
        # The row at an extreme of a column, named by the column telling the rows apart
        # (not the group whose rows add up to most); the total row is no row of its own;
        # the value takes its unit from the header.
        ("总投资最大的重点项目是哪个？", ["疏港铁路支线", "15.4亿元"], ["在建项目"]),
        ("总投资最少的是哪个项目？", ["港区消防救援站"], ["竣工投用项目"]),
        # The figure of a group the question says by its category cell is the group's own,
        # stated in prose, not a member row's; a row the question names still answers.
        ("在建项目总投资多少？", ["24.2亿元"], ["8.8", "15.4"]),
        ("在建项目中疏港铁路支线的总投资是多少？", ["15.4亿元"], ["24.2"]),
        # Two groups compared by the measure as the question says it (planned, not total
        # investment), each side's figure from its own statement.
        (
            "新建项目和在建项目，哪类今年计划投资更多？",
            ["4.9亿元", "6.3亿元", "在建项目"],
            ["19.7"],
        ),
        # A place down the column counts from the largest.
        ("总投资排第二位的项目是哪个？", ["北岸滚装码头改造"], ["疏港铁路支线"]),
        # Of several figure columns, the one of the year the caption states; its unit from
        # the caption ("单位：万元"); a change column named by its direction ("增长率" of
        # "增减率"), also in a question whose type reads as a comparison.
        ("示例新区财政局哪个支出科目金额最大？", ["交通运输支出", "2600.00万元"], []),
        ("和上年相比，哪个支出科目增长率最高？", ["教育支出"], ["交通运输支出"]),
        ("示例新区财政局2025年教育支出预算是多少？", ["1200.00万元"], []),
        # Two rows compared ("哪个…多些"), each figure in the unit the caption names.
        (
            "教育支出和交通运输支出，哪个预算多些？",
            ["1200.00万元", "2600.00万元", "交通运输支出"],
            [],
        ),
        # The last entry of a table numbering no row (a schedule) is its last row; the
        # table a question calls a "schedule table" is the schedule.
        ("专利申报培训会日程表里的最后一项安排是什么？", ["现场答疑与个别咨询"], ["签到"]),
    ],
)
def test_grouped_table_answers(chain, question, expected, absent):
    answered(chain, question, expected, absent=absent)


def test_a_follow_up_lists_the_rows_of_another_unit(chain):
    history = [
        Turn(role="user", content="示例港区2025年重点项目中，港区物流处负责哪些项目？"),
        Turn(role="assistant", content="东港粮食筒仓工程、港区海水淡化厂、西港冷库仓储中心。"),
    ]
    answer = chain.ask(Question(question="那港区建设处呢？", history=history))
    for fact in ("疏港铁路支线", "港区消防救援站"):
        assert fact in answer.direct_answer, answer.direct_answer
    assert "4.1" not in answer.direct_answer


def test_a_compared_figure_is_quoted_from_the_prose_stating_its_unit(chain):
    # The rows hold bare figures; the sentence stating "1200.00万元" is quoted beside them.
    answer = answered(chain, "教育支出和交通运输支出，哪个预算多些？", "1200.00万元")
    assert any("1200.00万元" in c.quote for c in answer.citations)
