"""Levels written with a Roman numeral character ("Ⅱ级响应"): normalizing keeps the text's
length, so that an answer's span is cut where the filler is; and the level is one term,
so that level two is not read inside level three."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.text import normalize
from tests.conftest import chain_over

# An invented emergency plan.
PLAN = (
    "青禾经济技术开发区突发环境事件应急预案\n\n"
    "五、分级响应\n\n"
    "1. Ⅳ级响应：由开发区指挥部总指挥决定启动并组织处置。\n"
    "2. Ⅲ级响应：由青禾区人民政府启动并统一指挥，开发区指挥部在其领导下开展处置。\n"
    "3. Ⅱ级响应：由白石市人民政府启动并统一指挥。\n"
)


@pytest.mark.parametrize("text", ["Ⅳ级响应", "面积200㎡…", "ⅱ级", "Ⅻ"])
def test_normalize_keeps_length(text):
    assert len(normalize(text)) == len(text)


def test_normalize_still_folds_width():
    assert normalize("ＡＢＣ１２３") == "abc123"


@pytest.mark.parametrize(
    "question,answer,other",
    [
        ("Ⅳ级响应由谁决定启动？", "开发区指挥部总指挥", "白石市"),
        ("Ⅱ级响应由谁决定启动？", "白石市人民政府", "青禾区"),
    ],
)
def test_roman_level_is_read_whole(tmp_path, question, answer, other):
    chain: AnswerChain = chain_over(tmp_path, {"plan.txt": PLAN})
    result = chain.invoke(question)
    assert not result.refused
    assert answer in result.direct_answer and other not in result.direct_answer
