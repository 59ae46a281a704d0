"""A rule's sanction for its act left undone ("必须设置绩效目标，未设置绩效目标的，不予安排
预算") says what follows when the rule is not kept: it does not deny the act a question
asks the rule requires (answering/case_negations.py)."""

import pytest

from assistant.answering.case_negations import without_unkept
from assistant.answering.evidence import Term
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze

RULE = "新增项目申报时必须同步设置绩效目标，未设置绩效目标或目标不合理的，一律不予安排预算。"


def _terms(asked: str, *others: str) -> list[Term]:
    return [Term(asked, 5.0, pos="n", known=True, asked=True)] + [
        Term(w, 2.0, pos="n", known=True) for w in others
    ]


@pytest.mark.parametrize(
    "question,terms,expected",
    [
        ("新增项目申报时是否必须设置绩效目标？", _terms("目标", "项目", "设置", "绩效"), True),
        # Counter-example: the question sets the case the sanction is for.
        ("没有设置绩效目标，还能安排预算吗？", _terms("预算", "设置", "绩效", "目标"), False),
    ],
)
def test_a_sanction_does_not_deny_the_required_act(question, terms, expected):
    assert polarity(analyze(question), RULE, terms) is expected


@pytest.mark.parametrize(
    "question,clause,kept",
    [
        ("是否必须设置绩效目标", RULE, "新增项目申报时必须同步设置绩效目标，"),
        # The act is not required before the condition: the condition is the rule's case.
        ("设置绩效目标了吗", "未设置绩效目标的项目，不予安排预算。", None),
        # The question negates the act itself.
        ("没有设置绩效目标能安排预算吗", RULE, None),
    ],
)
def test_which_sanctions_are_blanked(question, clause, kept):
    out = without_unkept(question, clause)
    if kept is None:
        assert out == clause
    else:
        assert out.startswith(kept) and "不予" not in out and len(out) == len(clause)
