"""The body that interprets a document, named in its final provisions pointing at the
document itself ("本细则由…负责解释"): a question naming the document asks there, wherever
retrieval lands (``question_grammar.yaml`` group ``interpretation``; identifiers.py). The
documents are invented; the answers come from the real index, models and chain."""

from tests.helpers import answered, documents_chain

RULES = """示例高新区小微企业贷款贴息和风险补偿资金池实施细则

《示例高新区小微企业贷款贴息和风险补偿资金池实施细则》已经2026年3月12日管委会第9次常务会议审议通过，现印发给你们，请认真组织实施。

第一条　为缓解小微企业融资难题，设立贷款贴息和风险补偿资金池，每年安排资金8000万元。

第二条　贴息比例为企业实际支付利息的50%，单户企业每年贴息不超过30万元。

第三条　合作银行发放的贷款发生损失的，资金池按损失本金的40%给予补偿。

第四条　本细则由区金融服务局负责解释。

第五条　本细则自2026年4月1日起施行，有效期3年。
"""

chain = documents_chain({"rules.txt": RULES}, "interpreters")


def test_the_interpreting_body_is_read_from_the_final_provisions(chain):
    answered(
        chain,
        "示例高新区小微企业贷款贴息和风险补偿资金池实施细则由哪个部门负责解释？",
        "区金融服务局",
        # The body itself is the answer, not the provision's sentence read whole.
        absent=("常务会议", "第四条", "本细则"),
    )


def test_a_meaning_explained_is_no_interpreter(chain):
    answer = chain.invoke("示例高新区资金池实施细则里的贴息比例解释一下？")
    assert "区金融服务局" not in answer.direct_answer, answer.direct_answer
