"""A follow-up pointing back with a pronoun ("那它…") at the one thing the earlier answer
named is asked of that thing: the earlier question asked which one, and its answer opens with
the name. A table written for this test, answered by the real chain; and the reading,
table-driven over analyze."""

import pytest

from assistant.answering.models import Turn
from assistant.answering.questions import analyze
from tests.conftest import chain_over

TABLE = """示例区2025年专项资金绩效评价结果

| 序号 | 项目名称 | 主管部门 | 得分 | 等级 |
| --- | --- | --- | --- | --- |
| 1 | 智慧园区平台项目 | 科技创新局 | 93.5 | 优 |
| 2 | 农贸市场改造项目 | 商务局 | 82.0 | 良 |
| 3 | 滨河步道景观项目 | 住房和城乡建设局 | 51.2 | 差 |
"""


def test_the_pronoun_asks_of_the_thing_answered(tmp_path):
    chain = chain_over(tmp_path, {"pingjia.md": TABLE})
    history = [
        {"role": "user", "content": "示例区绩效评价里评为差的是哪个项目？"},
        {"role": "assistant", "content": "滨河步道景观项目，得分51.2分。"},
    ]
    answer = chain.invoke({"question": "那它归哪个部门管？", "history": history})
    assert not answer.refused
    assert "住房和城乡建设局" in answer.direct_answer


@pytest.mark.parametrize(
    ("previous", "earlier", "question", "named"),
    [
        ("评为差的是哪个项目？", "滨河步道景观项目，得分51.2分。", "那它归哪个部门管？", True),
        ("罚款最多的是哪家？", "示例化工有限公司，罚款6.5万元。", "它的整改期限到哪天？", True),
        # The earlier question asked no which-thing, or its answer opens with a clause.
        ("评为优的项目预算怎么安排？", "优先保障。", "那它归哪个部门管？", False),
        (
            "评为差的是哪个项目？",
            "根据评价结果，滨河步道景观项目得分最低，为51.2分。",
            "那它归哪个部门管？",
            False,
        ),
    ],
)
def test_reading_the_pronoun(previous, earlier, question, named):
    history = [Turn(role="user", content=previous), Turn(role="assistant", content=earlier)]
    name = earlier.split("，")[0]
    assert (name in analyze(question, history).text) is named


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        (
            "示例区C类企业的得分区间是多少？",
            "那这类企业还能拿到新增用地吗？",
            "那C类企业还能拿到新增用地吗？",
        ),
        ("评为二级的园区有几个？", "该级园区有什么奖励？", "二级园区有什么奖励？"),
        # Two tiers named earlier: which one is meant is not known.
        ("A类和B类企业各有几家？", "这类企业能拿到新增用地吗？", "这类企业能拿到新增用地吗？"),
    ],
)
def test_this_tier_is_the_tier_asked_before(previous, question, expected):
    history = [Turn(role="user", content=previous), Turn(role="assistant", content="……")]
    assert analyze(question, history).text == expected


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        (
            "示例区清单里使用未经检定的计量器具怎么罚？",
            "这一项依据的是哪部法规？",
            "示例区清单里使用未经检定的计量器具依据的是哪部法规？",
        ),
        ("示例区超标排放怎么处理？", "该条由哪个部门执行？", "示例区超标排放由哪个部门执行？"),
        # No earlier question: nothing to point back at.
        ("", "这一项依据的是哪部法规？", "这一项依据的是哪部法规？"),
    ],
)
def test_this_item_is_the_thing_asked_before(previous, question, expected):
    turns = [Turn(role="user", content=previous), Turn(role="assistant", content="……")]
    assert analyze(question, turns if previous else []).text == expected
