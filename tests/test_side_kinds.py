"""Two table rows compared: when the question names what the sides are ("哪项指标分值更高"),
the noun after the which-word is a word of the naming column's header and does not choose the
compared column; a side may name its row by a part of a long cell ("红岭电路" for a company's
full name), but not by a cell several rows share (a grant type). Table tests, and answers
over invented tables in three layouts (real index)."""

from __future__ import annotations

import pytest

from assistant.answering.table_compare import without_side_kind
from tests.helpers import documents_chain
from tests.test_table_extremes import PAYOUT


@pytest.mark.parametrize(
    ("measure", "naming", "left"),
    [
        ("哪项指标分值更高", ("二级指标",), "分值更高"),
        ("哪类项目补助更多", ("项目类别",), "补助更多"),
        ("哪一项指标权重大", ("考核指标",), "权重大"),
        # Counter-examples: the noun after the which-word is the measure, or names no header.
        ("哪个分值更高", ("二级指标",), "哪个分值更高"),
        ("哪个园区排名更高", ("指标",), "哪个园区排名更高"),
        ("分值更高", ("二级指标",), "分值更高"),
    ],
)
def test_without_side_kind(measure, naming, left):
    assert without_side_kind(measure, naming) == left


SHEET_MD = """# 青禾区2025年度园区工作考核评分表

| 一级指标 | 二级指标 | 分值 | 评分标准 |
|---|---|---|---|
| 经济发展（35分） | 营业收入增速 | 25 | 达到目标得满分，每低1个百分点扣2分 |
| 经济发展（35分） | 新增规上企业 | 10 | 每少1家扣2分 |
| 创新发展（15分） | 研发投入强度 | 15 | 达到3%得满分 |
"""
SHEET_HTML = """<html><head><meta charset="utf-8"><title>白石区招商考核指标</title></head><body>
<h1>白石区2025年招商考核指标</h1>
<table>
<tr><th>指标类别</th><th>考核指标</th><th>权重（%）</th><th>牵头部门</th></tr>
<tr><td>招商引资（70%）</td><td>签约项目数</td><td>30</td><td>区投资促进局</td></tr>
<tr><td>招商引资（70%）</td><td>到位资金</td><td>40</td><td>区商务局</td></tr>
</table>
</body></html>"""


chain = documents_chain(
    {"sheet.md": SHEET_MD, "sheet.html": SHEET_HTML, "payout.md": PAYOUT}, "side_kinds"
)


@pytest.mark.parametrize(
    ("question", "facts", "larger"),
    [
        # The sides' kind (指标) after the which-word; the measure compared is what follows.
        (
            "青禾区考核中营业收入增速和研发投入强度，哪项指标分值更高？",
            ["25", "15"],
            "营业收入增速较大",
        ),
        ("白石区招商考核中签约项目数和到位资金哪项指标权重大？", ["30", "40"], "到位资金较大"),
        # Short names of the companies: a part of each row's name cell; the grant-type
        # column of words is not the one compared.
        ("远航科技和万通物流的奖补金额哪个高？", ["150", "40"], "青禾远航科技有限公司较大"),
        (
            "技术改造奖励，晨光材料和远航科技谁拿得多？",
            ["90", "150"],
            "青禾远航科技有限公司较大",
        ),
    ],
)
def test_two_rows_compared(chain, question, facts, larger):
    assert_compared(chain, question, facts, larger)


def assert_compared(chain, question: str, facts: list[str], larger: str) -> None:
    """The answer states both values and names the larger side."""
    answer = chain.invoke(question)
    assert not answer.refused, question
    for fact in facts:
        assert fact in answer.direct_answer, answer.direct_answer
    assert larger in answer.direct_answer, answer.direct_answer
