"""A value the question names itself answers nothing: asked an amount of "the 2022 version",
a sentence whose only figure is that year (the 2022 version is withdrawn) is no answer. The
document is invented for the test; the answers come from the real index, models and chain."""

from tests.helpers import answered, documents_chain

DOCS = {
    "lease.txt": """示例高新区标准厂房租赁合同（示范文本·2025年版）

使用说明

一、本示范文本自2025年7月1日起使用，有效期3年。

二、2022年版《示例高新区标准厂房租赁合同（示范文本）》同时停止使用，此前已签订的合同继续履行至期满。

第一条 租金

首层厂房月租金标准为每平方米18元，二层及以上为每平方米15元。
""",
}

chain = documents_chain(DOCS, "echoed_values")


def test_a_year_the_question_names_is_no_amount(chain):
    answer = chain.invoke("示例高新区2022年版厂房租赁示范文本里首层的租金标准是多少？")
    assert answer.refused or "18元" not in answer.direct_answer, answer.direct_answer
    assert "停止使用" not in answer.direct_answer, answer.direct_answer


def test_the_amount_asked_without_the_year_is_answered(chain):
    answered(chain, "示例高新区厂房首层的月租金标准是多少？", "18元")
