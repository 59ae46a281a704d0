"""The remainder beyond a bound ("最高不超过5000平方米，超出部分不予补贴") denies the excess
only: a question whose value meets the bound is not answered no by it, nor read as asking
of all and told of part (answering/remainders.py, question_grammar.yaml
``universal.not_partial``). Invented documents and clauses."""

import pytest

from assistant.answering.remainders import without_remainder
from assistant.messages import msg
from tests.helpers import answered, documents_chain

RULES = (
    "青川经开区研发用房租金补贴办法\n\n"
    "第六条　租金补贴面积。补贴面积最高不超过3000平方米，超出部分不予补贴。\n"
)
chain = documents_chain({"rules.txt": RULES}, "yesno_remainders")


@pytest.mark.parametrize(
    "question,yes",
    [
        ("青川经开区研发用房，我们租了2600平方米，全部面积都能算租金补贴吗？", True),
        ("青川经开区研发用房，我们租了3600平方米，全部面积都能算租金补贴吗？", False),
    ],
)
def test_a_value_within_the_bound_has_no_excess(chain, question, yes):
    """Within the bound the excess clause does not say no (the rule's other words may
    still leave the verdict open); beyond it, it does."""
    answer = answered(chain, question, "超出部分")
    assert answer.direct_answer.startswith(msg("answer_no")) is not yes


@pytest.mark.parametrize(
    "question,kept",
    [
        ("租了2600平方米，都能补贴吗", False),
        # Counter-examples: the value beyond the bound, no value stated.
        ("租了3600平方米，都能补贴吗", True),
        ("面积都能补贴吗", True),
    ],
)
def test_without_remainder(question, kept):
    clause = "补贴面积最高不超过3000平方米，超出部分不予补贴。"
    assert ("超出部分" in without_remainder(question, clause)) is kept
