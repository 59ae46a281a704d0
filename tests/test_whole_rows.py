"""A table row is one evidence unit even when a cell holds a sentence stop (a cell listing
its items set apart by semicolons): the row keeps its header and cells, so a list asked of
the row reads its cell whole and a comparison reads both rows. The span helper table-driven,
then a document written for this test answered by the real chain."""

import pytest

from assistant.answering.units import _whole_rows
from tests.conftest import chain_over

ROWS = {10: {"start": 10, "end": 40}, 50: {"start": 50, "end": 70}}


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # The pieces of one row cut at its semicolons are the row.
        ([(10, 22), (23, 31), (32, 40)], [(10, 40)]),
        # A piece starting inside a row (a chunk cut mid-row) reaches back to its start.
        ([(23, 31), (50, 70)], [(10, 40), (50, 70)]),
        # Counter-example: sentences outside every row are left alone.
        ([(0, 9), (41, 49)], [(0, 9), (41, 49)]),
    ],
)
def test_row_pieces_are_the_whole_row(spans, expected):
    assert _whole_rows(ROWS, spans) == expected


SCHEME = """# 示例区企业信用评价办法

第五条 综合评价设基本情况、守信表现两项一级指标，各项指标及分值见下表。

#### 示例区企业信用评价指标表

| 序号 | 一级指标 | 权重 | 二级指标及分值 |
|---|---|---|---|
| 1 | 基本情况 | 40% | 登记信息完整12分；年报按时公示28分 |
| 2 | 守信表现 | 60% | 合同履约记录25分；信用承诺兑现20分；按时足额缴税15分 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("whole_rows"), {"scheme.md": SCHEME})


def test_a_list_asked_of_a_row_reads_its_cell_whole(chain):
    answer = chain.invoke("守信表现这一项包括哪几个二级指标？")
    assert not answer.refused
    for item in ("合同履约记录", "信用承诺兑现", "按时足额缴税"):
        assert item in answer.direct_answer
    assert "登记信息" not in answer.direct_answer
