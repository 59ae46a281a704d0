"""A lead-in line of a number question that states an amount itself ("bonus points add up
to at most 10:") answers with that amount; its items are the conditions. A lead-in stating
none ("the rewards are:") still answers with its items (composing.states_amount)."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.composing import states_amount
from assistant.answering.questions import analyze
from tests.conftest import chain_over
from tests.test_grammar import unit

# An invented scoring rule: a bonus lead-in with its cap, a reward lead-in without one.
RULES = """# 示例区招商引资考核评分细则

## 一、加分项目

加分累计最高不超过8分：

1. 引进总投资10亿元以上的先进制造业项目，每个加3分；
2. 项目列入省重点建设项目的，每个加1分；
3. 获得通报表扬的，加2分。

## 二、示范园区奖励

示范园区的奖励标准为：

1. 国家级示范园区奖励200万元；
2. 省级示范园区奖励80万元。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"rules.md": RULES})


@pytest.mark.parametrize(
    "question,text,states",
    [
        ("加分项最多能加多少分？", "加分累计最高不超过8分：", True),
        # Counter-examples: no amount of its own, or only the year the question names.
        ("示范园区奖励多少？", "示范园区的奖励标准为：", False),
        ("2024年奖励多少？", "2024年的奖励标准为：", False),
        # Another question type reads its lead-ins as before.
        ("加分项目有哪些？", "加分累计最高不超过8分：", False),
    ],
)
def test_states_amount(question, text, states):
    assert states_amount(analyze(question), unit(text)) is states


def test_a_lead_in_stating_the_amount_answers_with_it(chain):
    answer = chain.invoke("考核加分项最多能加多少分？")
    assert "8分" in answer.direct_answer
    assert "每个加3分" not in answer.direct_answer


def test_a_lead_in_without_an_amount_still_opens_its_items(chain):
    answer = chain.invoke("示范园区奖励标准是多少？")
    assert "200万元" in answer.direct_answer
    assert "80万元" in answer.direct_answer
