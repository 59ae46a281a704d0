"""Lists asked by a kind the items are sorts of ("哪几类物流" answered by "国际物流、冷链物流"):
the measure word after the asking word belongs to it, a run whose items all end with the
kind answers before a near run of other things, and a table column whose kinds include the
one the question names lists that kind's fellows, not what is asked of it. Examples and
counter-examples, then a document written for this test answered by the real chain."""

import pytest

from assistant.answering import table_lists
from assistant.answering.composing import _items_of_kind
from assistant.answering.evidence import Sentence
from assistant.answering.questions import asked_category
from tests.conftest import chain_over


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("现代物流集群要发展哪几类物流？", "物流"),
        ("园区有哪几种补贴？", "补贴"),
        ("经开区托管了哪两个街道？", "街道"),
        # Counter-example: nothing after the asking word names a kind.
        ("政府采购预算分成哪几类？", None),
    ],
)
def test_the_kind_after_a_measure_word(question, kind):
    assert asked_category(question) == kind


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("国际物流、冷链物流和保税物流", "物流", True),
        # Counter-examples: other things, and the bare kind word as an item.
        ("冷库、分拨中心和海关监管作业场所", "物流", False),
        ("物流、仓储", "物流", False),
    ],
)
def test_items_that_are_sorts_of_the_kind(text, kind, expected):
    pieces = [p for chunk in text.split("和") for p in chunk.split("、")]
    spans, at = [], 0
    for p in pieces:
        at = text.index(p, at)
        spans.append((at, at + len(p)))
        at += len(p)
    assert _items_of_kind(text, spans, kind) is expected


def _row(cells: tuple[str, ...]) -> Sentence:
    header = ("产业集群", "项目名称")
    return Sentence("d", "t", "", 0, 1, " | ".join(cells), 1, "", header, cells)


def test_a_column_of_kinds_naming_the_asked_one_lists_its_fellows():
    table = table_lists.Table(
        "d",
        "",
        [
            _row(("装备制造", "检修基地")),
            _row(("装备制造", "零部件园")),
            _row(("现代物流", "冷链中心")),
        ],
    )
    assert table_lists._kinds(table, "现代物流集群发展哪几类物流", ["产业集群"]) is None
    # Counter-example: a question naming none of the kinds is answered by them.
    found = table_lists._kinds(table, "有哪些产业集群", ["产业集群"])
    assert found is not None and "现代物流" in found[0]


PLAN = """# 青岚新区产业发展规划（2024—2030年）

## 一、产业集群

### （一）装备制造集群

以轨道交通装备和智能物流装备为主攻方向，建设装备产业园。

### （二）现代物流集群

依托铁路货运通道，发展国际物流、冷链物流和保税物流，培育供应链服务企业。

## 二、重点项目

| 产业集群 | 项目名称 | 建设内容 |
| --- | --- | --- |
| 装备制造 | 轨道装备检修基地 | 建设检修库及配套设施 |
| 装备制造 | 零部件产业园 | 建设电驱系统生产线 |
| 现代物流 | 铁路国际冷链物流中心 | 建设冷库、分拨中心和海关监管作业场所 |
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    return chain_over(tmp_path_factory.mktemp("list_sorts"), {"plan.md": PLAN})


def test_the_sorts_of_the_kind_asked(chain):
    answer = chain.invoke("现代物流集群要发展哪几类物流？")
    assert not answer.refused
    assert "冷链物流" in answer.direct_answer and "保税物流" in answer.direct_answer
    assert "装备制造" not in answer.direct_answer and "冷库" not in answer.direct_answer
