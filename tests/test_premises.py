"""A question's premise: the clauses stating the asker's own case before the clause that asks.
A word only the premise says, and the library never uses, is the asker's word for the case
(老婆 for the documents' 配偶): it does not refuse a yes/no question. Names still refuse, and
so do the premise words of questions asking a value, whose case selects the value."""

import pytest

from assistant.answering.premises import premise_clauses, premise_only
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented article of a talent-housing rule.
RULE = (
    "青川经开区人才公寓配租办法\n\n"
    "第九条　申请人或者其配偶在本市拥有住房的，不得申请人才公寓。\n\n"
    "第十条　人才公寓租金为每月每平方米12元。\n"
)
chain = documents_chain({"rule.txt": RULE}, "premises")


def test_a_premise_word_the_library_lacks_does_not_refuse(chain):
    answer = answered(
        chain, "我老婆名下有一套商品房，我还能申请青川经开区的人才公寓吗？", "不得申请"
    )
    assert answer.direct_answer.startswith(msg("answer_no"))


def test_the_asking_clause_still_must_be_covered(chain):
    assert chain.invoke("我老婆名下有一套商品房，能在人才公寓里开美甲店吗？").refused


@pytest.mark.parametrize(
    "question,premise,asking",
    [
        (
            "我们公司一共80个员工，是不是必须配专职的安全管理人员？",
            "我们公司一共80个员工",
            "是不是必须配专职的安全管理人员?",
        ),
        ("爸妈想过来，他们可以跟我一起住吗？", "爸妈想过来", "他们可以跟我一起住吗?"),
        # One clause: no premise.
        ("人才公寓租金是多少？", "", "人才公寓租金是多少?"),
        # An earlier clause asks too: parts of one question, no premise.
        (
            "租金是多少，押金又是多少？",
            "",
            "租金是多少,押金又是多少?",
        ),
    ],
)
def test_premise_and_asking_clause(question, premise, asking):
    assert premise_clauses(question) == (premise, asking)


@pytest.mark.parametrize(
    "word,question,only",
    [
        ("老婆", "我老婆名下有房，我还能申请吗？", True),
        ("申请", "我老婆名下有房，我还能申请吗？", False),  # said in the asking clause
        ("申请", "申请过一次，还能再申请吗？", False),
        ("老婆", "我老婆能申请吗？", False),  # no premise
    ],
)
def test_premise_only_words(word, question, only):
    assert premise_only(word, question) is only


def test_a_value_question_with_an_unknown_case_is_refused(chain):
    # The case selects the value: one the library never names may have another.
    assert chain.invoke("我们是做美甲的，人才公寓租金每平方米是多少？").refused
