"""Yes/no decided by a figure: a value the question ends with ("公示10天吗") against the
value the clause states for the same measure ("公示7天") says no, and the unit stating it
is not refused for lacking the asked figure; a threshold is checked on the value of the
measure the question names before it ("总数超过600家" against "新增45家，总数达到612家");
a rule allowing only a count ("只能申报一个") says no to more ("两个"), and one limiting a
verb to its objects ("只考核A和B") says no to another object ("也要考核C吗")."""

import pytest

from assistant.answering.stated_values import (
    measured_value,
    only_count_verdict,
    only_scope_verdict,
    value_verdict,
)
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# Two invented documents: a call for applications and a short economic report.
NOTICE = (
    "关于组织申报2026年度云溪经开区数字化转型项目的通知\n\n"
    "一、支持标准\n\n"
    "（一）对智能化改造项目，按设备投资额的15%给予补助，最高300万元。\n"
    "（二）对数字化车间，给予一次性奖励50万元；对智能工厂，给予一次性奖励100万元。\n\n"
    "二、其他事项\n\n"
    "同一企业同一年度只能申报一个项目。第二类考核对象只考核营商环境指标和招商协作情况。"
    "项目评审结果将在管委会网站公示7天，公示无异议的拨付资金。\n"
)
REPORT = (
    "云溪经开区2025年经济运行情况\n\n"
    "2025年，云溪经开区实现地区生产总值820.5亿元，同比增长6.2%。"
    "全区新增规模以上工业企业45家，总数达到612家。\n"
)

chain = documents_chain({"notice.txt": NOTICE, "report.txt": REPORT}, "yesno_stated_values")


@pytest.mark.parametrize(
    "question,yes,said",
    [
        ("云溪经开区数字化转型项目评审结果公示10天吗？", False, "公示7天"),
        ("云溪经开区智能化改造补助最高是500万元吗？", False, "最高300万元"),
        ("云溪经开区智能化改造补助最高是300万元吗？", True, "最高300万元"),
        ("云溪经开区数字化车间奖励是100万元吗？", False, "50万元"),
        ("云溪经开区规上工业企业总数超过600家了吗？", True, "612家"),
        ("云溪经开区数字化转型项目同一企业一年能申报两个项目吗？", False, "只能申报一个项目"),
        ("云溪经开区第二类考核对象也要考核新签约项目数吗？", False, "只考核营商环境指标"),
    ],
)
def test_a_figure_decides(chain, question, yes, said):
    answer = answered(chain, question, said)
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        ("评审结果公示10天 ", "项目评审结果将在管委会网站公示7天", False),
        ("评审结果公示7天 ", "项目评审结果将在管委会网站公示7天", None),
        # A bound is read by the bound reader, a value of another measure by nobody.
        ("补助最高是500万元 ", "补助不超过300万元", None),
        ("评审结果公示10天 ", "受理后10个工作日内办结", None),
        # The measure named after the value ("6个月的免租期") is named after it in the clause.
        ("能拿到6个月的免租期吗？", "租期不满5年的，给予3个月免租期", False),
        ("能拿到6个月的免租期吗？", "租期5年的，给予6个月免租期", None),
        ("能拿到6个月的免租期吗？", "租期5年的，给予6个月装修期", None),
    ],
)
def test_value_verdict(question, clause, expected):
    assert value_verdict(question, clause) is expected


def test_the_threshold_measures_value():
    clause = "全区新增规模以上工业企业45家，总数达到612家"
    question = "规上工业企业总数超过600家了"
    assert measured_value(question, question.find("超过"), clause, "家") == "612家"


@pytest.mark.parametrize(
    "question,expected",
    [("一年能申报两个项目", False), ("一年能申报一个项目", None), ("能申报两次", None)],
)
def test_only_count_verdict(question, expected):
    assert only_count_verdict(question, "同一企业同一年度只能申报一个项目") is expected


@pytest.mark.parametrize(
    "question,expected",
    [
        ("区直部门也要考核新签约项目数", False),
        ("第二类考核对象要考核营商环境指标", None),
        # An object the allowed ones name in part is left to the other readers.
        ("要考核营商环境吗", None),
    ],
)
def test_only_scope_verdict(question, expected):
    assert (
        only_scope_verdict(question, "第二类考核对象只考核营商环境指标和招商协作情况") is expected
    )
