"""A person's name asked for ("the head of the inspection office is called what?") is
answered only by a text naming a person (grammar: ``question_grammar.yaml`` group
``person_names``; the documents are invented, the answers come from the real index,
models and chain)."""

import pytest

from assistant.answering.person_names import (
    asks_person_name,
    asks_place,
    names_person,
    states_place,
)
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("督查室的负责人叫什么名字？", True),
        ("项目联系人姓名是什么", True),
        ("窗口代办员叫什么", True),
        # Which person of a kind: "哪位" right before a person noun.
        ("提出建议的是哪位代表？", True),
        ("这次讲课的是哪一位讲师", True),
        # A post only a person holds, asked by who holds it.
        ("领导小组的组长是谁？", True),
        ("发布会的主讲人是谁", True),
        # Counter-examples: a thing's name, a role a body may fill asked with 是谁.
        ("这个项目叫什么名字？", False),
        ("负责人是谁？", False),
        ("牵头单位叫什么", False),
        ("由哪位负责审核？", False),
    ],
)
def test_asks_person_name(question, asks):
    assert asks_person_name(question) is asks


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("联系人：王建国，电话0471-5928123。", True),
        ("情况复杂的，经中心负责人批准可延长5个工作日。", False),
    ],
)
def test_names_person(text, names):
    assert names_person(text) is names


DOCS = {
    "centre.txt": """示例经开区政务服务中心办事须知

一、投诉渠道

投诉电话：0471-5928123，由中心督查室在工作日办公时间受理。

二、办理时限

一般事项5个工作日内办结；情况复杂的，经中心负责人批准可延长5个工作日。

三、联系方式

综合窗口联系人：王建国，电话0471-5928100。
""",
    "press.txt": """示例经开区召开优化营商环境新闻发布会

5月8日上午，示例经开区管委会召开新闻发布会，介绍《示例经开区优化营商环境若干措施》有关情况。

发布会由管委会新闻发言人主持。
""",
    "minutes.txt": """示例经开区第3次主任办公会议纪要

时间：2025年4月2日

地点：管委会五楼第二会议室

会议研究了标准厂房租赁事项。
""",
}

chain = documents_chain(DOCS, "person_names")


def test_a_name_asked_is_not_answered_by_a_sentence_naming_nobody(chain):
    answer = chain.invoke("示例经开区政务服务中心督查室的负责人叫什么名字？")
    assert answer.refused, answer.direct_answer


def test_a_name_the_document_gives_is_answered(chain):
    answered(chain, "示例经开区政务服务中心综合窗口联系人叫什么名字？", "王建国")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("这场新闻发布会是在哪里召开的？", True),
        ("那个发布会在哪开的？", True),
        ("法制科的办公地址在哪？", True),
        ("规划建设局在哪儿办公？", True),
        # Counter-examples: a time or a kind asked with a where-word, no event or place.
        ("会议是在哪一天召开的？", False),
        ("申报材料在哪个平台提交？", False),
        ("户口迁移要去哪里办？", False),
    ],
)
def test_asks_place(question, asks):
    assert asks_place(question) is asks


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("地点：管委会五楼第二会议室", True),
        ("会议在区行政中心召开", True),
        ("于北仑区新碶街道学苑路118号举行", True),
        ("5月8日上午，示例经开区管委会召开新闻发布会，介绍有关情况。", False),
    ],
)
def test_states_place(text, states):
    assert states_place(text) is states


def test_a_place_asked_is_not_answered_by_a_sentence_naming_none(chain):
    answer = chain.invoke("示例经开区这场优化营商环境新闻发布会是在哪里召开的？")
    assert answer.refused, answer.direct_answer


def test_a_place_the_document_gives_is_answered(chain):
    answered(chain, "示例经开区第3次主任办公会议在哪里开的？", "第二会议室")
