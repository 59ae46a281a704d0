"""Labelled fields (answering/fields.py) and the ``fields`` words of
resources/question_grammar.yaml: which labels a question asks for (examples and
counter-examples), and answers from fields of invented minutes and a task table (real
index)."""

import pytest

from assistant.answering.fields import asked_labels
from assistant.answering.grammar import grammar
from assistant.answering.label_lines import field, labels
from tests.helpers import answered, documents_chain


@pytest.mark.parametrize(
    "question,labels,named",
    [
        # A label the question names.
        ("这项工作的完成时限是什么时候？", ("完成时限",), True),
        ("电子信息产业园建设的责任单位有哪些？", ("责任单位",), True),
        ("青溪经开区的主导产业有哪些？", ("主导产业",), True),
        # Who attended or sat in: the header's field of that role.
        ("出席会议的副主任有哪几位？", ("出席", "出席人员", "出席领导"), False),
        ("哪些部门列席了会议？", ("列席", "列席人员", "列席单位"), False),
        # Where or when an event took place: the header's place or time.
        ("第6次主任办公会议在哪里开的？", ("地点", "会议地点"), False),
        ("这次会议是哪天召开的？", ("时间", "会议时间", "日期"), False),
        # When a body was founded: the founding field of its own verb.
        ("青溪经开区成立于哪一年？", ("成立时间", "成立日期", "成立年份"), False),
        ("综合保税区是什么时候设立的？", ("设立时间", "设立日期", "设立年份"), False),
        # When a page was updated: the header's update field.
        ("机构设置页面是哪天更新的？", ("更新时间", "更新日期"), False),
        # Where a body works: its own section's office field, read in every section.
        ("规划建设局在哪儿办公？", ("办公地点", "办公地址", "办事地点", "办理地点"), True),
        # Which body fills a role: the name field of the role's own section.
        ("这次招标的采购代理机构是哪家？", ("名称", "单位名称", "机构名称"), True),
        # Where a thing is obtained: the place field of its own section.
        ("招标文件在哪里拿？", ("地点", "获取地点", "领取地点"), True),
    ],
)
def test_asked_labels(question, labels, named):
    assert asked_labels(question) == (labels, named)


@pytest.mark.parametrize(
    "question",
    [
        # Asked when, but of no event held: a deadline or a date in a sentence.
        "申报什么时候截止？",
        # Asked where, of an office, not a meeting.
        "办事窗口在哪里？",
        # No field asked.
        "会议研究了哪些事项？",
        # Founded, but asked who founded it, not when.
        "综合保税区由哪个部门批准设立？",
        # Attending named, but asked which units must attend, not who did.
        "会议要求哪些单位出席？",
    ],
)
def test_no_asked_labels(question):
    assert asked_labels(question) == ((), False)


@pytest.mark.parametrize(
    "text,label,value",
    [
        ("时间：2025年4月16日上午\n地点：管委会三楼第一会议室", "地点", "管委会三楼第一会议室"),
        ("（责任单位：建设局；完成时限：2025年9月30日前）", "完成时限", "2025年9月30日前"),
        ("（责任单位：建设局、财政局；完成时限：2025年9月30日前）", "责任单位", "建设局、财政局"),
        # After an enumerated item's marker.
        ("（二）地点：青溪公共资源交易网（线上获取）", "地点", "青溪公共资源交易网（线上获取"),
    ],
)
def test_field_values(text, label, value):
    m = field([label]).search(text)
    assert m is not None and m.group(1) == value


@pytest.mark.parametrize(
    "text,label",
    [
        # The label inside a word ("申报时间") is another field.
        ("申报时间：5月1日至5月31日", "时间"),
        # A label in running text without a colon.
        ("会议时间另行通知。", "会议时间"),
    ],
)
def test_no_field_value(text, label):
    assert field([label]).search(text) is None


def test_field_words_are_read():
    raw = grammar().raw["fields"]
    assert "完成时限" in labels("named_fields") and raw["slots"][0]["labels"]


MINUTES = """青溪经济技术开发区管委会主任办公会议纪要

时间：2025年3月18日上午
地点：管委会二楼第三会议室
主持：管委会主任 李文
出席：管委会副主任 王刚、赵敏
列席：建设局、财政局负责同志

一、关于标准厂房建设问题

会议要求建设局加快推进标准厂房建设，确保年内交付。

（责任单位：建设局；完成时限：2025年12月31日前）

二、关于企业服务专员制度问题

会议同意推行企业服务专员制度，由企业服务中心制定专员名单。

（责任单位：企业服务中心；完成时限：2025年4月30日前）
"""


PROFILE = """青溪经济技术开发区概况

成立时间：1993年
管辖面积：120平方公里
主导产业：新材料、生物医药、现代物流
管理机构：青溪经济技术开发区管理委员会

发展历程

2010年，经国务院批准，开发区升级为国家级经济技术开发区。2012年6月，青溪经开区投资促进中心成立，为企业提供全程代办服务。2015年5月，开发区内的综合保税区获批设立。
"""


chain = documents_chain({"minutes.txt": MINUTES, "profile.txt": PROFILE}, "fields")


@pytest.mark.parametrize(
    "question,expected",
    [
        ("青溪经开区主任办公会议在哪里开的？", "管委会二楼第三会议室"),
        ("这次主任办公会议是哪天召开的？", "2025年3月18日上午"),
        # The field of the section about the question's matter, not the first one.
        ("企业服务专员制度这项工作的完成时限是什么时候？", "2025年4月30日前"),
        ("标准厂房建设的责任单位是哪个？", "建设局"),
        ("青溪经开区成立于哪一年？", "1993年"),
        ("主任办公会议出席的副主任有哪几位？", "管委会副主任 王刚、赵敏"),
        ("哪些部门列席了这次主任办公会议？", "建设局、财政局负责同志"),
        # A list-valued field answers the question asking that list.
        ("青溪经开区的主导产业有哪些？", "新材料、生物医药、现代物流"),
    ],
)
def test_field_answers(chain, question, expected):
    answer = chain.ask(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(expected)


def test_a_yes_no_question_is_not_answered_by_a_field(chain):
    answer = chain.ask("企业服务专员制度的完成时限是2025年4月30日前吗？")
    assert not (answer.direct_answer or "").startswith("2025年4月30日前")


def test_a_founding_field_answers_only_its_own_verb(chain):
    # The profile's founding field ("成立时间") does not date another event ("设立").
    answer = chain.ask("青溪经开区的综合保税区是什么时候设立的？")
    assert not (answer.direct_answer or "").startswith("1993年")


def test_a_list_field_does_not_answer_a_number(chain):
    # Asked how many leading industries: a count, not the field's list.
    answer = chain.ask("青溪经开区有几个主导产业？")
    assert not (answer.direct_answer or "").startswith("新材料、生物医药、现代物流")


# An invented directory: each body's office field under its own heading, and the whole
# committee's address in the page's opening lines.
DIRECTORY = """青溪经开区管委会机构设置

来源：本站　更新时间：2024-11-05

管委会办公地址：青溪市滨江路99号。

一、招商服务局

负责招商引资项目的洽谈和签约。

办公地点：行政中心6楼602室　联系电话：0791-1234560

二、建设管理局

负责建设工程施工许可的办理。

办公地点：行政中心3楼305室　联系电话：0791-1234570
"""

offices = documents_chain({"directory.txt": DIRECTORY}, "offices")


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("建设管理局在哪儿办公？", "行政中心3楼305室", "602"),
        ("招商服务局在哪里办公？", "行政中心6楼602室", "305"),
        # The committee is no section's body: its own address line answers, not the first
        # section's office.
        ("青溪经开区管委会在哪办公？", "滨江路99号", "602"),
        ("青溪经开区机构设置页面是什么时候更新的？", "2024-11-05", "滨江路"),
    ],
)
def test_a_section_office_field_answers_for_its_body(offices, question, expected, absent):
    answered(offices, question, expected, absent)


# The same directory in a library where another document speaks of a page ("在本项目页面
# 点击…"): the page a question names is the one the directory is published on, a word
# that frames the question rather than a thing the header field must hold.
PAGED = """青溪经开区物业服务采购公告

供应商登录青溪市公共资源交易网，在本项目页面下载采购文件。
"""

paged = documents_chain({"directory.txt": DIRECTORY, "notice.txt": PAGED}, "paged")


def test_the_page_a_question_names_is_the_document_itself(paged):
    answered(paged, "青溪经开区机构设置页面是什么时候更新的？", "2024-11-05")


# An invented tender notice: each party's block under its own heading opens with its name
# field; the title names the project every block shares.
TENDER = """青溪经开区2025年道路养护服务采购项目招标公告

一、项目基本情况

项目名称：青溪经开区2025年道路养护服务采购项目。预算金额：300万元。

供应商认为招标文件使自己的权益受到损害的，可以向采购人或采购代理机构提出质疑。

二、联系方式

（一）采购人信息

名称：青溪经济技术开发区建设管理局

联系电话：0791-2345001

（二）采购代理机构信息

名称：青溪恒信招标代理有限公司

联系电话：0791-2345002
"""

tender = documents_chain({"tender.md": TENDER}, "tender")


def test_the_name_field_of_the_role_asked(tender):
    answered(
        tender,
        "青溪经开区道路养护服务采购项目的采购代理机构是哪家？",
        "青溪恒信招标代理有限公司",
        "建设管理局",
    )


# An invented tender notice: where its documents are obtained is an enumerated place field
# of the section about obtaining them, not a sentence that mentions obtaining them.
NOTICE = """青溪经开区绿化养护服务项目招标公告

未按规定时间获取招标文件的供应商，不得参加投标。

三、获取招标文件

（一）时间：2025年7月14日至2025年7月21日。

（二）地点：青溪公共资源交易网（线上获取），不提供纸质招标文件。

（三）售价：0元。
"""

notice = documents_chain({"notice.txt": NOTICE}, "notice")


def test_where_a_thing_is_obtained_is_its_place_field(notice):
    answer = notice.ask("招标文件在哪里拿？")
    assert not answer.refused
    assert answer.direct_answer.startswith("青溪公共资源交易网（线上获取）")
