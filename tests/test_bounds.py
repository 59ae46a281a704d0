"""Lower bounds asked and stated (answering/bounds.py), the ``bounds.reach_asking`` words
of resources/question_grammar.yaml, and the value a threshold question takes from a span
that also states a rate: examples and counter-examples."""

import pytest

from assistant.answering.bounds import asks_lower_bound, asks_reach, states_lower_bound
from assistant.answering.evidence import Term
from assistant.answering.extraction import asked_value, nearest_value
from assistant.answering.grammar import grammar
from assistant.answering.questions import analyze


@pytest.mark.parametrize(
    "question,asks",
    [
        ("企业年度研发费用要达到多少？", True),
        ("在孵企业至少多少家？", True),
        ("申报的营业收入门槛是多少？", True),
        ("容积率最低是多少？", True),
        # A plain amount, or an upper bound, is no threshold.
        ("研发投入奖励多少？", False),
        ("单个项目最高补助多少？", False),
    ],
)
def test_asks_lower_bound(question, asks):
    assert asks_reach(analyze(question)) is asks


def test_only_number_questions_ask_a_reach():
    assert asks_lower_bound("研发费用要达到多少")
    assert not asks_reach(analyze("研发费用要达到什么标准才能申报？"))


@pytest.mark.parametrize(
    "text,states",
    [
        ("对年度研发费用在300万元以上的企业", True),
        ("在孵企业不少于30家", True),
        ("营业收入应在500万元及以上", True),
        ("按增量部分的15%给予奖励", False),
        ("单家企业每年最高200万元", False),
    ],
)
def test_states_lower_bound(text, states):
    assert states_lower_bound(text) is states


TERMS = [
    Term("年度", 1.2, pos="n"),
    Term("研发", 1.9, pos="j"),
    Term("费用", 5.3, pos="n"),
    Term("奖励", 1.8, pos="vn"),
]
RULE = "对年度研发费用在300万元以上的企业，按其研发费用较上年增量部分的15%给予奖励，单家企业每年最高200万元"


@pytest.mark.parametrize(
    "question,expected",
    [
        # What the spending must reach: the bound, though the rate's clause names as much.
        ("企业年度研发费用要达到多少？", "300万元以上"),
        # The rate asked: the bound does not take its place.
        ("研发费用增量奖励比例是多少？", "15%"),
    ],
)
def test_asked_value_takes_the_bound_for_a_threshold(question, expected):
    assert asked_value(RULE, analyze(question), TERMS) == expected


def test_nearest_value_without_a_bound_keeps_the_nearest():
    text = "按其研发费用较上年增量部分的15%给予奖励，年度研发费用在300万元以上"
    assert nearest_value(text, "number", TERMS, lower=True) == "300万元以上"
    assert nearest_value("按其研发费用的15%给予奖励", "number", TERMS, lower=True) == "15%"


def test_reach_words_are_read():
    assert "达到多少" in grammar().raw["bounds"]["reach_asking"]
