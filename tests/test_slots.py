"""Entity answers as the filler of the question's slot (answering/slots.py), and the
``entity`` slot words of resources/question_grammar.yaml: examples and counter-examples."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import asked_category
from assistant.answering.slots import slot_filler
from tests.conftest import chain_over

_E = grammar().raw["entity"]


def fill(question: str, text: str) -> str | None:
    sent = Sentence("d", "t", "", 40, 40 + len(text), text, 1)
    span = slot_filler(question, asked_category(question), sent)
    return text[span[0] - 40 : span[1] - 40] if span else None


@pytest.mark.parametrize(
    "question,text,expected",
    [
        # Subject slot, the agent marked by its opener.
        ("本办法由哪个部门负责解释？", "本办法由示例区科技局负责解释。", "示例区科技局"),
        ("谁负责解释这项政策？", "本政策由示例区人才工作办公室负责解释。", "示例区人才工作办公室"),
        # Addressee of the verb.
        (
            "有问题找哪个部门咨询？",
            "企业可向示例区商务局外资科咨询，也可拨打热线。",
            "示例区商务局外资科",
        ),
        # The means: the kind asked for ends the name.
        (
            "在哪个平台上申报？",
            "项目单位通过示例省投资在线审批平台申报。",
            "示例省投资在线审批平台",
        ),
        # The place.
        ("在哪里办理？", "申请人可到示例区政务服务中心办理。", "示例区政务服务中心"),
    ],
)
def test_slot_filled(question, text, expected):
    assert fill(question, text) == expected


@pytest.mark.parametrize(
    "question,text",
    [
        # The slot follows a marker in the question, and nothing marks a phrase here: the
        # clause's subject is not the one asked about.
        ("有问题找哪个部门咨询？", "示例区商务局对企业咨询较多的问题作了解答。"),
        # What precedes the verb is no name (a time and a modal).
        ("在哪个平台上申报？", "全天24小时可申报。"),
        # The phrase only repeats the question.
        ("示例区科技局负责解释什么？", "本办法由示例区科技局负责解释。"),
        # A slot ending the question is left to the clause (the place runs on).
        ("示例区位于什么地方？", "示例区位于示例省省会青山市,以及青山市、白水市的交汇处。"),
        # The verb is not in the sentence.
        ("本办法由哪个部门负责解释？", "本办法自2024年1月1日起施行。"),
    ],
)
def test_slot_not_filled(question, text):
    assert fill(question, text) is None


def test_slot_words_are_read():
    assert "哪个" in _E["slot_words"] and "由" in _E["slot_openers"]
    assert "上" in _E["slot_particles"]


DOC = """示例区企业上市扶持政策问答

问：企业对政策有疑问找哪里？
答：示例区金融工作局负责政策咨询。企业可向示例区金融工作局上市服务科咨询，也可拨打服务热线。

问：本政策由谁负责解释？
答：本政策由示例区金融工作局负责解释，自2024年3月1日起施行。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("slots"), {"qa.txt": DOC})


def test_entity_answer_is_the_slot_filler(chain):
    answer = chain.ask("这个上市政策由哪个部门负责解释？")
    assert not answer.refused
    assert answer.direct_answer.startswith("示例区金融工作局")
