"""A negation in an earlier clause about another matter does not deny what the question
asks when a later clause free of negation says it (answering/later_clauses.py)."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.later_clauses import negation_before_asked
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze

ONLINE = "网办事项在线申请、电子证照送达，无需提交纸质材料，电子证照与纸质证照具有同等效力。"


def _terms(asked: str, *others: str) -> list[Term]:
    return [Term(asked, 5.0, pos="n", known=True, asked=True)] + [
        Term(w, 1.0, pos="n", known=True) for w in others
    ]


@pytest.mark.parametrize(
    "clause,asked,expected",
    [
        (ONLINE, "效力", True),
        # Counter-examples: the asked matter is in the negated clause; a topic clause
        # naming the asked matter before the negation it is denied by.
        (ONLINE, "材料", False),
        ("对于补助资金，不得用于发放工资。", "资金", False),
    ],
)
def test_negation_before_the_asked_clause(clause, asked, expected):
    assert negation_before_asked(clause, _terms(asked)) is expected


def test_an_earlier_negation_does_not_deny_the_asked_clause():
    question = analyze("网办拿到的电子证照，跟纸质证照效力一样吗？")
    assert polarity(question, ONLINE, _terms("效力", "电子", "证照", "纸质")) is not False


def test_later_clauses_free_of_negation_plainly_assert():
    # The earlier clause's negation is of another matter: the later clauses say yes.
    question = analyze("网办电子证照跟纸质证照效力相同吗？")
    terms = _terms("效力", "电子", "证照", "纸质")
    assert polarity(question, ONLINE, terms) is True
