"""Speed asked of a column of times ("哪个事项办得最快"): the quickest row is the one with the
shortest time, while speed asked of a rate ("哪项增长最快") is the largest. Every document
here is invented for the test; the answers come from the real index, models and chain."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.time_extremes import by_speed, is_time
from tests.conftest import chain_over
from tests.helpers import answered

LIST = """# 示例新区政务服务事项承诺时限清单

## 一、事项清单

| 序号 | 事项名称 | 法定时限 | 承诺时限 |
|---|---|---|---|
| 1 | 户外广告设置审批 | 20个工作日 | 6个工作日 |
| 2 | 临时占道审批 | 10个工作日 | 2个工作日 |
| 3 | 排水许可 | 20个工作日 | 9个工作日 |
| 4 | 绿地迁移审批 | 15个工作日 | 4个工作日 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("time_extremes"), {"list.md": LIST})


def test_the_fastest_matter_has_the_shortest_time(chain):
    answered(chain, "哪个事项承诺办得最快？", ["临时占道审批"])


def test_the_slowest_matter_has_the_longest_time(chain):
    answered(chain, "哪个事项承诺办得最慢？", ["排水许可"])


@pytest.mark.parametrize(
    "cell,expected",
    [("6个工作日", True), ("即办", True), ("3天", True), ("6.5%", False), ("120万元", False)],
)
def test_is_time(cell, expected):
    assert is_time(cell) is expected


@pytest.mark.parametrize(
    "question,which,cells,expected",
    [
        ("哪个事项办得最快？", "most", ["6个工作日", "2个工作日"], "least"),
        ("哪个事项办得最慢？", "least", ["6个工作日", "2个工作日"], "most"),
        ("哪项指标增长最快？", "most", ["6.5%", "8.2%"], "most"),  # a rate, not a time
        ("哪个事项时限最长？", "most", ["6个工作日", "2个工作日"], "most"),  # no speed word
    ],
)
def test_by_speed(question, which, cells, expected):
    assert by_speed(question, which, cells) == expected
