"""A comparison asked as yes/no (answering/comparison_verdicts.py; words in
question_grammar.yaml ``comparison_yesno`` and ``comparison``): "A比B多吗" decided from the
two values. Examples and counter-examples of the asking form, then invented documents of
two layouts (a table of two year columns, two sentences) end to end."""

import pytest

from assistant.answering.comparison_verdicts import asked_direction, comparison_verdict
from assistant.messages import msg
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2024年实际使用外资比2023年多吗？", True),
        ("今年的税收比去年高了吗", True),
        ("东区的租金比西区低一些吗？", False),
        ("新办法的补助比原办法少吗？", False),
        # Counter-examples: no yes/no, no comparing joiner, no direction word before the ask.
        ("东区和西区哪个租金高？", None),
        ("研发投入比例高吗？", None),
        ("税收比重大吗？", None),
        ("研发投入比上年增长了吗？", None),
        # A word of change ends in a direction character but asks a change.
        ("研发投入比上年减少了吗？", None),
        ("比去年多吗？", None),
        ("这项政策还有效吗？", None),
    ],
)
def test_asked_direction(question, expected):
    assert asked_direction(question) is expected


@pytest.mark.parametrize(
    ("question", "first", "second", "expected"),
    [
        ("A比B多吗？", 2.0, 1.0, "answer_yes"),
        ("A比B多吗？", 1.0, 2.0, "answer_no"),
        ("A比B多吗？", 1.0, 1.0, "answer_no"),
        ("A比B少吗？", 1.0, 2.0, "answer_yes"),
        ("A和B哪个多？", 1.0, 2.0, None),
    ],
)
def test_comparison_verdict(question, first, second, expected):
    assert comparison_verdict(question, first, second) == (msg(expected) if expected else "")


TABLE = """# 青禾经开区主要指标

| 指标 | 2023年 | 2024年 |
| --- | --- | --- |
| 实际使用外资（亿美元） | 1.62 | 1.48 |
| 进出口总额（亿元） | 210 | 236 |
"""
PROSE = """白石园区年度报告

2024年白石园区税收收入为38.5亿元。2023年白石园区税收收入为35.2亿元。
"""


chain = documents_chain({"table.md": TABLE, "prose.txt": PROSE}, "compare_yesno")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("青禾经开区2024年实际使用外资比2023年多吗？", "answer_no"),
        ("青禾经开区2024年进出口总额比2023年多吗？", "answer_yes"),
    ],
)
def test_a_comparison_asked_as_yes_no(chain, question, verdict):
    answer = chain.invoke(question)
    assert answer.direct_answer.startswith(msg(verdict)), answer.direct_answer


def test_one_sides_statement_is_no_yes(chain):
    # Only one side's value may be found by the yes/no reading: it decides nothing.
    answer = chain.invoke("白石园区2024年税收收入比2023年少吗？")
    assert not answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer


def test_a_comparison_asked_otherwise_has_no_verdict(chain):
    answer = chain.invoke("青禾经开区实际使用外资2023年和2024年哪个多？")
    assert not answer.direct_answer.startswith((msg("answer_yes"), msg("answer_no")))
