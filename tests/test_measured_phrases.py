"""A fixed phrase the tagger gives no word class ("总预算", tagged "l") right before the
words asking how much is what a number question measures (evidence.measured_phrases): a
noun the evidence must hold. Table-driven, and answers from an invented tender notice
whose project-name line shares every other word of the question (real index)."""

import pytest

from assistant.answering.evidence import Term, measured_phrases
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    ("question", "word", "pos"),
    [
        ("这个项目总预算是多少？", "总预算", "n"),
        ("项目总预算多少？", "总预算", "n"),
        # Counter-example: the phrase is not what is asked how much of.
        ("总预算由谁审批？", "总预算", "l"),
    ],
)
def test_a_fixed_phrase_before_how_much_is_measured(question, word, pos):
    term = Term(word, 1.0, pos="l")
    measured_phrases([term], question)
    assert term.pos == pos


NOTICE = """青溪经开区2025—2026年度园区绿化养护服务采购项目招标公告

一、项目基本情况

（一）项目编号：QX2025-017。

（二）项目名称：青溪经开区2025—2026年度园区绿化养护服务采购项目。

（三）采购方式：公开招标。

（四）预算金额：本项目总预算为486.20万元，资金来源为财政预算资金。
"""

chain = documents_chain({"notice.md": NOTICE}, "measured_phrases")


def test_the_amount_of_the_measured_phrase_answers(chain):
    answered(
        chain,
        "青溪经开区2025—2026年度园区绿化养护服务采购项目总预算是多少？",
        "486.20万元",
    )
