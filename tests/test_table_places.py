"""A yes/no whether a thing may be sited at a place, against a table row requiring it at
another (table_grammar.yaml ``required_place``): no with the row; the same place decides
nothing."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.table_places import asked_place, required_places
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "question,place",
    [
        ("化工项目能建在示例区东区吗？", "示例区东区"),
        ("物流仓库可以设在北园吗？", "北园"),
        ("数据中心项目能落户青禾园吗？", "青禾园"),
        # Counter-examples: no place asked, no siting verb.
        ("这个项目能落户吗？", None),
        ("化工项目需要审批吗？", None),
    ],
)
def test_asked_place(question, place):
    found = asked_place(question)
    assert (found[1] if found else None) == place


@pytest.mark.parametrize(
    "cell,name,thing,places",
    [
        # The row's own requirement, for the thing the row names.
        ("须进入化工园区，投资强度不低于每亩500万元", "化工材料", "化工材料项目", ["化工园区"]),
        # A clause's own subject.
        ("容积率不低于1.0；危险品仓储须位于化工园区", "仓储物流", "危险品仓储", ["化工园区"]),
        # Counter-examples: a clause about another thing than the one asked, no requirement.
        ("容积率不低于1.0；危险品仓储须位于化工园区", "仓储物流", "仓储物流项目", []),
        ("投资强度不低于每亩500万元", "化工材料", "化工材料项目", []),
    ],
)
def test_required_places(cell, name, thing, places):
    assert required_places(cell, name, thing) == places


# An invented list of entry conditions.
LIST = """# 示例开发区产业项目准入清单

## 二、限制类

下列项目须符合准入条件后方可建设：

| 序号 | 项目类别 | 准入条件 | 审批部门 |
|---|---|---|---|
| 1 | 化工材料 | 须进入化工园区，投资强度不低于每亩500万元 | 区发展改革局 |
| 2 | 仓储物流 | 容积率不低于1.0；危险品仓储须位于化工园区 | 区规划局 |

本清单适用于在开发区东区、西区、化工园区内新建的产业项目。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"list.md": LIST})


@pytest.mark.parametrize(
    "question", ["化工材料项目能建在开发区东区吗？", "危险品仓储可以建在开发区西区吗？"]
)
def test_another_place_says_no(chain, question):
    direct = chain.invoke(question).direct_answer
    assert direct.startswith(msg("answer_no")) and "化工园区" in direct


def test_the_required_place_gets_no_no(chain):
    # The required place is asked: the row's other conditions still apply, so no verdict
    # from the place alone, and never no.
    direct = chain.invoke("化工材料项目能建在化工园区吗？").direct_answer
    assert not direct.startswith(msg("answer_no"))
