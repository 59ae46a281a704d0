"""A yes/no whether a list held in a table has an entry of a kind (table_grammar.yaml
``listed_entry``): yes with the row holding the asked words; no such row gives no verdict."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.table_membership import asked_entry
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "question,expected",
    [
        ("示例自贸区第三批案例里有多式联运的吗？", ("示例自贸区第三批案例", "多式联运")),
        ("名单中有没有生物医药企业？", ("名单", "生物医药企业")),
        ("案例当中是否有跨境电商的？", ("案例", "跨境电商")),
        # Counter-examples: no list named, a count, a kind asked for, a figure.
        ("良好等次的单位有奖励吗？", None),
        ("名单里有多少家？", None),
        ("名单里有哪些企业？", None),
        ("名单中有3家企业吗？", None),
    ],
)
def test_asked_entry(question, expected):
    assert asked_entry(question) == expected


# Invented cases.
CASES = """# 示例省自由贸易试验区第三批制度创新案例

现将第三批制度创新案例印发给你们，请结合实际复制推广。

## 一、案例名单

| 序号 | 案例名称 | 所属领域 | 牵头单位 |
|---|---|---|---|
| 1 | 跨境电商退货中心仓模式 | 贸易便利化 | 东港片区管委会 |
| 2 | 铁海联运（东港）多式联运“一票制” | 贸易便利化 | 东港片区管委会 |
| 3 | 企业开办“一日办结” | 政府职能转变 | 西山片区管委会 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"cases.md": CASES})


def test_a_listed_entry_says_yes_with_its_row(chain):
    direct = chain.invoke("第三批案例里有铁海联运的吗？").direct_answer
    assert direct.startswith(msg("answer_yes")) and "东港片区管委会" in direct


def test_an_entry_no_row_holds_gets_no_yes(chain):
    # No row holds it: the table may not be the whole list, so nothing says yes.
    answer = chain.invoke("第三批案例里有保税维修的吗？")
    assert answer.refused or not answer.direct_answer.startswith(msg("answer_yes"))
