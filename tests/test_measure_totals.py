"""The total of a measure (收入总额) is the measure itself: a report states the revenue
without the word for total, and another measure's total ("零售总额") does not answer the
question for its word. Documents invented for the test; real index, models and chain."""

import pytest

from assistant.answering.grammar import grammar
from tests.conftest import chain_over

DOCS = {
    "report.md": """# 示例园区2023年国民经济和社会发展统计公报

全年完成一般公共预算收入52.6亿元，同口径增长4.1%。

全年实现社会消费品零售总额143.7亿元，比上年增长6.2%。

全年货物进出口总额88.1亿元，其中出口额50.2亿元。

""",
}


def test_total_is_a_kind_noun():
    assert "总额" in grammar().kind_nouns


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("totals"), DOCS)


def test_the_total_of_a_measure_is_the_measure(chain):
    said = chain.invoke("示例园区2023年一般公共预算收入总额是多少？").direct_answer
    assert "52.6" in said and "143.7" not in said
