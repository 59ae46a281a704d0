"""Comparing values read from tables (assistant/answering/differences.py, year_columns.py,
table_reading.caption_unit): the grammar groups of resources/table_grammar.yaml with
examples and counter-examples, and invented tables of several layouts (Markdown, HTML, plain
text) read end to end: the gap a "by how much" question asks for, the unit a caption gives
bare figures, and the rank column of the year a question names."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.changes import ANY, DOWN, SAME, UP, cell_direction, direction
from assistant.answering.differences import asks_gap, gap, signed_amount
from assistant.answering.evidence import Sentence
from assistant.answering.table_reading import Table, caption_unit, rank_of
from assistant.answering.year_columns import asked_years, year_rank_view
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "question,asks",
    [
        ("甲区的增速比乙区高多少？", True),
        ("两区的得分相差几分？", True),
        ("投资额2024年比2023年增加了多少？", True),
        ("补助比例提高了多少？", True),
        ("甲区比乙区多几家？", True),
        # Counter-examples: the values only, or which is larger.
        ("甲区和乙区的增速各是多少？", False),
        ("甲区和乙区谁的增速更高？", False),
        ("甲区2024年地区生产总值是多少？", False),
    ],
)
def test_by_how_much_words(question, asks):
    assert asks_gap(question) is asks


@pytest.mark.parametrize(
    "value,number",
    [("-1.9%", -1.9), ("－7.4%", -7.4), ("5.0%", 5.0), ("+0.3", 0.3), ("2610.5", 2610.5)],
)
def test_signed_figures(value, number):
    assert signed_amount(value) == pytest.approx(number)


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("9.1%", "5.2%", "3.9个百分点"),  # two percentages: percentage points
        ("5.0%", "-1.9%", "6.9个百分点"),  # a negative growth
        ("1127.4", "1052.7", "74.7"),
        ("300万元", "200万元", "100万元"),
        ("3.70", "2.8", "0.90"),  # as precise as the more precise value
        # Counter-examples: different units, equal values, no figure.
        ("500万元", "7%", None),
        ("2.8", "2.8", None),
        ("持平", "2", None),
    ],
)
def test_gap(a, b, expected):
    assert gap(a, b) == expected


def _row(header, cells, before=""):
    return Sentence("d", "t", "", 0, 1, " | ".join(cells), 1, before, tuple(header), tuple(cells))


@pytest.mark.parametrize(
    "caption,unit",
    [
        ("表1 地区生产总值（亿元）\n", "亿元"),
        ("表2 实际使用外资(亿美元)\n", "亿美元"),
        ("研发经费占营业收入比重（%）\n", "%"),
        # Counter-examples: a bracket that is a note, not a unit; no bracket.
        ("表3 主要指标（2024年）\n", ""),
        ("表4 重点项目（续）\n", ""),
        ("三、综合位次\n", ""),
    ],
)
def test_caption_unit(caption, unit):
    assert caption_unit(_row(["指标", "2024年"], ["甲", "1.0"], caption)) == unit


@pytest.mark.parametrize(
    "question,years",
    [
        ("2024年综合位次第4位的是哪家？", {"2024"}),
        ("2023年和2024年分别排第几？", {"2023", "2024"}),
        # Counter-examples: ranks and amounts are no years.
        ("排名第2024位的是谁？", set()),
        ("投资2024万元的项目？", set()),
    ],
)
def test_asked_years(question, years):
    assert asked_years(question) == years


HEADER = ["园区", "2023年位次", "2024年位次", "位次变化"]
RANKS = Table(
    "d",
    "",
    [
        _row(HEADER, ["甲园区", "1", "2", "下降1位"]),
        _row(HEADER, ["乙园区", "2", "1", "上升1位"]),
    ],
)


@pytest.mark.parametrize(
    "question,ranks",
    [
        ("2024年排第1位的是哪个园区？", [2, 1]),
        ("2023年排第1位的是哪个园区？", [1, 2]),
        # Counter-example: no year named, both years named: the table as it is.
        ("排第1位的是哪个园区？", [1, 2]),
        ("2023年和2024年排第1位的是哪个园区？", [1, 2]),
    ],
)
def test_year_rank_view(question, ranks):
    view = year_rank_view(RANKS, question)
    assert [rank_of(r) for r in view.rows] == ranks
    assert [r.text for r in view.rows] == [r.text for r in RANKS.rows]  # quotes unchanged


# Invented zones and figures, three layouts: a Markdown report whose tables are named by a
# caption line, an HTML bulletin, a plain-text ranking with one rank column per year.
REPORT_MD = """# 示例省开发区2024年监测报告

## 一、分项指标

表1 地区生产总值（亿元）

| 开发区 | 2023年 | 2024年 | 增速 |
|---|---|---|---|
| 青川开发区 | 820.4 | 861.2 | 5.0% |
| 白石开发区 | 310.6 | 304.1 | -2.1% |
| 合计 | 1131.0 | 1165.3 | 3.0% |

表2 实际使用外资（亿美元）

| 开发区 | 2023年 | 2024年 | 增速 |
|---|---|---|---|
| 青川开发区 | 4.2 | 4.6 | 9.5% |
| 白石开发区 | 1.8 | 2.1 | 16.7% |
"""

BULLETIN_HTML = """<html><head><title>示例市园区2024年度考核结果</title></head><body>
<h1>示例市园区2024年度考核结果</h1>
<p>考核结果如下表。</p>
<table>
<tr><th>园区</th><th>2023年排名</th><th>2024年排名</th><th>排名变化</th></tr>
<tr><td>云溪园区</td><td>3</td><td>1</td><td>上升2位</td></tr>
<tr><td>枫林园区</td><td>1</td><td>2</td><td>下降1位</td></tr>
<tr><td>石桥园区</td><td>2</td><td>3</td><td>下降1位</td></tr>
<tr><td>松岭园区</td><td>4</td><td>4</td><td>持平</td></tr>
</table>
<p>表2 亩均税收（万元）</p>
<table>
<tr><th>园区</th><th>2023年</th><th>2024年</th></tr>
<tr><td>云溪园区</td><td>38.5</td><td>42.0</td></tr>
<tr><td>枫林园区</td><td>45.1</td><td>44.3</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"),
        {"report.md": REPORT_MD, "bulletin.html": BULLETIN_HTML},
    )


@pytest.mark.parametrize(
    "question,facts",
    [
        ("青川开发区和白石开发区的地区生产总值增速相差多少？", ["5.0%", "-2.1%", "7.1个百分点"]),
        ("青川开发区的地区生产总值增速比合计高多少？", ["5.0%", "3.0%", "2.0个百分点"]),
        ("云溪园区和枫林园区2024年亩均税收相差多少？", ["42.0", "44.3", "2.3"]),
    ],
)
def test_a_gap_asked_between_two_rows(chain, question, facts):
    answer = chain.invoke(question)
    assert not answer.refused
    for fact in facts:
        assert fact in answer.direct_answer, (fact, answer.direct_answer)


def test_a_negative_growth_is_the_smaller(chain):
    direct = chain.invoke("青川开发区和白石开发区谁的地区生产总值增速更高？").direct_answer
    assert "青川开发区较大" in direct, direct


@pytest.mark.parametrize(
    "question,value,other",
    [
        ("2024年白石开发区地区生产总值是多少？", "304.1亿元", "亿美元"),
        ("白石开发区2024年实际使用外资是多少？", "2.1亿美元", "亿元，"),
        ("2024年枫林园区亩均税收是多少？", "44.3万元", "42.0"),
    ],
)
def test_a_caption_gives_bare_figures_their_unit(chain, question, value, other):
    direct = chain.invoke(question).direct_answer
    assert direct.startswith(value) or value in direct.split("；")[0], direct


@pytest.mark.parametrize(
    "question,name,others",
    [
        ("2024年排名第1的是哪个园区？", "云溪园区", ["枫林园区", "石桥园区"]),
        ("2023年排名第1的是哪个园区？", "枫林园区", ["云溪园区", "石桥园区"]),
        ("2024年考核排名第3的是哪个园区？", "石桥园区", ["云溪园区", "枫林园区"]),
    ],
)
def test_the_rank_column_of_the_year_asked(chain, question, name, others):
    answer = chain.invoke(question)
    assert not answer.refused
    assert name in answer.direct_answer, answer.direct_answer
    assert not any(o in answer.direct_answer for o in others), answer.direct_answer


@pytest.mark.parametrize(
    "question,asked",
    [
        ("甲园区排名上升了吗？", UP),
        ("甲区是正增长吗？", UP),
        ("甲区是负增长吗？", DOWN),  # the longest word decides
        ("甲园区排名下降了吗？", DOWN),
        ("甲园区的排名比上年有变化吗？", ANY),
        # Counter-examples: no direction asked.
        ("甲园区排名第几？", None),
        ("甲区地区生产总值是多少？", None),
    ],
)
def test_asked_direction(question, asked):
    assert direction(question, asking=True) == asked


@pytest.mark.parametrize(
    "cell,stated",
    [
        ("上升2位", UP),
        ("下降1位", DOWN),
        ("持平", SAME),
        ("+0.3", UP),
        ("-1.9%", DOWN),
        ("5.0%", UP),
        ("0", SAME),
        # Counter-examples: no direction stated.
        ("区发展改革局", None),
        ("", None),
    ],
)
def test_cell_direction(cell, stated):
    assert cell_direction(cell) == stated


@pytest.mark.parametrize(
    "question,verdict",
    [
        ("云溪园区2024年排名上升了吗？", "是"),
        ("枫林园区2024年排名上升了吗？", "否"),
        ("松岭园区的排名比上年有变化吗？", "否"),
        ("石桥园区的排名比上年有变化吗？", "是"),
        ("白石开发区地区生产总值是正增长吗？", "否"),
        ("青川开发区实际使用外资增长了吗？", "是"),
    ],
)
def test_a_change_column_decides_a_direction_asked(chain, question, verdict):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(verdict), answer.direct_answer
