"""A relief word ("免于评价", "免于压减") denies the act after it as a negation does: a
question asking whether it may *not* do that act ("可以申请不参加评价吗", "能不能不压减")
is answered yes by it, wherever in the statement the relief stands (answering/polarity.py,
answering/denials.py)."""

import pytest

from assistant.answering.denials import asserts_denied
from assistant.answering.evidence import Term
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze

# A relief after a case whose condition holds a negation of another matter.
EXEMPT = (
    "上年度因规划调整等非企业自身原因停产累计3个月以上的企业，经企业申请、"
    "主管部门核实后，当年免于评价；"
)


def _terms(asked: str, *others: str) -> list[Term]:
    return [Term(asked, 5.0, pos="n", known=True, asked=True)] + [
        Term(w, 2.0, pos="n", known=True) for w in others
    ]


@pytest.mark.parametrize(
    "question,expected",
    [
        ("因规划调整停产了4个月，今年可以申请不参加评价吗？", True),
        # Counter-example: asked of the act itself, the relief still denies it.
        ("因规划调整停产了4个月，今年还要参加评价吗？", False),
    ],
)
def test_a_relief_after_an_earlier_negation_decides(question, expected):
    terms = _terms("评价", "规划", "调整", "停产", "参加")
    assert polarity(analyze(question), EXEMPT, terms) is expected


@pytest.mark.parametrize(
    "question,clause,denied",
    [
        # The act the question negates is relieved, not asserted.
        ("明年预算能不压减", "经审核认定后，可免于压减预算，但仍须完成整改", False),
        ("可以不交押金", "领军人才免交押金", False),
        # Counter-example: said with no negation or relief governing it, it is asserted.
        ("明年预算能不压减", "评价等级为差的，压减下一年度预算", True),
    ],
)
def test_a_relieved_act_is_not_asserted(question, clause, denied):
    assert asserts_denied(question, clause) is denied
