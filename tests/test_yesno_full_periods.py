"""A period to complete before an act ("满6个月方可申请") is a lower bound on the time
passed; a question's value in Chinese numerals ("才四个月") is compared with it
(answering/full_periods.py, question_grammar.yaml ``stated_bounds.full``/``full_ends``).
Invented document and clauses."""

import pytest

from assistant.answering.full_periods import case_negated_only, full_period, numeral_amount
from assistant.messages import msg
from tests.helpers import answered, documents_chain

RULES = (
    "青川经开区企业信用评价办法\n\n"
    "第二十条　被评为C级的企业，自评定之日起满6个月方可申请信用修复。\n"
)
chain = documents_chain({"rules.txt": RULES}, "yesno_full_periods")


@pytest.mark.parametrize(
    "question",
    [
        "青川经开区评上C级才四个月，现在能申请信用修复吗？",
        "青川经开区评上C级才4个月，现在能申请信用修复吗？",
    ],
)
def test_a_period_not_yet_full_is_no(chain, question):
    answer = answered(chain, question, "满6个月方可")
    assert answer.direct_answer.startswith(msg("answer_no"))


def test_a_full_period_is_not_denied_by_the_askers_own_case(chain):
    """ "Not on the list" is the asker's case: beside a value meeting the bound it does not
    make the rule say no."""
    question = "青川经开区评上C级已经8个月了，也不在失信名单里，时间上够申请信用修复了吗？"
    answer = answered(chain, question, "满6个月方可")
    assert not answer.direct_answer.startswith(msg("answer_no"))


@pytest.mark.parametrize(
    "question,expected",
    [
        ("已经8个月了，也不在失信名单里，够申请了吗", True),
        # Counter-examples: a negation in the asking clause; no earlier clause; none at all.
        ("已经8个月了，还不能申请吗", False),
        ("不在名单里够申请了吗", False),
        ("已经8个月了，够申请了吗", False),
    ],
)
def test_case_negated_only(question, expected):
    assert case_negated_only(question) is expected


@pytest.mark.parametrize(
    "clause,value,expected",
    [
        ("自评定之日起满6个月方可申请", "6个月", "at_least"),
        ("任职届满2年后方可调任", "2年", "at_least"),
        # Counter-examples: no word making the act wait, no word of completion.
        ("自评定之日起满6个月的企业", "6个月", None),
        ("评定后6个月方可申请", "6个月", None),
    ],
)
def test_full_period(clause, value, expected):
    at = clause.find(value)
    assert full_period(clause, at, at + len(value)) == expected


@pytest.mark.parametrize(
    "value,expected", [("两个月", 2.0), ("十二个月", 12.0), ("个月", None), ("3个月", None)]
)
def test_numeral_amount(value, expected):
    assert numeral_amount(value) == expected
