"""The event a duration question asks the length of, and units that time another event
(answering/event_durations.py): examples and counter-examples."""

import pytest

from assistant.answering.constraints import rejection
from assistant.answering.event_durations import (
    duration_events,
    period_name,
    unstated_period,
    untied_event,
)
from assistant.answering.evidence import Sentence, Term
from assistant.answering.questions import analyze

PAYOUT = "补贴审核通过后多久兑付？"
TERMS = [Term("补贴", 3.0, pos="n"), Term("审核", 3.0, pos="v"), Term("兑付", 3.0, pos="v")]


@pytest.mark.parametrize(
    "question,events",
    [
        (PAYOUT, ["兑付"]),
        ("罚款要在多少天内兑付？", ["兑付"]),
        # A modal after the asking word is no event; nor is a verb far from it.
        ("被取消资格后，多久内不能审核？", []),
        ("兑付补贴的期限是几年？", []),
        # Not a duration question.
        ("补贴什么时候兑付？", []),
    ],
)
def test_duration_events(question, events):
    terms = [*TERMS, Term("不能", 2.0, pos="v")]
    assert [t.text for t in duration_events(analyze(question), terms)] == events


@pytest.mark.parametrize(
    "text,untied",
    [
        # The period stands with the event, or before it and times it.
        ("公示结束后30个工作日内兑付补贴。", False),
        ("每季度结束后10个工作日内，由财政局兑付补贴。", False),
        # A clause pointing back continues the event's statement.
        ("补贴已全部兑付，这已经是连续第三年。", False),
        # The event said in other words: judged by the unit's cover, not here.
        ("审核通过后5个工作日内拨付资金。", False),
        # Counter-examples: the period times a later statement about another event, or
        # the unit states no period at all.
        ("骗取补贴的，收回已兑付资金，五年内取消其申报资格。", True),
        ("补贴兑付情况见附件。", True),
    ],
)
def test_untied_event(text, untied):
    assert untied_event(analyze(PAYOUT), TERMS, text) is untied


def test_a_period_of_another_event_does_not_answer():
    text = "骗取补贴的，收回已兑付资金，五年内取消其申报资格。"
    unit = Sentence("d", "补贴办法", "", 0, len(text), text, 1)
    assert rejection(unit, 1.0, analyze(PAYOUT), TERMS, ()) == "event"


def _asked(text: str) -> Term:
    term = Term(text, 4.0, pos="n")
    term.asked = True
    return term


@pytest.mark.parametrize(
    "question,asked,name",
    [
        ("这份办法的有效期是什么？", "有效期", "有效期"),
        ("补贴公示期是几天？", "公示期", "公示期"),
        # Counter-example: a noun far before the asking word is the event's subject.
        ("承租人转租被查实后，多长时间内不能再申请？", "转租", None),
    ],
)
def test_period_name(question, asked, name):
    found = period_name(analyze(question), [Term("办法", 2.0, pos="n"), _asked(asked)])
    assert (found.text if found else None) == name


@pytest.mark.parametrize(
    "text,unstated",
    [
        ("自2023年7月1日起施行，有效期至2025年12月31日。", False),
        # Counter-example: a frequency of spending is no validity.
        ("开发区每年统筹安排专项资金10亿元。", True),
    ],
)
def test_unstated_period(text, unstated):
    aq = analyze("这份办法的有效期是什么？")
    assert unstated_period(aq, [_asked("有效期")], text) is unstated
