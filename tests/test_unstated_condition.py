"""A yes/no question that sets its case in earlier clauses ("materials still missing after
the deadline, is the application still valid?") is not answered yes by a statement about
another case (the normal one): the unit and its context must say every word of the case,
else the passage is quoted without a verdict (answering/cases.py, qa.yesno_answer).
Invented documents of two layouts over a real index, with counter-examples whose case the
unit does state."""

import pytest

from assistant.answering.cases import unstated_condition
from assistant.answering.evidence import Term
from assistant.messages import msg
from tests.helpers import documents_chain

GUIDE = (
    "青峰园区科技项目申报指南\n\n"
    "四、容缺受理\n\n"
    "申报材料主体齐全、次要材料欠缺的，可以先行受理，企业应在受理后5个工作日内补齐。\n\n"
    "五、材料报送\n\n"
    "纸质材料应于6月30日前报送园区科技局，逾期不予受理。\n"
)
RULES = """# 紫藤经开区人才公寓管理办法

## 第六条 入住

- 引进人才可以申请入住人才公寓，租期最长3年。
- 租期届满的，可以按市场价格续租。

## 第七条 退出

入住人员离职的，应在30日内告知园区人才服务中心。
"""


chain = documents_chain({"guide.txt": GUIDE, "rules.md": RULES}, "unstated")


@pytest.mark.parametrize(
    "question",
    [
        "容缺受理后逾期没补齐材料，申报还有效吗？",
        "引进人才离职以后，还可以申请入住人才公寓吗？",
        # A noun inside the clause, a verb after it: a case, not a topic.
        "从紫藤经开区的公司离职了，还可以申请入住人才公寓吗？",
    ],
)
def test_a_case_the_unit_does_not_state_gets_no_yes(chain, question):
    answer = chain.invoke(question)
    assert not answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer


@pytest.mark.parametrize(
    "question",
    [
        # Counter-examples: the unit states the question's case.
        "申报材料主体齐全、次要材料欠缺，可以先行受理吗？",
        "人才公寓租期届满，可以续租吗？",
    ],
)
def test_a_case_the_unit_states_keeps_its_yes(chain, question):
    answer = chain.invoke(question)
    assert answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer


@pytest.mark.parametrize(
    "question",
    [
        # An earlier clause ending on a noun phrase names the topic asked about ("the flats'
        # entry requirement"), not a case: its head word need not be said.
        "紫藤经开区人才公寓的入住要求，引进人才可以申请吗？",
    ],
)
def test_a_topic_clause_sets_no_case(chain, question):
    answer = chain.invoke(question)
    assert answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer


@pytest.mark.parametrize(
    "question,word,pos,expected",
    [
        # The noun or rule-aspect word ending an earlier clause after the particle: a topic.
        ("甲园区公寓的申请对象，引进人才可以申请吗？", "对象", "n", False),
        ("甲园区公寓的年龄要求，博士可以申请吗？", "要求", "v", False),
        # Counter-examples: a noun with a verb after it, a verb ending the clause.
        ("从甲园区的公司离职了，可以申请吗？", "公司", "n", True),
        ("甲园区公寓的租户转租，可以申请吗？", "转租", "v", True),
    ],
)
def test_topic_heads(question, word, pos, expected):
    said = "引进人才可以申请入住公寓。"
    assert unstated_condition(question, said, [Term(word, 1.0, pos=pos)]) is expected
