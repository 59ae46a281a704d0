"""A statement of a document's scope ("this list applies to projects in the east and west
zones") says whom the document covers, not what it grants or bars: it answers a yes/no
asking about scope and decides no other (answering/cases.py scope_only; words in
question_grammar.yaml ``scope_statement``). Examples and counter-examples, then an invented
catalogue end to end: a question about scope keeps its yes."""

import pytest

from assistant.answering.cases import scope_only
from assistant.messages import msg
from tests.helpers import documents_chain


@pytest.mark.parametrize(
    ("said", "question", "expected"),
    [
        ("本清单适用于在园区东区、西区新建的产业项目。", "化工项目能建在园区东区吗？", True),
        ("本办法的适用范围为在册企业。", "在册企业能领取补贴吗？", True),
        # Counter-examples: the question asks about scope; the statement grants.
        ("本清单适用于在园区东区、西区新建的产业项目。", "本清单适用于东区的项目吗？", False),
        ("本措施适用于外资企业。", "外资企业是否在本措施范围内？", False),
        ("在册企业可以领取补贴。", "在册企业能领取补贴吗？", False),
    ],
)
def test_scope_only(said, question, expected):
    assert scope_only(said, question) is expected


CATALOGUE = """# 青禾园区产业项目准入清单

本清单适用于在青禾园区东区、西区及各功能区内新建、扩建的产业项目。

## 限制类

| 序号 | 项目类别 | 准入条件 |
|---|---|---|
| 1 | 精细化工 | 须进入北区化工集中区 |
| 2 | 数据中心 | 电能利用效率不高于1.3 |
"""


chain = documents_chain({"catalogue.md": CATALOGUE}, "scope")


def test_a_scope_question_is_answered_by_it(chain):
    answer = chain.invoke("青禾园区准入清单适用于东区的新建项目吗？")
    assert answer.direct_answer.startswith(msg("answer_yes")), answer.direct_answer
