"""A rate asked of two table rows is read in the change column beside the amount column the
question also names ("output, cumulative | growth (%)"), not in the amount column."""

from __future__ import annotations

import pytest

from assistant.answering.changes import is_change_header
from tests.helpers import answered, documents_chain

# Invented figures.
MONTHLY_MD = """# 示例经开区2024年主要经济指标月报

## 一、工业和投资

表1 工业产值和投资累计情况

| 统计时段 | 工业产值累计（亿元） | 同比增长（%） | 固定资产投资累计同比增长（%） |
|---|---|---|---|
| 1—4月 | 402.5 | 6.1 | 3.3 |
| 1—5月 | 510.8 | 5.4 | 3.9 |
| 1—6月 | 633.0 | 5.8 | 4.4 |
"""


@pytest.mark.parametrize(
    "header, change",
    [
        ("同比增长（%）", True),
        ("增速", True),
        ("累计同比下降（%）", True),
        ("工业增加值（亿元）", False),
        ("工业产值累计（亿元）", False),
    ],
)
def test_change_headers(header, change):
    assert is_change_header(header) is change


chain = documents_chain({"monthly.md": MONTHLY_MD}, "rate_columns")


@pytest.mark.parametrize(
    "question, facts, absent",
    [
        # The amount column is named; the rate asked is in the growth column beside it.
        ("工业产值累计增速，1—4月和1—6月哪个高？", ["6.1", "5.8", "1—4月较大"], ["402.5"]),
        # A change column naming its own measure is the one asked.
        ("固定资产投资累计增速，1—4月和1—6月哪个高？", ["3.3", "4.4", "1—6月较大"], ["6.1"]),
        # An amount asked stays in the amount column.
        ("工业产值累计，1—4月和1—6月哪个多？", ["402.5", "633.0"], ["6.1"]),
    ],
)
def test_a_rate_is_compared_in_its_change_column(chain, question, facts, absent):
    answered(chain, question, facts, absent)
