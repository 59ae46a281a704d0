"""Formulas of counts ("2+3" for a group of 2 and a group of 3): the formulas group of
resources/question_grammar.yaml, and answers naming the group a member stands for."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.formulas import formula_member
from tests.conftest import chain_over

# Invented zone and industries: the rule must hold for any document using a formula.
PLAN = (
    "示例区产业发展规划\n\n"
    "示例区将用三年时间，打造青禾材料、白石制药2个标志性产业集群；"
    "加快培育松川物流、柳岸食品、临港装备等3个特色产业集群。\n\n"
    "“2+3”产业集群新格局将带动示例区形成特色产业发展集聚区。\n"
)


@pytest.mark.parametrize(
    "question,member",
    [
        ("“2+3”里的“2”指什么？", ("2+3", 2)),
        ("“2+3”中的“3”是哪三个产业集群？", ("2+3", 3)),
        ("示範區“2+9”產業集群裡的“9”是哪些？", ("2+9", 9)),
        # Counter-examples: a number that is no member, or no formula at all.
        ("“2+3”里的“4”指什么？", None),
        ("“2”指什么？", None),
        ("2+3等于几？", None),
    ],
)
def test_formula_member(question, member):
    assert formula_member(question) == member


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"plan.txt": PLAN})


@pytest.mark.parametrize(
    "question,items,absent",
    [
        ("“2+3”里的“2”指什么？", ["青禾材料", "白石制药"], "松川物流"),
        ("“2+3”中的“3”是哪三个产业集群？", ["松川物流", "柳岸食品", "临港装备"], "白石制药"),
    ],
)
def test_the_group_a_member_stands_for(chain, question, items, absent):
    answer = chain.invoke(question)
    assert all(i in answer.direct_answer for i in items)
    assert absent not in answer.direct_answer
