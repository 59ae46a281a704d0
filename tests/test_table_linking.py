"""A verb joining the asked column to the cell that names a row ("which firm was the export
reward given to") is no constraint the table must write (tables.linking_verbs in
resources/question_grammar.yaml); another verb still is."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.answering.questions import analyze
from assistant.answering.table_reading import Table
from assistant.answering.tables import _holds
from tests.conftest import chain_over

# Invented firms and grants. The prose uses the verbs, so that the index knows them.
GRANTS = """# 青禾示例区管委会会议纪要

会议审议了企业奖补资金兑现事项。奖补资金由财政部门发给企业，企业拿到或获得奖补资金后应专款专用；
奖补资金的使用情况接受审计。

附表：企业奖补资金兑现明细

| 序号 | 企业名称 | 奖补项目 | 金额（万元） |
|---|---|---|---|
| 1 | 青禾明远电子有限公司 | 新增设备投资补助 | 320 |
| 2 | 青禾瑞峰照明有限公司 | 外贸出口奖励 | 150 |
| 3 | 青禾松川机械有限公司 | 技术改造奖励 | 120 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"grants.md": GRANTS})


@pytest.mark.parametrize(
    "question",
    [
        "外贸出口奖励发给了哪家企业？",
        "哪家企业拿到了外贸出口奖励？",
        "外贸出口奖励由哪家企业获得？",
    ],
)
def test_a_linking_verb_needs_not_be_written(chain, question):
    direct = chain.invoke(question).direct_answer
    assert "青禾瑞峰照明有限公司" in direct and "青禾明远电子有限公司" not in direct


@pytest.mark.parametrize(
    "question,verb,holds",
    [
        ("外贸出口奖励发给了哪家企业？", "发给", True),
        ("哪家企业获得了外贸出口奖励？", "获得", True),
        # Counter-example: an audit is a matter the table would have to state.
        ("外贸出口奖励审计了哪家企业？", "审计", False),
    ],
)
def test_a_linking_verb_is_no_constraint(question, verb, holds):
    text = "2 | 青禾瑞峰照明有限公司 | 外贸出口奖励 | 150"
    header = ("序号", "企业名称", "奖补项目", "金额（万元）")
    cells = ("2", "青禾瑞峰照明有限公司", "外贸出口奖励", "150")
    row = Sentence("d", "会议纪要", "附表", 0, len(text), text, 1, header=header, cells=cells)
    table = Table("d", "会议纪要\n附表", [row])
    terms = [Term(verb, 2.0, pos="vn", idf=2.0), Term("企业", 1.0, pos="n", idf=1.0)]
    assert _holds(table, [row], terms, analyze(question), {"外贸出口奖励"}) == holds


@pytest.mark.parametrize(
    "word,linking",
    [("发给", True), ("拿到", True), ("获得", True), ("申报", False), ("审计", False)],
)
def test_linking_verbs(word, linking):
    assert (word in grammar().raw["tables"]["linking_verbs"]) == linking
