"""Whether two named sides are the same: each side's value from the documents naming it,
compared; no verdict when a side's documents differ among themselves (invented documents,
real index)."""

import pytest

from assistant.answering.sameness import _asks_sameness
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("甲市和乙市的奖励一样吗？", True),
        ("两个园区的标准相同吗", True),
        ("两份文件的说法一致吗？", True),
        # Counter-examples: sameness said, not asked; another yes/no.
        ("甲市和乙市的奖励一样多，是多少？", False),
        ("甲市的奖励提高了吗？", False),
    ],
)
def test_asks_sameness(question, asks):
    assert _asks_sameness(question) is asks


QINGHE = (
    "青禾经开区促进制造业高质量发展若干措施\n\n"
    "一、对新认定的国家级专精特新“小巨人”企业给予奖励100万元。\n\n"
    "二、对新认定的国家级绿色工厂给予奖励50万元。\n"
)
BAISHI = (
    "白石经开区支持企业发展办法\n\n"
    "第五条　对首次认定的国家级专精特新“小巨人”企业，给予一次性奖励100万元。\n\n"
    "第六条　对首次认定的国家级绿色工厂，给予一次性奖励30万元。\n"
)
SONGCHUAN_OLD = (
    "松川经开区企业奖励办法\n\n"
    "第五条　对首次认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。\n"
)
SONGCHUAN_NEW = (
    "松川经开区企业奖励办法（2024年修订）\n\n"
    "第五条　对首次认定的国家级专精特新“小巨人”企业，给予一次性奖励80万元。\n"
)


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("sameness")
    return chain_over(
        root,
        {
            "qinghe.txt": QINGHE,
            "baishi.txt": BAISHI,
            "songchuan_2019.txt": SONGCHUAN_OLD,
            "songchuan_2024.txt": SONGCHUAN_NEW,
        },
    )


def test_equal_values_say_yes(chain):
    answer = chain.invoke("青禾经开区和白石经开区对国家级专精特新“小巨人”企业的奖励一样吗？")
    assert not answer.refused
    assert answer.direct_answer.startswith(msg("answer_yes"))
    assert answer.direct_answer.count("100万元") == 2


def test_different_values_say_no(chain):
    answer = chain.invoke("青禾经开区和白石经开区对国家级绿色工厂的奖励相同吗？")
    assert not answer.refused
    assert answer.direct_answer.startswith(msg("answer_no"))
    assert "50万元" in answer.direct_answer and "30万元" in answer.direct_answer


def test_a_side_whose_documents_differ_gets_no_verdict(chain):
    answer = chain.invoke("青禾经开区和松川经开区对国家级专精特新“小巨人”企业的奖励一样吗？")
    assert not answer.refused
    direct = answer.direct_answer
    assert not direct.startswith((msg("answer_yes"), msg("answer_no")))
    assert "100万元" in direct and "80万元" in direct and "50万元" in direct


def test_a_side_no_document_names_gets_no_verdict(chain):
    answer = chain.invoke("青禾经开区和东港经开区对国家级绿色工厂的奖励一样吗？")
    assert not (answer.direct_answer or "").startswith((msg("answer_yes"), msg("answer_no")))
