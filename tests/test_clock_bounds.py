"""A time of day the question states in words against the latest or earliest time a rule
allows (answering/clock_bounds.py); the spoken time's digits are compared, not looked up."""

import pytest

from assistant.answering.clock_bounds import clock_verdict, spoken_times
from assistant.answering.stated_bounds import compared_numbers

LATEST = "预约延时服务的，延时服务最晚至当日19:30。"


@pytest.mark.parametrize(
    "question,minutes",
    [
        ("能办到晚上8点吗？", [20 * 60]),
        ("中午12点半过去，能办吗？", [12 * 60 + 30]),
        ("下午五点二十取的号，还能办吗？", [17 * 60 + 20]),
        ("下午5点45分去，还在办公时间内吗？", [17 * 60 + 45]),
        ("能办吗？", []),
    ],
)
def test_spoken_times(question, minutes):
    assert [m for _, m in spoken_times(question)] == minutes


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # Past the latest time allowed, before the earliest: no.
        ("预约了延时服务，能办到晚上8点吗？", LATEST, False),
        ("早上7点能取号吗？", "每日最早08:30开始取号。", False),
        # Counter-examples: within the bound, or a clause with no bound word, decides nothing.
        ("预约了延时服务，能办到晚上7点吗？", LATEST, None),
        ("能办到晚上8点吗？", "下午办公时间为14:00—18:00。", None),
    ],
)
def test_a_spoken_time_against_a_bound(question, clause, expected):
    assert clock_verdict(question, clause) is expected


def test_the_spoken_time_is_compared_not_looked_up():
    assert compared_numbers("预约了延时服务，能办到晚上8点吗？", LATEST) == {"8"}
