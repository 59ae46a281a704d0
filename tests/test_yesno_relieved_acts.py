"""A relief word denying the act after it ("免交押金", "免于处罚") answers no to a question
asking about that act in other words ("要不要交押金"); 免费 and 无偿 say how an act is done,
not that it is not done, and deny nothing."""

import pytest

from assistant.answering.cases import relieved_act
from assistant.answering.polarity import negated
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented rule on renting talent flats.
RULES = (
    "青川经开区人才公寓租住规定\n\n"
    "第八条　领军人才签订租赁合同时免交押金，其他人才按两个月租金交纳押金。\n"
)
chain = documents_chain({"rules.txt": RULES}, "yesno_relieved_acts")


@pytest.mark.parametrize(
    "question,yes",
    [
        ("青川经开区的领军人才签租赁合同时要交押金吗？", False),
        ("青川经开区的领军人才签租赁合同时是不是免交押金？", True),
        ("青川经开区的领军人才签租赁合同时是不是不用交押金？", True),
    ],
)
def test_a_relieved_act_is_denied(chain, question, yes):
    answer = answered(chain, question, "免交押金")
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))


@pytest.mark.parametrize(
    "question,clause,relieved",
    [
        ("要不要交押金", "领军人才免交押金", True),
        ("会被处罚吗", "首次违规的免于处罚", True),
        ("要不要付房租", "领军人才免收租金", True),  # the lexicon's other form
        ("要不要交押金", "领军人才免交物业费", False),  # another thing relieved
        ("是不是免交押金", "领军人才免交押金", False),  # the relief itself is asked
        ("补偿费可以免掉吗", "占用不超过30日的,免收补偿费", False),  # asked by its verb
        ("会收回土地吗", "依法无偿收回土地使用权", False),  # how it is done, not denied
        ("会提供场地吗", "免费提供场地", False),
        # A relief granted for a case its sentence sets first is that case's exception:
        # a question naming only part of the case is not decided by it.
        ("临时占用绿地要不要交补偿费", "因抢修临时占用绿地，且占用不超过30日的，免收补偿费", False),
        (
            "因抢修占用绿地，占用不超过30日，要不要交补偿费",
            "因抢修临时占用绿地，且占用不超过30日的，免收补偿费",
            True,
        ),
        ("临时占用绿地要不要交补偿费", "临时占用绿地，免收补偿费", True),  # no case set
    ],
)
def test_which_acts_a_relief_denies(question, clause, relieved):
    assert relieved_act(question, clause) is relieved


@pytest.mark.parametrize(
    "clause,denies",
    [
        ("运营公司应当在15个工作日内无息退还押金", False),  # how it is returned
        ("依法无偿收回土地使用权", False),
        ("押金不予退还", True),
        ("租赁期间无权转租", True),
    ],
)
def test_manner_words_with_a_negation_character(clause, denies):
    assert negated(clause) is denies
