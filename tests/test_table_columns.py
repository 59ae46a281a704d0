"""Two columns of one table row compared (two years, two versions of a standard): the grammar
of a side naming a column (table tests) and answers over invented tables in three layouts,
with the header line quoted beside the row (real index)."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.table_columns import _side_column
from tests.conftest import chain_over
from tests.test_table_extremes import docx_table

ROW = Sentence(
    "doc", "", "", 0, 0, "", 1,
    header=("指标", "2023年", "2024年", "单位"),
    cells=("实际使用外资", "1.62", "1.48", "亿美元"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("side", "column"),
    [
        ("实际使用外资2023年", "2023年"),
        ("2024年哪一年多", "2024年"),
        # Counter-examples: a column of words, no column, two columns in one side.
        ("单位是什么", None),
        ("哪一年多", None),
        ("2023年和2024年", None),
    ],
)
def test_the_column_a_side_names(side, column):
    assert _side_column(ROW, side) == column


STATS_MD = """# 青禾区主要经济指标

| 指标 | 2023年 | 2024年 | 单位 |
|---|---|---|---|
| 地区生产总值 | 512.4 | 538.9 | 亿元 |
| 实际使用外资 | 2.36 | 2.05 | 亿美元 |
"""
STANDARDS_HTML = """<html><head><meta charset="utf-8"><title>白石区人才补贴标准调整对照</title></head><body>
<h1>白石区人才补贴标准调整对照</h1>
<table>
<tr><th>补贴项目</th><th>原标准（万元）</th><th>新标准（万元）</th></tr>
<tr><td>博士安家补贴</td><td>20</td><td>30</td></tr>
<tr><td>硕士租房补贴</td><td>3.6</td><td>3</td></tr>
</table>
</body></html>"""
PARKS = [
    ("园区", "2023年排名", "2024年排名"),
    ("红枫东区", "5", "3"),
    ("红枫西区", "2", "4"),
]


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    files = {
        "stats.md": STATS_MD,
        "standards.html": STANDARDS_HTML,
        "parks.docx": docx_table("红枫市园区考核排名", PARKS),
    }
    return chain_over(tmp_path_factory.mktemp("table_columns"), files)


@pytest.mark.parametrize(
    ("question", "facts", "larger", "header"),
    [
        ("青禾区实际使用外资2023年和2024年哪一年多？", ["2.36", "2.05"], "2023年较大", "2023年"),
        ("青禾区地区生产总值2024年和2023年哪年高？", ["538.9", "512.4"], "2024年较大", "2024年"),
        (
            "白石区博士安家补贴原标准和新标准哪个高？",
            ["20", "30"],
            "新标准（万元）较大",
            "原标准（万元）",
        ),
    ],
)
def test_two_columns_of_the_named_row(chain, question, facts, larger, header):
    answer = chain.invoke(question)
    assert not answer.refused, question
    for fact in facts:
        assert fact in answer.direct_answer, answer.direct_answer
    assert larger in answer.direct_answer, answer.direct_answer
    # The header line is quoted: the bare figures say which column is which under it.
    assert any(header in c.quote for c in answer.citations), answer.citations


def test_no_row_named_gives_no_column_comparison(chain):
    answer = chain.invoke("青禾区2023年和2024年哪一年多？")
    assert "2023年较大" not in (answer.direct_answer or "")


def test_rank_columns_are_not_compared_as_amounts(chain):
    # Rank 5 is not above rank 3: rank columns are no figures to set side by side.
    answer = chain.invoke("红枫东区2023年排名和2024年排名哪个高？")
    assert "2023年排名较大" not in (answer.direct_answer or "")
