"""The asker's own value against a bound the document states, as an asker writes it
(answering/case_bounds.py with stated_bounds.py): a head count with the general
classifier, an amount in ten-thousands without the currency, a bare ratio, a rate's base,
"not reached", a bound whose clause says only the bound, the measure named farther back in
the value's clause, and a value outside the condition of a rule of another modality."""

import pytest

from assistant.answering.answer_parts import has_number
from assistant.answering.cases import unstated_condition
from assistant.answering.evidence import Term
from assistant.answering.measures import within_stated_range
from assistant.answering.polarity import asking_clause_held
from assistant.answering.stated_bounds import bound_verdict, compared_numbers, outside_barred

OVER = "从业人员超过100人的企业，应当设立安全机构。"
UNDER = "从业人员在100人以下的，可以只配兼职安全员。"
DEPOSIT = "装修保证金按每平方米20元缴纳，最高不超过10万元。"
UNREACHED = "固定资产投资额未达到2000万元的，不予兑现。"


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # A head count with the general classifier and a noun for persons counts persons.
        ("我们公司一共80个员工，需要设立安全机构吗？", OVER, False),
        ("我们公司一共150个员工，需要设立安全机构吗？", OVER, None),
        # An amount in ten-thousands said without the currency is money.
        ("两个项目合计520万，能全额拿到吗？", "单个企业年度奖励合计不超过500万元。", False),
        ("两个项目合计420万，能全额拿到吗？", "单个企业年度奖励合计不超过500万元。", None),
        # A bare ratio against a bound of the same measure.
        ("容积率只能做到0.5，可以吗？", "容积率不低于0.6。", False),
        ("容积率只能做到0.7，可以吗？", "容积率不低于0.6。", None),
        # A bound whose clause says only the bound bounds the clause before it.
        ("装修面积8000平方米，装修保证金要交16万元吗？", DEPOSIT, False),
        # The measure named farther back in the value's clause, a word of three characters.
        ("装修保证金是不是要交16万元？", DEPOSIT, False),
        # "Not yet" a bound below.
        ("公司成立5年了，能申请初创补助吗？", "成立不满3年的科技型企业，给予初创补助。", False),
        ("公司成立2年了，能申请初创补助吗？", "成立不满3年的科技型企业，给予初创补助。", None),
        # Outside the condition of a rule of the same modality: the rule says no; of
        # another modality ("must we?" against "may"): another rule answers.
        ("公司有120名员工，可以只配兼职安全员吗？", UNDER, False),
        ("公司有120名员工，需要配专职安全员吗？", UNDER, None),
        # Two versions of one bound side by side (a row of old and new columns): a value
        # missing one and meeting the other is not decided by the row.
        (
            "营业收入400万元，营业收入这一条能过吗？",
            "营业收入门槛 | 不低于500万元 | 不低于300万元",
            None,
        ),
        (
            "营业收入200万元，营业收入这一条能过吗？",
            "营业收入门槛 | 不低于500万元 | 不低于300万元",
            False,
        ),
    ],
)
def test_a_case_value_against_a_stated_bound(question, clause, expected):
    assert bound_verdict(question, clause) is expected


@pytest.mark.parametrize(
    "question,clause,digits",
    [
        # A head count in persons compares with the rule's persons, whatever noun counts them.
        ("公司有120名员工，需要设立安全机构吗？", OVER, {"120"}),
        # The base a rate is per, and the amount against the cap.
        ("装修面积8000平方米，装修保证金要交16万元吗？", DEPOSIT, {"8000", "16"}),
        # "Not reached" is a bound below.
        ("固定资产投资额为1800万元，能兑现吗？", UNREACHED, {"1800"}),
        # Days written either way.
        (
            "房租拖了40天没交，出租方能解除合同吗？",
            "乙方逾期支付租金超过30日的，甲方有权解除合同。",
            {"40"},
        ),
        # Counter-example: a word of two characters ("项目") farther back names no measure.
        ("项目实际只投了1800万元，能拿奖励吗？", "单个项目最高不超过1000万元。", set()),
    ],
)
def test_compared_case_values_need_not_be_found(question, clause, digits):
    assert compared_numbers(question, clause) == digits


def test_a_value_that_reached_the_bound_is_outside_the_unreached_case():
    assert outside_barred("固定资产投资额为2500万元，能兑现吗？", UNREACHED)
    assert not outside_barred("固定资产投资额为1800万元，能兑现吗？", UNREACHED)


def test_trailing_zeros_say_the_same_value():
    assert has_number("520", "合计520.00万元")
    assert has_number("380.5", "报价380.50万元")
    assert not has_number("520", "合计520.5万元")


def test_an_amount_in_ten_thousands_falls_in_a_band_in_yuan():
    band = "最近一年销售收入在5000万元以下（含5000万元）的，比例不低于5%"
    assert within_stated_range("3000", "去年销售收入3000万左右，比例要多少？", band)
    assert not within_stated_range("3000", "去年招了3000万人，比例要多少？", band)


def test_a_clause_of_a_compared_figure_sets_no_unstated_case():
    terms = [Term(w, 1.0, pos="n") for w in ("公司", "员工", "安全机构")]
    question = "公司有120名员工，需要设立安全机构吗？"
    assert not unstated_condition(question, OVER, terms)
    assert unstated_condition("公司有外籍员工，需要设立安全机构吗？", OVER, terms)


def test_an_asking_clause_pointing_back_says_nothing_of_its_own():
    assert asking_clause_held("容积率只能做到0.7，这样 ", "容积率不低于0.6")
