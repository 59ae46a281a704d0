"""A unit saying only what the question says (a paragraph's run-in label, "专项审计。") does
not answer a question asking for a name: the sentence after it does. A yes/no question
naming a catalogue item is still decided by the unit listing it. A document written for
this test, answered by the real chain."""

import pytest

from tests.conftest import chain_over

NOTICE = """青岚新区2025年度科技扶持资金拟兑现项目公示

一、审核过程

材料初审。各园区管理机构对企业申报材料的完整性进行初审。

专项审计。委托青岚明信会计师事务所有限公司对项目研发费用等财务数据进行专项审计，核定金额以审计确认的数据为准。

集体审议。2025年11月18日，管委会主任办公会议审议通过拟兑现项目。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("echoes"), {"notice.txt": NOTICE})


@pytest.mark.parametrize("question", ["专项审计是哪家机构做的？", "这次的专项审计请的是谁？"])
def test_run_in_label_does_not_answer_who(chain, question):
    said = chain.invoke(question).direct_answer or ""
    assert "青岚明信会计师事务所有限公司" in said, said
