"""Everyday words of a question read as the formal words rules use for them (lexicon.yaml
``everyday``): a procedure's course (流程) is its 程序, what is not given (不给) is 不予, not
allowed (不准) is 不得, paying out (掏钱) is a fee, an annual report (年报) its 年度报告,
cutting (砍) a budget is reducing it (压减, 核减), a number of days (天数) a time limit (时限). A
document written for this test, answered by the real chain; and the readings,
table-driven."""

import pytest

from assistant.answering.evidence import term_variants
from tests.conftest import chain_over

RULES = """示例区厂房租金补贴办法

第五条　有下列情形之一的，不予补贴：
（一）承租方与出租方存在关联关系的；
（二）将所租厂房转租或者分租的；
（三）近3年内被列入严重失信主体名单的。
第八条　企业申报时应当提交下列材料：
（一）补贴申请表；
（二）营业执照复印件。
第十条　租金补贴按下列程序办理：
（一）受理。服务中心自收到材料之日起5个工作日内完成形式审查。
（二）审核。服务中心会同财政局在15个工作日内完成联合审核。
（三）拨付。财政局在20个工作日内拨付补贴资金。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("everyday_asking"), {"rules.txt": RULES})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("示例区厂房租金补贴的办理流程分哪几步？", ["受理", "审核", "拨付"]),
        ("哪些情况下示例区不给厂房租金补贴？", ["关联关系", "转租或者分租", "严重失信主体名单"]),
    ],
)
def test_everyday_words_find_the_rule(chain, question, expected):
    answer = chain.invoke(question)
    assert not answer.refused, question
    assert all(x in answer.direct_answer for x in expected), answer.direct_answer


@pytest.mark.parametrize(
    ("word", "formal"),
    [
        ("流程", "程序"),
        ("不给", "不予"),
        ("不准", "不得"),
        ("掏钱", "收费"),
        ("年报", "年度报告"),
        ("砍", "压减"),
        ("砍", "核减"),
        ("天数", "时限"),
        ("员工", "从业人员"),
        ("员工", "人员"),
        ("大学生", "高校毕业生"),
        ("老板", "法定代表人"),
        ("儿子", "直系亲属"),
        ("配偶", "近亲属"),
        ("一年里", "每年"),
        ("一年内", "年度"),
        ("年轻人", "青年"),
        ("扣掉", "扣除"),
        ("之后", "以后"),
    ],
)
def test_everyday_readings(word, formal):
    assert formal in term_variants(word)
