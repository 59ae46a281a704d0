"""A definition question may say its term shortened, one run of characters dropped from
inside it ("研发后补助" for "研发投入后补助"): the unit defining the full term answers it
(answering/definitions.py). Documents invented for the test; real index, models and chain."""

import pytest

from assistant.answering.definitions import contracts, defines_contracted
from assistant.text import normalize
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "short,full,expected",
    [
        ("研发后补助", "研发投入后补助", True),
        ("孵化载体", "孵化服务载体", True),
        # The same word, a longer word only sharing an end, a single kept character.
        ("研发后补助", "研发后补助", False),
        ("后补助", "研发投入后补助", False),
        ("研补助", "研发投入后补助", False),
    ],
)
def test_contracts(short, full, expected):
    assert contracts(short, full) == expected


def test_a_unit_defining_the_full_term():
    unit = normalize("答：研发投入后补助是指企业先行投入资金开展研究开发活动的事后补助。")
    assert defines_contracted(unit, ["示例区研发后补助"])
    assert not defines_contracted(normalize("研发投入是指企业的研发支出。"), ["示例区研发后补助"])


DOCS = {
    "faq.md": """# 示例区企业研发投入后补助政策问答

为便于企业准确理解和申报《示例区企业研发投入后补助实施办法》，现将企业关心的问题解答如下。

问：什么是研发投入后补助？

答：研发投入后补助是指企业先行投入资金开展研究开发活动，区财政按一定比例给予的事后补助。

问：补助资金有指定用途吗？

答：补助资金不指定具体用途，由企业统筹用于研发活动。
""",
}


def test_the_shortened_term_is_defined(tmp_path):
    chain = chain_over(tmp_path, DOCS)
    answer = chain.invoke("示例区研发后补助到底是个啥？")
    assert "先行投入资金" in answer.direct_answer
