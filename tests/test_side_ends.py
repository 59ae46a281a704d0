"""The second side of a comparison ends where the question asks each side's value
("A和B，各自多少…？哪个更长？"): the words after it ask, they name no side."""

import pytest

from assistant.answering.questions import comparison_sides


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "企业甲虚报产值和企业乙虚报人数，各自多少年内不能再申报？哪个更长？",
            ("企业甲虚报产值", "企业乙虚报人数"),
        ),
        ("示例园区和示范园区分别补贴多少？哪个更多？", ("示例园区", "示范园区")),
    ],
)
def test_second_side_ends_at_the_each_word(question, sides):
    assert comparison_sides(question) == sides
