"""Yes/no on catalogue items (assistant/answering/catalogues.py): the lead-in governing a
run of items decides ("下列项目不予备案："), an exception the item carries turns the verdict
for the case it names. The grammar groups of resources/catalogue_grammar.yaml with examples
and counter-examples, then invented catalogues in three layouts (HTML list, Markdown list,
plain text numbered items) read end to end."""

import pytest

from assistant.answering.catalogues import excepted, governing_lead
from assistant.answering.chain import AnswerChain
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
        # Counter-examples: another case, or no exception at all.
        ("新建燃煤锅炉，但经市发展改革委批准的热电联产项目除外。", "能新建燃煤锅炉吗？", False),
        ("除临港园区外，在其他区域新建化工项目。", "在东区新建化工项目可以吗？", False),
        ("新建化学合成类农药原药生产项目。", "能建农药项目吗？", False),
    ],
)
def test_exceptions(item, question, expected):
    assert excepted(item, question) is expected


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
        ([("paragraph", "下列项目不予备案："), ("paragraph", "甲项目。")], 1, None),
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
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"),
        {"catalogue.html": HTML, "negative.md": MARKDOWN, "rules.txt": TEXT},
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
    ],
)
def test_a_denying_lead_in_decides_its_items(chain, question, verdict, words):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith(verdict), answer.direct_answer
    assert words in answer.direct_answer, answer.direct_answer


def test_a_granting_lead_in_leaves_the_item_to_its_own_words(chain):
    answer = chain.invoke("青川开发区集成电路设计项目优先保障用地吗？")
    assert not answer.direct_answer.startswith("否"), answer.direct_answer
