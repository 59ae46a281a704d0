"""A cap raised for a case ("recognised as X *de*, the annual cap is raised to ..."): the
case is the condition clause before the raise (answering/relaxed_bounds.py), and a
lead-in's earlier sentence ("the excess is not counted. The standards are as follows:")
does not bar the items its last sentence introduces (answering/barring.py)."""

import pytest

from assistant.answering.relaxed_bounds import bound_for_case
from assistant.messages import msg
from tests.helpers import answered, documents_chain

CAPS = (
    "单户企业每年度获得的贴息总额，小型企业最高不超过50万元，中型企业最高不超过80万元；"
    "被认定为省级科技领军企业的，年度上限提高至100万元。"
)
# An invented interest-subsidy rule.
RULES = (
    "# 青松园区贷款贴息细则\n\n"
    "（一）贴息比例。贴息按企业实际支付利息的50%给予补助，超出部分不予计算。具体标准如下：\n\n"
    "（二）年度上限。" + CAPS + "\n"
)
chain = documents_chain({"caps.md": RULES}, "raised_caps")


@pytest.mark.parametrize(
    "question,kept,dropped",
    [
        # The case is the condition clause before the raise.
        ("被认定为省级科技领军企业的小型企业，贴息上限能超过50万元吗", "100万元", "50万元"),
        # Counter-example: a question naming the capped measure only, not the case.
        ("小型企业的贴息上限能超过50万元吗", "50万元", "100万元"),
    ],
)
def test_the_case_a_cap_is_raised_for(question, kept, dropped):
    bounded = bound_for_case(question, CAPS)
    assert kept in bounded and dropped not in bounded


@pytest.mark.parametrize(
    "question,yes",
    [
        ("青松园区的小型企业被认定为省级科技领军企业了，一年的贴息上限能不能超过50万元？", True),
        ("青松园区的小型企业一年的贴息上限能不能超过50万元？", False),
    ],
)
def test_a_raised_cap_answers_its_case(chain, question, yes):
    answer = answered(chain, question)
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no")), (
        answer.direct_answer
    )
