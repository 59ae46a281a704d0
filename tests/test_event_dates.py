"""A date question asks the day of one event ("什么时候申报"): a unit dating another event of
the same subject, or the document's own date line, is not its answer; a time of day (8:45)
is part of the date it follows; and a date is no span of time a duration question asks."""

import pytest

from assistant.answering.event_dates import _own_date_line, event_terms
from assistant.answering.evidence import question_terms
from assistant.answering.questions import analyze
from tests.helpers import answered, documents_chain

NOTICE = """关于举办2026年园区安全生产培训会的通知

发布单位：青禾工业园管理委员会

发布日期：2026年3月2日

各入园企业：

一、时间地点

1. 时间：2026年3月18日（星期三）9:30—11:30。

2. 地点：园区服务中心二楼报告厅。

二、报名方式

报名截止时间：2026年3月12日（星期四）17:00。

三、叉车更新补贴

（一）叉车更新补贴。对淘汰国三及以下排放叉车的企业给予补贴，每台最高2万元。补贴每年集中申报一次，申报时间为次年4月1日至4月20日。2025年度共兑现叉车更新补贴42万元，惠及企业9家。

四、竣工验收

竣工项目须在2026年12月31日前完成竣工验收。

对竣工项目实行规划、消防等联合验收，验收时限压缩至15个工作日。

青禾工业园管理委员会

2026年3月2日
"""

chain = documents_chain({"notice.txt": NOTICE}, name="event_dates")


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        # The unit naming the asked event (申报) answers, not the payout year of the subsidy.
        ("叉车更新补贴什么时候申报？", "4月1日至4月20日", "2025年度"),
        # Not the notice's own date (its signature, its "发布日期" line).
        ("安全生产培训会是哪天举行？", "2026年3月18日", "3月2日"),
        # A time of day after the date is read with it.
        ("培训报名截止到什么时候？", "17:00", "3月2日"),
        # A span of time is asked: a date's year or day is none.
        ("竣工项目联合验收要多长时间？", "15个工作日", "12月31日"),
    ],
)
def test_the_asked_event_dates_the_answer(chain, question, expected, wrong):
    answered(chain, question, expected, absent=wrong)


@pytest.mark.parametrize(
    ("question", "events"),
    [
        ("叉车更新补贴什么时候申报？", ["申报"]),  # the verb after the asking word
        ("报名截止到什么时候？", ["截止"]),  # else a verb just before it
        ("补贴什么时候？", []),  # a noun before it is the subject, not the event
        ("叉车补贴多少钱？", []),  # not a date question
    ],
)
def test_event_terms(chain, question, events):
    aq = analyze(question)
    assert [t.text for t in event_terms(aq, question_terms(aq, chain.index))] == events


@pytest.mark.parametrize(
    ("line", "own"),
    [
        ("2026年3月2日", True),  # a signature date
        ("发布日期：2026年3月2日", True),  # the document's labelled date
        ("1. 时间：2026年3月18日（星期三）9:30—11:30。", False),  # an event's day
        ("报名截止时间：2026年3月12日", False),  # a labelled deadline is an event's day
    ],
)
def test_own_date_lines(line, own):
    assert _own_date_line(line) is own
