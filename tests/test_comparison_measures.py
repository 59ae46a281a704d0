"""A comparison's measure said once for both sides ("A和B的试用期，哪个长"): the words between
the second side and the asking are what the sides are compared by, and a period compared is
stated as a period, never as a count of the sides. Examples, then a document written for
this test answered by the real chain."""

import pytest

from assistant.answering import comparisons
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("事业单位岗位和国有平台公司岗位的试用期，哪个长？", "试用期"),
        # Counter-example: the measure after the asking word is no shared measure.
        ("甲园区和乙园区哪个面积大？", ""),
    ],
)
def test_the_measure_said_once_for_both_sides(question, measure):
    assert comparisons._shared_measure(question) == measure


NOTICE = """# 青川新区2025年公开招聘工作人员公告

## 一、招聘岗位

本次招聘单位为青川新区服务中心和青川投资有限公司，实际开考岗位10个：甲类岗位7个、招聘10名；乙类岗位3个、招聘5名。

## 二、聘用

（一）甲类岗位。公示无异议的人员签订聘用合同，纳入事业编制管理。试用期为6个月，最低服务年限为5年（含试用期）。

（二）乙类岗位。公示无异议的人员签订劳动合同，不纳入事业编制管理，试用期为3个月，合同期3年。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("comparison_measures"), {"notice.md": NOTICE})


def test_a_period_compared_is_not_answered_by_counts(chain):
    answer = chain.invoke("甲类岗位和乙类岗位的试用期，哪个长？")
    assert "7个" not in (answer.direct_answer or ""), answer.direct_answer
