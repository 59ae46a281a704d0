"""A duration asked as how far ahead is a period before an event: a unit stating only a
period counted from a date, or no period, does not answer it (table-driven over
event_durations.untied_event, which applies ahead_periods.no_ahead_period)."""

import pytest

from assistant.answering.ahead_periods import asks_ahead
from assistant.answering.event_durations import untied_event
from assistant.answering.questions import analyze

# (question, unit text, rejected)
CASES = [
    # A period counted from a date times another thing.
    ("要提前多久报送整改报告？", "须于本通知印发之日起10个工作日内报送整改报告。", True),
    # No period at all.
    ("续签要提前多长时间申请？", "考核优秀的企业优先续签。", True),
    # A period marked as before an event, in its several forms.
    ("续签要提前多长时间申请？", "需续签的，应于协议期满前3个月提出申请。", False),
    ("要提前几天报名？", "请于开班30日前完成报名。", False),
    ("要提前几天报名？", "参训人员应提前5个工作日报名。", False),
    ("要提前几天报名？", "施工单位应在开工前15天告知。", False),
    ("要提前几天报名？", "应提前不少于7天报名。", False),
    # Not asked how far ahead: left to the other rules.
    ("多久内要报送整改报告？", "须于本通知印发之日起10个工作日内报送整改报告。", False),
]


@pytest.mark.parametrize(("question", "text", "rejected"), CASES)
def test_ahead_period(question, text, rejected):
    assert untied_event(analyze(question), [], text) is rejected


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("要提前多久申请？", True),
        ("需要提前几个工作日报送？", True),
        ("提前退租要交多少违约金？", False),
        ("申请后多久办结？", False),
    ],
)
def test_asks_ahead(question, asked):
    assert asks_ahead(question) is asked
