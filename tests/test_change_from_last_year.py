"""Yes/no on a change from the year before ("比去年多了吗", "比上年少了吗"): read as a
rise or a fall (question_forms framing rewrites), decided by the change the statement
states, whose own negation alone denies it (directions.direction_negated): a negation
elsewhere in the statement ("old cars are not replaced") does not turn a fall into a
rise. Table-driven examples and an invented budget note over a real index."""

import pytest

from assistant.answering.directions import direction_negated
from assistant.messages import msg
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    "text,word,negated,denied",
    [
        # A change word: only a negation right before it (or holding it) denies it.
        ("比上年减少8.50万元,主要原因是车辆报废后不再更新", "减少", True, False),
        ("投资不再增长", "增长", False, True),
        ("比上年未有增加", "增加", False, True),
        # Another word of a pair: any deciding negation of the statement.
        ("规模以上企业无需提出申请", "以上", True, True),
        ("规模以上企业无需提出申请", "以上", False, False),
    ],
)
def test_direction_negated(text, word, negated, denied):
    assert direction_negated(text, word, negated) is denied


NOTE = """青禾经开区管委会2025年部门预算说明

公务用车运行费96.30万元，比上年减少8.50万元，主要原因是部分老旧车辆报废后不再更新。

公务接待费42.50万元，比上年减少6.10万元，主要原因是压减接待批次。
"""

chain = documents_chain({"note.txt": NOTE}, "last_year")


@pytest.mark.parametrize(
    "question,verdict,said",
    [
        ("公务接待费比去年多了吗？", "answer_no", "减少6.10万元"),
        ("公务用车运行费预算比上年少了吗？", "answer_yes", "减少8.50万元"),
    ],
)
def test_change_from_last_year(chain, question, verdict, said):
    direct = answered(chain, question, said).direct_answer
    assert direct.startswith(msg(verdict).rstrip("。")), direct
