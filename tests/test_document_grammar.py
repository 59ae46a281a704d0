"""Table-driven checks of resources/document_grammar.yaml, one group at a time."""

import pytest

from assistant.ingest import grammar as gr
from assistant.ingest.metadata import kind_of, parse_date, region_of


@pytest.mark.parametrize(
    "line,level",
    [
        ("第一章 总则", 2),
        ("第二章 设立、扩区和调整", 2),
        ("第三节 用地保障", 3),
        ("第二部分 主要任务", 2),
        ("一、总体要求", 2),
        ("十二、附则", 2),
        ("（一）主要目标", 3),
        ("(三)技术改造补贴", 3),
        # Counter-examples: sentences, clauses and items are not headings.
        ("一、坚持改革创新，推动开发区高质量发展。", 0),
        ("（一）国家级开发区综合排名前5位的是：", 0),
        ("第一条 为了规范开发区的设立、建设和管理，制定本办法。", 0),
        ("1. 高端装备", 0),
        ("（1）新材料", 0),
        ("示范区总规划面积600平方公里", 0),
    ],
)
def test_headings(line, level):
    assert gr.heading_level(line) == level


@pytest.mark.parametrize(
    "line,item",
    [
        ("一、坚持改革创新，推动开发区高质量发展。", True),
        ("（二）建立报送制度。", True),
        ("（3）租金补贴", True),
        ("1. 高端装备", True),
        ("2、新材料", True),
        ("• 政务服务", True),
        ("第十二条 本办法自公布之日起施行。", True),
        ("2023年全区实现地区生产总值1086.3亿元。", False),
        ("1.5亿元用于基础设施。", False),
        ("第一批入选名单如下", False),
    ],
)
def test_items(line, item):
    assert gr.starts_item(line) is item


@pytest.mark.parametrize(
    "line,question,answer",
    [
        ("问：哪些企业可以申请？", True, False),
        ("问1：补贴标准是多少？", True, False),
        ("Q: 申报截止时间？", True, False),
        ("天津日报记者：请问政策何时施行？", True, False),
        ("答：注册在园区的企业均可申请。", False, True),
        ("A：每年3月受理。", False, True),
        ("回答：可以。", False, True),
        ("问题的关键在于落实。", False, False),
        ("答复意见见附件。", False, False),
    ],
)
def test_question_and_answer_markers(line, question, answer):
    assert gr.is_question(line) is question
    assert gr.is_answer(line) is answer


@pytest.mark.parametrize(
    "line,standalone",
    [
        ("晋政发〔2021〕12号", True),
        ("湖南省人民政府令第306号", True),
        ("2021年1月12日", True),
        ("（2023年4月10日印发）", True),
        ("发文机关：长沙经济技术开发区管理委员会", True),
        ("成文日期：2023年4月18日", True),
        ("- 规划面积：120平方公里", True),
        ("• 主导产业：智能装备、新材料", True),
        ("各市州商务局，各省级及以上开发区管理委员会：", False),
        ("主持人：各位媒体朋友，上午好！", False),
        ("2021年，全区实现地区生产总值475亿元", False),
        ("- 企业在线填报并上传材料，初审通过后报送纸质材料", False),
    ],
)
def test_standalone_header_lines(line, standalone):
    assert gr.is_standalone(line) is standalone


@pytest.mark.parametrize(
    "line,byline",
    [
        ("本报记者 张潇潇", True),
        ("记者 李明 通讯员 王强", True),
        ("记者介绍，园区共有企业300家。", False),
    ],
)
def test_bylines(line, byline):
    assert gr.is_byline(line) is byline


@pytest.mark.parametrize(
    "text,date",
    [
        ("2023年4月10日", "2023-04-10"),
        ("发布日期：2022年1月24日", "2022-01-24"),
        ("二〇二一年三月一日", "2021-03-01"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("2023年13月1日", None),
        ("今年三月", None),
    ],
)
def test_dates(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize(
    "title,kind",
    [
        ("湖南省开发区管理办法", "办法"),
        ("关于印发《开发区管理办法》的通知", "通知"),
        ("关于支持先进制造业高质量发展的若干措施", "措施"),
        ("关于加快集聚高层次人才的若干政策（试行）", "措施"),
        ("关于推进开发区改革创新的实施意见", "意见"),
        ("关于2022年度全省开发区综合评价结果的通报", "通报"),
        ("烟台经济技术开发区2023年工作报告", "报告"),
        ("支持企业上市政策问答", "问答"),
        ("《若干措施》政策解读", "解读"),
        ("企业投资项目备案办事指南", "指南"),
        ("关于2024年度瞪羚企业拟认定名单的公示", "通知"),
        ("关于调整企业开办服务时间的公告", "通知"),
        ("2023年国民经济和社会发展统计公报", "报告"),
        ("苏州工业园区综合排名实现八连冠", None),
    ],
)
def test_kinds(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "title,issuer,region",
    [
        ("长沙经济技术开发区关于支持先进制造业高质量发展的若干措施", None, "长沙"),
        ("湖南省开发区管理办法", None, "湖南"),
        ("陕西西咸新区2023年经济社会发展情况报告", None, "陕西"),
        # The place ends where the longest zone word begins, not at a shorter one inside it.
        ("青山经济开发区2023年工作总结", None, "青山"),
        ("石门岭工业集中区管理办法", None, "石门岭"),
        ("关于印发中国（湖北）自由贸易试验区第五批制度创新案例的通知", None, "湖北"),
        ("关于开发区综合评价结果的通报", "江苏省商务厅", "江苏"),
        ("关于开发区综合评价结果的通报", "商务部", None),
        # A zone's place is written in ideographs: Latin letters before the zone word are none.
        ("ABC经济技术开发区管理办法", None, None),
    ],
)
def test_regions(title, issuer, region):
    assert region_of(title, issuer) == region


@pytest.mark.parametrize(
    "line,label",
    [("编者按：", "编者按"), ("编者的话", "编者的话"), ("编者按：本文介绍", None), ("编者", None)],
)
def test_editor_notes(line, label):
    assert gr.editor_note(line) == label
