"""A value the question states against a bound the clause sets (answering/stated_bounds.py):
a bound written after its value ("300人以上"), counts of persons in either classifier, and
the counted noun after the question's value naming its measure, with the lexicon's forms."""

import pytest

from assistant.answering.stated_bounds import bound_verdict, compared_numbers


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # Below a bound written after its value, persons counted with another classifier.
        ("只有200名员工，能申请班车补贴吗？", "申请企业须在册职工300人以上。", False),
        ("企业有150名职工，可以申请吗？", "在册职工200人及以上的企业可以申请。", False),
        # Above an upper bound written after the value.
        ("从业人员80人的企业算小型企业吗？", "从业人员50人以下的为小型企业。", False),
        # Counter-examples: the bound met decides nothing; another measure is not compared.
        ("有500名员工，能申请班车补贴吗？", "申请企业须在册职工300人以上。", None),
        ("投资200万元，能申请补贴吗？", "在册职工300人以上。", None),
        ("注册资本300万元的企业可以申请吗？", "注册资本不低于500万元。", False),
    ],
)
def test_a_stated_value_against_a_bound(question, clause, expected):
    assert bound_verdict(question, clause) is expected


def test_a_compared_value_need_not_be_found():
    assert compared_numbers("只有200名员工，能申请吗？", "在册职工300人以上。") == {"200"}
