"""Parallel clauses asserting and denying one verb ("含物业服务费，不含水、电、燃气费") are
two verdicts, each on its own matter: the clause naming what the question asks about
decides, and the other clause's negation says nothing of it."""

import pytest

from assistant.answering.evidence import Term
from assistant.answering.polarity import polarity
from assistant.answering.questions import analyze
from assistant.answering.verdict_cases import parallel_objects
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented housing notice whose note states what the rent covers and what it does not.
NOTICE = (
    "松岭高新区青年人才公寓配租公告\n\n"
    "一、房源情况\n\n"
    "本次配租青年人才公寓共320套，户型为一室一厅和两室一厅。\n\n"
    "二、租金标准\n\n"
    "一室一厅每月租金900元，两室一厅每月租金1300元。\n\n"
    "注：租金含物业服务费，不含水、电、燃气费。\n"
)

chain = documents_chain({"notice.txt": NOTICE}, "yesno_parallel_clauses")


def test_the_asserted_side_is_not_denied(chain):
    answer = answered(chain, "松岭高新区青年人才公寓的租金含物业服务费吗？", "含物业服务费")
    assert not answer.direct_answer.startswith(msg("answer_no"))


@pytest.mark.parametrize(
    "text,found",
    [
        ("含物业服务费，不含水、电、燃气费", (6, "物业服务费", "水、电、燃气费")),
        ("注：投资和产值只发布增速，不发布绝对值", (12, "增速", "绝对值")),
        # Counter-examples: the second clause denies another verb, or nothing.
        ("含物业服务费，不得转租", None),
        ("含物业服务费，按月缴纳", None),
        # A condition and its consequence are one verdict, not two parallel ones.
        ("申请补贴时伪造发票的，不予补贴，三年内不得再次申请", None),
    ],
)
def test_parallel_objects(text, found):
    assert parallel_objects(text) == found


def test_a_condition_is_no_side_of_its_own():
    terms = [Term("发票", 1.0, pos="n", asked=True), Term("申请", 1.0, pos="v")]
    clause = "申请补贴时伪造发票的，不予补贴，且三年内不得再次申请补贴。"
    assert polarity(analyze("申请补贴时伪造了发票，还能再申请吗？"), clause, terms) is False
