"""A serial-number column (序号) is a rank only in a table that says it ranks: a list of
names is in no order of merit (answering/table_reading.rank_header)."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Sentence
from assistant.answering.table_reading import Table, rank_of
from assistant.answering.tables import _named
from tests.conftest import chain_over

# Invented names: one list of recognised firms, one ranking whose first column is 序号.
NAMES = """# 东湖示例区2024年第一批优质企业拟认定名单

经企业申报、园区推荐，现将拟认定名单公示如下。

| 序号 | 企业名称 | 所在园区 |
|---|---|---|
| 1 | 东湖明远光电有限公司 | 光谷园 |
| 2 | 东湖瑞峰机械有限公司 | 临港园 |
| 3 | 东湖青禾生物科技有限公司 | 光谷园 |
"""

RANKING = """<html><head><title>西岭示例省2023年开发区综合排名</title></head><body>
<h1>西岭示例省2023年开发区综合排名</h1>
<p>经综合评价，各开发区排名如下。</p>
<table>
<tr><th>序号</th><th>开发区名称</th><th>综合得分</th></tr>
<tr><td>1</td><td>北塘经济开发区</td><td>92.5</td></tr>
<tr><td>2</td><td>南桥高新技术产业开发区</td><td>90.1</td></tr>
<tr><td>3</td><td>松岭工业园区</td><td>87.6</td></tr>
</table>
</body></html>
"""


def row(title: str, header: tuple[str, ...], cells: tuple[str, ...]) -> Sentence:
    return Sentence("d", title, "", 0, 1, " | ".join(cells), 1, header=header, cells=cells)


@pytest.mark.parametrize(
    "title,header,rank",
    [
        ("2023年开发区综合排名", ("序号", "开发区名称"), 2),
        ("2023年开发区排行榜", ("编号", "开发区名称"), 2),
        ("优质企业拟认定名单", ("序号", "企业名称"), None),
        ("优质企业拟认定名单", ("排名", "企业名称"), 2),
    ],
)
def test_a_serial_number_is_a_rank_only_in_a_ranking(title, header, rank):
    assert rank_of(row(title, header, ("2", "某某"))) == rank


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"), {"names.md": NAMES, "ranking.html": RANKING}
    )


def test_a_ranking_with_serial_numbers_gives_the_rank(chain):
    direct = chain.invoke("南桥高新技术产业开发区综合排名第几？").direct_answer
    assert "2" in direct and "南桥高新技术产业开发区" in direct


def test_a_list_of_names_gives_no_rank(chain):
    answer = chain.invoke("东湖瑞峰机械有限公司排名第几？")
    assert answer.refused or "第2位" not in answer.direct_answer


# Zones written with their province first; a question names them without it.
PREFIXED = """<html><head><title>示例片区2023年开发区排名</title></head><body>
<h1>示例片区2023年开发区排名</h1>
<table>
<tr><th>排名</th><th>开发区</th><th>得分</th></tr>
<tr><td>1</td><td>湖北青禾经济开发区</td><td>91.0</td></tr>
<tr><td>2</td><td>湖南松川高新技术产业开发区</td><td>88.4</td></tr>
<tr><td>3</td><td>湖北白石经济开发区</td><td>85.2</td></tr>
</table>
</body></html>
"""


@pytest.mark.parametrize(
    "cell,question,named",
    [
        ("湖北白石经济开发区", "白石经济开发区排第几？", True),
        # The ending every zone shares names none of them.
        ("湖北白石经济开发区", "经济开发区有哪些？", False),
        # What is left off must be a place.
        ("青禾白石经济开发区", "白石经济开发区排第几？", False),
    ],
)
def test_a_cell_named_without_its_place_prefix(cell, question, named):
    rows = [
        row("排名", ("排名", "开发区"), (str(n), c))
        for n, c in enumerate([cell, "湖北青禾经济开发区"])
    ]
    assert bool(_named(Table("d", "", rows), [question])) is named


def test_a_row_named_without_its_province(tmp_path):
    chain = chain_over(tmp_path, {"prefixed.html": PREFIXED})
    answer = chain.invoke("白石经济开发区排第几？")
    assert "3" in answer.direct_answer and "湖北白石经济开发区" in answer.direct_answer
    assert chain.invoke("白石经济开发区排第1吗？").direct_answer.startswith("否")


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        # A place counted from the end of the list, or the serial number of the entry.
        ("拟认定名单最后一家企业是哪家？", "东湖青禾生物科技有限公司", "东湖瑞峰机械有限公司"),
        ("拟认定名单倒数第2家企业是哪家？", "东湖瑞峰机械有限公司", "东湖青禾生物科技有限公司"),
        ("拟认定名单序号1的企业是哪家？", "东湖明远光电有限公司", "东湖瑞峰机械有限公司"),
    ],
)
def test_an_entry_at_a_place_from_the_end_or_by_its_serial(chain, question, expected, absent):
    direct = chain.invoke(question).direct_answer
    assert expected in direct and absent not in direct


def test_two_places_of_different_entries_name_no_row(chain):
    # The last entry is No. 3, not No. 1: the question is about no one row.
    direct = chain.invoke("拟认定名单最后一家、序号1的企业是哪家？").direct_answer
    assert "东湖明远光电有限公司" not in direct and "东湖青禾生物科技有限公司" not in direct
