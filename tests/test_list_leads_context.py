"""An item paragraph of a list is read with the list's lead-in ("losses are shared in
these shares:"), which says what every item is about though no item repeats it."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.units import list_lead
from tests.conftest import chain_over

# An invented rule.
RULE = (
    "青禾经济技术开发区风险补偿资金池管理办法\n\n"
    "三、风险补偿\n\n"
    "（一）合作要求。合作银行应按照存放额度的10倍以上发放贷款。\n\n"
    "（二）分担比例。纳入资金池的贷款发生损失的，由资金池和合作银行按下列比例分担：\n\n"
    "1．首贷和信用贷款，资金池承担60%，合作银行承担40%；\n\n"
    "2．专利质押贷款，资金池承担80%，合作银行承担20%；\n\n"
    "3．其他贷款，资金池承担50%，合作银行承担50%。\n\n"
    "（三）补偿启动。贷款逾期超过90天的，合作银行可申请补偿。\n"
)
# Another invented rule naming the same loans and pool, but no loss: the loss is then the
# question's rarest word, which only the list's lead-in says.
INTEREST = (
    "白石经济技术开发区贷款贴息办法\n\n"
    "第五条　专利质押贷款按实际支付利息的50%给予贴息，贴息资金由资金池统一拨付。\n\n"
    "第六条　首贷和信用贷款按实际支付利息的40%给予贴息。\n"
)


def _lead(item: str) -> str:
    pos = RULE.index(item)
    return list_lead(RULE, pos, RULE.rfind("\n\n", 0, pos))


def test_an_item_is_read_with_its_list_lead():
    assert "发生损失" in _lead("2．专利质押贷款")
    assert "发生损失" in _lead("3．其他贷款")


@pytest.mark.parametrize(
    "paragraph",
    [
        "（三）补偿启动。",  # no item of the list: another kind of marker, after the list
        "（一）合作要求。",  # an item whose paragraph before it ends with no colon
    ],
)
def test_other_paragraphs_have_no_list_lead(paragraph):
    assert _lead(paragraph) == ""


def test_an_item_answers_with_the_lead_in_words(tmp_path):
    chain: AnswerChain = chain_over(tmp_path, {"rule.txt": RULE, "interest.txt": INTEREST})
    answer = chain.invoke("专利质押贷款发生损失的，资金池承担多少？")
    assert not answer.refused
    # The item answers, not the lead-in's list of every item.
    assert "80%" in answer.direct_answer and "60%" not in answer.direct_answer
