"""A yes/no asking a direction (rose, fell, exceeded) is not answered yes by a statement of
a level alone (answering/directions.py, qa.yesno_answer): examples and counter-examples of
the rule, then invented reports of two layouts end to end — the level sentence ranked
first gives no verdict, the sentence stating the fall says yes."""

import pytest

from assistant.answering.directions import unstated_direction
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("question", "said", "expected"),
    [
        (
            "有没有园区的研发经费占比比上年下降？",
            "青禾园区研发经费占比达到4.1%，继续位居第一。",
            True,
        ),
        ("园区税收收入增长了吗？", "园区税收收入为12.5亿元。", True),
        # Counter-examples: a side of the direction stated; a threshold or a bound beside a
        # figure, which the values decide; no direction asked.
        ("有没有园区的研发经费占比比上年下降？", "白石园区比上年下降0.2个百分点。", False),
        ("园区税收收入增长了吗？", "园区税收收入比上年减少3%。", False),
        ("示范区总规划面积超过500平方公里了吗？", "总规划面积600平方公里。", False),
        ("投资500万元以上的项目能申请吗？", "投资额达到500万元的项目可以申请。", False),
        ("园区的研发经费占比是多少？", "研发经费占比达到4.1%。", False),
    ],
)
def test_unstated_direction(question, said, expected):
    assert unstated_direction(question, said) is expected


REPORT = (
    "# 青禾市开发区2024年度监测通报\n\n"
    "## 三、研发投入\n\n"
    "青禾园区研发经费占比达到4.1%，继续位居第一；"
    "白石经开区比上年回落0.2个百分点，是唯一下降的园区；"
    "云溪园区提高0.3个百分点，提升幅度最大。\n"
)
RESULTS = """# 红枫区园区年度考核结果

## 考核结果运用

红枫科技园综合得分92分，位列全区第一。

绿港园区得分较上年下降3分，是唯一得分下降的园区。

各园区考核结果报区政府备案。
"""
NOTICE = """青川市开发区2024年度综合评价通报

三、创新投入

2024年，全市开发区研发经费投入合计86.5亿元。

青川高新区研发经费占比达到3.7%，继续位居全市开发区第一；白石开发区研发经费占比比上年回落0.1个百分点，是唯一下降的开发区；云溪开发区提高0.4个百分点，提升幅度最大。
"""


@pytest.fixture(scope="module")
def chains(tmp_path_factory):
    return {
        "report": chain_over(
            tmp_path_factory.mktemp("report"), {"r.md": REPORT, "results.md": RESULTS}
        ),
        "notice": chain_over(tmp_path_factory.mktemp("notice"), {"n.txt": NOTICE}),
    }


def test_a_level_alone_gets_no_yes(chains):
    answer = chains["report"].invoke("有没有园区的研发经费占比比上年下降？")
    direct = answer.direct_answer
    assert not direct.startswith(msg("answer_yes")) or "白石经开区" in direct, direct


def test_the_stated_fall_says_yes(chains):
    answer = chains["notice"].invoke("有没有开发区的研发经费占比比上年下降？")
    assert answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer
    assert "白石开发区" in answer.direct_answer
