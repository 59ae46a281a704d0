"""A yes/no question whose last clause asks about the case its earlier clauses set
(answering/polarity.asking_clause_held): a statement about the case alone affirms nothing,
a statement holding the asking clause's own words may; examples and counter-examples,
then end to end over a small notice beside a rule."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "question,clause,words,expected",
    [
        # Only the case (the deadline) is stated: no verdict rather than a wrong yes.
        (
            "过了申报时间还没交，还能补吗？",
            "网上申报时间为2025年4月1日至4月30日。",
            ["申报", "时间"],
            None,
        ),
        (
            "项目逾期没开工，可以延期吗？",
            "项目开工时间为取得施工许可后三个月内。",
            ["项目", "开工"],
            None,
        ),
        # Counter-examples: the asking clause's object or verb is stated.
        (
            "已经拿了市级资金的项目，还能拿区级资金吗？",
            "已获得市级同类资金支持的项目，区级资金按差额给予补足。",
            ["市级", "资金", "项目", "区级"],
            True,
        ),
        (
            "租赁期满了，还能续吗？",
            "租赁期满后，企业可以采取协议方式续期。",
            ["租赁", "期满"],
            True,
        ),
        # One clause: the whole question is its own asking clause.
        (
            "上市奖励资金需要缴税吗？",
            "企业取得的上市奖励资金属于政府补助，应按照税法规定计入收入总额。",
            ["上市", "奖励", "资金"],
            True,
        ),
    ],
)
def test_the_asking_clause_must_be_stated(question, clause, words, expected):
    terms = [Term(w, 1.0, pos="n", known=True) for w in words]
    assert polarity(analyze(question), clause, terms) is expected


# Invented documents: a notice with a deadline, and a rule with articles.
NOTICE = (
    "东港区关于开展2025年度创新券申报工作的通知\n\n"
    "一、申报时间\n\n"
    "网上申报时间为2025年3月1日至3月31日，区科技局于2025年5月31日前完成审核。\n\n"
    "二、其他事项\n\n"
    "请各企业按时提交材料。\n"
)
RULE = "青禾区标准厂房租赁管理办法\n\n第八条　租赁期满后，承租企业可以采取协议方式续期。\n"


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("asking_clause")
    return chain_over(root, {"notice.txt": NOTICE, "rule.txt": RULE})


def test_a_statement_of_the_case_alone_says_no_yes(chain):
    answer = chain.invoke("过了申报时间还没交，还能补吗？")
    assert not answer.direct_answer.startswith(msg("answer_yes"))
