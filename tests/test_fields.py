"""Field lines ("成立时间：1992年", "地点：三楼会议室", "（责任单位：…；完成时限：…）"): the
grammar of labels, kinds and asking words (table tests), and answers from profile pages,
meeting headers and task trailers in several layouts of invented documents (real index)."""

import pytest

from assistant.answering.fields import asks_kind, fields_of, label_kind
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("成立时间：1992年", [("成立时间", "1992年")]),
        ("地点：管委会三楼会议室", [("地点", "管委会三楼会议室")]),
        ("主持：管委会主任 张三", [("主持", "管委会主任 张三")]),
        (
            "（责任单位：经济发展局、财政局；完成时限：2025年5月30日前）",
            [("责任单位", "经济发展局、财政局"), ("完成时限", "2025年5月30日前")],
        ),
        ("- 管辖面积: 88平方公里", [("管辖面积", "88平方公里")]),
        # Counter-examples: a lead-in clause, a colon inside a sentence, a long paragraph.
        ("现将有关事项通知如下：", []),
        ("会议要求：各单位于5月底前完成整改。", []),
        ("经研究，现就有关事项明确如下：一是加快进度。", []),
        ("出席发布会的有：副主任王某", []),
        ("说明：" + "本表数据来自各单位报送的年度统计快报，" * 4, []),
    ],
)
def test_fields_of_a_line(line, fields):
    assert [(f.label, f.value) for f in fields_of(line)] == fields


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("成立时间", ("date", "成立")),
        ("完成时限", ("date", "完成")),
        ("时间", ("date", "")),
        ("办公地点", ("place", "办公")),
        ("地址", ("place", "")),
        # Counter-examples: labels naming their matter only.
        ("主持", (None, "主持")),
        ("管辖面积", (None, "管辖面积")),
        ("责任单位", (None, "责任单位")),
    ],
)
def test_label_kind(label, kind):
    assert label_kind(label) == kind


@pytest.mark.parametrize(
    ("question", "qtype", "kinds"),
    [
        ("园区成立于哪一年？", "", {"date"}),
        ("会议是什么时候召开的？", "", {"date"}),
        ("会议在哪里开的？", "", {"place"}),
        ("受理窗口在什么地方？", "", {"place"}),
        ("申报截止日期？", "date", {"date"}),
        # Counter-examples: asking for an amount, a person, a verdict.
        ("补助多少钱？", "number", set()),
        ("谁主持的会议？", "entity", set()),
        ("园区是国家级开发区吗？", "yesno", set()),
    ],
)
def test_asked_kinds(question, qtype, kinds):
    assert asks_kind(question, qtype) == kinds


# Invented documents: a profile page of key-value lines (HTML paragraphs), a zone profile as
# a Markdown list, the minutes of a meeting whose header gives time, place and chair, with
# a bracketed trailer under each agreed item (plain text).
PROFILE = """<html><head><meta charset="utf-8"><title>青禾经开区概况</title></head><body>
<h1>青禾经济技术开发区概况</h1>
<h2>基本信息</h2>
<p>成立时间：1996年</p>
<p>批准机关：省人民政府</p>
<p>管辖面积：64平方公里</p>
<p>主导产业：智能装备、新材料</p>
<h2>发展历程</h2>
<p>青禾经开区1996年起步建设，2011年10月升级为国家级经济技术开发区。区内的保税物流中心于2018年5月设立。</p>
</body></html>"""
LISTED = """# 白石高新区简介

- 设立时间：2003年8月
- 办公地址：白石市科创大道88号
- 规划面积：120平方公里

白石高新区2015年获批国家级高新区，2020年入选全国双创示范基地。
"""
MINUTES = """东港区产业园建设推进会会议纪要

时间：2025年3月12日下午
地点：区行政中心二号会议室
主持：副区长 林立

3月12日下午，区政府召开东港区产业园建设推进会，研究标准厂房建设和企业入驻问题。纪要如下：

一、关于标准厂房建设问题

会议要求，区建设局加快标准厂房主体施工，确保年内交付。

（责任单位：区建设局；完成时限：2025年10月31日前）

二、关于企业入驻服务问题

会议同意设立入驻服务专窗，为入园企业提供一站式服务。

（责任单位：区企业服务中心；完成时限：2025年4月15日前）
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("fields")
    files = {"profile.html": PROFILE, "listed.md": LISTED, "minutes.txt": MINUTES}
    return chain_over(root, files)


@pytest.mark.parametrize(
    ("question", "expected", "not_said"),
    [
        # A label of matter and kind: the question says the matter, asks for the kind.
        ("青禾经开区成立于哪一年？", "1996年", "2018年5月"),
        ("白石高新区是什么时候设立的？", "2003年8月", "2015年"),
        ("白石高新区的办公地址在哪里？", "科创大道88号", None),
        # The header of minutes: the document's own event, its time, place and chair.
        ("东港区产业园建设推进会在哪里召开的？", "二号会议室", None),
        ("东港区产业园建设推进会是哪天召开的？", "2025年3月12日", None),
        # A trailer under an agreed item: the item's heading names the matter.
        ("入驻服务专窗的完成时限是什么时候？", "2025年4月15日前", "2025年10月31日前"),
        ("标准厂房建设的完成时限是什么时候？", "2025年10月31日前", "2025年4月15日前"),
    ],
)
def test_the_field_the_question_asks_for(chain, question, expected, not_said):
    answer = chain.invoke(question)
    assert not answer.refused, question
    assert expected in answer.direct_answer, answer.direct_answer
    assert not_said is None or not_said not in answer.direct_answer


@pytest.mark.parametrize(
    "question",
    [
        # Another occurrence of the event, or another zone: the header does not say.
        "东港区产业园建设推进会下一次什么时候召开？",
        "红枫经开区成立于哪一年？",
    ],
)
def test_no_field_of_another_event_or_subject(chain, question):
    answer = chain.invoke(question)
    said = answer.direct_answer or ""
    assert "2025年3月12日" not in said and "1996年" not in said and "2003年8月" not in said
