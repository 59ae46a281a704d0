"""Periods stated with their period noun (resources/question_grammar.yaml ``stated_period``):
the clause a duration question is answered by, over documents invented for the test."""

import pytest

from assistant.answering.periods import asked_period, span_bonus, states_period
from tests.helpers import answered, documents_chain

# (clause, states a period with its noun)
STATED = [
    ("享受期限均为2年", True),
    ("公示期为5个工作日", True),
    ("规划期为2021年至2030年", True),
    ("有效期3年", True),
    ("有效期：3年", True),
    ("期限不超过1年", True),
    ("建设期两年", True),
    # A period in a condition or a deadline names no period noun …
    ("对2023年1月1日以后毕业5年内的人才", False),
    ("在公示结束后30个工作日内拨付", False),
    # … nor does an ordinal or a batch.
    ("首期投入3年", False),
    ("第一期", False),
    ("近期至2025年", False),
]


@pytest.mark.parametrize(("clause", "stated"), STATED)
def test_stated_periods(clause, stated):
    assert states_period(clause) is stated


# (question, the period noun it names)
ASKED = [
    ("人才补贴的公示期是几天？", "公示期"),
    ("这个政策的有效期多长？", "有效期"),
    ("规划期是哪几年？", "规划期"),
    ("享受期限是几年？", "享受期限"),
    ("补贴能领多久？", None),
    # A period the question frames itself in is not the one it asks.
    ("有效期内企业更名，应在多长时间内报告？", None),
    ("多长时间能办完？", None),
]


@pytest.mark.parametrize(("question", "noun"), ASKED)
def test_asked_periods(question, noun):
    assert asked_period(question) == noun


DOCS = {
    "rent.md": """# 示例新区青年人才安居办法

## 租房补贴

第五条　对毕业3年内、首次在新区就业的青年人才发放租房补贴，每月800元，补贴期限为2年。

## 兑现程序

第九条　公示期为7个工作日。公示无异议的，由财政部门在公示结束后15个工作日内发放补贴。
""",
    "plan.txt": """示例港区发展规划

一、总体要求

本规划是指导港区未来十年发展的纲领性文件，规划期为2024年至2035年，近期至2027年。
""",
    "fund.md": """# 示例园区创业基金管理办法

- 基金规模：5亿元
- 存续期：8年，其中投资期5年
- 管理机构：园区创投公司
""",
    "permit.txt": """示例区施工许可办理须知

一、许可证自核发之日起3个月内未开工的，应当申请延期。申请延期的，延期以一次为限，期限不超过6个月。

二、申请人有下列情形之一的，撤销其许可，两年内不得再次申请：
（一）提供虚假材料的；
（二）擅自变更设计的。
""",
    "gazelle.md": """# 示例区瞪羚企业认定办法

第十条　瞪羚企业资格有效期均为3年，有效期内企业发生更名、迁出本区等变化的，应在30日内书面报告区科技局。
""",
    "press.md": """# 示例区召开数字经济政策新闻发布会

5月8日上午，示例区管理委员会召开新闻发布会，介绍《示例区促进数字经济发展的若干措施》（以下简称《若干措施》）有关情况。

近日，管委会正式印发《若干措施》，自2024年6月1日起施行，有效期至2026年12月31日。
""",
}


chain = documents_chain(DOCS, "periods")


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        # The period stated with its noun, not the condition's "within 3 years".
        ("青年人才租房补贴能领多久？", "2年", "3年内"),
        # The period the question names, not a deadline of the sentence beside it.
        ("人才补贴的公示期是几天？", "7个工作日", "15个工作日"),
        # A period from one year to another, not the "ten years" of the clause before it.
        ("港区发展规划的规划期是哪几年？", "2024年至2035年", "十年"),
        # A list item stating the period after a colon.
        ("创业基金的存续期是多久？", "8年", "5亿元"),
        # A bare period noun with the clause naming what it is the period of.
        ("施工许可最多能延期多久？", "延期以一次为限，期限不超过6个月", "3个月"),
        # A lead-in stating the period answers, not the cases it opens.
        ("许可被撤销后多久内不能再次申请？", "两年内", "虚假材料"),
        # The period the question frames itself in ("有效期内") is not the one asked.
        ("瞪羚企业有效期内发生更名的，应在多长时间内书面报告？", "30日内", "3年"),
        # The date a rule takes effect, stated as rules state it, not the day it was presented.
        ("示例区促进数字经济发展的若干措施从什么时候开始施行？", "2024年6月1日", "5月8日"),
        ("示例区促进数字经济发展的若干措施有效期到哪天？", "2026年12月31日", "5月8日"),
    ],
)
def test_stated_periods_and_rule_dates_answer(chain, question, expected, not_expected):
    answered(chain, question, expected, absent=not_expected)


@pytest.mark.parametrize(
    "question,text,bonus",
    [
        # Asked until when: a span of days states the end.
        ("这个名单公示到几号？", "公示期为2024年7月5日至2024年7月11日，共5个工作日。", True),
        ("申报从哪天到哪天？", "申报时间为6月1日到7月15日。", True),
        # A single date is no span.
        ("这个名单公示到几号？", "发布时间：2024年7月5日", False),
        # Not asked until when.
        ("名单是哪天公布的？", "公示期为2024年7月5日至2024年7月11日。", False),
        # A rule's expiry is the event bonus's, not a span's.
        ("办法的有效期到哪天？", "申报时间为6月1日至7月15日。", False),
    ],
)
def test_a_span_of_days_answers_until_when(question, text, bonus):
    assert (span_bonus("date", question, text) > 0) is bonus
    assert span_bonus("number", question, text) == 0
