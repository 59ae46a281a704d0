"""Number answers with a bound (answering/measures.py, the ``bounds`` group of
resources/question_grammar.yaml): a question asking for an upper or a lower bound is
answered by a value stated with a word of the same bound, in documents of several layouts."""

import pytest

from assistant.answering.measures import bound_variants
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "question,word,matched,not_matched",
    [
        ("最多能用多大面积？", "最多", "不大于", "不低于"),
        ("奖励上限是多少？", "上限", "最高", "至少"),
        ("研发费用至少要多少？", "至少", "不低于", "最高"),
        ("最少要招几个人？", "最少", "不少于", "不超过"),
    ],
)
def test_bound_variants(question, word, matched, not_matched):
    variants = bound_variants(question)
    assert matched in variants[word]
    assert not_matched not in variants[word]


def test_no_bound_no_variants():
    assert bound_variants("规划面积是多少？") == {}


ARTICLES = """示例区研发补助办法

第三条　申请研发后补助的企业，应当同时符合下列条件：
1. 在示例区注册满一年；
2. 上一年度研发费用不低于80万元；
3. 无不良信用记录。

第四条　按企业上一年度研发费用的6%给予补助，单个企业每年最高150万元。
"""

PARAGRAPHS = """示例园区孵化载体管理规定

入驻企业使用的办公场地面积一般不大于800平方米，从事新材料、高端装备等特殊领域的不大于2500平方米。

孵化载体场地面积不低于5000平方米，其中入驻企业使用的面积占比不低于70%。
"""

TABLE = """示例开发区上市奖励标准

阶段 | 条件 | 奖励
股改 | 完成股份制改造 | 奖励50万元
辅导 | 报送辅导备案材料 | 奖励100万元

以上各阶段奖励累计，单家企业最高不超过400万元。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(
        tmp_path_factory.mktemp("measures"),
        {"articles.txt": ARTICLES, "paragraphs.txt": PARAGRAPHS, "table.txt": TABLE},
    )


@pytest.mark.parametrize(
    "question,expected,wrong",
    [
        # A lower bound in a list of conditions, not the cap of the article after it.
        ("申请研发后补助，上一年度研发费用至少要多少？", "80万元", "150万元"),
        # An upper bound said as 不大于, not the lower bound of the carrier's area.
        ("新材料领域的入驻企业最多能用多大面积的场地？", "2500平方米", "5000平方米"),
        # The cap stated under a table of stage awards.
        ("上市各阶段奖励累计最多能拿多少？", "400万元", None),
    ],
)
def test_bound_answered_by_the_same_bound(chain, question, expected, wrong):
    answer = chain.ask(question)
    assert not answer.refused
    assert expected in answer.direct_answer
    if wrong:
        assert wrong not in answer.direct_answer
