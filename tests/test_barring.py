"""Yes/no on an item of a barring list (assistant/answering/barring.py): the lead-in governing
a run of plain lines, list items or table rows decides ("下列项目不予备案："), an exception
the item states turns the verdict for the case it names; a lead-in granting or regulating
decides nothing, and an item stating nothing but itself gets no verdict of its own. The
grammar groups of resources/catalogue_grammar.yaml with examples and counter-examples, then
invented documents of several layouts (HTML list, Markdown list, numbered articles, plain
lines, a table) read end to end over a real index."""

import pytest

from assistant.answering.barring import (
    _granted,
    governing_lead,
    half_named_exception,
    states_only_itself,
)
from assistant.answering.chain import AnswerChain
from assistant.answering.evidence import Term
from assistant.answering.verdict_cases import exception_cases, names_exception
from assistant.messages import msg
from tests.conftest import chain_over


@pytest.mark.parametrize(
    "item,question,expected",
    [
        # "但…除外": the excepted case named by the question.
        (
            "新建燃煤锅炉，但经市发展改革委批准的热电联产项目除外。",
            "经市发展改革委批准的热电联产项目能建吗？",
            True,
        ),
        (
            "新建燃煤锅炉，但经市发展改革委批准的热电联产项目除外。",
            "热电联产项目能建燃煤锅炉吗？",
            True,
        ),
        # "除…外，": the place excepted.
        ("除临港园区外，在其他区域新建化工项目。", "在临港园区新建化工项目可以吗？", True),
        # "…的除外": a trailing exception.
        ("新建独立焦化项目；已列入省级规划的除外。", "已列入省级规划的焦化项目能建吗？", True),
        # "不包括…": what a scope leaves out; a two-character place.
        ("新建仓储设施（不包括冷链物流仓储）。", "冷链物流仓储设施可以新建吗？", True),
        ("除东区外，在园区新建电镀项目。", "在东区新建电镀项目可以吗？", True),
        # Counter-examples: another case, or no exception at all.
        ("新建燃煤锅炉，但经市发展改革委批准的热电联产项目除外。", "能新建燃煤锅炉吗？", False),
        ("除临港园区外，在其他区域新建化工项目。", "在东区新建化工项目可以吗？", False),
        ("新建化学合成类农药原药生产项目。", "能建农药项目吗？", False),
    ],
)
def test_exceptions(item, question, expected):
    assert names_exception(question, item) is expected


@pytest.mark.parametrize(
    "clause,case",
    [
        ("予以倾斜，但当年发生重大环境污染事件的除外。", "当年发生重大环境污染事件的"),
        ("除南港工业区外，其他区域禁止新建。", "南港工业区"),
        ("给予补贴；经区管委会批准的除外。", "经区管委会批准的"),
        ("补贴范围不包括土地出让金。", "土地出让金"),
        ("工作日上午9:00—12:00（法定节假日除外）。", "法定节假日"),
        # Counter-examples: no exception stated.
        ("除此之外还应提交申请表。", None),
        ("不予办理备案。", None),
    ],
)
def test_exception_cases(clause, case):
    found = exception_cases(clause)
    assert (found[0][0] if found else None) == case


def _units(kinds_texts):
    text, units, pos = "", [], 0
    for kind, piece in kinds_texts:
        units.append({"kind": kind, "start": pos, "end": pos + len(piece)})
        text += piece + "\n\n"
        pos = len(text)
    return units, text


@pytest.mark.parametrize(
    "layout,at_item,lead",
    [
        (
            [("paragraph", "下列项目不予备案："), ("item", "甲项目。"), ("item", "乙项目。")],
            2,
            "下列项目不予备案：",
        ),
        (
            [("paragraph", "有下列情形之一的，不得申报:"), ("item", "丙情形。")],
            1,
            "有下列情形之一的，不得申报:",
        ),
        # An article that is itself an item leads the items after it.
        (
            [("item", "第八条 有下列情形之一的，不予入驻："), ("item", "（一）失信的；")],
            1,
            "第八条 有下列情形之一的，不予入驻：",
        ),
        # Counter-examples: a lead-in without a colon, a heading right above, not an item.
        ([("paragraph", "下列项目不予备案。"), ("item", "甲项目。")], 1, None),
        ([("heading", "一、禁止类"), ("item", "甲项目。")], 1, None),
        # Plain lines and table rows are items as much as list items are.
        (
            [("paragraph", "下列项目不予备案："), ("paragraph", "甲项目。"), ("paragraph", "乙。")],
            2,
            "下列项目不予备案：",
        ),
        (
            [
                ("paragraph", "下列项目不予备案："),
                ("table_header", "项目 | 说明"),
                ("table_row", "甲 | 新建"),
            ],
            2,
            "下列项目不予备案：",
        ),
        # A plain paragraph after list items or table rows follows the closed list.
        (
            [
                ("paragraph", "下列情形不予受理："),
                ("item", "匿名的；"),
                ("paragraph", "对个人信息予以保密。"),
            ],
            2,
            None,
        ),
        (
            [
                ("paragraph", "下列项目不予备案："),
                ("table_row", "甲 | 新建"),
                ("paragraph", "乙。"),
            ],
            2,
            None,
        ),
        # A paragraph of prose ends the list.
        ([("paragraph", "下列项目不予备案："), ("paragraph", "甲" * 130)], 1, None),
        (
            [("paragraph", "下列项目不予备案："), ("paragraph", "甲" * 130), ("item", "乙。")],
            2,
            None,
        ),
    ],
)
def test_governing_lead(layout, at_item, lead):
    units, text = _units(layout)
    span = governing_lead(units, text, units[at_item]["start"])
    assert (text[span[0] : span[1]] if span else None) == lead


# Invented zones and catalogues.
HTML = """<html><head><title>青川开发区产业准入目录</title></head><body>
<h1>青川开发区产业准入目录</h1>
<h2>一、禁止类</h2>
<p>下列项目不予办理备案和用地手续：</p>
<ol>
<li>新建燃煤发电机组，但经市发展改革委批准的热电联产项目除外。</li>
<li>新建化学合成类农药原药生产项目。</li>
<li>除临港化工园外，在开发区其他区域新建危险化学品生产项目。</li>
</ol>
<h2>二、鼓励类</h2>
<p>下列项目优先保障用地：</p>
<ol><li>集成电路设计项目。</li></ol>
</body></html>
"""

MARKDOWN = """# 白石园区项目负面清单

## 禁止准入事项

以下事项不得在园区内开展：

- 新建露天矿山开采项目
- 新建皮革鞣制项目，但采用无铬鞣制工艺的项目除外
"""

TEXT = """云溪经济开发区企业入驻管理规定

第八条 有下列情形之一的企业，不予入驻：
（一）列入严重失信主体名单的；
（二）近三年发生重大安全生产事故的；
（三）主要产品属于国家明令淘汰的。
（四）正在享受园区租房补贴的，但补贴领取期满的除外。
"""


NOTICE = (
    "青禾高新区产业项目准入目录\n\n"
    "一、禁止类\n\n"
    "下列项目不予办理备案和用地手续：\n\n"
    "新建独立炼焦项目。\n\n"
    "新建、扩建燃煤锅炉，但经区发展改革局批准的集中供热项目除外。\n\n"
    "新建含铅蓄电池生产项目。\n\n"
    "二、鼓励类\n\n"
    "下列项目实行告知承诺制：\n\n"
    "集成电路设计项目。\n\n"
    "工业软件开发项目。\n"
)
RULES = (
    "# 白石经开区工业厂房租赁管理办法\n\n"
    "## 第八条 禁止行为\n\n"
    "下列厂房不得享受租金补贴：\n\n"
    "- 承租企业擅自转租的厂房\n"
    "- 承租企业改变用途的厂房\n"
    "- 租期不满一年的临时厂房\n\n"
    "## 第九条 补贴标准\n\n"
    "对符合条件的承租企业，按实际租金的30%给予补贴。\n"
)
TABLE = """# 红枫园区用地项目目录

## 限制用地项目

下列项目不予办理用地手续：

| 序号 | 项目 | 说明 |
|---|---|---|
| 1 | 新建水泥熟料生产线 | 实施产能置换的除外 |
| 2 | 新建平板玻璃生产线 | — |
"""
# A list with no lead-in: its items state nothing but themselves.
PLAIN = """# 绿溪园区2025年重点项目

## 一、续建项目

新建再生铝回收利用项目。

新建锂电池隔膜生产项目。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"),
        {
            "catalogue.html": HTML,
            "negative.md": MARKDOWN,
            "rules.txt": TEXT,
            "notice.txt": NOTICE,
            "lease.md": RULES,
            "table.md": TABLE,
            "plain.md": PLAIN,
        },
    )


@pytest.mark.parametrize(
    "question,verdict,words",
    [
        ("青川开发区可以新建化学合成类农药原药生产项目吗？", "否", "不予办理备案和用地手续"),
        ("青川开发区能新建燃煤发电机组吗？", "否", "不予办理备案和用地手续"),
        ("经市发展改革委批准的热电联产项目可以在青川开发区新建燃煤发电机组吗？", "是", "除外"),
        ("在青川开发区的临港化工园新建危险化学品生产项目属于禁止类吗？", "否", "除临港化工园外"),
        ("在青川开发区其他区域新建危险化学品生产项目可以吗？", "否", "除临港化工园外"),
        ("白石园区能新建皮革鞣制项目吗？", "否", "不得在园区内开展"),
        ("白石园区采用无铬鞣制工艺的皮革鞣制项目可以建吗？", "是", "无铬鞣制工艺"),
        ("列入严重失信主体名单的企业能入驻云溪经济开发区吗？", "否", "不予入驻"),
        # Plain lines under a lead-in.
        ("青禾高新区允许新建含铅蓄电池生产项目吗？", "否", "不予办理备案和用地手续"),
        ("在青禾高新区能新建独立炼焦项目吗？", "否", "不予办理备案和用地手续"),
        ("承租企业擅自转租的厂房能享受租金补贴吗？", "否", "不得享受租金补贴"),
        # Table rows under a lead-in, the exception in a cell.
        ("红枫园区可以新建平板玻璃生产线吗？", "否", "不予办理用地手续"),
        ("实施产能置换的水泥熟料生产线能在红枫园区新建吗？", "是", "产能置换"),
    ],
)
def test_a_denying_lead_in_decides_its_items(chain, question, verdict, words):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(verdict), answer.direct_answer
    assert words in answer.direct_answer, answer.direct_answer


def test_an_exception_the_question_half_names_leaves_the_item_without_verdict(chain):
    # "expired" (到期) is the lexicon's other form of "its term is over" (期满): the case
    # may be the excepted one, so the lead-in's bar is quoted without a no.
    answer = chain.invoke("租房补贴已经到期了的企业，能入驻云溪经济开发区吗？")
    assert not answer.refused
    assert not answer.direct_answer.startswith(("是", "否")), answer.direct_answer
    assert "除外" in answer.direct_answer, answer.direct_answer


@pytest.mark.parametrize(
    "question,item,expected",
    [
        ("补贴已经到期了，能申请吗？", "正在享受租房补贴的，但补贴领取期满的除外。", True),
        ("补贴领取期满的能申请吗？", "正在享受租房补贴的，但补贴领取期满的除外。", True),
        # Counter-example: only the rule's own words.
        ("正在享受租房补贴的能申请吗？", "正在享受租房补贴的，但补贴领取期满的除外。", False),
    ],
)
def test_half_named_exception(question, item, expected):
    assert half_named_exception(question, item) is expected


def test_a_granting_lead_in_leaves_the_item_to_its_own_words(chain):
    answer = chain.invoke("青川开发区集成电路设计项目优先保障用地吗？")
    assert not answer.direct_answer.startswith("否"), answer.direct_answer


@pytest.mark.parametrize(
    "question",
    [
        # Counter-examples: a lead-in that bars nothing; an exception the question names.
        "青禾高新区的集成电路设计项目可以适用告知承诺制吗？",
        "经区发展改革局批准的集中供热项目可以新建燃煤锅炉吗？",
    ],
)
def test_no_bar_no_no(chain, question):
    answer = chain.invoke(question)
    assert not answer.direct_answer.startswith(msg("answer_no")), answer.direct_answer


@pytest.mark.parametrize(
    "question",
    ["绿溪园区允许新建再生铝回收利用项目吗？", "绿溪园区可以新建锂电池隔膜生产项目吗？"],
)
def test_an_item_stating_only_itself_gets_no_verdict(chain, question):
    answer = chain.invoke(question)
    assert not answer.refused
    assert not answer.direct_answer.startswith((msg("answer_yes"), msg("answer_no"))), (
        answer.direct_answer
    )


@pytest.mark.parametrize(
    ("clause", "question", "expected"),
    [
        # An item naming only what the question names, without its modal.
        ("新建再生铝回收利用项目。", "允许新建再生铝回收利用项目吗？", True),
        ("（二）锂电池隔膜生产项目；", "可以建设锂电池隔膜生产项目吗？", True),
        # Counter-examples: the clause says the modal, or says more than the question.
        ("企业可以享受租金补贴。", "企业可以享受租金补贴吗？", False),
        ("企业可享受租金补贴。", "企业可以享受租金补贴吗？", False),
        ("新建再生铝项目实行备案管理。", "新建再生铝项目可以备案吗？", False),
        ("新建再生铝回收利用项目。", "新建再生铝回收利用项目是什么？", False),
    ],
)
def test_states_only_itself(clause, question, expected):
    assert states_only_itself(clause, question) is expected


@pytest.mark.parametrize(
    "question,yes",
    [
        # A granting lead-in and its item say all that is asked.
        ("青禾高新区工业软件开发项目能实行告知承诺制吗？", True),
        # Counter-examples: a word neither says (the land), a negated question.
        ("青禾高新区的集成电路设计项目可以优先保障用地吗？", False),
        ("青禾高新区的集成电路设计项目不适用告知承诺制吗？", False),
    ],
)
def test_a_granting_lead_in_says_yes_when_it_and_the_item_say_all(chain, question, yes):
    direct = chain.invoke(question).direct_answer
    assert direct.startswith(msg("answer_yes")) == yes, direct


@pytest.mark.parametrize(
    "lead,item,question,expected",
    [
        (
            "下列项目实行告知承诺制：",
            "集成电路设计项目。",
            "集成电路设计项目可以适用告知承诺制吗",
            True,
        ),
        # Counter-examples: the item does not hold the thing, the lead-in holds nothing
        # more, the item negates.
        (
            "下列项目实行告知承诺制：",
            "工业软件开发项目。",
            "集成电路设计项目可以适用告知承诺制吗",
            False,
        ),
        (
            "下列项目：",
            "集成电路设计项目实行告知承诺制。",
            "集成电路设计项目可以适用告知承诺制吗",
            False,
        ),
        (
            "下列项目实行告知承诺制：",
            "集成电路设计项目不适用。",
            "集成电路设计项目可以适用告知承诺制吗",
            False,
        ),
        # A figure the question states is the item's value to compare, not said by them.
        (
            "下列项目实行告知承诺制，办结时限如下：",
            "集成电路设计项目 | 15个工作日",
            "集成电路设计项目实行告知承诺制，能在10个工作日内办结吗",
            False,
        ),
    ],
)
def test_granted(lead, item, question, expected):
    terms = [
        Term("集成电路", 2.0, pos="n"),
        Term("设计", 1.0, pos="vn"),
        Term("项目", 0.5, pos="n"),
        Term("告知", 1.0, pos="vn"),
        Term("承诺制", 2.0, pos="n"),
    ]
    assert _granted(lead, item, question, terms) is expected
