"""Did a measure rise or fall: a table row's signed figure under a column of change decides
(answering/signed_rows.py, group ``signed_change`` of question_grammar.yaml)."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.signed_rows import signed_verdict
from assistant.messages import msg
from tests.helpers import answered, documents_chain


def row(header: tuple[str, ...], cells: tuple[str, ...]) -> Sentence:
    return Sentence("d", "t", "", 0, 1, " | ".join(cells), 1, header=header, cells=cells)


GROWTH = ("指标", "单位", "1—6月累计", "累计同比增长（%）")
FELL = row(GROWTH, ("实际使用外资", "万美元", "9860", "-8.2"))
ROSE = row(GROWTH, ("税收收入", "亿元", "30.8", "2.2"))
TWO_YEARS = row(("指标", "2023年增速", "2024年增速"), ("地区生产总值", "5.1%", "-1.2%"))


@pytest.mark.parametrize(
    "unit,question,years,verdict",
    [
        # A rise asked: the sign of the change column decides.
        (FELL, "实际使用外资同比增长了吗？", [], False),
        (ROSE, "税收收入同比增长了吗？", [], True),
        (FELL, "实际使用外资是正增长吗？", [], False),
        # A fall asked: the other way round.
        (FELL, "实际使用外资同比下降了吗？", [], True),
        (ROSE, "税收收入减少了吗？", [], False),
        # Two columns of change: the year the question names picks one.
        (TWO_YEARS, "2024年地区生产总值增长了吗？", ["2024"], False),
        (TWO_YEARS, "2023年地区生产总值增长了吗？", ["2023"], True),
        # No direction asked, no year to choose a column by, or no table row.
        (FELL, "实际使用外资是多少？", [], None),
        (TWO_YEARS, "地区生产总值增长了吗？", [], None),
        (Sentence("d", "t", "", 0, 1, "税收收入增长2.2%", 1), "税收收入增长了吗？", [], None),
    ],
)
def test_signed_verdict(unit, question, years, verdict):
    assert signed_verdict(unit, question, years) is verdict


# Invented: a monthly table whose change column is the only place a fall is said.
REPORT = """示例区2025年1—6月主要经济指标

| 指标 | 单位 | 1—6月累计 | 累计同比增长（%） |
| --- | --- | --- | --- |
| 实际使用外资 | 万美元 | 9860 | -8.2 |
| 税收收入 | 亿元 | 30.8 | 2.2 |
"""

chain = documents_chain({"report.md": REPORT}, "signed")


@pytest.mark.parametrize(
    "question,verdict",
    [("实际使用外资同比增长了吗？", "answer_no"), ("税收收入同比增长了吗？", "answer_yes")],
)
def test_a_row_sign_answers_yes_or_no(chain, question, verdict):
    direct = answered(chain, question).direct_answer
    assert direct.startswith(msg(verdict).rstrip("。")), direct
