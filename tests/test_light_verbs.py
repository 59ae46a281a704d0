"""Light verbs standing in for an action the question names elsewhere ("由哪些部门来做")
are no keywords: a compound question repeats them in each part, and a passage saying one
("做大做强") would outrank the one about the action."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.text import tokenize
from tests.conftest import chain_over


@pytest.mark.parametrize("question", ["由哪些部门来做？", "年检什么时候做，由谁来做？"])
def test_light_verbs_are_no_keywords(question):
    assert not {"做", "来"} & set(tokenize(question))


# Invented documents: one saying the light verb over and over, one about the review.
SLOGAN = (
    "青禾经济技术开发区产业发展工作要点\n\n"
    "一、做大做强主导产业，做优做精特色产业，做实做细服务保障。\n\n"
    "二、来者不拒，去者不留，做好招商引资工作。\n"
)
REVIEW = (
    "白石经济技术开发区工业用地管理办法\n\n"
    "第十七条　项目竣工投产满2年后，由经济发展局会同税务部门进行达产复核。\n"
)


def test_a_compound_question_finds_the_action_passage(tmp_path):
    chain: AnswerChain = chain_over(tmp_path, {"slogan.txt": SLOGAN, "review.txt": REVIEW})
    answer = chain.invoke("达产复核什么时候做，由哪些部门来做？")
    assert not answer.refused
    assert "经济发展局" in answer.direct_answer
