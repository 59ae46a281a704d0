"""A deferral to another source ("最终以…为准") names what decides: asked whether the
statement's own figures are final, a statement calling them preliminary and deferring to
another source says no; asked whether they are preliminary, yes."""

import pytest

from assistant.answering.verdict_cases import without_deferrals
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented quarterly bulletin with a note on its figures.
BULLETIN = (
    "临江经开区2026年一季度经济运行简报\n\n"
    "一季度，临江经开区规模以上工业增加值同比增长6.8%，固定资产投资同比增长4.1%。\n\n"
    "说明：本简报数据为初步统计数，最终以区统计局年度统计公报数据为准。\n"
)

chain = documents_chain({"bulletin.txt": BULLETIN}, "yesno_deferrals")


@pytest.mark.parametrize(
    "question,yes",
    [
        ("临江经开区一季度简报里的数据是最终数吗？", False),
        ("临江经开区一季度简报里的数据是初步统计数吗？", True),
    ],
)
def test_a_deferral_speaks_of_its_source(chain, question, yes):
    answer = answered(chain, question, "初步统计数")
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))


@pytest.mark.parametrize(
    "clause,kept,blanked",
    [
        ("本简报数据为初步统计数，最终以区统计局年度统计公报数据为准。", "初步统计数", "最终"),
        ("具体金额以财政部门审核结果为准。", "具体金额", "审核结果"),
    ],
)
def test_deferrals_are_blanked(clause, kept, blanked):
    plain = without_deferrals(clause)
    assert kept in plain and blanked not in plain
