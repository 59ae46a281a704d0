"""A part of a compound question asking for a table's row at an extreme ("哪一类最少？有多少
项？", "最高和最低的分别是哪个…？差多少？") is answered as it would be asked alone. A document
written for this test, answered by the real chain."""

import pytest

from tests.conftest import chain_over

REPORT = """青岚新区2025年第三季度安全检查情况通报

本季度共排查发现各类隐患520项。

| 序号 | 隐患类别 | 本季度（项） | 第二季度（项） |
|---|---|---|---|
| 1 | 消防设施器材 | 160 | 170 |
| 2 | 电气线路 | 120 | 131 |
| 3 | 有限空间作业 | 35 | 42 |
| 4 | 特种设备 | 205 | 190 |
| 合计 | — | 520 | 533 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("part_extremes"), {"report.md": REPORT})


def test_fewest_row_of_a_two_part_question(chain):
    answer = chain.invoke("本季度哪一类隐患数量最少？有多少项？")
    said = answer.direct_answer or ""
    assert "有限空间作业" in said and "35" in said, said


def test_highest_and_lowest_rows(chain):
    answer = chain.invoke("本季度隐患数量最多和最少的分别是哪一类？差多少？")
    said = answer.direct_answer or ""
    assert "特种设备" in said and "有限空间作业" in said, said


def test_counted_parts_read_from_a_row_whose_header_names_the_unit(chain):
    # Each part counts items: the row's figures are counted by the header's "（项）".
    answer = chain.invoke("电气线路隐患本季度和第二季度分别有多少项？")
    said = answer.direct_answer or ""
    assert "120" in said and "131" in said, said
