"""A relief word the question asks about ("是免费的吗") affirmed by a clause stating it with
no negation of its own: the prohibitions in the statement's other clauses agree with it
(answering/cases.py relief_affirmed, read by answering/polarity.py)."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze

FREE = "帮办代办服务全程免费，代办员不得收取任何费用，不得接受宴请。"
PAID = "帮办代办服务按标准收费，代办员不得另行收取其他费用。"


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        ("帮办代办是免费的吗？", FREE, True),
        ("帮办代办免费吗？", FREE, True),
        # Counter-examples: the clause does not state the relief; a relief word modifying
        # the thing asked about is no relief asked.
        ("帮办代办是免费的吗？", PAID, False),
        ("主干道能画免费停车位吗？", "关于“施划免费停车位”的建议，主干道禁止设置停车泊位。", False),
    ],
)
def test_a_relief_asked_and_stated(question, clause, expected):
    words = ("帮办", "代办", "免费", "停车位", "主干道")
    terms = [Term(w, 1.0, pos="n", known=True) for w in words]
    assert polarity(analyze(question), clause, terms) is expected
