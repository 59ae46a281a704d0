"""A Q&A answer opening with a modal and its own question's verb ("可以申请，但…") gives its
verdict to a question asking the same in other words ("区里还能再拿吗"): the answer repeats
the document's question, not ours."""

from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented Q&A on a district's talent subsidy.
FAQ = (
    "南湖区人才安居补贴政策问答\n\n"
    "问：已经享受了市级人才安居补贴，还能申请区级人才安居补贴吗？\n"
    "答：可以申请，但区级补贴按就高不重复原则核定，扣除市级已发放金额后按差额发放。\n\n"
    "问：人才安居补贴需要提交哪些材料？\n"
    "答：身份证明、劳动合同和近6个月社保缴纳证明。\n"
)

chain = documents_chain({"faq.txt": FAQ}, "qa_own_verb_verdict")


def test_the_answers_modal_with_its_own_questions_verb_is_its_verdict(chain):
    answer = answered(chain, "市里的人才安居补贴拿过了，区里还能再拿吗？", "按差额发放")
    assert answer.direct_answer.startswith(msg("answer_yes"))
