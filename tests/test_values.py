"""A value read whole (resources/question_grammar.yaml, value_bounds) and chosen from the
clause that names what the question asks about: examples and counter-examples."""

import pytest

from assistant.answering.answer_parts import unit_of
from assistant.answering.evidence import Term
from assistant.answering.extraction import RATIO, asked_pattern, nearest_value
from assistant.answering.questions import analyze


def nouns(*words: str) -> list[Term]:
    return [Term(w, 1.0, pos="n") for w in words]


@pytest.mark.parametrize(
    "text,qtype,words,value",
    [
        # A bound after the value belongs to it.
        ("对年度研发费用在300万元以上的企业给予奖励", "number", ["研发费用"], "300万元以上"),
        ("企业应当于每年6月30日前提交申报材料", "date", ["申报材料"], "每年6月30日前"),
        ("审核在15个工作日以内办结", "duration", ["审核"], "15个工作日以内"),
        # A rate's base before the value belongs to it.
        ("投资强度不低于每亩300万元", "number", ["投资强度"], "每亩300万元"),
        # Counter-examples: nothing around the value to read with it.
        ("总规划面积600平方公里", "number", ["面积"], "600平方公里"),
        ("前两年按实际租金的50%给予补贴", "number", ["租金"], "50%"),
    ],
)
def test_value_read_whole(text, qtype, words, value):
    assert nearest_value(text, qtype, nouns(*words)) == value


@pytest.mark.parametrize(
    "words,value",
    [
        (["省级", "开发区", "投资强度"], "每亩200万元"),
        (["国家级", "开发区", "投资强度"], "每亩300万元"),
    ],
)
def test_value_from_the_clause_naming_the_question(words, value):
    text = "投资强度：国家级开发区不低于每亩300万元，省级开发区不低于每亩200万元。"
    assert nearest_value(text, "number", nouns(*words)) == value


@pytest.mark.parametrize(
    "value,unit",
    [
        ("300万元以上", "元"),
        ("每亩300万元", "元"),
        ("300万元", "元"),
        ("6月30日前", "月30日"),
        ("20%", "%"),
    ],
)
def test_unit_of_a_value_read_whole(value, unit):
    assert unit_of(value) == unit


@pytest.mark.parametrize(
    "question,text,asks_share",
    [
        ("新引进项目奖励按什么比例给？", "按实际设备投资额的5%给予奖励", True),
        ("补贴标准是百分之几？", "按百分之三十给予补贴", True),
        ("税收占比提高了多少个百分点？", "占比提高2.1个百分点", True),
        # Counter-examples: an amount asked, or a question that is no number question.
        ("新引进项目最高奖励多少？", None, False),
        ("补贴按什么标准发放？", None, False),
    ],
)
def test_a_ratio_is_asked_by_its_words(question, text, asks_share):
    pattern = asked_pattern(analyze(question))
    assert (pattern is RATIO) is asks_share
    if text is not None:
        assert pattern.search(text) is not None
