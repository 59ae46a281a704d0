"""Sessions of a schedule ("9:15—10:45") compare by how long they last: the spans of the
day a cell states, the sessions a question names by words of a cell that also states a
year, and the two sides of "A's X and B's Y" each keeping its own modifier. A session asked
by its place within a part of the day ("the first in the afternoon") is counted there."""

from __future__ import annotations

import pytest

from assistant.answering.clock_ranges import clock_minutes
from assistant.answering.questions import comparison_sides
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("9:15—10:45", 90),
        ("10:55—12:00", 65),
        ("13:30-14:40", 70),
        ("8:00至9:30", 90),
        ("14：50—15：50", 60),
        # Counter-examples: no span, a figure that is no time, an end before the start,
        # two spans.
        ("2024—2026年", None),
        ("1.5—2.0", None),
        ("12:00—9:00", None),
        ("8:45—9:00，9:00—9:15", None),
    ],
)
def test_clock_minutes(text, minutes):
    assert clock_minutes(text) == minutes


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        # Each side keeps its own modifier.
        ("甲局的政策解读和乙局的税务辅导，哪个时间更长？", ("甲局的政策解读", "乙局的税务辅导")),
        # A modifier after the second side alone is the measure of both.
        ("青川园区和白石园区的平均分哪个高？", ("青川园区", "白石园区")),
    ],
)
def test_parallel_sides(question, sides):
    assert comparison_sides(question) == sides


# An invented training notice.
NOTICE_MD = """# 关于举办示例高新区2025年科技政策培训会的通知

## 一、日程安排

| 时间 | 内容 | 主讲单位 |
|---|---|---|
| 9:00—9:20 | 开班动员 | 区科技局 |
| 9:20—10:10 | 2025年科技型中小企业评价政策解读 | 市科学技术局 |
| 10:20—12:00 | 研发费用加计扣除实务 | 区税务局 |
| 13:30—14:30 | 知识产权质押融资案例 | 区金融办 |
"""

chain = documents_chain({"notice.md": NOTICE_MD}, "clock_ranges")


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # The later, shorter-figured session lasts longer: 100 minutes against 50.
        (
            "政策解读和加计扣除实务哪个时间更长？",
            ["9:20—10:10", "10:20—12:00", "研发费用加计扣除实务较长"],
        ),
        (
            "科技局的政策解读和税务局的加计扣除讲座，哪个时间更长？",
            ["9:20—10:10", "10:20—12:00", "研发费用加计扣除实务较长"],
        ),
    ],
)
def test_sessions_compare_by_length(chain, question, facts):
    answered(chain, question, facts)


@pytest.mark.parametrize(
    ("question", "content", "other"),
    [
        ("培训会下午第一场讲什么？", "知识产权质押融资案例", "开班动员"),
        ("培训会上午第二场讲什么？", "科技型中小企业评价政策解读", "开班动员"),
        ("培训会第一场讲什么？", "开班动员", "知识产权"),
    ],
)
def test_a_session_placed_in_a_part_of_the_day(chain, question, content, other):
    answered(chain, question, [content], [other])
