"""A grant followed by a relief ("可以…自行打印备案证明，无需到窗口领取"): the relief denies
another act than the grant, so a question about the granted act is answered yes and one
about the relieved act no; a condition followed by its refusal still says no."""

import pytest

from assistant.answering.verdict_cases import granted_side
from assistant.messages import msg
from tests.helpers import answered, documents_chain

# An invented service guide.
GUIDE = (
    "云溪经开区企业投资项目备案办事指南\n\n"
    "一、办理结果\n\n"
    "项目单位可以通过在线平台自行打印备案证明，无需到窗口领取。\n\n"
    "二、注意事项\n\n"
    "项目法人发生变化的，应当通过平台办理变更手续。\n"
)

chain = documents_chain({"guide.txt": GUIDE}, "yesno_grant_and_relief")


@pytest.mark.parametrize(
    "question,yes",
    [
        ("云溪经开区的项目备案证明可以自己打印吗？", True),
        ("云溪经开区的项目备案证明必须到窗口领取吗？", False),
    ],
)
def test_the_granted_act_and_the_relieved_one(chain, question, yes):
    answer = answered(chain, question, "自行打印备案证明")
    assert answer.direct_answer.startswith(msg("answer_yes" if yes else "answer_no"))


def test_a_condition_and_its_refusal_is_no_grant():
    class T:
        def __init__(self, text):
            self.text = text

        def found_in(self, other):
            return self.text in other

    terms = [T("备案"), T("证明")]
    assert granted_side("备案证明材料齐全的，不予退回", terms) is None
    assert granted_side("可以自行打印备案证明，无需到窗口领取", terms) == "可以自行打印备案证明"
