"""Qualifiers end to end over invented documents of three layouts (minutes with numbered
headings, a list under kind headings, a profile with a table of indicators): a question
about another phase, meeting, kind or measure than the documents state is refused or
answered from the unit that shares its qualifier."""

import pytest

from tests.helpers import documents_chain

MINUTES = """# 松岭经开区主任办公会议纪要

3月2日，管委会主任主持召开2025年第4次主任办公会议，研究了智能装备产业园二期建设等事项。

## 一、关于智能装备产业园二期建设问题

二期项目规划用地210亩，建设标准厂房12万平方米，总投资6.5亿元。
"""
ROSTER = """# 柳河高新区2024年度创新企业名单

## （一）雏鹰企业（2家）

1. 柳河恒远材料有限公司（北园）
2. 柳河星际软件有限公司（南园）

## （二）准雏鹰企业（2家）

1. 柳河博达电子有限公司（北园）
2. 柳河远景光学有限公司（东园）
"""
PROFILE = """# 桐江经开区概况

2024年，全区地区生产总值增长6.2%，规模以上工业增加值增长8.4%，一般公共预算收入18.6亿元，增长9%。

## 主要经济指标

| 指标 | 2023年 | 2024年 | 单位 |
| --- | --- | --- | --- |
| 一般公共预算收入 | 17.1 | 18.6 | 亿元 |
| 规模以上工业企业 | 190 | 204 | 家 |
"""


chain = documents_chain(
    {"minutes.md": MINUTES, "roster.md": ROSTER, "profile.md": PROFILE}, "qualifiers"
)


@pytest.mark.parametrize(
    "question",
    [
        "智能装备产业园一期建了多少平方米标准厂房？",
        "松岭经开区下一次主任办公会议什么时候开？",
        "桐江经开区2024年地区生产总值是多少亿元？",
    ],
)
def test_another_phase_meeting_or_measure_is_refused(chain, question):
    answer = chain.invoke(question)
    assert answer.refused, answer.direct_answer


def test_the_phase_the_documents_state_is_answered(chain):
    answer = chain.invoke("智能装备产业园二期建了多少平方米标准厂房？")
    assert "12万平方米" in answer.direct_answer, answer.direct_answer


def test_a_prefixed_kind_is_not_the_kind_asked(chain):
    answer = chain.invoke("北园的雏鹰企业是哪家？")
    assert "恒远材料" in answer.direct_answer, answer.direct_answer
    assert "博达电子" not in answer.direct_answer, answer.direct_answer
    # Only a "quasi" firm of that kind sits in the east park.
    assert chain.invoke("东园的雏鹰企业是哪家？").refused


def test_the_measure_with_its_amount_is_answered(chain):
    answer = chain.invoke("桐江经开区2024年一般公共预算收入是多少亿元？")
    assert "18.6" in answer.direct_answer, answer.direct_answer
