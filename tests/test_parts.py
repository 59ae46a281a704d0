"""A question of parts ("A和B分别…"): the place each part was given is that part's alone;
the places the whole question names for every part hold in each."""

from assistant.answering.chain import AnswerChain
from tests.conftest import chain_over

# Invented zones and amounts.
QINGHE = (
    "青禾经济技术开发区科技创新若干措施\n\n"
    "一、支持高新技术企业\n\n"
    "对首次认定的高新技术企业给予奖励20万元，对重新认定的给予奖励10万元。\n"
)
BAISHI = (
    "白石经济技术开发区科技创新奖励办法\n\n"
    "第七条　对首次通过高新技术企业认定的企业，给予一次性奖励30万元。\n"
)


def test_each_part_keeps_its_own_place(tmp_path):
    chain: AnswerChain = chain_over(tmp_path, {"qinghe.txt": QINGHE, "baishi.txt": BAISHI})
    answer = chain.invoke("青禾经开区和白石经开区对首次认定的高新技术企业分别奖励多少？")
    assert not answer.refused
    assert "20万元" in answer.direct_answer and "30万元" in answer.direct_answer
