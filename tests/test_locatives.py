"""A colloquial locative phrase ("区里", "表里") frames where the asker looks: it is read
as a place word, no content term a unit must hold (answering/locatives.py, table-driven),
and a question saying it is answered end to end from a tiny invented notice."""

import pytest

from assistant.answering.locatives import LOCATIVE_POS, locative_pos
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("token", "pos", "read"),
    [
        ("区里", "n", LOCATIVE_POS),
        ("表里", "n", LOCATIVE_POS),
        ("店里", "n", LOCATIVE_POS),
        # A pronoun or numeral first, another suffix, or a longer word: as tagged.
        ("这里", "r", "r"),
        ("千里", "m", "m"),
        ("区内", "n", "n"),
        ("公司里", "n", "n"),
        ("名单", "n", "n"),
    ],
)
def test_locative_pos(token, pos, read):
    assert locative_pos(token, pos) == read


NOTICE = """青溪经开区第三季度安全生产检查情况通报

第三季度共检查企业（单位）215家。第四季度计划检查企业（单位）不少于260家。
"""

chain = documents_chain({"notice.txt": NOTICE}, "locatives")


def test_a_locative_phrase_need_not_be_in_the_unit(chain):
    answer = chain.ask("第四季度区里计划至少检查多少家企业？")
    assert not answer.refused
    assert "260家" in answer.direct_answer
