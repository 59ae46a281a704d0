"""A question's short form read in the documents' full wording (answering/abbreviations.py):
examples and counter-examples of the rule, and questions over small invented documents."""

import pytest

from assistant.answering.abbreviations import can_abbreviate, full_forms
from tests.conftest import chain_over
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    "short,text,expected",
    [
        # First characters of each word, in order.
        ("技改", "对技术改造项目给予补助", ["技术改造"]),
        ("高企", "首次认定的高新技术企业", ["高新技术企业"]),
        # A word skipped between two letters.
        ("环评", "不得将环境影响评价作为前置条件", ["环境影响评价"]),
        # The last letter may end the last word (交易所 -> 所).
        ("上交所", "在上海证券交易所上市", ["上海证券交易所"]),
        ("经开区", "芜湖经济技术开发区管委会", ["经济技术开发区"]),
        # A full form that runs on into the next word is still the short form's reading.
        ("租期", "租赁期满未通过验收的", ["租赁期满"]),
        # A word inside a longer one opens too (年度 in 上年度).
        ("年薪", "上年度工资薪金收入", ["年度工资薪金"]),
    ],
)
def test_full_forms_found(short, text, expected):
    assert full_forms(short, text) == expected


@pytest.mark.parametrize(
    "short,text",
    [
        # The letters are there but not as word openings ("口" inside 进出口).
        ("进口额", "进出口总额增长百分之五"),
        # Letters too far apart are two unrelated words.
        ("交费", "提交申请材料后由财政部门统一拨付费用"),
        # The term written out as itself is no expansion.
        ("环评", "环评报告"),
        # Nothing of it at all.
        ("交钱", "备案不收费"),
        # The second character of a two-character word does not stand for it.
        ("开票", "开发区发票"),
    ],
)
def test_full_forms_not_found(short, text):
    assert full_forms(short, text) == []


@pytest.mark.parametrize(
    "term,ok",
    [("技改", True), ("上交所", True), ("补", False), ("GDP", False), ("高新技术企业", False)],
)
def test_only_short_chinese_runs_abbreviate(term, ok):
    assert can_abbreviate(term) is ok


POLICY = """示例区支持制造业发展办法

第一条　对企业实施技术改造的，按设备投资额的12%给予补助，单个项目最高800万元。
第二条　项目备案不得将环境影响评价作为前置条件。
第三条　企业在上海证券交易所首发上市的，给予奖励260万元。
"""


OTHER = """示例区人才服务指南

一、人才认定每年集中受理两次。
二、认定结果在区政府网站公示5个工作日。
三、补贴由区财政局在公示结束后30个工作日内拨付。
"""


chain = documents_chain({"policy.txt": POLICY, "talent.txt": OTHER}, "abbr")


@pytest.mark.parametrize(
    "question,facts",
    [
        ("企业搞技改，单个项目最高补助多少？", ["800万元"]),
        ("在上交所上市奖励多少？", ["260万元"]),
    ],
)
def test_short_form_questions_are_answered(chain, question, facts):
    answer = chain.ask(question)
    assert not answer.refused, answer.answer
    for fact in facts:
        assert fact in answer.direct_answer


def test_yes_no_with_a_short_form_is_decided_by_the_spelt_out_clause(chain):
    answer = chain.ask("备案前必须先做环评吗？")
    assert not answer.refused
    assert answer.direct_answer.startswith("否")


ZONE_POLICY = """青山经开区企业服务指南

一、企业可通过青山经开区惠企服务平台在线申报各类补助。
二、咨询电话由经开区经济发展局统一公布。
"""

ZONE_REPORT = """青山经济开发区2023年工作总结

2023年，青山经济开发区实现地区生产总值356.2亿元，同比增长6.8%。
园区共有高新技术企业213家，专精特新中小企业65家。
"""


@pytest.fixture(scope="module")
def zone_chain(tmp_path_factory):
    return chain_over(
        tmp_path_factory.mktemp("zones"),
        {"guide.txt": ZONE_POLICY, "report.txt": ZONE_REPORT},
    )


@pytest.mark.parametrize(
    "question,fact",
    [
        # One document uses the short form, the other spells it out: both are the zone.
        ("青山经开区2023年GDP增长多少？", "6.8%"),
        ("青山经开区有多少家高新技术企业？", "213家"),
    ],
)
def test_a_short_form_one_document_uses_finds_another_spelling_it_out(zone_chain, question, fact):
    answer = zone_chain.ask(question)
    assert not answer.refused, answer.answer
    assert fact in answer.direct_answer


def test_another_zone_is_still_refused(zone_chain):
    assert zone_chain.ask("白水经开区2023年地区生产总值是多少？").refused
