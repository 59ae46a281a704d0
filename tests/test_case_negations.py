"""A question setting its case by a negation in an earlier clause ("不想留名字，…",
"判断不准是哪个级别，…") is not denying what it asks when the rule's condition names that
case by a negation of its own; the rule's verdict decides (answering/case_negations.py)."""

import pytest

from assistant.answering.case_negations import mirrored_case
from assistant.answering.evidence import Term
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze

ANONYMOUS = "对未署真实姓名或单位名称的匿名意见，不予处理。"
UNCLEAR = "事件初判级别难以确定的，按高一级别启动响应；"
LOCAL = "注册地在本区的企业，可以申报。"


def _terms(asked: str, *others: str) -> list[Term]:
    return [Term(asked, 5.0, pos="n", known=True, asked=True)] + [
        Term(w, 2.0, pos="n", known=True) for w in others
    ]


@pytest.mark.parametrize(
    "question,clause,terms,expected",
    [
        ("我不想留名字，匿名意见会处理吗？", ANONYMOUS, _terms("意见", "匿名", "处理"), False),
        (
            "刚出事时判断不准是哪个级别，是不是按高一级别启动响应？",
            UNCLEAR,
            _terms("启动", "级别", "响应"),
            True,
        ),
        # Counter-example: a condition naming no negated case leaves the question's
        # negation deciding (another case than the rule's).
        ("我们不是本区企业，可以申报吗？", LOCAL, _terms("申报", "企业"), False),
    ],
)
def test_a_case_negation_mirrored_by_the_condition(question, clause, terms, expected):
    assert polarity(analyze(question), clause, terms) is expected


@pytest.mark.parametrize(
    "question,words,clause,mirrored",
    [
        ("我不留名字,匿名意见会处理", ["不"], ANONYMOUS, True),
        # The negation is in the asking clause: it is what is asked.
        ("匿名意见,会不予处理", ["不予"], ANONYMOUS, False),
        # The condition's negation does not describe a noun.
        ("我不留名字,意见会处理", ["不"], "意见不予处理，未署名的除外。", False),
    ],
)
def test_which_case_negations_are_mirrored(question, words, clause, mirrored):
    assert mirrored_case(question, words, clause) is mirrored
