"""A comparison whose two sides are stated in two sentences: each side's own sentence is
quoted, not the better covering one alone; a sentence stating both values answers by
itself. A document written for this test, answered by the real chain."""

import pytest

from tests.conftest import chain_over

RULES = """青岚新区人才驿站管理办法

第十九条　入住人员应当自退出情形发生之日起30日内搬离。确有困难的，可以申请延期一次，延期不超过15日，延期期间按租金标准的1.2倍收取租金。

第二十条　入住人员逾期不搬离的，逾期期间按租金标准的3倍收取房屋占用费，并可依法申请人民法院强制执行。

第二十一条　驿站押金一般不低于每间500元，其中单人间押金不低于每间800元。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("side_units"), {"rules.txt": RULES})


def test_each_side_quoted_from_its_own_sentence(chain):
    answer = chain.invoke("申请延期搬离期间交的租金，和逾期不搬离收的占用费，哪个更贵？")
    said = answer.direct_answer or ""
    assert "1.2倍" in said and "3倍" in said, said


def test_sentence_stating_both_values_answers_alone(chain):
    answer = chain.invoke("驿站押金一般是多少，单人间和一般的比哪个高？")
    said = answer.direct_answer or ""
    assert "500元" in said and "800元" in said, said
    assert "1.2倍" not in said and "3倍" not in said, said
