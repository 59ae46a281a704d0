"""A question of several sentences whose later one asks of several things "respectively"
("…共受理了多少个项目？拟兑现、暂缓兑现和不予兑现的又分别是多少个？"): that sentence is one part for
each thing, as it would be asked alone. Table-driven over split_parts."""

import pytest

from assistant.answering.questions import split_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "青岚新区今年共受理了多少个项目？通过、退回和不予受理的又分别是多少个？",
            [
                "青岚新区今年共受理了多少个项目",
                # Each piece counts what the first part counts (counting_as_first).
                "通过的又是多少个项目",
                "退回的又是多少个项目",
                "不予受理的又是多少个项目",
            ],
        ),
        (
            "附表里租金最高和最低的分别是哪个园区？差多少？",
            ["附表里租金最高的是哪个园区", "附表里租金最低的是哪个园区"],
        ),
    ],
)
def test_respective_sentence_is_split(question, parts):
    got = split_parts(question)
    assert got[: len(parts)] == parts, got


def test_each_adverb_is_cut_whole():
    parts = split_parts("甲方逾期交付和乙方拖欠租金，各自超过多少天可以解除合同？")
    assert all(not p.split("，")[-1].startswith("自") for p in parts), parts
    assert len(parts) == 2, parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        # "各" before any one-character verb and the asking word asks each thing's value.
        ("C类企业的电价和水价各加多少？", ["C类企业的电价加多少？", "C类企业的水价加多少？"]),
        ("甲区和乙区各扣几分？", ["甲区扣几分？", "乙区扣几分？"]),
        # A modal before the verb, and a duration asked.
        ("甲类和乙类企业各要等多久？", ["甲类企业要等多久？", "乙类企业要等多久？"]),
    ],
)
def test_each_before_a_verb_asks_each(question, parts):
    assert split_parts(question) == parts


def test_each_of_a_noun_is_no_respectively():
    assert split_parts("各园区多少家企业？") == ["各园区多少家企业？"]


def test_clause_after_respectively_is_a_part_of_its_own():
    # A clause asking a thing of its own after a respectively-question is one more part.
    parts = split_parts("甲办公室接报后，核实的时限和报告的时限各是多少，报告报给谁？")
    assert parts[-1] == "报告报给谁？", parts
    assert len(parts) == 3, parts
    # A later clause asking "respectively" too asks of the same things.
    assert len(split_parts("甲区培训，报名和咨询分别找谁，电话分别多少？")) == 2


def test_lettered_tiers_are_things_of_one_noun():
    parts = split_parts("C级和D级企业申请修复前各要等多久？")
    assert parts == ["C级企业申请修复前要等多久？", "D级企业申请修复前要等多久？"], parts
