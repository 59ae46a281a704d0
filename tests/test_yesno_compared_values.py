"""A yes/no question's own figure against a rule's bound in the same unit
(answering/compared_values.py): "we invest 60m, may we get our own plot?" is decided by
"projects under 80m get no plot of their own", which need not repeat the 60m — and a
rule's bound lifted for a case in brackets ("（首贷企业不受此限）") is that case's
exception. Pure examples and counter-examples, then end to end over an invented rule."""

import pytest

from assistant.answering.compared_values import bounded_units, compared_values
from assistant.answering.verdict_cases import exception_cases, names_exception
from assistant.messages import msg
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    ("question", "clause", "digits"),
    [
        # The clause bounds the question's unit, before or after its figure.
        (
            "公司准备投6000万元建个厂,能不能单独供地",
            "总投资不足8000万元的项目,不单独供地。",
            {"6000"},
        ),
        ("能把厂房的40%转给配套企业吗", "转租面积不得超过租赁建筑面积的30%。", {"40"}),
        ("厂房面积1200平方米能申请吗", "厂房面积1000平方米以上的,给予补助。", {"1200"}),
        # A period bounded as a window ("6个月内"): the time the asker let pass is compared.
        (
            "逾期以后过了7个月才去申请补偿,还受理吗",
            "补偿申请应在逾期之日起6个月内提出,逾期提出的不予受理。",
            {"7"},
        ),
        # Counter-examples: no bound in the unit, another unit bounded, the question's own
        # relation ("超过…"), a figure the clause merely states.
        ("只有200名员工,能申请补贴吗", "2024年度共兑现补贴186万元,惠及企业14家。", set()),
        ("缺了3份材料,还能受理吗", "投资额不低于500万元的项目,可以先行受理。", set()),
        ("总投资超过6000万元就能单独供地吗", "总投资不低于8000万元的项目单独供地。", set()),
        ("投资6000万元能申请吗", "项目总投资为8000万元。", set()),
    ],
)
def test_bounded_units(question, clause, digits):
    assert bounded_units(question, clause) == digits


def test_compared_values_keep_the_measured_comparisons():
    # A bound on the same measure, and another value stated for the asked measure.
    assert "300" in compared_values("注册资本300万元的企业能申报吗", "注册资本不低于500万元。")
    assert "10" in compared_values("公示期是10天吗", "公示期为7天。")


@pytest.mark.parametrize(
    ("question", "clause", "named"),
    [
        ("首贷企业去年只交了6万元税,能申请吗", "缴纳税收不低于10万元(首贷企业不受此限)。", True),
        ("一般企业去年只交了6万元税,能申请吗", "缴纳税收不低于10万元(首贷企业不受此限)。", False),
    ],
)
def test_a_bound_lifted_in_brackets_is_an_exception(question, clause, named):
    assert [case for case, *_ in exception_cases(clause)] == ["首贷企业"]
    assert names_exception(question, clause) is named


# An invented land-use rule.
RULES = (
    "青川经开区工业项目用地实施细则\n\n"
    "第五条　新建独立供地工业项目总投资不得低于8000万元。"
    "总投资不足8000万元的项目，原则上安排入驻标准厂房，不单独供地。\n\n"
    "第六条　项目单位应在签订用地协议后6个月内开工建设。\n"
)
chain = documents_chain({"rules.txt": RULES}, "yesno_compared_values")


def test_the_askers_figure_is_compared_with_the_bound(chain):
    answer = answered(
        chain,
        "我们公司准备在青川经开区投6000万元建个厂，能不能单独给我们供一块地？",
        ["8000万元", "不单独供地"],
    )
    assert answer.direct_answer.startswith(msg("answer_no"))
