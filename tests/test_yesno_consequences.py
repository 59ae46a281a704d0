"""A rule's consequence for a case not met decides a yes/no setting that case: "apply by
the 20th; those not applying in time are deemed to give up" answers "not yet applied after
the deadline, can we still?" no, quoting the rule through its consequence; a question
about the case the rule itself sets is not decided by it."""

import pytest

from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented notice: a deadline, then what follows when it is missed; a waiver rule with
# its own consequence after a semicolon.
NOTICE = (
    "青峰区2026年度专精特新企业培育申报通知\n\n"
    "一、申报时间\n\n"
    "企业于2026年5月6日至5月20日登录青峰区企业服务平台填报申报书。"
    "逾期未填报的，视为自动放弃本年度申报资格。\n\n"
    "二、材料要求\n\n"
    "申报材料主要内容齐全、个别证明材料缺失的，可以先行受理，企业应在受理后7个工作日内补交；"
    "逾期未补交的，视为撤回申报。\n\n"
    "三、联系方式\n\n"
    "青峰区工业和信息化局产业科，联系电话：0571-86120000。\n"
)

chain = documents_chain({"notice.txt": NOTICE}, "yesno_consequences")


@pytest.mark.parametrize(
    "question,consequence",
    [
        ("青峰区专精特新过了申报时间还没填报，还能申报吗？", "视为自动放弃"),
        ("青峰区专精特新申报先行受理后逾期没补交材料，申报还能受理吗？", "视为撤回申报"),
    ],
)
def test_a_missed_case_is_decided_by_the_rules_consequence(chain, question, consequence):
    answer = answered(chain, question, consequence)
    assert answer.direct_answer.startswith(msg("answer_no"))


def test_the_rules_own_case_is_not_decided_by_the_consequence(chain):
    # Materials missing at filing is the case the rule grants: no "no" from what follows.
    answer = answered(chain, "青峰区专精特新申报时个别证明材料缺失，可以先行受理吗？")
    assert not answer.direct_answer.startswith(msg("answer_no"))
