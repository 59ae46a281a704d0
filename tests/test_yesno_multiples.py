"""A value stated as a multiple of another ("按基础抽查比例的2倍确定") does not say yes to a
question asking whether the base itself applies (answering/multiples.py,
question_grammar.yaml ``multiples``). Invented document and clauses."""

import pytest

from assistant.answering.multiples import multiple_of_asked
from assistant.messages import msg
from tests.helpers import answered, documents_chain

RULES = (
    "青川经开区双随机抽查实施方案\n\n"
    "（三）信用风险较高的D类市场主体，按基础抽查比例的3倍确定抽查比例。\n"
)
chain = documents_chain({"rules.txt": RULES}, "yesno_multiples")


def test_a_multiple_does_not_affirm_the_base(chain):
    question = "青川经开区信用D类的市场主体是按基础抽查比例来抽查吗？"
    answer = answered(chain, question, "3倍")
    assert not answer.direct_answer.startswith(msg("answer_yes"))


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        ("是按基础抽查比例来抽吗", "按基础抽查比例的2倍确定抽查比例。", True),
        ("是按基础抽查比例来抽吗", "按基础抽查比例的两倍确定抽查比例。", True),
        # Counter-examples: a multiple asked; a share, not a multiple; another base.
        ("是按基础比例的2倍抽吗", "按基础抽查比例的2倍确定抽查比例。", False),
        ("按投资额计算奖励吗", "按投资额的5%给予奖励。", False),
        ("是按基础抽查比例来抽吗", "罚款金额为违法所得的2倍。", False),
    ],
)
def test_multiple_of_asked(question, clause, expected):
    assert multiple_of_asked(question, clause) is expected
