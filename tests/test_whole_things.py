"""Things joined before the word for "each" that are each a modified noun of their own
("A的时限和B的时限") are two whole things, not two modifiers of one noun: each part asks
of one whole thing. Table-driven over split_parts."""

import pytest

from assistant.answering.questions import split_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "接到报告后，核实的时限和上报的时限各是多少？",
            ["接到报告后，核实的时限是多少？", "接到报告后，上报的时限是多少？"],
        ),
        (
            "申报的条件和认定的程序分别是什么？",
            ["申报的条件是什么？", "认定的程序是什么？"],
        ),
    ],
)
def test_each_thing_is_a_whole_modified_noun(question, parts):
    assert split_parts(question) == parts
