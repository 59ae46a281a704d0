"""Yes/no questions stating the asker's own value against a bound an invented rule states
(answering/case_bounds.py, stated_bounds.py, qa.py): the rule whose condition the value
meets decides, a permission of alternatives answers "must?" with no, a cap in a clause of
its own bounds the amount before it, a bare ratio meets its floor."""

import pytest

from assistant.answering.case_bounds import optional_verdict, states_case
from assistant.answering.stated_bounds import condition_fit
from assistant.messages import msg
from tests.conftest import chain_over

RULE = (
    "绿川区企业安全生产管理规定\n\n"
    "第五条　从业人员超过100人的企业，应当设置安全生产管理机构或者配备专职安全生产管理人员；"
    "从业人员在100人以下的，可以配备专职或者兼职安全生产管理人员。\n\n"
    "第六条　企业装修厂房的，施工前应按装修面积每平方米20元缴纳装修保证金，最高不超过10万元。\n\n"
    "第七条　生产工艺有特殊要求的危险化学品类项目，容积率可按不低于0.6执行。\n\n"
    "第八条　公司应当每年组织全体员工参加安全培训，培训记录存档备查。\n\n"
    "第九条　首次签约租赁期限为3年（含）以上不满5年的，给予3个月免租期；"
    "租赁期限为5年的，给予6个月免租期。免租期自起租日起计算，包含在租赁期限内。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("yesno_case_bounds")
    return chain_over(root, {"rule.txt": RULE})


@pytest.mark.parametrize(
    "question,verdict,said",
    [
        # The rule for the asker's head count decides, not the one for larger firms.
        ("我们公司一共80个员工，是不是必须配专职的安全管理人员？", "answer_no", "兼职"),
        (
            "公司有120名员工，需要设安全生产管理机构或配专职安全管理人员吗？",
            "answer_yes",
            "超过100人",
        ),
        # The cap bounds the deposit the clause before it sets.
        ("我们装修面积8000平方米，装修保证金是不是要交16万元？", "answer_no", "最高不超过10万元"),
        # A bare ratio above the floor, the asking clause pointing back at it.
        (
            "我们是危险化学品类项目，工艺上有特殊要求，容积率只能做到0.7，这样可以吗？",
            "answer_yes",
            "0.6",
        ),
    ],
)
def test_the_case_value_decides_by_the_stated_bound(chain, question, verdict, said):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(msg(verdict))
    assert said in answer.direct_answer


def test_a_value_fits_the_condition_of_its_own_rule():
    over = "从业人员超过100人的企业，应当设置安全机构；"
    under = "从业人员在100人以下的，可以只配兼职安全员。"
    assert condition_fit("公司一共80个员工，必须设安全机构吗？", over) is False
    assert condition_fit("公司一共80个员工，必须设安全机构吗？", under) is True
    assert condition_fit("必须设安全机构吗？", under) is None


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        ("必须配专职安全员吗", "可以配备专职或者兼职安全员。", False),
        # A permission without an alternative, or a question asking what may be done.
        ("必须配专职安全员吗", "可以配备专职安全员。", None),
        ("可以配专职安全员吗", "可以配备专职或者兼职安全员。", None),
    ],
)
def test_a_permission_of_alternatives_makes_no_must(question, clause, expected):
    assert optional_verdict(question, clause) is expected


def test_a_value_outside_one_band_is_not_denied_by_it(chain):
    # "5 years" misses "3 years or more, under 5"; the band of 5 years is another rule's.
    answer = chain.invoke("首次签约租5年有免租期吗？")
    assert not answer.direct_answer.startswith(msg("answer_no"))


def test_a_clause_setting_the_questions_own_value_as_its_condition():
    assert states_case("那签5年呢？", "租赁期限为5年的，给予6个月免租期。")
    assert not states_case("那签5年呢？", "租赁期限为15年的，给予6个月免租期。")
    assert not states_case("那签5年呢？", "租赁期限为5年，给予6个月免租期。")
