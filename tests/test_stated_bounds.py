"""A value the question states against a bound the clause sets (answering/stated_bounds.py):
a bound written after its value ("300人以上"), counts of persons in either classifier, and
the counted noun after the question's value naming its measure, with the lexicon's forms."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze
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
        # An age in either unit, in a table cell that never says "age"; a rule's "must not
        # be fewer than"; the measure a unit names (an area, a term) though the question
        # does not name it.
        ("我今年45岁，能报法务岗吗？", "3 | 法务岗 | 本科 | 40周岁以下 | 无", False),
        ("我今年38岁，能报法务岗吗？", "3 | 法务岗 | 本科 | 40周岁以下 | 无", None),
        ("首次签约，租期只签2年行不行？", "首次签约的租赁期限不得少于3年。", False),
        ("首次签约，租期签4年行不行？", "首次签约的租赁期限不得少于3年。", None),
        ("只租300平方米可以吗？", "单份合同租赁建筑面积不得少于500平方米。", False),
        # Separate items counted with another classifier.
        ("缺了3份次要材料，还能先受理吗？", "暂缺的次要材料不超过2项。", False),
        ("缺了1份次要材料，还能先受理吗？", "暂缺的次要材料不超过2项。", None),
        # Counter-example: a value outside the case a bar sets is not barred by it.
        ("面试考了65分，能进体检吗？", "面试成绩低于60分的不得进入体检环节。", None),
        # A length to be reached (满) is a lower bound; lengths in months and years compare.
        ("公司注册才8个月，能申请吗？", "企业注册满1年的可以申请。", False),
        ("公司注册已经14个月，能申请吗？", "企业注册满1年的可以申请。", None),
        ("公司注册2年了，能申请吗？", "企业注册满18个月的可以申请。", None),
        ("公司注册1年，能申请吗？", "企业注册满18个月的可以申请。", False),
        # Counter-examples: a calendar year is no length; 满 before no length bounds nothing.
        ("公司2025年注册的，能申请吗？", "企业注册满18个月的可以申请。", None),
        ("公司注册才8个月，能申请吗？", "企业注册满1次的可以申请。", None),
        # The upper end of a range is an upper bound; a value inside the range is not decided.
        ("招了一个25岁的年轻人，能申请吗？", "招用登记失业的16—24岁青年的单位可以申请。", False),
        ("招了一个20岁的年轻人，能申请吗？", "招用登记失业的16—24岁青年的单位可以申请。", None),
    ],
)
def test_a_stated_value_against_a_bound(question, clause, expected):
    assert bound_verdict(question, clause) is expected


def test_a_compared_value_need_not_be_found():
    assert compared_numbers("只有200名员工，能申请吗？", "在册职工300人以上。") == {"200"}


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # Inside the barred case the bar decides; outside it, nothing does.
        ("面试只考了58分，能进体检吗？", "面试成绩低于60分的不得进入体检环节。", False),
        ("面试考了65分，能进体检吗？", "面试成绩低于60分的不得进入体检环节。", None),
        # The age bound met by a value in the other unit: the statement's negation decides.
        ("老人今年75岁，办事还要取号排队吗？", "70周岁以上老年人办事无需取号排队。", False),
    ],
)
def test_a_bar_for_a_case_the_value_is_in_or_not(question, clause, expected):
    words = ("面试", "体检", "老人", "取号", "排队", "办事")
    terms = [Term(w, 1.0, pos="n", known=True) for w in words]
    assert polarity(analyze(question), clause, terms) is expected
    assert compared_numbers(question, clause)


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # A rule's bound limits what it grants: it denies nothing to a question stating no
        # value in its unit.
        ("允许联合体投标吗？", "包4接受联合体投标，联合体成员不得超过2家。", True),
        # Counter-examples: asked past the bound, or a value over it, is no.
        ("联合体成员能超过2家吗？", "包4接受联合体投标，联合体成员不得超过2家。", False),
        ("联合体成员能超过2家吗？", "联合体成员不超过2家。", False),
        ("联合体成员可以有3家吗？", "包4接受联合体投标，联合体成员不得超过2家。", False),
    ],
)
def test_a_bound_limits_rather_than_denies(question, clause, expected):
    terms = [Term(w, 1.0, pos="n", known=True) for w in ("联合体", "成员", "投标", "允许")]
    assert polarity(analyze(question), clause, terms) is expected
