"""Which row holds a column's largest or smallest value: the grammar of extreme words, total
rows and figure cells (table tests), and answers over invented tables in several layouts —
a Markdown payout table with a total row and a company on two rows, an HTML target table with
units in its headers, a Word table with a serial-number column (real index)."""

from __future__ import annotations

import io

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.questions import classify, split_parts
from assistant.answering.table_extremes import asked_extreme, asked_place, number_of
from assistant.answering.table_reading import with_unit
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("question", "which"),
    [
        ("哪家企业拿得最多？", "most"),
        ("目标最高的是哪个街道？", "most"),
        ("哪个园区用地面积最小？", "least"),
        ("补助金额最少的是哪家？", "least"),
        # Counter-examples: a bound or a count, not an extreme of a column.
        ("每家企业最多补助多少？", "most"),
        ("共有几家企业获得补助？", None),
        ("补助金额是多少？", None),
    ],
)
def test_asked_extreme(question, which):
    # A bound ("最多补助多少") reads as an extreme word too: the question type (a number, not
    # which row) keeps it from the table extreme.
    assert asked_extreme(question) == which


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("320", 320.0),
        ("12.5", 12.5),
        ("1,200", 1200.0),
        ("15个", 15.0),
        # A time limit's long unit, a rate's per-unit word, a limit met at once.
        ("12个工作日", 12.0),
        ("0.5个工作日", 0.5),
        ("每平方米18.0元", 18.0),
        ("即办", 0.0),
        # Counter-examples: words around a figure, or no figure.
        ("完成年度目标得满分", None),
        ("按销售额的10%给予奖励", None),
        # A figure after words with nothing after it is a label (a lot's number).
        ("包1", None),
        ("第3", None),
        ("", None),
    ],
)
def test_number_of_a_cell(cell, value):
    assert number_of(cell) == value


@pytest.mark.parametrize(
    ("question", "place", "which"),
    [
        ("金额排第二位的是哪个？", 2, "most"),
        ("投资额排在第3的项目是哪个？", 3, "most"),
        ("补助最少的是哪家？", 1, "least"),
        # Counter-examples: no place down a column.
        ("第二批名单有哪些企业？", 1, None),
        ("排名第几？", 1, None),
    ],
)
def test_asked_place(question, place, which):
    assert asked_place(question) == place
    assert asked_extreme(question) == which


def _row(header: tuple[str, ...], cells: tuple[str, ...], caption: str = "") -> Sentence:
    return Sentence("d", "t", "", 0, 1, " | ".join(cells), 1, caption, header, cells)


@pytest.mark.parametrize(
    ("row", "header", "said"),
    [
        # A caption naming its unit by a label ("单位：万元"), a header's unit said with its
        # classifier ("百分点" after a figure is "个百分点").
        (
            _row(("科目", "预算数"), ("教育", "1200.00"), "表1 支出情况（单位：万元）"),
            "预算数",
            "1200.00万元",
        ),
        (_row(("园区", "变化（百分点）"), ("东区", "+0.4")), "变化（百分点）", "+0.4个百分点"),
        (_row(("项目", "总投资（亿元）"), ("甲", "35.0")), "总投资（亿元）", "35.0亿元"),
        # A header naming its unit by a label: the unit, not the label.
        (
            _row(("项目", "收费金额（单位：万元）"), ("甲", "86.4")),
            "收费金额（单位：万元）",
            "86.4万元",
        ),
        # A row label's bracket glossing a word ("出国（境）") is no unit; the caption's is.
        (
            _row(("科目", "预算数"), ("因公出国（境）费", "18.00"), "表4 经费（单位：万元）"),
            "预算数",
            "18.00万元",
        ),
        (_row(("指标（亿元）", "数值"), ("地区生产总值（亿元）", "350")), "数值", "350亿元"),
        # Counter-example: a caption's note that is no unit.
        (
            _row(("科目", "预算数"), ("教育", "1200.00"), "表1 支出情况（续表）"),
            "预算数",
            "1200.00",
        ),
    ],
)
def test_with_unit(row, header, said):
    assert with_unit(row, header, cell_of(row, header)) == said


def cell_of(row: Sentence, header: str) -> str:
    return row.cells[row.header.index(header)]


PAYOUT = """# 青禾区2024年度企业奖补资金兑现公示

经审核，下列企业的奖补项目符合兑现条件，现予公示。

| 序号 | 企业名称 | 奖补项目 | 金额（万元） |
|---|---|---|---|
| 1 | 青禾远航科技有限公司 | 设备投资补助 | 150 |
| 2 | 青禾晨光材料有限公司 | 技术改造奖励 | 90 |
| 3 | 青禾晨光材料有限公司 | 研发费用补助 | 80 |
| 4 | 青禾万通物流有限公司 | 物流运营补助 | 40 |
| 合计 |  |  | 360 |
"""
TARGETS = """<html><head><meta charset="utf-8"><title>白石区2025年招商目标任务分解表</title></head><body>
<h1>白石区2025年招商目标任务分解表</h1>
<p>各街道2025年招商目标如下。</p>
<table>
<tr><th>街道</th><th>签约项目（个）</th><th>到位资金（亿元）</th></tr>
<tr><td>东湖街道</td><td>12</td><td>9.5</td></tr>
<tr><td>西岭街道</td><td>7</td><td>14.2</td></tr>
<tr><td>南塘街道</td><td>9</td><td>6.8</td></tr>
</table>
</body></html>"""


def docx_table(title: str, rows: list[tuple[str, ...]]) -> bytes:
    """A Word document: a title heading over one table, the first row its header."""
    from docx import Document

    doc = Document()
    doc.add_heading(title, level=0)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# Parks' land areas with a serial-number column.
LAND = [
    ("序号", "开发区", "核准面积（公顷）"),
    ("1", "红枫高新区", "820"),
    ("2", "红枫临港产业园", "1350"),
    ("3", "红枫生态工业园", "460"),
]


# A tender's lots, numbered in a column of their own, beside another document's table of
# purchase budgets by kind: "which lot" means the table whose rows are lots.
LOTS = """# 青石港区物业服务采购项目招标公告

## 一、采购内容

| 包号 | 名称 | 预算金额 | 最高限价 | 服务期 |
| --- | --- | --- | --- | --- |
| 包1 | 道路保洁服务 | 210.00万元 | 205.00万元 | 12个月 |
| 包2 | 绿地养护服务 | 340.00万元 | 330.00万元 | 24个月 |
| 包3 | 路灯维护服务 | 75.50万元 | 75.00万元 | 12个月 |
"""
PURCHASES = """# 青石港区管理委员会2025年采购预算公开说明

## 政府采购预算情况

| 采购类别 | 预算金额 | 占比 |
| --- | --- | --- |
| 工程类 | 5200.00万元 | 61.2% |
| 货物类 | 1800.00万元 | 21.2% |
| 服务类 | 1500.00万元 | 17.6% |
"""
# Rents per square metre by floor and size band (a floor on several rows), in a text file.
RENTS = """青松园标准厂房租赁合同

附件

青松园标准厂房月租金标准

楼层　面积段　月租金标准　物业费
首层　1000平方米以下　每平方米17.0元　每平方米2.0元
首层　1000平方米以上　每平方米15.5元　每平方米2.0元
二层　1000平方米以下　每平方米12.0元　每平方米1.6元
二层　1000平方米以上　每平方米10.5元　每平方米1.6元
独栋厂房　3000平方米以上　每平方米18.0元　每平方米2.4元
"""
# Time limits in working days, one matter done at once.
LIMITS = """<html><head><meta charset="utf-8"><title>翠湖新区便民服务中心办事指南</title></head><body>
<h1>翠湖新区便民服务中心办事指南</h1>
<table><caption>表1　常办事项承诺时限表</caption>
<tr><th>序号</th><th>事项名称</th><th>承诺时限</th><th>法定时限</th></tr>
<tr><td>1</td><td>个体工商户登记</td><td>即办</td><td>3个工作日</td></tr>
<tr><td>2</td><td>酒类零售许可</td><td>8个工作日</td><td>20个工作日</td></tr>
<tr><td>3</td><td>临时占道许可</td><td>2个工作日</td><td>10个工作日</td></tr>
</table></body></html>"""


def test_a_question_for_the_item_at_an_extreme_names_it():
    # Not a definition: which item holds the extreme; across clauses it asks no row.
    assert classify("常办事项里承诺时限最长的是哪一项？") == "entity"
    assert classify("哪一档厂房月租金最高？") == "entity"
    assert classify("投入120万元属于哪一档、最高补多少？") != "entity"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("哪一档厂房月租金最高？哪一档最低？", ["哪一档厂房月租金最高", "哪一档厂房月租金最低"]),
        # Counter-example: the later part asks an amount of its own.
        ("哪家企业拿得最多？最少的拿了多少？", ["哪家企业拿得最多", "最少的拿了多少"]),
    ],
)
def test_a_later_part_asking_the_other_extreme_asks_it_of_the_first(question, parts):
    assert split_parts(question) == parts


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    files = {
        "payout.md": PAYOUT,
        "targets.html": TARGETS,
        "land.docx": docx_table("红枫市省级开发区用地情况统计表", LAND),
        "lots.md": LOTS,
        "purchases.md": PURCHASES,
        "rents.txt": RENTS,
        "limits.html": LIMITS,
    }
    return chain_over(tmp_path_factory.mktemp("extremes"), files)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        # The only value column; a company's two rows count together; the total row is none.
        ("青禾区这批奖补资金哪家企业拿得最多？", "青禾晨光材料有限公司", "合计"),
        ("青禾区奖补资金兑现公示中哪家企业拿得最少？", "青禾万通物流有限公司", None),
        # The value column the question names by its header, not the other one.
        ("白石区哪个街道签约项目目标最多？", "东湖街道", "西岭街道"),
        ("白石区哪个街道到位资金目标最高？", "西岭街道", "东湖街道"),
        # A serial-number column is no value column.
        ("红枫市哪个开发区核准面积最大？", "红枫临港产业园", None),
        ("红枫市哪个开发区核准面积最小？", "红枫生态工业园", None),
        # The lot-number column names the rows asked by "which lot"; the other document's
        # budget table holds no lots; the column is named by its opening word.
        ("青石港区物业服务采购里哪个包预算金额最高？", "包2", "工程类"),
        ("青石港区这次招标预算最少的是哪个包？", "包3", None),
        # Rates are not added up over a floor's rows; both extremes asked in two parts.
        ("青松园哪一档厂房的月租金标准最高？", "独栋厂房", "首层"),
        ("青松园哪一档厂房的月租金标准最高？哪一档最低？", "二层", None),
        # Time limits in working days; a matter done at once is the shortest.
        ("翠湖新区便民服务中心常办事项里，承诺时限最长的是哪一项？", "酒类零售许可", None),
        ("翠湖新区便民服务中心常办事项里，承诺时限最短的是哪一项？", "个体工商户登记", None),
    ],
)
def test_the_row_at_the_extreme(chain, question, expected, absent):
    answer = chain.invoke(question)
    assert not answer.refused, question
    assert expected in answer.direct_answer, answer.direct_answer
    assert absent is None or absent not in answer.direct_answer


def test_a_table_the_question_does_not_name_gives_no_extreme(chain):
    answer = chain.invoke("黑山区哪家企业拿到的奖补资金最多？")
    said = answer.direct_answer or ""
    assert "青禾晨光材料有限公司" not in said and "青禾远航科技有限公司" not in said
