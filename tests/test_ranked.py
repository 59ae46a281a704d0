"""A rank asked of an ordered list led in by a top range (lists.in_order in
resources/question_grammar.yaml): the k-th item holds rank k."""

import pytest

from assistant.answering.chain import AnswerChain
from tests.conftest import chain_over

# Invented province, zones and results: the rule must hold for any ranked notice.
NOTICE = (
    "示例省商务厅关于2022年度开发区综合评价结果的通报\n\n"
    "一、评价结果\n\n"
    "（一）国家级开发区综合排名前3位的是：\n"
    "1.青禾经济技术开发区\n"
    "2.白石高新技术产业开发区\n"
    "3.松川经济技术开发区\n\n"
    "（二）省级开发区综合排名前3位的是：\n"
    "1.柳岸经济开发区\n"
    "2.临港工业集中区\n"
    "3.北岭经济开发区\n\n"
    "二、产业园区\n\n"
    "2022年度特色产业园区评价中，前五名依次为东湖园区、西山园区、南湖园区、北港园区、中洲园区。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"notice.txt": NOTICE})


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        ("示例省省级开发区综合排名第一的是哪个？", "柳岸经济开发区", "青禾经济技术开发区"),
        ("国家级开发区综合排名第二的是哪个？", "白石高新技术产业开发区", "临港工业集中区"),
        ("特色产业园区评价排名第三的是哪个园区？", "南湖园区", "西山园区"),
    ],
)
def test_the_item_at_the_asked_rank(chain, question, expected, absent):
    direct = chain.invoke(question).direct_answer
    assert expected in direct and absent not in direct


def test_a_rank_beyond_the_list_is_not_read_from_it(chain):
    answer = chain.invoke("省级开发区综合排名第五的是哪个？")
    assert "北岭经济开发区" not in answer.direct_answer
    assert "柳岸经济开发区" not in answer.direct_answer
