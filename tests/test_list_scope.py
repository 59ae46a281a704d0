"""Where a list begins and ends, and which one a list question means: a heading named by a
one-character word inside a longer one is another section; an enumeration whose clause has
no lead-in word starts after its verb. Every document here is invented for the test; the
answers come from the real index, models and chain."""

import pytest

from assistant.answering.enumerations import find_enumerations
from tests.helpers import answered, documents_chain
from tests.test_grammar import unit

DOCS = {
    "progress.md": """# 示例开发区2025年重点项目推进办法

## 一、按月报送进度

各责任单位须于每月5日前通过项目调度平台向项目办报送上月项目形象进度、投资完成情况和存在问题，逢节假日顺延。

## 二、督查考核

项目推进情况纳入年度目标考核。
""",
    "training.md": """# 示例园区关于举办申报培训会的通知

## 一、培训时间和内容

2025年6月10日上午9:00，内容为政策解读和申报辅导。

## 二、报名方式

1. 报名截止时间：2025年6月5日17:00。

2. 每家企业限报2人。

3. 报名成功后将发送短信确认。
""",
}

chain = documents_chain(DOCS, "list_scope")


def test_a_one_character_word_inside_a_heading_word_names_no_section(chain):
    # "报" (report) is read inside the heading's "报名" (sign up): that section is another.
    answered(
        chain,
        "每月报送进度的时候，要报哪些内容？",
        ["形象进度", "投资完成情况", "存在问题"],
        ["报名截止"],
    )


@pytest.mark.parametrize(
    "text,items",
    [
        # No lead-in word before the first item: the clause's words end with its verb.
        (
            "各责任单位须通过项目调度平台向项目办报送上月项目形象进度、投资完成情况和存在问题。",
            ["上月项目形象进度", "投资完成情况", "存在问题"],
        ),
        # Counter-example: a short first piece keeps its words.
        ("企业可在税收、用地、人才等方面享受优惠政策。", ["税收", "用地", "人才"]),
    ],
)
def test_a_first_item_without_lead_in_starts_after_the_verb(text, items):
    assert [[text[s:e] for s, e in en.items] for en in find_enumerations(unit(text))] == [items]
