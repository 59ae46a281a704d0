"""Two days compared: the order asked, the bound each side names, and each side's day
read from the statement naming it (table-driven over answering/compared_days.py)."""

import pytest

from assistant.answering.compared_days import _named_part, _side_day, asked_order, side_bound
from assistant.answering.comparisons import _side_names
from assistant.answering.evidence import Sentence


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("甲项目的申报截止日和乙项目的申报截止日，哪个更晚？", "later"),
        ("甲项目的截止日和乙项目的截止日哪个更早？", "earlier"),
        ("甲区和乙区的补贴哪个更高？", None),
    ],
)
def test_asked_order(question, order):
    assert asked_order(question) == order


@pytest.mark.parametrize(
    ("side", "bound", "named"),
    [
        ("每年申领补贴的截止日", "at_most", "每年申领补贴"),
        ("兑付申请的最迟提交日", "at_most", "兑付申请"),
        ("受理的开始日期", "at_least", "受理"),
        ("甲区的补贴", None, "甲区"),
    ],
)
def test_side_bound_and_name(side, bound, named):
    assert side_bound(side) == bound
    assert _named_part(side) == named


def _unit(text: str) -> Sentence:
    return Sentence("d", "t", "", 0, len(text), text, 1)


UNITS = [
    _unit("补贴每年申领时间为3月1日至11月30日，企业在线申领。"),
    _unit("服务机构应在60日内提出兑付申请，当年兑付申请最迟不晚于12月10日提交。"),
]


@pytest.mark.parametrize(
    ("side", "other", "bound", "day"),
    [
        ("每年申领补贴的截止日", "兑付申请的最迟提交日", "at_most", (None, 11, 30)),
        ("每年申领补贴的开始日期", "兑付申请的最迟提交日", "at_least", (None, 3, 1)),
        ("兑付申请的最迟提交日", "每年申领补贴的截止日", "at_most", (None, 12, 10)),
    ],
)
def test_side_day(side, other, bound, day):
    assert _side_day(side, other, UNITS, bound, _side_names)[1] == day
