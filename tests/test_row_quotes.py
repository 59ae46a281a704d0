"""A row's figure whose unit sits in a cell of its own is quoted where the document's prose
states it with that unit beside the row's label; examples and counter-examples."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.row_quotes import prose_statement


def _row(cells: tuple[str, ...], header: tuple[str, ...]) -> Sentence:
    return Sentence("d", "t", "s", 0, 10, " | ".join(cells), 1, header=header, cells=cells)


HEADER = ("指标", "2023年", "2024年", "单位")
REVENUE = _row(("一般公共预算收入", "21.73", "24.13", "亿元"), HEADER)
FIRMS = _row(("规上工业企业", "271", "284", "家"), HEADER)
UNIT_FIRST = _row(("税收收入", "亿元", "18.6"), ("项目", "单位", "2024年"))

CASES = [
    # (document text, row, value, quoted sentence or None)
    (
        "全年地区生产总值增长5.1%，一般公共预算收入24.13亿元，增长11%。\n一般公共预算收入 | 21.73 | 24.13 | 亿元",
        REVENUE,
        "24.13亿元",
        "全年地区生产总值增长5.1%，一般公共预算收入24.13亿元，增长11%。",
    ),
    (
        "概况\n截至年底，全区有规上工业企业284家。其余从略。",
        FIRMS,
        "284家",
        "截至年底，全区有规上工业企业284家。",
    ),
    (
        "财政情况：税收收入完成18.6 亿元！\n",
        UNIT_FIRST,
        "18.6亿元",
        "财政情况：税收收入完成18.6 亿元！",
    ),
    # The figure said of another measure: not this row's value.
    ("全年完成固定资产投资24.13亿元。", REVENUE, "24.13亿元", None),
    # Only the row itself states it: no prose to quote.
    ("一般公共预算收入 | 21.73 | 24.13亿元 | 亿元", REVENUE, "24.13亿元", None),
    # A longer figure ending in the same digits is another figure.
    ("一般公共预算收入124.13亿元。", REVENUE, "24.13亿元", None),
    # A bare figure has no unit to show.
    ("一般公共预算收入24.13。", REVENUE, "24.13", None),
]


@pytest.mark.parametrize(("text", "row", "value", "expected"), CASES)
def test_prose_statement(text, row, value, expected):
    found = prose_statement(text, row, value)
    if expected is None:
        assert found is None
        return
    quote, (s, e) = found
    assert quote.text == expected == text[quote.start : quote.end]
    assert text[s:e].replace(" ", "") == value
