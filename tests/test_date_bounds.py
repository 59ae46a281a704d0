"""A calendar day the question states against the last or first day a rule allows
(answering/date_bounds.py, ``calendar_bounds`` in question_grammar.yaml): a deadline word
before the day, 前 after it, a window of two days; one deadline or window only."""

import pytest

from assistant.answering.date_bounds import compared_date_numbers, date_verdict
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # Past the last day, written before or after the day; outside a window either way.
        ("12月15日才提交申请，还会受理吗？", "申请最迟不晚于12月10日提交，逾期不予受理。", False),
        ("11月20日才交材料，行吗？", "材料须于11月10日前提交。", False),
        (
            "12月20日才在平台上提交，还能受理吗？",
            "单位应于5月6日至12月15日期间在线提交申请。",
            False,
        ),
        ("4月30日提交可以吗？", "单位应于5月6日至12月15日期间在线提交申请。", False),
        # Counter-examples: within the bound nothing is decided; a question bounding its own
        # day asks of a window; several deadlines are not the question's to pick from.
        ("12月5日提交还能受理吗？", "申请最迟不晚于12月10日提交，逾期不予受理。", None),
        ("6月1日提交可以吗？", "单位应于5月6日至12月15日期间在线提交申请。", None),
        ("12月15日前提交还能受理吗？", "申请最迟不晚于12月10日提交。", None),
        ("7月20日报可以吗？", "一季度4月15日前申报，二季度7月15日前申报。", None),
        # Years compared only when both sides state one.
        ("2026年1月5日提交还行吗？", "申请须于12月10日前提交。", None),
        ("2026年1月5日提交还行吗？", "申请须于2025年12月10日前提交。", False),
    ],
)
def test_a_day_against_a_deadline(question, clause, expected):
    assert date_verdict(question, clause) is expected


def test_the_days_compared_need_not_be_found():
    clause = "申请最迟不晚于12月10日提交。"
    assert compared_date_numbers("11月做完，12月15日才提交，还受理吗？", clause) == {
        "11",
        "12",
        "15",
    }
    assert compared_date_numbers("12月15日才提交，还受理吗？", "申请应及时提交。") == set()


def test_the_deadline_decides_the_yes_no():
    question = "服务机构12月15日才提交兑付申请，还会受理吗？"
    clause = "当年兑付申请最迟不晚于12月10日提交，逾期不予受理。"
    assert polarity(analyze(question), clause, []) is False
