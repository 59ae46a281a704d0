"""Units read with the heading they sit under, and numbered runs read for the right item.

Small texts of our own, laid out as the cleaner renders them (one paragraph per block)."""

import pytest

from assistant.answering.constraints import rejection
from assistant.answering.counted import counted_items
from assistant.answering.evidence import Sentence, Term
from assistant.answering.items import numbered_items
from assistant.answering.questions import analyze


def _unit(text: str, start: int, end: int, section: str = "", title: str = "") -> Sentence:
    return Sentence("d", title, section, start, end, text[start:end], 1)


def _span(text: str, part: str, section: str = "", title: str = "") -> Sentence:
    start = text.index(part)
    return _unit(text, start, start + len(part), section, title)


HEADED = "二、推进三大行动\n\n（一）实施研发攻关行动。\n\n（二）实施品牌培育行动。\n\n（三）实施人才集聚行动。"
HEADED_MD = "三、稳住外贸，落实四项举措\n\n1. 拓展新兴市场。\n\n2. 发展跨境电商。\n\n3. 扩大进口。\n\n4. 稳定加工贸易。"


@pytest.mark.parametrize(
    "text,heading,unit,question,items",
    [
        (
            HEADED,
            "二、推进三大行动",
            "（一）实施研发攻关行动。",
            "三大行动是指什么？",
            ["实施研发攻关行动", "实施品牌培育行动", "实施人才集聚行动"],
        ),
        (
            HEADED_MD,
            "三、稳住外贸，落实四项举措",
            "3. 扩大进口。",
            "稳外贸的四项举措有哪些？",
            ["拓展新兴市场", "发展跨境电商", "扩大进口", "稳定加工贸易"],
        ),
        # Counter-examples: a question not naming what the heading counts, one naming a
        # word of one item rather than the count, and a heading promising more items than
        # follow it.
        (HEADED, "二、推进三大行动", "（一）实施研发攻关行动。", "研发攻关由谁牵头？", []),
        (HEADED, "二、推进三大行动", "（一）实施研发攻关行动。", "研发攻关行动由谁牵头？", []),
        (
            HEADED.replace("三大", "四大"),
            "二、推进四大行动",
            "（一）实施研发攻关行动。",
            "四大行动是什么？",
            [],
        ),
    ],
)
def test_heading_announces_its_items(text, heading, unit, question, items):
    spans = counted_items(text, _span(text, unit, section=heading), question)
    assert [text[s:e].rstrip("。") for s, e in spans] == items


def test_later_sentence_of_an_item_is_no_run():
    text = "1. 新材料领域。建设新材料中试基地。\n\n2. 新能源领域。引进储能、氢能和光伏企业。"
    # The sentence after the item's label speaks of that item alone.
    later = _span(text, "引进储能、氢能和光伏企业。")
    assert numbered_items(text, later) == []
    # Counter-example: the item's own line still gathers the run around it.
    label = _unit(text, text.index("2."), len(text))
    assert [text[s:e] for s, e in numbered_items(text, label)] == ["新材料领域", "新能源领域"]


def test_heading_is_a_units_own_subject():
    """A unit whose heading names the question's term covers it; the title does not."""
    text = "包括北港区和南港区，统一规划建设。"
    aq = analyze("“两港”指的是什么？")
    terms = [Term("两港", 10.0, pos="nz")]
    headed = _unit(text, 0, len(text), section="三、建好“两港”物流平台", title="工作要点")
    assert rejection(headed, 0.4, aq, terms, ()) is None
    # Counter-example: the same unit under a heading that does not name the term, in a
    # document whose title does.
    titled = _unit(text, 0, len(text), section="三、物流平台", title="建好“两港”的工作要点")
    assert rejection(titled, 0.4, aq, terms, ()) == "coverage"


@pytest.mark.parametrize(
    "text,category,reason",
    [
        # A unit naming no 负责人 names no one as one.
        ("示范园由管委会统一管理。", False, "asked"),
        # Counter-examples: the unit names the asked noun; a kind asked for is answered by
        # its instances.
        ("示范园负责人为园区主任。", False, None),
        ("示范园由管委会统一管理。", True, None),
    ],
)
def test_entity_unit_names_the_asked_noun(text, category, reason):
    aq = analyze("示范园的负责人是谁？")
    terms = [
        Term("示范园", 3.0, pos="n"),
        Term("负责人", 3.0, pos="n", asked=True, category=category),
    ]
    assert rejection(_unit(text, 0, len(text)), 1.0, aq, terms, ()) == reason
