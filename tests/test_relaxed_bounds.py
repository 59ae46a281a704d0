"""A bound relaxed for a case ("35周岁以下，具有博士学位的放宽至40周岁以下"): a question
naming the case is checked against the relaxed bound, any other against the first one."""

import pytest

from assistant.answering.relaxed_bounds import bound_for_case
from assistant.messages import msg
from tests.helpers import answered, documents_chain

RULE = "申请青年人才公寓的，申请时年龄在35周岁以下，具有博士学位的放宽至40周岁以下。"
# An invented allocation rule.
FLATS = (
    "青川经开区人才公寓配租办法\n\n第六条　申请人应当具有全日制本科以上学历。\n\n第七条　"
    + RULE
    + "\n"
)
chain = documents_chain({"flats.txt": FLATS}, "relaxed")


@pytest.mark.parametrize(
    "question,kept,dropped",
    [
        ("博士38岁还能申请吗", "40周岁以下", "35周岁以下"),
        ("硕士38岁还能申请吗", "35周岁以下", "40周岁以下"),
        ("38岁还能申请吗", "35周岁以下", "放宽"),
    ],
)
def test_the_bound_a_case_is_held_to(question, kept, dropped):
    bounded = bound_for_case(question, RULE)
    assert kept in bounded and dropped not in bounded


def test_a_clause_without_relaxation_is_kept_whole():
    clause = "申请时年龄在35周岁以下。"
    assert bound_for_case("博士38岁还能申请吗", clause) == clause


def test_the_first_bound_says_no_to_another_case(chain):
    answer = answered(chain, "青川经开区的青年人才公寓，本科学历38岁还能申请吗？", "35周岁以下")
    assert answer.direct_answer.startswith(msg("answer_no"))


def test_the_relaxed_bound_does_not_say_no_to_its_case(chain):
    answer = answered(chain, "青川经开区的青年人才公寓，博士38岁还能申请吗？", "放宽至40周岁以下")
    assert not answer.direct_answer.startswith(msg("answer_no"))
