"""An entity question asking for a kind of thing ("哪家公司") is not answered by a table row
that names no such thing: the row describes the subject, not the entity asked for
(grammar: ``question_grammar.yaml`` ``entity.kind_forms``)."""

import pytest

from tests.helpers import answered, documents_chain

PLAN = """| 序号 | 项目名称 | 建设内容 | 总投资（亿元） | 责任单位 |
| --- | --- | --- | --- | --- |
| 1 | 青禾储能电池项目 | 建设储能电池生产线4条 | 12.5 | 产业发展局 |
| 2 | 青禾冷链物流园 | 建设冷库8万立方米 | 6.2 | 青禾物流集团有限公司 |
"""

DOC = "# 青禾高新区2026年重点项目计划\n\n发布日期：2026年2月3日\n\n" + PLAN

chain = documents_chain({"plan.md": DOC}, name="row_kinds")


def test_a_row_naming_no_company_is_no_answer(chain):
    # The storage project's row names a bureau, not the company that invests.
    assert chain.invoke("青禾储能电池项目由哪家公司建设？").refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A company is named by its kind's word.
        ("青禾冷链物流园的责任单位是哪家公司？", "青禾物流集团有限公司"),
        # A body is named by its suffix, as before.
        ("青禾储能电池项目的责任单位是哪个部门？", "产业发展局"),
    ],
)
def test_a_row_naming_the_kind_answers(chain, question, expected):
    answered(chain, question, expected)
