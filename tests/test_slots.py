"""Entity answers as the filler of the question's slot (answering/slots.py), and the
``entity`` slot words of resources/question_grammar.yaml: examples and counter-examples."""

import pytest

from assistant.answering.evidence import Sentence
from assistant.answering.grammar import grammar
from assistant.answering.questions import asked_category
from assistant.answering.slots import kind_name, slot_answer, slot_filler
from tests.helpers import documents_chain

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
        # A name in quotation marks right before the verb fills the slot whole, marks
        # included, whatever its last word.
        (
            "申报单位通过哪个平台在线填报？",
            "申报单位通过“示例市企业服务平台”在线填报，并上传材料。",
            "“示例市企业服务平台”",
        ),
        ("在哪个平台上申报？", "企业可登录“政企通”申报，全年开放。", "“政企通”"),
        # The question's verb is a word inside the name: the kind asked for ends it.
        (
            "项目单位通过哪个平台在线填报？",
            "通过示例省投资项目在线审批监管平台申报时，项目单位需在线填报以下材料。",
            "示例省投资项目在线审批监管平台",
        ),
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
        # A quoted phrase that restates the question names nothing new.
        ("在哪个服务平台上申报？", "企业可登录“服务平台”申报。"),
        # A quoted slogan before the verb, where the question's slot follows a marker and
        # nothing opens the quote in the document: the subject, not the means.
        ("通过哪个平台办理？", "“一网通办”办理时限压缩一半。"),
    ],
)
def test_slot_not_filled(question, text):
    assert fill(question, text) is None


def name_of(question: str, text: str) -> str | None:
    sent = Sentence("d", "t", "", 40, 40 + len(text), text, 1)
    span = kind_name(question, asked_category(question), sent)
    return text[span[0] - 40 : span[1] - 40] if span else None


@pytest.mark.parametrize(
    "question,text,expected",
    [
        # A quoted name ending with the kind; the question's verb is not the document's.
        (
            "企业在哪个平台网上申报资金？",
            "申报单位于5月1日至5月31日登录“示例区惠企服务平台”在线填报。",
            "示例区惠企服务平台",
        ),
        # After the means opener, the verb of the question absent.
        (
            "备案在哪个平台上申报？",
            "项目单位登录示例省项目在线审批监管平台，注册账号后填写信息。",
            "示例省项目在线审批监管平台",
        ),
        # A quoted name followed by the kind: the name with its kind.
        ("申报材料在哪个平台提交？", "申报时通过“甬易通”平台在线提交以下材料：", "“甬易通”平台"),
        (
            "企业在哪个系统里登记？",
            "企业应当通过“示例区项目管理”系统登记基本信息。",
            "“示例区项目管理”系统",
        ),
        # A label line: the name is the whole clause.
        ("在哪个系统办理？", "网上办理：示例市不动产登记系统，全天可办。", "示例市不动产登记系统"),
        # A kind of body is filled by a name ending like a body's (bureau, section).
        ("有问题找哪个部门？", "企业可向示例区发展改革局投资科反映。", "示例区发展改革局投资科"),
        ("由什么机构评审？", "申报项目由示例市科技评估中心组织评审。", "示例市科技评估中心"),
        # A bracket after the name holding another name of the kind: one body, two names.
        (
            "这次招聘由哪个部门牵头组织？",
            "本次招聘工作由示例区党群工作部（人力资源部）牵头组织，纪检监察工委全程监督。",
            "示例区党群工作部（人力资源部）",
        ),
        # The question's verb before its slot opens the name, in its own clause, before a
        # body another clause names ("由管委会主任任组长"); a name tagged as a set phrase.
        (
            "示例区领导小组办公室设在哪个部门？",
            "成立领导小组，由管委会主任任组长，领导小组办公室设在经济发展局，负责日常工作。",
            "经济发展局",
        ),
        # A kind of document is filled by a title and the number right after it.
        (
            "这次申报是根据哪个管理办法组织的？",
            "根据《示例区专项资金管理办法》（示开发〔2023〕12号），现就有关事项通知如下。",
            "《示例区专项资金管理办法》（示开发〔2023〕12号）",
        ),
        (
            "问答解读的是哪个文件？",
            "为帮助企业用好《示例市促进企业上市若干政策》，现解答如下。",
            "《示例市促进企业上市若干政策》",
        ),
    ],
)
def test_kind_name(question, text, expected):
    assert name_of(question, text) == expected


@pytest.mark.parametrize(
    "question,text",
    [
        # The kind opens the clause: no name before it.
        ("在哪个平台申报？", "信息齐全的，平台自动生成备案证明。"),
        # Nothing of the asked kind is named.
        ("在哪个平台申报？", "申报单位应当于每年6月30日前提交材料。"),
        # A one-character kind (a province) is left to the clause that says why.
        ("数量最多的是哪个省？", "示例省以6家入围，数量最多。"),
        # The name restates the question.
        ("示例区服务平台是哪个平台？", "示例区服务平台全天开放。"),
        # A body named as the clause's subject, no marker opening it.
        ("有问题找哪个部门？", "示例区商务局对企业咨询较多的问题作了梳理。"),
        # A document asked for, no title in title marks.
        ("根据哪个文件执行？", "按照有关规定执行。"),
        # A quoted body name no marker opens is the subject, not the body asked for.
        ("有问题找哪个部门？", "“示例区商务局”部门对企业咨询较多的问题作了梳理。"),
        # A quoted name followed by another kind than the one asked.
        ("在哪个平台申报？", "申报时填写“示例区申报”系统生成的表格。"),
        # A phrase holding a date is a clause, however the segmenter cuts it.
        ("是哪个部门批准的？", "示例区于1984年10月经国务院批准设立。"),
        # No asked kind at all.
        ("谁负责？", "示例区服务平台负责。"),
    ],
)
def test_no_kind_name(question, text):
    assert name_of(question, text) is None


def test_slot_answer_reads_units_within_margin():
    """A filler in the second unit is found when the first, scoring a little higher, has
    none; a unit far below the best is not read."""
    first = Sentence("d", "t", "", 0, 30, "示例区商务局对企业咨询较多的问题作了梳理。", 1)
    second = Sentence("d", "t", "", 100, 130, "可向示例区商务局外资科咨询。", 2)
    question = "政策有问题找哪个部门咨询？"
    found = slot_answer(question, [(first, 1.0), (second, 0.8)], 1.0)
    assert found is not None and found[0].startswith("示例区商务局外资科")
    assert slot_answer(question, [(first, 1.0), (second, 0.5)], 1.0) is None
    # A subject no marker opens is taken only from a unit close to the best.
    other = Sentence("d", "t", "", 200, 220, "示例区科技局负责解释。", 3)
    unrelated = Sentence("d", "t", "", 0, 20, "本办法自2024年1月1日起施行。", 1)
    found = slot_answer("谁负责解释？", [(unrelated, 1.0), (other, 0.9)], 1.0)
    assert found is not None and found[0] == "示例区科技局。"
    assert slot_answer("谁负责解释？", [(unrelated, 1.0), (other, 0.8)], 1.0) is None


def test_kind_name_read_further_down_than_a_filler():
    """A name of the asked kind is read in more units than a slot's filler, within the
    margin; below the margin it is not."""
    units = [
        (Sentence("d", "t", "", i * 40, i * 40 + 10, f"第{i}项申报工作按期完成。", i), 1.0)
        for i in range(5)
    ]
    text = "企业登录“示例区惠企服务平台”在线填报。"
    named = Sentence("d", "t", "", 400, 400 + len(text), text, 9)
    question = "企业在哪个平台网上申报资金？"
    found = slot_answer(question, [*units, (named, 0.9)], 1.0)
    assert found is not None and found[0] == "示例区惠企服务平台。"
    assert slot_answer(question, [*units, (named, 0.7)], 1.0) is None


def test_slot_words_are_read():
    assert "哪个" in _E["slot_words"] and "由" in _E["slot_openers"]
    assert "上" in _E["slot_particles"]
    assert "登录" in _E["slot_openers"] and "部门" in _E["body_kinds"]
    assert "局" in _E["body_suffixes"] and "办法" in _E["document_kinds"]


DOC = """示例区企业上市扶持政策问答

问：企业对政策有疑问找哪里？
答：示例区金融工作局负责政策咨询。企业可向示例区金融工作局上市服务科咨询，也可拨打服务热线。

问：本政策由谁负责解释？
答：本政策由示例区金融工作局负责解释，自2024年3月1日起施行。
"""


chain = documents_chain({"qa.txt": DOC}, "slots")


def test_entity_answer_is_the_slot_filler(chain):
    answer = chain.ask("这个上市政策由哪个部门负责解释？")
    assert not answer.refused
    assert answer.direct_answer.startswith("示例区金融工作局")


def test_document_title_over_a_slot_piece():
    """Asked for a document, the title answers, not the piece of it before the verb."""
    text = "根据《示例区专项资金管理办法》（示开发〔2023〕12号），现就组织申报有关事项通知如下。"
    sent = Sentence("d", "t", "", 0, len(text), text, 1)
    found = slot_answer("专项资金是根据哪个管理办法组织申报的？", [(sent, 1.0)], 1.0)
    assert found is not None
    assert found[0] == "《示例区专项资金管理办法》（示开发〔2023〕12号）。"
