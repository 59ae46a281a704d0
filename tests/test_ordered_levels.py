"""A level the question states against a floor a rule sets on an ordered scale
(answering/levels.py), and "any" in a requirement's cell ("不限"), which denies nothing."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.levels import level_verdict
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze

ROW = "25004 | 示范区服务中心 | 综合窗口岗 | 2 | 大专及以上 | 不限 | 30周岁以下 | 限本市户籍或本市生源"


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        # Below the floor: no.
        ("只有大专学历，能报综合窗口岗吗？", "学历要求：本科及以上。", False),
        ("本科毕业能申请吗？", "具有硕士研究生及以上学历的人才", False),
        # Counter-examples: at or above the floor, or asking of a floor, decides nothing.
        ("只有大专学历，能报综合窗口岗吗？", ROW, None),
        ("硕士能申请吗？", "本科及以上学历", None),
        ("本科及以上能申请吗？", "硕士研究生及以上学历", None),
        ("本科毕业能申请吗？", "具有本科学历的人才", None),
        ("只有大专学历，能申请吗？", "本科及以上学历或中级及以上职称的人才", None),
    ],
)
def test_a_level_against_a_floor(question, clause, expected):
    assert level_verdict(question, clause) is expected


@pytest.mark.parametrize(
    "question,expected",
    [
        # A cell saying "any" sets no limit: the row's own floor met, the row says yes.
        ("只有大专学历，能报综合窗口岗吗？", True),
        # Counter-example: below the row's floor.
        ("只有高中学历，能报综合窗口岗吗？", False),
    ],
)
def test_any_in_a_cell_denies_nothing(question, expected):
    terms = [Term(w, 1.0, pos="n", known=True) for w in ("综合", "窗口", "岗")]
    assert polarity(analyze(question), ROW, terms) is expected
