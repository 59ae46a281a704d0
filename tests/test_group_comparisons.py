"""Two sides a comparison names that each group several rows of a table (a floor over its
size bands): the value the group's rows share is the side's value, and a per-unit rate
compares by its figure; a group whose rows differ has no one value. A document written for
this test, answered by the real chain."""

import pytest

from tests.conftest import chain_over

FEES = """青岚新区标准厂房租赁合同

附件

青岚新区标准厂房租金及物业费标准

楼层　面积段　月租金标准　物业费
首层　1000平方米以下　每平方米17.0元　每平方米2.0元
首层　1000平方米以上　每平方米15.5元　每平方米2.0元
二层　1000平方米以下　每平方米12.0元　每平方米1.6元
二层　1000平方米以上　每平方米10.5元　每平方米1.6元
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("group_comparisons"), {"fees.txt": FEES})


def test_groups_sharing_a_value_compare_by_it(chain):
    answer = chain.invoke("青岚新区首层和二层厂房的物业费哪个高？")
    assert "2.0元" in answer.direct_answer and "1.6元" in answer.direct_answer
    assert "首层较大" in answer.direct_answer, answer.direct_answer


def test_groups_whose_rows_differ_have_no_one_value(chain):
    answer = chain.invoke("青岚新区首层和二层厂房的月租金标准哪个高？")
    said = answer.direct_answer or ""
    assert "首层较大" not in said or ("17.0" in said and "15.5" in said), said
