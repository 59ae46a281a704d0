"""A duration asked as a count of days, months or years is a period: a unit stating only a
date (a deadline) does not answer it (table-driven over event_durations.untied_event,
which constraints.rejection applies as the "event" rejection)."""

import pytest

from assistant.answering.event_durations import untied_event
from assistant.answering.questions import analyze

ROW = "1 | 某某化工有限公司 | 东区 | 仓库超量储存 | 罚款6.5万元 | 2025年10月31日"

# (question, unit text, rejected)
CASES = [
    # A count of days asked, a date stated: a deadline, not how many days.
    ("某某化工的罚款要在多少天内缴清？", ROW, True),
    ("整改要在几个月内完成？", "整改应于2025年12月31日前完成。", True),
    # The unit states a period (a date besides it is no matter).
    ("罚款要在多少天内缴清？", "自2025年10月1日起15日内缴清罚款。", False),
    ("整改要在几个月内完成？", "整改期限为3个月。", False),
    # Asked without counting units of time, a date may say how long ("有效期至…").
    ("这项政策的有效期是多久？", "本政策有效期至2027年12月31日。", False),
    # No date and no period: left to the other rules.
    ("罚款要在多少天内缴清？", "罚款应及时缴清。", False),
    # Years asked, the unit's only period counted in months: it times another thing.
    ("这个细则的有效期是几年？", "第十四条　准入意见有效期为6个月。", True),
    ("这个细则的有效期是几年？", "本细则自2026年5月1日起施行，有效期5年。", False),
    # Units counted alike answer each other: days asked, working days stated.
    ("审核要多少天？", "审核应在15个工作日内完成。", False),
    ("整改要在几个月内完成？", "整改期限为3个月，逾期未改的，处1万元罚款。", False),
    ("整改要在几个月内完成？", "整改期限为15日。", True),
]


@pytest.mark.parametrize(("question", "text", "rejected"), CASES)
def test_counted_period_is_not_a_date(question, text, rejected):
    assert untied_event(analyze(question), [], text) is rejected


# (question, row cells, rejected): a date asked of a row saying only how long.
ROW_CELLS = [
    (
        "企业注销登记的承诺时限从什么时候开始算？",
        ("3", "企业注销登记", "1个工作日", "3个工作日", "不收费"),
        True,
    ),
    # A row with a date answers a date question.
    ("申报什么时候截止？", ("1", "技改项目", "2025年6月30日", "30个工作日"), False),
    # A row with no period is left to the other rules; a duration question is not a date's.
    ("申报什么时候截止？", ("1", "技改项目", "每年3月"), False),
    ("企业注销登记要多久？", ("3", "企业注销登记", "1个工作日"), False),
]


@pytest.mark.parametrize(("question", "cells", "rejected"), ROW_CELLS)
def test_row_of_periods_is_no_date(question, cells, rejected):
    text = " | ".join(cells)
    assert untied_event(analyze(question), [], text, cells) is rejected
